// Roles: inSector (a cluster's sector; a zone's, project's or company's
// sector named in its name, in an apposition "X是一家…提供商", after a verb of
// making "生产X的<company>", or in a sentence the zone opens "…汇聚30家纺织服装
// 企业"), memberOf and foundedBy ("由A、B等…发起", "A、B…组建X", lists "A、B等
// 一批…企业" in a news item about one cluster, "以A为龙头"), issuedBy (a
// government organ that 印发/发布 a policy).
#include <algorithm>
#include <set>

#include "extract/relation_rules.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Institution; }
// Verbs of building a cluster on or around firms (以A为龙头建设X, 依托A打造X).
constexpr std::initializer_list<std::u32string_view> kBuildVerbs = {U"建设", U"打造", U"培育", U"壮大", U"发展"};
bool is_founder(EntityType t) { return is_org(t) || t == EntityType::GovernmentBody || t == EntityType::Fund; }

int sector_entity(const Document& doc, const std::string& name) { return doc.find_entity(EntityType::Sector, name); }

// Sectors named with an industry word after them (大数据产业, 轻纺产业链) in [b, e).
std::vector<int> industry_sectors_in(const Document& doc, std::uint32_t b, std::uint32_t e) {
  std::vector<int> out;
  for (const Anchor* a : anchors_in(doc, b, e)) {
    if (entity_type(doc, a->entity) != EntityType::Sector) continue;
    if (doc.at(a->end, U"产业") || doc.at(a->end, U"行业") || doc.at(a->end, U"企业"))
      if (std::find(out.begin(), out.end(), a->entity) == out.end()) out.push_back(a->entity);
  }
  return out;
}

// The sectors of a list that starts at pos (A、B和C), each a sector anchor.
std::vector<const Anchor*> sectors_listed_from(const Document& doc, std::uint32_t pos) {
  std::vector<const Anchor*> out;
  for (int guard = 0; guard < 10; ++guard) {
    const Anchor* best = nullptr;
    for (const Anchor* b : anchors_in(doc, pos, pos + 1))
      if (b->begin == pos && entity_type(doc, b->entity) == EntityType::Sector && (!best || b->end > best->end))
        best = b;
    if (!best) break;
    out.push_back(best);
    pos = after_list_word(doc, best->end);
    if (pos == 0) break;
  }
  return out;
}

void cluster_sectors(Document& doc) {
  for (const auto& a : doc.anchors) {
    if (a.reference() || entity_type(doc, a.entity) != EntityType::IndustrialCluster) continue;
    const auto& m = doc.mentions[static_cast<std::size_t>(a.mention)];
    for (const auto& s : m.sector_names)
      doc.add_fact(a.entity, Relation::inSector, sector_entity(doc, s), a.begin, "cluster-sector", 0.9);
  }
  // Sectorless clusters: the industries of every sentence that names or refers to them.
  std::vector<bool> sectorless(doc.entities.size(), false);
  for (const auto& a : doc.anchors)
    if (!a.reference() && doc.mentions[static_cast<std::size_t>(a.mention)].sectorless)
      sectorless[static_cast<std::size_t>(a.entity)] = true;
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::IndustrialCluster || !sectorless[static_cast<std::size_t>(a.entity)])
      continue;
    for (int se : industry_sectors_in(doc, doc.local_begin(a.begin), doc.local_end(a.end)))
      doc.add_fact(a.entity, Relation::inSector, se, a.begin, "cluster-sentence-sector", 0.6);
  }
}

// "X集群…在A、B和C等领域集聚企业…", "X集群…A、B和C三条产业链": the segments a
// cluster names after it in its sentence are its sectors too.
void cluster_segments(Document& doc) {
  const auto& t = doc.text;
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::IndustrialCluster) continue;
    const auto& s = doc.sentence_of(a.begin);
    const std::uint32_t hi = std::min<std::uint32_t>(s.end, a.end + 80);
    std::vector<const Anchor*> list;
    bool own = true;   // no other subject since the cluster
    bool led = false;  // the list follows 重点发展/涵盖/覆盖 (…集群，重点发展A、B和C)
    auto take_list = [&] {
      for (const Anchor* x : list)
        doc.add_fact(a.entity, Relation::inSector, x->entity, x->begin, "cluster-segments", 0.65);
      list.clear();
    };
    for (const Anchor* b : anchors_in(doc, a.end, hi)) {
      const auto bt = entity_type(doc, b->entity);
      if (bt == EntityType::IndustrialCluster) break;  // another cluster takes what follows
      if (bt != EntityType::Sector) {
        list.clear();
        // "…集群以A公司为龙头，重点发展…": the leader does not take the clause over.
        const bool leader = doc.before(b->begin, U"以") && (doc.at(b->end, U"为龙头") || doc.at(b->end, U"为链主"));
        if (!is_place(bt) && !leader) own = false;
        continue;
      }
      // A list: each sector right after the previous one and a separator.
      if (!list.empty()) {
        const std::u32string_view gap = t.substr(list.back()->end, b->begin - list.back()->end);
        if (!is_list_word(gap)) list.clear();
      }
      if (list.empty()) {
        const std::uint32_t cb = std::max(doc.clause_begin(b->begin), a.end);
        led = own && ends_with_any(t.substr(cb, b->begin - cb),
                                   {U"重点发展", U"涵盖", U"覆盖", U"主要包括", U"聚焦", U"主攻", U"形成了"});
      }
      list.push_back(b);
      if (led && !(b->end < t.size() && has_char(U"、和及与", t[b->end]))) {
        take_list();
        led = false;
        continue;
      }
      // The list ends with a word of segments: 等领域, 等方向, 三条产业链, 等产业.
      const std::uint32_t e = b->end;
      std::uint32_t q = e;
      if (doc.at(q, U"等")) ++q;
      while (q < hi && q - e < 4 && (has_char(U"一二三四五六七八九十两几多个条大", t[q]) || utf8::is_ascii_digit(t[q])))
        ++q;
      const bool segments = (doc.at(q, U"领域") || doc.at(q, U"方向") || doc.at(q, U"产业链") || doc.at(q, U"环节") ||
                             doc.at(q, U"赛道") || doc.at(q, U"细分领域") || doc.at(q, U"门类")) &&
                            (list.size() >= 2 || q > e);
      // "…集群以存储芯片见长", "…集群以A、B为特色": what it is known for.
      const bool known_for = own && doc.before(list.front()->begin, U"以") &&
                             (doc.at(e, U"见长") || doc.at(e, U"为特色") || doc.at(e, U"为主导"));
      if (known_for || segments) take_list();
    }
  }
}

// "以焊接机器人、特种机器人为特色的唐山机器人产业集群": the lines a cluster is known for,
// named before it.
void cluster_known_for(Document& doc) {
  const auto& t = doc.text;
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::IndustrialCluster) continue;
    std::uint32_t k = a.begin;
    bool cue = false;
    for (std::u32string_view w : {U"为特色的", U"为主导的", U"为主的", U"见长的"})
      if (doc.before(k, w)) {
        k -= static_cast<std::uint32_t>(w.size());
        cue = true;
        break;
      }
    if (!cue) continue;
    const std::uint32_t cb = doc.clause_begin(k);
    const auto open = t.rfind(U'以', k);
    if (open == std::u32string_view::npos || open < cb) continue;
    const auto list = sectors_listed_from(doc, static_cast<std::uint32_t>(open) + 1);
    if (list.empty() || list.back()->end != k) continue;
    for (const Anchor* x : list)
      doc.add_fact(a.entity, Relation::inSector, x->entity, x->begin, "cluster-known-for", 0.65);
  }
}

// Sectors inside a name: nested sector mentions (zones keep them), or a sector
// named elsewhere that ends the name's core (轻纺集团, 电解铝及其配套项目).
void sectors_in_names(Document& doc) {
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const auto& m = doc.mentions[i];
    const int e = doc.mention_entity[i];
    if (m.type == EntityType::Zone || m.type == EntityType::Fund || m.type == EntityType::Project) {
      for (std::size_t j = i + 1; j < doc.mentions.size() && doc.mentions[j].begin < m.end; ++j)
        if (doc.mentions[j].type == EntityType::Sector && doc.mentions[j].end <= m.end)
          doc.add_fact(e, Relation::inSector, doc.mention_entity[j], m.begin,
                       m.type == EntityType::Zone ? "zone-name-sector" : "name-sector", 0.85);
      if (m.type == EntityType::Zone) continue;
    }
    if (m.type != EntityType::Project && m.type != EntityType::Company) continue;
    std::u32string core = utf8::decode(m.name);
    for (std::u32string_view w :
         {U"项目", U"及其配套", U"配套", U"生产线", U"基地", U"集团", U"股份有限公司", U"有限公司"})
      if (core.size() > w.size() && std::u32string_view(core).ends_with(w)) core.resize(core.size() - w.size());
    for (std::size_t k = 2; k <= std::min<std::size_t>(core.size(), 8); ++k) {
      const std::string tail = utf8::encode(std::u32string_view(core).substr(core.size() - k));
      if (m.type == EntityType::Company && !m.name.ends_with("集团")) break;
      const int s = sector_entity(doc, tail);
      if (s >= 0 && mentioned(doc, s)) doc.add_fact(e, Relation::inSector, s, m.begin, "name-sector", 0.75);
    }
  }
}

// The sector of "<sector>[产业]企业|龙头|厂商…" ending right before pos, or -1.
int sector_before_firm_word(const Document& doc, std::uint32_t pos) {
  const auto& t = doc.text;
  if (pos < 4 || !has_char(U"业头商", t[pos - 1])) return -1;  // every word below ends so
  for (std::u32string_view w :
       {U"龙头企业", U"领军企业", U"骨干企业", U"企业", U"龙头", U"厂商", U"制造商", U"生产商", U"供应商", U"服务商"}) {
    if (pos < w.size() + 2 || t.substr(pos - w.size(), w.size()) != w) continue;
    std::uint32_t p = pos - static_cast<std::uint32_t>(w.size());
    if (p > 2 && (t.substr(p - 2, 2) == U"产业" || t.substr(p - 2, 2) == U"行业")) p -= 2;
    const int s = doc.entity_ending_at(p);
    return s >= 0 && entity_type(doc, s) == EntityType::Sector ? s : -1;
  }
  return -1;
}

