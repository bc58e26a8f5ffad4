// Development zones, high-tech zones, industrial parks and towns, from their
// shape: a name suffix (经济技术开发区, 高新区, 产业园, 小镇 …), a place-like
// noun after a verb of location (落户在上海市张江人工智能岛), or an apposition
// (长阳创谷是…试点园区).
#include <algorithm>

#include "extract/org_shapes.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

bool all_han(std::u32string_view s) {
  for (char32_t c : s)
    if (!utf8::is_han(c)) return false;
  return !s.empty();
}

// keep_last: 贵州毕节高新区 -> 毕节高新区 (a generic suffix needs its place);
// otherwise 上海市张江人工智能岛 -> 张江人工智能岛.
void add_zone(Document& doc, std::uint32_t b, std::uint32_t e, const char* rule, double conf, int priority,
              bool keep_last = true) {
  Candidate c = shaped_candidate(doc, b, e, EntityType::Zone, rule, conf, priority);
  c.keeps_places = true;
  c.keeps_sectors = true;
  const std::string shorter = without_leading_places(doc, b, e, keep_last);
  // After a chain of places (黑龙江省绥化市肇东经济开发区, 贵州毕节高新区) the zone is named from the
  // last of them (肇东经济开发区), as it calls itself; the whole text stays another name.
  // (A municipality and its district name zones officially: 重庆永川高新技术产业开发区.)
  std::uint32_t places = 0;
  for (std::uint32_t p = b; p < e && places < 3;) {
    const Candidate* x = doc.longest_starting_at(p, [&](const Candidate& y) { return is_place(y.type) && y.end < e; });
    if (!x) break;
    const bool municipality = places == 0 && x->place && x->type == EntityType::Province &&
                              (x->key == "110000" || x->key == "120000" || x->key == "310000" || x->key == "500000");
    if (!municipality) ++places;
    p = x->end;
  }
  if (keep_last && places >= 2 && !shorter.empty() && shorter != c.name) {
    c.aliases.push_back(c.name);
    c.name = shorter;
    c.key = shorter;
  } else if (!shorter.empty() && shorter != c.name) {
    c.merge_names.push_back(shorter);
  }
  doc.candidates.push_back(std::move(c));
}

