// clusterkg explain NAME [--data DIR]: what the built graph holds about an
// entity and the sentences behind each fact.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "explain/explain.h"
#include "query/sparql.h"
#include "util/exit_codes.h"

namespace ckg::cli {

void add_explain_command(CLI::App& app, Action& run) {
  auto* cmd =
      app.add_subcommand("explain", "Show what the graph holds about an entity (by any of its names) and the evidence");
  auto name = std::make_shared<std::string>();
  auto data = std::make_shared<std::string>("out");
  cmd->add_option("name", *name, "Canonical name or alias (广东, 江城基金, 长沙工程机械产业集群)")->required();
  cmd->add_option("--data", *data, "Build output folder or RDF file (.ttl .nt .nq .rdf)")->capture_default_str();
  cmd->callback([&run, name, data]() {
    run = [name, data]() {
      SparqlEngine engine;
      if (auto err = engine.load(*data); !err.empty()) {
        std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
        return exit_code::kFailure;
      }
      std::string error;
      const auto found = explain(engine, *name, error);
      if (!error.empty()) {
        std::fprintf(stderr, "clusterkg: error: %s\n", error.c_str());
        return exit_code::kFailure;
      }
      if (found.empty()) {
        std::fprintf(stderr, "clusterkg: no entity named %s in %s\n", name->c_str(), data->c_str());
        const auto like = similar_names(engine, *name, 10);
        for (const auto& l : like) std::fprintf(stderr, "  did you mean: %s\n", l.c_str());
        return exit_code::kFailure;
      }
      const std::string out = format_explanation(found);
      std::fwrite(out.data(), 1, out.size(), stdout);
      return exit_code::kOk;
    };
  });
}

}  // namespace ckg::cli
