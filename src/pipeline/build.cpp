#include "pipeline/build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>

#include "export/export_graph.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/rdf_writer.h"
#include "extract/knowledge.h"
#include "graph/article_graph.h"
#include "graph/iri.h"
#include "graph/knowledge_graph.h"
#include "graph/triples.h"
#include "link/resolver.h"
#include "pipeline/extract_pool.h"
#include "pipeline/extraction_record.h"
#include "pipeline/fast_rdf.h"
#include "pipeline/ntriples_writer.h"
#include "pipeline/spill.h"
#include "pipeline/triple_table.h"
#include "store/store.h"
#include "util/memory.h"
#include "util/output_set.h"

namespace ckg {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string write_ntriples(const std::filesystem::path& target, const TripleTable& table) {
  NTriplesWriter w(target);
  table.for_each([&](const TripleView& t) { w.write(t); });
  return w.finish();
}

}  // namespace

std::size_t BuildReport::skipped() const {
  return static_cast<std::size_t>(
      std::count_if(issues.begin(), issues.end(), [](const InputIssue& i) { return i.skipped; }));
}

std::string summary_line(const BuildReport& r, const std::filesystem::path& dir) {
  std::string s = "clusterkg: " + std::to_string(r.articles) + " articles read, " + std::to_string(r.skipped()) +
                  " skipped, " + std::to_string(r.entities) + " entities, " + std::to_string(r.facts) + " facts, " +
                  std::to_string(r.written.size()) + " files written to " + dir.string();
  return s;
}

std::string timings_text(const BuildReport& r) {
  const StageTimes& t = r.times;
  const double mb = static_cast<double>(t.bytes) / 1e6;
  auto rate = [&](double s) { return s > 0 ? mb / s : 0.0; };
  char buf[1024];
  std::snprintf(buf, sizeof buf,
                "timings: %.2f MB of article text, %zu articles, -j %u\n"
                "timings: load      %8.3f s  (gazetteer, lexicons and their matcher, once)\n"
                "timings: read      %8.3f s  %8.1f MB/s (reader thread, busy)\n"
                "timings: extract   %8.3f s  %8.1f MB/s per thread (summed over threads)\n"
                "timings: extract CPU %6.3f s  %8.1f MB/s per core (thread CPU time)\n"
                "timings: record    %8.3f s  (results compacted, names observed, records packed; thread CPU)\n"
                "timings: read+extract wall %8.3f s  %8.1f MB/s\n"
                "timings: resolve   %8.3f s  %8.1f MB/s\n"
                "timings: map+nq    %8.3f s  %8.1f MB/s\n"
                "timings: write     %8.3f s  %8.1f MB/s (ttl nt rdf graphml gexf)\n"
                "timings: store     %8.3f s\n"
                "timings: total     %8.3f s  %8.1f MB/s; %zu triples, %zu quads, %.0f triples/s\n",
                mb, r.articles, t.jobs, t.load, t.read, rate(t.read), t.extract, rate(t.extract), t.extract_cpu,
                rate(t.extract_cpu), t.record_cpu, t.extract_wall, rate(t.extract_wall), t.resolve, rate(t.resolve),
                t.map, rate(t.map), t.write, rate(t.write), t.store, t.total, rate(t.total), r.triples, r.quads,
                t.total > 0 ? static_cast<double>(r.triples) / t.total : 0.0);
  std::string out = buf;
  std::snprintf(buf, sizeof buf,
                "timings:   map articles %8.3f s, knowledge graph %.3f s; triples %.3f s, N-Quads %.3f s, "
                "triple table %.3f s\n",
                t.map_articles, t.map_kg, t.map_triples, t.map_nq, t.map_table);
  out += buf;
  std::snprintf(buf, sizeof buf,
                "timings: RSS after extraction %.0f MiB, after mapping %.0f MiB, peak %.0f MiB; %.1f MB of "
                "extraction records, %.1f MB of them spilled to disk\n",
                t.rss_extracted, t.rss_mapped, t.rss_peak, t.record_mb, t.spilled_mb);
  out += buf;
  if (t.table_runs > 0) {
    std::snprintf(buf, sizeof buf, "timings: triple table: %zu sorted runs, %.1f MB on disk\n", t.table_runs,
                  t.table_spilled_mb);
    out += buf;
  }
  if (t.heap_extracted >= 0 && t.heap_mapped >= 0) {
    std::snprintf(buf, sizeof buf, "timings: heap in use after extraction %.0f MiB, after mapping %.0f MiB\n",
                  t.heap_extracted, t.heap_mapped);
    out += buf;
  }
  for (const auto& [name, s] : t.files) {
    std::snprintf(buf, sizeof buf, "timings:   write %-14s %8.3f s\n", name.c_str(), s);
    out += buf;
  }
  return out;
}

