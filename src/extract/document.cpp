#include "extract/document.h"

#include <algorithm>

#include "util/utf8.h"

namespace ckg {
namespace {

// Longest span the clause helpers look at on either side of a position.
constexpr std::uint32_t kClauseWindow = 160;

bool is_clause_sep(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == ' ' || c == U'，' || c == U'；' || c == U'：' || c == U'。' ||
         c == '!' || c == '?' || c == U'！' || c == U'？';
}

// A line that opens a numbered item: "1." "2、" "(3)" "一、" (not "10月" or "2.5亿").
bool opens_item(std::u32string_view t, std::uint32_t line) {
  std::uint32_t k = line;
  while (k < t.size() && t[k] == ' ') ++k;
  const std::uint32_t start = k;
  if (k < t.size() && t[k] == '(') {
    ++k;
    const std::uint32_t d = k;
    while (k < t.size() && (utf8::is_ascii_digit(t[k]) ||
                            std::u32string_view(U"一二三四五六七八九十").find(t[k]) != std::u32string_view::npos))
      ++k;
    return k > d && k - d <= 3 && k < t.size() && t[k] == ')';
  }
  while (k < t.size() && utf8::is_ascii_digit(t[k])) ++k;
  if (k > start && k - start <= 2 && k + 1 < t.size() && (t[k] == '.' || t[k] == U'、' || t[k] == U'．')) return true;
  k = start;
  while (k < t.size() && std::u32string_view(U"一二三四五六七八九十").find(t[k]) != std::u32string_view::npos) ++k;
  return k > start && k - start <= 2 && k < t.size() && t[k] == U'、';
}

// The number of an item line ("8.2024第四届…" is item 8), or -1.
int item_number(std::u32string_view t, std::uint32_t line) {
  int n = 0, digits = 0;
  for (std::uint32_t k = line; k < t.size() && utf8::is_ascii_digit(t[k]) && digits < 3; ++k, ++digits)
    n = n * 10 + (t[k] - '0');
  return digits ? n : -1;
}

std::vector<Item> split_items(std::u32string_view t) {
  std::vector<std::uint32_t> starts;
  int last = -1;
  for (std::uint32_t line = 0; line < t.size();) {
    if (opens_item(t, line)) {
      // Arabic-numbered items must count up (1. 2. 3.), so that "2.5亿元…" opening a line is not an item.
      const int n = item_number(t, line);
      if (n < 0 || last < 0 || n == last + 1) {
        starts.push_back(line);
        if (n >= 0) last = n;
      }
    }
    const auto nl = t.find('\n', line);
    if (nl == std::u32string_view::npos) break;
    line = static_cast<std::uint32_t>(nl + 1);
  }
  const auto n = static_cast<std::uint32_t>(t.size());
  std::vector<Item> items;
  if (starts.size() < 2) {
    items.push_back({0, n, false});
    return items;
  }
  if (starts.front() > 0) items.push_back({0, starts.front(), false});
  for (std::size_t i = 0; i < starts.size(); ++i)
    items.push_back({starts[i], i + 1 < starts.size() ? starts[i + 1] : n, true});
  return items;
}

}  // namespace

Document::Document(const Knowledge& k, const Article& a) : kb(k), article(a), norm(normalize_utf8(a.text)) {
  text = norm.text;
  sentences = split_sentences(norm.text);
  items = split_items(text);
  hits = kb.matcher().find_all(text);
  candidates.reserve(hits.size() + 32);
  fact_index_.reserve(64);
  facts.reserve(32);  // about twenty facts an article: few regrowths
}

PlaceInfo place_info(const Division& d) {
  PlaceInfo p;
  p.code = d.code;
  p.parent_code = d.parent_code;
  p.lat = d.lat;
  p.lng = d.lng;
  p.has_point = d.has_point;
  return p;
}

std::string Document::str(std::uint32_t b, std::uint32_t e) const { return utf8::encode(span(b, e)); }

int Document::sentence_at(std::uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](std::uint32_t p, const SentenceBounds& s) { return p < s.begin; });
  if (it == sentences.begin()) return sentences.empty() ? -1 : 0;
  --it;
  return static_cast<int>(it - sentences.begin());
}

const SentenceBounds& Document::sentence_of(std::uint32_t pos) const {
  static const SentenceBounds kEmpty{0, 0};
  const int s = sentence_at(pos);
  return s < 0 ? kEmpty : sentences[static_cast<std::size_t>(s)];
}

int Document::item_at(std::uint32_t pos) const {
  auto it =
      std::upper_bound(items.begin(), items.end(), pos, [](std::uint32_t p, const Item& s) { return p < s.begin; });
  if (it == items.begin()) return 0;
  return static_cast<int>(it - items.begin()) - 1;
}

const Item& Document::item_of(std::uint32_t pos) const { return items[static_cast<std::size_t>(item_at(pos))]; }

std::uint32_t Document::local_begin(std::uint32_t pos, std::uint32_t span) const {
  return std::max(sentence_of(pos).begin, pos > span ? pos - span : 0u);
}

std::uint32_t Document::local_end(std::uint32_t pos, std::uint32_t span) const {
  const auto& s = sentence_of(pos);
  return std::max(pos, std::min(s.end, pos + span));
}

std::uint32_t Document::clause_begin(std::uint32_t pos) const {
  const auto& s = sentence_of(pos);
  std::uint32_t lo = std::max(s.begin, pos > kClauseWindow ? pos - kClauseWindow : 0u);
  std::uint32_t b = std::min<std::uint32_t>(pos, static_cast<std::uint32_t>(text.size()));
  while (b > lo && !is_clause_sep(text[b - 1]) && text[b - 1] != '\n') --b;
  return b;
}

