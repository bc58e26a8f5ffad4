#include "extract/document.h"

#include <algorithm>

#include "util/utf8.h"

namespace ckg {

Document::Document(const Knowledge& k, const Article& a)
    : kb(k), article(a), norm(normalize_utf8(a.text)) {
  text = norm.text;
  sentences = split_sentences(norm.text);
  hits = kb.matcher().find_all(text);
}

std::string Document::str(std::uint32_t b, std::uint32_t e) const {
  if (b >= e || b >= text.size()) return "";
  return utf8::encode(text.substr(b, std::min<std::size_t>(e, text.size()) - b));
}

int Document::sentence_at(std::uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](std::uint32_t p, const SentenceBounds& s) { return p < s.begin; });
  if (it == sentences.begin()) return sentences.empty() ? -1 : 0;
  --it;
  return static_cast<int>(it - sentences.begin());
}

int Document::find_entity(EntityType t, std::string_view key) const {
  for (int i = 0; i < static_cast<int>(entities.size()); ++i)
    if (entities[static_cast<std::size_t>(i)].type == t && entities[static_cast<std::size_t>(i)].key == key) return i;
  return -1;
}

void Document::add_fact(int subject, Relation r, int object, std::uint32_t pos, const std::string& rule,
                        double confidence, std::string value, std::optional<int> year) {
  if (subject < 0 || (!is_value_relation(r) && (object < 0 || object == subject))) return;
  for (auto& f : facts) {
    if (f.subject == subject && f.relation == r && f.object == object && f.value == value && f.year == year) {
      f.confidence = std::max(f.confidence, confidence);
      return;
    }
  }
  ExtractedFact f;
  f.subject = subject;
  f.relation = r;
  f.object = is_value_relation(r) ? -1 : object;
  f.value = std::move(value);
  f.year = year;
  f.confidence = confidence;
  f.sentence = sentence_at(pos);
  f.rule = rule;
  facts.push_back(std::move(f));
}

}  // namespace ckg
