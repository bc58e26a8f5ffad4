// Money, counts and years in Chinese text (extract/numbers.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/numbers.h"
#include "support/helpers.h"
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

namespace {

// find_years as one left-to-right scan (how it was first written): the
// reference the wmemchr version must agree with.
std::vector<YearMatch> years_by_scan(std::u32string_view t, std::size_t begin, std::size_t end) {
  auto digit = [](char32_t c) { return c >= '0' && c <= '9'; };
  auto cn = [](char32_t c) {
    const std::u32string_view d = U"零一二三四五六七八九";
    const auto k = d.find(c);
    return k == std::u32string_view::npos ? -1 : static_cast<int>(k);
  };
  std::vector<YearMatch> out;
  end = std::min(end, t.size());
  for (std::size_t i = begin; i < end; ++i) {
    if (i + 4 < end && digit(t[i]) && (i == begin || !digit(t[i - 1])) && digit(t[i + 1]) && digit(t[i + 2]) &&
        digit(t[i + 3]) && t[i + 4] == U'年') {
      const int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
      if (y >= 1949 && y <= 2100) {
        out.push_back({i, i + 5, y, false});
        i += 4;
        continue;
      }
    }
    if (t[i] == U'十' && i + 2 < end && cn(t[i + 1]) > 0 && t[i + 2] == U'五') {
      const int n = 10 + cn(t[i + 1]);
      std::size_t j = i + 3;
      if (j < end && (t[j] == U'”' || t[j] == '"' || t[j] == U'’')) ++j;
      if (j < end && (t[j] == U'末' || t[j] == U'期' || t[j] == U'时' || t[j] == U'规')) {
        if (t[j] == U'末')
          ++j;
        else if (j + 1 < end)
          j += 2;
      }
      std::size_t b = i;
      if (b > begin && (t[b - 1] == U'“' || t[b - 1] == '"' || t[b - 1] == U'‘')) --b;
      out.push_back({b, j, five_year_plan_end(n), true});
      i = j - 1;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("find_years agrees with a plain scan on random text") {
  // Pieces that make years, plans and near misses, with single characters between.
  const std::u32string_view pieces[] = {U"2030", U"1800", U"2025年", U"年", U"十四五", U"十五五", U"十",
                                        U"五",   U"期",   U"末",     U"“",  U"”",      U"间",     U"3"};
  test::Rng rng(0x2545F4914F6CDD1Dull);
  int matches = 0;
  for (int round = 0; round < 20000; ++round) {
    std::u32string text;
    const auto n = rng.next(14);
    for (std::uint32_t i = 0; i < n; ++i) text += pieces[rng.next(14)];
    const std::size_t b = rng.next(6), e = b + rng.next(40);
    const auto want = years_by_scan(text, b, e);
    const auto got = find_years(text, b, e);
    REQUIRE(got.size() == want.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
      REQUIRE(got[k].begin == want[k].begin);
      REQUIRE(got[k].end == want[k].end);
      REQUIRE(got[k].year == want[k].year);
      REQUIRE(got[k].plan_end == want[k].plan_end);
    }
    matches += static_cast<int>(want.size());
  }
  CHECK(matches > 2000);
}

TEST_CASE("format_yuan picks a readable unit") {
  CHECK(format_yuan("12000000000") == "120亿元");
  CHECK(format_yuan("1200000000000") == "1.2万亿元");
  CHECK(format_yuan("30000000") == "3000万元");
  CHECK(format_yuan("500") == "500元");
}
