#include "extract/org_shapes.h"

#include <algorithm>

#include "util/utf8.h"

namespace ckg {
namespace {

PlaceRef ref_of(const Candidate& c) { return {c.type, c.key}; }

// Legal and group endings, longest first.
constexpr std::u32string_view kLegalEndings[] = {
    U"集团股份有限公司", U"集团有限责任公司", U"集团有限公司", U"股份有限公司", U"有限责任公司", U"有限公司",
    U"集团公司",         U"股份公司",         U"公司",         U"集团",         U"股份",         U"控股",
    U"株式会社",
};
// Countries that open a foreign firm's name (韩国世衡半导体株式会社 -> 世衡半导体).
constexpr std::u32string_view kCountries[] = {U"韩国",   U"日本", U"德国", U"美国", U"法国",   U"英国",
                                              U"意大利", U"瑞士", U"瑞典", U"荷兰", U"新加坡", U"丹麦"};
// Business words that trail the proper part of a company name.
constexpr std::u32string_view kBusinessWords[] = {
    U"制造", U"科技", U"技术", U"实业", U"发展", U"工业", U"产业", U"投资", U"控股", U"股份",
    U"集团", U"电子", U"信息", U"装备", U"贸易", U"物流", U"服务", U"建设", U"工程", U"新材料",
    U"材料", U"能源", U"电气", U"机械", U"化工", U"医药", U"生物", U"智能", U"环保", U"重工",
};

}  // namespace

std::vector<PlaceRef> places_inside(const Document& doc, std::uint32_t b, std::uint32_t e) {
  std::vector<const Candidate*> found;
  doc.candidates_in(b, e, [&](const Candidate& c) {
    if (is_place(c.type) && c.end <= e && c.place) found.push_back(&c);
  });
  std::sort(found.begin(), found.end(), [](const Candidate* x, const Candidate* y) {
    if (x->begin != y->begin) return x->begin < y->begin;
    return x->end > y->end;
  });
  std::vector<PlaceRef> out;
  std::uint32_t covered = b;
  for (const Candidate* c : found) {
    if (c->begin < covered) continue;
    out.push_back(ref_of(*c));
    covered = c->end;
  }
  return out;
}

std::uint32_t place_chain_end(const Document& doc, std::uint32_t b, std::uint32_t limit) {
  std::uint32_t p = b;
  while (p < limit) {
    const Candidate* c =
        doc.longest_starting_at(p, [&](const Candidate& x) { return is_place(x.type) && x.end <= limit; });
    if (!c) break;
    p = c->end;
  }
  return p;
}

Candidate shaped_candidate(const Document& doc, std::uint32_t b, std::uint32_t e, EntityType t, const char* rule,
                           double confidence, int priority) {
  // A place whose name opens with a preposition's character (由于都县城市发展…公司: 于都县) was cut
  // by the trimming of leading prepositions: it belongs to the name.
  if (b > 0 && is_leading_char(doc.text[b - 1]) &&
      doc.longest_starting_at(b - 1, [&](const Candidate& p) { return is_place(p.type) && p.place && p.end > b; }))
    --b;
  Candidate c;
  c.begin = b;
  c.end = e;
  c.type = t;
  c.name = name_key(doc.span(b, e));
  c.key = c.name;
  c.confidence = confidence;
  c.priority = priority;
  c.rule = rule;
  c.name_places = places_inside(doc, b, e);
  return c;
}

// "(X)" inside a name: 中国(鄂州)跨境电商产业园.
std::uint32_t extend_over_brackets(const Document& doc, std::uint32_t start, std::uint32_t min_start,
                                   std::uint32_t limit) {
  const auto& t = doc.text;
  while (start > min_start + 2 && t[start - 1] == ')') {
    std::uint32_t open = start - 1;
    while (open > min_start && t[open] != '(' && start - open < 8) --open;
    if (t[open] != '(') break;
    std::uint32_t s2 = scan_name_start(t, open, limit, min_start);
    if (s2 == open) break;
    // 联合 before a bracketed name is the verb (…联合三星(中国)半导体有限公司).
    if (doc.at(s2, U"联合") && open - s2 >= 4) s2 += 2;
    start = s2;
  }
  return start;
}

std::uint32_t extend_over_dashed_places(const Document& doc, std::uint32_t start, std::uint32_t min_start) {
  const auto& t = doc.text;
  auto place = [](const Candidate& c) { return is_place(c.type); };
  if (!doc.longest_starting_at(start, place)) return start;
  while (start > min_start + 2 && has_char(U"—–-－", t[start - 1])) {
    const Candidate* c = doc.longest_ending_at(start - 1, place);
    if (!c || c->begin < min_start) break;
    start = c->begin;
  }
  return start;
}

std::uint32_t after_overlapping(const Document& doc, std::uint32_t start, std::uint32_t limit) {
  std::uint32_t out = start;
  doc.candidates_in(start > 40 ? start - 40 : 0, start, [&](const Candidate& c) {
    if (c.end > start && c.end < limit && c.type != EntityType::Sector && !is_place(c.type)) out = std::max(out, c.end);
  });
  return out;
}

std::uint32_t clear_name_start(const Document& doc, std::uint32_t start, std::uint32_t limit, std::uint32_t min_start) {
  return after_overlapping(doc, back_over_place(doc, start, min_start), limit);
}

std::uint32_t back_over_place(const Document& doc, std::uint32_t start, std::uint32_t min_start) {
  const auto& t = doc.text;
  for (int guard = 0; guard < 3; ++guard) {
    std::uint32_t out = start;
    // Division names as the gazetteer matched them (a short name inside a longer word has no
    // candidate of its own): hits are ordered by end.
    auto it = std::lower_bound(doc.hits.begin(), doc.hits.end(), start,
                               [](const Matcher::Match& m, std::uint32_t p) { return m.end < p; });
    for (; it != doc.hits.end() && it->end <= start + 8; ++it) {
      if (it->begin >= start || it->begin < min_start) continue;
      if (doc.kb.payloads(it->pattern, HitKind::DivisionFull).empty() &&
          doc.kb.payloads(it->pattern, HitKind::DivisionShort).empty())
        continue;
      // Cut inside (呼和|浩特), or right after its last character, a list word (太和|中科药业);
      // not where a word that cuts names ends at the start (厅联合|江西…, 厅会同|江淮…).
      // (Not a place that opens with the word itself: 和|龙江 is "and 龙江", not 和龙市.)
      const bool inside = it->end > start && it->begin + 1 < start;
      const bool after = it->end == start && has_char(U"和及与同", t[start - 1]);
      const std::uint32_t lo = std::max(min_start, it->begin > 4 ? it->begin - 4 : 0u);
      bool cut = false;
      for (std::uint32_t e = it->begin + 1; e <= start && !cut; ++e) cut = cut_word_ends_at(t, lo, e);
      if ((inside || after) && !cut) out = std::min(out, it->begin);
    }
    if (out == start) return start;
    // The name may go on before the place (安徽|太和中科药业有限公司).
    start = scan_name_start(t, out, 8, min_start);
  }
  return start;
}

std::vector<std::string> company_short_forms(const Document& doc, std::uint32_t b, std::uint32_t e) {
  std::vector<std::string> out;
  std::u32string s(doc.text.substr(b, e - b));
  auto push = [&](const std::u32string& x) {
    if (x.size() >= 2) out.push_back(name_key(x));
  };
  for (auto w : kLegalEndings)
    if (s.size() > w.size() + 1 && std::u32string_view(s).substr(s.size() - w.size()) == w) {
      s.resize(s.size() - w.size());
      push(s);
      break;
    }
  // A foreign firm's name without its country (韩国世衡半导体 -> 世衡半导体).
  for (auto c : kCountries)
    if (s.size() >= c.size() + 3 && std::u32string_view(s).starts_with(c)) {
      s.erase(0, c.size());
      b += static_cast<std::uint32_t>(c.size());
      push(s);
      break;
    }
  for (bool changed = true; changed;) {
    changed = false;
    for (auto w : kBusinessWords)
      if (s.size() > w.size() + 1 && std::u32string_view(s).substr(s.size() - w.size()) == w) {
        s.resize(s.size() - w.size());
        push(s);
        changed = true;
        break;
      }
  }
  // Without the places that open the name (深圳欣旺达 -> 欣旺达).
  const std::uint32_t p = place_chain_end(doc, b, b + static_cast<std::uint32_t>(s.size()));
  if (p > b && b + s.size() > p + 1) push(s.substr(p - b));
  // The brand and the first word of the trade, as news shortens a long name (西安翼擎航空动力科技
  // 有限公司 -> 翼擎航空, 湖南力拓液压科技有限公司 -> 力拓液压).
  if (p > b && b + s.size() >= p + 6) {
    const std::u32string head = s.substr(p - b, 4);
    // (Not a known organisation's name: 南通中远海运川崎… is not 中远海运.)
    if (std::all_of(head.begin(), head.end(), [](char32_t c) { return utf8::is_han(c); }) &&
        !doc.kb.lexicon().organization(utf8::encode(head)))
      push(head);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string without_leading_places(const Document& doc, std::uint32_t b, std::uint32_t e, bool keep_last) {
  while (b < e && (doc.text[b] == U'“' || doc.text[b] == '"')) ++b;
  std::uint32_t p = b, last = b;
  while (p < e) {
    const Candidate* c = doc.longest_starting_at(p, [&](const Candidate& x) { return is_place(x.type) && x.end < e; });
    if (!c) break;
    last = p;
    p = c->end;
  }
  const std::uint32_t cut = keep_last ? last : p;
  if (cut == b || e - cut < 2) return "";
  return name_key(doc.span(cut, e));
}

bool is_longest_trigger(const Document& doc, const Matcher::Match& h) {
  // Hits are ordered by end, then by decreasing length: the longer ones with
  // the same end sit right before h when h is one of them.
  const Matcher::Match* base = doc.hits.data();
  if (&h >= base && &h < base + doc.hits.size()) {
    for (const Matcher::Match* m = &h; m != base && (m - 1)->end == h.end;) {
      --m;
      if (m->begin < h.begin && doc.kb.has(m->pattern, HitKind::Trigger)) return false;
    }
    return true;
  }
  auto it = std::lower_bound(doc.hits.begin(), doc.hits.end(), h.end,
                             [](const Matcher::Match& m, std::uint32_t p) { return m.end < p; });
  for (; it != doc.hits.end() && it->end == h.end; ++it) {
    if (it->begin < h.begin && doc.kb.has(it->pattern, HitKind::Trigger)) return false;
  }
  return true;
}

const Trigger* trigger_ending_at(const Document& doc, std::uint32_t end, TriggerFamily family) {
  auto it = std::lower_bound(doc.hits.begin(), doc.hits.end(), end,
                             [](const Matcher::Match& m, std::uint32_t p) { return m.end < p; });
  const Trigger* best = nullptr;
  for (; it != doc.hits.end() && it->end == end; ++it)
    for (const auto& p : doc.kb.payloads(it->pattern, HitKind::Trigger)) {
      const auto& tr = triggers()[static_cast<std::size_t>(p.index)];
      if (tr.family == family && (!best || tr.suffix.size() > best->suffix.size())) best = &tr;
    }
  return best;
}

std::uint32_t start_over_joined_fields(const Document& doc, std::uint32_t start, std::uint32_t min_start) {
  const auto& t = doc.text;
  if (start <= min_start + 2 || t[start - 1] != U'与' || !utf8::is_han(t[start - 2])) return start;
  const std::uint32_t nb = scan_name_start(t, start - 1, 12, min_start);
  if (nb + 2 >= start - 1) return start;
  // After a place, the field before 与 must be a sector (长安氢能与新能源汽车…基金); after a
  // university, it is a discipline (东华大学材料科学与工程学院).
  if (doc.longest_ending_at(start - 1, is_sector_candidate) &&
      doc.longest_starting_at(nb, [](const Candidate& c) { return is_place(c.type) && c.place; }))
    return nb;
  if (const Candidate* u = doc.longest_starting_at(
          nb, [](const Candidate& c) { return c.type == EntityType::Institution && c.name.ends_with("大学"); });
      u && u->end < start - 1 && start - 1 - u->end <= 6 &&
      std::u32string_view(U"院所司心局厅会部站").find(t[start - 2]) ==
          std::u32string_view::npos)  // 四川大学华西医院与…
    return nb;
  return start;
}

}  // namespace ckg
