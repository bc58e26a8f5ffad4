// Helpers for the extraction tests (header only): run the extractor on a text of our own
// and ask about its entities and facts by name.
#pragma once

#include <optional>
#include <string>

#include <algorithm>

#include "core/extraction.h"
#include "extract/extractor.h"

namespace ckg::test {

struct Extracted {
  ArticleExtraction x;
  // The entity of that type named (or aliased) so, or nullptr.
  const ExtractedEntity* entity(EntityType t, const std::string& name) const;
  bool has(EntityType t, const std::string& name) const { return entity(t, name) != nullptr; }
  // Any entity of any type named so.
  const ExtractedEntity* any(const std::string& name) const;
  int count(EntityType t) const;
  // A fact subject -relation-> object, both by name (any type).
  bool fact(const std::string& subject, Relation r, const std::string& object) const;
  // The rule of that fact ("" if there is none).
  std::string rule_of(const std::string& subject, Relation r, const std::string& object) const;
  // A value fact; year 0 means "no year", -1 means "any year".
  bool value(const std::string& subject, Relation r, const std::string& value, int year = -1) const;
  int facts(Relation r) const;
  std::string dump() const;  // entities and facts, for failure messages
};

Extracted extract_text(const std::string& text, const std::string& title = "");

namespace detail {

inline bool named(const ExtractedEntity& e, const std::string& name) {
  return e.name == name || std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end() ||
         std::find(e.local_aliases.begin(), e.local_aliases.end(), name) != e.local_aliases.end();
}

}  // namespace detail

inline const ExtractedEntity* Extracted::entity(EntityType t, const std::string& name) const {
  for (const auto& e : x.entities)
    if (e.type == t && detail::named(e, name)) return &e;
  return nullptr;
}

inline const ExtractedEntity* Extracted::any(const std::string& name) const {
  for (const auto& e : x.entities)
    if (detail::named(e, name)) return &e;
  return nullptr;
}

inline int Extracted::count(EntityType t) const {
  return static_cast<int>(
      std::count_if(x.entities.begin(), x.entities.end(), [&](const auto& e) { return e.type == t; }));
}

inline bool Extracted::fact(const std::string& subject, Relation r, const std::string& object) const {
  for (const auto& f : x.facts) {
    if (f.relation != r || f.object < 0) continue;
    if (detail::named(x.entities[static_cast<std::size_t>(f.subject)], subject) &&
        detail::named(x.entities[static_cast<std::size_t>(f.object)], object))
      return true;
  }
  return false;
}

inline std::string Extracted::rule_of(const std::string& subject, Relation r, const std::string& object) const {
  for (const auto& f : x.facts) {
    if (f.relation != r || f.object < 0) continue;
    if (detail::named(x.entities[static_cast<std::size_t>(f.subject)], subject) &&
        detail::named(x.entities[static_cast<std::size_t>(f.object)], object))
      return f.rule;
  }
  return "";
}

inline bool Extracted::value(const std::string& subject, Relation r, const std::string& value, int year) const {
  for (const auto& f : x.facts) {
    if (f.relation != r || f.value != value) continue;
    if (!detail::named(x.entities[static_cast<std::size_t>(f.subject)], subject)) continue;
    if (year == -1 || (year == 0 && !f.year) || (f.year && *f.year == year)) return true;
  }
  return false;
}

inline int Extracted::facts(Relation r) const {
  return static_cast<int>(
      std::count_if(x.facts.begin(), x.facts.end(), [&](const auto& f) { return f.relation == r; }));
}

inline std::string Extracted::dump() const {
  std::string s;
  for (const auto& e : x.entities) s += std::string(type_name(e.type)) + " " + e.name + "\n";
  for (const auto& f : x.facts) {
    s += x.entities[static_cast<std::size_t>(f.subject)].name + " " + std::string(relation_name(f.relation)) + " ";
    s += f.object >= 0 ? x.entities[static_cast<std::size_t>(f.object)].name : f.value;
    if (f.year) s += " (" + std::to_string(*f.year) + ")";
    s += " [" + f.rule + "]\n";
  }
  return s;
}

inline Extracted extract_text(const std::string& text, const std::string& title) {
  Article a;
  a.text = text;
  a.title = title;
  finalize_article(a);
  return {extract_article(a)};
}

}  // namespace ckg::test
