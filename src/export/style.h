// How entities look in every visual output (GraphML, GEXF, the Graphviz
// picture, the web page): a colour per type, a short label, a size.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/vocab.h"

namespace ckg {

struct Rgb {
  int r, g, b;
};
// The colour of a node type (a categorical palette, one hue per type).
Rgb type_color(EntityType t);
Rgb amount_color();
// "#RRGGBB".
std::string hex_color(Rgb c);

// A short name for drawing: the gazetteer short name of a division (广东 for
// 广东省), else the name without a company's legal form (有限公司 ...), cut
// to `max_chars` code points with "…".
std::string short_label(std::string_view name, std::optional<EntityType> type, std::string_view admin_code,
                        std::size_t max_chars = 12);

// Node size: grows with the logarithm of the degree; an entity with a target
// scale is at least as large as its target (in yuan) makes it; an amount node
// by its value.
double node_size(int degree, std::optional<double> target_yuan);
double amount_size(double yuan);

}  // namespace ckg
