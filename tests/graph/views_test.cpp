#include "graph/views.h"

#include <doctest/doctest.h>

#include <set>

#include "graph/fixture_graph.h"

namespace ckg {
namespace {

std::set<std::string> labels_of(const KnowledgeGraph& kg, const std::vector<bool>& keep) {
  std::set<std::string> out;
  for (Vertex v : kg.sorted_vertices())
    if (keep[v]) out.insert(kg.graph()[v].node.label + "/" + std::string(type_name(kg.graph()[v].node.type)));
  return out;
}

std::set<std::string> view(const KnowledgeGraph& kg, ViewOptions o) {
  std::vector<bool> keep;
  const std::string err = select_view(kg, o, keep);
  REQUIRE_MESSAGE(err.empty(), err);
  return labels_of(kg, keep);
}

std::string view_error(const KnowledgeGraph& kg, ViewOptions o) {
  std::vector<bool> keep;
  return select_view(kg, o, keep);
}

}  // namespace

TEST_CASE("views: within a province picks what the within closure puts in it") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.within = "浙江省";
  o.depth = 0;
  const std::set<std::string> inside = {"浙江省/Province", "杭州市/City", "杭州测试材料产业集群/IndustrialCluster",
                                        "杭州测试园区/Zone"};
  CHECK(view(kg, o) == inside);
  // The same province by its short name and by its code.
  o.within = "浙江";
  CHECK(view(kg, o) == inside);
  o.within = "330000";
  CHECK(view(kg, o) == inside);
}

TEST_CASE("views: depth adds neighbours over facts not over the within closure") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.within = "浙江省";
  o.depth = 1;
  const auto got = view(kg, o);
  CHECK(got.count("测试材料/Sector"));
  CHECK(got.count("甲乙丙测试科技有限公司/Company"));
  CHECK(got.size() == 8);  // 4 inside + sector, two members, the target amount
  CHECK_FALSE(got.count("苏州测试材料产业集群/IndustrialCluster"));  // two steps away
  CHECK_FALSE(got.count("长江三角洲/Region"));                       // linked only by `within`
}

TEST_CASE("views: a name of two place types picks the larger place") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.within = "上海市";
  o.depth = 0;
  CHECK(view(kg, o) == std::set<std::string>{"上海市/Province", "上海市/City"});
}

TEST_CASE("views: sector picks narrower sectors and what is in them") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.sector = "新材料";  // only a broader sector of 测试材料
  o.depth = 0;
  CHECK(view(kg, o) == std::set<std::string>{"测试材料/Sector", "杭州测试材料产业集群/IndustrialCluster",
                                             "苏州测试材料产业集群/IndustrialCluster"});
  o.sector = "测试材料";
  o.within = "江苏省";  // several options intersect
  CHECK(view(kg, o) == std::set<std::string>{"苏州测试材料产业集群/IndustrialCluster"});
}

TEST_CASE("views: focus on one entity and its neighbourhood") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.focus = "甲乙丙";  // an other name
  o.depth = 1;
  CHECK(view(kg, o) ==
        std::set<std::string>{"甲乙丙测试科技有限公司/Company", "杭州测试材料产业集群/IndustrialCluster"});
  o.depth = 2;
  CHECK(view(kg, o).size() == 6);  // + 杭州市, 测试材料, the amount, the other member
  o.focus = "City:上海市";
  o.depth = 1;
  CHECK(view(kg, o) == std::set<std::string>{"上海市/Province", "上海市/City"});
  o.focus = fixture::Names().person.iri;
  CHECK(view(kg, o) == std::set<std::string>{"测试人/Person"});
}

TEST_CASE("views: types keep only the listed types") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.types = {"industrialcluster", "产业"};  // case-insensitive name, Chinese label
  CHECK(view(kg, o) == std::set<std::string>{"杭州测试材料产业集群/IndustrialCluster",
                                             "苏州测试材料产业集群/IndustrialCluster", "测试材料/Sector",
                                             "测试服务/Sector"});
}

TEST_CASE("views: min-degree keeps the k-core") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.min_degree = 2;
  // Peeling leaves 杭州市 and the zone, joined by two parallel relations.
  CHECK(view(kg, o) == std::set<std::string>{"杭州市/City", "杭州测试园区/Zone"});
  o.min_degree = 1;
  const auto one = view(kg, o);
  CHECK_FALSE(one.count("测试人/Person"));
  CHECK(one.count("甲乙丙测试科技有限公司/Company"));
}

TEST_CASE("views: errors name what is wrong") {
  const auto kg = fixture::graph();
  ViewOptions o;
  o.types = {"Factory"};
  CHECK(view_error(kg, o).find("unknown type 'Factory'") != std::string::npos);
  o = {};
  o.focus = "上海市";
  const auto amb = view_error(kg, o);
  CHECK(amb.find("matches 2 entities") != std::string::npos);
  CHECK(amb.find("City") != std::string::npos);
  o = {};
  o.within = "西藏自治区";
  CHECK(view_error(kg, o).find("no place named") != std::string::npos);
  o = {};
  o.sector = "造船";
  CHECK(view_error(kg, o).find("no sector named") != std::string::npos);
  o = {};
  o.within = "浙江省";
  o.depth = -1;
  CHECK(view_error(kg, o).find("--depth") != std::string::npos);
  o = {};
  o.types = {"Fund"};
  CHECK(view_error(kg, o).find("selects no entities") != std::string::npos);
}

TEST_CASE("views: describe lists the options") {
  ViewOptions o;
  CHECK(describe(o).empty());
  CHECK(o.empty());
  o.within = "广东省";
  o.types = {"Company", "Sector"};
  o.min_degree = 2;
  CHECK(describe(o) == "within=广东省 depth=1 types=Company,Sector min-degree=2");
  CHECK_FALSE(o.empty());
}

}  // namespace ckg
