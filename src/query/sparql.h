// SPARQL over the built graph with Redland/rasqal (0.9.33). One librdf world,
// used from one thread. Data is loaded through raptor with a statement
// handler into an indexed in-memory `hashes` store, never through
// parse_into_model. Each distinct triple is stored once, in the first named
// graph (article) that states it, so that default-graph queries see the RDF
// merge without duplicate rows; GRAPH ?g patterns therefore see shared triples
// (entity labels, facts) only in the first article that has them, while
// article-specific triples (articles, sentences, assertions) keep their graph.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/triples.h"

namespace ckg {

struct ResultTerm {
  enum class Kind : unsigned char { Iri, Literal, Blank };
  Kind kind = Kind::Literal;
  std::string value;
  std::string datatype;
  std::string lang;
};

struct QueryResult {
  enum class Kind : unsigned char { Bindings, Boolean, Graph };
  Kind kind = Kind::Bindings;
  std::vector<std::string> variables;
  std::vector<std::vector<std::optional<ResultTerm>>> rows;  // Bindings
  bool boolean = false;                                      // Boolean
  std::vector<Triple> triples;                               // Graph (CONSTRUCT)
  std::vector<std::string> notes;                            // rewrites and corrections made
};

struct QueryError {
  std::string message;       // what went wrong, with line/column where rasqal gives them
  bool unsupported = false;  // the query uses a feature rasqal 0.9.33 cannot run
};

struct QueryCheck;

class SparqlEngine {
 public:
  SparqlEngine();
  ~SparqlEngine();
  SparqlEngine(const SparqlEngine&) = delete;
  SparqlEngine& operator=(const SparqlEngine&) = delete;

  // Loads an RDF file (format from the extension: .ttl .nt .nq .rdf) or a
  // build output folder (its graph.nq, else graph.ttl). Returns "" or an error.
  std::string load(const std::filesystem::path& path);
  // Adds triples directly (tests, the bundled sample).
  void add(const std::vector<Triple>& triples, const std::string& graph = "");
  std::size_t size() const;
  // Readies the store `query` runs on: a query with GRAPH runs on a second
  // store that keeps the named graphs, built from the first the first time
  // one is asked (a server builds it before forking a worker, so that each
  // worker does not build it again). Returns "" or an error.
  std::string prepare(const std::string& query);
  // For a caller that will run no GRAPH query: triples given to add() are not
  // kept for the store with named graphs (a copy of the whole graph); a GRAPH
  // query then gets an error.
  void without_named_graphs();

  // Runs a query. On failure returns nothing and fills `error`. Queries that
  // rasqal 0.9.33 cannot run are refused or rewritten (query/query_guard.h);
  // aggregates over a WHERE clause without solutions are corrected (rasqal
  // gives one spurious row for GROUP BY, and no row instead of COUNT = 0).
  // A syntax error names its line and column.
  std::optional<QueryResult> run(const std::string& query, QueryError& error);

  struct Impl;

 private:
  // Runs the query as it is, on the store with named graphs if `named_graphs`.
  std::optional<QueryResult> run_raw(const std::string& query, bool named_graphs, QueryError& error);
  // rasqal 0.9.33 answers an aggregate over a WHERE clause without solutions
  // wrongly; corrects `result`. False (and `error` filled) if it cannot.
  bool correct_empty_aggregate(const QueryCheck& check, QueryResult& result, QueryError& error);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ckg
