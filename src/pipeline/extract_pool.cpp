#include "pipeline/extract_pool.h"

#include <time.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "extract/extractor.h"
#include "pipeline/extraction_json.h"

namespace ckg {
namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double thread_cpu() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Articles travel in batches of about kBatchBytes of text: one queue
// operation and one wake-up per batch instead of per article. (Per article,
// the futex calls and context switches cost about a sixth of a core on the
// 10 MB bench corpus at -j 2.)
constexpr std::size_t kBatchBytes = 32u << 10;
constexpr std::size_t kBatchArticles = 64;

using Batch = std::vector<Article>;
using Results = std::vector<std::pair<ArticleExtraction, std::uint64_t>>;  // with text bytes

struct Shared {
  std::mutex mu;
  std::condition_variable can_push, can_pop, can_deliver, result_ready;
  std::deque<std::pair<std::size_t, Batch>> queue;  // (seq, batch)
  std::size_t queue_limit = 4;
  bool reading_done = false;
  std::size_t produced = 0;                // batches queued so far
  std::map<std::size_t, Results> results;  // by batch seq
  std::size_t next_delivery = 0;           // batch seq the consumer waits for
  std::size_t window = 8;                  // batches a worker may be ahead of the consumer
  std::exception_ptr error;
  bool abort = false;
};

std::string format_eta(double s) {
  if (s < 0 || s > 360000) return "?";
  const long t = static_cast<long>(s + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
  return buf;
}

}  // namespace

unsigned default_jobs() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

ExtractPoolStats run_extract_pool(const std::function<void(const ArticleSink&, std::vector<InputIssue>&)>& produce,
                                  const std::function<void(ArticleExtraction&&)>& consume,
                                  std::vector<InputIssue>& issues, const ExtractPoolOptions& options) {
  ExtractPoolStats stats;
  stats.jobs = options.jobs == 0 ? default_jobs() : options.jobs;
  Shared sh;
  sh.queue_limit = 2 * stats.jobs + 2;
  sh.window = 4 * stats.jobs + 4;
  const auto start = Clock::now();

  std::vector<InputIssue> reader_issues;
  std::size_t duplicates = 0;
  double read_busy = 0;
  std::thread reader([&] {
    std::unordered_map<std::string, std::string> first_source;  // id -> source
    auto t0 = Clock::now();
    double waited = 0;
    Batch batch;
    std::size_t batch_bytes = 0;
    auto push = [&] {
      const auto w0 = Clock::now();
      std::unique_lock lock(sh.mu);
      sh.can_push.wait(lock, [&] { return sh.queue.size() < sh.queue_limit || sh.abort; });
      waited += seconds_since(w0);
      if (!sh.abort) {
        sh.queue.emplace_back(sh.produced++, std::move(batch));
        sh.can_pop.notify_one();
      }
      // After an abort the rest of the input is read and dropped, a batch
      // at a time, so that it does not pile up in memory.
      batch = Batch();
      batch_bytes = 0;
    };
    auto sink = [&](Article&& a) {
      auto [it, fresh] = first_source.emplace(a.id, a.source);
      if (!fresh) {
        ++duplicates;
        reader_issues.push_back({a.source, "same id/content as " + it->second + "; read once", false});
        return;
      }
      batch_bytes += a.text.size();
      batch.push_back(std::move(a));
      if (batch_bytes >= kBatchBytes || batch.size() >= kBatchArticles) push();
    };
    try {
      produce(sink, reader_issues);
      if (!batch.empty()) push();
    } catch (...) {
      std::lock_guard lock(sh.mu);
      if (!sh.error) sh.error = std::current_exception();
      sh.abort = true;
    }
    read_busy = seconds_since(t0) - waited;
    std::lock_guard lock(sh.mu);
    sh.reading_done = true;
    sh.can_pop.notify_all();
    sh.result_ready.notify_all();
  });

  std::vector<double> busy(stats.jobs, 0.0), cpu(stats.jobs, 0.0), after_cpu(stats.jobs, 0.0);
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < stats.jobs; ++w) {
    workers.emplace_back([&, w] {
      for (;;) {
        std::pair<std::size_t, Batch> item;
        {
          std::unique_lock lock(sh.mu);
          sh.can_pop.wait(lock, [&] { return !sh.queue.empty() || sh.reading_done || sh.abort; });
          if (sh.abort || sh.queue.empty()) return;
          item = std::move(sh.queue.front());
          sh.queue.pop_front();
          sh.can_push.notify_one();
          // Stay within the reorder window so that results wait for at most
          // `window` articles; the oldest outstanding article never waits.
          sh.can_deliver.wait(lock, [&] { return item.first < sh.next_delivery + sh.window || sh.abort; });
          if (sh.abort) return;
        }
        Results out;
        out.reserve(item.second.size());
        try {
          // Timed once per batch (the thread CPU clock is a system call).
          const auto t0 = Clock::now();
          const double c0 = thread_cpu();
          for (Article& a : item.second) {
            const std::uint64_t bytes = a.text.size();
            out.emplace_back(extract_article(a), bytes);
            std::string().swap(a.text);
          }
          busy[w] += seconds_since(t0);
          const double c1 = thread_cpu();
          cpu[w] += c1 - c0;
          // What the build does with a result is not extraction: timed apart.
          for (auto& r : out) {
            compact_extraction(r.first);
            if (options.finish) options.finish(r.first);
          }
          after_cpu[w] += thread_cpu() - c1;
        } catch (...) {
          std::lock_guard lock(sh.mu);
          if (!sh.error) sh.error = std::current_exception();
          sh.abort = true;
          sh.can_push.notify_all();
          sh.can_pop.notify_all();
          sh.can_deliver.notify_all();
          sh.result_ready.notify_all();
          return;
        }
        std::lock_guard lock(sh.mu);
        sh.results.emplace(item.first, std::move(out));
        sh.result_ready.notify_all();
      }
    });
  }

