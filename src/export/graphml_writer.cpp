#include "export/graphml_writer.h"

#include "export/columns.h"
#include "export/xml_text.h"

namespace ckg {
namespace {

const char* graphml_type(ColumnType t) {
  switch (t) {
    case ColumnType::String:
      return "string";
    case ColumnType::Int:
      return "int";
    case ColumnType::Long:
      return "long";
    case ColumnType::Double:
      return "double";
  }
  return "string";
}

// Keys Gephi maps onto its own node properties (by attr.name).
struct VisualKey {
  const char* name;
  ColumnType type;
};
constexpr VisualKey kNodeVisual[] = {
    {"label", ColumnType::String}, {"r", ColumnType::Int},    {"g", ColumnType::Int},   {"b", ColumnType::Int},
    {"size", ColumnType::Double},  {"x", ColumnType::Double}, {"y", ColumnType::Double}};
constexpr VisualKey kEdgeVisual[] = {{"label", ColumnType::String}, {"weight", ColumnType::Double}};

void key(XmlWriter& w, const std::string& id, const char* domain, const char* name, ColumnType type) {
  w.start("key");
  w.attr("id", id);
  w.attr("for", domain);
  w.attr("attr.name", name);
  w.attr("attr.type", graphml_type(type));
  w.end();
}

void data(XmlWriter& w, const std::string& key_id, const std::string& value) {
  w.start("data");
  w.attr("key", key_id);
  w.text(value);
  w.end();
}

}  // namespace

std::string write_graphml(const ExportGraph& g, const std::filesystem::path& target) {
  XmlWriter w(target);
  w.start("graphml");
  w.attr("xmlns", "http://graphml.graphdrawing.org/xmlns");
  w.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  w.attr("xsi:schemaLocation",
         "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

  if (!g.description.empty()) w.comment(g.description);
  // Keys: node visuals, node columns, edge visuals, edge columns; ids d0 ...
  int next = 0;
  auto new_id = [&]() { return "d" + std::to_string(next++); };
  std::vector<std::string> node_visual_ids, node_column_ids, edge_visual_ids, edge_column_ids;
  for (const auto& k : kNodeVisual) {
    node_visual_ids.push_back(new_id());
    key(w, node_visual_ids.back(), "node", k.name, k.type);
  }
  for (const auto& c : node_columns()) {
    node_column_ids.push_back(new_id());
    key(w, node_column_ids.back(), "node", c.name, c.type);
  }
  for (const auto& k : kEdgeVisual) {
    edge_visual_ids.push_back(new_id());
    key(w, edge_visual_ids.back(), "edge", k.name, k.type);
  }
  for (const auto& c : edge_columns()) {
    edge_column_ids.push_back(new_id());
    key(w, edge_column_ids.back(), "edge", c.name, c.type);
  }

  w.start("graph");
  w.attr("id", "G");
  w.attr("edgedefault", "directed");
  for (const auto& n : g.nodes) {
    w.start("node");
    w.attr("id", n.id);
    const std::string visual[] = {n.label,
                                  std::to_string(n.color.r),
                                  std::to_string(n.color.g),
                                  std::to_string(n.color.b),
                                  format_double(n.size),
                                  format_double(n.position.x),
                                  format_double(n.position.y)};
    for (std::size_t i = 0; i < std::size(visual); ++i) data(w, node_visual_ids[i], visual[i]);
    const auto& columns = node_columns();
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (auto v = columns[i].value(n)) data(w, node_column_ids[i], *v);
    w.end();
  }
  for (const auto& e : g.edges) {
    w.start("edge");
    w.attr("id", e.id);
    w.attr("source", g.nodes[e.source].id);
    w.attr("target", g.nodes[e.target].id);
    data(w, edge_visual_ids[0], e.relation);
    data(w, edge_visual_ids[1], format_double(e.weight));
    const auto& columns = edge_columns();
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (auto v = columns[i].value(e)) data(w, edge_column_ids[i], *v);
    w.end();
  }
  w.end();  // graph
  w.end();  // graphml
  return w.finish();
}

std::string write_graphml(const KnowledgeGraph& graph, const std::filesystem::path& target) {
  return write_graphml(make_export_graph(graph), target);
}

}  // namespace ckg
