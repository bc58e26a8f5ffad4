// `clusterkg extract`: the map step of a distributed build. Articles (JSONL
// on stdin, or files/folders) -> N-Quads on stdout, one named graph per
// article with its extraction record (see pipeline/shards.h).
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>

#include "cli/commands.h"
#include "pipeline/extract_pool.h"
#include "pipeline/shards.h"
#include "util/exit_codes.h"

namespace ckg::cli {

void add_extract_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand(
      "extract",
      "Map step: read articles (JSONL on stdin, or PATHs) and write N-Quads to stdout, one named graph per "
      "article, for `clusterkg merge`");
  struct Args {
    std::vector<std::string> inputs;
    std::string source = "-";
    unsigned jobs = 0;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("paths", a->inputs, "Input files or folders (default: JSONL on stdin)");
  cmd->add_option("--source", a->source,
                  "Name recorded as the source of stdin's articles (NAME:LINE); give the split's file name to "
                  "match a build of that file")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", a->jobs, "Extraction threads (default: all cores)")->check(CLI::Range(1u, 1024u));
  cmd->callback([&run, a]() {
    run = [a]() {
      std::vector<InputIssue> issues;
      std::vector<InputFile> files;
      if (a->inputs.empty()) {
        if (isatty(fileno(stdin)))
          std::fprintf(stderr, "clusterkg: extract: reading JSONL articles from stdin (Ctrl-D to end)\n");
        std::ios::sync_with_stdio(false);
      } else {
        files = collect_inputs(a->inputs, issues);
      }
      ShardWriter writer(stdout);
      std::string write_error;
      ExtractPoolOptions pool;
      pool.jobs = a->jobs;
      std::size_t articles = 0;
      run_extract_pool(
          [&](const ArticleSink& sink, std::vector<InputIssue>& is) {
            if (a->inputs.empty()) {
              // Line by line (UTF-8): a split of any size is extracted and
              // written while it is read, in memory bounded by the pool's queue.
              read_jsonl_input({"stdin.jsonl", a->source}, std::cin, sink, is);
            } else {
              for (const auto& f : files) read_input_file(f, sink, is);
            }
          },
          [&](ArticleExtraction&& x) {
            ++articles;
            if (write_error.empty()) write_error = writer.write(x);
          },
          issues, pool);
      if (write_error.empty()) write_error = writer.finish();
      if (write_error.empty() && std::fflush(stdout) != 0) write_error = "cannot write to stdout";
      std::size_t skipped = 0;
      for (const auto& i : issues) {
        skipped += i.skipped ? 1 : 0;
        std::fprintf(stderr, "clusterkg: %s: %s: %s\n", i.skipped ? "skipped" : "warning", i.file.c_str(),
                     i.reason.c_str());
      }
      if (!write_error.empty()) {
        std::fprintf(stderr, "clusterkg: error: %s\n", write_error.c_str());
        return exit_code::kFailure;
      }
      std::fprintf(stderr, "clusterkg: extract: %zu articles, %zu quads, %zu skipped\n", articles, writer.quads(),
                   skipped);
      return skipped > 0 ? exit_code::kPartial : exit_code::kOk;
    };
  });
}

}  // namespace ckg::cli