// "开发航电系统的<company>", "<company>是一家人工智能与大数据…提供商", "组件龙头<company>".
void company_sectors(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t i = 0; i < doc.anchors.size(); ++i) {
    const auto& a = doc.anchors[i];
    if (entity_type(doc, a.entity) != EntityType::Company) continue;
    // The product right before "的<company>", or before a word for the work on it
    // ("主营智能算力服务的A", "专注盾构机研发制造的B").
    if (a.begin >= 3 && t[a.begin - 1] == U'的') {
      int s = -1;
      for (std::u32string_view w : {U"服务", U"设计", U"研发制造", U"研发生产", U"研发", U"制造", U"业务"})
        if (s < 0 && a.begin > w.size() + 2 && t.substr(a.begin - 1 - w.size(), w.size()) == w)
          if (const int x = doc.entity_ending_at(a.begin - 1 - static_cast<std::uint32_t>(w.size()));
              x >= 0 && entity_type(doc, x) == EntityType::Sector)
            s = x;
      if (s < 0) s = doc.entity_ending_at(a.begin - 1);
      if (s >= 0 && entity_type(doc, s) == EntityType::Sector) {
        const std::uint32_t lo = a.begin > 14 ? a.begin - 14 : 0;
        if (contains_any(t.substr(lo, a.begin - lo),
                         {U"开发", U"生产", U"研制", U"研发", U"制造", U"主营", U"从事", U"专注", U"供应", U"提供"}))
          doc.add_fact(a.entity, Relation::inSector, s, a.begin, "company-product", 0.75);
      }
    }
    // A firm named after a word for a firm of a sector ("无人机整机企业A", "组件龙头B",
    // "医疗器械企业C、D和E"); a later name of the same list takes the sector too.
    if (const int s = sector_before_firm_word(doc, a.begin); s >= 0) {
      doc.add_fact(a.entity, Relation::inSector, s, a.begin, "company-kind", 0.7);
      std::uint32_t end = a.end;
      for (std::size_t j = i + 1; j < doc.anchors.size(); ++j) {
        const auto& b = doc.anchors[j];
        if (b.begin < end) continue;
        const std::u32string_view gap = t.substr(end, b.begin - end);
        if (!is_list_word(gap) || entity_type(doc, b.entity) != EntityType::Company) break;
        doc.add_fact(b.entity, Relation::inSector, s, b.begin, "company-kind", 0.65);
        end = b.end;
      }
    }
    // Apposition: the sectors between 是一家 and the end of the clause.
    if (doc.at(a.end, U"是一家")) {
      const std::uint32_t ce = doc.clause_end(a.end);
      for (const Anchor* b : anchors_in(doc, a.end, ce))
        if (entity_type(doc, b->entity) == EntityType::Sector)
          doc.add_fact(a.entity, Relation::inSector, b->entity, a.begin, "company-apposition", 0.75);
    }
  }
}

// Chain leaders by industrial chain: "视觉智能产业链：A、B", "螺蛳粉产业链:副市长某某任链长,链主
// 企业为C", "光伏产业链的链主企业为D，动力电池产业链的…": the firms of the item are in the chain's
// sector (up to the item's end or the next chain).
void chain_leader_sectors(Document& doc) {
  const auto& t = doc.text;
  std::vector<const Anchor*> chains;
  for (const auto& b : doc.anchors)
    if (entity_type(doc, b.entity) == EntityType::Sector && doc.at(b.end, U"产业链")) chains.push_back(&b);
  for (std::size_t k = 0; k < chains.size(); ++k) {
    const Anchor& b = *chains[k];
    const std::uint32_t q = b.end + 3;
    std::uint32_t e = q;
    while (e < t.size() && !has_char(U"；;。\n", t[e])) ++e;
    if (k + 1 < chains.size()) e = std::min(e, chains[k + 1]->begin);
    std::uint32_t from = q;
    if (!(q < t.size() && (t[q] == U'：' || t[q] == ':'))) {
      const std::size_t lead = find_in_text(t.substr(0, e), U"链主", q);
      if (lead == std::u32string_view::npos || lead > q + 24) continue;
      from = static_cast<std::uint32_t>(lead);
    }
    for (const Anchor* c : anchors_in(doc, from, e))
      if (!c->reference() && entity_type(doc, c->entity) == EntityType::Company)
        doc.add_fact(c->entity, Relation::inSector, b.entity, c->begin, "company-chain", 0.7);
  }
}

// "A公司投资N亿元建设年产40万吨高端聚烯烃项目", "A公司在开平建设的智能卫浴…项目", "A公司的
// …项目": a firm that builds a project named after a product is in that product's sector.
void builder_sectors(Document& doc) {
  const auto& t = doc.text;
  std::vector<std::vector<int>> named;  // project -> the sectors its name holds
  for (const auto& f : doc.facts)
    if (f.relation == Relation::inSector && f.rule == "name-sector" &&
        entity_type(doc, f.subject) == EntityType::Project) {
      if (named.size() <= static_cast<std::size_t>(f.subject)) named.resize(static_cast<std::size_t>(f.subject) + 1);
      named[static_cast<std::size_t>(f.subject)].push_back(f.object);
    }
  if (named.empty()) return;
  for (const auto& a : doc.anchors) {
    if (a.reference() || static_cast<std::size_t>(a.entity) >= named.size() ||
        named[static_cast<std::size_t>(a.entity)].empty())
      continue;
    const std::uint32_t cb = doc.clause_begin(a.begin);
    const Anchor* builder = nullptr;
    for (const Anchor* b : anchors_in(doc, a.begin > 60 ? std::max(cb, a.begin - 60) : cb, a.begin)) {
      if (b->end > a.begin) continue;
      const auto bt = entity_type(doc, b->entity);
      if (bt == EntityType::Company)
        builder = b;
      else if (bt == EntityType::Project)
        builder = nullptr;  // another project stands between
    }
    if (!builder) continue;
    const std::u32string_view gap = t.substr(builder->end, a.begin - builder->end);
    if (!contains_any(gap, {U"建设", U"投资", U"投建", U"新建", U"布局", U"的"}) ||
        contains_any(gap, {U"、", U"与", U"和", U"为", U"向", U"对"}))
      continue;
    for (int se : named[static_cast<std::size_t>(a.entity)])
      doc.add_fact(builder->entity, Relation::inSector, se, builder->begin, "company-project-sector", 0.65);
  }
}

// "A公司主攻乘用车", "B公司专注纯电动客车和城市物流车", "C公司主要生产工业硅和多晶硅": the
// products a firm is said to focus on, listed right after the verb.
void company_focus_sectors(Document& doc) {
  const auto& t = doc.text;
  // "A生产的锂电负极材料", "B研发的水果智能分选装备": what a firm makes, after 的.
  static constexpr std::u32string_view kVerbs[] = {
      U"主要生产", U"主要从事", U"专注于", U"主攻",   U"专注",   U"主营",   U"深耕", U"主打", U"重点发展", U"致力于",
      U"生产的",   U"研发的",   U"研制的", U"制造的", U"开发的", U"推出的", U"生产", U"从事", U"负责"};
  // The end of the focus verb at p (after an adverb), or 0.
  // 重点发展 and 致力于 only right after the firm: in a later clause they are a place's plan
  // ("以A为龙头，重点发展风电整机").
  auto verb_at = [&](std::uint32_t p, bool direct) -> std::uint32_t {
    for (std::u32string_view adv : {U"则", U"也", U"还", U"已", U"将", U"一直"})
      if (doc.at(p, adv)) {
        p += static_cast<std::uint32_t>(adv.size());
        break;
      }
    for (auto w : kVerbs)
      if (doc.at(p, w))
        return direct || (w != U"重点发展" && w != U"致力于") ? p + static_cast<std::uint32_t>(w.size()) : 0;
    return 0;
  };
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::Company) continue;
    std::uint32_t p = a.end;
    // A bracketed short name (以下简称“…”) and a place or adverb may stand before the verb.
    p = after_bracket(doc, p);
    // "A以电石、聚氯乙烯和烧碱为主(业)", "B以中成药起家": the lines before 为主 or 起家.
    auto lines_by_yi = [&](std::uint32_t q) {
      std::vector<const Anchor*> listed;
      if (doc.at(q, U"以")) {
        listed = sectors_listed_from(doc, q + 1);
        if (!listed.empty() && !starts_with_any(t.substr(listed.back()->end), {U"为主", U"为核心", U"起家"}))
          listed.clear();
      }
      return listed;
    };
    if (doc.at(p, U"以")) {
      for (const Anchor* b : lines_by_yi(p))
        doc.add_fact(a.entity, Relation::inSector, b->entity, a.begin, "company-focus", 0.7);
      continue;
    }
    std::uint32_t v = verb_at(p, true);
    // "A(简称…)位于珠海高新区，主要生产光刻胶": the verb opens a later clause of the sentence
    // that has no subject of its own (no other organisation since A).
    const auto& sent = doc.sentence_of(a.begin);
    const std::uint32_t se = sent.end;
    // (Not when a fund is named before A in the sentence, which A only helped set up: "该基金由B和A共同
    // 发起，…，专注投资IGBT".)
    bool other_subject = false;
    for (const Anchor* b : anchors_in(doc, sent.begin, v == 0 ? a.begin : sent.begin))
      if (entity_type(doc, b->entity) == EntityType::Fund) {
        other_subject = true;
        break;
      }
    for (std::uint32_t k = p, clauses = 0; v == 0 && !other_subject && k < se && clauses < 2; ++k) {
      if (t[k] != U'，' && t[k] != ',') continue;
      ++clauses;
      bool other = false;
      for (const Anchor* b : anchors_in(doc, a.end, k))
        if (b->entity != a.entity && is_org(entity_type(doc, b->entity))) other = true;
      if (other) break;
      // "A总部位于常州，以动力电池为主业": the same in a later clause.
      if (const auto listed = lines_by_yi(k + 1); !listed.empty()) {
        for (const Anchor* b : listed)
          doc.add_fact(a.entity, Relation::inSector, b->entity, a.begin, "company-focus", 0.7);
        break;
      }
      v = verb_at(k + 1, false);
    }
    if (v == 0) continue;
    const std::uint32_t ce = doc.clause_end(v);
    std::uint32_t expect = v;
    for (const Anchor* b : anchors_in(doc, v, ce)) {
      if (b->begin < expect) continue;
      const std::u32string_view gap = t.substr(expect, b->begin - expect);
      const bool joined = expect == v ? gap.size() <= 2 && !contains_any(gap, {U"的"}) : is_list_word(gap);
      if (!joined || entity_type(doc, b->entity) != EntityType::Sector) break;
      doc.add_fact(a.entity, Relation::inSector, b->entity, a.begin, "company-focus", 0.7);
      expect = b->end;
    }
  }
  // "A今年新上两条磷酸铁锂产线", "其钠离子电池产线已投产": a line of a product is the firm's, the one
  // organisation named before it in the sentence.
  for (const auto& b : doc.anchors) {
    if (entity_type(doc, b.entity) != EntityType::Sector ||
        !(doc.at(b.end, U"产线") || doc.at(b.end, U"生产线") || doc.at(b.end, U"车间")))
      continue;
    int firm = -1;
    bool several = false;
    for (const Anchor* c : anchors_in(doc, doc.sentence_of(b.begin).begin, b.begin))
      if (c->end <= b.begin && is_org(entity_type(doc, c->entity))) {
        if (firm >= 0 && firm != c->entity) several = true;
        firm = c->entity;
      }
    // "A(简称…)的聚烯烃车间": the firm right before 的 owns the line whoever else the sentence names.
    if (b.begin > 1 && t[b.begin - 1] == U'的')
      for (const Anchor* c : anchors_in(doc, doc.sentence_of(b.begin).begin, b.begin))
        if (entity_type(doc, c->entity) == EntityType::Company && after_bracket(doc, c->end) == b.begin - 1) {
          firm = c->entity;
          several = false;
        }
    if (firm >= 0 && !several && entity_type(doc, firm) == EntityType::Company)
      doc.add_fact(firm, Relation::inSector, b.entity, b.begin, "company-line", 0.65);
  }
}