namespace {

// A task that may wait for an earlier one (`after`: its index, or -1).
struct Task {
  std::function<void()> run;
  int after = -1;
};

// Runs `tasks` on up to `threads` threads (the calling thread is one of them),
// each as soon as the task it waits for is done, in list order otherwise;
// returns when all are done.
void run_tasks(std::vector<Task>& tasks, unsigned threads) {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<char> started(tasks.size(), 0), done(tasks.size(), 0);
  std::exception_ptr error;  // the first task that threw; rethrown here
  auto work = [&]() {
    std::unique_lock lock(mu);
    for (;;) {
      std::size_t pick = tasks.size();
      bool left = false;
      for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (started[i]) continue;
        left = true;
        const int a = tasks[i].after;
        if (a < 0 || done[static_cast<std::size_t>(a)]) {
          pick = i;
          break;
        }
      }
      if (!left) return;
      if (pick == tasks.size()) {
        cv.wait(lock);
        continue;
      }
      started[pick] = 1;
      lock.unlock();
      try {
        tasks[pick].run();
      } catch (...) {
        std::lock_guard guard(mu);
        if (!error) error = std::current_exception();
      }
      lock.lock();
      done[pick] = 1;
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  const std::size_t n = std::min<std::size_t>(std::max(1u, threads), tasks.size());
  for (std::size_t i = 1; i < n; ++i) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

// A stage of a pipeline: items pushed in order are handled in order by
// `handle`, on a thread of its own when threaded (through a bounded queue),
// else at once by the pushing thread.
template <class Item>
class Stage {
 public:
  Stage(std::function<void(Item&)> handle, bool threaded) : handle_(std::move(handle)) {
    if (threaded) worker_ = std::thread([this] { run(); });
  }
  ~Stage() {
    try {
      close();
    } catch (...) {  // already reported by an explicit close(), or unwinding
    }
  }
  Stage(const Stage&) = delete;
  Stage& operator=(const Stage&) = delete;
  void push(Item&& item) {
    if (!worker_.joinable()) {
      handle_(item);
      return;
    }
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return queue_.size() < kMaxQueued; });
    queue_.push_back(std::move(item));
    ready_.notify_one();
  }
  // Returns when every pushed item is handled; rethrows what `handle` threw
  // on the stage's thread.
  void close() {
    if (worker_.joinable()) {
      {
        std::lock_guard lock(mu_);
        closed_ = true;
      }
      ready_.notify_one();
      worker_.join();
    }
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

 private:
  static constexpr std::size_t kMaxQueued = 64;
  void run() {
    for (;;) {
      Item item;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
        if (queue_.empty()) return;
        item = std::move(queue_.front());
        queue_.pop_front();
      }
      room_.notify_one();
      if (error_) continue;  // after a failure the rest is only drained
      try {
        handle_(item);
      } catch (...) {
        error_ = std::current_exception();
      }
    }
  }
  std::function<void(Item&)> handle_;
  std::thread worker_;
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Item> queue_;
  bool closed_ = false;
  std::exception_ptr error_;  // written by the worker, read after join
};

// Mapping after the article graph: (1) the article's triples and their
// N-Quads text, (2) the text into graph.nq and the triples into the table.
// With threads each step has its own thread, so the three steps (with the
// caller's article graphs) overlap; the order of articles is kept.
class TripleSink {
 public:
  TripleSink(NTriplesWriter* nquads, TripleTable* table, BuildReport& report, const ArticleHook& hook, bool threaded)
      : nquads_(nquads),
        table_(table),
        report_(report),
        hook_(hook),
        collect_([this](Collected& c) { collect(c); }, threaded),
        format_([this](Mapped& m) { format(m); }, threaded) {}
  void push(ArticleGraph&& g, ArticleExtraction* x) { format_.push({std::move(g), x}); }
  void close() {
    format_.close();
    collect_.close();
  }
  double hook_seconds() const { return hook_seconds_; }

