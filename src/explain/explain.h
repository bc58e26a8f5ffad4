// What the built graph holds about one entity, found by any of its names:
// its names, types, code and merge reason, every fact about it (as subject
// and as object) with the confidence and rule of each assertion, and the
// sentences and articles behind them. Reads the graph through SparqlEngine.
#pragma once

#include <string>
#include <vector>

#include "query/sparql.h"

namespace ckg {

struct ExplainedFact {
  std::string relation;  // local name
  std::string other;     // label of the other entity, an amount ("120亿元") or a literal
  bool outgoing = true;  // entity is the subject
  std::string confidence, rule, year;
  std::string article, source, sentence, start, end;  // evidence ("" for gazetteer facts)
};

struct ExplainedEntity {
  std::string iri, label;
  std::vector<std::string> types, names;
  std::string code, merge_reason;
  int articles = 0;
  std::vector<ExplainedFact> facts;
};

// Entities with this label or alias. On a query failure sets `error`.
std::vector<ExplainedEntity> explain(SparqlEngine& engine, const std::string& name, std::string& error);
// Labels that contain `name` (at most `limit`), to suggest when nothing matches.
std::vector<std::string> similar_names(SparqlEngine& engine, const std::string& name, std::size_t limit);
// Plain-text report.
std::string format_explanation(const std::vector<ExplainedEntity>& entities);

}  // namespace ckg
