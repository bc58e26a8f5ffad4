// The parallel front of the pipeline. One reader thread reads and decodes
// articles (dropping repeats of an id already read), a pool of `jobs`
// worker threads normalises and extracts them, and the calling thread
// receives the extractions in reading order, compacted (article text and
// sentences that no fact cites dropped). Articles travel in batches of about
// 32 KB of text. Queues are bounded, so memory in flight is a few batches
// per worker whatever the corpus size; the output does not depend on `jobs`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/extraction.h"
#include "input/reader.h"

namespace ckg {

struct ExtractPoolOptions {
  unsigned jobs = 0;                 // extraction threads; 0 = hardware concurrency
  bool progress = false;             // a progress line on stderr
  std::uint64_t expected_bytes = 0;  // for the ETA (0 = unknown)
  // Runs on the worker thread after extraction and compaction (must be
  // thread-safe); what it leaves in the extraction is delivered.
  std::function<void(ArticleExtraction&)> finish;
};

struct ExtractPoolStats {
  std::size_t articles = 0;    // articles extracted
  std::size_t duplicates = 0;  // articles dropped because their id was read before
  std::uint64_t bytes = 0;     // article text bytes extracted
  double read_seconds = 0;     // reader thread, busy time (not waiting for the workers)
  double extract_seconds = 0;  // summed over the workers: time inside extraction (wall clock)
  double extract_cpu = 0;      // the same, as thread CPU time (robust on a busy machine)
  double after_cpu = 0;        // thread CPU time compacting results and in ExtractPoolOptions::finish
  double wall_seconds = 0;     // from start to the last extraction delivered
  unsigned jobs = 0;           // workers used
};

// Reads with `produce` (which calls the sink once per article, on the reader
// thread) and calls `consume` on the calling thread, in reading order.
// Issues (skipped inputs, duplicate ids) are appended to `issues`.
ExtractPoolStats run_extract_pool(const std::function<void(const ArticleSink&, std::vector<InputIssue>&)>& produce,
                                  const std::function<void(ArticleExtraction&&)>& consume,
                                  std::vector<InputIssue>& issues, const ExtractPoolOptions& options);

unsigned default_jobs();

}  // namespace ckg
