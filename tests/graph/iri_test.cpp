#include <doctest/doctest.h>

#include "graph/iri.h"

using namespace ckg;

TEST_CASE("iri_escape keeps Chinese and unreserved ASCII and encodes the rest") {
  CHECK(iri_escape("比亚迪") == "比亚迪");
  CHECK(iri_escape("abc-1.2_x~") == "abc-1.2_x~");
  CHECK(iri_escape("a b") == "a%20b");
  CHECK(iri_escape("方案(2024—2030年)") == "方案%282024—2030年%29");
  CHECK(iri_escape("<x>\"") == "%3Cx%3E%22");
  CHECK(iri_escape("#/?") == "%23%2F%3F");
}

TEST_CASE("entity IRIs are built from type and canonical key") {
  CHECK(entity_iri(EntityType::Province, "440000") == "https://w3id.org/clusterkg/id/province/440000");
  CHECK(entity_iri(EntityType::IndustrialCluster, "广东光芯片产业集群") ==
        "https://w3id.org/clusterkg/id/cluster/广东光芯片产业集群");
  CHECK(entity_iri(EntityType::Company, "比亚迪") != entity_iri(EntityType::Institution, "比亚迪"));
  CHECK(sector_iri("光芯片") == entity_iri(EntityType::Sector, "光芯片"));
}

TEST_CASE("amount and assertion IRIs are deterministic and tell facts apart") {
  const auto s = entity_iri(EntityType::Fund, "江城产业投资基金");
  const auto a = amount_iri(s, Relation::currentScale, "12000000000", std::nullopt);
  CHECK(a == amount_iri(s, Relation::currentScale, "12000000000", std::nullopt));
  CHECK(a != amount_iri(s, Relation::targetScale, "12000000000", std::nullopt));
  CHECK(a != amount_iri(s, Relation::currentScale, "12000000000", 2030));
  CHECK(a.rfind("https://w3id.org/clusterkg/id/amount/", 0) == 0);
  CHECK(assertion_iri("a1", s, Relation::locatedIn, "x") != assertion_iri("a2", s, Relation::locatedIn, "x"));
  CHECK(sentence_iri("a1", 3) == article_iri("a1") + "/s3");
}
