// The figures that describe a cluster, fund, project or zone: money as
// targetScale (力争/争取/目标/总规模/到2030年…, size classes such as 千亿级),
// currentScale (首期规模, 营收/产值/规模达…) or investment (总投资, 投资, 撬动),
// with a year; and enterpriseCount (聚集企业400余家). Each figure goes to the
// subject named before it in its sentence (or right after it in its clause),
// else to the subject of the previous sentence of the same news item.
#include <algorithm>
#include <map>

#include "extract/numbers.h"
#include "extract/relation_rules.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

bool is_scale_subject(EntityType t) {
  return t == EntityType::IndustrialCluster || t == EntityType::Fund || t == EntityType::Project ||
         t == EntityType::Zone;
}

bool accepts(EntityType subject, Relation r) {
  switch (r) {
    case Relation::investment:
      return subject == EntityType::Project || subject == EntityType::Fund;
    case Relation::enterpriseCount:
      return subject == EntityType::IndustrialCluster || subject == EntityType::Zone;
    default:
      return subject == EntityType::IndustrialCluster || subject == EntityType::Fund;
  }
}

// The subject of a figure at pos: the nearest fitting anchor before it in the
// sentence, else the first after it in its clause, else the carried subject.
// sector_clusters: the one cluster of each sector named in the article (-1 when
// there are several), for figures whose sentence names only the industry.
int subject_for(const Document& doc, std::uint32_t pos, Relation r, int carried,
                const std::map<std::string, int, std::less<>>* sector_clusters = nullptr) {
  const auto& s = doc.sentence_of(pos);
  const std::uint32_t lo = std::max(s.begin, pos > 200 ? pos - 200 : 0u);
  int best = -1;
  std::uint32_t best_begin = 0, best_end = 0;
  // "X以阎良区和西安航空基地为主要承载地，目前集聚企业400余家": what stands between 以 and
  // 为…承载地 is where X is; X is the subject.
  int before_vehicle = -1;
  for (const Anchor* a : anchors_in(doc, lo, pos)) {
    if (a->end > pos || !accepts(entity_type(doc, a->entity), r)) continue;
    if (best >= 0 && a->begin >= best_begin && a->end <= best_end) continue;  // nested in the one chosen
    if (best >= 0 && doc.at(best_end, U"以"))
      before_vehicle = best;
    else if (best >= 0 && before_vehicle >= 0 && !is_list_word(doc.text.substr(best_end, a->begin - best_end)))
      before_vehicle = -1;
    best = a->entity;
    best_begin = a->begin;
    best_end = a->end;
  }
  if (before_vehicle >= 0 && best >= 0)
    for (std::u32string_view w : kVehicleRoles)
      if (doc.at(best_end, w)) return before_vehicle;
  if (best >= 0) return best;
  // Right after the figure (…总投资超过32.7亿元氢走廊, …亿元的X项目).
  for (const Anchor* a : anchors_in(doc, pos, doc.clause_end(pos)))
    if (accepts(entity_type(doc, a->entity), r)) {
      std::uint32_t gap_from = pos;
      while (gap_from < a->begin &&
             (utf8::is_ascii_digit(doc.text[gap_from]) || has_char(U".万亿元人民币级", doc.text[gap_from])))
        ++gap_from;
      if (a->begin - gap_from <= 1 && doc.text[gap_from] != ' ') return a->entity;
      break;
    }
  // What the money builds, later in the sentence (…计划投资35亿元，在X建设Y项目).
  if (r == Relation::investment)
    for (const Anchor* a : anchors_in(doc, pos, doc.local_end(pos)))
      if (entity_type(doc, a->entity) == EntityType::Project && !a->reference() &&
          (doc.before(a->begin, U"建设") || doc.before(a->begin, U"新建") || doc.before(a->begin, U"投建") ||
           // "X投资12亿元建设的Y项目": the project the sum builds.
           (a->begin > pos + 2 && doc.before(a->begin, U"的") &&
            (doc.before(a->begin - 1, U"建设") || doc.before(a->begin - 1, U"新建") ||
             doc.before(a->begin - 1, U"投建")) &&
            a->begin - pos <= 12)))
        return a->entity;
  // A scale of an industry (茶产业…产值突破500亿元): the article's one cluster of that sector.
  if (sector_clusters && (r == Relation::targetScale || r == Relation::currentScale)) {
    int sector = -1;
    for (const Anchor* a : anchors_in(doc, lo, pos))
      if (a->end <= pos && entity_type(doc, a->entity) == EntityType::Sector) sector = a->entity;
    if (sector >= 0) {
      const auto it = sector_clusters->find(doc.entities[static_cast<std::size_t>(sector)].name);
      if (it != sector_clusters->end() && it->second >= 0) return it->second;
    }
  }
  if (carried >= 0 && accepts(entity_type(doc, carried), r)) return carried;
  return -1;
}

