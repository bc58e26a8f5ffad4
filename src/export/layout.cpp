#include "export/layout.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ckg {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kScale = 1000.0;                     // Geo Layout's default scale
constexpr double kSpiralStep = 12.0;                  // distance unit of the sunflower spiral
constexpr double kGoldenAngle = 2.39996322972865332;  // radians

Point spiral(Point base, std::size_t k) {
  const double r = kSpiralStep * std::sqrt(static_cast<double>(k) + 1.0) + kSpiralStep;
  const double a = static_cast<double>(k) * kGoldenAngle;
  return {base.x + r * std::cos(a), base.y + r * std::sin(a)};
}

// Rounded so that equal means compare equal whatever the summation order.
std::pair<long long, long long> key_of(Point p) { return {std::llround(p.x * 1000), std::llround(p.y * 1000)}; }

}  // namespace

Point mercator(double lat, double lng, double lng0) {
  const double phi = lat * kPi / 180.0;
  return {(lng - lng0) * kPi / 180.0 * kScale, std::log(std::tan(kPi / 4 + phi / 2)) * kScale};
}

std::vector<Point> initial_layout(const std::vector<std::optional<Point>>& anchors,
                                  const std::vector<std::pair<std::size_t, std::size_t>>& edges) {
  const std::size_t n = anchors.size();
  std::vector<std::vector<std::size_t>> adj(n);
  for (auto [a, b] : edges) {
    if (a >= n || b >= n || a == b) continue;
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  for (auto& list : adj) std::sort(list.begin(), list.end());

  std::vector<Point> pos(n);
  std::vector<bool> placed(n, false);
  std::vector<std::size_t> frontier;
  double xmin = 0, xmax = 0, ymin = 0, sx = 0, sy = 0;
  std::size_t anchored = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!anchors[i]) continue;
    pos[i] = *anchors[i];
    placed[i] = true;
    frontier.push_back(i);
    xmin = anchored ? std::min(xmin, pos[i].x) : pos[i].x;
    xmax = anchored ? std::max(xmax, pos[i].x) : pos[i].x;
    ymin = anchored ? std::min(ymin, pos[i].y) : pos[i].y;
    sx += pos[i].x;
    sy += pos[i].y;
    ++anchored;
  }
  // Places that share a point (a municipality's province and city rows):
  // the later ones move onto a small spiral around it.
  {
    std::map<std::pair<long long, long long>, std::size_t> at;
    for (std::size_t i = 0; i < n; ++i) {
      if (!anchors[i]) continue;
      const auto k = at[key_of(pos[i])]++;
      if (k > 0) pos[i] = spiral(pos[i], k - 1);
    }
  }
  // Centre the map on the mean of the anchors, as Geo Layout does.
  if (anchored) {
    const double cx = sx / static_cast<double>(anchored), cy = sy / static_cast<double>(anchored);
    for (std::size_t i = 0; i < n; ++i)
      if (placed[i]) pos[i] = {pos[i].x - cx, pos[i].y - cy};
    xmin -= cx;
    xmax -= cx;
    ymin -= cy;
  }

  // Places the unplaced neighbours of `frontier`, level by level.
  auto grow = [&](std::vector<std::size_t> level) {
    while (!level.empty()) {
      std::vector<std::size_t> next;
      for (std::size_t v : level)
        for (std::size_t w : adj[v])
          if (!placed[w]) next.push_back(w);
      std::sort(next.begin(), next.end());
      next.erase(std::unique(next.begin(), next.end()), next.end());
      // Mean of the placed neighbours, then a spiral per shared mean.
      std::map<std::pair<long long, long long>, std::size_t> used;
      std::vector<Point> target(next.size());
      for (std::size_t i = 0; i < next.size(); ++i) {
        Point sum;
        std::size_t count = 0;
        for (std::size_t w : adj[next[i]])
          if (placed[w]) {
            sum.x += pos[w].x;
            sum.y += pos[w].y;
            ++count;
          }
        target[i] = {sum.x / static_cast<double>(count), sum.y / static_cast<double>(count)};
      }
      for (std::size_t i = 0; i < next.size(); ++i) {
        const auto k = used[key_of(target[i])]++;
        pos[next[i]] = spiral(target[i], k);
        placed[next[i]] = true;
      }
      level = std::move(next);
    }
  };
  grow(frontier);

  // Parts without any place: each grows from its first node, in rows below
  // the map that wrap at the map's width (at least 600 units).
  const double left = anchored ? xmin : 0.0;
  const double width = std::max(600.0, anchored ? xmax - xmin : 0.0);
  double cursor = left, row_top = anchored ? ymin - 100.0 : 0.0, row_height = 0;
  std::vector<bool> seen(n, false);  // components are disjoint: one mark array serves all
  for (std::size_t i = 0; i < n; ++i) {
    if (placed[i]) continue;
    // Size of the component, for spacing.
    std::vector<std::size_t> stack{i};
    seen[i] = true;
    std::size_t size = 0;
    while (!stack.empty()) {
      std::size_t v = stack.back();
      stack.pop_back();
      ++size;
      for (std::size_t w : adj[v])
        if (!placed[w] && !seen[w]) {
          seen[w] = true;
          stack.push_back(w);
        }
    }
    const double radius = kSpiralStep * (1.0 + 1.5 * std::sqrt(static_cast<double>(size - 1)));
    if (cursor > left && cursor + 2 * radius > left + width) {
      cursor = left;
      row_top -= row_height + kSpiralStep * 2;
      row_height = 0;
    }
    row_height = std::max(row_height, 2 * radius);
    pos[i] = {cursor + radius, row_top - radius};
    placed[i] = true;
    grow({i});
    cursor += 2 * radius + kSpiralStep * 2;
  }
  return pos;
}

}  // namespace ckg
