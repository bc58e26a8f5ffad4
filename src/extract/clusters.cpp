// Industrial clusters.
//
// Names: "[place][千亿级][sector]产业集群" (also …集群, …专业镇, …产业集聚区, …产业带);
// lists giving one cluster each ("生姜、大蒜、苹果等5个…产业集群", "陕西苹果、山东设施
// 蔬菜…等50个…产业带"); an industry with its place and a scale figure
// ("芜湖市低空经济产业营收达463.8亿元"); "S产业在A和B形成集聚、集群"; a quoted name
// without a sector (“三个千亿级产业集群”). A cluster named without a place takes
// the place of its context (place_clusters), and the mentions of one cluster
// are merged. The canonical name is "[place short name][sector]产业集群".
#include <algorithm>
#include <map>
#include <set>

#include "extract/document.h"
#include "extract/numbers.h"
#include "extract/triggers.h"
#include "util/char_set.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Words that may stand between the sectors and the cluster word, or before the sectors.
constexpr std::u32string_view kModifiers[] = {
    U"农产品出口", U"战略性新兴", U"优势特色", U"国家级", U"省级", U"市级",   U"县级", U"世界级", U"国际级", U"百亿级",
    U"特色",       U"优势",       U"出口",     U"重点",   U"主导", U"现代化", U"新的", U"新兴",   U"支柱",   U"循环",
    U"县域",       U"一批",       U"多个",     U"万吨",   U"新",   U"的",     U"个",   U"大",     U"等",     U"吨",
};

constexpr std::u32string_view kNational[] = {U"中国", U"全国", U"国家"};

constexpr std::u32string_view kCnDigits = U"零一二两三四五六七八九十百千万";

const std::u32string_view kClusterWord = U"产业集群";

bool is_generic_cluster_sector(const Document& doc, const std::string& s) {
  if (s == "先进制造业" || s == "现代服务业" || s == "新兴产业") return true;
  const SectorEntry* e = doc.kb.lexicon().sector(s);
  return e && e->broader.empty();
}

// Divisions by their short name (广东, 驻马店, 古田), unless a district shares
// it with other divisions (朝阳区, 鼓楼区 keep their full name).
std::string short_name(const Document& doc, const PlaceRef& p) {
  if (is_admin_division(p.type))
    if (const Division* d = doc.kb.gazetteer().by_code(p.key)) {
      if (d->short_name.empty()) return d->name;
      if (d->type == EntityType::District && doc.kb.gazetteer().by_short_name(d->short_name).size() > 1) return d->name;
      return d->short_name;
    }
  if (p.type == EntityType::Region)
    if (const RegionInfo* r = doc.kb.gazetteer().region_by_key(p.key))
      return r->aliases.empty() ? r->name : r->aliases[0];
  return p.key;
}

std::string full_name(const Document& doc, const PlaceRef& p) {
  if (is_admin_division(p.type))
    if (const Division* d = doc.kb.gazetteer().by_code(p.key)) return d->name;
  if (p.type == EntityType::Region)
    if (const RegionInfo* r = doc.kb.gazetteer().region_by_key(p.key)) return r->name;
  return p.key;
}

PlaceRef ref_of(const Candidate& c) { return {c.type, c.key}; }

// Names of a cluster on `sector` located at `places`: the canonical one first.
std::vector<std::string> cluster_names(const Document& doc, const std::vector<PlaceRef>& places,
                                       const std::string& prefix_surface, const std::string& sector) {
  std::vector<std::string> out;
  std::string canon;
  for (const auto& p : places) canon += short_name(doc, p);
  // A sector named with 产业 (钛产业) does not repeat it: 海城钛产业集群.
  const std::string head = sector.ends_with("产业") ? sector.substr(0, sector.size() - 6) : sector;
  const std::string sector_word = head.empty() ? sector : head;
  out.push_back(canon + sector_word + "产业集群");
  if (!prefix_surface.empty()) out.push_back(prefix_surface + sector_word + "产业集群");
  for (const auto& p : places) {
    out.push_back(short_name(doc, p) + sector_word + "产业集群");
    out.push_back(full_name(doc, p) + sector_word + "产业集群");
  }
  return out;
}

void set_names(Candidate& c, std::vector<std::string> names, bool local) {
  c.name = names.front();
  c.key = c.name;
  for (std::size_t i = 1; i < names.size(); ++i)
    if (names[i] != c.name) (local ? c.local_aliases : c.aliases).push_back(names[i]);
}

// Right-to-left parser over "[place][level][sectors][modifiers]<word>".
struct ClusterParse {
  ClusterParse(const Document& d, std::uint32_t begin) : doc(d), sb(begin) {}
  const Document& doc;
  std::uint32_t sb;   // start of the window looked at (in the sentence)
  std::string level;  // size class in yuan, if any
  std::vector<const Candidate*> sectors;
  std::vector<std::vector<PlaceRef>> item_places;  // per sector: its own place (list of pairs)
  std::vector<PlaceRef> places;                    // shared place before the first sector
  std::uint32_t places_begin = 0;
  bool national = false;