// The last year before pos, no further back than `lo`; years are in text order.
std::optional<int> target_year(const std::vector<YearMatch>& years, std::size_t lo, std::size_t pos) {
  auto it =
      std::lower_bound(years.begin(), years.end(), pos, [](const YearMatch& y, std::size_t p) { return y.begin < p; });
  if (it == years.begin()) return std::nullopt;
  --it;
  return it->begin >= lo ? std::optional<int>(it->year) : std::nullopt;
}

// Kind of a money figure from the words before it in its clause.
// has_year_before: a target year (到2030年 …) before the figure in its sentence;
// year_governs: and no other year between them (到2027年，A和B分别突破…).
std::optional<Relation> money_kind(const Document& doc, const MoneyMatch& m, bool has_year_before, bool year_governs) {
  const auto& t = doc.text;
  const std::uint32_t cb = doc.clause_begin(static_cast<std::uint32_t>(m.begin));
  std::uint32_t lo = std::max<std::uint32_t>(cb, m.begin > 16 ? static_cast<std::uint32_t>(m.begin) - 16 : 0u);
  // Only the words after the last name before the figure (not 投资 in 产业投资基金).
  for (const Anchor* a : anchors_in(doc, lo > 40 ? lo - 40 : 0, static_cast<std::uint32_t>(m.begin)))
    if (a->end <= m.begin && a->end > lo) lo = a->end;
  const std::u32string_view near = t.substr(lo, m.begin - lo);
  const auto after = t.substr(m.end, std::min<std::size_t>(6, t.size() - m.end));
  if (contains_any(near, {U"带动", U"赋能", U"拉动", U"贷款", U"授信", U"补贴", U"奖励", U"税收"})) return std::nullopt;
  if (after.starts_with(U"产业集群") || after.starts_with(U"集群")) return std::nullopt;
  // A signing's total (签约项目12个，总投资145亿元) belongs to no one project or fund.
  {
    const std::uint32_t sb = doc.sentence_of(static_cast<std::uint32_t>(m.begin)).begin;
    const std::uint32_t wb = std::max<std::uint32_t>(sb, m.begin > 40 ? static_cast<std::uint32_t>(m.begin) - 40 : 0u);
    const std::u32string_view w = t.substr(wb, m.begin - wb);
    auto ge = w.rfind(U"个，");
    if (const auto g2 = w.rfind(U"个,");
        g2 != std::u32string_view::npos && (ge == std::u32string_view::npos || g2 > ge))
      ge = g2;
    if (ge != std::u32string_view::npos && ge > 0 && utf8::is_ascii_digit(w[ge - 1]) && w.size() - ge <= 10) {
      std::size_t k = ge;
      while (k > 0 && utf8::is_ascii_digit(w[k - 1])) --k;
      const std::u32string_view head = w.substr(0, k);
      // (Not "…项目27个，总投资120亿元的X项目": that sum is X's.)
      if (head.ends_with(U"项目") && head.find(U"签约") != std::u32string_view::npos && !after.starts_with(U"的"))
        return std::nullopt;
    }
  }
  if (contains_any(near, {U"首期规模", U"首期"})) return Relation::currentScale;
  if (contains_any(near, {U"总投资", U"投资", U"撬动", U"融资", U"募资", U"募集", U"签约金额", U"出资", U"注资"}))
    return Relation::investment;
  if (contains_any(near, {U"总规模", U"力争", U"争取", U"目标", U"预计", U"计划", U"做到", U"迈向", U"冲刺"}))
    return Relation::targetScale;
  // A plan for the future anywhere before the figure in its clause (力争2027年…规模达2500亿元).
  const std::u32string_view clause = t.substr(cb, m.begin - cb);
  if (contains_any(clause, {U"力争", U"争取", U"目标", U"预计", U"计划"}) ||
      (has_year_before && contains_any(near, {U"突破", U"达到", U"超过", U"达", U"破", U"迈上"}) &&
       (year_governs || contains_any(clause, {U"到", U"将"}))))
    return Relation::targetScale;
  if (contains_any(near, {U"规模", U"营收", U"产值", U"收入", U"达", U"突破", U"实现", U"超"}))
    return Relation::currentScale;
  return std::nullopt;
}

