#include "graph/graph_loader.h"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "export/rdf_writer.h"
#include "export/xml_test_util.h"
#include "extract/extractor.h"
#include "graph/fixture_graph.h"
#include "graph/triples.h"
#include "input/reader.h"
#include "link/resolver.h"

namespace ckg {
namespace {

// Writes articles as `clusterkg build` does: one named graph per article.
void write_nquads(const std::vector<ArticleGraph>& articles, const std::filesystem::path& file) {
  RdfFileWriter w(file, RdfFormat::NQuads);
  for (const auto& a : articles)
    for (const auto& t : article_triples(a)) w.write(t, article_iri(a.article.id));
  REQUIRE(w.finish().empty());
}

// Everything the loader promises to give back, as comparable text.
std::string describe_vertex(const VertexData& d) {
  const auto& n = d.node;
  std::ostringstream s;
  s << n.iri << " | " << n.label << " | " << (n.is_amount ? "amount" : std::string(type_name(n.type))) << " |";
  for (const auto& a : d.alt_labels) s << " " << a;
  if (n.place) {
    s << " | code " << n.place->code;
    if (n.place->has_point) s << " @ " << std::round(n.place->lat * 1e6) << "," << std::round(n.place->lng * 1e6);
  }
  for (const auto& b : n.broader) s << " < " << b;
  s << " | " << n.amount << " " << n.currency << " " << (n.year ? *n.year : 0);
  s << " | articles";
  for (const auto& a : d.support.articles) s << " " << a;
  s << " | " << d.support.first_seen() << ".." << d.support.last_seen();
  s << " | count " << (d.enterprise_count ? *d.enterprise_count : -1) << " | " << n.merge_reason;
  return s.str();
}

std::string describe_edge(const Graph& g, Edge e) {
  const auto& d = g[e];
  std::ostringstream s;
  s << g[boost::source(e, g)].node.iri << " " << relation_name(d.relation) << " " << g[boost::target(e, g)].node.iri
    << " | " << (d.inferred ? "inferred" : "stated") << " | articles";
  for (const auto& a : d.support.articles) s << " " << a;
  s << " | " << d.support.first_seen() << ".." << d.support.last_seen() << " | conf "
    << std::lround(d.support.confidence * 100);
  return s.str();
}

void check_same(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  CHECK(a.article_count() == b.article_count());
  REQUIRE(a.vertex_count() == b.vertex_count());
  REQUIRE(a.edge_count() == b.edge_count());
  const auto va = a.sorted_vertices(), vb = b.sorted_vertices();
  for (std::size_t i = 0; i < va.size(); ++i)
    CHECK(describe_vertex(a.graph()[va[i]]) == describe_vertex(b.graph()[vb[i]]));
  const auto ea = a.sorted_edges(), eb = b.sorted_edges();
  for (std::size_t i = 0; i < ea.size(); ++i) CHECK(describe_edge(a.graph(), ea[i]) == describe_edge(b.graph(), eb[i]));
}

}  // namespace

TEST_CASE("graph loader: the fixture comes back from N-Quads unchanged") {
  test::TempDir dir;
  const auto articles = fixture::articles();
  write_nquads(articles, dir / "graph.nq");
  KnowledgeGraph loaded;
  LoadStats stats;
  REQUIRE(load_graph(dir.path(), loaded, stats) == "");  // a build folder
  CHECK(stats.articles == 3);
  CHECK(stats.default_graph == 0);
  CHECK(stats.warnings.empty());
  check_same(fixture::graph(), loaded);
}

TEST_CASE("graph loader: the sample corpus round trip (build -> graph.nq -> loader)") {
  std::vector<Article> input;
  std::vector<InputIssue> issues;
  read_sample_corpus([&](Article&& a) { input.push_back(std::move(a)); }, issues);
  REQUIRE(input.size() >= 8);
  std::sort(input.begin(), input.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
  std::vector<ArticleExtraction> extractions;
  for (const auto& a : input) extractions.push_back(extract_article(a));
  EntityResolver resolver;
  for (const auto& x : extractions) resolver.observe(x);
  resolver.finalize();
  std::vector<ArticleGraph> graphs;
  KnowledgeGraph memory;
  for (const auto& x : extractions) {
    graphs.push_back(map_article(x, resolver));
    memory.add(graphs.back());
  }
  test::TempDir dir;
  write_nquads(graphs, dir / "sample.nq");
  KnowledgeGraph loaded;
  LoadStats stats;
  REQUIRE(load_graph(dir / "sample.nq", loaded, stats) == "");
  CHECK(stats.articles == input.size());
  CHECK(loaded.vertex_count() > 50);
  check_same(memory, loaded);
}

TEST_CASE("graph loader: per-article graphs keep evidence and sentences on request") {
  test::TempDir dir;
  write_nquads(fixture::articles(), dir / "graph.nq");
  std::vector<ArticleGraph> got;
  LoadStats stats;
  REQUIRE(read_article_graphs(
              dir / "graph.nq", [&](ArticleGraph&& a) { got.push_back(std::move(a)); }, stats, true) == "");
  REQUIRE(got.size() == 3);
  const ArticleGraph& t1 = got[0];
  CHECK(t1.article.id == "t1");
  CHECK(t1.article.date == "2025-03-01");
  CHECK(t1.article.title == "测试文章t1");
  const auto member = std::find_if(t1.edges.begin(), t1.edges.end(),
                                   [](const GraphEdge& e) { return e.relation == Relation::memberOf; });
  REQUIRE(member != t1.edges.end());
  CHECK(member->sentence == 1);
  CHECK(member->rule == "test-rule");
  CHECK(member->confidence == doctest::Approx(0.7));
  REQUIRE(t1.sentences.size() == 2);
  CHECK(t1.sentences[1].text == "测试句子二。");
  REQUIRE(t1.counts.size() == 1);
  CHECK(t1.counts[0].value == 120);
  // Without the flag, no sentence text is kept.
  got.clear();
  REQUIRE(read_article_graphs(
              dir / "graph.nq", [&](ArticleGraph&& a) { got.push_back(std::move(a)); }, stats) == "");
  CHECK(got[0].sentences.empty());
}

TEST_CASE("graph loader: bad input gets an error naming the file and the reason") {
  test::TempDir dir;
  KnowledgeGraph kg;
  LoadStats stats;
  CHECK(load_graph(dir / "nothing-here", kg, stats).find("no such file") != std::string::npos);
  CHECK(load_graph(dir.path(), kg, stats).find("no graph.nq") != std::string::npos);
  std::ofstream(dir / "graph.ttl") << "<a:b> <a:c> <a:d> .\n";
  CHECK(load_graph(dir / "graph.ttl", kg, stats).find("needs N-Quads") != std::string::npos);
  std::ofstream(dir / "broken.nq") << "<http://e/a> <http://e/b> <http://e/c> <http://e/g> .\n"
                                      "<http://e/a> <http://e/b> \"unterminated <http://e/g> .\n";
  const auto err = load_graph(dir / "broken.nq", kg, stats);
  CHECK(err.find("broken.nq") != std::string::npos);
  CHECK(err.find("line 2") != std::string::npos);
  std::ofstream(dir / "plain.nq") << "<http://e/a> <http://e/b> <http://e/c> <http://e/g> .\n";
  CHECK(load_graph(dir / "plain.nq", kg, stats).find("no article graphs") != std::string::npos);
  CHECK(kg.vertex_count() == 0);
}

TEST_CASE("graph loader: unreadable values are warnings not crashes") {
  test::TempDir dir;
  const std::string art = article_iri("w1");
  std::ofstream(dir / "w.nq") << "<" << art << "> <" << kRdfNs << "type> <" << ckg_term(term::Article) << "> <" << art
                              << "> .\n"
                              << "<https://w3id.org/clusterkg/id/city/1> <" << kRdfNs << "type> <"
                              << class_iri(EntityType::City) << "> <" << art << "> .\n"
                              << "<https://w3id.org/clusterkg/id/city/1> <" << kGeoNs << "lat> \"north\" <" << art
                              << "> .\n";
  KnowledgeGraph kg;
  LoadStats stats;
  REQUIRE(load_graph(dir / "w.nq", kg, stats) == "");
  CHECK(kg.vertex_count() == 1);
  REQUIRE(stats.warnings.size() == 1);
  CHECK(stats.warnings[0].find("latitude 'north'") != std::string::npos);
}

}  // namespace ckg
