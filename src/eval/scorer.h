// Precision, recall and F1 of a built graph against gold annotations, with
// the matching rules of shared/eval/score.py: types and predicates by local
// name; labels from rdfs:label, skos:prefLabel and skos:altLabel; names
// compared after NFKC and removal of spaces, quotes and brackets; places also
// by their short form and only if named in the text; a value relation holds
// if a number within 0.5% is reachable in at most two steps through a
// predicate of that name.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "eval/gold.h"
#include "graph/triples.h"

namespace ckg::eval {

// score.py's norm(): NFKC, no whitespace, quotes or brackets, dashes as '-'.
std::string norm(const std::string& s);
// score.py's place_short(): without a division suffix, if two characters remain.
std::string place_short(const std::string& s);

// The part of a graph the scorer reads.
class GraphView {
 public:
  explicit GraphView(const std::vector<Triple>& triples);
  const std::vector<std::string>& nodes() const { return nodes_; }  // typed nodes, sorted
  const std::set<std::string>& types(const std::string& node) const;
  std::set<std::string> keys(const std::string& node, const std::string& type) const;
  // Numbers reachable from node through a predicate with that local name, in at most two steps.
  std::vector<double> numbers_near(const std::string& node, const std::string& pred_local) const;
  // Local names of predicates from s to the IRI o.
  bool linked(const std::string& s, const std::string& o, const std::string& pred_local) const;
  // Subjects and (IRI) objects of triples whose predicate has that local name.
  const std::vector<std::pair<std::string, std::string>>& edges(const std::string& pred_local) const;
  const std::set<std::string>& labels(const std::string& node) const;

 private:
  struct Out {
    std::string pred;  // local name
    Term object;
  };
  std::vector<std::string> nodes_;
  std::map<std::string, std::set<std::string>> types_, labels_;
  std::map<std::string, std::vector<Out>> out_;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_pred_;
};

struct Count {
  int tp = 0, pred = 0, gold = 0;
};

struct Scores {
  std::map<std::pair<std::string, std::string>, Count> counts;  // (kind, name) -> counts
  std::vector<std::string> misses;                              // "id: missed Type name", "id: spurious …"
  std::vector<std::string> failures;                            // articles that could not be scored
  int articles = 0;
  bool spurious_relations = false;  // also list relations no gold relation accounts for (score.py lists none)
};

// Adds one article's counts (score.py's score_doc).
void score_doc(const GoldDoc& gold, const GraphView& graph, bool lenient, Scores& out);
// Counts every gold item of an article that could not be built as missed.
void count_failed(const GoldDoc& gold, Scores& out);

struct Summary {
  double core_entity_f1 = 0, all_entity_f1 = 0, relation_f1 = 0;
};
Summary summarize(const Scores& s);
// The report in score.py's layout (table, failures, misses if asked, summary line).
std::string format_report(const Scores& s, bool with_misses);
// The same as score.py --json (summary, rows, failures, misses).
std::string format_json(const Scores& s, bool with_misses);

}  // namespace ckg::eval