// "A和B营业收入分别突破2万亿元、1万亿元": the figures after 分别 go to the
// subjects listed before it, in order, when their numbers agree. One entry
// per figure of `money`, -1 where 分别 does not apply.
std::vector<int> respective_subjects(const Document& doc, const SentenceBounds& s,
                                     const std::vector<MoneyMatch>& money) {
  const auto& t = doc.text;
  std::vector<int> out(money.size(), -1);
  for (std::size_t pos = find_in_text(t.substr(0, s.end), U"分别", s.begin); pos != std::u32string_view::npos;
       pos = find_in_text(t.substr(0, s.end), U"分别", pos + 2)) {
    const auto p = static_cast<std::uint32_t>(pos);
    // The figures of the run: the first within 8 characters after 分别, then
    // each after a separator (、 和 及 与).
    std::vector<std::size_t> run;
    for (std::size_t i = 0; i < money.size(); ++i) {
      if (money[i].begin < p + 2) continue;
      const std::size_t from = run.empty() ? p + 2 : money[run.back()].end;
      const std::u32string_view gap = t.substr(from, money[i].begin - from);
      if (run.empty() ? gap.size() > 8 : !(gap == U"、" || gap == U"和" || gap == U"及" || gap == U"与")) break;
      run.push_back(i);
    }
    if (run.size() < 2) continue;
    // The subjects: clusters and funds named before 分别 in the sentence, the last ones.
    std::vector<int> subjects;
    for (const Anchor* a : anchors_in(doc, std::max<std::uint32_t>(s.begin, doc.local_begin(p)), p)) {
      const auto et = entity_type(doc, a->entity);
      if (et != EntityType::IndustrialCluster && et != EntityType::Fund) continue;
      if (std::find(subjects.begin(), subjects.end(), a->entity) == subjects.end()) subjects.push_back(a->entity);
    }
    if (subjects.size() < run.size()) continue;
    subjects.erase(subjects.begin(), subjects.end() - static_cast<std::ptrdiff_t>(run.size()));
    for (std::size_t k = 0; k < run.size(); ++k) out[run[k]] = subjects[k];
  }
  return out;
}

// The one cluster of each sector named in the article, -1 where several share it.
std::map<std::string, int, std::less<>> clusters_by_sector(const Document& doc) {
  std::map<std::string, int, std::less<>> out;
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const auto& m = doc.mentions[i];
    if (m.type != EntityType::IndustrialCluster) continue;
    for (const auto& sector : m.sector_names) {
      const auto [it, fresh] = out.try_emplace(sector, doc.mention_entity[i]);
      if (!fresh && it->second != doc.mention_entity[i]) it->second = -1;
    }
  }
  return out;
}

