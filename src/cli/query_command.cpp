#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "query/query_guard.h"
#include "query/results_format.h"
#include "query/sparql.h"
#include "serve/store_source.h"
#include "store/store.h"
#include "util/exit_codes.h"

namespace ckg::cli {

void add_query_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand("query", "Run a SPARQL query (a .rq file or inline text) on a built graph");
  auto data = std::make_shared<std::string>("out");
  auto query = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("table");
  auto store = std::make_shared<std::string>();
  cmd->add_option("--data", *data, "Build output folder or RDF file (.ttl .nt .nq .rdf)")->capture_default_str();
  cmd->add_option("--store", *store, "Query a store written by `clusterkg build --store` (instead of --data)");
  cmd->add_option("query", *query, "A .rq file or the query text")->required();
  cmd->add_option("--format", *format, "table, csv, tsv, json or xml")->capture_default_str();
  cmd->callback([&run, data, query, format, store]() {
    run = [data, query, format, store]() {
      ResultFormat f;
      if (!parse_result_format(*format, f)) {
        std::fprintf(stderr, "clusterkg: error: unknown --format %s (use table, csv, tsv, json or xml)\n",
                     format->c_str());
        return exit_code::kUsage;
      }
      std::string text = *query;
      if (text.size() > 3 && text.substr(text.size() - 3) == ".rq") {
        std::ifstream in(text);
        if (!in) {
          std::fprintf(stderr, "clusterkg: error: cannot read query file %s\n", query->c_str());
          return exit_code::kUsage;
        }
        std::stringstream ss;
        ss << in.rdbuf();
        text = ss.str();
      }
      SparqlEngine engine;
      if (!uses_named_graphs(text)) engine.without_named_graphs();
      if (!store->empty()) {
        Store st;
        std::string err = st.open(*store);
        if (err.empty()) err = serve::add_store_quads(st, engine);
        if (!err.empty()) {
          std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
          return exit_code::kFailure;
        }
      } else if (auto err = engine.load(*data); !err.empty()) {
        std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
        return exit_code::kFailure;
      }
      QueryError qe;
      auto result = engine.run(text, qe);
      if (!result) {
        std::fprintf(stderr, "clusterkg: %s: %s\n", qe.unsupported ? "unsupported query" : "query error",
                     qe.message.c_str());
        return exit_code::kQueryError;
      }
      for (const auto& note : result->notes) std::fprintf(stderr, "clusterkg: note: %s\n", note.c_str());
      const std::string out = format_result(*result, f);
      std::fwrite(out.data(), 1, out.size(), stdout);
      if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "clusterkg: error: cannot write the results: %s\n", std::strerror(errno));
        return exit_code::kFailure;
      }
      // The results are out. Freeing an in-memory store of a large graph node
      // by node takes seconds (a fifth of a query on 260k quads); the process
      // ends here and the system takes the memory back at once.
      std::fflush(stderr);
      std::_Exit(exit_code::kOk);
    };
  });
}

}  // namespace ckg::cli