void zone_by_suffix(Document& doc, const Matcher::Match& h, const Trigger& tr) {
  const auto& t = doc.text;
  const std::uint32_t min_start = doc.sentence_of(h.begin).begin;
  // A known zone that ends here (滇中新区) is the name; one that ends a little later holds the
  // suffix (苏州工业园区 holds 工业园).
  for (std::uint32_t k = 0; k <= 2 && h.end + k <= t.size(); ++k)
    if (doc.longest_ending_at(h.end + k, [&](const Candidate& c) {
          return c.from_lexicon && c.type == EntityType::Zone && c.begin <= h.begin;
        }))
      return;
  std::uint32_t start = scan_name_start(t, h.begin, static_cast<std::uint32_t>(tr.max_core), min_start);
  start = extend_over_brackets(doc, start, min_start, static_cast<std::uint32_t>(tr.max_core));
  start = after_overlapping(doc, start, h.begin);
  // A start inside a place (the length limit cut 柳州 to 州) moves to the place's start.
  start = start_before_cut(doc, start, h.begin, min_start, [](const Candidate& c) { return is_place(c.type); });
  start = extend_over_dashed_places(doc, start, min_start);
  // "在麻章区建设湛江临港冷链物流园": the name starts after the verb that builds it.
  // (Three characters of name at least after it.)
  for (std::uint32_t k = h.begin >= 3 ? h.begin - 3 : 0; k >= start + 2 && k > 1; --k)
    if (doc.before(k, U"建设") || doc.before(k, U"打造") || doc.before(k, U"新建") || doc.before(k, U"投建")) {
      start = k;
      break;
    }
  if (h.begin < start + 2) return;
  const std::u32string_view core = t.substr(start, h.begin - start);
  if (is_generic_core(core)) return;
  // A bare 园区 names a park only after a place, as a zone's part (霍尔果斯园区、伊宁园区和清水河
  // 配套园区): the place, perhaps one more word, and 园区.
  if (tr.suffix == U"园区") {
    const Candidate* place = doc.longest_starting_at(start, [](const Candidate& c) { return is_place(c.type); });
    if (!place || h.begin - place->end > 4 || !all_han(core)) return;
    const std::u32string_view word = t.substr(place->end, h.begin - place->end);  // the word between
    if (!word.empty() &&
        (is_generic_core(word) || starts_with_any(word, {U"建设", U"共建", U"打造", U"新建", U"规划", U"特色"})))
      return;
  }
  // A division whose name ends like a zone (天津市滨海新区, 浦东新区) is the division.
  if (doc.longest_ending_at(h.end, [&](const Candidate& c) { return is_division_candidate(c) && c.begin < h.begin; }))
    return;
  // Not a date or a count (2024年新区…, 19座国家级新区, 全国230家国家级经开区), nor a time (数博会期间高新区…).
  if (utf8::is_ascii_digit(core[0]) || core[0] == U'座' || core.find(U"期间") != std::u32string_view::npos) return;
  // Nor a period (上半年开发区共实施…).
  if (starts_with_any(core, {U"上半年", U"下半年", U"今年", U"去年", U"全年", U"年内", U"前三季度", U"一季度"})) return;
  // A kind of chemical park (湖北省重点化工园区, 传统化工园区, 省人民政府认定的化工园区) is no name.
  if (tr.suffix == U"化工园区" && (ends_with_any(core, {U"重点", U"传统", U"省级", U"合规", U"专业"}) ||
                                   core.find(U"政府") != std::u32string_view::npos))
    return;
  // A national designation (国家大数据综合试验区, 全国…合作区) names a programme, not a zone.
  if ((tr.suffix == U"综合试验区" || tr.suffix == U"合作区") && starts_with_any(core, {U"国家", U"全国"})) return;
  for (std::size_t k = 0; k + 1 < core.size(); ++k)
    if (utf8::is_ascii_digit(core[k]) && has_char(U"家座个", core[k + 1])) return;
  // A bare sector before a generic suffix is not a name (人工智能产业园 is one only with a place):
  // 轨道交通装备配套产业园, 百亿级产业园.
  if (tr.suffix == U"小镇" || tr.suffix == U"产业园" || tr.suffix == U"工业园" || tr.suffix == U"科技园") {
    if (core.size() > 10) return;
    if (core.find(U"亿级") != std::u32string_view::npos) return;
    std::u32string_view bare = core;
    for (std::u32string_view w : {U"配套", U"特色", U"专业", U"产业"})
      if (bare.ends_with(w)) bare.remove_suffix(w.size());
    const bool placed = doc.longest_starting_at(start, [](const Candidate& c) { return is_place(c.type); }) != nullptr;
    // (小镇 keeps such names: 航空小镇 is a town's name.)
    if (!placed && tr.suffix != U"小镇" && (bare.empty() || doc.kb.lexicon().sector(utf8::encode(bare)) != nullptr))
      return;
  }
  add_zone(doc, start, h.end, "zone-suffix", 0.8, 2);
}

// 落户在上海市张江人工智能岛 / 位于…的X谷: a place-like noun after a verb of location.
void zone_after_location_verb(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kVerbs[] = {U"落户在", U"落户于", U"落户", U"位于", U"坐落于", U"入驻", U"地处"};
  static constexpr std::u32string_view kNouns[] = {U"岛", U"谷", U"城", U"港", U"湾", U"基地", U"园", U"街区"};
  std::size_t resume = 0;
  for (AnyOf at(t, U"落位坐入地"); at.pos() < t.size() && at.pos() + 2 < t.size(); at.next(resume)) {
    const auto i = static_cast<std::uint32_t>(at.pos());
    std::uint32_t p = 0;
    for (auto v : kVerbs)
      if (doc.at(i, v)) {
        p = i + static_cast<std::uint32_t>(v.size());
        break;
      }
    if (p == 0) continue;
    // After a known zone (位于苏州工业园区苏州纳米城) the name is what follows it.
    auto known_zone = [](const Candidate& c) { return c.from_lexicon && c.type == EntityType::Zone; };
    for (const Candidate* z = doc.longest_starting_at(p, known_zone); z; z = doc.longest_starting_at(p, known_zone))
      p = z->end;
    std::uint32_t name_begin = p;
    p = place_chain_end(doc, p, std::min<std::uint32_t>(static_cast<std::uint32_t>(t.size()), p + 16));
    // "位于湛江经济技术开发区东海岛的…": a zone named by its suffix is where it is.
    if (doc.longest_starting_at(name_begin, [](const Candidate& c) { return c.type == EntityType::Zone; })) continue;
    // "位于昌江区的昌南陶瓷共享智造园": the place, 的, then the name.
    if (p > name_begin && p < t.size() && t[p] == U'的') name_begin = ++p;
    std::uint32_t e = p;
    while (e < t.size() && e - p < 12 && is_name_char(t[e]) && t[e] != U'的' && t[e] != U'内') ++e;
    if (e - p < 3 || !all_han(t.substr(p, e - p))) continue;
    bool noun = false;
    for (auto n : kNouns)
      if (t.substr(e - n.size(), n.size()) == n) noun = true;
    if (!noun) continue;
    if (is_generic_core(t.substr(p, e - p))) continue;
    if (doc.longest_starting_at(name_begin, [&](const Candidate& c) { return known_zone(c) && c.end == e; })) continue;
    add_zone(doc, name_begin, e, "zone-location-verb", 0.7, 1, false);
    resume = e + 1;
  }
}

