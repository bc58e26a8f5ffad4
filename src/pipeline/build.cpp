#include "pipeline/build.h"

#include <algorithm>
#include <set>

#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/rdf_writer.h"
#include "extract/extractor.h"
#include "graph/article_graph.h"
#include "graph/iri.h"
#include "graph/knowledge_graph.h"
#include "graph/triples.h"
#include "link/resolver.h"
#include "util/output_set.h"

namespace ckg {

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

BuildReport run_build(const BuildOptions& options) {
  BuildReport report;
  std::vector<Article> articles;
  auto sink = [&](Article&& a) { articles.push_back(std::move(a)); };
  if (options.inputs.empty()) {
    read_sample_corpus(sink, report.issues);
  } else {
    const auto files = collect_inputs(options.inputs, report.issues);
    report.files = files.size();
    for (const auto& f : files) read_input_file(f, sink, report.issues);
  }
  if (options.strict && report.skipped() > 0) {
    report.error = "--strict: " + std::to_string(report.skipped()) + " input(s) skipped; nothing written";
    return report;
  }
  // One article per content: the first source wins.
  std::stable_sort(articles.begin(), articles.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
  std::vector<Article> unique;
  for (auto& a : articles) {
    if (!unique.empty() && unique.back().id == a.id) {
      ++report.duplicates;
      report.issues.push_back({a.source, "same id/content as " + unique.back().source + "; read once", false});
      continue;
    }
    unique.push_back(std::move(a));
  }
  report.articles = unique.size();
  if (unique.empty()) {
    report.error = "no articles to build from";
    return report;
  }

  std::vector<ArticleExtraction> extractions;
  extractions.reserve(unique.size());
  for (const auto& a : unique) extractions.push_back(extract_article(a));
  EntityResolver resolver;
  for (const auto& x : extractions) resolver.observe(x);
  resolver.finalize();

  // All outputs go to a staging folder that replaces the output folder in one
  // step at the end (util/output_set.h): the previous set or the new one, never a mix.
  OutputSet output(options.output_dir);
  if (!output.error().empty()) {
    report.error = output.error();
    return report;
  }
  const auto dir = output.staging();
  KnowledgeGraph kg;
  std::vector<Triple> all;
  RdfFileWriter nquads(dir / "graph.nq", RdfFormat::NQuads);
  for (const auto& x : extractions) {
    ArticleGraph ag = map_article(x, resolver);
    kg.add(ag);
    auto triples = article_triples(ag);
    const std::string graph = article_iri(ag.article.id);
    for (const auto& t : triples) nquads.write(t, graph);
    all.insert(all.end(), std::make_move_iterator(triples.begin()), std::make_move_iterator(triples.end()));
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  report.triples = all.size();
  for (Vertex v : kg.sorted_vertices())
    if (!kg.graph()[v].node.is_amount) ++report.entities;
  for (Edge e : kg.sorted_edges())
    if (!kg.graph()[e].inferred) ++report.facts;
  for (Vertex v : kg.sorted_vertices())
    if (kg.graph()[v].enterprise_count) ++report.facts;

  auto record = [&](const std::string& err, const std::filesystem::path& p) {
    if (!err.empty()) {
      if (report.error.empty()) report.error = err;
    } else {
      report.written.push_back(p.string());
    }
  };
  record(nquads.finish(), dir / "graph.nq");
  record(write_rdf_file(dir / "graph.ttl", RdfFormat::Turtle, all), dir / "graph.ttl");
  record(write_rdf_file(dir / "graph.nt", RdfFormat::NTriples, all), dir / "graph.nt");
  record(write_rdf_file(dir / "graph.rdf", RdfFormat::RdfXml, all), dir / "graph.rdf");
  const ExportGraph visual = make_export_graph(kg);
  record(write_graphml(visual, dir / "graph.graphml"), dir / "graph.graphml");
  record(write_gexf(visual, dir / "graph.gexf"), dir / "graph.gexf");
  if (report.error.empty()) report.error = output.commit();
  for (auto& w : report.written) w = (options.output_dir / std::filesystem::path(w).filename()).string();
  if (!report.error.empty()) report.written.clear();
  return report;
}

}  // namespace ckg