std::uint32_t Document::clause_end(std::uint32_t pos) const {
  const auto& s = sentence_of(pos);
  const std::uint32_t hi = std::min<std::uint32_t>(s.end > pos ? s.end : pos, pos + kClauseWindow);
  std::uint32_t e = pos;
  while (e < hi && e < text.size() && !is_clause_sep(text[e]) && text[e] != '\n') ++e;
  return e;
}

Document::PosIndex::const_iterator Document::lower(const PosIndex& v, std::uint32_t pos) {
  return std::lower_bound(v.begin(), v.end(), pos_entry(pos, 0));
}

void Document::index_candidates() {
  // Candidates are only appended between calls: sort the new ones and merge.
  if (by_begin_.size() > candidates.size()) {
    by_begin_.clear();
    by_end_.clear();
  }
  const std::size_t old = by_begin_.size();
  for (std::size_t i = old; i < candidates.size(); ++i) {
    by_begin_.push_back(pos_entry(candidates[i].begin, i));
    by_end_.push_back(pos_entry(candidates[i].end, i));
  }
  for (auto* v : {&by_begin_, &by_end_}) {
    std::sort(v->begin() + static_cast<std::ptrdiff_t>(old), v->end());
    std::inplace_merge(v->begin(), v->begin() + static_cast<std::ptrdiff_t>(old), v->end());
  }
}

std::size_t Document::first_mention_from(std::uint32_t pos) const {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), pos,
                             [](const Candidate& m, std::uint32_t p) { return m.begin < p; });
  return static_cast<std::size_t>(it - mentions.begin());
}

std::size_t Document::first_anchor_from(std::uint32_t pos) const {
  auto it = std::lower_bound(anchors.begin(), anchors.end(), pos,
                             [](const Anchor& a, std::uint32_t p) { return a.begin < p; });
  return static_cast<std::size_t>(it - anchors.begin());
}

int Document::mention_at(std::uint32_t b, std::uint32_t e) const {
  for (std::size_t i = first_mention_from(b); i < mentions.size() && mentions[i].begin == b; ++i)
    if (mentions[i].end == e) return static_cast<int>(i);
  return -1;
}

int Document::entity_starting_at(std::uint32_t pos) const {
  int best = -1;
  std::uint32_t best_end = 0;
  for (std::size_t i = first_anchor_from(pos); i < anchors.size() && anchors[i].begin == pos; ++i)
    if (anchors[i].end > best_end) {
      best = anchors[i].entity;
      best_end = anchors[i].end;
    }
  return best;
}

int Document::entity_ending_at(std::uint32_t pos) const {
  // Anchors are sorted by begin; names are short, so look back a bounded way.
  const std::uint32_t lo = pos > 64 ? pos - 64 : 0;
  int best = -1;
  std::uint32_t best_begin = pos;
  for (std::size_t i = first_anchor_from(lo); i < anchors.size() && anchors[i].begin < pos; ++i)
    if (anchors[i].end == pos && anchors[i].begin < best_begin) {
      best = anchors[i].entity;
      best_begin = anchors[i].begin;
    }
  return best;
}

int Document::find_entity(EntityType t, std::string_view key) const {
  return entity_index_.find(key, static_cast<int>(t));
}

int Document::add_entity(ExtractedEntity e) {
  const int i = static_cast<int>(entities.size());
  entity_index_.emplace(e.key, i, static_cast<int>(e.type));
  entities.push_back(std::move(e));
  return i;
}

void Document::reindex_entities() {
  entity_index_.clear(2 * entities.size() + mentions.size());
  for (int i = 0; i < static_cast<int>(entities.size()); ++i)
    entity_index_.emplace(entities[static_cast<std::size_t>(i)].key, i,
                          static_cast<int>(entities[static_cast<std::size_t>(i)].type));
}

void Document::index_entity_key(EntityType t, const std::string& key, int e) {
  entity_index_.emplace(key, e, static_cast<int>(t));  // keeps an existing entry
}

void Document::add_fact(int subject, Relation r, int object, std::uint32_t pos, std::string_view rule,
                        double confidence, std::string value, std::optional<int> year) {
  if (subject < 0 || (!is_value_relation(r) && (object < 0 || object == subject))) return;
  if (is_value_relation(r)) object = -1;
  auto it = fact_index_.find(FactKeyView{subject, static_cast<int>(r), object, value});
  if (it != fact_index_.end()) {
    auto& f = facts[it->second];
    if (!f.year && year) f.year = year;
    f.confidence = std::max(f.confidence, confidence);
    return;
  }
  ExtractedFact f;
  f.subject = subject;
  f.relation = r;
  f.object = object;
  f.value = std::move(value);
  f.year = year;
  f.confidence = confidence;
  f.sentence = sentence_at(pos);
  f.rule = rule;
  fact_index_.emplace(FactKey{subject, static_cast<int>(r), object, f.value}, facts.size());
  facts.push_back(std::move(f));
}

bool Document::has_fact(int subject, Relation r, int object) const {
  return fact_index_.find(FactKeyView{subject, static_cast<int>(r), object, {}}) != fact_index_.end();
}

void Document::remove_facts(int subject, Relation r) {
  std::vector<ExtractedFact> kept;
  kept.reserve(facts.size());
  for (auto& f : facts)
    if (!(f.subject == subject && f.relation == r)) kept.push_back(std::move(f));
  facts = std::move(kept);
  fact_index_.clear();
  for (std::size_t i = 0; i < facts.size(); ++i)
    fact_index_.emplace(FactKey{facts[i].subject, static_cast<int>(facts[i].relation), facts[i].object, facts[i].value},
                        i);
}

}  // namespace ckg
