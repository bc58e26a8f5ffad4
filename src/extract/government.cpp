// Government organs from their shape: a place, zone or known body followed by
// an organ word (贵阳市大数据发展管理局, 北京经济技术开发区管委会, 中共河南省委宣传部,
// 农业农村部乡村产业发展司), and bare level words (省政府, 市委) resolved to the
// province or city of the news item. [place]政府 is named [place]人民政府.
#include <algorithm>

#include "extract/org_shapes.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Organ words by which a government name ends, longest first.
constexpr std::u32string_view kOrganWords[] = {
    U"管理委员会", U"人民检察院", U"人民法院", U"人民政府", U"委员会", U"办公厅", U"办公室", U"管委会",
    U"党工委",     U"新闻办",     U"宣传部",   U"组织部",   U"统战部", U"检察院", U"政府",   U"党委",
    U"党组",       U"法院",       U"局",       U"厅",       U"署",     U"委",     U"办",     U"司",
};

// Bare level words and the division level they refer to.
struct LevelWord {
  std::u32string_view word;
  EntityType level;
  std::u32string_view organ;  // canonical organ word
};
constexpr LevelWord kLevelWords[] = {
    {U"省人民政府", EntityType::Province, U"人民政府"},
    {U"市人民政府", EntityType::City, U"人民政府"},
    {U"省政府", EntityType::Province, U"人民政府"},
    {U"市政府", EntityType::City, U"人民政府"},
    {U"区政府", EntityType::District, U"人民政府"},
    {U"县政府", EntityType::District, U"人民政府"},
    {U"省委", EntityType::Province, U"委"},
    {U"市委", EntityType::City, U"委"},
    {U"区委", EntityType::District, U"委"},
    {U"县委", EntityType::District, U"委"},
};

// Common words that end like an organ word (布局, 大厅, 举办, 签署 …).
bool common_word(std::u32string_view t, std::uint32_t end, std::u32string_view organ) {
  if (organ.size() != 1 || end < 2) return false;
  const char32_t prev = t[end - 2];
  switch (organ[0]) {
    case U'局':
      return has_char(U"布格全大结开棋当时变终残饭胜赌", prev);
    case U'厅':
      return has_char(U"大客展餐舞门", prev);
    case U'办':
      return has_char(U"主承协举创开兴代督申包操筹合试", prev);
    case U'署':
      return has_char(U"签部", prev);
    case U'司':
      return has_char(U"公上", prev);
    case U'委':
      return end < t.size() && has_char(U"托屈婉实派任身", t[end]);
    default:
      return false;
  }
}

std::u32string_view organ_ending_at(std::u32string_view t, std::uint32_t end) {
  for (auto w : kOrganWords) {
    if (end < w.size() || t.substr(end - w.size(), w.size()) != w) continue;
    if (common_word(t, end, w)) return {};
    return w;
  }
  return {};
}

bool clean_core(std::u32string_view s) {
  static constexpr std::u32string_view kStops = U"的在与或是为由从对向把被将并也已于等了着过个该此这那不没";
  for (char32_t c : s)
    if (!utf8::is_han(c) || kStops.find(c) != std::u32string_view::npos) return false;
  return true;
}

bool is_anchor(const Candidate& c) {
  return (is_place(c.type) && c.place) || c.type == EntityType::Zone ||
         (c.from_lexicon && (c.type == EntityType::GovernmentBody || c.type == EntityType::Zone));
}

// Start of a government name whose organ word starts at `organ`: the nearest
// anchor before it, extended left over a chain of places and a leading 中共.
std::uint32_t anchor_start(const Document& doc, std::uint32_t organ, std::uint32_t min_start) {
  const auto& t = doc.text;
  const std::uint32_t lo = std::max(min_start, organ > 16 ? organ - 16 : 0u);
  std::uint32_t best = UINT32_MAX;
  // Nearest anchor whose end is followed only by clean characters up to the organ word.
  for (std::uint32_t end = organ; end > lo; --end) {
    if (end < organ && !clean_core(t.substr(end, 1))) break;
    const Candidate* c = doc.longest_ending_at(end, [&](const Candidate& x) { return is_anchor(x) && x.begin >= lo; });
    if (c) {
      best = c->begin;
      break;
    }
  }
  for (std::u32string_view w :
       {std::u32string_view(U"国务院"), std::u32string_view(U"国家"), std::u32string_view(U"中央")}) {
    for (std::uint32_t k = organ; k >= lo + w.size(); --k) {
      if (t.substr(k - w.size(), w.size()) == w) {
        if (clean_core(t.substr(k, organ - k)) && (best == UINT32_MAX || k - w.size() > best))
          best = k - static_cast<std::uint32_t>(w.size());
        break;
      }
      if (!clean_core(t.substr(k - 1, 1))) break;
    }
  }
  if (best == UINT32_MAX) return best;
  // Extend over a chain of places before the anchor (北京市朝阳区…).
  for (bool moved = true; moved && best > lo;) {
    moved = false;
    if (const Candidate* c = doc.longest_ending_at(
            best, [&](const Candidate& x) { return is_place(x.type) && x.place && x.begin >= lo; })) {
      best = c->begin;
      moved = true;
    }
  }
  if (best >= 2 && t.substr(best - 2, 2) == U"中共") best -= 2;
  return best;
}

