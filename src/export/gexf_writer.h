// GEXF 1.3 for Gephi: the same nodes, edges and columns as the GraphML, plus
// viz colours, sizes and a first layout (places on a Mercator map), the
// relation as the edge `kind` (Gephi keeps parallel relations apart) and a
// timeline: each node and edge carries one spell from its first to its last
// dated article, stretched to the end of a target's year, with
// timeformat="date". Written with libxml2's xmlTextWriter.
#pragma once

#include <filesystem>
#include <string>

#include "export/export_graph.h"
#include "graph/knowledge_graph.h"

namespace ckg {

inline constexpr const char* kGexfNamespace = "http://gexf.net/1.3";
inline constexpr const char* kGexfVizNamespace = "http://gexf.net/1.3/viz";

// Writes `graph` to `target` atomically; returns "" or an error message.
std::string write_gexf(const ExportGraph& graph, const std::filesystem::path& target);
// The whole knowledge graph.
std::string write_gexf(const KnowledgeGraph& graph, const std::filesystem::path& target);

}  // namespace ckg