  // Skips modifiers, numerals and size classes leftwards from p; before a
  // place only a size class with 级 counts (not "营收约4000亿 大湾区…").
  std::uint32_t skip_modifiers(std::uint32_t p, bool levels_only = false) {
    const auto& t = doc.text;
    for (bool moved = true; moved && p > sb;) {
      moved = false;
      const std::uint32_t lo = std::max(sb, p > 12 ? p - 12 : 0u);
      for (const auto& m : find_money(t, lo, p))
        if (m.end == p && (m.level || (!levels_only && m.currency == "CNY"))) {
          if (level.empty()) level = m.value;
          p = static_cast<std::uint32_t>(m.begin);
          moved = true;
          break;
        }
      if (moved) continue;
      if (utf8::is_ascii_digit(t[p - 1])) {
        while (p > sb && utf8::is_ascii_digit(t[p - 1])) --p;
        moved = true;
        continue;
      }
      if (kCnDigits.find(t[p - 1]) != std::u32string_view::npos && p - 1 > sb &&
          !doc.longest_ending_at(p, is_sector_candidate)) {
        while (p > sb && kCnDigits.find(t[p - 1]) != std::u32string_view::npos) --p;
        moved = true;
        continue;
      }
      for (auto w : kModifiers)
        if (p >= sb + w.size() && t.substr(p - w.size(), w.size()) == w &&
            !doc.longest_ending_at(
                p, [&](const Candidate& c) { return is_sector_candidate(c) && c.end - c.begin > w.size(); })) {
          p -= static_cast<std::uint32_t>(w.size());
          moved = true;
          break;
        }
    }
    return p;
  }

  // Places (a chain) or a national word ending at p; returns the new start.
  std::uint32_t take_places(std::uint32_t p, std::vector<PlaceRef>& out) {
    std::vector<PlaceRef> chain;
    while (p > sb) {
      const Candidate* c = doc.longest_ending_at(p, is_location_candidate);
      if (!c || (!c->place && c->type != EntityType::Zone)) break;
      chain.push_back(ref_of(*c));
      p = c->begin;
    }
    std::reverse(chain.begin(), chain.end());
    out = std::move(chain);
    return p;
  }
};

bool inside_quotes_or_title(const Document& doc, std::uint32_t pos) {
  // A title 《…》 that holds pos, looking back a bounded way.
  const auto& t = doc.text;
  for (std::uint32_t k = pos, steps = 0; k > 0 && steps < 60; --k, ++steps) {
    if (t[k - 1] == U'》' || t[k - 1] == '\n') return false;
    if (t[k - 1] == U'《') return true;
  }
  return false;
}

void add_cluster(std::vector<Candidate>& out, Candidate c) {
  c.type = EntityType::IndustrialCluster;
  c.priority = 3;
  c.keeps_places = true;
  c.keeps_sectors = true;
  c.keeps_orgs = true;
  out.push_back(std::move(c));
}

// A sector named only in a cluster name (兴县铝镁新材料专业镇): the core before the word.
std::uint32_t unknown_core_start(const Document& doc, std::uint32_t p, std::uint32_t sb) {
  const auto& t = doc.text;
  std::uint32_t b = p;
  // "规模最大的产业集群": a degree, not a name (大 and 的 were skipped as modifiers).
  if (p > sb && has_char(U"最更较很", t[p - 1])) return p;
  // (The verbs are words: 集成电路 holds the 成 of 形成.)
  while (b > sb && p - b < 8 && utf8::is_han(t[b - 1]) &&
         std::u32string_view(U"的在与和及或是为将等了个把对从向").find(t[b - 1]) == std::u32string_view::npos &&
         !ends_with_any(t.substr(sb, b - sb), {U"打造", U"建设", U"形成", U"发展", U"培育", U"壮大", U"推动"}) &&
         !doc.longest_ending_at(b, is_location_candidate))
    --b;
  return b;
}

