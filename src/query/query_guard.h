// What rasqal 0.9.33 cannot run safely or correctly, found on a SPARQL
// tokenizer that skips strings, IRIs and comments (a "MINUS" inside a string
// or an IRI is data, not a keyword).
//
// Refused with a message saying how to phrase the query instead: SPARQL Update
// (INSERT DELETE LOAD CLEAR CREATE DROP COPY MOVE ADD), DESCRIBE, MINUS,
// EXISTS / NOT EXISTS, SERVICE, property paths (p+ p* p? ^p p/q p|q !p),
// VALUES with several variables or UNDEF, sub-SELECTs with aggregates or
// GROUP BY (wrong rows), GROUP_CONCAT with SEPARATOR (ignored), REGEX/REPLACE
// patterns that depend on characters rather than bytes (rasqal matches bytes:
// ".", "\w", "\W", "\S", "\D", negated classes, classes or quantifiers on
// non-ASCII characters) and STRAFTER/STRBEFORE (read freed memory).
// Rewritten: VALUES with one variable becomes FILTER(?x IN (...)) in the group
// it belongs to (rasqal crashes on VALUES).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ckg {

// One token of a SPARQL query; offsets are bytes into the query text.
struct SparqlToken {
  enum class Kind : unsigned char { Name, Var, String, Iri, Number, LangTag, Punct };
  Kind kind = Kind::Punct;
  std::size_t begin = 0, end = 0;
  std::string text;   // the source text
  std::string value;  // String: the contents between the quotes (escapes kept)
};

// Splits a query into tokens; comments and white space are dropped.
std::vector<SparqlToken> tokenize_sparql(const std::string& query);
// A keyword, in any case (not a prefixed name such as graph:p).
bool is_keyword(const SparqlToken& t, const char* kw);
bool is_punct(const SparqlToken& t, const char* p);
// True if the query names graphs (the GRAPH keyword).
bool uses_named_graphs(const std::string& query);

struct QueryCheck {
  std::optional<std::string> refusal;  // set: do not run; the explanation
  std::string text;                    // the query to run (rewritten when notes is not empty)
  std::vector<std::string> notes;      // rewrites made
  // A top-level SELECT with aggregates or GROUP BY: rasqal answers these
  // wrongly when the WHERE clause has no solution (see sparql.cpp).
  bool aggregate = false;
  bool group_by = false;
  bool having = false;
  bool named_graphs = false;  // GRAPH: runs on the store that keeps the named graphs
  std::string ask_where;      // "ASK" + the WHERE group with the same prologue ("" if not found)
  // Projection of an aggregate query: variable name and what the empty
  // group gives for it: "count" (0), "sum" (0), "avg" (0), "concat" (""),
  // "unbound" (MIN MAX SAMPLE) or "complex" (an expression we cannot evaluate).
  std::vector<std::pair<std::string, std::string>> projection;
};

QueryCheck prepare_query(const std::string& query);

// nullopt if the query may run (possibly after a rewrite); otherwise the explanation.
std::optional<std::string> check_query(const std::string& query);

}  // namespace ckg
