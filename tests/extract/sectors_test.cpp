// Sectors: the lexicon with context for common words, and sectors from the
// shape of the text (products of companies, chains, capacity lists).
#include <doctest/doctest.h>

#include "extract/extract_helpers.h"

using namespace ckg;
using test::extract_text;

TEST_CASE("specific sectors count anywhere outside names") {
  const auto r = extract_text("该市重点培育光芯片和氢能，并发展预制菜。");
  CHECK(r.has(EntityType::Sector, "光芯片"));
  CHECK(r.has(EntityType::Sector, "氢能"));
  CHECK(r.has(EntityType::Sector, "预制菜"));
  const auto* s = r.entity(EntityType::Sector, "光芯片");
  REQUIRE(s);
  CHECK(!s->broader.empty());  // a SKOS chain up the scheme
}

TEST_CASE("common words are sectors only in an industry context") {
  CHECK_FALSE(extract_text("物流效率显著提升。").has(EntityType::Sector, "物流"));
  CHECK_FALSE(extract_text("金融赋能超过百亿。").has(EntityType::Sector, "金融"));
  CHECK(extract_text("当地物流产业发展迅速。").has(EntityType::Sector, "物流"));
  // A list followed by an industry word gives context to all its members.
  const auto r = extract_text("稳步实施“新材料、新能源、节能环保”主导产业发展计划。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "新能源"));
  CHECK(r.has(EntityType::Sector, "新材料"));
}

TEST_CASE("no sectors inside book titles or right before an organisation suffix") {
  CHECK_FALSE(extract_text("他阅读了《氢能发展报告》。").has(EntityType::Sector, "氢能"));
  CHECK_FALSE(extract_text("他回乡创办了人工智能研究院。").has(EntityType::Sector, "人工智能"));
  CHECK_FALSE(extract_text("来源：现代物流产业网").has(EntityType::Sector, "现代物流"));
}

TEST_CASE("a sector alias ending in an industry word does not cross the sector before it") {
  const auto r = extract_text("贵阳大数据产业保持增长。");
  CHECK(r.has(EntityType::Sector, "大数据"));
  CHECK_FALSE(r.has(EntityType::Sector, "数据要素"));
}

TEST_CASE("products after a verb of making before a company") {
  const auto r = extract_text("生产碳纤维叶片的远航复材科技有限公司落户园区。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "碳纤维叶片"));
  CHECK(r.fact("远航复材科技有限公司", Relation::inSector, "碳纤维叶片"));
}

TEST_CASE("links of a chain and products of a capacity list") {
  const auto r =
      extract_text("形成“石英砂+多晶硅+光伏玻璃+组件回收”全产业链条。已形成300万吨石英砂、20万吨工业硅的产业规模。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "石英砂"));
  CHECK(r.has(EntityType::Sector, "组件回收"));
  CHECK(r.has(EntityType::Sector, "工业硅"));
  // Without a chain word after it, a sum is not a chain.
  CHECK_FALSE(extract_text("形成“产学+研用+金融”合作模式。").has(EntityType::Sector, "研用"));
}

TEST_CASE("a sector before a part or material word is one product line") {
  const auto r = extract_text("宁海科锐模具有限公司主要生产汽车模具和家电模具，园区还引进了锂电池电解液项目。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "汽车模具"));
  CHECK(r.has(EntityType::Sector, "家电模具"));
  CHECK(r.has(EntityType::Sector, "锂电池电解液"));
  CHECK_FALSE(r.has(EntityType::Sector, "电解液"));
  CHECK(r.fact("宁海科锐模具有限公司", Relation::inSector, "汽车模具"));
}

TEST_CASE("electronic components need no industry word - household ceramics are a sector of their own") {
  const auto r = extract_text("园区主导电子元器件、日用陶瓷和空气炸锅。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "电子元器件"));
  CHECK(r.has(EntityType::Sector, "日用陶瓷"));
  CHECK_FALSE(r.has(EntityType::Sector, "陶瓷"));
  CHECK(r.has(EntityType::Sector, "空气炸锅"));
}

TEST_CASE("IGBT modules and clean-energy equipment are sectors of their own") {
  const auto r = extract_text("株洲功率半导体产业集群主攻IGBT模块，德阳重点发展清洁能源装备和电子级化学品。");
  INFO(r.dump());
  // Concepts of the lexicon, with their broader sector (not product words read from the verb).
  for (const char* name : {"IGBT模块", "清洁能源装备", "电子级化学品"}) {
    const auto* s = r.entity(EntityType::Sector, name);
    REQUIRE(s != nullptr);
    CHECK(s->lexicon_name);
    CHECK_FALSE(s->broader.empty());
  }
}

TEST_CASE("县域 is no line - 侨资企业 names no product - a tea named after its county is the county and the tea") {
  const auto r = extract_text("衡水市县域产业集群发展基金规模10亿元。园区已入驻侨资企业46家，主要承接眼镜项目。");
  INFO(r.dump());
  CHECK_FALSE(r.any("县域"));
  CHECK_FALSE(r.any("侨资"));
  const auto t = extract_text("安徽省黄山市祁门县是茶乡。2024年祁门红茶产业集群产值达到52亿元。");
  INFO(t.dump());
  CHECK(t.has(EntityType::Sector, "红茶"));
  CHECK_FALSE(t.any("祁门红茶"));
  CHECK(t.has(EntityType::IndustrialCluster, "祁门红茶产业集群"));
  CHECK(t.fact("祁门红茶产业集群", Relation::inSector, "红茶"));
  CHECK(t.fact("祁门红茶产业集群", Relation::locatedIn, "祁门县"));
}