void cluster_from_word(const Document& doc, const Matcher::Match& h, std::vector<std::string>& rule_cores,
                       std::vector<Candidate>& out,
                       std::vector<std::pair<std::uint32_t, std::uint32_t>>& modifier_spans,
                       const std::vector<std::u32string_view>& towns) {
  const auto& t = doc.text;
  if (inside_quotes_or_title(doc, h.begin)) return;
  const std::u32string_view word = t.substr(h.begin, h.end - h.begin);
  const bool bare = word == U"集群";
  const auto& sent = doc.sentence_of(h.begin);
  ClusterParse cp(doc, std::max(sent.begin, h.begin > 120 ? h.begin - 120 : 0u));

  std::uint32_t p = h.begin;
  bool after_list = false;  // the sectors end at 等, before words of their own
  // "…等N个…的…产业集群": the list ends at 等.
  {
    const std::uint32_t cb = doc.clause_begin(h.begin);
    const std::u32string_view gap = t.substr(cb, h.begin - cb);
    const auto deng = gap.rfind(U'等');
    if (deng != std::u32string_view::npos && gap.size() - deng <= 26 && deng > 0) {
      const std::u32string_view between = gap.substr(deng + 1);
      // (Not "A、B等8家企业也宣布加入X产业集群": firms joining, not a list of sectors.)
      if (between.find(U'、') == std::u32string_view::npos &&
          !contains_any(between, {U"企业", U"加入", U"成为", U"入选", U"纳入"})) {
        const std::uint32_t dpos = cb + static_cast<std::uint32_t>(deng);
        if (doc.longest_ending_at(dpos, is_sector_candidate)) {
          for (const auto& m : find_money(t, dpos, h.begin))
            if (cp.level.empty()) cp.level = m.value;
          p = dpos;
          after_list = true;
        }
      }
    }
  }
  p = cp.skip_modifiers(p);
  if (p < h.begin) modifier_spans.emplace_back(p, h.begin);
  // A town that opens a cluster's name (丁蜀镇紫砂产业集群, 濮院毛衫产业集群 where the text names
  // 濮院镇): the cluster is named as written and placed by its context; the town is not part of
  // the sector. Returns where the town's name ends (after 镇/乡 if written), or b.
  static const CharSet kNotInTown{U"的在与和及或是为将等了个把对从向省市县区镇乡年月日届"};
  auto town_end = [&](std::uint32_t b, std::uint32_t limit) {
    for (std::uint32_t len = 2; len <= 3 && b + len + 2 <= limit; ++len) {
      // Each length adds one character to the name: test only that one.
      const std::uint32_t k = b + len - (len == 2 ? 2 : 1);
      if (!utf8::is_han(t[k]) || kNotInTown(t[k]) || (len == 2 && (!utf8::is_han(t[k + 1]) || kNotInTown(t[k + 1]))))
        break;
      if (has_char(U"镇乡", t[b + len])) return b + len + 1;
      if (std::find(towns.begin(), towns.end(), t.substr(b, len)) != towns.end()) return b + len;
    }
    return b;
  };
  // True if a place or zone spans position b (中山古镇: 山古 is not a town's name).
  auto inside_location = [&](std::uint32_t b) {
    bool inside = false;
    doc.candidates_in(b > 8 ? b - 8 : 0, b, [&](const Candidate& c) {
      if (c.begin < b && c.end > b && is_location_candidate(c)) inside = true;
    });
    return inside;
  };
  std::uint32_t town_begin = UINT32_MAX;
  if (const Candidate* s0 = doc.longest_ending_at(p, is_sector_candidate); s0 && !bare && s0->begin > cp.sb + 2) {
    // The town right before the lexicon sector.
    // Shortest first: 丁蜀镇 before 兴丁蜀镇 (宜兴丁蜀镇紫砂…).
    for (std::uint32_t back : {3u, 2u, 4u})
      if (const std::uint32_t b = s0->begin - back;
          s0->begin >= cp.sb + back && town_end(b, p) == s0->begin && !doc.longest_ending_at(b, is_sector_candidate) &&
          !inside_location(b) &&
          (has_char(U"镇乡", t[s0->begin - 1]) || b == cp.sb || !utf8::is_han(t[b - 1]) ||
           doc.longest_ending_at(b, is_location_candidate) || has_char(U"的在与和及、，,", t[b - 1]))) {
        town_begin = b;
        break;
      }
  }
  // A lexicon sector that ends a longer core after a place (兴县铝镁新材料专业镇): the core is the sector.
  std::uint32_t forced_core = UINT32_MAX;
  // (A zone referred to before the sector is no head: 高新区生物医药产业集群.)
  if (const Candidate* s0 = doc.longest_ending_at(p, is_sector_candidate);
      s0 && !bare && town_begin == UINT32_MAX &&
      !ends_with_any(t.substr(cp.sb, s0->begin - cp.sb),
                     {U"高新区", U"开发区", U"经开区", U"园区", U"新区", U"片区"})) {
    // The shortest head of two to four characters that a place opens or that makes a known core.
    // Also a head that opens its clause or list item (…和金属新材料产业集群).
    auto opens_item = [&](std::uint32_t k) {
      return !after_list && (k <= cp.sb || k == doc.clause_begin(k) || has_char(U"、和及与，,：:", t[k - 1]));
    };
    for (std::uint32_t k = s0->begin; k > cp.sb && s0->begin - k < 4;) {
      if (!utf8::is_han(t[k - 1]) || has_char(U"的在与和及或是为将等了个把对从向级亿万千百“”", t[k - 1])) break;
      if (doc.longest_ending_at(k, is_location_candidate)) break;
      if (k >= 2 && k - 2 >= cp.sb) {
        const std::u32string_view w = t.substr(k - 2, 2);
        // A national designation (国家先进电池材料产业集群) keeps its own parse.
        if (starts_with_any(w, {U"国家", U"中国", U"全国", U"省级", U"市级"})) break;
        // Nor does a generic word (全省电子信息产业集群: 全省 is a reference, not a head).
        if (is_generic_core(w)) break;
        // The object of a verb (建设海洋食品产业集群): the head starts after the verb.
        if (contains_cut_word(w) ||
            starts_with_any(w, {U"建设", U"打造", U"形成", U"发展", U"培育", U"壮大", U"推动", U"做强", U"加快",
                                U"重点", U"力争", U"围绕", U"聚焦", U"布局", U"提出", U"推进", U"支持", U"鼓励",
                                U"提升", U"加强", U"引导", U"延伸", U"做大", U"做优", U"巩固", U"认定", U"入选"})) {
          if (s0->begin - k >= 2 && !contains_cut_word(t.substr(k, p - k))) forced_core = k;
          break;
        }
      }
      --k;
      if (s0->begin - k < 2) continue;
      const std::string whole = doc.str(k, p);
      const bool known = std::find(rule_cores.begin(), rule_cores.end(), whole) != rule_cores.end();
      const bool placed = doc.longest_ending_at(k, is_location_candidate) != nullptr;
      if ((placed || known || opens_item(k)) && !contains_cut_word(t.substr(k, p - k)) &&
          (!doc.longest_ending_at(s0->begin, is_sector_candidate) || placed || opens_item(k))) {
        forced_core = k;
        break;
      }
    }
  }
  // Sectors, right to left, each possibly with its own place (陕西苹果、山东设施蔬菜).
  std::uint32_t first = p;
  std::vector<std::vector<PlaceRef>> own;
  for (int guard = 0; guard < 16 && forced_core == UINT32_MAX; ++guard) {
    const Candidate* s = doc.longest_ending_at(p, is_sector_candidate);
    if (!s || s->begin < cp.sb) break;
    cp.sectors.push_back(s);
    std::vector<PlaceRef> pl;
    std::uint32_t q = cp.take_places(s->begin, pl);
    first = s->begin;
    own.push_back(pl);
    const std::uint32_t before_item = pl.empty() ? s->begin : q;
    if (before_item > cp.sb && (t[before_item - 1] == U'、' || t[before_item - 1] == U'和' ||
                                t[before_item - 1] == U'及' || t[before_item - 1] == U'与')) {
      p = before_item - 1;
      first = pl.empty() ? first : q;
      continue;
    }
    if (!pl.empty()) first = q;
    break;
  }
  std::reverse(cp.sectors.begin(), cp.sectors.end());
  std::reverse(own.begin(), own.end());
  std::vector<std::string> sector_names;
  for (const Candidate* s : cp.sectors) sector_names.push_back(s->name);
  std::uint32_t core_begin = p;
  if (cp.sectors.empty()) {
    // A core that is not in the lexicon, when a place opens the name or the core is known here.
    std::uint32_t b = forced_core != UINT32_MAX ? forced_core : unknown_core_start(doc, p, cp.sb);
    for (std::uint32_t tb = b; tb < b + 2 && tb < p; ++tb)  // (2024年丁蜀镇…: after the date)
      if (const std::uint32_t te = town_end(tb, p); te > tb && p - te >= 2) {
        town_begin = tb;
        b = te;
        break;
      }
    if (p - b >= 2 && !bare && !contains_cut_word(t.substr(b, p - b))) {
      const std::string core = doc.str(b, p);
      std::vector<PlaceRef> pl;
      const std::uint32_t q = cp.take_places(b, pl);
      std::string known;
      for (const auto& rc : rule_cores)
        if (rc == core || rc.starts_with(core)) known = rc;
      // 专业镇 and 产业集聚区 are names of their own; 产业集群 needs a place before its core.
      const bool proper_word = word == U"专业镇" || word == U"产业集聚区";
      if (!is_generic_core(t.substr(b, p - b)) &&
          (!pl.empty() || !known.empty() || forced_core != UINT32_MAX || town_begin != UINT32_MAX ||
           (proper_word && p - b >= 3)) &&
          core.find("产业") == std::string::npos) {
        if (known.empty()) rule_cores.push_back(core);
        if (known.empty() || known == core) {
          Candidate s;
          s.begin = b;
          s.end = p;
          s.type = EntityType::Sector;
          s.name = name_key(core);
          s.key = s.name;
          s.confidence = 0.7;
          s.priority = 1;
          s.rule = "sector-cluster-core";
          out.push_back(std::move(s));
          known = core;
        }
        sector_names.push_back(known);
        own.push_back(pl);
        first = pl.empty() ? b : q;
        core_begin = b;
      }
    }
  }
  if (sector_names.empty()) {
    if (bare || word != kClusterWord) return;
    // No sector: a quoted name (“三个千亿级产业集群”) or a reference to the item's cluster.
    Candidate c;
    const bool quoted = h.end < t.size() && t[h.end] == U'”';
    std::uint32_t b = h.begin;
    if (quoted) {
      const auto open = t.rfind(U'“', h.begin);
      if (open == std::u32string_view::npos || h.begin - open > 16) return;
      b = static_cast<std::uint32_t>(open + 1);
    } else {
      b = cp.skip_modifiers(h.begin);
      // Only as the thing made (形成/打造/培育…新的千亿级产业集群), not as an effect (带动千亿产业集群).
      const std::uint32_t lo = b > 6 ? b - 6 : 0;
      if (!contains_any(t.substr(lo, b - lo),
                        {U"形成", U"打造", U"建成", U"培育", U"建设", U"壮大", U"成为", U"构建", U"发展"}))
        return;
    }
    for (const auto& m : find_money(t, b, h.begin))
      if (c.level_value.empty()) c.level_value = m.value;
    c.begin = b;
    c.end = h.end;
    c.name = name_key(doc.span(b, h.end));
    c.key = c.name;
    c.sectorless = true;  // unquoted: not a name; resolved as a reference (rule cluster-reference)
    c.confidence = 0.6;
    c.rule = quoted ? "cluster-quoted-name" : "cluster-reference";
    add_cluster(out, std::move(c));
    return;
  }
  // Level or places before the sectors (千亿级现代食品产业集群, 兴县铝镁…).
  std::uint32_t lead = cp.skip_modifiers(first, first < p);
  std::vector<PlaceRef> shared;
  std::uint32_t begin = cp.take_places(lead, shared);
  bool designation = false;  // 国家…产业集群: a national designation, located by its context
  if (shared.empty()) {
    begin = first;
    for (auto w : kNational)
      if (first >= cp.sb + w.size() && t.substr(first - w.size(), w.size()) == w) {
        (w == U"国家" ? designation : cp.national) = true;
        begin = first - static_cast<std::uint32_t>(w.size());
      }
    // "10个国家数据中心集群之一": a count of designations names their class, not a cluster.
    if (designation && (doc.at(h.end, U"之一") || (begin > cp.sb && t[begin - 1] == U'个'))) return;
  }
  // "机器人及智能制造产业集群", "钛及钛合金产业集群", "新能源汽车和新型储能产业集群": two
  // sectors joined by 及, 与 or 和 (and no 、) name one cluster of both, as national cluster
  // names do.
  if (cp.sectors.size() == 2 && sector_names.size() == 2 && own[1].empty() &&
      cp.sectors[0]->end + 1 == cp.sectors[1]->begin && has_char(U"及与和", t[cp.sectors[0]->end])) {
    if (!own[0].empty()) shared = own[0];  // 沈阳机器人及智能制造: the place of the first is the cluster's
    Candidate c;
    c.begin = begin;
    c.end = h.end;
    c.sector_names = sector_names;
    c.locations = shared;
    c.national = cp.national && shared.empty();
    c.level_value = cp.level;
    c.confidence = 0.8;
    c.rule = "cluster-joint-sectors";
    const std::string joint = sector_names[0] + utf8::encode(t.substr(cp.sectors[0]->end, 1)) + sector_names[1];
    const std::string surface = name_key(doc.span(begin, h.end));
    if (!shared.empty()) {
      set_names(c, cluster_names(doc, shared, "", joint), false);
      if (surface != c.name) c.aliases.push_back(surface);
    } else {
      set_names(c, {joint + "产业集群"}, true);
      if (surface != c.name) c.local_aliases.push_back(surface);
    }
    add_cluster(out, std::move(c));
    return;
  }
  const bool single = sector_names.size() == 1;
  for (std::size_t i = 0; i < sector_names.size(); ++i) {
    std::vector<PlaceRef> places = own[i].empty() ? shared : own[i];
    // A generic class (先进制造业集群) is a cluster only with a place, and not as a
    // designation (国家先进制造业集群名单 names a list, not a cluster).
    if ((places.empty() || designation) && is_generic_cluster_sector(doc, sector_names[i])) continue;
    Candidate c;
    if (single) {
      c.begin = begin;
      c.end = h.end;
    } else {
      c.begin = i < cp.sectors.size() ? cp.sectors[i]->begin : core_begin;
      c.end = i < cp.sectors.size() ? cp.sectors[i]->end : p;
    }
    c.sector_names = {sector_names[i]};
    c.locations = places;
    c.national = cp.national && places.empty();
    c.level_value = cp.level;
    c.confidence = 0.85;
    c.rule = single ? "cluster-name" : "cluster-list";
    const std::string surface = name_key(doc.span(single ? begin : c.begin, single ? h.end : c.end));
    if (!places.empty() && single && town_begin != UINT32_MAX && town_begin >= begin && town_begin < first) {
      // 宜兴丁蜀镇紫砂产业集群: named from its town, in the place before it.
      set_names(c, {name_key(doc.span(town_begin, h.end))}, false);
      if (surface != c.name) c.aliases.push_back(surface);
    } else if (!places.empty()) {
      set_names(c, cluster_names(doc, places, "", sector_names[i]), false);
      if (single && surface != c.name) c.aliases.push_back(surface);
    } else if (c.national || designation) {
      const std::string nat = utf8::encode(t.substr(begin, first - begin));
      set_names(c, {nat + sector_names[i] + "产业集群"}, false);
      if (single && surface != c.name) c.aliases.push_back(surface);
      c.fixed_name = designation;
    } else if (single && town_begin != UINT32_MAX && town_begin < begin) {
      c.begin = town_begin;
      set_names(c, {name_key(doc.span(town_begin, h.end))}, false);
      c.fixed_name = true;  // placed by its context, named as written
    } else {
      set_names(c, {sector_names[i] + "产业集群"}, true);
      if (single && surface != c.name) c.local_aliases.push_back(surface);
    }
    add_cluster(out, std::move(c));
  }
}

