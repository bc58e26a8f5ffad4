// `clusterkg serve`: a read-only SPARQL 1.1 Protocol endpoint over a built
// graph, plus the web page to query and explore it. See docs/serve.md.
#pragma once

#include <string>

#include "serve/worker.h"

namespace ckg::serve {

struct ServeOptions {
  std::string data;                // build output folder or RDF file
  std::string host = "127.0.0.1";  // bind address
  int port = 7878;                 // 0 = any free port (printed at start-up)
  int threads = 8;                 // HTTP connection threads
  int workers = 4;                 // query workers (forked children) at a time
  WorkerLimits limits;
};

// Loads the graph, serves until SIGINT/SIGTERM, returns the exit status.
// Prints "clusterkg serve: listening on http://HOST:PORT/" on stdout once
// the port is bound; one line per request on stderr.
int run_server(const ServeOptions& options);

}  // namespace ckg::serve
