#include <unistd.h>

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
  auto timings = std::make_shared<bool>(false);
  auto store = std::make_shared<std::string>();
  cmd->add_option("paths", opts->inputs, "Input files or folders");
  cmd->add_option("-o,--output", *out, "Output folder")->capture_default_str();
  cmd->add_flag("--strict", opts->strict, "Fail (write nothing) if any input is skipped");
  cmd->add_option("-j,--jobs", opts->jobs,
                  "Threads for extraction, mapping and writing (default: all cores); output does not depend on it")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--store", *store,
                  "Persistent incremental store folder (Redland bdb): unchanged articles are not extracted again, "
                  "changed ones replace their graph; outputs cover everything stored");
  auto formats = std::make_shared<std::string>("all");
  cmd->add_option("--formats", *formats,
                  "Graph files to write: all, or a comma-separated list of nq, ttl, nt, rdf, graphml, gexf "
                  "(the others are removed from the output folder)")
      ->capture_default_str();
  auto spill = std::make_shared<std::string>("auto");
  cmd->add_option("--spill", *spill,
                  "Keep extractions on disk (in $TMPDIR) until mapping, so memory follows the graph and not the "
                  "corpus: auto (when the inputs are over 256 MB and there is no --store), on, off")
      ->check(CLI::IsMember({"auto", "on", "off"}))
      ->capture_default_str();
  cmd->add_option("--spill-table", opts->spill_table_mib,
                  "When spilling, MiB of distinct triples kept in memory before a sorted run is written to $TMPDIR "
                  "(merged when the files are written)")
      ->check(CLI::Range(1, 1 << 20))
      ->capture_default_str();
  cmd->add_flag("--timings", *timings, "Print seconds, MB/s and resident memory per stage to stderr");
  cmd->callback([&run, opts, out, timings, store, formats, spill]() {
    if (auto err = OutputFormats::parse(*formats, opts->formats); !err.empty())
      throw CLI::ValidationError("--formats", err);
    opts->spill = *spill == "on"    ? BuildOptions::Spill::On
                  : *spill == "off" ? BuildOptions::Spill::Off
                                    : BuildOptions::Spill::Auto;
    run = [opts, out, timings, store]() {
      opts->output_dir = *out;
      opts->store = *store;
      opts->progress = isatty(fileno(stderr)) != 0;
      BuildReport r = run_build(*opts);
      for (const auto& i : r.issues)
        std::fprintf(stderr, "clusterkg: %s: %s: %s\n", i.skipped ? "skipped" : "warning", i.file.c_str(),
                     i.reason.c_str());
      if (!r.error.empty()) {
        std::fprintf(stderr, "clusterkg: error: %s\n", r.error.c_str());
        return exit_code::kFailure;
      }
      std::fprintf(stderr, "%s\n", summary_line(r, opts->output_dir).c_str());
      if (!store->empty())
        std::fprintf(stderr,
                     "clusterkg: store %s: %zu articles extracted, %zu unchanged (not extracted), %zu graphs "
                     "written, %zu removed\n",
                     store->c_str(), r.store_extracted, r.store_skipped, r.store_graphs_written,
                     r.store_graphs_removed);
      if (*timings) std::fputs(timings_text(r).c_str(), stderr);
      return r.skipped() > 0 ? exit_code::kPartial : exit_code::kOk;
    };
  });
}

}  // namespace ckg::cli
