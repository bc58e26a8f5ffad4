// GraphML that Gephi, networkx and igraph all read the same way (see
// docs/gephi.md): the default namespace, every key for="node" or "edge" with
// a neutral id (d0 ...), a unique attr.name and a type among boolean/int/
// long/float/double/string, edgedefault="directed", no key named id.
// Gephi maps the node keys label, size, r/g/b, x/y and the edge keys label and
// weight onto its own properties; the other keys become columns. Written with
// libxml2's xmlTextWriter (Boost's write_graphml cannot leave out a value for
// one node, keeps 6 digits of a double and lets control characters through).
#pragma once

#include <filesystem>
#include <string>

#include "export/export_graph.h"
#include "export/style.h"  // type_color, amount_color (kept reachable from here)
#include "graph/knowledge_graph.h"

namespace ckg {

// Writes `graph` to `target` atomically; returns "" or an error message.
std::string write_graphml(const ExportGraph& graph, const std::filesystem::path& target);
// The whole knowledge graph.
std::string write_graphml(const KnowledgeGraph& graph, const std::filesystem::path& target);

}  // namespace ckg
