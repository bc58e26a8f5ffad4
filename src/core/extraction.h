// What extraction produces for one article: entities with their mentions and
// facts with the sentence that states them. Plain data, no RDF: the graph
// stage turns it into nodes and edges, the writers into RDF, GraphML, GEXF.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/vocab.h"

namespace ckg {

// A span of the ORIGINAL article text in code points, end exclusive.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool operator==(const Span&) const = default;
  auto operator<=>(const Span&) const = default;
};

struct Mention {
  Span span;            // in the original text
  std::string surface;  // the normalised surface form
};

struct PlaceInfo {
  std::string code;         // GB/T 2260 code ("" for regions)
  std::string parent_code;  // the parent division's code ("" for provinces)
  double lat = 0, lng = 0;  // GCJ-02 centre point
  bool has_point = false;
};

struct ExtractedEntity {
  EntityType type = EntityType::Company;
  std::string name;                        // canonical (full) name, normalised
  std::string key;                         // canonical key; entity IRI = type slug + key
  std::vector<std::string> aliases;        // other names seen for it (sorted, unique, != name); link across articles
  std::vector<std::string> local_aliases;  // names valid in this article only (人工智能产业集群); never link
  bool lexicon_name = false;               // name comes from the gazetteer or a lexicon
  std::vector<Mention> mentions;
  std::string merge_reason;  // why aliases were merged into this entity ("" if none)
  double confidence = 1.0;
  std::optional<PlaceInfo> place;    // for Province/City/District/Region (and linked zones)
  std::vector<std::string> broader;  // for Sector: broader sector names (lexicon)
};

struct ExtractedFact {
  int subject = -1;  // index into ArticleExtraction::entities
  Relation relation = Relation::locatedIn;
  int object = -1;  // entity index, for object relations
  // For value relations: the value as a plain decimal string in yuan (money)
  // or a count (enterpriseCount), e.g. "12000000000".
  std::string value;
  std::optional<int> year;  // target year, for targetScale and friends
  double confidence = 1.0;
  int sentence = -1;  // index into ArticleExtraction::sentences
  std::string rule;   // id of the rule that produced it
};

struct Sentence {
  Span span;         // in the original text
  std::string text;  // the original text of the sentence
};

struct ArticleExtraction {
  Article article;  // metadata; extract_article leaves its text empty
  std::vector<Sentence> sentences;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedFact> facts;
};

}  // namespace ckg
