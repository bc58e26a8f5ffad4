#include <cstdio>

#include "cli/commands.h"
#include "pipeline/build.h"
#include "util/exit_codes.h"

namespace ckg::cli {

void add_build_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand("build",
                                 "Build the graph from articles (.txt .md .html .jsonl files or folders); "
                                 "with no PATH, from the bundled sample corpus");
  auto opts = std::make_shared<BuildOptions>();
  auto out = std::make_shared<std::string>("out");
  cmd->add_option("paths", opts->inputs, "Input files or folders");
  cmd->add_option("-o,--output", *out, "Output folder")->capture_default_str();
  cmd->add_flag("--strict", opts->strict, "Fail (write nothing) if any input is skipped");
  cmd->callback([&run, opts, out]() {
    run = [opts, out]() {
      opts->output_dir = *out;
      BuildReport r = run_build(*opts);
      for (const auto& i : r.issues)
        std::fprintf(stderr, "clusterkg: %s: %s: %s\n", i.skipped ? "skipped" : "warning", i.file.c_str(),
                     i.reason.c_str());
      if (!r.error.empty()) {
        std::fprintf(stderr, "clusterkg: error: %s\n", r.error.c_str());
        return exit_code::kFailure;
      }
      std::fprintf(stderr, "%s\n", summary_line(r, opts->output_dir).c_str());
      return r.skipped() > 0 ? exit_code::kPartial : exit_code::kOk;
    };
  });
}

}  // namespace ckg::cli
