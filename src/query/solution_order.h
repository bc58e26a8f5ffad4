// ORDER BY, LIMIT and OFFSET of a SELECT, applied by clusterkg instead of
// rasqal. rasqal 0.9.33 sorts by inserting each row into an unbalanced binary
// tree, so rows that arrive already in order (which the indexed store gives
// for IRIs and the labels made from them) take quadratic time: ordering 7,000
// companies by IRI took 2.2 s, 110,000 assertions over two minutes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "query/sparql.h"

namespace ckg {

struct OrderKey {
  std::string var;  // without '?'
  bool descending = false;
};

struct SolutionOrder {
  std::vector<OrderKey> keys;
  std::optional<std::size_t> limit;
  std::size_t offset = 0;
};

// If the top-level query is a SELECT whose ORDER BY has only variables
// (?v, ASC(?v), DESC(?v)) that the SELECT projects (or SELECT *), removes
// ORDER BY, LIMIT and OFFSET from `query` and returns them. Otherwise leaves
// the query alone (rasqal orders it) and returns nothing.
std::optional<SolutionOrder> take_solution_order(std::string& query);

// SPARQL's order of terms (SPARQL 1.1 §15.1): unbound, blank nodes, IRIs,
// literals; numbers by value, strings by code point, then language tag;
// other literals by datatype, then lexical form. Negative, zero, positive.
int compare_terms(const std::optional<ResultTerm>& a, const std::optional<ResultTerm>& b);

// Sorts the rows (stable: ties keep rasqal's order), then applies OFFSET and LIMIT.
void apply_solution_order(QueryResult& result, const SolutionOrder& order);

}  // namespace ckg