std::vector<int> listed_orgs(const Document& doc, std::uint32_t end, std::uint32_t lo);

// The firms of the list that ends last in [lo, hi) (companies only).
std::vector<int> firms_listed_before(const Document& doc, std::uint32_t lo, std::uint32_t hi) {
  std::uint32_t end = 0;
  for (const Anchor* a : anchors_in(doc, lo, hi))
    if (entity_type(doc, a->entity) == EntityType::Company && a->end <= hi) end = std::max(end, a->end);
  std::vector<int> out;
  if (end == 0) return out;
  for (int f : listed_orgs(doc, after_bracket(doc, end), lo))
    if (entity_type(doc, f) == EntityType::Company) out.push_back(f);
  return out;
}

// Firms and their lines paired in order: "华工科技和锐科激光分别在激光加工装备、光纤激光器领域…",
// "A、B均位于古雷开发区，分别主攻乙烯和芳烃", and after a sentence listing them, "两家企业…,分别主攻
// 抗体药物和细胞治疗". The firms are the list ending last before 分别; the count must match.
void respective_sectors(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t at = find_in_text(t, U"分别"); at != std::u32string_view::npos;
       at = find_in_text(t, U"分别", at + 2)) {
    const auto p = static_cast<std::uint32_t>(at);
    std::uint32_t v = p + 2;
    // "A、B…,分别成为X和Y的“链主”企业": members, in order.
    if (doc.at(v, U"成为") || doc.at(v, U"是") || doc.at(v, U"为")) {
      std::uint32_t c = v + (doc.at(v, U"成为") ? 2 : 1);
      std::vector<int> clusters;
      for (int guard = 0; guard < 6; ++guard) {
        const int x = doc.entity_starting_at(c);
        if (x < 0 || entity_type(doc, x) != EntityType::IndustrialCluster) break;
        clusters.push_back(x);
        std::uint32_t e = c;
        for (const Anchor* a : anchors_in(doc, c, c + 1))
          if (a->begin == c && a->entity == x) e = std::max(e, a->end);
        c = after_list_word(doc, e);
        if (c == 0) {
          c = e;
          break;
        }
      }
      if (clusters.size() < 2 || !doc.at(c, U"的")) continue;
      const auto firms = firms_listed_before(doc, doc.sentence_of(p).begin, p);
      if (firms.size() != clusters.size()) continue;
      for (std::size_t k = 0; k < firms.size(); ++k)
        doc.add_fact(firms[k], Relation::memberOf, clusters[k], p, "member-respectively", 0.7);
      continue;
    }
    bool needs_field = false;
    if (doc.at(v, U"在")) {
      ++v;
      needs_field = true;
    } else {
      std::uint32_t w = 0;
      for (std::u32string_view verb :
           {U"专注于", U"主攻", U"专注", U"从事", U"聚焦", U"深耕", U"主营", U"生产", U"布局"})
        if (doc.at(v, verb)) {
          w = static_cast<std::uint32_t>(verb.size());
          break;
        }
      if (w == 0) continue;
      v += w;
    }
    const auto sectors = sectors_listed_from(doc, v);
    if (sectors.size() < 2) continue;
    const std::uint32_t le = sectors.back()->end;
    const bool field = doc.at(le, U"领域") || doc.at(le, U"方向") || doc.at(le, U"赛道") || doc.at(le, U"板块");
    const bool clause_end = le >= t.size() || has_char(U"，。；,;等", t[le]) || is_boundary_char(t[le]);
    if (!(field || (!needs_field && clause_end))) continue;
    // The firms: the list ending last before 分别 in its sentence, else in the sentence before
    // when this one opens with a count of firms (两家企业).
    const auto& s = doc.sentence_of(p);
    std::vector<int> firms = firms_listed_before(doc, s.begin, p);
    if (firms.empty() && s.begin > 0 &&
        starts_with_any(t.substr(s.begin), {U"两家企业", U"这两家企业", U"三家企业", U"两者", U"二者"})) {
      const auto& prev = doc.sentence_of(s.begin - 1);
      firms = firms_listed_before(doc, prev.begin, prev.end);
    }
    if (firms.size() < sectors.size()) continue;
    firms.erase(firms.begin(), firms.end() - static_cast<std::ptrdiff_t>(sectors.size()));
    for (std::size_t k = 0; k < sectors.size(); ++k)
      doc.add_fact(firms[k], Relation::inSector, sectors[k]->entity, p, "company-focus-respectively", 0.7);
  }
}

// A zone named as the vehicle of a place's industries: "成都市将以成都高新区为主要承载地，重点发展
// 集成电路、新型显示", "中牟县依托中牟汽车产业园，重点发展汽车零部件".
void vehicle_zone_sectors(Document& doc, const Anchor& a) {
  const auto& t = doc.text;
  if (!doc.before(a.begin, U"依托") && !doc.before(a.begin, U"以")) return;
  std::uint32_t q = a.end;
  if (doc.before(a.begin, U"以")) {
    if (!doc.at(q, U"为")) return;
    std::uint32_t k = q + 1;
    while (k < t.size() && k - q < 8 && utf8::is_han(t[k])) ++k;
    const std::u32string_view role = t.substr(q + 1, k - q - 1);
    if (!ends_with_any(role, {U"承载地", U"载体", U"平台", U"主平台", U"核心区", U"主阵地"})) return;
    q = k;
  }
  if (q < t.size() && (t[q] == U'，' || t[q] == ',')) ++q;
  for (std::u32string_view w : {U"重点发展", U"大力发展", U"主攻", U"聚焦", U"重点布局", U"发展"})
    if (doc.at(q, w)) {
      for (const Anchor* b : sectors_listed_from(doc, q + static_cast<std::uint32_t>(w.size())))
        doc.add_fact(a.entity, Relation::inSector, b->entity, a.begin, "zone-vehicle-sector", 0.65);
      return;
    }
}

// A zone that opens a sentence (or clause) and the sectors it gathers or focuses on.
void zone_sectors(Document& doc) {
  const auto& t = doc.text;
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::Zone) continue;
    // Not a zone named inside another name (贵州毕节高新区党工委).
    bool nested = false;
    for (const Anchor* b : anchors_in(doc, a.begin > 40 ? a.begin - 40 : 0, a.begin + 1))
      if (!b->reference() && b != &a && b->begin <= a.begin && b->end >= a.end && b->end - b->begin > a.end - a.begin)
        nested = true;
    if (nested) continue;
    // The zone must be the first entity of its clause (after a time phrase), or
    // come right after its place (伊金霍洛旗的蒙苏经济开发区, 位于阎良区的…基地).
    const bool placed = a.begin > 0 && t[a.begin - 1] == U'的';
    bool first = true;
    for (const Anchor* b : anchors_in(doc, doc.clause_begin(a.begin), a.begin))
      if (b->end <= a.begin && entity_type(doc, b->entity) != EntityType::Sector &&
          !(placed && is_place(entity_type(doc, b->entity))))
        first = false;
    if (!first) {
      vehicle_zone_sectors(doc, a);
      continue;
    }
    bool in_direct_list = false;
    for (const Anchor* b : anchors_in(doc, a.end, doc.local_end(a.end))) {
      // Another zone, or a cluster, is the subject of what follows.
      if ((entity_type(doc, b->entity) == EntityType::Zone ||
           entity_type(doc, b->entity) == EntityType::IndustrialCluster) &&
          b->entity != a.entity)
        break;
      if (entity_type(doc, b->entity) != EntityType::Sector) continue;
      const std::uint32_t cb = doc.clause_begin(b->begin);
      // A later clause with a subject of its own (…,吉安市主攻通信终端) is not about the zone.
      if (cb >= a.end) {
        bool own_subject = false;
        for (const Anchor* c : anchors_in(doc, cb, b->begin))
          if (c->end <= b->begin && entity_type(doc, c->entity) != EntityType::Sector) own_subject = true;
        if (own_subject) continue;
      }
      const std::u32string_view lead = t.substr(cb, b->begin - cb);
      const bool cue = contains_any(lead, {U"聚集", U"汇聚", U"集聚", U"聚焦", U"主导", U"主打", U"坚持把", U"重点发展",
                                           U"大力发展", U"推动", U"引进", U"入驻", U"覆盖", U"涵盖"});
      // The word after the sector, or after the list it opens (稀土永磁及电机企业, A、B等领域企业).
      std::uint32_t end = b->end;
      for (int guard = 0; guard < 8 && end + 1 < t.size() && has_char(U"、和及与", t[end]); ++guard) {
        const int next = doc.entity_starting_at(end + 1);
        if (next < 0 || entity_type(doc, next) != EntityType::Sector) break;
        end = doc.anchors[doc.first_anchor_from(end + 1)].end;
      }
      std::uint32_t w = end;
      if (doc.at(w, U"等")) ++w;
      if (doc.at(w, U"领域") || doc.at(w, U"环节")) w += 2;
      const bool industry = doc.at(w, U"企业") || doc.at(w, U"规上企业") || doc.at(w, U"龙头企业") ||
                            doc.at(end, U"产业链") || doc.at(end, U"作为") || doc.at(end, U"高质量发展") ||
                            doc.at(end, U"产业") || doc.at(end, U"为主") ||
                            (w > end && (doc.at(end + 1, U"领域") || doc.at(end + 1, U"环节")));
      // "以休闲食品为主导产业", "以电池级碳酸锂、氢氧化锂为主": the zone's leading lines.
      const bool leading = lead.ends_with(U"以") && (doc.at(end, U"为主") || doc.at(end, U"为重点") ||
                                                     doc.at(end, U"为核心") || doc.at(end, U"为特色"));
      // "已形成商用车、新材料、电子信息、食品饮料四大主导产业".
      bool formed = false;
      if (lead.ends_with(U"形成")) {
        std::uint32_t k = end;
        while (k < t.size() && k - end < 3 && has_char(U"一二两三四五六七八九十", t[k])) ++k;
        formed = k > end && (doc.at(k, U"大主导产业") || doc.at(k, U"大产业") || doc.at(k, U"大支柱产业") ||
                             doc.at(k, U"大特色产业"));
      }
      // "重点发展储能电池", "聚焦供应链金融、绿色金融和金融科技": the verb right before the (list of) sectors.
      const bool direct = ends_with_any(lead, {U"重点发展", U"大力发展", U"主导", U"主打", U"聚焦", U"主要发展",
                                               U"主攻", U"重点布局", U"培育", U"着力发展", U"加快发展", U"围绕"}) ||
                          leading || formed;
      if ((cue && industry) || direct || in_direct_list) {
        doc.add_fact(a.entity, Relation::inSector, b->entity, a.begin, "zone-sentence-sector", 0.65);
        in_direct_list = direct || in_direct_list;
      }
      if (in_direct_list && !(b->end < t.size() && has_char(U"、和及与", t[b->end]))) in_direct_list = false;
    }
  }
}