// "芜湖市低空经济产业营收达463.8亿元", "中国人工智能产业…规模达到5000亿元".
void cluster_from_industry_scale(const Document& doc, std::vector<Candidate>& out) {
  const auto& t = doc.text;
  for (const auto& s : doc.candidates) {
    if (s.type != EntityType::Sector || !doc.at(s.end, U"产业") || doc.at(s.end, U"产业集群") ||
        doc.at(s.end, U"产业链"))
      continue;
    const auto& sent = doc.sentence_of(s.begin);
    const std::uint32_t hi = std::min<std::uint32_t>(sent.end, s.end + 26);
    const std::u32string_view after = t.substr(s.end + 2, hi > s.end + 2 ? hi - s.end - 2 : 0);
    const auto cue = after.find_first_of(U"规营产");
    if (cue == std::u32string_view::npos) continue;
    if (!contains_any(after, {U"规模达", U"营收达", U"营收突破", U"产值达", U"产值突破", U"产值超", U"规模突破",
                              U"规模超", U"营业收入达"}))
      continue;
    if (find_money(t, s.end + 2, hi).empty()) continue;
    ClusterParse cp(doc, std::max(sent.begin, s.begin > 24 ? s.begin - 24 : 0u));
    std::vector<PlaceRef> places;
    std::uint32_t begin = cp.take_places(s.begin, places);
    bool national = false;
    if (places.empty())
      for (auto w : kNational)
        if (doc.before(s.begin, w)) {
          national = true;
          begin = s.begin - static_cast<std::uint32_t>(w.size());
        }
    if (places.empty() && !national) continue;
    Candidate c;
    c.begin = begin;
    c.end = s.end + 2;
    c.sector_names = {s.name};
    c.locations = places;
    c.national = national;
    c.confidence = 0.7;
    c.rule = "cluster-industry-scale";
    if (national)
      set_names(c, {doc.str(begin, s.begin) + s.name + "产业集群"}, false);
    else
      set_names(c, cluster_names(doc, places, "", s.name), false);
    c.local_aliases.push_back(name_key(doc.span(c.begin, c.end)));
    add_cluster(out, std::move(c));
  }
}

