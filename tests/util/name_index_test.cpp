#include <doctest/doctest.h>

#include <map>
#include <string>

#include "support/helpers.h"
#include "util/name_index.h"

using namespace ckg;

TEST_CASE("NameIndex finds what a map finds and keeps the first value of a name") {
  NameIndex index;
  std::map<std::string, int> want;
  test::Rng rng(0x9E3779B97F4A7C15ull);
  const std::string parts[] = {"光", "芯片", "集群", "新材料", "a", "", "产业"};
  auto name = [&] {
    std::string out;
    for (std::uint32_t k = 0, n = rng.next(4); k < n; ++k) out += parts[rng.next(7)];
    return out;
  };
  for (int i = 0; i < 5000; ++i) {  // several growths of the table
    const std::string n = name();
    index.emplace(n, i);
    want.emplace(n, i);  // std::map::emplace keeps the first value too
  }
  CHECK(index.size() == want.size());
  for (const auto& [n, v] : want) REQUIRE(index.find(n) == v);
  int absent = 0;
  for (int i = 0; i < 2000; ++i) {
    const std::string n = name() + "x";
    if (!want.count(n)) {
      REQUIRE(index.find(n) == -1);
      ++absent;
    }
  }
  CHECK(absent > 100);
  std::size_t visited = 0;
  index.for_each_name([&](std::string_view n) {
    CHECK(want.count(std::string(n)) == 1);
    ++visited;
  });
  CHECK(visited == want.size());
  CHECK(NameIndex{}.find("光") == -1);  // an empty index
}

TEST_CASE("NameIndex keeps names apart by tag and empties on clear") {
  NameIndex index;
  index.emplace("武汉", 1, 2);
  index.emplace("武汉", 7, 3);
  index.emplace("武汉", 9, 2);  // the first value of (2, 武汉) stays
  CHECK(index.find("武汉", 2) == 1);
  CHECK(index.find("武汉", 3) == 7);
  CHECK(index.find("武汉") == -1);  // tag 0
  CHECK(index.size() == 2);
  index.clear(1000);
  CHECK(index.size() == 0);
  CHECK(index.find("武汉", 2) == -1);
  for (int i = 0; i < 1000; ++i) index.emplace(std::to_string(i), i, i % 5);
  for (int i = 0; i < 1000; ++i) {
    REQUIRE(index.find(std::to_string(i), i % 5) == i);
    REQUIRE(index.find(std::to_string(i), i % 5 + 1) == -1);
  }
}