// Projects: industries named in their sentence (…涉及氢能产业的项目); funds: what they invest in.
void project_and_fund_sectors(Document& doc) {
  const auto& t = doc.text;
  for (const auto& a : doc.anchors) {
    const auto et = entity_type(doc, a.entity);
    if (et == EntityType::Project) {
      // A national programme of the lexicon (东数西算) is no one industry's project.
      if (doc.entities[static_cast<std::size_t>(a.entity)].lexicon_name) continue;
      // "以芜宣机场建设为契机": the project is a means here, not the subject of the industry.
      const std::uint32_t after = doc.at(a.end, U"建设") ? a.end + 2 : a.end;
      if (a.begin > 0 && doc.text[a.begin - 1] == U'以' && doc.at(after, U"为")) continue;
      for (int se : industry_sectors_in(doc, doc.local_begin(a.begin), doc.local_end(a.end)))
        doc.add_fact(a.entity, Relation::inSector, se, a.begin, "project-sentence-sector", 0.6);
    } else if (et == EntityType::Fund) {
      const std::u32string_view rest = t.substr(a.end, doc.local_end(a.end) - a.end);
      static constexpr std::u32string_view kInvestIn[] = {U"投向",     U"聚焦",     U"重点投资", U"投资于",
                                                          U"专注投资", U"主要投资", U"重点支持", U"支持"};
      for (auto w : kInvestIn) {
        const auto k = find_in_text(rest, w);
        if (k == std::u32string_view::npos) continue;
        const auto from = static_cast<std::uint32_t>(a.end + k + w.size());
        for (const Anchor* b : anchors_in(doc, from, doc.clause_end(from)))
          if (entity_type(doc, b->entity) == EntityType::Sector)
            doc.add_fact(a.entity, Relation::inSector, b->entity, a.begin, "fund-invests-in", 0.7);
        break;
      }
    }
  }
}

// True if the anchor is a cluster (named or referred to) followed by 内的/中的: it opens a
// list of its firms ("X产业集群内的A、B", "集群中的C").
bool opens_firm_list(const Document& doc, const Anchor& a) {
  return entity_type(doc, a.entity) == EntityType::IndustrialCluster &&
         (doc.at(a.end, U"内的") || doc.at(a.end, U"中的"));
}

// The last cluster in [lo, end) that opens a list of its firms (see opens_firm_list) before
// end; -1 when there is none.
int cluster_opening_list(const Document& doc, std::uint32_t lo, std::uint32_t end) {
  int out = -1;
  for (const Anchor* a : anchors_in(doc, lo, end))
    if (a->end + 2 <= end && opens_firm_list(doc, *a)) out = a->entity;
  return out;
}

