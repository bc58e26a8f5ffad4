// The subcommands of `clusterkg`. Each registers itself on the CLI11 app and
// sets `run` to the function main() calls after parsing.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace ckg::cli {

// The action of the chosen subcommand; returns the exit status.
using Action = std::function<int()>;

void add_build_command(CLI::App& app, Action& run);
void add_query_command(CLI::App& app, Action& run);
void add_explain_command(CLI::App& app, Action& run);
void add_eval_command(CLI::App& app, Action& run);
void add_extract_command(CLI::App& app, Action& run);
void add_merge_command(CLI::App& app, Action& run);
void add_render_command(CLI::App& app, Action& run);
void add_export_command(CLI::App& app, Action& run);
void add_serve_command(CLI::App& app, Action& run);

}  // namespace ckg::cli