  // Deliver in order on this thread.
  const bool progress = options.progress;
  auto last_progress = Clock::now();
  bool printed = false;
  for (;;) {
    Results batch;
    {
      std::unique_lock lock(sh.mu);
      sh.result_ready.wait(lock, [&] {
        return sh.abort || sh.results.count(sh.next_delivery) || (sh.reading_done && sh.next_delivery == sh.produced);
      });
      if (sh.abort) break;
      auto it = sh.results.find(sh.next_delivery);
      if (it == sh.results.end()) break;  // all delivered
      batch = std::move(it->second);
      sh.results.erase(it);
      ++sh.next_delivery;
      sh.can_deliver.notify_all();
    }
    for (auto& [x, bytes] : batch) {
      stats.bytes += bytes;
      ++stats.articles;
      consume(std::move(x));
    }
    if (progress && seconds_since(last_progress) > 0.5) {
      last_progress = Clock::now();
      const double el = seconds_since(start);
      const double mb = static_cast<double>(stats.bytes) / 1e6;
      const double rate = el > 0 ? mb / el : 0;
      std::string eta = "?";
      if (options.expected_bytes > stats.bytes && rate > 0)
        eta = format_eta((static_cast<double>(options.expected_bytes) / 1e6 - mb) / rate);
      std::fprintf(stderr, "\rclusterkg: %zu articles, %.1f MB, %.1f MB/s, ETA %s   ", stats.articles, mb, rate,
                   eta.c_str());
      std::fflush(stderr);
      printed = true;
    }
  }
  {
    std::lock_guard lock(sh.mu);
    if (sh.abort) {
      sh.can_push.notify_all();
      sh.can_pop.notify_all();
      sh.can_deliver.notify_all();
    }
  }
  reader.join();
  for (auto& t : workers) t.join();
  if (printed) std::fprintf(stderr, "\n");
  if (sh.error) std::rethrow_exception(sh.error);
  stats.duplicates = duplicates;
  stats.read_seconds = read_busy;
  for (double b : busy) stats.extract_seconds += b;
  for (double c : cpu) stats.extract_cpu += c;
  for (double c : after_cpu) stats.after_cpu += c;
  stats.wall_seconds = seconds_since(start);
  issues.insert(issues.end(), reader_issues.begin(), reader_issues.end());
  return stats;
}

}  // namespace ckg
