#include <doctest/doctest.h>

#include <algorithm>

#include "graph/knowledge_graph.h"

using namespace ckg;

namespace {

GraphNode node(const std::string& iri) {
  GraphNode n;
  n.iri = iri;
  n.type = EntityType::Company;
  n.label = iri;
  n.mentioned = true;
  n.confidence = 0.5;
  return n;
}

ArticleGraph article(const std::string& id, const std::string& date, double confidence) {
  ArticleGraph g;
  g.article.id = id;
  g.article.date = date;
  g.nodes = {node("x:a"), node("x:b")};
  g.edges.push_back({"x:a", "x:b", Relation::memberOf, 0, "rule", confidence, false});
  g.edges.push_back({"x:a", "x:b", Relation::locatedIn, -1, "closure", 1.0, true});
  return g;
}

}  // namespace

TEST_CASE("knowledge graph: support counts distinct articles in any order and edges merge by relation") {
  KnowledgeGraph kg;
  kg.add(article("c", "2024-03-01", 0.6));
  kg.add(article("a", "2023-01-05", 0.9));
  kg.add(article("b", "", 0.7));
  kg.add(article("a", "2023-01-05", 0.8));  // the same id again counts once
  REQUIRE(kg.vertex_count() == 2);
  CHECK(kg.edge_count() == 2);  // memberOf and locatedIn between the same two nodes
  const auto a = kg.find("x:a");
  REQUIRE(a);
  const auto& sa = kg.graph()[*a].support;
  CHECK(sa.articles.size() == 3);
  CHECK(std::is_sorted(sa.articles.begin(), sa.articles.end()));
  CHECK(sa.first_seen() == "2023-01-05");
  CHECK(sa.last_seen() == "2024-03-01");
  for (Edge e : kg.sorted_edges()) {
    const auto& d = kg.graph()[e];
    CHECK(d.support.articles.size() == 3);
    if (d.relation == Relation::memberOf) {
      CHECK_FALSE(d.inferred);
      CHECK(d.support.confidence == doctest::Approx(0.9));
    } else {
      CHECK(d.inferred);
    }
  }
}

TEST_CASE("knowledge graph: many edges are found again after the index grows") {
  KnowledgeGraph kg;
  ArticleGraph g;
  g.article.id = "one";
  for (int i = 0; i < 3000; ++i) g.nodes.push_back(node("x:n" + std::to_string(i)));
  for (int i = 1; i < 3000; ++i)
    g.edges.push_back({"x:n0", "x:n" + std::to_string(i), Relation::partOf, -1, "r", 1.0, false});
  kg.add(g);
  g.article.id = "two";
  kg.add(g);  // every edge exists: none added
  CHECK(kg.vertex_count() == 3000);
  CHECK(kg.edge_count() == 2999);
  for (Edge e : kg.sorted_edges()) CHECK(kg.graph()[e].support.articles.size() == 2);
}
