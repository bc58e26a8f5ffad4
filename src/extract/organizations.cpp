// Organisations found from their shape: companies (legal and group
// suffixes), funds, government organs, universities and institutes, and
// development zones; plus the well-known organisations of the lexicon.
#include <algorithm>

#include "extract/document.h"
#include "extract/triggers.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Name parts that make a "name" generic rather than proper.
constexpr std::u32string_view kGenericCores[] = {
    U"该", U"本", U"这", U"此", U"其", U"各", U"每", U"一批", U"多家", U"龙头", U"企业", U"上市",
    U"国有", U"民营", U"部分", U"存量", U"一定", U"相关", U"各类", U"安排", U"预算", U"设立",
    U"科研", U"高校", U"有关", U"上述", U"下属", U"旗下", U"母", U"子", U"当地", U"全市", U"全省",
    U"我市", U"我省", U"市级", U"省级", U"国家级", U"产业", U"投资", U"引导", U"政府", U"这些",
    U"多个", U"一些", U"多地", U"各地", U"重点", U"知名", U"大型", U"中小", U"专业", U"新型",
};

bool is_generic_core(std::u32string_view core) {
  if (core.empty()) return true;
  for (auto g : kGenericCores)
    if (core == g || core.substr(0, g.size()) == g) return true;
  return false;
}

// Place candidate (already proposed by find_places) that starts at pos.
const Candidate* place_at(const Document& doc, std::uint32_t pos) {
  const Candidate* best = nullptr;
  for (const auto& c : doc.candidates)
    if (is_place(c.type) && c.begin == pos && (!best || c.end > best->end)) best = &c;
  return best;
}

// Start of the first place candidate inside [b, e), or e.
std::uint32_t first_place_in(const Document& doc, std::uint32_t b, std::uint32_t e) {
  std::uint32_t best = e;
  for (const auto& c : doc.candidates)
    if (is_place(c.type) && c.begin >= b && c.end <= e && c.begin < best) best = c.begin;
  return best;
}

std::uint32_t sentence_begin(const Document& doc, std::uint32_t pos) {
  int s = doc.sentence_at(pos);
  return s < 0 ? 0 : doc.sentences[static_cast<std::size_t>(s)].begin;
}

Candidate make(const Document& doc, std::uint32_t b, std::uint32_t e, EntityType t, const char* rule,
               double conf, int priority) {
  Candidate c;
  c.begin = b;
  c.end = e;
  c.type = t;
  c.name = name_key(doc.str(b, e));
  c.key = c.name;
  c.confidence = conf;
  c.priority = priority;
  c.rule = rule;
  if (const Candidate* p = place_at(doc, b); p && p->place && !p->place->code.empty()) c.place_code = p->place->code;
  return c;
}

// A name may hold "(X)" with a short place inside: 中国(鄂州)跨境电商产业园.
std::uint32_t extend_over_brackets(const Document& doc, std::uint32_t start, std::uint32_t min_start,
                                   std::uint32_t limit, std::uint32_t end) {
  const auto& t = doc.text;
  while (start > min_start + 2 && t[start - 1] == ')') {
    std::uint32_t open = start - 1;
    while (open > min_start && t[open] != '(' && start - open < 8) --open;
    if (t[open] != '(') break;
    std::uint32_t s2 = scan_name_start(t, open, limit, min_start);
    if (s2 == open) break;
    start = s2;
    if (end - start > limit + 8) break;
  }
  return start;
}

void company_trigger(Document& doc, const Matcher::Match& h, const Trigger& tr) {
  const auto& t = doc.text;
  // 集团/控股/股份 must end the name: not 股份制, 控股股东, 集团化.
  if (tr.suffix == U"集团" || tr.suffix == U"控股" || tr.suffix == U"股份") {
    if (h.end < t.size()) {
      char32_t n = t[h.end];
      static constexpr std::u32string_view kContinue = U"有公股制子权内下旗化军式企";
      if (kContinue.find(n) != std::u32string_view::npos) return;
    }
  }
  const std::uint32_t min_start = sentence_begin(doc, h.begin);
  std::uint32_t start = scan_name_start(t, h.begin, static_cast<std::uint32_t>(tr.max_core), min_start);
  start = extend_over_brackets(doc, start, min_start, static_cast<std::uint32_t>(tr.max_core), h.begin);
  if (h.begin - start < 2) return;
  if (is_generic_core(t.substr(start, h.begin - start))) return;
  doc.candidates.push_back(make(doc, start, h.end, EntityType::Company, "company-suffix", 0.8, 2));
}