// The first division of each level named in each item (by candidates).
struct ItemPlaces {
  std::string code[3];  // Province, City, District
};

std::vector<ItemPlaces> places_by_item(const Document& doc) {
  std::vector<ItemPlaces> out(doc.items.size());
  const auto& gaz = doc.kb.gazetteer();
  for (std::size_t i = 0; i < doc.items.size(); ++i) {
    doc.candidates_in(doc.items[i].begin, doc.items[i].end, [&](const Candidate& c) {
      if (!is_division_candidate(c) || c.key.empty()) return;
      for (const auto& code : gaz.ancestors(c.key)) {
        const Division* d = gaz.by_code(code);
        if (!d) continue;
        const int level = d->type == EntityType::Province ? 0 : d->type == EntityType::City ? 1 : 2;
        if (out[i].code[level].empty()) out[i].code[level] = code;
      }
    });
  }
  return out;
}

void add_body(Document& doc, std::uint32_t b, std::uint32_t e, std::u32string_view organ) {
  Candidate c = shaped_candidate(doc, b, e, EntityType::GovernmentBody, "government-shape", 0.85, 2);
  c.keeps_places = true;
  c.keeps_orgs = true;
  // [place]政府 is the place's 人民政府.
  if (organ == U"政府" && e - b > 2) {
    const std::u32string_view head = doc.text.substr(b, e - b - 2);
    if (!head.ends_with(U"人民") &&
        doc.longest_starting_at(b, [&](const Candidate& x) { return is_place(x.type) && x.end == e - 2; })) {
      c.aliases.push_back(c.name);
      c.name = name_key(doc.str(b, e - 2)) + "人民政府";
      c.key = c.name;
    }
  }
  doc.candidates.push_back(std::move(c));
}

}  // namespace

void find_government(Document& doc) {
  const auto& t = doc.text;
  const auto n = static_cast<std::uint32_t>(t.size());
  const auto item_places = places_by_item(doc);
  static constexpr std::u32string_view kLastChars = U"府厅室办会委部局署院司";
  for (std::uint32_t end = 1; end <= n; ++end) {
    if (kLastChars.find(t[end - 1]) == std::u32string_view::npos) continue;
    const std::u32string_view organ = organ_ending_at(t, end);
    if (organ.empty()) continue;
    const std::uint32_t organ_begin = end - static_cast<std::uint32_t>(organ.size());
    const std::uint32_t min_start = doc.sentence_of(organ_begin).begin;
    // "…管理局党委书记": the party committee of a bureau is part of a title.
    if ((organ == U"党委" || organ == U"党组") && doc.at(end, U"书记") && organ_begin > 0 &&
        has_char(U"局厅委办部院", t[organ_begin - 1]))
      continue;
    const std::uint32_t b = anchor_start(doc, organ_begin, min_start);
    if (b != UINT32_MAX && end - b > organ.size() && !contains_cut_word(t.substr(b, organ_begin - b))) {
      add_body(doc, b, end, organ);
      continue;
    }
    // Bare level words: 省政府, 市委 …
    for (const auto& lw : kLevelWords) {
      if (end < lw.word.size() || t.substr(end - lw.word.size(), lw.word.size()) != lw.word) continue;
      const std::uint32_t wb = end - static_cast<std::uint32_t>(lw.word.size());
      if (wb > 0 && has_char(U"城超都门夜", t[wb - 1])) break;
      const auto& ip = item_places[static_cast<std::size_t>(doc.item_at(wb))];
      const int level = lw.level == EntityType::Province ? 0 : lw.level == EntityType::City ? 1 : 2;
      if (ip.code[level].empty()) break;
      const Division* d = doc.kb.gazetteer().by_code(ip.code[level]);
      if (!d) break;
      Candidate c;
      c.begin = wb;
      c.end = end;
      c.type = EntityType::GovernmentBody;
      c.name = d->name + utf8::encode(lw.organ);
      c.key = c.name;
      c.confidence = 0.75;
      c.priority = 2;
      c.rule = "government-level-word";
      c.name_places.push_back({d->type, d->code});
      if (lw.organ == U"人民政府") c.aliases.push_back(d->name + "政府");
      doc.candidates.push_back(std::move(c));
      break;
    }
  }
}

}  // namespace ckg
