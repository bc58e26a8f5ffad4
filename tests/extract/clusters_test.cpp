// Industrial clusters: names, size classes, lists, places from the name or
// the context, national clusters, quoted names without a sector, references.
#include <doctest/doctest.h>

#include "extract/extract_helpers.h"

using namespace ckg;
using test::extract_text;

TEST_CASE("a cluster named with place - size class and sector") {
  const auto r = extract_text("临沂加快打造千亿级现代物流产业集群。");
  INFO(r.dump());
  const auto* c = r.entity(EntityType::IndustrialCluster, "临沂现代物流产业集群");
  REQUIRE(c);
  CHECK(r.fact("临沂现代物流产业集群", Relation::locatedIn, "临沂市"));
  CHECK(r.fact("临沂现代物流产业集群", Relation::inSector, "现代物流"));
  CHECK(r.value("临沂现代物流产业集群", Relation::targetScale, "100000000000"));
}

TEST_CASE("a list of sectors gives one cluster each - sharing the size class") {
  const auto r = extract_text("南阳着力发展500亿级装备制造、现代医药、新材料产业集群。");
  INFO(r.dump());
  for (const char* s : {"装备制造", "现代医药", "新材料"}) {
    const std::string name = std::string("南阳") + s + "产业集群";
    CAPTURE(name);
    CHECK(r.has(EntityType::IndustrialCluster, name));
    CHECK(r.fact(name, Relation::inSector, s));
    CHECK(r.fact(name, Relation::locatedIn, "南阳市"));
    CHECK(r.value(name, Relation::targetScale, "50000000000"));
  }
}

