// A first layout so that a graph opens as a map: places at their centre
// point in the Mercator projection Gephi's Geo Layout uses by default (scale
// 1000, centred), regions at the centre of their member divisions, every
// other entity next to the entities it is linked to (the mean of its placed
// neighbours, spread on a sunflower spiral), and parts of the graph with no
// place in rows below the map. Deterministic: no randomness, ties by order.
#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace ckg {

struct Point {
  double x = 0, y = 0;
};

// Geo Layout's Mercator: x = (lng - lng0) * 1000 rad, y = ln(tan(pi/4 + lat/2)) * 1000.
Point mercator(double lat, double lng, double lng0);

// anchors[i]: a fixed position for node i (already projected) or none.
// edges: pairs of node indexes (direction ignored). Nodes are processed in
// index order, so callers pass them in a stable order (by IRI).
std::vector<Point> initial_layout(const std::vector<std::optional<Point>>& anchors,
                                  const std::vector<std::pair<std::size_t, std::size_t>>& edges);

}  // namespace ckg
