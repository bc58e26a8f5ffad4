// The data columns of a node and an edge, shared by the GraphML and GEXF
// writers so both files carry the same attributes under the same names. A
// value that is unknown is left out (not written as 0 or ""), so that Gephi
// sees null, networkx no key and igraph NaN: a place without a point then
// lines up below the map in Geo Layout instead of piling up at (0, 0).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "export/export_graph.h"

namespace ckg {

enum class ColumnType { String, Int, Long, Double };

struct NodeColumn {
  const char* name;
  ColumnType type;
  std::optional<std::string> (*value)(const ExportNode&);
};

struct EdgeColumn {
  const char* name;
  ColumnType type;
  std::optional<std::string> (*value)(const ExportEdge&);
};

const std::vector<NodeColumn>& node_columns();
const std::vector<EdgeColumn>& edge_columns();

}  // namespace ckg
