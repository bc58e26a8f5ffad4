// A small hand-made knowledge graph for the view, loader and writer tests:
// three articles (two dated, one not), provinces, cities, a region reached
// only through `within`, two clusters with a target, sectors with a broader
// sector, parallel relations, a name of two types (上海市), a name with XML
// specials and a control character. All names and sentences are invented
// for the tests; only the places and their codes are real.
#pragma once

#include <string>
#include <vector>

#include "graph/article_graph.h"
#include "graph/iri.h"
#include "graph/knowledge_graph.h"

namespace ckg::fixture {

inline GraphNode place(EntityType t, const std::string& code, const std::string& name, double lat, double lng,
                       bool mentioned = true) {
  GraphNode n;
  n.iri = entity_iri(t, code);
  n.type = t;
  n.label = name;
  PlaceInfo p;
  p.code = code;
  p.lat = lat;
  p.lng = lng;
  p.has_point = lat != 0 || lng != 0;
  n.place = p;
  n.mentioned = mentioned;
  return n;
}

inline GraphNode region(const std::string& key, const std::string& name) {
  GraphNode n;
  n.iri = entity_iri(EntityType::Region, key);
  n.type = EntityType::Region;
  n.label = name;
  n.place = PlaceInfo{};
  return n;
}

inline GraphNode entity(EntityType t, const std::string& name, std::vector<std::string> alts = {},
                        bool mentioned = true) {
  GraphNode n;
  n.iri = entity_iri(t, name);
  n.type = t;
  n.label = name;
  n.alt_labels = std::move(alts);
  n.mentioned = mentioned;
  return n;
}

inline GraphNode sector(const std::string& name, std::vector<std::string> broader = {}) {
  GraphNode n = entity(EntityType::Sector, name);
  n.broader = std::move(broader);
  return n;
}

inline GraphNode amount(const std::string& subject, Relation r, const std::string& value, std::optional<int> year,
                        const std::string& label) {
  GraphNode n;
  n.iri = amount_iri(subject, r, value, year);
  n.is_amount = true;
  n.label = label;
  n.amount = value;
  n.currency = "CNY";
  n.year = year;
  n.mentioned = true;
  return n;
}

inline GraphEdge fact(const GraphNode& s, Relation r, const GraphNode& o, int sentence = 0, double confidence = 0.9) {
  return {s.iri, o.iri, r, sentence, "test-rule", confidence, false};
}

inline GraphEdge within(const GraphNode& s, const GraphNode& o) {
  return {s.iri, o.iri, Relation::within, -1, "closure", 1.0, true};
}

inline Article article(const std::string& id, const std::string& date) {
  Article a;
  a.id = id;
  a.date = date;
  a.title = "测试文章" + id;
  a.source = id + ".txt";
  a.content_hash = "00000000000000" + id;
  return a;
}

inline Sentence sentence(const std::string& text) { return {{0, static_cast<std::uint32_t>(text.size())}, text}; }

inline void finish(ArticleGraph& g) {
  std::sort(g.nodes.begin(), g.nodes.end(), [](const GraphNode& a, const GraphNode& b) { return a.iri < b.iri; });
  std::sort(g.edges.begin(), g.edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.subject, a.relation, a.object) < std::tie(b.subject, b.relation, b.object);
  });
}