 private:
  struct Mapped {
    ArticleGraph graph;
    ArticleExtraction* x = nullptr;
  };
  struct Collected {
    std::vector<Triple> triples;
    std::string nquads;
  };
  void format(Mapped& m) {
    const auto c0 = Clock::now();
    Collected c;
    c.triples = article_triples(m.graph);
    const std::string graph = article_iri(m.graph.article.id);
    report_.times.map_triples += seconds_since(c0);
    if (hook_ && report_.error.empty()) {
      const auto h0 = Clock::now();
      report_.error = hook_(*m.x, c.triples);
      hook_seconds_ += seconds_since(h0);
    }
    // Released as soon as it is used: the rest of the build does not need it.
    *m.x = ArticleExtraction{};
    m.graph = ArticleGraph{};
    const auto c1 = Clock::now();
    if (nquads_) append_nquads(c.nquads, c.triples, graph);
    report_.times.map_nq += seconds_since(c1);
    collect_.push(std::move(c));
  }
  void collect(Collected& c) {
    const auto c0 = Clock::now();
    if (nquads_) nquads_->write_text(c.nquads);
    report_.quads += c.triples.size();
    if (table_)
      for (const auto& t : c.triples) table_->add(t);
    report_.times.map_table += seconds_since(c0);
  }
  NTriplesWriter* nquads_;
  TripleTable* table_;
  BuildReport& report_;
  const ArticleHook& hook_;
  double hook_seconds_ = 0;
  Stage<Collected> collect_;  // declared before format_: format_ pushes into it
  Stage<Mapped> format_;
};

}  // namespace

std::string OutputFormats::parse(std::string_view list, OutputFormats& out) {
  if (list == "all") {
    out = OutputFormats{};
    return "";
  }
  OutputFormats f;
  f.nq = f.ttl = f.nt = f.rdf = f.graphml = f.gexf = false;
  std::size_t pos = 0;
  bool any = false;
  while (pos <= list.size()) {
    const auto comma = std::min(list.find(',', pos), list.size());
    const auto name = list.substr(pos, comma - pos);
    bool* flag = name == "nq"        ? &f.nq
                 : name == "ttl"     ? &f.ttl
                 : name == "nt"      ? &f.nt
                 : name == "rdf"     ? &f.rdf
                 : name == "graphml" ? &f.graphml
                 : name == "gexf"    ? &f.gexf
                                     : nullptr;
    if (!flag)
      return "unknown output format '" + std::string(name) + "' (use all or a list of nq, ttl, nt, rdf, graphml, gexf)";
    *flag = any = true;
    pos = comma + 1;
  }
  if (!any) return "no output format given";
  out = f;
  return "";
}

