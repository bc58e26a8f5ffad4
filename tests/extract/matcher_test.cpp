// The Aho-Corasick matcher against a plain search: every occurrence of every
// pattern, in the documented order, on random texts over a small alphabet
// (so that patterns nest, overlap and share prefixes and suffixes), with and
// without the root's dense table.
#include "extract/matcher.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "support/helpers.h"

using namespace ckg;

namespace {

std::u32string random_text(test::Rng& rng, const std::u32string& alphabet, std::size_t len) {
  std::u32string s;
  for (std::size_t i = 0; i < len; ++i) s.push_back(alphabet[rng.next(static_cast<std::uint32_t>(alphabet.size()))]);
  return s;
}

// Every (begin, end, pattern) by trying each pattern at each position; ordered
// by end, then by decreasing length, as find_all promises.
std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> plain_search(
    const std::u32string& text, const std::map<std::u32string, std::uint32_t>& patterns) {
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> out;
  for (const auto& [p, id] : patterns)
    for (std::size_t i = 0; i + p.size() <= text.size(); ++i)
      if (text.compare(i, p.size(), p) == 0)
        out.emplace_back(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + p.size()), id);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
    return std::get<0>(a) < std::get<0>(b);  // the longer first
  });
  return out;
}

void check_against_plain_search(const std::u32string& alphabet, std::size_t pattern_count, std::size_t max_len,
                                std::uint64_t seed) {
  test::Rng rng(seed);
  Matcher m;
  std::map<std::u32string, std::uint32_t> patterns;
  while (patterns.size() < pattern_count) {
    const std::u32string p = random_text(rng, alphabet, 1 + rng.next(static_cast<std::uint32_t>(max_len)));
    const std::uint32_t id = m.add(p);
    const auto [it, fresh] = patterns.emplace(p, id);
    CHECK(it->second == id);  // the same string twice gets the same id
    if (fresh) CHECK(m.pattern_length(id) == p.size());
  }
  m.build();
  for (const auto& [p, id] : patterns) CHECK(m.find_exact(p) == id);
  CHECK(m.find_exact(U"") < 0);
  for (int round = 0; round < 200; ++round) {
    const std::u32string text = random_text(rng, alphabet, rng.next(120));
    std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> got;
    for (const auto& h : m.find_all(text)) got.emplace_back(h.begin, h.end, h.pattern);
    REQUIRE(got == plain_search(text, patterns));
    // A text that is no pattern is not found exactly.
    if (!patterns.count(text)) CHECK(m.find_exact(text) < 0);
  }
}

}  // namespace

TEST_CASE("the matcher finds what a plain search finds with few first characters") {
  check_against_plain_search(U"ab", 12, 5, 1);
  check_against_plain_search(U"集群产业", 60, 6, 2);
}

TEST_CASE("the matcher finds what a plain search finds with the root's dense table") {
  // Over 256 distinct first characters switch the root to a dense table for
  // the BMP; characters beyond it (𠀀, U+20000) still go through the edge list.
  std::u32string alphabet;
  for (char32_t c = 0x4E00; c < 0x4E00 + 300; ++c) alphabet.push_back(c);
  alphabet += U"𠀀𠀁";
  check_against_plain_search(alphabet, 3000, 3, 3);
  check_against_plain_search(U"ab𠀀", 20, 4, 4);
}

TEST_CASE("an empty matcher finds nothing") {
  Matcher m;
  CHECK(m.find_all(U"abc").empty());  // not built yet
  m.build();
  CHECK(m.find_all(U"abc").empty());
  CHECK(m.find_exact(U"a") < 0);
}
