// Normalisation with an offset map back to the original, and sentences.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "normalize/normalizer.h"
#include "normalize/sentences.h"
#include "support/helpers.h"
#include "util/utf8.h"

using namespace ckg;

namespace {
std::string norm(const char* s) { return utf8::encode(normalize_utf8(s).text); }
}  // namespace

TEST_CASE("full-width forms become half-width") {
  CHECK(norm("ＡＢＣ１２３，（测试）：；") == "ABC123,(测试):;");
  CHECK(norm("总额１２０亿元") == "总额120亿元");
}

TEST_CASE("blanks next to digits and punctuation go - between Chinese words they stay") {
  CHECK(norm("2700 万吨") == "2700万吨");
  CHECK(norm("日产 500万") == "日产500万");
  CHECK(norm("作者 : 某人") == "作者:某人");
  CHECK(norm("储能产业营收 储能集群成形") == "储能产业营收 储能集群成形");
  CHECK(norm("Hello   world") == "Hello world");
  CHECK(norm("\u3000\u3000段首缩进") == "段首缩进");
}

TEST_CASE("line breaks and invisible characters") {
  CHECK(norm("一行\r\n二行\r三行") == "一行\n二行\n三行");
  CHECK(norm("无\u200b宽\ufeff字符") == "无宽字符");
  CHECK(norm("控制\x01字符") == "控制字符");
}

TEST_CASE("offsets map a normalised span back to the original text") {
  const std::string original = "ＡＢ　  公司\u200b名称";
  const auto n = normalize_utf8(original);
  const auto text = utf8::encode(n.text);
  CHECK(text == "AB公司名称");
  // "公司名称" in the normalised text is code points 3..7.
  const auto pos = n.text.find(U"公司名称");
  REQUIRE(pos != std::u32string::npos);
  const Span s = n.to_original(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + 4));
  const auto orig = utf8::decode(original);
  // The span covers the zero-width character that was dropped in between.
  CHECK(utf8::encode(orig.substr(s.begin, s.end - s.begin)) == "公司\u200b名称");
  CHECK(n.orig.size() == n.text.size() + 1);
  CHECK(n.orig.back() == orig.size());
  // The same positions in bytes: 公 starts after two three-byte letters, an
  // ideographic space and two blanks; the end is the byte length.
  REQUIRE(n.orig_unit.size() == n.text.size() + 1);
  CHECK(n.orig_unit[pos] == 3 + 3 + 3 + 2);
  CHECK(n.orig_unit[pos + 2] == 3 + 3 + 3 + 2 + 3 + 3 + 3);  // 名, after the zero-width space
  CHECK(n.orig_unit.back() == original.size());
  for (std::size_t i = 0; i < n.text.size(); ++i) {  // every byte offset starts the character of orig[i]
    std::size_t at = n.orig_unit[i];
    CHECK(utf8::next(original, at) == orig[n.orig[i]]);
  }
  // From code points, the units are code points.
  const auto m = normalize(orig);
  CHECK(std::equal(m.orig.begin(), m.orig.end(), m.orig_unit.begin(), m.orig_unit.end()));
}

TEST_CASE("normalising bytes gives what normalising their decoded code points gives") {
  // Pieces around the fast path for ideographs: lead bytes E3 to EA, U+4DFF
  // and U+4E00, blanks, CRLF, full-width forms and broken sequences.
  const std::string pieces[] = {"中",           "集群", "\xE4\xB7\xBF", "\xE4\xB8\x80", "\xE9\xBF\xBF", "\xEA\xB0\x80",
                                "\xE3\x80\x80", " ",    "\r\n",         "\r",           "Ａ",           "2700",
                                "\xE4\xB8",     "\x80", "\xFF",         "\t",           "\xE2\x80\x8B", "a"};
  test::Rng rng(0x853C49E6748FEA9Bull);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    for (std::uint32_t k = 0, n = rng.next(30); k < n; ++k) s += pieces[rng.next(18)];
    const auto from_bytes = normalize_utf8(s);
    const auto from_code_points = normalize(utf8::decode(s));
    REQUIRE(from_bytes.text == from_code_points.text);
    REQUIRE(from_bytes.orig == from_code_points.orig);
    REQUIRE(from_bytes.orig_unit.back() == s.size());
  }
}

TEST_CASE("an empty text normalises to nothing") {
  const auto n = normalize_utf8("");
  CHECK(n.text.empty());
  CHECK(n.to_original(0, 0).begin == 0);
}

TEST_CASE("sentences end at stops and keep their closing quotes") {
  const auto n = normalize_utf8("他说：“项目已开工。”随后离开！第二段\n第三段；末尾");
  const auto s = split_sentences(n.text);
  REQUIRE(s.size() == 5);
  CHECK(utf8::encode(n.text.substr(s[0].begin, s[0].end - s[0].begin)) == "他说:“项目已开工。”");
  CHECK(utf8::encode(n.text.substr(s[1].begin, s[1].end - s[1].begin)) == "随后离开!");
  CHECK(utf8::encode(n.text.substr(s[4].begin, s[4].end - s[4].begin)) == "末尾");
}