TEST_CASE("a list before 等N个 gives one cluster each - with the place of the sentence") {
  const auto r = extract_text("在云南省，重点打造咖啡、茶叶、花卉等3个省级出口产业集群。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "云南咖啡产业集群"));
  CHECK(r.has(EntityType::IndustrialCluster, "云南花卉产业集群"));
  CHECK(r.fact("云南茶叶产业集群", Relation::locatedIn, "云南省"));
  // 出口 is a modifier here, not a sector of the article.
  CHECK_FALSE(r.has(EntityType::Sector, "农产品出口"));
}

TEST_CASE("pairs of place and sector before 等…产业带") {
  const auto r = extract_text("形成江西脐橙、广西柑橘、四川柠檬等一批优势特色产业带。");
  INFO(r.dump());
  CHECK(r.fact("江西脐橙产业集群", Relation::locatedIn, "江西省"));
  CHECK(r.fact("广西柑橘产业集群", Relation::inSector, "柑橘"));
  CHECK(r.fact("四川柠檬产业集群", Relation::locatedIn, "四川省"));
}

TEST_CASE("a cluster named without a place takes the subject place of its sentence") {
  const auto r = extract_text("近年来，安徽省滁州市加快打造与南京市协同发展的光伏产业集群，目前已聚集企业260余家。");
  INFO(r.dump());
  CHECK(r.fact("滁州光伏产业集群", Relation::locatedIn, "滁州市"));
  CHECK_FALSE(r.fact("滁州光伏产业集群", Relation::locatedIn, "南京市"));
  CHECK(r.value("滁州光伏产业集群", Relation::enterpriseCount, "260"));
}

TEST_CASE("mentions of one cluster with and without a place are one entity") {
  const auto r = extract_text("无锡物联网产业集群规模扩大。物联网产业集群带动了就业。");
  INFO(r.dump());
  CHECK(r.count(EntityType::IndustrialCluster) == 1);
}

TEST_CASE("a national cluster has no place - a 国家 designation takes the place of its item") {
  const auto r = extract_text("中国新能源汽车产业集群加速成长。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "中国新能源汽车产业集群"));
  CHECK(r.facts(Relation::locatedIn) == 0);
  const auto r2 = extract_text("论坛在合肥举办。国家智能语音产业集群由多家企业发起。");
  INFO(r2.dump());
  CHECK(r2.fact("国家智能语音产业集群", Relation::locatedIn, "合肥市"));
}

TEST_CASE("an industry with a place and a scale figure is a cluster") {
  const auto r = extract_text("2024年，常州市新能源产业营收达7000亿元。");
  INFO(r.dump());
  CHECK(r.value("常州新能源产业集群", Relation::currentScale, "700000000000", 2024));
}

TEST_CASE("a quoted cluster without a sector is named - unquoted it refers to the item's cluster") {
  const auto r =
      extract_text("贵州省遵义市借助“两个千亿级产业集群”加快发展。全力打造两个千亿级产业集群，白酒产业增长明显。");
  INFO(r.dump());
  const auto* c = r.entity(EntityType::IndustrialCluster, "两个千亿级产业集群");
  REQUIRE(c);
  CHECK(r.fact("两个千亿级产业集群", Relation::locatedIn, "遵义市"));
  CHECK(r.fact("两个千亿级产业集群", Relation::inSector, "白酒"));
  CHECK(r.value("两个千亿级产业集群", Relation::targetScale, "100000000000"));
}

TEST_CASE("an effect is not a cluster: 带动千亿产业集群") {
  const auto r = extract_text("星河基金将带动千亿产业集群。");
  CHECK(r.count(EntityType::IndustrialCluster) == 0);
}

TEST_CASE("a cluster word after a sector not in the lexicon - with a place - adds the sector") {
  const auto r = extract_text("临汾市翼城县打造钕铁硼磁材专业镇。钕铁硼磁材专业镇聚集企业30家。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "钕铁硼磁材"));
  CHECK(r.count(EntityType::IndustrialCluster) == 1);
  CHECK(r.fact("翼城钕铁硼磁材产业集群", Relation::locatedIn, "翼城县"));
}

TEST_CASE("generic classes of clusters are not clusters") {
  const auto r = extract_text("做大做强制造业主导产业集群和战略性新兴产业集群。");
  CHECK(r.count(EntityType::IndustrialCluster) == 0);
}

TEST_CASE("a cluster's sector is its whole head - after a verb - not after 全省") {
  const auto r = extract_text(
      "广西壮族自治区印发方案，提出绿色化工新材料产业集群和金属新材料产业集群均突破2500亿元。延边朝鲜族自治州在珲春市"
      "建设海洋食品产业集群。全省电子信息产业集群营业收入增长。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "金属新材料"));
  CHECK(r.has(EntityType::Sector, "绿色化工新材料"));
  CHECK(r.fact("广西金属新材料产业集群", Relation::inSector, "金属新材料"));
  CHECK(r.has(EntityType::Sector, "海洋食品"));
  CHECK_FALSE(r.any("建设海洋食品"));
  CHECK(r.has(EntityType::IndustrialCluster, "广西电子信息产业集群"));
  // A national designation keeps its own name.
  const auto r2 = extract_text("国家先进电池材料产业集群由深圳星河股份等企业发起。");
  CHECK(r2.has(EntityType::IndustrialCluster, "国家先进电池材料产业集群"));
}

TEST_CASE("two sectors joined by 及 name one cluster - a sector named with 产业 is not repeated") {
  const auto r = extract_text("沈阳机器人及智能制造产业集群入选国家先进制造业集群名单。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "沈阳机器人及智能制造产业集群"));
  CHECK(r.count(EntityType::IndustrialCluster) == 1);
  CHECK(r.fact("沈阳机器人及智能制造产业集群", Relation::inSector, "机器人"));
  CHECK(r.fact("沈阳机器人及智能制造产业集群", Relation::inSector, "智能制造"));
  // A list with 、 still gives one cluster each.
  CHECK(extract_text("驻马店打造装备制造、现代医药、节能环保产业集群。").count(EntityType::IndustrialCluster) == 3);
}

TEST_CASE("a cluster named after a town keeps its name and is placed by its context") {
  const auto r = extract_text(
      "浙江省桐乡市濮院镇是知名的毛衫之乡。濮院毛衫产业集群年产值约680亿元。宜兴丁蜀镇紫砂产业集群去年产值126亿元。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "濮院毛衫产业集群"));
  CHECK(r.fact("濮院毛衫产业集群", Relation::locatedIn, "桐乡市"));
  CHECK(r.has(EntityType::Sector, "毛衫"));
  CHECK_FALSE(r.has(EntityType::Sector, "濮院毛衫"));
  CHECK(r.has(EntityType::IndustrialCluster, "丁蜀镇紫砂产业集群"));
  CHECK_FALSE(r.has(EntityType::Sector, "丁蜀镇紫砂"));
}

TEST_CASE("two sectors joined by 与 name one cluster - a count of the cluster named in an earlier sentence") {
  const auto r = extract_text(
      "舟山船舶与海工装备产业集群已集聚规上企业138家。1."
      "合肥新型显示产业集群。牵头城市为合肥市。集群内有京东方等龙头企业，"
      "集聚上下游企业210余家。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "舟山船舶与海工装备产业集群"));
  CHECK(r.value("舟山船舶与海工装备产业集群", Relation::enterpriseCount, "138"));
  CHECK(r.value("合肥新型显示产业集群", Relation::enterpriseCount, "210"));
  CHECK(r.has(EntityType::Company, "京东方"));
  CHECK_FALSE(r.any("集群内有京东方"));
}

TEST_CASE("two sectors joined by 和 before 产业集群 name one cluster - the west bank of the Pearl River is a region") {
  const auto r =
      extract_text("肇庆提出打造千亿级新能源汽车和新型储能产业集群。江门是珠江西岸先进装备制造产业带的重要节点。");
  INFO(r.dump());
  CHECK(r.count(EntityType::IndustrialCluster) >= 1);
  CHECK(r.has(EntityType::Region, "珠江西岸"));
  CHECK_FALSE(r.any("江西省"));
  CHECK_FALSE(r.has(EntityType::IndustrialCluster, "肇庆新型储能产业集群"));
  CHECK(r.fact("肇庆新能源汽车和新型储能产业集群", Relation::inSector, "新能源汽车"));
  CHECK(r.fact("肇庆新能源汽车和新型储能产业集群", Relation::inSector, "新型储能"));
}

TEST_CASE("a cluster core may hold the characters of a verb - a zone referred to before it is no head") {
  const auto q = extract_text("园区依托综保区政策优势，打造苏州集成电路保税加工产业集群。");
  INFO(q.dump());
  CHECK(q.has(EntityType::IndustrialCluster, "苏州集成电路保税加工产业集群"));
  const auto r = extract_text(
      "石家庄高新技术产业开发区上半年营收增长。生物医药是高新区的主导产业。"
      "上半年，高新区生物医药产业集群实现营收486.7亿元。");
  INFO(r.dump());
  CHECK_FALSE(r.any("高新区生物医药"));
  CHECK(r.fact("石家庄高新技术产业开发区生物医药产业集群", Relation::locatedIn, "石家庄高新技术产业开发区"));
}

TEST_CASE("numbered points that open with a cluster take the place of the lead-in - and name their leaders") {
  const auto r = extract_text(
      "本报讯 2024年工业经济总结大会召开。\n"
      "宁波市经济和信息化局局长介绍，三大优势产业集群支撑有力：\n"
      "1.绿色石化产业集群实现产值4860亿元，主要分布在镇海区和北仑区；\n"
      "2.汽车及零部件产业集群实现产值3920亿元，集群龙头吉利、远景均在杭州湾建有工厂；\n"
      "3.电工电器产业集群实现产值2150亿元。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "宁波绿色石化产业集群"));
  CHECK(r.fact("宁波绿色石化产业集群", Relation::locatedIn, "镇海区"));
  CHECK(r.has(EntityType::IndustrialCluster, "宁波汽车及零部件产业集群"));
  CHECK(r.has(EntityType::IndustrialCluster, "宁波电工电器产业集群"));
  CHECK(r.fact("宁波电工电器产业集群", Relation::inSector, "电工电器"));
  CHECK_FALSE(r.any("镇海北仑绿色石化产业集群"));
}

TEST_CASE("firms joining a cluster after 等 are no list of the cluster's sectors") {
  const auto r = extract_text("磁谷新材料、甬辉新材料等8家企业也宣布加入宁波磁性材料产业集群。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "宁波磁性材料产业集群"));
  CHECK(r.count(EntityType::IndustrialCluster) == 1);
}