void money_facts(Document& doc) {
  const auto& t = doc.text;
  const auto sector_clusters = clusters_by_sector(doc);
  // The subject of the previous sentence of the same item, for figures whose
  // sentence names none (…签约了15个项目，总投资超过32.7亿元).
  int carried = -1;
  int carried_item = -1;
  // "到2027年，十个集群营业收入分别达到以下目标：" then "1.南昌电子信息产业集群，突破5000亿元；": a
  // heading's target year governs the list items under it.
  std::optional<int> list_year;
  for (const auto& s : doc.sentences) {
    const int item = doc.item_at(s.begin);
    if (item != carried_item) {
      carried = -1;
      carried_item = item;
    }
    if (!opens_list_item(doc, s)) list_year.reset();
    const int from_previous = carried;
    carried = -1;
    const auto years = find_years(t, s.begin, s.end);
    // Target years: a "到2030年", "力争2027年", "2030年前" or a plan end.
    std::vector<YearMatch> target_years;
    for (const auto& y : years) {
      const auto yb = static_cast<std::uint32_t>(y.begin), ye = static_cast<std::uint32_t>(y.end);
      if (doc.before(yb, U"截至") || doc.before(yb, U"截止")) continue;  // 截至2024年底: a figure of now
      if (y.plan_end || doc.at(ye, U"前") || doc.at(ye, U"底") ||
          ends_with_any(t.substr(0, yb), {U"到", U"至", U"力争", U"争取", U"力争在", U"争取在", U"计划在", U"预计在"}))
        target_years.push_back(y);
    }
    const auto money = find_money(t, s.begin, s.end);
    const auto respective = respective_subjects(doc, s, money);
    for (std::size_t mi = 0; mi < money.size(); ++mi) {
      const auto& m = money[mi];
      if (m.currency != "CNY") continue;
      // A size class opening a cluster name (千亿级…产业集群) is the cluster's; one after
      // a verb of reaching (…产业集群达到500亿级) is a target.
      if (m.level) {
        const std::uint32_t lo =
            std::max<std::uint32_t>(s.begin, m.begin > 6 ? static_cast<std::uint32_t>(m.begin) - 6 : 0u);
        if (!contains_any(t.substr(lo, m.begin - lo),
                          {U"达到", U"建成", U"打造成", U"迈向", U"迈上", U"迈入", U"突破", U"达"}))
          continue;
        // Not when it opens the name that follows (建成千亿级的安徽低空经济产业集群).
        bool opens_name = false;
        for (const Anchor* a :
             anchors_in(doc, static_cast<std::uint32_t>(m.end), static_cast<std::uint32_t>(m.end) + 4))
          if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) opens_name = true;
        if (opens_name) continue;
      }
      // A figure inside a name (千亿级…产业集群 handled by the cluster).
      bool inside = false;
      for (const Anchor* a : anchors_in(doc, m.begin > 40 ? static_cast<std::uint32_t>(m.begin) - 40 : 0,
                                        static_cast<std::uint32_t>(m.begin) + 1))
        if (!a->reference() && a->begin <= m.begin && a->end >= m.end) inside = true;
      if (inside) continue;
      const std::size_t lo = doc.local_begin(static_cast<std::uint32_t>(m.begin));
      auto ty = target_year(target_years, lo, m.begin);
      const bool from_heading = !ty && list_year.has_value();
      if (from_heading) ty = list_year;
      bool year_governs = from_heading;
      if (ty && !from_heading) {
        // No other year between the target year (the last one before the figure) and the
        // figure: years are in text order, so the two are neighbours in `years`.
        const auto by_begin = [](const YearMatch& y, std::size_t p) { return y.begin < p; };
        const auto tt = std::lower_bound(target_years.begin(), target_years.end(), m.begin, by_begin);
        const std::size_t tb = std::prev(tt)->begin;  // exists: ty has a value
        const auto ya = std::lower_bound(years.begin(), years.end(), tb + 1, by_begin);
        year_governs = ya == years.end() || ya->begin >= m.begin;
      }
      const auto kind = money_kind(doc, m, ty.has_value(), year_governs);
      if (!kind) continue;
      int subj = respective[mi] >= 0 && accepts(entity_type(doc, respective[mi]), *kind)
                     ? respective[mi]
                     : subject_for(doc, static_cast<std::uint32_t>(m.begin), *kind, from_previous, &sector_clusters);
      // "…力争集群产业规模突破3000亿元": a figure of 集群 with no cluster named in its sentence is the
      // latest cluster's, not the subject carried from a fund before.
      if ((subj < 0 || entity_type(doc, subj) != EntityType::IndustrialCluster) &&
          (*kind == Relation::targetScale || *kind == Relation::currentScale)) {
        const auto mb = static_cast<std::uint32_t>(m.begin);
        const std::uint32_t lo12 = std::max(s.begin, mb > 12 ? mb - 12 : 0u);
        bool named_here = false;
        for (const Anchor* a : anchors_in(doc, s.begin, mb))
          if (a->entity == subj) named_here = true;
        if (!named_here && find_in_text(t.substr(lo12, mb - lo12), U"集群") != std::u32string_view::npos)
          if (const int c = latest_cluster_before(doc, mb, 600, true); c >= 0) subj = c;
      }
      if (subj < 0) continue;
      std::optional<int> year;
      if (*kind == Relation::targetScale)
        year = ty;
      else if (*kind == Relation::currentScale)
        year = target_year(years, lo, m.begin);
      if (*kind == Relation::currentScale && year && ty && *year == *ty) year.reset();
      doc.add_fact(subj, *kind, -1, static_cast<std::uint32_t>(m.begin), "money-cue", 0.75, m.value, year);
    }
    // A heading that announces targets by a year opens a list (…分别达到以下目标：).
    if (!target_years.empty() && announces_list(doc, s) &&
        contains_any(t.substr(s.begin, s.end - s.begin), {U"目标", U"如下", U"以下"}))
      list_year = target_years.back().year;
    // The subject carried to the next sentence: the last scale subject named here. A field of a
    // project's entry (建设单位：X；建设地点：Y；总投资86亿元) passes the project on.
    if (from_previous >= 0 && !entry_field(doc, s).label.empty())
      carried = from_previous;
    else
      for (const Anchor* a : anchors_in(doc, s.begin, s.end))
        if (is_scale_subject(entity_type(doc, a->entity))) carried = a->entity;
  }
}

