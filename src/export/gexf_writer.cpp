#include "export/gexf_writer.h"

#include <algorithm>

#include "export/columns.h"
#include "export/xml_text.h"

namespace ckg {
namespace {

const char* gexf_type(ColumnType t) {
  switch (t) {
    case ColumnType::String:
      return "string";
    case ColumnType::Int:
      return "integer";
    case ColumnType::Long:
      return "long";
    case ColumnType::Double:
      return "double";
  }
  return "string";
}

template <typename Column>
void declare(XmlWriter& w, const char* cls, const std::vector<Column>& columns) {
  w.start("attributes");
  w.attr("class", cls);
  w.attr("mode", "static");
  for (const auto& c : columns) {
    w.start("attribute");
    w.attr("id", c.name);
    w.attr("title", c.name);
    w.attr("type", gexf_type(c.type));
    w.end();
  }
  w.end();
}

template <typename Column, typename Item>
void values(XmlWriter& w, const std::vector<Column>& columns, const Item& item) {
  bool open = false;
  for (const auto& c : columns) {
    auto v = c.value(item);
    if (!v) continue;
    if (!open) {
      w.start("attvalues");
      open = true;
    }
    w.start("attvalue");
    w.attr("for", c.name);
    w.attr("value", *v);
    w.end();
  }
  if (open) w.end();
}

void spells(XmlWriter& w, const std::optional<Spell>& spell) {
  if (!spell) return;
  w.start("spells");
  w.start("spell");
  w.attr("start", spell->start);
  w.attr("end", spell->end);
  w.end();
  w.end();
}

}  // namespace

std::string write_gexf(const ExportGraph& g, const std::filesystem::path& target) {
  const bool dynamic = std::any_of(g.nodes.begin(), g.nodes.end(), [](const ExportNode& n) { return n.spell; });
  XmlWriter w(target);
  w.start("gexf");
  w.attr("xmlns", kGexfNamespace);
  w.attr("xmlns:viz", kGexfVizNamespace);
  w.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  w.attr("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
  w.attr("version", "1.3");
  w.start("meta");
  w.start("creator");
  w.text("clusterkg");
  w.end();
  if (!g.description.empty()) {
    w.start("description");
    w.text(g.description);
    w.end();
  }
  w.end();  // meta

  w.start("graph");
  w.attr("defaultedgetype", "directed");
  w.attr("mode", dynamic ? "dynamic" : "static");
  if (dynamic) {
    w.attr("timeformat", "date");
    w.attr("timerepresentation", "interval");
  }
  declare(w, "node", node_columns());
  declare(w, "edge", edge_columns());

  w.start("nodes");
  w.attr_int("count", static_cast<long long>(g.nodes.size()));
  for (const auto& n : g.nodes) {
    w.start("node");
    w.attr("id", n.id);
    w.attr("label", n.label);
    values(w, node_columns(), n);
    spells(w, n.spell);
    w.start("viz:color");
    w.attr_int("r", n.color.r);
    w.attr_int("g", n.color.g);
    w.attr_int("b", n.color.b);
    w.end();
    w.start("viz:position");
    w.attr("x", n.position.x);
    w.attr("y", n.position.y);
    w.end();
    w.start("viz:size");
    w.attr("value", n.size);
    w.end();
    w.end();  // node
  }
  w.end();  // nodes

  w.start("edges");
  w.attr_int("count", static_cast<long long>(g.edges.size()));
  for (const auto& e : g.edges) {
    w.start("edge");
    w.attr("id", e.id);
    w.attr("source", g.nodes[e.source].id);
    w.attr("target", g.nodes[e.target].id);
    w.attr("label", e.relation);
    w.attr("kind", e.relation);
    w.attr("weight", e.weight);
    values(w, edge_columns(), e);
    spells(w, e.spell);
    w.end();
  }
  w.end();  // edges
  w.end();  // graph
  w.end();  // gexf
  return w.finish();
}

std::string write_gexf(const KnowledgeGraph& graph, const std::filesystem::path& target) {
  return write_gexf(make_export_graph(graph), target);
}

}  // namespace ckg
