// One article's contribution to the graph, with canonical IRIs: its entity
// nodes (including implied ancestor places and regions), amount nodes, the
// facts as edges (including the materialised `within` closure) and the
// sentences that state them. Every output format is derived from these.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/extraction.h"
#include "link/resolver.h"

namespace ckg {

struct GraphNode {
  std::string iri;
  bool is_amount = false;  // a MonetaryAmount node (then `type` is unused)
  EntityType type = EntityType::Company;
  std::string label;                    // canonical name, or "120亿元" for amounts
  std::vector<std::string> alt_labels;  // other names, sorted
  std::optional<PlaceInfo> place;
  std::vector<std::string> broader;  // sectors: broader sector names, nearest first
  std::string merge_reason;
  double confidence = 1.0;
  bool mentioned = false;  // named in the article (not only implied)
  // Amounts.
  std::string amount;  // decimal
  std::string currency;
  std::optional<int> year;
};

struct GraphEdge {
  std::string subject, object;  // IRIs
  Relation relation = Relation::locatedIn;
  int sentence = -1;  // -1: from the gazetteer or inferred
  std::string rule;
  double confidence = 1.0;
  bool inferred = false;  // `within` closure
};

struct GraphCount {  // enterpriseCount
  std::string subject;
  long long value = 0;
  int sentence = -1;
  std::string rule;
  double confidence = 1.0;
};

struct ArticleGraph {
  Article article;  // without text changes
  std::vector<Sentence> sentences;
  std::vector<GraphNode> nodes;    // sorted by IRI, unique
  std::vector<GraphEdge> edges;    // sorted, unique (subject, relation, object)
  std::vector<GraphCount> counts;  // sorted
};

ArticleGraph map_article(const ArticleExtraction& x, const EntityResolver& resolver);

}  // namespace ckg
