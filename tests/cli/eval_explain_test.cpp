// The eval and explain commands end to end, with gold files and articles of
// our own.
#include <doctest/doctest.h>

#include "support/helpers.h"

using namespace ckg;

namespace {

const char* kGold = R"({"id":"own-1","text":"2024年，芜湖市低空经济产业营收达463亿元。","entities":[
 {"type":"City","name":"芜湖市","aliases":["芜湖"]},
 {"type":"Sector","name":"低空经济"},
 {"type":"IndustrialCluster","name":"芜湖低空经济产业集群"}],
 "relations":[{"s":"芜湖低空经济产业集群","p":"currentScale","value":46300000000},
  {"s":"芜湖低空经济产业集群","p":"locatedIn","o":"芜湖市"},
  {"s":"芜湖低空经济产业集群","p":"inSector","o":"低空经济"}]})";

}  // namespace

TEST_CASE("eval --gold prints the per-type table and the summary") {
  test::TempDir dir;
  test::write_file(dir / "own-1.gold.json", kGold);
  const auto r = test::run_clusterkg({"eval", "--gold", dir.path().string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("entity:IndustrialCluster") != std::string::npos);
  CHECK(r.out.find("core entity F1 1.000  all entity F1 1.000  relation F1 1.000  (1 articles, 0 failed)") !=
        std::string::npos);
  const auto j = test::run_clusterkg({"eval", "--gold", (dir / "own-1.gold.json").string(), "--json"});
  CHECK(j.status == 0);
  CHECK(j.out.find("\"relation_f1\": 1.0") != std::string::npos);
}

TEST_CASE("eval reports bad gold files and missing options") {
  test::TempDir dir;
  test::write_file(dir / "broken.gold.json", "{\"text\": 3}");
  const auto r = test::run_clusterkg({"eval", "--gold", dir.path().string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("broken.gold.json") != std::string::npos);
  CHECK(test::run_clusterkg({"eval"}).status == 2);
  CHECK(test::run_clusterkg({"eval", "--gold", (dir / "none").string()}).status == 2);
  const auto c = test::run_clusterkg({"eval", "--cluener", (dir / "missing.json").string()});
  CHECK(c.status == 1);
  CHECK(c.err.find("missing.json") != std::string::npos);
}

TEST_CASE("eval --cluener scores span by span") {
  test::TempDir dir;
  test::write_file(dir / "dev.json",
                   "{\"text\":\"星展银行在北京市海淀区开设分行。\",\"label\":{\"company\":{\"星展银行\":[[0,3]]},"
                   "\"address\":{\"北京市海淀区\":[[5,10]]}}}\n");
  const auto r = test::run_clusterkg({"eval", "--cluener", (dir / "dev.json").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("company          1     1     1  1.000  1.000  1.000") != std::string::npos);
  CHECK(r.out.find("(1 sentences; exact spans)") != std::string::npos);
}

TEST_CASE("explain shows names - facts with confidence and the sentences behind them") {
  test::TempDir dir;
  test::write_file(dir / "a.txt", "星河产业投资基金在合肥揭牌。星河基金首期规模30亿元。");
  const auto b = test::run_clusterkg({"build", (dir / "a.txt").string(), "-o", (dir / "out").string()});
  INFO(b.err);
  REQUIRE(b.status == 0);
  const auto r = test::run_clusterkg({"explain", "星河基金", "--data", (dir / "out").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("星河产业投资基金 (Fund)") != std::string::npos);
  CHECK(r.out.find("names: 星河产业投资基金, 星河基金") != std::string::npos);
  CHECK(r.out.find("currentScale 30亿元  confidence") != std::string::npos);
  CHECK(r.out.find("星河基金首期规模30亿元。") != std::string::npos);
  CHECK(r.out.find("locatedIn 合肥市") != std::string::npos);
  const auto place = test::run_clusterkg({"explain", "合肥", "--data", (dir / "out").string()});
  CHECK(place.status == 0);
  CHECK(place.out.find("code: 340100") != std::string::npos);
  CHECK(place.out.find("<- locatedIn 星河产业投资基金") != std::string::npos);
  const auto none = test::run_clusterkg({"explain", "星河", "--data", (dir / "out").string()});
  CHECK(none.status == 1);
  CHECK(none.err.find("no entity named 星河") != std::string::npos);
  CHECK(none.err.find("did you mean: 星河产业投资基金") != std::string::npos);
  CHECK(test::run_clusterkg({"explain", "星河基金", "--data", (dir / "nothing").string()}).status == 1);
}