// X是(上海市)…(园区|产业园|开发区|基地): X opens its clause.
void zone_by_apposition(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kKinds[] = {U"园区", U"产业园", U"开发区", U"高新区",
                                                   U"基地", U"示范区", U"小镇",   U"科技园"};
  for (std::size_t at = find_char(t, U'是', 2); at != std::u32string_view::npos && at + 2 < t.size();
       at = find_char(t, U'是', at + 1)) {
    const auto i = static_cast<std::uint32_t>(at);
    const std::uint32_t b = doc.clause_begin(i);
    if (i - b < 2 || i - b > 8 || !all_han(t.substr(b, i - b))) continue;
    if (is_generic_core(t.substr(b, i - b))) continue;
    // "如今已是…基地", "这里也是…园区": a time word, a pointer or an adverb is no name.
    if (has_char(U"已也则还都就仍曾将", t[i - 1]) ||
        starts_with_any(t.substr(b, i - b),
                        {U"如今", U"目前", U"现在", U"这里", U"当地", U"这", U"那", U"该", U"此", U"其"}))
      continue;
    if (doc.longest_starting_at(b, [&](const Candidate& c) { return c.end >= i; })) continue;  // already a name
    const std::uint32_t ce = doc.clause_end(i);
    const std::u32string_view rest = t.substr(i + 1, ce - i - 1);
    if (rest.size() > 24 || starts_with_any(rest, {U"一家", U"一个企业", U"企业"})) continue;
    bool kind = false;
    for (auto k : kKinds)
      if (rest.size() >= k.size() && rest.substr(rest.size() - k.size()) == k) kind = true;
    if (!kind) continue;
    Candidate c = shaped_candidate(doc, b, i, EntityType::Zone, "zone-apposition", 0.7, 1);
    doc.candidates.push_back(std::move(c));
  }
}

// Parks and areas named after a zone: a lexicon zone's park (中关村朝阳园, 张江科学城康桥片区:
// + place? + 园/分园/片区), and a free trade zone's area (中国(广西)自由贸易试验区钦州港片区).
void zone_sub_parks(Document& doc) {
  const auto& t = doc.text;
  std::vector<Candidate> found;
  for (const auto& c : doc.candidates) {
    if (c.type != EntityType::Zone) continue;
    const bool free_trade = !c.from_lexicon && doc.before(c.end, U"自由贸易试验区");
    if (!c.from_lexicon && !free_trade) continue;
    std::uint32_t e = c.end;
    while (e < t.size() && e - c.end < 6 && utf8::is_han(t[e]) && !has_char(U"的在与和及是为将等了", t[e])) {
      ++e;
      const std::u32string_view tail = t.substr(c.end, e - c.end);
      if ((tail.ends_with(U"片区") || (!free_trade && tail.ends_with(U"园"))) && tail.size() >= 2 &&
          (e >= t.size() || !utf8::is_han(t[e]) || has_char(U"的在与和及是为将等已", t[e]))) {
        Candidate z = shaped_candidate(doc, c.begin, e, EntityType::Zone, "zone-sub-park", 0.75, 2);
        z.keeps_places = true;
        found.push_back(std::move(z));
        break;
      }
    }
  }
  for (auto& z : found) doc.candidates.push_back(std::move(z));
}

}  // namespace

void find_zones(Document& doc) {
  for (const auto& h : doc.hits)
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Trigger)) {
      if (!is_longest_trigger(doc, h)) continue;
      const auto& tr = triggers()[static_cast<std::size_t>(p.index)];
      if (tr.family == TriggerFamily::Zone) zone_by_suffix(doc, h, tr);
    }
  zone_sub_parks(doc);
  zone_after_location_verb(doc);
  zone_by_apposition(doc);
}

}  // namespace ckg