void write_build_outputs(std::vector<ArticleExtraction>& extractions, const std::filesystem::path& out_dir,
                         BuildReport& report, const ArticleHook& on_article, const WriteOptions& options) {
  const OutputFormats& fmt = options.formats;
  const unsigned threads = std::max(1u, options.threads);
  std::sort(extractions.begin(), extractions.end(),
            [](const ArticleExtraction& a, const ArticleExtraction& b) { return a.article.id < b.article.id; });
  auto t0 = Clock::now();
  EntityResolver own_resolver;
  EntityResolver& resolver = options.observed ? *options.observed : own_resolver;
  if (!options.observed)
    for (const auto& x : extractions) resolver.observe(x);
  resolver.finalize();
  report.times.resolve = seconds_since(t0);

  // All outputs go to a staging folder that replaces the output folder in one
  // step at the end (util/output_set.h): the previous set or the new one, never a mix.
  OutputSet output(out_dir);
  if (!output.error().empty()) {
    report.error = output.error();
    return;
  }
  const auto dir = output.staging();
  const std::pair<const char*, bool> selected[] = {{"graph.nq", fmt.nq},           {"graph.ttl", fmt.ttl},
                                                   {"graph.nt", fmt.nt},           {"graph.rdf", fmt.rdf},
                                                   {"graph.graphml", fmt.graphml}, {"graph.gexf", fmt.gexf}};
  for (const auto& [name, on] : selected)
    if (!on) output.drop(name);
  t0 = Clock::now();
  KnowledgeGraph kg;
  TripleTable all;
  if (options.table_memory > 0 && fmt.needs_table()) {
    try {
      all.spill_to(options.table_dir, options.table_memory);
    } catch (const std::exception& e) {
      report.error = e.what();
      return;
    }
  }
  std::optional<NTriplesWriter> nquads;
  if (fmt.nq) nquads.emplace(dir / "graph.nq");
  {
    // The store hook uses Redland: keep it on this thread's side of the queue
    // only when there is no second thread.
    TripleSink sink(nquads ? &*nquads : nullptr, fmt.needs_table() ? &all : nullptr, report, on_article,
                    threads > 1 && !on_article);
    std::size_t mapped = 0;
    for (auto& x : extractions) {
      if (options.load) {
        if (auto err = options.load(x); !err.empty()) {
          if (report.error.empty()) report.error = err;
          break;
        }
      }
      const auto m0 = Clock::now();
      ArticleGraph ag = map_article(x, resolver);
      const auto m1 = Clock::now();
      kg.add(ag);
      report.times.map_articles += std::chrono::duration<double>(m1 - m0).count();
      report.times.map_kg += seconds_since(m1);
      sink.push(std::move(ag), &x);
      // The extractions were allocated by the extraction threads' malloc
      // arenas and are freed here article by article; hand those pages back
      // now and then, or they stay resident beside everything mapping adds.
      if (++mapped % 4096 == 0) release_free_memory();
    }
    sink.close();
    report.times.store += sink.hook_seconds();
  }
  report.times.map = seconds_since(t0) - report.times.store;
  release_free_memory();
  report.times.rss_mapped = rss_mib("VmRSS");
  report.times.heap_mapped = heap_mib();
  t0 = Clock::now();

  // One task graph: sorting the triple table, the Gephi view of the graph and
  // the end of the N-Quads stream are independent; each file is written by
  // one task once what it reads is ready (longest first).
  ExportGraph visual;
  std::string nq_error;
  double sort_seconds = 0, nq_seconds = 0;
  struct FileJob {
    std::string name;
    std::function<std::string(const std::filesystem::path&)> write;
    int after = -1;
    std::string error;
    double seconds = 0;
  };
  std::vector<FileJob> jobs;
  std::vector<Task> tasks;
  int sorted = -1, exported = -1;
  if (fmt.needs_table()) {
    sorted = static_cast<int>(tasks.size());
    tasks.push_back({[&] {
      const auto s0 = Clock::now();
      all.finish();
      sort_seconds = seconds_since(s0);
    }});
  }
  if (fmt.graphml || fmt.gexf) {
    exported = static_cast<int>(tasks.size());
    tasks.push_back({[&] { visual = make_export_graph(kg); }});
  }
  if (nquads)
    tasks.push_back({[&] {
      const auto s0 = Clock::now();
      nq_error = nquads->finish();
      nq_seconds = seconds_since(s0);
    }});
  if (fmt.rdf)
    jobs.push_back(
        {"graph.rdf", [&](const auto& p) { return write_sorted_rdf(p, RdfFormat::RdfXml, all); }, sorted, "", 0});
  if (fmt.nt) jobs.push_back({"graph.nt", [&](const auto& p) { return write_ntriples(p, all); }, sorted, "", 0});
  if (fmt.graphml)
    jobs.push_back({"graph.graphml", [&](const auto& p) { return write_graphml(visual, p); }, exported, "", 0});
  if (fmt.ttl)
    jobs.push_back(
        {"graph.ttl", [&](const auto& p) { return write_sorted_rdf(p, RdfFormat::Turtle, all); }, sorted, "", 0});
  if (fmt.gexf) jobs.push_back({"graph.gexf", [&](const auto& p) { return write_gexf(visual, p); }, exported, "", 0});
  for (auto& j : jobs)
    tasks.push_back({[&j, &dir] {
                       const auto s0 = Clock::now();
                       j.error = j.write(dir / j.name);
                       j.seconds = seconds_since(s0);
                     },
                     j.after});
  run_tasks(tasks, threads);

  report.triples = all.size();
  report.times.table_runs = all.run_count();
  report.times.table_spilled_mb = static_cast<double>(all.spilled_bytes()) / 1e6;
  const Graph& graph = kg.graph();
  for (auto [v, vend] = boost::vertices(graph); v != vend; ++v) {
    if (!graph[*v].node.is_amount) ++report.entities;
    if (graph[*v].enterprise_count) ++report.facts;
  }
  for (auto [e, eend] = boost::edges(graph); e != eend; ++e)
    if (!graph[*e].inferred) ++report.facts;

  // Errors and times in a fixed order, whatever order the tasks ran in.
  if (fmt.needs_table()) report.times.files.emplace_back("sort", sort_seconds);
  auto record = [&](const std::string& name, const std::string& err, double seconds) {
    report.times.files.emplace_back(name, seconds);
    if (!err.empty()) {
      if (report.error.empty()) report.error = err;
    } else {
      report.written.push_back((dir / name).string());
    }
  };
  if (nquads) record("graph.nq", nq_error, nq_seconds);
  for (const char* name : {"graph.ttl", "graph.nt", "graph.rdf", "graph.graphml", "graph.gexf"})
    for (const auto& j : jobs)
      if (j.name == name) record(j.name, j.error, j.seconds);
  if (report.error.empty()) report.error = output.commit();
  for (auto& w : report.written) w = (out_dir / std::filesystem::path(w).filename()).string();
  if (!report.error.empty()) report.written.clear();
  report.times.write = seconds_since(t0);
  report.times.rss_peak = rss_mib("VmHWM");
}

