// `clusterkg merge`: the reduce step of a distributed build. Reads the
// N-Quads shards written by `clusterkg extract`, resolves entities across all
// of them and writes the same outputs as `clusterkg build`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>
#include <thread>

#include "cli/commands.h"
#include "pipeline/build.h"
#include "pipeline/shards.h"
#include "util/exit_codes.h"

namespace ckg::cli {

void add_merge_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand("merge",
                                 "Reduce step: combine N-Quads shards from `clusterkg extract` into one build "
                                 "(graph.nq .ttl .nt .rdf .graphml .gexf)");
  struct Args {
    std::vector<std::string> shards;
    std::string out = "out";
    bool timings = false;
    std::string formats = "all";
    unsigned jobs = 0;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("shards", a->shards, "N-Quads files written by `clusterkg extract`")->required();
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->add_flag("--timings", a->timings, "Print seconds per stage to stderr");
  cmd->add_option("--formats", a->formats, "Graph files to write: all, or a list of nq, ttl, nt, rdf, graphml, gexf")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", a->jobs, "Threads for mapping and writing (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->callback([&run, a]() {
    auto wo = std::make_shared<WriteOptions>();
    if (auto err = OutputFormats::parse(a->formats, wo->formats); !err.empty())
      throw CLI::ValidationError("--formats", err);
    wo->threads = a->jobs ? a->jobs : std::max(1u, std::thread::hardware_concurrency());
    run = [a, wo]() {
      const auto start = std::chrono::steady_clock::now();
      auto since = [](std::chrono::steady_clock::time_point t) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
      };
      BuildReport r;
      std::set<std::string> ids;
      std::vector<ArticleExtraction> unique;
      for (const auto& s : a->shards) {
        std::vector<ArticleExtraction> part;
        if (auto err = read_shard(s, part); !err.empty()) {
          std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
          return exit_code::kFailure;
        }
        ++r.files;
        for (auto& x : part) {
          if (!ids.insert(x.article.id).second) {
            ++r.duplicates;
            std::fprintf(stderr, "clusterkg: warning: %s: article %s is in an earlier shard; read once\n", s.c_str(),
                         x.article.id.c_str());
            continue;
          }
          unique.push_back(std::move(x));
        }
      }
      if (unique.empty()) {
        std::fprintf(stderr, "clusterkg: error: no articles in the shards\n");
        return exit_code::kFailure;
      }
      r.articles = unique.size();
      r.times.jobs = wo->threads;
      r.times.read = since(start);  // reading the shards
      write_build_outputs(unique, a->out, r, {}, *wo);
      r.times.total = since(start);
      if (!r.error.empty()) {
        std::fprintf(stderr, "clusterkg: error: %s\n", r.error.c_str());
        return exit_code::kFailure;
      }
      std::fprintf(stderr, "%s\n", summary_line(r, a->out).c_str());
      if (a->timings) std::fputs(timings_text(r).c_str(), stderr);
      return exit_code::kOk;
    };
  });
}

}  // namespace ckg::cli
