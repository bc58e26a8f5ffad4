// Cross-article entity resolution: aliases unite names across articles, the
// canonical name does not depend on the order of the articles, and the reason
// for every merge is kept.
#include <doctest/doctest.h>

#include "link/resolver.h"

using namespace ckg;

namespace {

ExtractedEntity entity(EntityType t, std::string name, std::vector<std::string> aliases = {}, bool lexicon = false) {
  ExtractedEntity e;
  e.type = t;
  e.name = name;
  e.key = name;
  e.aliases = std::move(aliases);
  e.lexicon_name = lexicon;
  return e;
}

ArticleExtraction article(std::vector<ExtractedEntity> es) {
  ArticleExtraction a;
  a.entities = std::move(es);
  return a;
}

}  // namespace

TEST_CASE("a short name in one article and the full name in another are one entity") {
  EntityResolver r;
  const auto a1 = article({entity(EntityType::Fund, "星河产业投资基金", {"星河基金"})});
  const auto a2 = article({entity(EntityType::Fund, "星河基金")});
  r.observe(a1);
  r.observe(a2);
  r.finalize();
  const auto c1 = r.canonical(a1.entities[0]);
  const auto c2 = r.canonical(a2.entities[0]);
  CHECK(c1.key == c2.key);
  CHECK(c1.name == "星河产业投资基金");
  CHECK(c1.names.size() == 2);
  CHECK(c1.reason.find("星河基金") != std::string::npos);
}

TEST_CASE("the result does not depend on the order of the articles") {
  const auto a1 = article({entity(EntityType::Company, "远航科技", {"远航"})});
  const auto a2 = article({entity(EntityType::Company, "远航科技股份有限公司", {"远航科技"})});
  const auto a3 = article({entity(EntityType::Company, "远航科技", {"远航"})});
  EntityResolver forward, backward;
  for (const auto* a : {&a1, &a2, &a3}) forward.observe(*a);
  for (const auto* a : {&a3, &a2, &a1}) backward.observe(*a);
  forward.finalize();
  backward.finalize();
  for (const auto* a : {&a1, &a2, &a3}) {
    CHECK(forward.canonical(a->entities[0]).key == backward.canonical(a->entities[0]).key);
    CHECK(forward.canonical(a->entities[0]).name == backward.canonical(a->entities[0]).name);
  }
  // Two articles chose 远航科技 as their name; it beats the longer legal name.
  CHECK(forward.canonical(a3.entities[0]).name == "远航科技");
}

TEST_CASE("a lexicon name wins over names found by shape") {
  EntityResolver r;
  const auto a1 = article({entity(EntityType::Company, "示例动力", {"示例动力集团股份有限公司"}, true)});
  const auto a2 = article({entity(EntityType::Company, "示例动力集团股份有限公司")});
  const auto a3 = article({entity(EntityType::Company, "示例动力集团股份有限公司")});
  r.observe(a1);
  r.observe(a2);
  r.observe(a3);
  r.finalize();
  CHECK(r.canonical(a2.entities[0]).name == "示例动力");
}

TEST_CASE("entities of different types never merge - nor do unrelated names") {
  EntityResolver r;
  const auto a1 = article({entity(EntityType::Company, "青松"), entity(EntityType::Institution, "青松")});
  const auto a2 = article({entity(EntityType::Company, "白杨")});
  r.observe(a1);
  r.observe(a2);
  r.finalize();
  CHECK(r.canonical(a1.entities[0]).key == "青松");
  CHECK(r.canonical(a2.entities[0]).key == "白杨");
  CHECK(r.canonical(a1.entities[0]).reason.empty());
}

TEST_CASE("divisions link by their code - not by names") {
  EntityResolver r;
  ExtractedEntity gd = entity(EntityType::Province, "广东省", {"广东"});
  gd.key = "440000";
  gd.place = PlaceInfo{"440000", "", 0, 0, false};
  const auto a = article({gd});
  r.observe(a);
  r.finalize();
  CHECK(r.canonical(a.entities[0]).key == "440000");
}

TEST_CASE("merge reasons do not depend on the order of observation") {
  auto with_reason = [](const char* id, const char* reason) {
    auto e = entity(EntityType::Company, "星海动力", {"星海"});
    e.merge_reason = reason;
    auto a = article({e});
    a.article.id = id;
    return a;
  };
  const auto a = with_reason("a1", "declared: 以下简称 in a1");
  const auto b = with_reason("b2", "declared: 以下简称 in b2");
  const auto c = with_reason("c3", "");
  EntityResolver forward, backward;
  for (const auto* x : {&a, &b, &c}) forward.observe(*x);
  for (const auto* x : {&c, &b, &a}) backward.observe(*x);
  forward.finalize();
  backward.finalize();
  const auto f = forward.canonical(a.entities[0]);
  const auto g = backward.canonical(a.entities[0]);
  CHECK(f.reason == g.reason);
  CHECK(f.key == g.key);
  // The article with the greatest id that gives a reason decides (as a build
  // observing in id order did).
  CHECK(f.reason.find("in b2") != std::string::npos);
  CHECK(f.reason.find("in a1") == std::string::npos);
}