BuildReport run_build(const BuildOptions& options) {
  const auto start = Clock::now();
  BuildReport report;
  std::vector<InputFile> files;
  std::uint64_t expected = 0;
  if (!options.inputs.empty()) {
    files = collect_inputs(options.inputs, report.issues);
    report.files = files.size();
    for (const auto& f : files) {
      std::error_code ec;
      const auto size = std::filesystem::file_size(f.path, ec);
      if (!ec) expected += size;
    }
  }
  auto produce = [&](const ArticleSink& sink, std::vector<InputIssue>& issues) {
    if (options.inputs.empty()) {
      read_sample_corpus(sink, issues);
    } else {
      for (const auto& f : files) read_input_file(f, sink, issues);
    }
  };

  // With a store, an article whose id and content hash are stored is not
  // extracted again: its extraction comes back from the store.
  std::unique_ptr<Store> store;
  if (!options.store.empty()) {
    store = std::make_unique<Store>();
    if (auto err = store->open(options.store); !err.empty()) {
      report.error = err;
      return report;
    }
  }
  std::function<void(const ArticleSink&, std::vector<InputIssue>&)> producer = produce;
  if (store)
    producer = [&](const ArticleSink& sink, std::vector<InputIssue>& issues) {
      produce(
          [&](Article&& a) {
            if (store->has_current(a.id, a.content_hash, a.source)) {
              ++report.store_skipped;
              return;
            }
            sink(std::move(a));
          },
          issues);
    };

  std::vector<ArticleExtraction> extractions;
  ExtractPoolOptions pool;
  pool.jobs = options.jobs;
  pool.progress = options.progress;
  pool.expected_bytes = expected;
  // Large builds park each extraction's record on disk.
  bool spill = !store && (options.spill == BuildOptions::Spill::On ||
                          (options.spill == BuildOptions::Spill::Auto && expected > 256'000'000ull));
  SpillFile spill_file;
  EntityResolver observed;
  std::unordered_map<std::string, long long> spilled;
  const char* tmp = std::getenv("TMPDIR");
  const std::filesystem::path spill_dir = tmp && *tmp ? tmp : "/tmp";
  if (spill) {
    if (auto err = spill_file.open(spill_dir.string()); !err.empty()) {
      if (options.spill == BuildOptions::Spill::On) {
        report.error = err + " (--spill on; set TMPDIR to a writable folder)";
        return report;
      }
      // Auto: the build still works, with the extractions in memory.
      report.issues.push_back({spill_dir.string(), err + "; extractions stay in memory", false});
      spill = false;
    }
  }
  // On the worker threads: drop what the rest of the build does not read,
  // observe the names and turn the extraction into its record (a stub whose
  // text holds pack_extraction's bytes). Without a store, every extraction is
  // held as a record until mapping: the workers then reuse warm memory for
  // every article instead of touching fresh pages for each held entity,
  // mention and string, and a held extraction is one allocation. The store
  // keeps whole extractions (its records keep every mention for `explain`).
  const bool records = !store;
  std::mutex observe_mu;
  std::atomic<std::uint64_t> record_bytes{0};
  pool.finish = [&](ArticleExtraction& x) {
    if (!records) return;
    // The rest of the build only asks whether an entity was mentioned.
    for (auto& e : x.entities)
      if (e.mentions.size() > 1) e.mentions.resize(1);
    {
      std::lock_guard lock(observe_mu);
      observed.observe(x);  // resolution does not depend on the order of observation
    }
    thread_local std::string scratch;  // packed here, then copied once at its exact size
    scratch.clear();
    pack_extraction(x, scratch);
    record_bytes += scratch.size();
    ArticleExtraction stub;
    stub.article.id = x.article.id;
    stub.article.text = scratch;  // the record travels in the stub's (empty) text
    x = std::move(stub);
  };
  // The gazetteer, the lexicons and their matcher, built once before the
  // workers start, so that extraction times are extraction's (the Python
  // peer's dictionary loading is timed apart the same way).
  {
    const auto k0 = Clock::now();
    (void)Knowledge::instance();
    report.times.load = seconds_since(k0);
  }
  const ExtractPoolStats st = run_extract_pool(
      producer,
      [&](ArticleExtraction&& x) {
        if (spill) {
          spilled.emplace(x.article.id, spill_file.append_record(x.article.text));
          std::string().swap(x.article.text);
        }
        extractions.push_back(std::move(x));
      },
      report.issues, pool);
  if (spill && !spill_file.error().empty()) {
    report.error = spill_file.error();
    return report;
  }
  report.times.spilled_mb = static_cast<double>(spill_file.bytes()) / 1e6;
  report.times.record_mb = static_cast<double>(record_bytes.load()) / 1e6;
  report.times.record_cpu = st.after_cpu;
  report.duplicates = st.duplicates;
  report.times.bytes = st.bytes;
  report.times.jobs = st.jobs;
  report.times.read = st.read_seconds;
  report.times.extract = st.extract_seconds;
  report.times.extract_cpu = st.extract_cpu;
  report.times.extract_wall = st.wall_seconds;
  report.store_extracted = extractions.size();
  report.times.rss_extracted = rss_mib("VmRSS");
  report.times.heap_extracted = heap_mib();

  if (options.strict && report.skipped() > 0) {
    report.error = "--strict: " + std::to_string(report.skipped()) + " input(s) skipped; nothing written";
    return report;
  }
  if (store)
    if (auto err = store->add_stored(extractions, extractions); !err.empty()) {
      report.error = err;
      return report;
    }
  report.articles = extractions.size();
  if (extractions.empty()) {
    report.error = "no articles to build from";
    return report;
  }
  if (options.progress)
    std::fprintf(stderr, "clusterkg: %zu articles extracted; resolving names and writing the graph files\n",
                 extractions.size());
  ArticleHook hook;
  if (store) hook = [&](const ArticleExtraction& x, const std::vector<Triple>& t) { return store->put(x, t); };
  WriteOptions wo;
  wo.formats = options.formats;
  wo.threads = report.times.jobs;
  if (spill) {
    wo.table_dir = spill_dir.string();
    wo.table_memory = options.spill_table_mib << 20;
  }
  if (records) {
    wo.observed = &observed;
    wo.load = [&](ArticleExtraction& x) -> std::string {
      if (spill) {
        auto it = spilled.find(x.article.id);
        if (it == spilled.end()) return "article " + x.article.id + " is not in the spill file";
        return spill_file.load(it->second, x);
      }
      const std::string record = std::move(x.article.text);
      const std::string id = x.article.id;
      if (auto err = unpack_extraction(record, x); !err.empty())
        return "extraction record of article " + id + ": " + err;
      return "";
    };
  }
  write_build_outputs(extractions, options.output_dir, report, hook, wo);
  if (store && report.error.empty()) {
    const auto t0 = Clock::now();
    StoreUpdate u;
    report.error = store->commit(u);
    report.store_graphs_written = u.graphs_written;
    report.store_graphs_removed = u.graphs_removed;
    report.times.store += seconds_since(t0);
  }
  report.times.total = seconds_since(start);
  return report;
}

}  // namespace ckg
