// A static picture of a (sub)graph without Gephi: Graphviz (libgvc) lays it
// out and draws it as SVG or PNG, nodes coloured by type as in Gephi, with a
// legend of the types present and a caption.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "export/export_graph.h"

namespace ckg {

enum class ImageFormat { Svg, Png };

struct RenderOptions {
  // Graphviz layout engine: neato, sfdp, fdp, dot, circo, twopi; "auto" is
  // neato up to 300 nodes (starting from the map layout), sfdp above.
  std::string layout = "auto";
  // Refuse larger graphs (layout time grows fast): narrow them with a view.
  std::size_t max_nodes = 2000;
  // Edge labels (the relation in Chinese) when the graph has at most this many edges.
  std::size_t edge_label_limit = 150;
  std::string title;  // caption; the graph's description when empty
};

// Chooses the format from the file extension (.svg, .png).
bool image_format_from_extension(const std::filesystem::path& p, ImageFormat& out);

// Draws `graph` to `target` atomically. Returns "" or an error.
std::string render_graph(const ExportGraph& graph, const std::filesystem::path& target, ImageFormat format,
                         const RenderOptions& options = {});

// The Graphviz input the picture is drawn from (DOT text), for tests and
// for users who want to tweak it with Graphviz's own tools.
std::string graph_to_dot(const ExportGraph& graph, const RenderOptions& options = {});

}  // namespace ckg