// "推动轻纺产业在七星关区和毕节高新区形成集聚、集群": a cluster of the sector at those places.
void cluster_from_forming(const Document& doc, std::vector<Candidate>& out) {
  const auto& t = doc.text;
  for (const auto& s : doc.candidates) {
    if (s.type != EntityType::Sector || !doc.at(s.end, U"产业在")) continue;
    std::uint32_t p = s.end + 3;
    std::vector<PlaceRef> places;
    for (int guard = 0; guard < 6; ++guard) {
      const Candidate* c = doc.longest_starting_at(p, is_location_candidate);
      if (!c) break;
      places.push_back(ref_of(*c));
      p = c->end;
      if (p < t.size() && (t[p] == U'、' || t[p] == U'和' || t[p] == U'及')) {
        ++p;
        continue;
      }
      break;
    }
    if (places.empty()) continue;
    const std::uint32_t ce = doc.clause_end(p);
    const std::u32string_view rest = t.substr(p, ce - p);
    if (!(rest.starts_with(U"形成") && contains_any(rest.substr(0, 12), {U"集群", U"集聚"}))) continue;
    Candidate c;
    c.begin = s.begin;
    c.end = s.end + 2;
    c.sector_names = {s.name};
    c.locations = places;
    c.confidence = 0.65;
    c.rule = "cluster-forming";
    set_names(c, cluster_names(doc, places, "", s.name), false);
    std::vector<std::string> local;
    for (const auto& a : c.aliases) local.push_back(a);
    c.local_aliases = local;
    c.aliases.clear();
    add_cluster(out, std::move(c));
  }
}

}  // namespace

