#include "export/layout.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>

namespace ckg {

TEST_CASE("layout: Mercator as Gephi's Geo Layout computes it") {
  const Point p = mercator(0, 110, 100);
  CHECK(p.x == doctest::Approx(10 * 3.14159265358979 / 180 * 1000));
  CHECK(p.y == doctest::Approx(0));
  CHECK(mercator(40, 100, 100).y > mercator(20, 100, 100).y);  // north is up
}

TEST_CASE("layout: anchors keep their relative place and others gather round their neighbours") {
  // 0 and 1 anchored; 2, 3, 4 hang on 0; 5 hangs on 2; 6-7 are a part with no anchor.
  std::vector<std::optional<Point>> anchors(8);
  anchors[0] = Point{0, 0};
  anchors[1] = Point{1000, 0};
  const std::vector<std::pair<std::size_t, std::size_t>> edges = {{0, 2}, {3, 0}, {0, 4}, {2, 5}, {6, 7}};
  const auto pos = initial_layout(anchors, edges);
  REQUIRE(pos.size() == 8);
  CHECK(pos[1].x - pos[0].x == doctest::Approx(1000));  // centred, not scaled
  CHECK(pos[0].x + pos[1].x == doctest::Approx(0));
  auto dist = [&](std::size_t a, std::size_t b) { return std::hypot(pos[a].x - pos[b].x, pos[a].y - pos[b].y); };
  for (std::size_t i : {2, 3, 4}) CHECK(dist(i, 0) < dist(i, 1));
  CHECK(dist(5, 2) < dist(5, 1));
  // Nothing on top of anything else.
  std::set<std::pair<double, double>> seen;
  for (const auto& p : pos) CHECK(seen.insert({p.x, p.y}).second);
  // The part without anchors goes below the map.
  CHECK(pos[6].y < pos[0].y);
  CHECK(pos[7].y < pos[0].y);
  // Deterministic.
  const auto again = initial_layout(anchors, edges);
  for (std::size_t i = 0; i < pos.size(); ++i) CHECK(again[i].x == pos[i].x);
}

TEST_CASE("layout: no anchors at all still gives distinct positions") {
  std::vector<std::optional<Point>> anchors(4);
  const auto pos = initial_layout(anchors, {{0, 1}, {1, 2}});
  std::set<std::pair<double, double>> seen;
  for (const auto& p : pos) CHECK(seen.insert({p.x, p.y}).second);
}

}  // namespace ckg
