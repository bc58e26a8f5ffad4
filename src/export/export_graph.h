// The graph as the visual writers see it: one flat record per node and edge
// with every attribute computed once (labels, colour, size, degree, first
// layout, time spells), so GraphML, GEXF and the Graphviz picture agree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "export/layout.h"
#include "export/style.h"
#include "graph/knowledge_graph.h"

namespace ckg {

// A closed interval of dates (YYYY-MM-DD), for Gephi's timeline.
struct Spell {
  std::string start, end;
  bool operator==(const Spell&) const = default;
};

struct ExportNode {
  std::string id;  // "n0", "n1" ... in IRI order
  std::string iri;
  std::string label;                          // short name for drawing
  std::string full_name;                      // canonical name
  std::string type;                           // IndustrialCluster ..., or MonetaryAmount
  std::string type_zh;                        // 产业集群 ..., or 金额
  std::string aliases;                        // other names, joined with "|"
  std::string code;                           // GB/T 2260 code of a division, "" otherwise
  std::optional<double> latitude, longitude;  // the gazetteer point (GCJ-02), if any
  Rgb color{0, 0, 0};
  double size = 10;
  Point position;                     // first layout
  int degree = 0;                     // edges in this export
  int articles = 0;                   // articles that mention it
  std::string first_seen, last_seen;  // their earliest/latest date, "" if none dated
  std::optional<double> amount;       // MonetaryAmount: value in yuan
  std::optional<int> year;            // MonetaryAmount: its year
  std::optional<double> target_yuan;  // entity with targetScale: the largest target
  std::optional<int> target_year;     // entity with targetScale: the latest target year
  std::optional<long long> enterprise_count;
  std::optional<Spell> spell;  // none: present at all times
};

struct ExportEdge {
  std::string id;                      // "e0", "e1" ... in (source IRI, relation, target IRI) order
  std::size_t source = 0, target = 0;  // indexes into ExportGraph::nodes
  std::string relation;                // locatedIn ...
  std::string relation_zh;             // 位于 ...
  double weight = 1;                   // articles that state it (at least 1)
  int articles = 0;
  std::string first_seen, last_seen;
  double confidence = 0;
  std::optional<int> year;  // money relations: the year of the amount
  std::optional<Spell> spell;
};

struct ExportGraph {
  std::vector<ExportNode> nodes;
  std::vector<ExportEdge> edges;
  std::string description;         // what the file holds ("sample corpus, view within=广东省")
  std::size_t parallel_pairs = 0;  // ordered node pairs joined by more than one relation
};

// Flattens `graph` (only the vertices with keep[v], or all when keep is
// empty) with the drawn edges between them (facts, not the `within`
// closure). A node that no article mentions and that no drawn edge touches
// is left out: such nodes are regions reached only through `within`.
ExportGraph make_export_graph(const KnowledgeGraph& graph, const std::vector<bool>& keep = {});

}  // namespace ckg
