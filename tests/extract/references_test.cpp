// References: 该市, 园区, 该集群 … resolve to the entity named before them,
// within the numbered item of a digest.
#include <doctest/doctest.h>

#include "extract/extract_helpers.h"

using namespace ckg;
using test::extract_text;

TEST_CASE("园区 and 该集群 refer back to the zone and the cluster") {
  const auto r = extract_text(
      "青松科技园去年开园。目前园区已聚集企业80余家。镇江光伏产业集群规模扩大，该集群力争2027年产值达到1000亿元。");
  INFO(r.dump());
  CHECK(r.value("青松科技园", Relation::enterpriseCount, "80"));
  CHECK(r.value("镇江光伏产业集群", Relation::targetScale, "100000000000", 2027));
}

TEST_CASE("references stay within their numbered item") {
  const auto r = extract_text(
      "1.无锡：集成电路集群扩容\n无锡集成电路产业集群营收增长。\n2."
      "宜宾：新区招商\n该集群新增企业。目前园区已聚集企业50家。");
  INFO(r.dump());
  CHECK(r.facts(Relation::enterpriseCount) == 0);
}

TEST_CASE("a news item's first place is the default place of what follows") {
  const auto r = extract_text(
      "1.湖北武汉发布星火基金\n星火基金首期规模30亿元。\n2.山东青岛发布海洋基金\n海洋基金首期规模20亿元。");
  INFO(r.dump());
  CHECK(r.fact("星火基金", Relation::locatedIn, "武汉市"));
  CHECK(r.fact("海洋基金", Relation::locatedIn, "青岛市"));
  CHECK_FALSE(r.fact("海洋基金", Relation::locatedIn, "武汉市"));
}
