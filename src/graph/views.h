// Focused views: the part of a KnowledgeGraph to export or draw. A view
// starts from the entities picked by --within/--sector/--focus (all of them
// when none is given), adds their neighbours up to `depth` steps, keeps the
// listed types, then keeps the `min_degree`-core.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace ckg {

struct ViewOptions {
  // Type names (Province, IndustrialCluster ..., MonetaryAmount), case
  // insensitive, or their Chinese labels (产业集群 ...). Empty: every type.
  std::vector<std::string> types;
  // A place (province, city, district, region or zone): by name, short name,
  // GB/T 2260 code or IRI. Picks it and everything `within` it.
  std::string within;
  // A sector by name or IRI: picks it, its narrower sectors and every entity
  // inSector any of them.
  std::string sector;
  // One entity by IRI or name ("Type:name" when a name has several types).
  std::string focus;
  // Neighbour steps added around the picked entities (with within/sector/focus).
  int depth = 1;
  // Keep the k-core: the largest part in which every entity has at least
  // this many edges (edges counted inside the view).
  int min_degree = 0;

  bool empty() const { return types.empty() && within.empty() && sector.empty() && focus.empty() && min_degree <= 0; }
};

// One line describing the options ("within=广东省 depth=1"), "" for no view.
std::string describe(const ViewOptions& options);

// Marks the vertices of the view in `keep` (indexed by vertex). Returns "" or
// an error: an unknown type, a name that matches nothing or several
// entities, a negative number, or a view that selects nothing.
std::string select_view(const KnowledgeGraph& graph, const ViewOptions& options, std::vector<bool>& keep);

// True for the edges a visual export draws: every fact, not the `within`
// closure (kept in RDF, used here to select places).
bool drawn_edge(const Graph& g, Edge e);

}  // namespace ckg
