#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "normalize/normalizer.h"
#include "support/helpers.h"
#include "util/u32_find.h"
#include "util/utf8.h"

using namespace ckg;

namespace {

using test::Rng;

bool valid_by_sequences(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8::valid_sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

TEST_CASE("find_in_text finds what u32string_view::find finds") {
  // A three-letter alphabet makes many partial matches; lengths cross the
  // vector width of wmemchr.
  const std::u32string alphabet = U"产业集";
  Rng rng;
  int found = 0;
  for (int round = 0; round < 3000; ++round) {
    std::u32string text, word;
    const auto n = rng.next(80), m = rng.next(4);
    for (std::uint32_t i = 0; i < n; ++i) text += alphabet[rng.next(3)];
    for (std::uint32_t i = 0; i < m; ++i) word += alphabet[rng.next(3)];
    const std::u32string_view t(text), w(word);
    for (std::size_t pos = 0; pos <= t.size() + 1; pos += 1 + rng.next(5)) {
      const auto want = t.find(w, pos);
      REQUIRE(find_in_text(t, w, pos) == want);
      found += want != std::u32string_view::npos;
    }
  }
  CHECK(found > 1000);  // the cases did exercise hits
  CHECK(find_in_text(U"", U"") == 0);
  CHECK(find_in_text(U"ab", U"", 3) == std::u32string_view::npos);
  CHECK(find_in_text(U"打造集群，集群发展", U"集群", 3) == 5);
}

TEST_CASE("find_char and AnyOf visit the positions a plain scan visits") {
  const std::u32string alphabet = U"落位地产业集";
  Rng rng;
  int hits = 0;
  for (int round = 0; round < 2000; ++round) {
    std::u32string text;
    const auto n = rng.next(70);
    for (std::uint32_t i = 0; i < n; ++i) text += alphabet[rng.next(6)];
    const std::u32string_view t(text);
    const std::size_t from = rng.next(8);
    for (std::size_t pos = 0; pos <= t.size() + 1; ++pos) REQUIRE(find_char(t, U'产', pos) == t.find(U'产', pos));
    // A plain scan that, like the rules, jumps past a name after some hits.
    auto jump = [](std::size_t i) { return i % 5 == 0 ? i + 3 : 0; };
    std::vector<std::size_t> want, got;
    for (std::size_t i = from; i < t.size(); ++i) {
      if (t[i] != U'落' && t[i] != U'位' && t[i] != U'地') continue;
      want.push_back(i);
      if (jump(i)) i = jump(i) - 1;  // the loop's ++i lands on jump(i)
    }
    std::size_t resume = 0;
    for (AnyOf at(t, U"落位地", from); at.pos() != std::u32string_view::npos; at.next(resume)) {
      got.push_back(at.pos());
      if (jump(at.pos())) resume = jump(at.pos());
    }
    REQUIRE(got == want);
    hits += static_cast<int>(want.size());
  }
  CHECK(hits > 1000);
}

TEST_CASE("utf8::valid agrees with the sequence check at every position") {
  const std::string pieces[] = {
      "a",        "\xE4\xB8\xAD",     "\xC3\xA9", "\xF0\x9F\x98\x80", "\xE0\x80\x80", "\xED\xA0\x80",
      "\xC0\xAF", "\xF4\x90\x80\x80", "\x80",     "\xE4\xB8",         "\xFF"};
  Rng rng;
  int invalid = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const auto n = rng.next(40);
    for (std::uint32_t i = 0; i < n; ++i) s += pieces[rng.next(11) < 8 ? rng.next(4) : rng.next(11)];
    const bool want = valid_by_sequences(s);
    REQUIRE(utf8::valid(s) == want);
    invalid += !want;
  }
  CHECK(invalid > 100);
}

TEST_CASE("decode and encode and length_at_least agree with next() on valid and invalid input") {
  // Lengths cross the stack buffers of decode (64 bytes) and encode (32 code points).
  const std::string pieces[] = {"a", "\xE4\xB8\xAD", "\xC3\xA9", "\xF0\x9F\x98\x80", "\x80", "\xE4\xB8", "\xFF"};
  Rng rng;
  int long_ones = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const auto n = rng.next(60);
    for (std::uint32_t i = 0; i < n; ++i) s += pieces[rng.next(10) < 8 ? rng.next(4) : rng.next(7)];
    std::u32string want;
    for (std::size_t i = 0; i < s.size();) want += utf8::next(s, i);
    const std::u32string got = utf8::decode(s);
    REQUIRE(got == want);
    REQUIRE(utf8::length(s) == want.size());
    for (std::size_t k = 0; k <= want.size() + 2; ++k) REQUIRE(utf8::length_at_least(s, k) == (want.size() >= k));
    // Encoding the decoded text gives the input back where it was valid.
    std::string enc;
    for (char32_t c : got) enc += utf8::encode(std::u32string_view(&c, 1));
    REQUIRE(utf8::encode(got) == enc);
    if (utf8::valid(s)) REQUIRE(enc == s);
    long_ones += s.size() > 64 && got.size() > 32;
  }
  CHECK(long_ones > 100);
}

TEST_CASE("name_key writes replacement characters and drops quotes and blanks") {
  CHECK(name_key("《长江 经济带》") == "长江经济带");
  CHECK(name_key("ＡＢＣ１２３公司") == "ABC123公司");
  CHECK(name_key("a\xFF\xFE"
                 "b") ==
        "a\xEF\xBF\xBD\xEF\xBF\xBD"
        "b");  // each bad byte one U+FFFD
  CHECK(name_key("") == "");
}

TEST_CASE("normalize keeps offsets through dropped and collapsed blanks") {
  const NormalizedText n = normalize(U"\u3000武汉  光谷\t2700 万吨\r\n江城基金\u200B。");
  CHECK(utf8::encode(n.text) == "武汉 光谷2700万吨\n江城基金。");
  REQUIRE(n.orig.size() == n.text.size() + 1);
  CHECK(n.orig[0] == 1);       // 武 after the ideographic space
  CHECK(n.orig[2] == 3);       // the kept blank points at the first of the two
  CHECK(n.orig[5] == 8);       // 2 after the tab
  CHECK(n.orig.back() == 23);  // the original length
}