// Shared nodes.
struct Names {
  GraphNode zhejiang = place(EntityType::Province, "330000", "浙江省", 30.267, 120.153);
  GraphNode hangzhou = place(EntityType::City, "330100", "杭州市", 30.274084, 120.15507);
  GraphNode jiangsu = place(EntityType::Province, "320000", "江苏省", 32.061707, 118.763232);
  GraphNode suzhou = place(EntityType::City, "320500", "苏州市", 31.298886, 120.585316);
  GraphNode sh_province = place(EntityType::Province, "310000", "上海市", 31.230416, 121.473701);
  GraphNode sh_city = place(EntityType::City, "310100", "上海市", 31.230416, 121.473701);
  GraphNode yrd = region("yrd", "长江三角洲");
  GraphNode cluster = entity(EntityType::IndustrialCluster, "杭州测试材料产业集群", {"测试集群"});
  GraphNode cluster2 = entity(EntityType::IndustrialCluster, "苏州测试材料产业集群");
  GraphNode material = sector("测试材料", {"新材料"});
  GraphNode other_sector = sector("测试服务");
  GraphNode company = entity(EntityType::Company, "甲乙丙测试科技有限公司", {"甲乙丙"});
  GraphNode zone = entity(EntityType::Zone, "杭州测试园区");
  GraphNode person = entity(EntityType::Person, "测试人");
  GraphNode odd = entity(EntityType::Company, "A&B<测试>\"公司\"\x01尾");
  GraphNode target = amount(cluster.iri, Relation::targetScale, "50000000000", 2028, "500亿元（2028年）");
};

inline std::vector<ArticleGraph> articles() {
  Names n;
  std::vector<ArticleGraph> out(3);

  ArticleGraph& a = out[0];
  a.article = article("t1", "2025-03-01");
  a.sentences = {sentence("测试句子一。"), sentence("测试句子二。")};
  GraphNode region_a = n.yrd;
  a.nodes = {n.zhejiang, n.hangzhou, region_a, n.cluster, n.material, n.company, n.zone, n.target};
  a.edges = {fact(n.cluster, Relation::locatedIn, n.hangzhou, 0, 0.9),
             fact(n.hangzhou, Relation::partOf, n.zhejiang, -1, 1.0),
             fact(n.cluster, Relation::inSector, n.material, 0, 0.8),
             fact(n.company, Relation::memberOf, n.cluster, 1, 0.7),
             fact(n.cluster, Relation::targetScale, n.target, 1, 0.85),
             fact(n.zone, Relation::partOf, n.hangzhou, 1, 0.6),
             fact(n.zone, Relation::locatedIn, n.hangzhou, 1, 0.6),
             within(n.cluster, n.hangzhou),
             within(n.cluster, n.zhejiang),
             within(n.cluster, n.yrd),
             within(n.hangzhou, n.zhejiang),
             within(n.hangzhou, n.yrd),
             within(n.zhejiang, n.yrd),
             within(n.zone, n.hangzhou),
             within(n.zone, n.zhejiang),
             within(n.zone, n.yrd)};
  a.counts = {{n.cluster.iri, 120, 1, "test-count", 0.9}};
  finish(a);

  ArticleGraph& b = out[1];
  b.article = article("t2", "2025-05-20");
  b.sentences = {sentence("测试句子三。")};
  b.nodes = {n.jiangsu, n.suzhou, n.cluster,     n.cluster2, n.material,
             n.company, n.person, n.sh_province, n.sh_city,  n.yrd};
  b.edges = {fact(n.company, Relation::memberOf, n.cluster, 0, 0.75),
             fact(n.cluster2, Relation::locatedIn, n.suzhou, 0, 0.9),
             fact(n.suzhou, Relation::partOf, n.jiangsu, -1, 1.0),
             fact(n.cluster2, Relation::inSector, n.material, 0, 0.8),
             fact(n.sh_city, Relation::partOf, n.sh_province, -1, 1.0),
             within(n.cluster2, n.suzhou),
             within(n.cluster2, n.jiangsu),
             within(n.cluster2, n.yrd),
             within(n.suzhou, n.jiangsu),
             within(n.sh_city, n.sh_province)};
  finish(b);

  ArticleGraph& c = out[2];
  c.article = article("t3", "");
  c.sentences = {sentence("测试句子四。")};
  c.nodes = {n.cluster, n.other_sector, n.odd};
  c.edges = {fact(n.odd, Relation::memberOf, n.cluster, 0, 0.5)};
  finish(c);
  return out;
}

inline KnowledgeGraph graph() {
  KnowledgeGraph kg;
  for (const auto& a : articles()) kg.add(a);
  return kg;
}

}  // namespace ckg::fixture