// Size classes of cluster names (千亿级现代食品产业集群) and of references (新的千亿级产业集群).
void level_facts(Document& doc) {
  const auto& t = doc.text;
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::IndustrialCluster) continue;
    const std::string& level =
        a.reference() ? a.level_value : doc.mentions[static_cast<std::size_t>(a.mention)].level_value;
    if (level.empty()) continue;
    std::optional<int> year;
    for (const auto& y : find_years(t, doc.local_begin(a.begin), a.begin))
      if (y.plan_end || (y.begin > 0 && (t[y.begin - 1] == U'到' || t[y.begin - 1] == U'至'))) year = y.year;
    doc.add_fact(a.entity, Relation::targetScale, -1, a.begin, "cluster-size-class", 0.7, level, year);
  }
}

// A year to reach (到2027年) opens the part of the sentence (since the last ；) holding pos.
bool targets_ahead(const Document& doc, std::uint32_t pos) {
  const auto& t = doc.text;
  std::uint32_t pb = doc.local_begin(pos, 80);
  for (std::uint32_t k = pos; k > pb; --k)
    if (t[k - 1] == U'；' || t[k - 1] == ';') {
      pb = k;
      break;
    }
  for (const auto& y : find_years(t, pb, pos))
    if (y.plan_end || (y.begin > 0 && (t[y.begin - 1] == U'到' || t[y.begin - 1] == U'至') &&
                       !doc.before(static_cast<std::uint32_t>(y.begin), U"截至")))
      return true;
  return false;
}

