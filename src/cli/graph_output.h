// What `clusterkg export` and `clusterkg render` share: the view options and
// the step "load a build, cut the view, write a file".
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "export/render.h"
#include "graph/views.h"

namespace ckg::cli {

enum class GraphFormat { GraphMl, Gexf, Svg, Png };

struct GraphOutputArgs {
  std::string data = "out";  // build folder or .nq file
  std::string output;        // file to write
  std::string format;        // "" = from the output's extension
  ViewOptions view;
  RenderOptions render;
};

// --types --within/--province --sector --focus --depth --min-degree.
void add_view_options(CLI::App* cmd, GraphOutputArgs& args);
// --layout --max-nodes --title.
void add_render_options(CLI::App* cmd, GraphOutputArgs& args);

// Loads the build, selects the view, writes the file; prints a summary or
// the error to stderr. `allowed` lists the formats this command writes.
int write_graph_output(const GraphOutputArgs& args, const std::vector<GraphFormat>& allowed);

}  // namespace ckg::cli