// The organisations of a list ending right before `end` (A、开发X的B、C): walks
// back over 、/和 and over "、<verb phrase>的" separators.
std::vector<int> listed_orgs(const Document& doc, std::uint32_t end, std::uint32_t lo) {
  const auto& t = doc.text;
  std::vector<int> out;
  // A bracket right before the end belongs to the last name (…有限公司(以下简称“望远智能”)等).
  if (end > lo && t[end - 1] == ')') {
    const auto open = t.rfind(U'(', end - 1);
    if (open != std::u32string_view::npos && open >= lo && end - open <= 24) end = static_cast<std::uint32_t>(open);
  }
  // Outermost anchors only (not 湘江新区 inside 湖南湘江新区管理委员会).
  // Nor the names inside a bracket after a name (A(简称“合肥产投”)与B).
  std::vector<const Anchor*> list;
  std::uint32_t bracket_end = 0;
  for (const Anchor* a : anchors_in(doc, lo, end)) {
    if (!list.empty() && a->begin >= list.back()->begin && a->end <= list.back()->end) continue;
    if (a->begin < bracket_end) continue;
    list.push_back(a);
    if (a->end < end) bracket_end = after_bracket(doc, a->end);
  }
  std::uint32_t expect_end = end;
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    const Anchor* a = *it;
    if (a->end > expect_end) continue;  // nested in a later item
    std::u32string_view gap = t.substr(a->end, expect_end - a->end);
    // A bracket after a name (以下简称“望远智能”) belongs to it.
    if (gap.starts_with(U"(")) {
      const auto close = gap.find(U')');
      if (close != std::u32string_view::npos && close < 24) gap.remove_prefix(close + 1);
    }
    const bool adjacent = gap.empty() || (expect_end == end && gap.size() <= 1);
    if (!adjacent && !out.empty()) {
      // Separators between items: 、 和 及 以及 与, possibly followed by "<verb phrase>的".
      const bool separator = is_list_word(gap) || gap == U"同" || gap == U"联合" || gap == U"会同";
      const bool verb_phrase = starts_with_any(gap, {U"、", U"和", U"及", U"以及", U"与"}) && gap.ends_with(U"的") &&
                               gap.size() <= 16 && gap.find(U'，') == std::u32string_view::npos &&
                               gap.find(',') == std::u32string_view::npos;
      if (!separator && !verb_phrase) break;
    } else if (!adjacent && out.empty()) {
      break;
    }
    const auto type = entity_type(doc, a->entity);
    if (type == EntityType::Sector || is_place(type)) {
      expect_end = a->begin;
      continue;
    }
    if (!is_founder(type)) break;
    if (std::find(out.begin(), out.end(), a->entity) == out.end()) out.push_back(a->entity);
    expect_end = a->begin;
    if (expect_end > 0 && t[expect_end - 1] == U'的') {
      // "开发航电系统的B": skip the verb phrase back to the separator.
      std::uint32_t k = expect_end - 1;
      while (k > lo && expect_end - k < 16 && t[k - 1] != U'、' && t[k - 1] != U'和' && t[k - 1] != ',' &&
             t[k - 1] != U'，')
        --k;
      if (k > lo && (t[k - 1] == U'、' || t[k - 1] == U'和' || t[k - 1] == U'与')) expect_end = k;
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// The one cluster named in [b, e): its entity, -1 if none, -2 if several.
int only_cluster_in(const Document& doc, std::uint32_t b, std::uint32_t e) {
  int out = -1;
  for (const Anchor* a : anchors_in(doc, b, e))
    if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) {
      if (out >= 0 && out != a->entity) return -2;
      out = a->entity;
    }
  return out;
}

// The one cluster a news item is about (named or referred to), or -1.
std::vector<int> item_clusters(const Document& doc) {
  std::vector<std::set<int>> sets(doc.items.size());
  for (const auto& a : doc.anchors)
    if (entity_type(doc, a.entity) == EntityType::IndustrialCluster)
      sets[static_cast<std::size_t>(doc.item_at(a.begin))].insert(a.entity);
  std::vector<int> out(doc.items.size(), -1);
  for (std::size_t i = 0; i < sets.size(); ++i)
    if (sets[i].size() == 1) out[i] = *sets[i].begin();
  return out;
}

// The start of a time phrase (于2021年, 在2023年3月) that ends right before a verb at v and
// starts after lo, else v: founders are listed before it ("由A于2021年发起设立").
std::uint32_t before_time_phrase(const Document& doc, std::uint32_t v, std::uint32_t lo) {
  const auto& t = doc.text;
  for (std::uint32_t k = v; k > lo && v - k < 10; --k)
    if (t[k - 1] == U'于' || t[k - 1] == U'在') {
      const std::u32string_view when = t.substr(k, v - k);
      if (!when.empty() && utf8::is_ascii_digit(when[0]) &&
          (when.ends_with(U"年") || when.ends_with(U"月") || when.ends_with(U"日")))
        return k - 1;
      break;
    } else if (!utf8::is_ascii_digit(t[k - 1]) && !has_char(U"年月日", t[k - 1])) {
      break;
    }
  return v;
}

void founders_and_members(Document& doc) {
  const auto& t = doc.text;
  const auto clusters = item_clusters(doc);
  // "X是由A、B、C等…发起/组建/成立": founders of X; members too if X is a cluster.
  for (std::size_t pos = find_in_text(t, U"由"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"由", pos + 1)) {
    const auto p = static_cast<std::uint32_t>(pos);
    const auto& s = doc.sentence_of(p);
    const std::uint32_t hi = std::min<std::uint32_t>(s.end, p + 80);
    const std::u32string_view rest = t.substr(p + 1, hi - p - 1);
    std::size_t verb = std::u32string_view::npos;
    for (std::u32string_view v : {U"发起", U"组建", U"牵头成立", U"共同成立", U"成立", U"设立", U"联合发起",
                                  U"共同发起", U"共建", U"出资", U"牵头建设"}) {
      const auto k = find_in_text(rest, v);
      if (k != std::u32string_view::npos && k < verb) verb = k;
    }
    if (verb == std::u32string_view::npos) continue;
    const std::uint32_t vpos = p + 1 + static_cast<std::uint32_t>(verb);
    auto founded_type = [&](int e) {
      const auto at = entity_type(doc, e);
      return at == EntityType::IndustrialCluster || at == EntityType::Fund || at == EntityType::Institution;
    };
    // The founded thing: the one right after "…发起(设立)的", else the last
    // cluster, fund or institution before 由 in the sentence.
    int founded = -1;
    {
      // (…设立规模5亿元的X: a size may stand between.)
      std::uint32_t q = vpos;
      while (q < hi && q - vpos < 14 && t[q] != U'的' &&
             (utf8::is_han(t[q]) || utf8::is_ascii_digit(t[q]) || t[q] == '.'))
        ++q;
      if (q < hi && t[q] == U'的')
        if (const int e = doc.entity_starting_at(q + 1); e >= 0 && founded_type(e)) founded = e;
    }
    if (founded < 0) {
      // "由A联合B发起设立X": the founded thing right after the verbs.
      const std::uint32_t verbs_at = after_jointly(doc, vpos);
      std::uint32_t q = verbs_at;
      for (std::u32string_view w :
           {U"发起设立", U"发起成立", U"共同设立", U"牵头设立", U"出资设立", U"发起", U"设立", U"组建", U"成立"})
        if (doc.at(q, w)) {
          q += static_cast<std::uint32_t>(w.size());
          break;
        }
      if (const int e = doc.entity_starting_at(q); q > verbs_at && e >= 0 && founded_type(e)) founded = e;
    }
    if (founded < 0)
      for (const Anchor* a : anchors_in(doc, doc.local_begin(p), p))
        if (founded_type(a->entity)) founded = a->entity;
    if (founded < 0) {
      // "该联盟由A…发起": the last one named before whose name ends with the noun.
      for (std::u32string_view noun : {U"联盟", U"基金", U"研究院", U"中心", U"平台", U"协会"})
        if (doc.before(p, noun) && doc.before(p - static_cast<std::uint32_t>(noun.size()), U"该")) {
          for (const Anchor* a :
               anchors_in(doc, p > 600 ? p - 600 : 0, p - static_cast<std::uint32_t>(noun.size()) - 1))
            if (founded_type(a->entity) && !a->reference() &&
                doc.entities[static_cast<std::size_t>(a->entity)].name.ends_with(utf8::encode(noun)))
              founded = a->entity;
          break;
        }
    }
    if (founded < 0) continue;
    // "由A于2021年发起设立": a time phrase between the founders and the verb.
    const std::uint32_t verb_at = before_time_phrase(doc, vpos, p + 1);
    const auto& deng = t.substr(p, verb_at - p);
    const auto d = deng.find(U'等');
    std::uint32_t list_end = d == std::u32string_view::npos ? verb_at : p + static_cast<std::uint32_t>(d);
    // "由A和B共同出资", "由A联合出资", "由A与B共同牵头组建": the adverbs are not part of the list.
    for (int round = 0; round < 2 && d == std::u32string_view::npos; ++round)
      for (std::u32string_view w : {U"共同", U"联合", U"牵头", U"合作", U"共"})
        if (doc.before(list_end, w)) {
          list_end -= static_cast<std::uint32_t>(w.size());
          break;
        }
    std::vector<int> founders = listed_orgs(doc, list_end, p + 1);
    // "由A、B等32家企业，联合C、D等高校共同发起": the second list after 联合.
    if (d != std::u32string_view::npos)
      if (const auto j = deng.find(U"联合", d); j != std::u32string_view::npos) {
        const auto d2 = deng.find(U'等', j);
        const std::uint32_t end2 = d2 == std::u32string_view::npos ? verb_at : p + static_cast<std::uint32_t>(d2);
        for (int org : listed_orgs(doc, end2, p + static_cast<std::uint32_t>(j) + 2)) founders.push_back(org);
      }
    // "由A牵头，联合B等32家单位组建": the leader before "牵头，联合" founds it too.
    if (const auto j = deng.find(U"联合");
        j != std::u32string_view::npos && (d == std::u32string_view::npos || j < d)) {
      std::size_t k = j;
      if (k > 0 && (deng[k - 1] == U'，' || deng[k - 1] == ',')) --k;
      if (k >= 2 && deng.substr(k - 2, 2) == U"牵头") k -= 2;
      if (k < j)
        for (int org : listed_orgs(doc, p + static_cast<std::uint32_t>(k), p + 1))
          if (std::find(founders.begin(), founders.end(), org) == founders.end()) founders.push_back(org);
    }
    for (int org : founders) {
      doc.add_fact(founded, Relation::foundedBy, org, p, "founded-by-list", 0.8);
      if (entity_type(doc, founded) == EntityType::IndustrialCluster && is_org(entity_type(doc, org)))
        doc.add_fact(org, Relation::memberOf, founded, p, "founder-member", 0.75);
    }
  }
  // "X是A与B于2022年共同发起、落户C的新型研发机构", "X，是A与B共建的…": the
  // organisations between 是 and the verb found X.
  for (const auto& a : doc.anchors) {
    const auto at = entity_type(doc, a.entity);
    if (at != EntityType::Fund && at != EntityType::Institution) continue;
    std::uint32_t from = a.end;
    if (from < t.size() && (t[from] == U'，' || t[from] == ',')) ++from;
    if (from >= t.size() || t[from] != U'是') continue;
    ++from;
    if (const int first = doc.entity_starting_at(from); first < 0 || !is_founder(entity_type(doc, first))) continue;
    const std::uint32_t hi = std::min<std::uint32_t>(doc.clause_end(from), from + 60);
    const std::u32string_view rest = t.substr(from, hi - from);
    std::size_t verb = std::u32string_view::npos;
    for (std::u32string_view v : {U"发起", U"共建", U"组建", U"出资设立", U"创办"}) verb = std::min(verb, rest.find(v));
    if (verb == std::u32string_view::npos) continue;
    const std::uint32_t v = before_time_phrase(doc, before_jointly(doc, from + static_cast<std::uint32_t>(verb)),
                                               from);  // "…于2022年共同发起"
    for (int org : listed_orgs(doc, v, from))
      if (org != a.entity) doc.add_fact(a.entity, Relation::foundedBy, org, a.begin, "founded-by-is", 0.7);
  }
  // "A、B…组建/设立/发起X": the organs that open the sentence found X.
  for (const auto& a : doc.anchors) {
    const auto at = entity_type(doc, a.entity);
    if (at != EntityType::Fund && at != EntityType::Institution && at != EntityType::IndustrialCluster) continue;
    bool verb = false;
    // The verb right before X, or before "规模100亿元的X".
    std::uint32_t vb = a.begin;
    if (vb > 0 && t[vb - 1] == U'的') {
      const auto sb = doc.sentence_of(a.begin).begin;
      const std::uint32_t lo = std::max<std::uint32_t>(sb, vb > 16 ? vb - 16 : 0u);
      const std::u32string_view gap = t.substr(lo, vb - 1 - lo);
      auto k = gap.rfind(U"规模");
      if (k != std::u32string_view::npos) {
        // 首期规模, 总规模: the verb is before them.
        if (k >= 2 && gap.substr(k - 2, 2) == U"首期")
          k -= 2;
        else if (k >= 1 && gap[k - 1] == U'总')
          k -= 1;
        vb = lo + static_cast<std::uint32_t>(k);
      }
    }
    for (std::u32string_view v : {U"组建", U"设立", U"发起设立", U"发起成立", U"成立", U"创办", U"出资设立",
                                  U"牵头组建", U"联合组建", U"共同组建", U"共建", U"发起"})
      if (doc.before(vb, v) || (vb > 0 && doc.before(vb - 1, v) && t[vb - 1] == U'了'))
        // Building a cluster together (三省共建西北光伏产业集群) founds nothing; funds and
        // bodies are 发起 (A与B共同发起X基金), clusters are not.
        verb = verb || at != EntityType::IndustrialCluster || (v != U"共建" && v != U"发起");
    if (!verb) continue;
    const auto head = anchors_in(doc, doc.local_begin(a.begin, 240), a.begin);
    std::vector<int> subjects;
    // The organs that open the sentence ("武汉市委、市政府…，并组建江城基金"), else those that open
    // the clause ("为支持算力产业发展，A出资设立X").
    for (std::uint32_t from : {doc.sentence_of(a.begin).begin, doc.clause_begin(a.begin)}) {
      std::uint32_t expect = from;
      for (const Anchor* b : head) {
        if (b->begin < expect) continue;
        const std::u32string_view gap = t.substr(expect, b->begin - expect);
        if (!subjects.empty() &&
            !(is_list_word(gap) || gap == U"联合" || gap == U"携手" || gap == U"还与" || gap == U"并与"))
          break;
        if (subjects.empty() && gap.size() > 12) break;
        if (!is_founder(entity_type(doc, b->entity))) break;
        subjects.push_back(b->entity);
        expect = b->end;
      }
      if (!subjects.empty()) break;
    }
    for (int f : subjects)
      if (f != a.entity) doc.add_fact(a.entity, Relation::foundedBy, f, a.begin, "founded-by-subject", 0.7);
  }
  // "A(联合B)发起设立的X": the organisations right before the verb found X.
  for (const auto& a : doc.anchors) {
    const auto at = entity_type(doc, a.entity);
    if ((at != EntityType::Fund && at != EntityType::Institution) || a.begin < 3 || t[a.begin - 1] != U'的') continue;
    std::uint32_t v = a.begin - 1;
    bool verb = false;
    for (std::u32string_view w : {U"发起设立", U"出资设立", U"牵头组建", U"牵头设立", U"发起成立", U"共同组建", U"发起",
                                  U"设立", U"组建", U"共建", U"出资"})
      if (doc.before(v, w)) {
        v -= static_cast<std::uint32_t>(w.size());
        verb = true;
        break;
      }
    if (!verb) continue;
    v = before_jointly(doc, v);
    // "A与B在区内共建的X": a place phrase between the founders and the verb.
    for (std::uint32_t k = v; k > 0 && v - k < 8; --k)
      if (t[k - 1] == U'在') {
        v = k - 1;
        break;
      } else if (!utf8::is_han(t[k - 1]) || t[k - 1] == U'的') {
        break;
      }
    for (int org : listed_orgs(doc, v, doc.clause_begin(v)))
      if (org != a.entity) doc.add_fact(a.entity, Relation::foundedBy, org, a.begin, "founded-by-before", 0.7);
  }
  // Members: "A、B等(一批)…企业/平台" in an item about one cluster; "以A为龙头".
  for (std::size_t pos = find_in_text(t, U"等"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"等", pos + 1)) {
    const auto p = static_cast<std::uint32_t>(pos);
    // The cluster named after the list in its sentence (…等企业均已成为X成员), else the
    // item's one cluster, else the subject of a verb of gathering before the list
    // (X集聚A、B等企业).
    int cluster = clusters[static_cast<std::size_t>(doc.item_at(p))];
    bool named = false;  // the cluster is named with the list, not guessed
    // "支持X产业集群内的A、B和C等链主企业…": the cluster that opens the list.
    if (const int c = cluster_opening_list(doc, doc.clause_begin(p), p); c >= 0) {
      cluster = c;
      named = true;
    }
    for (const Anchor* a : anchors_in(doc, p, doc.sentence_of(p).end))
      if (!named && entity_type(doc, a->entity) == EntityType::IndustrialCluster) {
        cluster = a->entity;
        named = true;
        break;
      }
    if (!named && cluster < 0) {
      const std::uint32_t sb = doc.sentence_of(p).begin;
      const std::u32string_view head = t.substr(sb, p - sb);
      if (contains_any(head, {U"集聚", U"汇聚", U"聚集", U"拥有", U"引进", U"吸引"}))
        for (const Anchor* a : anchors_in(doc, sb, p))
          if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) cluster = a->entity;
    }
    const std::uint32_t ce = doc.clause_end(p);
    const std::u32string_view tail = t.substr(p + 1, std::min<std::uint32_t>(ce, p + 20) - p - 1);
    if (!named && cluster < 0 &&
        contains_any(tail.substr(0, std::min<std::size_t>(tail.size(), 6)), {U"龙头", U"链主", U"骨干"})) {
      // "做强X产业集群,支持A、B和C等链主企业…": the one cluster named before the list in its sentence.
      cluster = only_cluster_in(doc, doc.sentence_of(p).begin, p);
      // "一是X产业集群。发挥A、B等链主企业…": the one cluster of the line's first sentence.
      if (cluster == -1)
        if (const auto nl = t.rfind(U'\n', p); nl != std::u32string_view::npos) {
          const auto& head = doc.sentence_of(static_cast<std::uint32_t>(nl + 1));
          if (head.end < doc.sentence_of(p).begin + 1 && head.end - head.begin <= 24)
            cluster = only_cluster_in(doc, head.begin, head.end);
        }
    }
    if (cluster < 0) continue;
    if (!contains_any(tail, {U"企", U"平台", U"龙头", U"成员", U"单位", U"机构", U"创新", U"载体", U"高校", U"院所"}))
      continue;
    // (Partners that found something with the firms, …联合A、B等高校共同发起, are no members.)
    if (contains_any(tail, {U"参与", U"合作", U"发起"})) continue;
    for (int org : listed_orgs(doc, p, doc.clause_begin(p) > 60 ? doc.clause_begin(p) - 60 : 0))
      if (is_org(entity_type(doc, org))) doc.add_fact(org, Relation::memberOf, cluster, p, "member-list", 0.7);
  }
  // "以A、B、C为龙头(的X产业集群)": leaders are members of that cluster, else of the item's.
  for (std::size_t pos = find_in_text(t, U"为"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"为", pos + 1)) {
    const auto p = static_cast<std::uint32_t>(pos);
    // 以A为龙头, 以比亚迪为链主, 以B为骨干
    if (!doc.at(p + 1, U"龙头") && !doc.at(p + 1, U"链主") && !doc.at(p + 1, U"骨干")) continue;
    int cluster = clusters[static_cast<std::size_t>(doc.item_at(p))];
    std::uint32_t q = p + 3;
    if (doc.at(q, U"企业")) q += 2;
    if (doc.at(q, U"的")) ++q;
    // "以吉林化纤集团为龙头建设吉林市碳纤维产业集群".
    else if (starts_with_any(t.substr(q, 2), kBuildVerbs))
      q += 2;
    if (const int c = doc.entity_starting_at(q); c >= 0 && entity_type(doc, c) == EntityType::IndustrialCluster)
      cluster = c;
    // "X产业集群加快发展，以A为链主": the one cluster named before in the sentence.
    if (cluster < 0) cluster = only_cluster_in(doc, doc.sentence_of(p).begin, p);
    if (cluster < 0) continue;
    const std::uint32_t cb = doc.clause_begin(p);
    for (int org : listed_orgs(doc, p, cb))
      if (is_org(entity_type(doc, org))) doc.add_fact(org, Relation::memberOf, cluster, p, "member-leader", 0.7);
  }
  // "成员(单位|企业)包括A、B以及C": members of the cluster of the item (or the one just named).
  for (std::size_t pos = find_in_text(t, U"成员"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"成员", pos + 1)) {
    const auto p = static_cast<std::uint32_t>(pos);
    std::uint32_t q = p + 2;
    for (std::u32string_view w : {U"单位", U"企业", U"机构"})
      if (doc.at(q, w)) q += static_cast<std::uint32_t>(w.size());
    std::uint32_t r = 0;
    for (std::u32string_view w : {U"包括", U"包含", U"有", U"为"})
      if (doc.at(q, w)) r = q + static_cast<std::uint32_t>(w.size());
    if (r == 0) continue;
    int cluster = -1;
    for (const Anchor* a : anchors_in(doc, doc.local_begin(p), p))
      if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) cluster = a->entity;
    if (cluster < 0) {
      // The cluster of the previous sentence (…产业集群正式揭牌。首批成员单位包括…).
      const int si = doc.sentence_at(p);
      if (si > 0)
        for (const Anchor* a : anchors_in(doc, doc.sentences[static_cast<std::size_t>(si - 1)].begin,
                                          doc.sentences[static_cast<std::size_t>(si - 1)].end))
          if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) cluster = a->entity;
    }
    if (cluster < 0) cluster = clusters[static_cast<std::size_t>(doc.item_at(p))];
    if (cluster < 0) continue;
    const std::uint32_t ce = doc.clause_end(r);
    // The list runs from r to the end of the clause.
    std::uint32_t list_end = r;
    for (const Anchor* a : anchors_in(doc, r, ce))
      if (is_org(entity_type(doc, a->entity))) list_end = std::max(list_end, a->end);
    for (int org : listed_orgs(doc, list_end, r))
      if (is_org(entity_type(doc, org))) doc.add_fact(org, Relation::memberOf, cluster, p, "member-list", 0.7);
  }
}