// "聚集企业400余家", "364家企业", "企业数量超过4300家", "汇聚30家纺织服装企业".
void count_facts(Document& doc) {
  const auto& t = doc.text;
  const auto sector_clusters = clusters_by_sector(doc);
  // Counts of 规模以上 firms, used only for a subject that gets no other count.
  std::vector<std::tuple<int, std::uint32_t, long long>> above_size;
  for (const auto& s : doc.sentences) {
    for (const auto& c : find_counts(t, s.begin, s.end)) {
      const std::uint32_t b = static_cast<std::uint32_t>(c.begin), e = static_cast<std::uint32_t>(c.end);
      const std::u32string_view before = t.substr(std::max<std::uint32_t>(s.begin, b > 12 ? b - 12 : 0u),
                                                  b - std::max<std::uint32_t>(s.begin, b > 12 ? b - 12 : 0u));
      const std::u32string_view after = t.substr(e, std::min<std::uint32_t>(s.end, e + 10) - e);
      // 企业, 茶企, 药企: firms.
      const bool firms = contains_any(before, {U"企"}) || after.find(U'企') != std::u32string_view::npos;
      if (!firms) continue;
      const bool sized = contains_any(before, {U"规模以上", U"规上"});
      // (Not a change, 比上年增加17家, nor a part, …其中为一汽配套的企业超过200家.)
      const std::uint32_t cb = doc.clause_begin(b);
      if (contains_any(before, {U"新增", U"其中", U"增加", U"减少", U"净增"}) || doc.at(cb, U"其中") ||
          contains_any(after.substr(0, std::min<std::size_t>(after.size(), 8)), {U"参与", U"加入", U"参加", U"签约"}))
        continue;
      const std::uint32_t hb = doc.local_begin(b, 60);
      const std::u32string_view head = t.substr(hb, b - hb);
      // A verb of gathering before the count, or the count stated of the firms (规上企业达3200家,
      // 涉茶企业超过2800家).
      if (!contains_any(head, {U"聚集", U"集聚", U"汇聚", U"吸引", U"入驻", U"拥有", U"现有", U"共有", U"已有", U"落户",
                               U"企业数量", U"企业总数", U"集群内", U"园区内", U"区内"}) &&
          !ends_with_any(
              before, {U"企业达", U"企业达到", U"企业超过", U"企业突破", U"企业逾", U"企业近", U"企业约", U"企业总数达",
                       U"企业数量达", U"企业已达", U"企业已达到", U"企业已超过", U"企业已突破",
                       // "全市汽车零部件规上企业1180家": a count of sized firms stated as such.
                       U"规上企业", U"规模以上企业", U"规模以上工业企业"}))
        continue;
      // "到2027年，…规上企业达到120家": a target, not a count (unless 已).
      if (targets_ahead(doc, b) && !contains_any(t.substr(cb, b - cb), {U"已", U"现有", U"目前"})) continue;
      int subj = subject_for(doc, b, Relation::enterpriseCount, -1);
      // "集群内有…，集聚上下游企业210余家": the cluster named last before, in the item.
      // "（三）半导体产业集群。…已集聚规上企业420家": the cluster that heads a numbered item.
      if (subj < 0 && (contains_any(head, {U"集群"}) || doc.items[static_cast<std::size_t>(doc.item_at(b))].numbered))
        subj = latest_cluster_before(doc, b, 600);
      // "全市有色金属新材料相关企业已达86家": firms of a sector whose one cluster the article names.
      if (subj < 0)
        for (const Anchor* a : anchors_in(doc, hb, b))
          if (entity_type(doc, a->entity) == EntityType::Sector)
            if (const auto it = sector_clusters.find(doc.entities[static_cast<std::size_t>(a->entity)].name);
                it != sector_clusters.end() && it->second >= 0)
              subj = it->second;
      if (subj < 0) continue;
      if (sized) {
        above_size.emplace_back(subj, b, c.value);
        continue;
      }
      doc.add_fact(subj, Relation::enterpriseCount, -1, b, "enterprise-count", 0.75, std::to_string(c.value));
    }
  }
  // "集群内规模以上企业达到318家" with no other count of that cluster: the count there is.
  if (above_size.empty()) return;
  std::vector<bool> counted(doc.entities.size(), false);
  for (const auto& f : doc.facts)
    if (f.relation == Relation::enterpriseCount) counted[static_cast<std::size_t>(f.subject)] = true;
  for (const auto& [subj, pos, value] : above_size)
    if (!counted[static_cast<std::size_t>(subj)])
      doc.add_fact(subj, Relation::enterpriseCount, -1, pos, "enterprise-count-above-size", 0.6, std::to_string(value));
}

}  // namespace

void value_relations(Document& doc) {
  money_facts(doc);
  level_facts(doc);
  count_facts(doc);
}

}  // namespace ckg
