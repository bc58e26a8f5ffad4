// Runs one query isolated from the server: the parent holds the loaded graph
// and forks a child per query; the child runs rasqal on its copy-on-write view
// of the graph, serializes the response into a pipe and exits. The parent
// reads the pipe with a deadline and kills the child when the time limit is
// hit. A child that crashes (rasqal 0.9.33 segfaults on some valid queries) or
// runs out of its memory allowance costs that one request a 500; the server
// carries on.
#pragma once

#include <mutex>
#include <string>

#include "query/sparql.h"
#include "serve/protocol.h"

namespace ckg::serve {

struct WorkerLimits {
  long timeout_ms = 10000;        // wall time per query, then SIGKILL
  std::size_t row_limit = 10000;  // rows (or triples) per response, 0 = none
  std::size_t memory_mb = 2048;   // address space a child may add, 0 = no limit
  bool debug_hooks = false;       // honour "#ckg-debug:abort" / "#ckg-debug:sleep=MS" in queries (tests)
};

// What the child computes: the response to `query` with the Accept header
// `accept` (also usable in-process, without a fork).
Body answer_query(SparqlEngine& engine, const std::string& query, const std::string& accept,
                  const WorkerLimits& limits);

// answer_query() in a forked child with the limits enforced. Thread-safe:
// forks are serialized on fork_mutex().
Body answer_query_isolated(SparqlEngine& engine, const std::string& query, const std::string& accept,
                           const WorkerLimits& limits);

// Makes every running and later answer_query_isolated() kill its worker and
// return 503 at once (the server is shutting down).
void cancel_workers();

// Held around every fork(); hold it while writing to a stdio stream too, so
// that no thread owns a stdio lock at the moment of a fork.
std::mutex& fork_mutex();

}  // namespace ckg::serve
