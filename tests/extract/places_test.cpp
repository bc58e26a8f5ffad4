// Places: full and short names, ambiguity resolved from the article or left
// unlinked, districts listed by short name, regions.
#include <doctest/doctest.h>

#include "extract/extract_helpers.h"

using namespace ckg;
using test::extract_text;

TEST_CASE("short forms resolve to the division") {
  const auto r = extract_text("广东与湖北两地企业在武汉签约。");
  const auto* gd = r.entity(EntityType::Province, "广东省");
  REQUIRE(gd);
  CHECK(gd->place->code == "440000");
  CHECK(r.has(EntityType::Province, "湖北省"));
  const auto* wh = r.entity(EntityType::City, "武汉市");
  REQUIRE(wh);
  CHECK(wh->place->code == "420100");
  INFO(r.dump());
  CHECK(r.fact("武汉市", Relation::partOf, "湖北省"));
}

TEST_CASE("a shared county name is resolved from the other places of the article") {
  const auto r = extract_text("南京市鼓楼区今年新开工一批项目。");
  const auto* d = r.entity(EntityType::District, "鼓楼区");
  REQUIRE(d);
  REQUIRE(d->place);
  CHECK(d->place->code == "320106");
  // The nearest named ancestor decides even when another county of the province shares the name.
  const auto r2 = extract_text("江苏省南京市的鼓楼区发布规划。");
  REQUIRE(r2.entity(EntityType::District, "鼓楼区"));
  REQUIRE(r2.entity(EntityType::District, "鼓楼区")->place);
  CHECK(r2.entity(EntityType::District, "鼓楼区")->place->code == "320106");
  // Two cities named, each with a 鼓楼区: left unlinked rather than guessed.
  const auto r3 = extract_text("南京市和徐州市的鼓楼区都在招商。");
  REQUIRE(r3.entity(EntityType::District, "鼓楼区"));
  CHECK_FALSE(r3.entity(EntityType::District, "鼓楼区")->place.has_value());
}

TEST_CASE("a shared county name without context is left unlinked") {
  const auto r = extract_text("鼓楼区发布产业政策。");
  const auto* d = r.entity(EntityType::District, "鼓楼区");
  REQUIRE(d);
  CHECK_FALSE(d->place.has_value());
}

TEST_CASE("short district names count in a list of one province's districts") {
  const auto r = extract_text("山东省蔬菜基地分布在寿光、青州和临淄等地。");
  INFO(r.dump());
  CHECK(r.has(EntityType::District, "寿光市"));
  CHECK(r.has(EntityType::District, "青州市"));
  CHECK(r.has(EntityType::District, "临淄区"));
}

TEST_CASE("a short district name alone is not a place") {
  const auto r = extract_text("寿光的蔬菜很有名。");
  CHECK_FALSE(r.has(EntityType::District, "寿光市"));
}

TEST_CASE("a county name inside a longer word of another province is not a place") {
  // 闽东山区 ends like 东山区 (a district of 黑龙江).
  const auto r = extract_text("福建省宁德市地处闽东山区，茶叶产业发达。");
  INFO(r.dump());
  CHECK_FALSE(r.has(EntityType::District, "东山区"));
  CHECK(r.has(EntityType::City, "宁德市"));
}

TEST_CASE("a short name that several divisions share prefers the one named in full") {
  const auto r = extract_text("北京市朝阳区提出，朝阳将建设人工智能示范区。");
  INFO(r.dump());
  CHECK_FALSE(r.has(EntityType::City, "朝阳市"));
  REQUIRE(r.entity(EntityType::District, "朝阳区"));
  CHECK(r.entity(EntityType::District, "朝阳区")->place->code == "110105");
}

TEST_CASE("regions by name and alias") {
  const auto r = extract_text("长三角与粤港澳大湾区的新能源汽车产业合作加深。");
  const auto* yrd = r.entity(EntityType::Region, "长江三角洲");
  REQUIRE(yrd);
  CHECK(std::find(yrd->aliases.begin(), yrd->aliases.end(), "长三角") != yrd->aliases.end());
  CHECK(r.has(EntityType::Region, "粤港澳大湾区"));
}