void fund_trigger(Document& doc, const Matcher::Match& h) {
  const auto& t = doc.text;
  const std::uint32_t min_start = sentence_begin(doc, h.begin);
  std::uint32_t start = scan_name_start(t, h.begin, 16, min_start);
  if (h.begin - start < 2) return;
  // The proper part: without a leading place and the fund-type words.
  std::uint32_t core_b = start;
  if (const Candidate* p = place_at(doc, start)) core_b = p->end;
  std::u32string core(t.substr(core_b, h.begin - core_b));
  for (std::u32string_view w : {U"产业投资", U"股权投资", U"创业投资", U"投资", U"产业", U"引导", U"发展"}) {
    if (core.size() > w.size() && core.substr(core.size() - w.size()) == w) core.resize(core.size() - w.size());
  }
  if (core.size() < 2 || is_generic_core(core)) return;
  if (h.end < t.size() && (t[h.end] == U'预' || t[h.end] == U'会')) return;  // 基金预算, 基金会
  auto c = make(doc, start, h.end, EntityType::Fund, "fund-suffix", 0.85, 2);
  // Short form: proper part + 基金 (江城产业投资基金 -> 江城基金).
  std::string short_form = utf8::encode(core) + "基金";
  if (short_form != c.name) c.aliases.push_back(short_form);
  doc.candidates.push_back(std::move(c));
}

void government_trigger(Document& doc, const Matcher::Match& h, const Trigger& tr) {
  const auto& t = doc.text;
  const std::uint32_t min_start = sentence_begin(doc, h.begin);
  const std::uint32_t lo = h.begin > static_cast<std::uint32_t>(tr.max_core) + min_start
                               ? h.begin - static_cast<std::uint32_t>(tr.max_core)
                               : min_start;
  // Nearest anchor before the suffix: a place, a lexicon body, 中共/国家/国务院.
  std::uint32_t anchor = UINT32_MAX;
  for (const auto& c : doc.candidates) {
    const bool usable = is_place(c.type) || c.type == EntityType::Zone ||
                        (c.from_lexicon && c.type == EntityType::GovernmentBody);
    if (!usable || c.begin < lo || c.begin > h.begin || c.end > h.begin + 1) continue;
    bool clean = true;
    for (std::uint32_t k = c.end; k < h.begin; ++k)
      if (!is_name_char(t[k])) clean = false;
    if (clean && (anchor == UINT32_MAX || c.begin > anchor)) anchor = c.begin;
  }
  for (std::u32string_view w : {U"国务院", U"国家"}) {
    for (std::uint32_t k = lo; k + w.size() <= h.begin; ++k)
      if (t.substr(k, w.size()) == w && (anchor == UINT32_MAX || k > anchor)) {
        bool clean = true;
        for (std::uint32_t j = k; j < h.begin; ++j)
          if (!is_name_char(t[j])) clean = false;
        if (clean) anchor = k;
      }
  }
  if (anchor == UINT32_MAX) return;
  if (anchor >= 2 && t.substr(anchor - 2, 2) == U"中共") anchor -= 2;
  if (h.end - anchor <= tr.suffix.size()) return;
  doc.candidates.push_back(make(doc, anchor, h.end, EntityType::GovernmentBody, "government-suffix", 0.85, 2));
}

