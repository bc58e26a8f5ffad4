#include "cli/commands.h"
#include "cli/graph_output.h"

namespace ckg::cli {

void add_render_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand("render",
                                 "Draw the graph of a build (or a view of it) as an SVG or PNG picture with Graphviz");
  auto args = std::make_shared<GraphOutputArgs>();
  cmd->add_option("--data", args->data, "Build output folder (its graph.nq) or an .nq file")->capture_default_str();
  cmd->add_option("-o,--output", args->output, "Picture to write (.svg or .png)")->required();
  cmd->add_option("-f,--format", args->format, "svg or png (default: from the file extension)");
  add_view_options(cmd, *args);
  add_render_options(cmd, *args);
  cmd->callback([&run, args]() {
    run = [args]() { return write_graph_output(*args, {GraphFormat::Svg, GraphFormat::Png}); };
  });
}

}  // namespace ckg::cli
