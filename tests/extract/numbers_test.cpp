// Money, counts and years in Chinese text (extract/numbers.h).
#include <doctest/doctest.h>

#include "extract/numbers.h"
#include "util/utf8.h"

using namespace ckg;

namespace {

std::string money(const char* s) {
  const auto t = utf8::decode(s);
  const auto m = find_money(t);
  return m.empty() ? "" : m.front().value;
}

}  // namespace

TEST_CASE("scale_decimal shifts the decimal point exactly") {
  CHECK(scale_decimal("32.7", 8) == "3270000000");
  CHECK(scale_decimal("1.2", 12) == "1200000000000");
  CHECK(scale_decimal("0.5", 0) == "0.5");
  CHECK(scale_decimal("12.50", 0) == "12.5");
  CHECK(scale_decimal("007", 0) == "7");
  CHECK(scale_decimal("1,234", 0) == "1234");
  CHECK(scale_decimal("3", -2) == "0.03");
  CHECK(scale_decimal("1.2.3", 0).empty());
  CHECK(scale_decimal("abc", 0).empty());
  CHECK(scale_decimal("", 4).empty());
}

TEST_CASE("money forms normalise to yuan") {
  CHECK(money("总投资32.7亿元") == "3270000000");
  CHECK(money("首期规模120亿元") == "12000000000");
  CHECK(money("规模破4000亿") == "400000000000");  // 亿 without 元
  CHECK(money("达到1.2万亿元") == "1200000000000");
  CHECK(money("1.2万亿") == "1200000000000");
  CHECK(money("800万元") == "8000000");
  CHECK(money("人民币50亿元") == "5000000000");
  CHECK(money("2,180亿元") == "218000000000");
  CHECK(money("三千亿元") == "300000000000");  // Chinese numerals
  CHECK(money("千亿级产业集群") == "100000000000");
  CHECK(money("500亿级") == "50000000000");
}

TEST_CASE("size classes are marked as levels") {
  const auto t = utf8::decode("打造千亿级和500亿级集群，投资30亿元");
  const auto m = find_money(t);
  REQUIRE(m.size() == 3);
  CHECK(m[0].level);
  CHECK(m[1].level);
  CHECK_FALSE(m[2].level);
}

TEST_CASE("quantities that are not money stay out") {
  CHECK(money("年产能500万辆") == "");
  CHECK(money("2700万吨煤炭") == "");
  CHECK(money("增长52.58%") == "");
  CHECK(money("服务器14.53万台") == "");
  CHECK(money("共有3000家企业") == "");
  CHECK(money("2024年") == "");
}

TEST_CASE("US dollars keep their currency") {
  const auto t = utf8::decode("融资5亿美元");
  const auto m = find_money(t);
  REQUIRE(m.size() == 1);
  CHECK(m[0].currency == "USD");
  CHECK(m[0].value == "500000000");
}

TEST_CASE("a number inside another is not read twice") {
  const auto t = utf8::decode("产值12.5亿元");
  const auto m = find_money(t);
  REQUIRE(m.size() == 1);
  CHECK(m[0].value == "1250000000");
}

TEST_CASE("Chinese integers") {
  CHECK(parse_chinese_integer(U"三") == 3);
  CHECK(parse_chinese_integer(U"十二") == 12);
  CHECK(parse_chinese_integer(U"一百") == 100);
  CHECK(parse_chinese_integer(U"两千") == 2000);
  CHECK(parse_chinese_integer(U"三千五百") == 3500);
  CHECK(parse_chinese_integer(U"五万") == 50000);
  CHECK_FALSE(parse_chinese_integer(U"三a").has_value());
  CHECK_FALSE(parse_chinese_integer(U"").has_value());
}

TEST_CASE("enterprise counts with approximations") {
  const auto t = utf8::decode("聚集企业400余家，新入驻36家，近900家参与，超过4300家");
  const auto c = find_counts(t);
  REQUIRE(c.size() == 4);
  CHECK(c[0].value == 400);
  CHECK(c[0].approximate);
  CHECK(c[1].value == 36);
  CHECK_FALSE(c[1].approximate);
  CHECK(c[2].value == 900);
  CHECK(c[2].approximate);
  CHECK(c[3].value == 4300);
}

TEST_CASE("counts need the measure word 家 and no decimal point") {
  CHECK(find_counts(utf8::decode("3.5家")).empty());
  CHECK(find_counts(utf8::decode("120个项目")).empty());
}

TEST_CASE("years and five-year plans") {
  const auto t = utf8::decode("到2030年；“十五五”末；十四五期间；公元1800年；2101年");
  const auto y = find_years(t);
  REQUIRE(y.size() == 3);
  CHECK(y[0].year == 2030);
  CHECK_FALSE(y[0].plan_end);
  CHECK(y[1].year == 2030);
  CHECK(y[1].plan_end);
  CHECK(y[2].year == 2025);
  CHECK(five_year_plan_end(15) == 2030);
}

TEST_CASE("format_yuan picks a readable unit") {
  CHECK(format_yuan("12000000000") == "120亿元");
  CHECK(format_yuan("1200000000000") == "1.2万亿元");
  CHECK(format_yuan("30000000") == "3000万元");
  CHECK(format_yuan("500") == "500元");
}