TEST_CASE("places named only inside a company name are not places of the article") {
  const auto r = extract_text("太原精工机械有限公司发布新品。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "太原精工机械有限公司"));
  CHECK_FALSE(r.has(EntityType::City, "太原市"));
}

TEST_CASE("a region inside a firm's or project's name is not a mention - nor 西部地区 inside 中西部地区") {
  const auto r = extract_text(
      "华北理工大学与北部湾产业投资有限公司合作建设黔中智算中心项目。中西部地区的集群增长较快，长三角的集群规模最大。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Institution, "华北理工大学"));
  CHECK_FALSE(r.has(EntityType::Region, "华北地区"));
  CHECK_FALSE(r.has(EntityType::Region, "北部湾城市群"));
  CHECK_FALSE(r.has(EntityType::Region, "黔中"));
  CHECK_FALSE(r.has(EntityType::Region, "西部地区"));
  CHECK(r.has(EntityType::Region, "长江三角洲"));
}

TEST_CASE("城区 and 郊区 are words - not districts") {
  const auto r = extract_text("永川区城区面积不断扩大，郊区的数控机床企业也在增加。");
  INFO(r.dump());
  CHECK(r.count(EntityType::District) == 1);
}

TEST_CASE("provinces of a region named with two or more of them are part of it - one alone is not") {
  const auto r = extract_text("北京市、天津市和河北省将共同推进京津冀协同发展。");
  INFO(r.dump());
  CHECK(r.rule_of("北京市", Relation::partOf, "京津冀") == "region-members");
  CHECK(r.fact("河北省", Relation::partOf, "京津冀"));
  const auto r2 = extract_text("浙江省的企业积极融入长三角一体化。");
  INFO(r2.dump());
  CHECK_FALSE(r2.fact("浙江省", Relation::partOf, "长江三角洲"));
}

TEST_CASE("a zone after a chain of places is named from the last place") {
  const auto r = extract_text("黑龙江省绥化市肇东经济开发区已入驻生物制造企业20家。");
  INFO(r.dump());
  const auto* z = r.entity(EntityType::Zone, "肇东经济开发区");
  REQUIRE(z);
  CHECK(z->name == "肇东经济开发区");
  CHECK(r.has(EntityType::Zone, "黑龙江省绥化市肇东经济开发区"));  // as another name
}

TEST_CASE("a bay named after a city is not the city - an area of a free trade zone is a zone") {
  const auto r = extract_text(
      "宁波杭州湾新区全年规上工业产值2870亿元。"
      "中国（广西）自由贸易试验区钦州港片区已集聚企业1200家。");
  INFO(r.dump());
  CHECK_FALSE(r.any("杭州市"));
  CHECK(r.has(EntityType::Zone, "中国(广西)自由贸易试验区钦州港片区"));
  CHECK(r.fact("中国(广西)自由贸易试验区钦州港片区", Relation::partOf, "钦州市"));
  CHECK_FALSE(r.any("中国(广西)自由贸易试验区"));
}

TEST_CASE("a region crossed by a province's name or naming a part of a place just named is no region") {
  const auto r = extract_text(
      "第十五届中国中部投资贸易博览会在江西南昌开幕。广西南宁的企业也来参展。"
      "濮阳市位于河南省东北部。阜阳地处淮北平原。西南地区的客商超过三百家。");
  INFO(r.dump());
  CHECK(r.has(EntityType::City, "南昌市"));
  CHECK(r.has(EntityType::Province, "江西省"));
  CHECK(r.fact("第十五届中国中部投资贸易博览会", Relation::heldIn, "南昌市"));
  CHECK(r.has(EntityType::City, "南宁市"));
  CHECK_FALSE(r.has(EntityType::Region, "东北地区"));
  CHECK_FALSE(r.has(EntityType::City, "淮北市"));
  CHECK(r.has(EntityType::Region, "西南地区"));
}

TEST_CASE("a county named in full lets its short name count later") {
  const auto r = extract_text("福建省晋江市召开鞋服产业大会。晋江的运动鞋企业超过三千家。");
  INFO(r.dump());
  const auto* d = r.entity(EntityType::District, "晋江市");
  REQUIRE(d);
  CHECK(d->mentions.size() == 2);
}

TEST_CASE("pilot and cooperation zones and port districts are zones - not 选址 or a national designation") {
  const auto r = extract_text(
      "项目选址西安高新综合保税区。中国（郑州）跨境电子商务综合试验区去年进出口增长。"
      "中德（蒲江）中小企业合作区入驻65家企业。东一物流在西安国际港务区设立中心。贵州是国家大数据综合试验区。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Zone, "西安高新综合保税区"));
  CHECK_FALSE(r.any("项目选址西安高新综合保税区"));
  CHECK(r.has(EntityType::Zone, "中国(郑州)跨境电子商务综合试验区"));
  CHECK(r.has(EntityType::Zone, "中德(蒲江)中小企业合作区"));
  CHECK(r.has(EntityType::Zone, "西安国际港务区"));
  CHECK_FALSE(r.any("国家大数据综合试验区"));
}

TEST_CASE("a county's short name right after its province's - sub-parks and parks after 位于…的 are zones") {
  const auto r = extract_text("这里的瓷器与江西景德镇、湖南醴陵齐名。山东寿光的蔬菜远销海外。");
  INFO(r.dump());
  CHECK(r.has(EntityType::District, "醴陵市"));
  CHECK(r.has(EntityType::District, "寿光市"));
  CHECK(r.fact("醴陵市", Relation::partOf, "株洲市"));
  const auto z = extract_text(
      "新疆伊犁哈萨克自治州霍尔果斯市的霍尔果斯经济开发区由霍尔果斯园区和清水河配套园区组成。"
      "深圳市光明区建设特色园区。另一家落户淄博齐鲁化学工业区。"
      "昆山深化两岸产业合作试验区获批十年。");
  INFO(z.dump());
  CHECK(z.has(EntityType::Zone, "霍尔果斯园区"));
  CHECK(z.has(EntityType::Zone, "淄博齐鲁化学工业区"));
  CHECK(z.has(EntityType::Zone, "昆山深化两岸产业合作试验区"));
  CHECK_FALSE(z.any("光明区建设特色园区"));
  const auto v = extract_text("江西省景德镇市的新厂位于昌江区的昌南陶瓷共享智造园。");
  INFO(v.dump());
  CHECK(v.has(EntityType::Zone, "昌南陶瓷共享智造园"));
}
