#include <cstdio>

#include "cli/commands.h"
#include "util/exit_codes.h"

namespace ckg::cli {

void add_merge_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand("merge", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([&run]() {
    run = []() {
      std::fprintf(stderr, "clusterkg: merge: not available yet\n");
      return exit_code::kFailure;
    };
  });
}

}  // namespace ckg::cli