// Membership stated of organisations and a named cluster: "A(已)加入X",
// "A、B(已)成为X(的)成员(单位)", and "A…是X的龙头企业" (the leading firms of a
// cluster are among its members, as with "以A为龙头的X").
void stated_members(Document& doc) {
  const auto& t = doc.text;
  auto cluster_at = [&](std::uint32_t pos) -> const Anchor* {
    const Anchor* best = nullptr;
    for (const Anchor* a : anchors_in(doc, pos, pos + 1))
      if (entity_type(doc, a->entity) == EntityType::IndustrialCluster && (!best || a->end > best->end)) best = a;
    return best;
  };
  // The cluster (named or referred to) ending at pos, or nullptr.
  auto cluster_ending_at = [&](std::uint32_t pos) -> const Anchor* {
    for (const Anchor* a : anchors_in(doc, pos > 32 ? pos - 32 : 0, pos))
      if (a->end == pos && entity_type(doc, a->entity) == EntityType::IndustrialCluster) return a;
    return nullptr;
  };
  // The organisations a clause names right before `end` (a list, or one name).
  auto subjects_before = [&](std::uint32_t end) {
    std::vector<int> out;
    for (int org : listed_orgs(doc, end, doc.clause_begin(end)))
      if (is_org(entity_type(doc, org))) out.push_back(org);
    return out;
  };
  for (std::u32string_view verb : {U"加入", U"成为", U"纳入", U"入驻"})
    for (std::size_t pos = find_in_text(t, verb); pos != std::u32string_view::npos;
         pos = find_in_text(t, verb, pos + 1)) {
      const auto p = static_cast<std::uint32_t>(pos);
      const Anchor* cl = cluster_at(p + 2);
      if (!cl) continue;
      std::uint32_t after = cl->end;
      if (doc.at(after, U"的")) ++after;
      // Becoming a cluster says nothing of membership; becoming its member does.
      if (verb == U"成为" && !(doc.at(after, U"成员") || doc.at(after, U"一员"))) continue;
      // "A被纳入X重点培育企业名单": put on the cluster's list of firms.
      // ("A已被纳入X集群。": the cluster itself, the clause ending there, is put in too.)
      const bool clause_ends = after >= t.size() || has_char(U"。，；,;", t[after]);
      if (verb == U"纳入" && !clause_ends &&
          !contains_any(t.substr(after, std::min<std::size_t>(12, doc.clause_end(after) - after)),
                        {U"企业名单", U"企业名录", U"企业库"}))
        continue;
      // Already / formally / also / will may stand between the names and the verb.
      std::uint32_t v = p;
      while (v > 0 && p - v < 6 && has_char(U"已正式也均都先后相继被将同步宣布还即", t[v - 1])) --v;
      std::vector<int> orgs = subjects_before(v);
      // "渝驰汽车负责人表示，企业将加入…", "…，项目投产后公司将正式加入…": the firm named last before.
      if (orgs.empty() && (doc.before(v, U"企业") || doc.before(v, U"公司"))) {
        const int si = doc.sentence_at(p);
        const std::uint32_t from = doc.sentences[static_cast<std::size_t>(si > 0 ? si - 1 : si)].begin;
        int last = -1;
        for (const Anchor* a : anchors_in(doc, from, v - 2))
          if (!a->reference() && entity_type(doc, a->entity) == EntityType::Company) last = a->entity;
        if (last >= 0) orgs.push_back(last);
      }
      // "A是…，今年初被纳入X…名单", "A是一家封测企业，…后将成为X集群成员企业", "A…项目，…，项目
      // 建成后纳入X集群": the firm that opens the sentence.
      if (orgs.empty()) {
        // (past a list mark: ▲, 5., （4）, ——)
        std::uint32_t b = doc.sentence_of(p).begin;
        for (int guard = 0;
             guard < 6 && b < p && (has_char(U" \n　▲■●◆—.、．()（）", t[b]) || utf8::is_ascii_digit(t[b])); ++guard)
          ++b;
        if (const int first = doc.entity_starting_at(b); first >= 0 && entity_type(doc, first) == EntityType::Company)
          orgs.push_back(first);
      }
      for (int org : orgs) doc.add_fact(org, Relation::memberOf, cl->entity, p, "member-joined", 0.75);
    }
  // "…三家企业都是集群骨干成员", "A、B均是集群成员企业", "A作为集群成员单位": the
  // organisations of that sentence before the phrase are members of the item's latest cluster.
  // "A、B均为集群骨干企业", "A为集群链主企业", "A(简称甲)作为集群链主": likewise.
  auto latest_cluster_in_item = [&](std::uint32_t p) { return latest_cluster_before(doc, p, 300); };
  for (std::u32string_view phrase :
       {U"都是集群", U"均是集群", U"均为集群", U"都为集群", U"作为集群", U"是集群", U"为集群", U"等集群"})
    for (std::size_t pos = find_in_text(t, phrase); pos != std::u32string_view::npos;
         pos = find_in_text(t, phrase, pos + 1)) {
      const auto p = static_cast<std::uint32_t>(pos);
      const std::uint32_t after = p + static_cast<std::uint32_t>(phrase.size());
      const std::uint32_t ce = std::min<std::uint32_t>(doc.clause_end(after), after + 8);
      const std::u32string_view role = t.substr(after, ce - after);
      if (!contains_any(role, {U"成员", U"链主", U"龙头", U"骨干"})) continue;
      // (是集群 inside 均是集群 was taken with the longer phrase.)
      if ((phrase == U"是集群" || phrase == U"为集群") && p > 0 && has_char(U"都均作", t[p - 1])) continue;
      const int cluster = latest_cluster_in_item(p);
      if (cluster < 0) continue;
      bool before = false;
      for (const Anchor* a : anchors_in(doc, doc.sentence_of(p).begin, p))
        if (is_org(entity_type(doc, a->entity)) && !a->reference()) {
          doc.add_fact(a->entity, Relation::memberOf, cluster, a->begin, "member-stated", 0.7);
          before = true;
        }
      // "作为集群链主企业，A…": the subject after the comma.
      if (!before && phrase == U"作为集群" && ce < t.size() && (t[ce] == U'，' || t[ce] == ','))
        for (int org : orgs_listed_from(doc, ce + 1))
          doc.add_fact(org, Relation::memberOf, cluster, ce + 1, "member-stated", 0.7);
    }
  // "…产业集群（太原市清徐县），…，龙头企业为A；", "链主企业为B、C": the firms named as the
  // leaders of the item's latest cluster.
  for (std::u32string_view word : {U"企业为", U"企业是"})
    for (std::size_t at = find_in_text(t, word); at != std::u32string_view::npos; at = find_in_text(t, word, at + 1)) {
      const auto w = static_cast<std::uint32_t>(at);
      if (!(doc.before(w, U"龙头") || doc.before(w, U"链主") || (word == U"企业为" && doc.before(w, U"骨干"))))
        continue;
      const std::uint32_t p = w - 2;
      const int cluster = latest_cluster_in_item(p);
      if (cluster < 0) continue;
      for (int org : orgs_listed_from(doc, w + static_cast<std::uint32_t>(word.size())))
        doc.add_fact(org, Relation::memberOf, cluster, p, "member-leaders-named", 0.7);
    }
  // "在这一集群中，A是链主企业", "在X产业集群中，…": the organisations of that sentence are members.
  for (const auto& s : doc.sentences) {
    std::uint32_t q = s.begin;
    while (q < s.end && (t[q] == ' ' || t[q] == '\n')) ++q;
    if (!doc.at(q, U"在")) continue;
    const Anchor* cl = cluster_at(q + 1);
    std::uint32_t after = 0;
    if (cl)
      after = cl->end;
    else
      for (std::u32string_view w : {U"这一集群", U"该集群", U"这个集群"})
        if (doc.at(q + 1, w)) after = q + 1 + static_cast<std::uint32_t>(w.size());
    if (after == 0 || !(doc.at(after, U"中") || doc.at(after, U"内"))) continue;
    int cluster = cl ? cl->entity : -1;
    if (cluster < 0)  // the reference: its anchor
      for (const Anchor* a : anchors_in(doc, q + 1, after))
        if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) cluster = a->entity;
    if (cluster < 0) continue;
    for (const Anchor* a : anchors_in(doc, after, s.end))
      if (is_org(entity_type(doc, a->entity)) && !a->reference())
        doc.add_fact(a->entity, Relation::memberOf, cluster, a->begin, "member-in-cluster", 0.7);
  }
  // "X产业集群内的A、B", "支持集群中的C": the firms right after are its members.
  for (const auto& a : doc.anchors) {
    if (!opens_firm_list(doc, a)) continue;
    for (int org : orgs_listed_from(doc, a.end + 2))
      doc.add_fact(org, Relation::memberOf, a.entity, a.end, "member-inside", 0.7);
  }
  // "重点建设X产业集群，支持集群内的A": a bare 集群 there is the cluster named before it in the sentence.
  for (std::size_t pos = find_in_text(t, U"集群内的"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"集群内的", pos + 1)) {
    const auto p = static_cast<std::uint32_t>(pos);
    if (cluster_ending_at(p + 2)) continue;  // a named cluster: above
    const int cluster = only_cluster_in(doc, doc.sentence_of(p).begin, p);
    if (cluster < 0) continue;
    for (int org : orgs_listed_from(doc, p + 4))
      doc.add_fact(org, Relation::memberOf, cluster, p + 2, "member-inside", 0.7);
  }
  // "齐齐哈尔市依托中国一重集团有限公司建设齐齐哈尔重型装备产业集群": the firms a cluster is built on.
  for (std::size_t pos = find_in_text(t, U"依托"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"依托", pos + 1)) {
    const auto p = static_cast<std::uint32_t>(pos);
    std::uint32_t end = 0;
    const std::vector<int> firms = orgs_listed_from(doc, p + 2, true, &end);
    if (firms.empty() || !starts_with_any(t.substr(end, 2), kBuildVerbs)) continue;
    const int c = doc.entity_starting_at(end + 2);
    if (c < 0 || entity_type(doc, c) != EntityType::IndustrialCluster) continue;
    for (int org : firms) doc.add_fact(org, Relation::memberOf, c, p, "member-built-on", 0.7);
  }
  for (std::u32string_view word : {U"龙头企业", U"骨干企业", U"链主企业", U"核心企业", U"龙头"})
    for (std::size_t pos = find_in_text(t, word); pos != std::u32string_view::npos;
         pos = find_in_text(t, word, pos + 1)) {
      std::uint32_t q = static_cast<std::uint32_t>(pos);
      const auto wend = q + static_cast<std::uint32_t>(word.size());
      if (word == U"龙头" && doc.at(wend, U"企业")) continue;  // (found as 龙头企业)
      // "集群骨干企业X": the firm named right after is a member of the cluster before the word.
      const Anchor* cl_before = cluster_ending_at(q);
      // "作为X产业集群的链主企业，TCL…".
      if (!cl_before && doc.before(q, U"的")) cl_before = cluster_ending_at(q - 1);
      if (cl_before) {
        // "作为X集群链主企业，海尔集团…": the subject after the comma.
        const bool as =
            doc.before(cl_before->begin, U"作为") && wend < t.size() && (t[wend] == U'，' || t[wend] == ',');
        for (int org : orgs_listed_from(doc, as ? wend + 1 : wend))
          doc.add_fact(org, Relation::memberOf, cl_before->entity, wend, "member-leading-firm", 0.7);
      }
      if (doc.before(q, U"的")) --q;
      const Anchor* cl = nullptr;
      for (const Anchor* a : anchors_in(doc, q > 64 ? q - 64 : 0, q))
        if (a->end == q && entity_type(doc, a->entity) == EntityType::IndustrialCluster &&
            (!cl || a->begin < cl->begin))
          cl = a;
      // "A是X的龙头企业", "A(与B)…成为X的骨干企业".
      std::uint32_t is = 0;
      if (cl && doc.before(cl->begin, U"是"))
        is = cl->begin - 1;
      else if (cl && doc.before(cl->begin, U"成为"))
        is = cl->begin - 2;
      else
        continue;
      std::vector<int> orgs = subjects_before(is);
      if (orgs.empty()) {
        // The subject of the sentence (…有限公司总部位于…，是X的龙头企业), when it is the only organisation before 是.
        int org = -1;
        bool other = false;
        for (const Anchor* a : anchors_in(doc, doc.sentence_of(is).begin, is)) {
          if (!is_org(entity_type(doc, a->entity))) continue;
          if (org < 0)
            org = a->entity;
          else if (a->entity != org)
            other = true;
        }
        if (org >= 0 && !other) orgs.push_back(org);
      }
      for (int org : orgs)
        doc.add_fact(org, Relation::memberOf, cl->entity, static_cast<std::uint32_t>(pos), "member-leading-firm", 0.7);
    }
}

