#include <cstdio>

#include "cli/commands.h"
#include "serve/server.h"
#include "util/exit_codes.h"

namespace ckg::cli {

void add_serve_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand(
      "serve", "Serve a built graph: a read-only SPARQL 1.1 Protocol endpoint at /sparql and a web page at /");
  auto o = std::make_shared<serve::ServeOptions>();
  o->data = "out";
  cmd->add_option("--data", o->data, "Build output folder or RDF file (.ttl .nt .nq .rdf)")->capture_default_str();
  cmd->add_option("--host", o->host, "Address to listen on (127.0.0.1 = this machine only)")->capture_default_str();
  cmd->add_option("--port", o->port, "Port to listen on (0 = any free port, printed at start-up)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--timeout-ms", o->limits.timeout_ms, "Time limit per query in milliseconds")
      ->capture_default_str()
      ->check(CLI::Range(1L, 3600L * 1000));
  cmd->add_option("--row-limit", o->limits.row_limit, "Most rows (or triples) per result; 0 = no limit")
      ->capture_default_str();
  cmd->add_option("--worker-memory-mb", o->limits.memory_mb,
                  "Memory a query worker may allocate beyond the loaded graph, in MiB; 0 = no limit")
      ->capture_default_str();
  cmd->add_option("--workers", o->workers, "Queries run at the same time (each in its own process)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--threads", o->threads, "HTTP connection threads")
      ->capture_default_str()
      ->check(CLI::Range(2, 1024));
  // Tests only: lets a query make its worker abort or sleep.
  cmd->add_flag("--debug-hooks", o->limits.debug_hooks)->group("");
  cmd->callback([&run, o]() { run = [o]() { return serve::run_server(*o); }; });
}

}  // namespace ckg::cli
