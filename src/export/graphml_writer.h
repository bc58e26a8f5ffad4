// GraphML for Gephi, networkx and igraph, written with Boost.Graph's
// write_graphml: directed, every key declared for="node" or for="edge",
// attr.name label/type/code/latitude/longitude/r/g/b/size on nodes and
// label/weight on edges.
#pragma once

#include <filesystem>
#include <string>

#include "graph/knowledge_graph.h"

namespace ckg {

struct Rgb {
  int r, g, b;
};
// The colour of a node type in every visual output (GraphML, GEXF, web, render).
Rgb type_color(EntityType t);
Rgb amount_color();

// Writes `graph` to `target` atomically; returns "" or an error message.
std::string write_graphml(const KnowledgeGraph& graph, const std::filesystem::path& target);

}  // namespace ckg