void find_clusters(Document& doc) {
  doc.index_candidates();
  std::vector<std::string> rule_cores;
  std::vector<Candidate> out;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> modifier_spans;
  // Longest cluster word at each end position (产业集群 over 集群), in text order.
  std::vector<const Matcher::Match*> words;
  std::uint32_t last_end = UINT32_MAX;
  for (const auto& h : doc.hits) {
    bool is_word = false;
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Trigger))
      if (triggers()[static_cast<std::size_t>(p.index)].family == TriggerFamily::Cluster) is_word = true;
    if (!is_word || h.end == last_end) continue;
    last_end = h.end;
    words.push_back(&h);
  }
  // Towns the text names (濮院镇, 丁蜀镇): their names of two and three characters.
  std::vector<std::u32string_view> towns;
  for (std::size_t at = find_char(doc.text, U'镇'); at != std::u32string_view::npos;
       at = find_char(doc.text, U'镇', at + 1))
    for (std::size_t len = 2; len <= 3 && at >= len; ++len) {
      const auto name = doc.text.substr(at - len, len);
      if (std::all_of(name.begin(), name.end(), [](char32_t c) { return utf8::is_han(c); })) towns.push_back(name);
    }
  // A first pass learns the sectors that only cluster names give (铝镁新材料), so
  // that a mention before the full name finds them too.
  // cluster_from_word reads nothing else that changes, so when the first pass
  // learned no core the second would repeat it exactly: its result stands.
  for (const auto* h : words) cluster_from_word(doc, *h, rule_cores, out, modifier_spans, towns);
  if (!rule_cores.empty()) {
    out.clear();
    modifier_spans.clear();
    for (const auto* h : words) cluster_from_word(doc, *h, rule_cores, out, modifier_spans, towns);
  }
  for (const auto& s : modifier_spans) doc.modifier_spans.push_back(s);
  cluster_from_industry_scale(doc, out);
  cluster_from_forming(doc, out);
  for (auto& c : out) doc.candidates.push_back(std::move(c));
}

}  // namespace ckg

