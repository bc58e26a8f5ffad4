#include "export/style.h"

#include <doctest/doctest.h>

#include <set>

namespace ckg {

TEST_CASE("style: one distinct colour per type") {
  std::set<std::string> colours;
  for (int i = 0; i < kEntityTypeCount; ++i) colours.insert(hex_color(type_color(static_cast<EntityType>(i))));
  colours.insert(hex_color(amount_color()));
  CHECK(colours.size() == kEntityTypeCount + 1);
  CHECK(hex_color({31, 119, 180}) == "#1F77B4");
  CHECK(hex_color({300, -5, 0}) == "#FF0000");
}

TEST_CASE("style: short labels") {
  CHECK(short_label("广东省", EntityType::Province, "440000") == "广东");
  CHECK(short_label("武汉市", EntityType::City, "420100") == "武汉");
  CHECK(short_label("某地", EntityType::City, "") == "某地");  // no code: the name
  CHECK(short_label("江西测试锂业股份有限公司", EntityType::Company, "") == "江西测试锂业");
  CHECK(short_label("有限公司", EntityType::Company, "") == "有限公司");  // nothing would be left
  CHECK(short_label("一二三四五六七八九十甲乙丙丁", EntityType::Policy, "") == "一二三四五六七八九十甲…");
  CHECK(short_label("一二三四五六七八九十甲乙丙丁", EntityType::Policy, "", 20) == "一二三四五六七八九十甲乙丙丁");
}

TEST_CASE("style: sizes grow with degree and target") {
  CHECK(node_size(0, std::nullopt) == doctest::Approx(10));
  CHECK(node_size(3, std::nullopt) > node_size(1, std::nullopt));
  CHECK(node_size(1, 1e12) > node_size(1, 1e11));
  CHECK(node_size(1, 1e11) == doctest::Approx(20));
  CHECK(amount_size(1e12) > amount_size(1e9));
}

}  // namespace ckg
