#include "pipeline/build.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/rdf_writer.h"
#include "graph/article_graph.h"
#include "graph/iri.h"
#include "graph/knowledge_graph.h"
#include "graph/triples.h"
#include "link/resolver.h"
#include "pipeline/extract_pool.h"
#include "pipeline/fast_rdf.h"
#include "pipeline/ntriples_writer.h"
#include "pipeline/triple_table.h"
#include "store/store.h"
#include "util/output_set.h"

namespace ckg {
namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string write_ntriples(const std::filesystem::path& target, const TripleTable& table) {
  NTriplesWriter w(target);
  table.for_each([&](const Triple& t) { w.write(t); });
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
                "timings: read      %8.3f s  %8.1f MB/s (reader thread, busy)\n"
                "timings: extract   %8.3f s  %8.1f MB/s per thread (summed over threads)\n"
                "timings: extract CPU %6.3f s  %8.1f MB/s per core (thread CPU time)\n"
                "timings: read+extract wall %8.3f s  %8.1f MB/s\n"
                "timings: resolve   %8.3f s  %8.1f MB/s\n"
                "timings: map+nq    %8.3f s  %8.1f MB/s\n"
                "timings: write     %8.3f s  %8.1f MB/s (ttl nt rdf graphml gexf)\n"
                "timings: store     %8.3f s\n"
                "timings: total     %8.3f s  %8.1f MB/s; %zu triples, %zu quads, %.0f triples/s\n",
                mb, r.articles, t.jobs, t.read, rate(t.read), t.extract, rate(t.extract), t.extract_cpu,
                rate(t.extract_cpu), t.extract_wall, rate(t.extract_wall), t.resolve, rate(t.resolve), t.map,
                rate(t.map), t.write, rate(t.write), t.store, t.total, rate(t.total), r.triples, r.quads,
                t.total > 0 ? static_cast<double>(r.triples) / t.total : 0.0);
  std::string out = buf;
  for (const auto& [name, s] : t.files) {
    std::snprintf(buf, sizeof buf, "timings:   write %-14s %8.3f s\n", name.c_str(), s);
    out += buf;
  }
  return out;
}

void write_build_outputs(std::vector<ArticleExtraction>& extractions, const std::filesystem::path& out_dir,
                         BuildReport& report, const ArticleHook& on_article) {
  std::sort(extractions.begin(), extractions.end(),
            [](const ArticleExtraction& a, const ArticleExtraction& b) { return a.article.id < b.article.id; });
  auto t0 = Clock::now();
  EntityResolver resolver;
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
  t0 = Clock::now();
  KnowledgeGraph kg;
  TripleTable all;
  NTriplesWriter nquads(dir / "graph.nq");
  for (auto& x : extractions) {
    ArticleGraph ag = map_article(x, resolver);
    kg.add(ag);
    auto triples = article_triples(ag);
    if (on_article && report.error.empty()) {
      const auto h0 = Clock::now();
      report.error = on_article(x, triples);
      report.times.store += seconds_since(h0);
    }
    const std::string graph = article_iri(ag.article.id);
    for (const auto& t : triples) nquads.write(t, graph);
    report.quads += triples.size();
    for (const auto& t : triples) all.add(t);
    // Released as soon as it is mapped: the rest of the build does not need it.
    x = ArticleExtraction{};
  }
  report.times.map = seconds_since(t0) - report.times.store;
  t0 = Clock::now();
  all.finish();
  report.triples = all.size();
  for (Vertex v : kg.sorted_vertices())
    if (!kg.graph()[v].node.is_amount) ++report.entities;
  for (Edge e : kg.sorted_edges())
    if (!kg.graph()[e].inferred) ++report.facts;
  for (Vertex v : kg.sorted_vertices())
    if (kg.graph()[v].enterprise_count) ++report.facts;

  auto file_clock = Clock::now();
  auto record = [&](const std::string& err, const std::filesystem::path& p) {
    report.times.files.emplace_back(p.filename().string(), seconds_since(file_clock));
    file_clock = Clock::now();
    if (!err.empty()) {
      if (report.error.empty()) report.error = err;
    } else {
      report.written.push_back(p.string());
    }
  };
  report.times.files.emplace_back("sort", seconds_since(t0));
  file_clock = Clock::now();
  record(nquads.finish(), dir / "graph.nq");
  record(write_sorted_rdf(dir / "graph.ttl", RdfFormat::Turtle, all), dir / "graph.ttl");
  record(write_ntriples(dir / "graph.nt", all), dir / "graph.nt");
  record(write_sorted_rdf(dir / "graph.rdf", RdfFormat::RdfXml, all), dir / "graph.rdf");
  const ExportGraph visual = make_export_graph(kg);
  record(write_graphml(visual, dir / "graph.graphml"), dir / "graph.graphml");
  record(write_gexf(visual, dir / "graph.gexf"), dir / "graph.gexf");
  if (report.error.empty()) report.error = output.commit();
  for (auto& w : report.written) w = (out_dir / std::filesystem::path(w).filename()).string();
  if (!report.error.empty()) report.written.clear();
  report.times.write = seconds_since(t0);
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
  const ExtractPoolStats st = run_extract_pool(
      producer, [&](ArticleExtraction&& x) { extractions.push_back(std::move(x)); }, report.issues, pool);
  report.duplicates = st.duplicates;
  report.times.bytes = st.bytes;
  report.times.jobs = st.jobs;
  report.times.read = st.read_seconds;
  report.times.extract = st.extract_seconds;
  report.times.extract_cpu = st.extract_cpu;
  report.times.extract_wall = st.wall_seconds;
  report.store_extracted = extractions.size();

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
  write_build_outputs(extractions, options.output_dir, report, hook);
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
