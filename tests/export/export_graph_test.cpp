#include "export/export_graph.h"

#include <doctest/doctest.h>

#include <set>

#include "graph/fixture_graph.h"
#include "graph/views.h"

namespace ckg {
namespace {

const ExportNode& node(const ExportGraph& g, const std::string& full_name, const std::string& type = "") {
  for (const auto& n : g.nodes)
    if (n.full_name == full_name && (type.empty() || n.type == type)) return n;
  FAIL("no node " << full_name);
  throw 0;
}

const ExportEdge& edge(const ExportGraph& g, const std::string& from, const std::string& relation,
                       const std::string& to) {
  for (const auto& e : g.edges)
    if (g.nodes[e.source].full_name == from && e.relation == relation && g.nodes[e.target].full_name == to) return e;
  FAIL("no edge " << from << " " << relation << " " << to);
  throw 0;
}

}  // namespace

TEST_CASE("export graph: nodes and edges and what is left out") {
  const auto kg = fixture::graph();
  const auto g = make_export_graph(kg);
  // 16 vertices; the region reached only through `within` is left out.
  CHECK(kg.vertex_count() == 16);
  CHECK(g.nodes.size() == 15);
  for (const auto& n : g.nodes) CHECK(n.type != "Region");
  // 12 facts; the within closure is not drawn.
  CHECK(g.edges.size() == 12);
  for (const auto& e : g.edges) CHECK(e.relation != "within");
  // The zone is partOf and locatedIn 杭州市: one pair with two relations.
  CHECK(g.parallel_pairs == 1);
  // Ids follow IRI order.
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    CHECK(g.nodes[i].id == "n" + std::to_string(i));
    if (i > 0) CHECK(g.nodes[i - 1].iri < g.nodes[i].iri);
  }
}

TEST_CASE("export graph: node attributes") {
  const auto g = make_export_graph(fixture::graph());
  const auto& zj = node(g, "浙江省");
  CHECK(zj.label == "浙江");  // the gazetteer's short name
  CHECK(zj.type == "Province");
  CHECK(zj.type_zh == "省级行政区");
  CHECK(zj.code == "330000");
  REQUIRE(zj.latitude);
  CHECK(*zj.latitude == doctest::Approx(30.267));
  CHECK(zj.color.r == type_color(EntityType::Province).r);

  const auto& company = node(g, "甲乙丙测试科技有限公司");
  CHECK(company.label == "甲乙丙测试科技");  // legal form removed
  CHECK(company.aliases == "甲乙丙");
  CHECK_FALSE(company.latitude);
  CHECK(company.code.empty());

  const auto& cluster = node(g, "杭州测试材料产业集群");
  CHECK(cluster.articles == 3);
  CHECK(cluster.first_seen == "2025-03-01");
  CHECK(cluster.last_seen == "2025-05-20");
  REQUIRE(cluster.target_yuan);
  CHECK(*cluster.target_yuan == doctest::Approx(5e10));
  CHECK(cluster.target_year == 2028);
  CHECK(cluster.enterprise_count == 120);
  CHECK(cluster.degree == 5);
  CHECK(cluster.size > node(g, "测试人").size);

  const auto& target = node(g, "500亿元（2028年）");
  CHECK(target.type == "MonetaryAmount");
  CHECK(target.amount == doctest::Approx(5e10));
  CHECK(target.year == 2028);
}

TEST_CASE("export graph: edge weight and dates come from the supporting articles") {
  const auto g = make_export_graph(fixture::graph());
  const auto& member = edge(g, "甲乙丙测试科技有限公司", "memberOf", "杭州测试材料产业集群");
  CHECK(member.weight == 2);
  CHECK(member.articles == 2);
  CHECK(member.first_seen == "2025-03-01");
  CHECK(member.last_seen == "2025-05-20");
  CHECK(member.relation_zh == "成员");
  CHECK(member.confidence == doctest::Approx(0.75));
  const auto& located = edge(g, "杭州测试材料产业集群", "locatedIn", "杭州市");
  CHECK(located.weight == 1);
}

TEST_CASE("export graph: spells cover dated articles and run to the end of a target year") {
  const auto g = make_export_graph(fixture::graph());
  const auto& target_edge = edge(g, "杭州测试材料产业集群", "targetScale", "500亿元（2028年）");
  REQUIRE(target_edge.spell);
  CHECK(*target_edge.spell == Spell{"2025-03-01", "2028-12-31"});
  CHECK(target_edge.year == 2028);
  const auto& member = edge(g, "甲乙丙测试科技有限公司", "memberOf", "杭州测试材料产业集群");
  CHECK(*member.spell == Spell{"2025-03-01", "2025-05-20"});
  // The cluster's spell covers its edges, so the target keeps it on the timeline.
  CHECK(*node(g, "杭州测试材料产业集群").spell == Spell{"2025-03-01", "2028-12-31"});
  CHECK(*node(g, "浙江省").spell == Spell{"2025-03-01", "2025-03-01"});
  // Only an undated article: no spell, so Gephi shows it at all times.
  CHECK_FALSE(node(g, "测试服务").spell);
  CHECK_FALSE(edge(g, "A&B<测试>\"公司\"\x01尾", "memberOf", "杭州测试材料产业集群").spell);
}

TEST_CASE("export graph: a date that is not a real day gives no spell") {
  auto articles = fixture::articles();
  articles[1].article.date = "2025-02-30";
  KnowledgeGraph kg;
  kg.add(articles[1]);
  const auto g = make_export_graph(kg);
  const auto& suzhou = node(g, "苏州市");
  CHECK(suzhou.first_seen == "2025-02-30");  // kept as the article says
  CHECK_FALSE(suzhou.spell);
  for (const auto& e : g.edges) CHECK_FALSE(e.spell);
}

TEST_CASE("export graph: the first layout puts places on the map and nothing on top of another") {
  const auto g = make_export_graph(fixture::graph());
  std::set<std::pair<double, double>> seen;
  for (const auto& n : g.nodes) CHECK(seen.insert({n.position.x, n.position.y}).second);
  // North is up, east is right.
  CHECK(node(g, "江苏省").position.y > node(g, "浙江省").position.y);
  CHECK(node(g, "上海市", "City").position.x > node(g, "杭州市").position.x);
  // An entity lands near what it is linked to.
  const auto& c = node(g, "苏州测试材料产业集群").position;
  const auto& s = node(g, "苏州市").position;
  const auto& zj = node(g, "浙江省").position;
  auto d2 = [](Point a, Point b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); };
  CHECK(d2(c, s) < d2(c, zj));
}

TEST_CASE("export graph: a view keeps its nodes and the facts between them") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.within = "江苏省";
  o.depth = 0;
  std::vector<bool> keep;
  REQUIRE(select_view(kg, o, keep).empty());
  const auto g = make_export_graph(kg, keep);
  CHECK(g.nodes.size() == 3);
  CHECK(g.edges.size() == 2);
  CHECK(node(g, "苏州市").degree == 2);
}

TEST_CASE("export graph: the same graph gives the same records") {
  const auto a = make_export_graph(fixture::graph());
  const auto b = make_export_graph(fixture::graph());
  REQUIRE(a.nodes.size() == b.nodes.size());
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    CHECK(a.nodes[i].iri == b.nodes[i].iri);
    CHECK(a.nodes[i].position.x == b.nodes[i].position.x);
    CHECK(a.nodes[i].size == b.nodes[i].size);
  }
}

}  // namespace ckg