// An article about one cluster: the firms it presents (named after the cluster, or in a
// sentence about the cluster) are taken as its members, with a low confidence
// (rule "member-article-cluster"). Investment firms and firms already placed in a
// cluster are left out.
void article_cluster_members(Document& doc) {
  const auto& t = doc.text;
  int cluster = -1;
  std::uint32_t first = 0;
  for (const auto& a : doc.anchors)
    if (entity_type(doc, a.entity) == EntityType::IndustrialCluster) {
      if (cluster >= 0 && a.entity != cluster) return;
      if (cluster < 0) first = a.begin;
      cluster = a.entity;
    }
  if (cluster < 0) return;
  // Only a cluster with a place: a trend (中国人工智能产业集群) has no members to name.
  bool located = false;
  std::vector<bool> placed(doc.entities.size(), false);
  for (const auto& f : doc.facts) {
    if (f.relation == Relation::memberOf) placed[static_cast<std::size_t>(f.subject)] = true;
    if (f.relation == Relation::locatedIn && f.subject == cluster) located = true;
  }
  if (!located) return;
  // Where each entity is placed (locatedIn, partOf), read once from the facts.
  std::vector<std::vector<int>> up(doc.entities.size());
  for (const auto& f : doc.facts)
    if ((f.relation == Relation::locatedIn || f.relation == Relation::partOf) && f.object >= 0)
      up[static_cast<std::size_t>(f.subject)].push_back(f.object);
  // The divisions an entity is placed in, directly or through its zone (up to three steps).
  auto divisions = [&](int entity) {
    std::vector<std::string_view> out;
    std::vector<int> at{entity};
    for (int step = 0; step < 3 && !at.empty(); ++step) {
      std::vector<int> next;
      for (int e : at)
        for (int o : up[static_cast<std::size_t>(e)]) {
          if (is_division_entity(doc, o))
            out.push_back(doc.entities[static_cast<std::size_t>(o)].place->code);
          else
            next.push_back(o);
        }
      at = std::move(next);
    }
    return out;
  };
  const auto cluster_places = divisions(cluster);
  const auto& gaz = doc.kb.gazetteer();
  // A firm placed only outside the cluster's places (a customer in another province) is no member.
  auto elsewhere = [&](int firm) {
    const auto places = divisions(firm);
    if (places.empty() || cluster_places.empty()) return false;
    for (auto p : places)
      for (auto c : cluster_places)
        if (p == c || gaz.is_within(p, c) || gaz.is_within(c, p)) return false;
    return true;
  };
  for (const auto& a : doc.anchors) {
    if (a.reference() || entity_type(doc, a.entity) != EntityType::Company ||
        placed[static_cast<std::size_t>(a.entity)])
      continue;
    if (is_investor_name(doc.entities[static_cast<std::size_t>(a.entity)].name) || elsewhere(a.entity)) continue;
    const auto& s = doc.sentence_of(a.begin);
    const bool about =
        a.begin > first || find_in_text(t.substr(s.begin, s.end - s.begin), U"集群") != std::u32string_view::npos;
    if (!about) continue;
    doc.add_fact(a.entity, Relation::memberOf, cluster, a.begin, "member-article-cluster", 0.5);
    placed[static_cast<std::size_t>(a.entity)] = true;
  }
}

// "集群首批链主和骨干企业名录，共6家：" then "1.华润微电子有限公司，主攻…": the firm that opens
// each item of the list is a member of the cluster the heading names (or the latest before).
void listed_members(Document& doc) {
  const auto& t = doc.text;
  int cluster = -1;
  for (const auto& s : doc.sentences) {
    if (cluster >= 0 && opens_list_item(doc, s)) {
      for (const Anchor* a : anchors_in(doc, s.begin, s.end))
        if (is_org(entity_type(doc, a->entity))) {
          doc.add_fact(a->entity, Relation::memberOf, cluster, a->begin, "member-listed", 0.7);
          break;
        }
      continue;
    }
    cluster = -1;
    if (!announces_list(doc, s)) continue;
    const std::u32string_view sv = t.substr(s.begin, s.end - s.begin);
    if (find_in_text(sv, U"集群") == std::u32string_view::npos ||
        !contains_any(sv, {U"链主", U"骨干企业", U"龙头企业", U"成员", U"企业名录", U"企业名单"}))
      continue;
    for (const Anchor* a : anchors_in(doc, s.begin, s.end))
      if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) cluster = a->entity;
    if (cluster >= 0) continue;
    // Else the cluster the article names most often (a heading refers to it as 集群).
    std::vector<int> named(doc.entities.size(), 0);
    for (const auto& a : doc.anchors)
      if (!a.reference() && entity_type(doc, a.entity) == EntityType::IndustrialCluster)
        ++named[static_cast<std::size_t>(a.entity)];
    for (std::size_t e = 0; e < named.size(); ++e)
      if (named[e] > 0 && (cluster < 0 || named[e] > named[static_cast<std::size_t>(cluster)]))
        cluster = static_cast<int>(e);
  }
}