void institution_trigger(Document& doc, const Matcher::Match& h, const Trigger& tr) {
  const auto& t = doc.text;
  const std::uint32_t min_start = sentence_begin(doc, h.begin);
  std::uint32_t start = scan_name_start(t, h.begin, static_cast<std::uint32_t>(tr.max_core), min_start);
  // Cut after an earlier institution name unless a place follows it
  // (清华大学深圳国际研究生院 stays whole, 中国工程院中国… does not).
  for (const auto& h2 : doc.hits) {
    if (h2.end <= start || h2.end >= h.begin) continue;
    for (const auto& p : doc.kb.payloads(h2.pattern)) {
      if (p.kind != HitKind::Trigger) continue;
      if (triggers()[static_cast<std::size_t>(p.index)].family != TriggerFamily::Institution) continue;
      const Candidate* place = place_at(doc, h2.end);
      if (!place) start = h2.end;
    }
  }
  if (h.begin - start < 2) return;
  std::u32string_view core = t.substr(start, h.begin - start);
  if (is_generic_core(core)) return;
  // A bare sector + 研究院 is generic (人工智能研究院).
  if (doc.kb.lexicon().sector(utf8::encode(core)) != nullptr) return;
  doc.candidates.push_back(make(doc, start, h.end, EntityType::Institution, "institution-suffix", 0.8, 2));
}

void zone_trigger(Document& doc, const Matcher::Match& h, const Trigger& tr) {
  const auto& t = doc.text;
  const std::uint32_t min_start = sentence_begin(doc, h.begin);
  std::uint32_t start = scan_name_start(t, h.begin, static_cast<std::uint32_t>(tr.max_core), min_start);
  start = extend_over_brackets(doc, start, min_start, static_cast<std::uint32_t>(tr.max_core), h.begin);
  if (h.begin - start < 2) return;
  std::u32string_view core = t.substr(start, h.begin - start);
  if (is_generic_core(core)) return;
  // Prefer starting at a place inside the span (贵州毕节高新区 -> keep all, the
  // province prefix becomes an alias when the resolver merges names).
  std::uint32_t p = first_place_in(doc, start, h.begin);
  if (p > start && p < h.begin) {
    bool verbish = false;
    for (std::uint32_t k = start; k < p; ++k)
      if (!utf8::is_han(t[k])) verbish = true;
    if (!verbish && p - start > 4) start = p;
  }
  auto c = make(doc, start, h.end, EntityType::Zone, "zone-suffix", 0.8, 2);
  doc.candidates.push_back(std::move(c));
}

}  // namespace

void find_organizations(Document& doc) {
  const auto& lex = doc.kb.lexicon();
  // Lexicon organisations.
  for (const auto& h : doc.hits) {
    for (const auto& p : doc.kb.payloads(h.pattern)) {
      if (p.kind != HitKind::Organization) continue;
      const auto& o = lex.organizations()[static_cast<std::size_t>(p.index)];
      Candidate c;
      c.begin = h.begin;
      c.end = h.end;
      c.type = o.type;
      c.name = o.name;
      c.key = name_key(o.name);
      c.confidence = 0.95;
      c.priority = 4;
      c.rule = "lexicon-organization";
      c.from_lexicon = true;
      c.place_code = o.place_code;
      const auto surface = doc.str(h.begin, h.end);
      if (surface != o.name) c.aliases.push_back(surface);
      doc.candidates.push_back(std::move(c));
    }
  }
  // Zones first: government organs may be anchored on them (…开发区管委会).
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& h : doc.hits) {
      for (const auto& p : doc.kb.payloads(h.pattern)) {
        if (p.kind != HitKind::Trigger) continue;
        const auto& tr = triggers()[static_cast<std::size_t>(p.index)];
        if (pass == 0) {
          if (tr.family == TriggerFamily::Zone) zone_trigger(doc, h, tr);
          continue;
        }
        switch (tr.family) {
          case TriggerFamily::Company: company_trigger(doc, h, tr); break;
          case TriggerFamily::Fund: fund_trigger(doc, h); break;
          case TriggerFamily::Government: government_trigger(doc, h, tr); break;
          case TriggerFamily::Institution: institution_trigger(doc, h, tr); break;
          default: break;
        }
      }
    }
  }
}

}  // namespace ckg
