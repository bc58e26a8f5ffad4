#include "cli/graph_output.h"

#include <algorithm>
#include <cstdio>

#include "export/export_graph.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "graph/graph_loader.h"
#include "util/exit_codes.h"

namespace ckg::cli {
namespace {

const char* format_name(GraphFormat f) {
  switch (f) {
    case GraphFormat::GraphMl:
      return "graphml";
    case GraphFormat::Gexf:
      return "gexf";
    case GraphFormat::Svg:
      return "svg";
    case GraphFormat::Png:
      return "png";
  }
  return "";
}

bool parse_format(const std::string& s, GraphFormat& out) {
  for (auto f : {GraphFormat::GraphMl, GraphFormat::Gexf, GraphFormat::Svg, GraphFormat::Png})
    if (s == format_name(f)) {
      out = f;
      return true;
    }
  return false;
}

}  // namespace

void add_view_options(CLI::App* cmd, GraphOutputArgs& a) {
  cmd->add_option("--types", a.view.types,
                  "Keep only these types, comma-separated (IndustrialCluster,Company,Sector ...; MonetaryAmount)")
      ->delimiter(',');
  cmd->add_option("--within,--province", a.view.within,
                  "A place (province, city, district, region or zone; name, short name, code or IRI): it and "
                  "everything within it");
  cmd->add_option("--sector", a.view.sector, "A sector: it, its narrower sectors and what is in them");
  cmd->add_option("--focus", a.view.focus, "One entity (IRI, name, or Type:name)");
  cmd->add_option("--depth", a.view.depth, "Neighbour steps added around --within/--sector/--focus")
      ->capture_default_str();
  cmd->add_option("--min-degree", a.view.min_degree, "Keep only the part where every node has at least N edges")
      ->capture_default_str();
}

void add_render_options(CLI::App* cmd, GraphOutputArgs& a) {
  cmd->add_option("--layout", a.render.layout, "Graphviz layout: auto, neato, sfdp, fdp, dot, circo, twopi")
      ->capture_default_str();
  cmd->add_option("--max-nodes", a.render.max_nodes, "Refuse to draw larger graphs")->capture_default_str();
  cmd->add_option("--title", a.render.title, "Caption above the legend");
}

int write_graph_output(const GraphOutputArgs& a, const std::vector<GraphFormat>& allowed) {
  std::string allowed_names;
  for (auto f : allowed) allowed_names += std::string(allowed_names.empty() ? "" : ", ") + format_name(f);
  GraphFormat format;
  std::string name = a.format;
  if (name.empty()) {
    name = std::filesystem::path(a.output).extension().string();
    if (!name.empty()) name.erase(0, 1);
  }
  if (!parse_format(name, format) || std::find(allowed.begin(), allowed.end(), format) == allowed.end()) {
    std::fprintf(
        stderr,
        "clusterkg: error: %s: cannot tell the format (give --format %s, or an output file ending in one of them)\n",
        a.output.c_str(), allowed_names.c_str());
    return exit_code::kUsage;
  }

  KnowledgeGraph graph;
  LoadStats stats;
  if (auto err = load_graph(a.data, graph, stats); !err.empty()) {
    std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
    return exit_code::kFailure;
  }
  for (const auto& w : stats.warnings) std::fprintf(stderr, "clusterkg: warning: %s\n", w.c_str());

  std::vector<bool> keep;
  if (!a.view.empty()) {
    if (auto err = select_view(graph, a.view, keep); !err.empty()) {
      std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
      return exit_code::kUsage;
    }
  }
  ExportGraph eg = make_export_graph(graph, keep);
  if (eg.nodes.empty()) {
    std::fprintf(stderr, "clusterkg: error: nothing to write: the view keeps no node with a fact or a mention\n");
    return exit_code::kFailure;
  }
  if (const std::string view = describe(a.view); !view.empty()) eg.description += "; view: " + view;

  std::string err;
  switch (format) {
    case GraphFormat::GraphMl:
      err = write_graphml(eg, a.output);
      break;
    case GraphFormat::Gexf:
      err = write_gexf(eg, a.output);
      break;
    case GraphFormat::Svg:
      err = render_graph(eg, a.output, ImageFormat::Svg, a.render);
      break;
    case GraphFormat::Png:
      err = render_graph(eg, a.output, ImageFormat::Png, a.render);
      break;
  }
  if (!err.empty()) {
    std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
    return exit_code::kFailure;
  }
  if (format == GraphFormat::GraphMl && eg.parallel_pairs > 0)
    std::fprintf(stderr,
                 "clusterkg: note: %zu node pairs are joined by two or more relations; Gephi merges them on GraphML "
                 "import unless you choose \"Don't merge\" (the GEXF keeps them apart)\n",
                 eg.parallel_pairs);
  std::fprintf(stderr, "clusterkg: wrote %s: %zu nodes, %zu edges%s%s\n", a.output.c_str(), eg.nodes.size(),
               eg.edges.size(),
               a.view.empty() ? "" : " (view: ", a.view.empty() ? "" : (describe(a.view) + ")").c_str());
  return exit_code::kOk;
}

}  // namespace ckg::cli