// "<organ>…印发/发布《policy》": the organ nearest before the verb.
void policy_issuers(Document& doc) {
  const auto& t = doc.text;
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::Policy || a.reference()) continue;
    const auto& s = doc.sentence_of(a.begin);
    const std::uint32_t lo = std::max(s.begin, a.begin > 60 ? a.begin - 60 : 0u);
    const Anchor* issuer = nullptr;
    for (const Anchor* b : anchors_in(doc, lo, a.begin)) {
      if (b->end > a.begin || entity_type(doc, b->entity) != EntityType::GovernmentBody) continue;
      const std::u32string_view gap = t.substr(b->end, a.begin - b->end);
      if (contains_any(gap, {U"印发", U"发布", U"出台", U"公布", U"制定", U"颁布", U"推出", U"下发"})) issuer = b;
    }
    if (issuer) {
      doc.add_fact(a.entity, Relation::issuedBy, issuer->entity, a.begin, "policy-issuer", 0.8);
      // "A、B和C联合发布《…》", "A与B联合印发《…》": the organs listed with it issue it too.
      for (int org : listed_orgs(doc, issuer->end, lo))
        if (org != issuer->entity && entity_type(doc, org) == EntityType::GovernmentBody)
          doc.add_fact(a.entity, Relation::issuedBy, org, a.begin, "policy-issuer", 0.75);
    }
    // "《…办法》…，该办法由市工业和信息化局、市财政局联合印发": the organs after 由 in the
    // policy's sentence, before a verb of issuing.
    for (std::size_t k = find_in_text(t.substr(a.end, s.end - a.end), U"由"); k != std::u32string_view::npos;) {
      const std::uint32_t p = a.end + static_cast<std::uint32_t>(k);
      const std::uint32_t hi = std::min<std::uint32_t>(s.end, p + 48);
      std::size_t v = std::u32string_view::npos;
      for (std::u32string_view w : {U"印发", U"发布", U"出台", U"制定", U"联合下发", U"下发"})
        v = std::min(v, find_in_text(t.substr(p, hi - p), w));
      if (v == std::u32string_view::npos) break;
      for (const Anchor* b : anchors_in(doc, p + 1, p + static_cast<std::uint32_t>(v)))
        if (entity_type(doc, b->entity) == EntityType::GovernmentBody)
          doc.add_fact(a.entity, Relation::issuedBy, b->entity, a.begin, "policy-issued-by", 0.75);
      break;
    }
    // "A、B和C(共同)签署《…协议》": every signing organ.
    const std::uint32_t title = a.begin > 0 && t[a.begin - 1] == U'《' ? a.begin - 1 : a.begin;
    for (std::u32string_view v : {U"共同签署", U"联合签署", U"签署", U"签订"})
      if (doc.before(title, v)) {
        for (int org : listed_orgs(doc, title - static_cast<std::uint32_t>(v.size()), lo))
          if (entity_type(doc, org) == EntityType::GovernmentBody)
            doc.add_fact(a.entity, Relation::issuedBy, org, a.begin, "policy-signers", 0.75);
        break;
      }
  }
}

}  // namespace

// The entries of a chain map, a sector opening its clause and the firms of that link:
// "正极材料有A公司", "动力电池领域以A为龙头", "电驱电控领域集聚了A等企业", "整车领域汇聚A、B、C等企业",
// "充换电服务由A等承担", "——创新药板块,连云港的A、苏州工业园区的B入选".
void chain_map_entries(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kLinks[] = {U"领域", U"环节", U"板块", U"方面"};
  static constexpr std::u32string_view kVerbs[] = {U"集聚了", U"汇聚了", U"聚集了", U"集聚", U"汇聚", U"聚集",
                                                   U"主要有", U"企业有", U"有",     U"以",   U"由"};
  for (const auto& s : doc.anchors) {
    if (s.reference() || entity_type(doc, s.entity) != EntityType::Sector) continue;
    // The sector opens its clause (after a list mark such as —— or 1.).
    std::uint32_t b = s.begin;
    while (b > 0 && (has_char(U"—-", t[b - 1]) || t[b - 1] == ' ')) --b;
    if (b > 0 && !is_boundary_char(t[b - 1]) && !has_char(U"。，；：、,;:.\n", t[b - 1])) continue;
    std::uint32_t q = s.end;
    bool link = false;
    for (std::u32string_view w : kLinks)
      if (doc.at(q, w)) {
        q += static_cast<std::uint32_t>(w.size());
        link = true;
        break;
      }
    std::u32string_view verb;
    const bool comma = link && q < t.size() && (t[q] == U'，' || t[q] == ',');
    if (comma) {
      ++q;
    } else {
      for (std::u32string_view w : kVerbs)
        if (doc.at(q, w)) {
          verb = w;
          q += static_cast<std::uint32_t>(w.size());
          break;
        }
      if (verb.empty()) continue;
      // (以 and 由 only with a link word or a firm right after: 以…为龙头, 由…承担.)
      if ((verb == U"以" || verb == U"有") && !link && doc.entity_starting_at(q) < 0) continue;
      // "以总部位于包河区的国轩高科为龙头": a short relative clause before the firm.
      if (verb == U"以" && doc.entity_starting_at(q) < 0)
        for (std::uint32_t k = q; k < t.size() && k < q + 14 && !is_boundary_char(t[k]); ++k)
          if (t[k] == U'的' && doc.entity_starting_at(k + 1) >= 0) {
            q = k + 1;
            break;
          }
    }
    // The firms, each maybe after its place and 的 (连云港的恒瑞医药).
    std::vector<int> firms;
    std::uint32_t p = q;
    for (int guard = 0; guard < 12; ++guard) {
      std::size_t k = doc.first_anchor_from(p);
      if (k >= doc.anchors.size() || doc.anchors[k].begin != p) break;
      if (comma && is_location_entity(doc, doc.anchors[k].entity)) {
        std::uint32_t e = doc.anchors[k].end;
        while (doc.entity_starting_at(e) >= 0 && is_location_entity(doc, doc.entity_starting_at(e)))
          e = doc.anchors[doc.first_anchor_from(e)].end;
        if (!doc.at(e, U"的")) break;
        k = doc.first_anchor_from(e + 1);
        if (k >= doc.anchors.size() || doc.anchors[k].begin != e + 1) break;
      }
      const Anchor& f = doc.anchors[k];
      const auto ft = entity_type(doc, f.entity);
      if (ft != EntityType::Company && ft != EntityType::Institution) break;
      firms.push_back(f.entity);
      p = f.end;
      if (const std::uint32_t after = after_list_word(doc, p); after > 0)
        p = after;
      else
        break;
    }
    if (firms.empty()) continue;
    // What closes the list says it is one: 为龙头, 等企业, 承担, 入选, or the clause's end.
    std::uint32_t e = p;
    if (doc.at(e, U"等")) ++e;
    const bool closed =
        comma ? (doc.at(e, U"入选") || doc.at(e, U"上榜") || doc.at(e, U"在列"))
        : verb == U"以" ? (doc.at(e, U"为龙头") || doc.at(e, U"为链主") || doc.at(e, U"为代表") || doc.at(e, U"为核心"))
                        : (e >= t.size() || has_char(U"。，；,;\n", t[e]) || doc.at(e, U"企业") || doc.at(e, U"承担") ||
                           doc.at(e, U"负责") || doc.at(e, U"为代表"));
    if (!closed) continue;
    for (int f : firms)
      if (f != s.entity) doc.add_fact(f, Relation::inSector, s.entity, s.begin, "chain-map-entry", 0.7);
  }
}

// "上述三家企业均是集群骨干", "上述链主企业均是江苏生物医药产业集群的核心成员": the firms named
// just above (the sentences before that name firms, back to one that names none; the last N
// when a count is given) are members of the cluster named there, or of the item's latest one
// for a bare 集群.
void members_named_above(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t at = find_in_text(t, U"上述"); at != std::u32string_view::npos;
       at = find_in_text(t, U"上述", at + 1)) {
    const auto p = static_cast<std::uint32_t>(at);
    const std::uint32_t ce = doc.clause_end(p);
    // The count: 上述三家企业, 上述5家企业.
    const std::size_t count = p + 3 < ce && t[p + 3] == U'家' ? small_count(t[p + 2]) : 0;
    // Firms of them, then a verb of being, then the cluster and a member's role.
    const auto firms_word = find_in_text(t.substr(0, ce), U"企业", p);
    if (firms_word == std::u32string_view::npos || firms_word > p + 8) continue;
    std::uint32_t q = static_cast<std::uint32_t>(firms_word) + 2;
    bool verb = false;
    for (std::u32string_view v :
         {U"均是", U"都是", U"均为", U"都为", U"均属于", U"共同构成", U"构成", U"组成", U"是", U"为"})
      if (doc.at(q, v)) {
        q += static_cast<std::uint32_t>(v.size());
        verb = true;
        break;
      }
    if (!verb) continue;
    int cluster = -1;
    std::uint32_t after = 0;
    for (const Anchor* a : anchors_in(doc, q, std::min<std::uint32_t>(ce, q + 30)))
      if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) {
        cluster = a->entity;
        after = a->end;
        break;
      }
    if (cluster < 0 && doc.at(q, U"集群")) {
      cluster = latest_cluster_before(doc, p, 600);
      after = q + 2;
    }
    if (cluster < 0) continue;
    if (doc.at(after, U"的")) ++after;
    if (!contains_any(t.substr(after, std::min<std::uint32_t>(ce, after + 8) - after),
                      {U"成员", U"链主", U"龙头", U"骨干", U"核心"}))
      continue;
    // The firms above, latest first: back over the sentences, past ones that name none until
    // some are found.
    std::vector<int> firms;
    const int si = doc.sentence_at(p);
    for (int k = si; k >= 0 && si - k < 8; --k) {
      const auto& s = doc.sentences[static_cast<std::size_t>(k)];
      std::vector<int> here;
      for (const Anchor* a : anchors_in(doc, s.begin, std::min(s.end, p)))
        if (!a->reference() && entity_type(doc, a->entity) == EntityType::Company &&
            !is_investor_name(doc.entities[static_cast<std::size_t>(a->entity)].name))
          here.push_back(a->entity);
      if (here.empty() && !firms.empty() && s.end - s.begin > 12)
        break;  // (a heading such as "3.下游环节。" does not end them)
      for (auto it = here.rbegin(); it != here.rend(); ++it)
        if (std::find(firms.begin(), firms.end(), *it) == firms.end()) firms.push_back(*it);
    }
    if (count > 0 && firms.size() > count) firms.resize(count);
    for (int f : firms) doc.add_fact(f, Relation::memberOf, cluster, p, "member-named-above", 0.7);
  }
}

void role_relations(Document& doc) {
  cluster_sectors(doc);
  cluster_known_for(doc);
  sectors_in_names(doc);
  company_sectors(doc);
  chain_leader_sectors(doc);
  chain_map_entries(doc);
  zone_sectors(doc);
  project_and_fund_sectors(doc);
  builder_sectors(doc);
  company_focus_sectors(doc);
  respective_sectors(doc);
  cluster_segments(doc);
  founders_and_members(doc);
  stated_members(doc);
  members_named_above(doc);
  listed_members(doc);
  article_cluster_members(doc);
  policy_issuers(doc);
}

}  // namespace ckg