namespace ckg {
namespace {

bool is_located_place(const Candidate& m) { return (is_place(m.type) && m.place) || m.type == EntityType::Zone; }

// The places of a group that starts with mention i: a chain (安徽省淮南市 ->
// 淮南市, the most specific) and a list of chains (贵阳市、贵安新区).
std::vector<PlaceRef> place_group(const Document& doc, std::size_t i) {
  std::vector<PlaceRef> out;
  const auto& t = doc.text;
  std::size_t k = i;
  for (int guard = 0; guard < 8 && k < doc.mentions.size(); ++guard) {
    const Candidate* last = &doc.mentions[k];
    std::size_t j = k + 1;
    while (j < doc.mentions.size() && doc.mentions[j].begin == last->end && is_located_place(doc.mentions[j])) {
      last = &doc.mentions[j];
      ++j;
    }
    out.push_back({last->type, last->key});
    const std::uint32_t e = last->end;
    if (e + 1 < t.size() && (t[e] == U'、' || t[e] == U'和' || t[e] == U'及') && j < doc.mentions.size() &&
        doc.mentions[j].begin == e + 1 && is_located_place(doc.mentions[j])) {
      k = j;
      continue;
    }
    break;
  }
  return out;
}

// First place group among the mentions in [from, to).
std::vector<PlaceRef> first_group_in(const Document& doc, std::uint32_t from, std::uint32_t to) {
  for (std::size_t i = doc.first_mention_from(from); i < doc.mentions.size() && doc.mentions[i].begin < to; ++i)
    if (is_located_place(doc.mentions[i])) return place_group(doc, i);
  return {};
}

// The place of a cluster's context: the first place of the sentence before
// it (within a window), else the first place of the news item.
std::vector<PlaceRef> context_places(const Document& doc, std::uint32_t pos, const std::vector<long>& item_first) {
  auto places = first_group_in(doc, doc.local_begin(pos), pos);
  if (places.empty()) {
    const auto item = static_cast<std::size_t>(doc.item_at(pos));
    const long first = item_first[item];
    // A numbered point that opens with the cluster and names places only after it
    // ("1.绿色石化产业集群…主要分布在镇海区和北仑区") belongs to the place of the lead-in that
    // announced the list ("宁波市…介绍,三大优势产业集群支撑有力:").
    std::size_t opening = item;  // the list's first point: the lead-in is before it
    while (opening > 0 && doc.items[opening].numbered && doc.items[opening - 1].numbered) --opening;
    const Item& it = doc.items[opening];
    if (doc.items[item].numbered && it.begin > 1 &&
        (first < 0 || doc.mentions[static_cast<std::size_t>(first)].begin > pos)) {
      std::uint32_t lead_end = it.begin;
      while (lead_end > 0 && (doc.text[lead_end - 1] == U'\n' || doc.text[lead_end - 1] == U' ')) --lead_end;
      if (lead_end > 0 && (doc.text[lead_end - 1] == U':' || doc.text[lead_end - 1] == U'：')) {
        auto lead = first_group_in(doc, doc.sentence_of(lead_end - 1).begin, lead_end);
        if (!lead.empty()) return lead;
      }
    }
    if (first >= 0) places = place_group(doc, static_cast<std::size_t>(first));
  }
  return places;
}

// An article that names both 现代食品 and 食品 (the broader term without 现代)
// means one industry: the short form becomes an alias of the long one.
void unify_modern_sectors(Document& doc) {
  if (std::none_of(doc.mentions.begin(), doc.mentions.end(),
                   [](const Candidate& m) { return m.type == EntityType::Sector && m.name.starts_with("现代"); }))
    return;  // no long form to unify with
  std::set<std::string> names;
  for (const auto& m : doc.mentions)
    if (m.type == EntityType::Sector) names.insert(m.name);
  std::map<std::string, std::string> longer;
  for (const auto& n : names)
    if (n.starts_with("现代") && names.count(n.substr(std::string("现代").size())))
      longer[n.substr(std::string("现代").size())] = n;
  if (longer.empty()) return;
  for (auto& m : doc.mentions) {
    if (m.type == EntityType::Sector) {
      auto it = longer.find(m.name);
      if (it == longer.end()) continue;
      m.aliases.push_back(m.name);
      m.name = it->second;
      m.key = m.name;
    } else if (m.type == EntityType::IndustrialCluster && !m.sector_names.empty()) {
      auto it = longer.find(m.sector_names.front());
      if (it == longer.end()) continue;
      const std::string old = m.name;
      m.sector_names.front() = it->second;
      if (!m.locations.empty()) {
        auto names_new = cluster_names(doc, m.locations, "", it->second);
        m.name = names_new.front();
        m.key = m.name;
        for (std::size_t k = 1; k < names_new.size(); ++k) m.aliases.push_back(names_new[k]);
      } else if (!m.national && !m.fixed_name) {
        m.name = it->second + "产业集群";
        m.key = m.name;
      }
      if (old != m.name) m.aliases.push_back(old);
    }
  }
}

}  // namespace

void place_clusters(Document& doc) {
  // Clusters named without a sector and not quoted are references, not names.
  auto is_reference = [](const Candidate& m) {
    return m.type == EntityType::IndustrialCluster && m.rule == "cluster-reference";
  };
  if (std::any_of(doc.mentions.begin(), doc.mentions.end(), is_reference)) {
    std::vector<Candidate> kept;
    kept.reserve(doc.mentions.size());
    for (auto& m : doc.mentions) (is_reference(m) ? doc.cluster_refs : kept).push_back(std::move(m));
    doc.mentions = std::move(kept);
  }

  unify_modern_sectors(doc);
  std::vector<std::size_t> clusters;
  std::vector<long> item_first(doc.items.size(), -1);  // first place mention of each item
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    if (doc.mentions[i].type == EntityType::IndustrialCluster) clusters.push_back(i);
    auto& f = item_first[static_cast<std::size_t>(doc.item_at(doc.mentions[i].begin))];
    if (f < 0 && is_located_place(doc.mentions[i])) f = static_cast<long>(i);
  }
  const auto& t = doc.text;
  for (std::size_t ci : clusters) {
    auto& c = doc.mentions[ci];
    // "<cluster>在寿光、安丘…": more places.
    if (doc.at(c.end, U"在")) {
      const std::size_t j = doc.first_mention_from(c.end + 1);
      if (j < doc.mentions.size() && doc.mentions[j].begin == c.end + 1 && is_located_place(doc.mentions[j]))
        for (const auto& p : place_group(doc, j))
          if (std::find(c.locations.begin(), c.locations.end(), p) == c.locations.end()) c.locations.push_back(p);
    }
  }
  // Clusters with a place (or national), by sector: the ones a placeless mention may be.
  std::map<std::string, std::vector<std::size_t>> located;
  for (std::size_t ci : clusters) {
    const auto& c = doc.mentions[ci];
    if (!c.sector_names.empty() && (!c.locations.empty() || c.national)) located[c.sector_names.front()].push_back(ci);
  }
  // (The loop below changes only placeless mentions, so these stay as they are.)
  for (std::size_t ci : clusters) {
    auto& c = doc.mentions[ci];
    if (!c.locations.empty() || c.national) continue;
    if (c.sectorless || c.fixed_name) {
      // A quoted name without a sector, or a designation: the place of its context, its own name.
      auto places = context_places(doc, c.begin, item_first);
      if (places.empty()) continue;
      c.locations = places;
      if (c.sectorless) {
        std::string prefix;
        for (const auto& p : places) prefix += short_name(doc, p);
        c.local_aliases.push_back(c.name);
        c.name = prefix + c.name;
        c.key = c.name;
      }
      continue;
    }
    if (c.sector_names.empty()) continue;
    // A cluster of two sectors joined by 及, 与 or 和 is named by both, with the word written.
    std::string sector = c.sector_names.front();
    if (c.rule == "cluster-joint-sectors" && c.sector_names.size() == 2) {
      sector = c.sector_names[0] + "及" + c.sector_names[1];
      for (const char* word : {"与", "和"})
        if (const std::string with = c.sector_names[0] + word + c.sector_names[1];
            doc.str(c.begin, c.end).find(with) != std::string::npos)
          sector = with;
    }
    // The one cluster of this sector (or of a sector it begins) that has a place in this article.
    const Candidate* adopt = nullptr;
    bool ambiguous = false;
    for (auto it = located.lower_bound(sector); it != located.end() && it->first.starts_with(sector) && !ambiguous;
         ++it)
      for (std::size_t oi : it->second) {
        const Candidate& o = doc.mentions[oi];
        if (adopt && adopt->key != o.key) {
          ambiguous = true;
          break;
        }
        adopt = &o;
      }
    const std::string surface = name_key(doc.span(c.begin, c.end));
    if (adopt && !ambiguous) {
      const std::string own = c.name;
      c.name = adopt->name;
      c.key = adopt->key;
      c.locations = adopt->locations;
      c.national = adopt->national;
      c.sector_names = adopt->sector_names;
      c.aliases = adopt->aliases;
      c.local_aliases.push_back(own);
      c.local_aliases.push_back(surface);
      c.rule = "cluster-same-cluster";
      continue;
    }
    auto places = context_places(doc, c.begin, item_first);
    if (places.empty()) continue;
    c.locations = places;
    c.local_aliases.push_back(c.name);
    std::vector<std::string> names = cluster_names(doc, places, "", sector);
    c.name = names.front();
    c.key = c.name;
    for (std::size_t k = 1; k < names.size(); ++k) c.local_aliases.push_back(names[k]);
    c.rule = "cluster-context-place";
  }
  (void)t;
}

}  // namespace ckg
