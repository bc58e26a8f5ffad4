// Places: divisions by full or short name, and regions.
//
// Full names are taken as they are. Short names of provinces and cities are
// taken unless they sit inside a longer word; short names of districts only
// when their city is named in the article or they stand in an enumeration of
// districts of one province (寿光、安丘、寒亭). A name shared by several
// divisions is resolved from the other places of the article, or left
// unlinked rather than guessed.
#include <algorithm>
#include <span>

#include "extract/document.h"
#include "util/utf8.h"

namespace ckg {
namespace {

struct PlaceHit {
  std::uint32_t begin, end;
  bool full;
  std::size_t first, count;      // its options in the article's pool
  std::span<const int> options;  // division indices, set once the pool is complete
};

// Separators of a list of short district names (寿光、安丘、寒亭…和临淄).
bool is_list_sep(char32_t c) { return c == U'、' || c == U'和' || c == U'及'; }
bool ends_list_item(std::u32string_view t, std::uint32_t end) {
  return end >= t.size() || is_list_sep(t[end]) || is_boundary_char(t[end]) || (t[end] >= '0' && t[end] <= '9') ||
         t[end] == U'等';
}

}  // namespace

void find_places(Document& doc) {
  const auto& gaz = doc.kb.gazetteer();
  const auto& divs = gaz.divisions();
  std::vector<PlaceHit> place_hits;
  std::vector<int> pool;  // all hits' options
  auto is_division_hit = [&](const Matcher::Match& m) {
    return !doc.kb.payloads(m.pattern, HitKind::DivisionShort).empty() ||
           !doc.kb.payloads(m.pattern, HitKind::DivisionFull).empty();
  };
  // The hits that end at or after pos (doc.hits are ordered by their end).
  auto hits_ending_from = [&](std::uint32_t pos) {
    return std::lower_bound(doc.hits.begin(), doc.hits.end(), pos,
                            [](const Matcher::Match& m, std::uint32_t p) { return m.end < p; });
  };
  // True if a division's name starts before the hit and ends inside it (江西 across 西南 in
  // 江西南昌, 广西 in 广西南宁).
  auto crossed_by_division = [&](const Matcher::Match& h) {
    for (auto it = hits_ending_from(h.begin + 1); it != doc.hits.end() && it->end < h.end; ++it)
      if (it->begin < h.begin && is_division_hit(*it)) return true;
    return false;
  };
  // True if a division's name ends at pos (苏州市 before 东部).
  auto ends_division_at = [&](std::uint32_t pos) {
    for (auto it = hits_ending_from(pos); it != doc.hits.end() && it->end == pos; ++it)
      if (is_division_hit(*it)) return true;
    return false;
  };
  for (const auto& h : doc.hits) {
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Region)) {
      // 西部地区 inside 中西部地区 or 东中西部: a span of compass points, not the region.
      if (h.begin > 0 && has_char(U"东西南北中", doc.text[h.begin - 1]) && has_char(U"东西南北中", doc.text[h.begin]))
        break;
      if (crossed_by_division(h)) break;
      // 苏州市东部, 河南省东北部, 浙江东部沿海: a part of the place just named, not the region.
      if (h.end - h.begin <= 3 && ends_division_at(h.begin) &&
          std::all_of(doc.text.begin() + h.begin, doc.text.begin() + h.end,
                      [](char32_t c) { return has_char(U"东西南北中部", c); }))
        break;
      const auto& r = gaz.regions()[static_cast<std::size_t>(p.index)];
      Candidate& c = doc.candidates.emplace_back();
      c.begin = h.begin;
      c.end = h.end;
      c.type = EntityType::Region;
      c.name = r.name;
      c.key = r.key;
      c.priority = 3;
      c.confidence = 0.95;
      c.rule = "place-region";
      c.place = &doc.kb.region_place();
    }
    const std::size_t first = pool.size();
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::DivisionFull)) pool.push_back(p.index);
    const bool full = pool.size() > first;
    // 贺兰山东麓, 黄河南岸, 洞庭湖北侧: a mountain's or river's side, not 山东, 河南 or 湖北.
    const bool side =
        h.end < doc.text.size() && has_char(U"东西南北", doc.text[h.end - 1]) && has_char(U"麓坡岸侧", doc.text[h.end]);
    // 淮北平原, 成都平原, 四川盆地: a landform named after a place is not the place.
    auto landform = [&] {
      const char32_t c = h.end + 1 < doc.text.size() ? doc.text[h.end] : 0;
      return (c == U'平' || c == U'盆' || c == U'丘') &&
             (doc.at(h.end, U"平原") || doc.at(h.end, U"盆地") || doc.at(h.end, U"丘陵"));
    };
    if (!full && !side && !landform())
      for (const auto& p : doc.kb.payloads(h.pattern, HitKind::DivisionShort)) pool.push_back(p.index);
    if (pool.size() > first) place_hits.push_back({h.begin, h.end, full, first, pool.size() - first, {}});
  }
  for (auto& ph : place_hits) ph.options = std::span<const int>(pool).subspan(ph.first, ph.count);

  // Context: divisions named unambiguously by full name, or provinces/cities by
  // an unambiguous short name.
  // Sets of divisions are kept as indexes into divs; a division's ancestor
  // chain comes by its index (codes are unique), without a lookup by code.
  auto index_of = [&](const Division& d) { return static_cast<int>(&d - divs.data()); };
  auto chain_of = [&](const Division& d) -> const std::vector<int>& { return gaz.ancestor_chain(index_of(d)); };
  auto holds = [](const std::vector<int>& set, int k) { return std::find(set.begin(), set.end(), k) != set.end(); };
  std::vector<int> context;
  for (const auto& ph : place_hits) {
    if (ph.options.size() != 1) continue;
    if (ph.full || gaz.type_of(ph.options[0]) != EntityType::District) context.push_back(ph.options[0]);
  }
  auto ancestor_in_context = [&](const Division& d) {
    const auto& chain = chain_of(d);
    for (std::size_t k = 1; k < chain.size(); ++k)
      if (chain[k] != chain.front() && holds(context, chain[k])) return true;
    return false;
  };
  // The chain's second link is the parent (municipal districts: the province).
  auto parent_in_context = [&](const Division& d) {
    const auto& chain = chain_of(d);
    return chain.size() > 1 && holds(context, chain[1]);
  };
  auto province_index = [&](const Division& d) { return chain_of(d).back(); };
  // Distance to the nearest ancestor named in the article (1 = parent), or 99.
  auto context_distance = [&](const Division& d) {
    const auto& chain = chain_of(d);
    for (std::size_t k = 1; k < chain.size(); ++k)
      if (holds(context, chain[k])) return static_cast<int>(k);
    return 99;
  };
  // Of several fitting divisions keep those with the nearest named ancestor
  // (鼓楼区 after 南京市 is Nanjing's, even if 江苏 also holds Xuzhou's).
  auto nearest_only = [&](std::vector<int>& fit) {
    if (fit.size() < 2) return;
    int best = 99;
    for (int idx : fit) best = std::min(best, context_distance(divs[static_cast<std::size_t>(idx)]));
    std::erase_if(fit, [&](int idx) { return context_distance(divs[static_cast<std::size_t>(idx)]) != best; });
  };
  // Divisions named by their full name (resolved from the context if shared):
  // a short name that can mean one of them means it (朝阳 after 北京市朝阳区).
  std::vector<int> named_in_full;
  std::vector<int> fit, fitting;  // reused for every hit
  for (const auto& ph : place_hits) {
    if (!ph.full) continue;
    fit.clear();
    for (int idx : ph.options)
      if (ph.options.size() == 1 || ancestor_in_context(divs[static_cast<std::size_t>(idx)])) fit.push_back(idx);
    nearest_only(fit);
    if (fit.size() == 1) named_in_full.push_back(fit[0]);
  }

  for (std::size_t i = 0; i < place_hits.size(); ++i) {
    const auto& ph = place_hits[i];
    const auto len = ph.end - ph.begin;
    // Pick the division.
    fitting.clear();
    for (int idx : ph.options) {
      const auto& d = divs[static_cast<std::size_t>(idx)];
      if (ph.full) {
        if (ph.options.size() == 1 || ancestor_in_context(d)) fitting.push_back(idx);
      } else if (gaz.type_of(idx) == EntityType::District) {
        // (or the district itself named in full: 晋江 after 福建省晋江市)
        if (parent_in_context(d) || holds(named_in_full, idx)) fitting.push_back(idx);
      } else {
        fitting.push_back(idx);
      }
    }
    if (ph.full) nearest_only(fitting);
    // A short district name right after its province's or city's name (湖南醴陵, 河北安平).
    if (fitting.empty() && !ph.full && i > 0 && place_hits[i - 1].end == ph.begin &&
        place_hits[i - 1].options.size() == 1) {
      const int before = place_hits[i - 1].options[0];
      for (int idx : ph.options) {
        const auto& chain = chain_of(divs[static_cast<std::size_t>(idx)]);
        if (gaz.type_of(idx) == EntityType::District &&
            std::find(chain.begin() + 1, chain.end(), before) != chain.end())
          fitting.push_back(idx);
      }
      if (fitting.size() > 1) fitting.clear();
    }
    // Short district names in an enumeration of districts of one province.
    if (fitting.empty() && !ph.full) {
      const bool sep_before = ph.begin > 0 && is_list_sep(doc.text[ph.begin - 1]);
      const bool sep_after = ph.end < doc.text.size() && is_list_sep(doc.text[ph.end]);
      if ((sep_before || sep_after) && ends_list_item(doc.text, ph.end)) {
        for (int idx : ph.options) {
          const auto& d = divs[static_cast<std::size_t>(idx)];
          if (gaz.type_of(idx) == EntityType::District && holds(context, province_index(d))) fitting.push_back(idx);
        }
        if (fitting.size() > 1) fitting.clear();
      }
    }
    if (!ph.full && fitting.size() > 1) {
      std::vector<int> named;
      for (int idx : fitting)
        if (holds(named_in_full, idx)) named.push_back(idx);
      if (named.size() == 1) fitting = named;
    }
    // Prefer higher levels for short names (朝阳 the city over nothing).
    if (!ph.full && fitting.size() > 1) {
      std::vector<int> non_district;
      for (int idx : fitting)
        if (gaz.type_of(idx) != EntityType::District) non_district.push_back(idx);
      if (non_district.size() == 1) fitting = non_district;
    }
    // Two-character full names such as 兴县 inside 县域.
    if (ph.full && len == 2 && ph.end < doc.text.size() && doc.text[ph.end] == U'域') continue;
    // A bay named after a city is not the city (杭州湾新区 is in 宁波, 胶州湾, 泉州湾).
    if (!ph.full && ph.end < doc.text.size() && doc.text[ph.end] == U'湾') continue;

    // A county named in full from a province the article does not name, while it
    // names another, right after a Chinese character: most likely a word that
    // ends like it (闽东山区 is not 东山区).
    if (ph.full && fitting.size() == 1 && ph.begin > 0 && utf8::is_han(doc.text[ph.begin - 1])) {
      const auto& d = divs[static_cast<std::size_t>(fitting[0])];
      if (d.type == EntityType::District && !ancestor_in_context(d)) {
        bool other_province = false;
        for (const int k : context)
          if (gaz.type_of(k) == EntityType::Province && k != province_index(d)) other_province = true;
        if (other_province) continue;
      }
    }
    if (fitting.size() != 1 && !(ph.full && !ph.options.empty())) continue;
    // Built in place in the candidate list (a Candidate is large to move).
    Candidate& c = doc.candidates.emplace_back();
    c.begin = ph.begin;
    c.end = ph.end;
    c.priority = ph.full ? 3 : 2;
    c.rule = ph.full ? "place-full-name" : "place-short-name";
    if (fitting.size() == 1) {
      const auto& d = divs[static_cast<std::size_t>(fitting[0])];
      c.type = d.type;
      c.name = d.name;
      c.key = d.code;
      c.place = &doc.kb.division_place(fitting[0]);
      c.confidence = ph.full ? 0.97 : 0.9;
      if (!ph.full) c.aliases.push_back(d.short_name);
    } else {
      // Ambiguous full name: keep it as an unlinked place of its level.
      const auto& d = divs[static_cast<std::size_t>(ph.options[0])];
      c.type = d.type;
      c.name = d.name;
      c.key = d.name;
      c.confidence = 0.6;
      c.rule = "place-unlinked";
    }
  }
}

}  // namespace ckg
