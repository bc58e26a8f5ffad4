#include <doctest/doctest.h>

#include <algorithm>

#include "graph/article_graph.h"
#include "graph/iri.h"
#include "link/gazetteer.h"

using namespace ckg;

namespace {

ExtractedEntity division(const char* code) {
  const Division* d = Gazetteer::instance().by_code(code);
  REQUIRE(d != nullptr);
  ExtractedEntity e;
  e.type = d->type;
  e.name = d->name;
  e.key = d->code;
  PlaceInfo p;
  p.code = d->code;
  p.parent_code = d->parent_code;
  p.lat = d->lat;
  p.lng = d->lng;
  p.has_point = d->has_point;
  e.place = p;
  e.lexicon_name = true;
  e.mentions.push_back({{0, 2}, d->short_name});
  return e;
}

bool has_edge(const ArticleGraph& g, const std::string& s, Relation r, const std::string& o) {
  return std::any_of(g.edges.begin(), g.edges.end(),
                     [&](const GraphEdge& e) { return e.subject == s && e.relation == r && e.object == o; });
}

}  // namespace

TEST_CASE("map_article materialises within over partOf and locatedIn and regions") {
  ArticleExtraction x;
  x.article.id = "t1";
  x.article.text = "嘉兴集群";
  x.entities.push_back(division("330400"));  // 嘉兴市
  x.entities.push_back(division("330000"));  // 浙江省
  ExtractedEntity c;
  c.type = EntityType::IndustrialCluster;
  c.name = c.key = "嘉兴氢能产业集群";
  x.entities.push_back(c);
  auto fact = [](int s, Relation r, int o, std::string value, std::optional<int> year) {
    ExtractedFact f;
    f.subject = s;
    f.relation = r;
    f.object = o;
    f.value = std::move(value);
    f.year = year;
    f.sentence = 0;
    f.rule = "test";
    return f;
  };
  x.facts.push_back(fact(0, Relation::partOf, 1, "", std::nullopt));
  x.facts.push_back(fact(2, Relation::locatedIn, 0, "", std::nullopt));
  x.facts.push_back(fact(2, Relation::targetScale, -1, "100000000000", 2030));
  EntityResolver r;
  r.observe(x);
  r.finalize();
  const ArticleGraph g = map_article(x, r);
  const auto cluster = entity_iri(EntityType::IndustrialCluster, "嘉兴氢能产业集群");
  const auto city = entity_iri(EntityType::City, "330400");
  const auto province = entity_iri(EntityType::Province, "330000");
  CHECK(has_edge(g, cluster, Relation::locatedIn, city));
  CHECK(has_edge(g, cluster, Relation::within, city));
  CHECK(has_edge(g, cluster, Relation::within, province));
  CHECK(has_edge(g, city, Relation::within, province));
  CHECK_FALSE(has_edge(g, province, Relation::within, city));
  // 浙江 is a member of the Yangtze River Delta region in data/places/regions.tsv.
  const auto* yrd = Gazetteer::instance().region_by_name("长三角");
  REQUIRE(yrd != nullptr);
  CHECK(has_edge(g, cluster, Relation::within, entity_iri(EntityType::Region, yrd->key)));
  // The target becomes an amount node with its year.
  const auto amount = amount_iri(cluster, Relation::targetScale, "100000000000", 2030);
  CHECK(has_edge(g, cluster, Relation::targetScale, amount));
  auto it = std::find_if(g.nodes.begin(), g.nodes.end(), [&](const GraphNode& n) { return n.iri == amount; });
  REQUIRE(it != g.nodes.end());
  CHECK(it->is_amount);
  CHECK(it->year == 2030);
  CHECK(it->label == "1000亿元（2030年）");
  // Sorted and unique.
  CHECK(std::is_sorted(g.nodes.begin(), g.nodes.end(), [](auto& a, auto& b) { return a.iri < b.iri; }));
}

TEST_CASE("entities resolved to one name become one node") {
  ArticleExtraction a, b;
  a.article.id = "a";
  b.article.id = "b";
  ExtractedEntity full;
  full.type = EntityType::Fund;
  full.name = full.key = "江城产业投资基金";
  full.aliases = {"江城基金"};
  a.entities.push_back(full);
  ExtractedEntity shortf;
  shortf.type = EntityType::Fund;
  shortf.name = shortf.key = "江城基金";
  b.entities.push_back(shortf);
  EntityResolver r;
  r.observe(b);
  r.observe(a);
  r.finalize();
  const auto ga = map_article(a, r), gb = map_article(b, r);
  REQUIRE(ga.nodes.size() == 1);
  REQUIRE(gb.nodes.size() == 1);
  CHECK(ga.nodes[0].iri == gb.nodes[0].iri);
  CHECK(gb.nodes[0].label == "江城产业投资基金");
  CHECK_FALSE(gb.nodes[0].merge_reason.empty());
}
