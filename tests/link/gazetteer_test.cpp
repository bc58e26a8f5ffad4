// The place gazetteer: divisions by full and short name, ambiguity, ancestors, regions.
#include <doctest/doctest.h>

#include <algorithm>

#include "link/gazetteer.h"

using namespace ckg;

TEST_CASE("divisions by full and short name") {
  const auto& g = Gazetteer::instance();
  REQUIRE(g.by_full_name("广东省").size() == 1);
  const Division* gd = g.by_code("440000");
  REQUIRE(gd);
  CHECK(gd->name == "广东省");
  CHECK(gd->short_name == "广东");
  CHECK(gd->type == EntityType::Province);
  REQUIRE(!g.by_short_name("武汉").empty());
  CHECK(g.divisions()[static_cast<std::size_t>(g.by_short_name("武汉").front())].name == "武汉市");
  CHECK(g.by_full_name("不存在的地方").empty());
}

TEST_CASE("a county name shared by several cities has several divisions") {
  const auto& g = Gazetteer::instance();
  CHECK(g.by_full_name("鼓楼区").size() >= 4);
  CHECK(g.by_full_name("朝阳区").size() >= 2);
}

TEST_CASE("ancestors go up to the province - municipalities have no city row") {
  const auto& g = Gazetteer::instance();
  const auto chain = g.ancestors("320106");  // 南京市鼓楼区
  REQUIRE(chain.size() == 3);
  CHECK(chain[1] == "320100");
  CHECK(chain[2] == "320000");
  CHECK(g.province_of("320106") == "320000");
  CHECK(g.is_within("320106", "320100"));
  CHECK_FALSE(g.is_within("320106", "350000"));
  // 北京市朝阳区 hangs off the province directly.
  const auto bj = g.ancestors("110105");
  REQUIRE(bj.size() == 2);
  CHECK(bj[1] == "110000");
  CHECK(g.ancestors("999999").empty());
}

TEST_CASE("regions by name and alias with their member divisions") {
  const auto& g = Gazetteer::instance();
  const RegionInfo* r = g.region_by_name("长三角");
  REQUIRE(r);
  CHECK(r->name == "长江三角洲");
  CHECK(std::find(r->members.begin(), r->members.end(), "320000") != r->members.end());
  CHECK(g.region_by_key(r->key) == r);
  CHECK(g.region_by_name("粤港澳大湾区"));
  CHECK(g.region_by_name("大湾区") == g.region_by_name("粤港澳大湾区"));
  CHECK_FALSE(g.region_by_name("火星"));
}

TEST_CASE("a gazetteer built from explicit content") {
  const Gazetteer g(
      "code,name,level,parent_code,lng,lat,short_name,src\n"
      "100000,甲省,province,,1,2,甲,x\n"
      "100100,乙市,city,100000,,,乙,x\n",
      "key\tname\taliases\tmembers\ten\nr1\t丙区域\t丙\t100000\tC\n");
  REQUIRE(g.divisions().size() == 2);
  CHECK(g.by_code("100100")->parent_code == "100000");
  CHECK_FALSE(g.by_code("100100")->has_point);
  CHECK(g.by_code("100000")->has_point);
  CHECK(g.region_by_name("丙")->key == "r1");
}
