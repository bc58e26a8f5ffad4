#include "export/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

#include "export/xml_text.h"
#include "util/atomic_file.h"
#include "util/xml_escape.h"

namespace ckg {
namespace {

// Fonts with Chinese glyphs first (fonts-wqy-microhei on Debian), then any sans.
constexpr const char* kFont = "WenQuanYi Micro Hei,Noto Sans CJK SC,Noto Sans SC,sans-serif";

// Graphviz keeps error messages in global state: one render at a time.
std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

// One Graphviz context for the whole process, never freed: Graphviz 2.42's
// pango plugin remembers the last font name, a string owned by the context,
// so a second context would read freed memory (found with ASan).
GVC_t* graphviz_context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

std::string& error_sink() {
  static std::string s;
  return s;
}

int collect_error(char* message) {
  if (message) error_sink() += message;
  return 0;
}

char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* cs(const char* s) { return const_cast<char*>(s); }

// Text in a quoted DOT label: a backslash would start an escape (\N, \G ...).
std::string label_text(const std::string& s) {
  std::string out;
  for (char c : xml_clean(s)) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else
      out += c;
  }
  return out;
}

// Black text on light fills, white on dark ones.
const char* text_color(Rgb c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b > 140 ? "#000000" : "#FFFFFF"; }

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// The legend: one row per type present, in the vocabulary's order, amounts last.
std::string legend_html(const ExportGraph& g, const std::string& title) {
  std::map<std::string, int> counts;
  std::map<std::string, const ExportNode*> sample;
  for (const auto& n : g.nodes) {
    ++counts[n.type];
    sample.emplace(n.type, &n);
  }
  std::vector<std::string> order;
  for (int i = 0; i < kEntityTypeCount; ++i) order.emplace_back(type_name(static_cast<EntityType>(i)));
  order.emplace_back("MonetaryAmount");
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">";
  html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + xml_escape(title) + "</B></TD></TR>";
  html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + std::to_string(g.nodes.size()) + " nodes, " +
          std::to_string(g.edges.size()) + " edges</TD></TR>";
  for (const auto& type : order) {
    auto it = sample.find(type);
    if (it == sample.end()) continue;
    const ExportNode& n = *it->second;
    html += "<TR><TD BGCOLOR=\"" + hex_color(n.color) + "\" WIDTH=\"18\" HEIGHT=\"12\"> </TD><TD ALIGN=\"LEFT\">" +
            xml_escape(n.type_zh + " " + type + " (" + std::to_string(counts[type]) + ")") + "</TD></TR>";
  }
  return html + "</TABLE>";
}

std::string effective_layout(const ExportGraph& g, const RenderOptions& o) {
  if (o.layout != "auto") return o.layout;
  return g.nodes.size() <= 300 ? "neato" : "sfdp";
}

// Builds the Graphviz graph. The caller closes it.
Agraph_t* build(const ExportGraph& g, const RenderOptions& o, Agdisc_t* disc) {
  Agraph_t* G = agopen(cs("clusterkg"), Agdirected, disc);
  const std::string layout = effective_layout(g, o);
  auto graph_attr = [&](const char* name, const std::string& value) { agattr(G, AGRAPH, cs(name), cs(value)); };
  graph_attr("fontname", kFont);
  graph_attr("fontsize", "14");
  graph_attr("labelloc", "t");
  graph_attr("labeljust", "l");
  graph_attr("bgcolor", "white");
  graph_attr("pad", "0.3");
  graph_attr("outputorder", "edgesfirst");
  graph_attr("overlap", "prism");
  graph_attr("overlap_scaling", "-4");
  graph_attr("splines", "false");
  graph_attr("pack", "true");
  graph_attr("packmode", "graph");
  graph_attr("sep", "+4");
  agattr(G, AGNODE, cs("fontname"), cs(kFont));
  agattr(G, AGNODE, cs("shape"), cs("box"));
  agattr(G, AGNODE, cs("style"), cs("rounded,filled"));
  agattr(G, AGNODE, cs("penwidth"), cs("0"));
  agattr(G, AGNODE, cs("margin"), cs("0.04,0.02"));
  agattr(G, AGNODE, cs("fontsize"), cs("10"));
  agattr(G, AGNODE, cs("fillcolor"), cs("#DDDDDD"));
  agattr(G, AGNODE, cs("fontcolor"), cs("#000000"));
  agattr(G, AGNODE, cs("label"), cs("\\N"));
  agattr(G, AGNODE, cs("tooltip"), cs(""));
  agattr(G, AGNODE, cs("pos"), cs(""));
  agattr(G, AGEDGE, cs("fontname"), cs(kFont));
  agattr(G, AGEDGE, cs("fontsize"), cs("7"));
  agattr(G, AGEDGE, cs("fontcolor"), cs("#777777"));
  agattr(G, AGEDGE, cs("color"), cs("#99999988"));
  agattr(G, AGEDGE, cs("arrowsize"), cs("0.5"));
  agattr(G, AGEDGE, cs("penwidth"), cs("1"));
  agattr(G, AGEDGE, cs("label"), cs(""));
  agattr(G, AGEDGE, cs("len"), cs("1.0"));

  // Map positions are in Gephi units (1000 per radian); Graphviz wants inches.
  const double scale = 1.0 / 72.0;
  std::vector<Agnode_t*> nodes;
  nodes.reserve(g.nodes.size());
  for (const auto& n : g.nodes) {
    Agnode_t* v = agnode(G, cs(n.id), 1);
    agset(v, cs("label"), cs(label_text(n.label)));
    agset(v, cs("tooltip"), cs(label_text(n.full_name + " (" + n.type_zh + ")")));
    agset(v, cs("fillcolor"), cs(hex_color(n.color)));
    agset(v, cs("fontcolor"), cs(text_color(n.color)));
    agset(v, cs("fontsize"), cs(fixed(std::clamp(6.0 + n.size / 2.5, 8.0, 24.0), 1)));
    if (n.type == "MonetaryAmount") agset(v, cs("shape"), cs("ellipse"));
    if (layout == "neato")
      agset(v, cs("pos"), cs(fixed(n.position.x * scale, 4) + "," + fixed(n.position.y * scale, 4)));
    nodes.push_back(v);
  }
  const bool edge_labels = g.edges.size() <= o.edge_label_limit;
  for (const auto& e : g.edges) {
    Agedge_t* ed = agedge(G, nodes[e.source], nodes[e.target], cs(e.id), 1);
    if (edge_labels) agset(ed, cs("label"), cs(label_text(e.relation_zh)));
    agset(ed, cs("penwidth"), cs(fixed(1.0 + std::log2(std::max(1.0, e.weight)), 2)));
  }
  const std::string title = o.title.empty() ? g.description : o.title;
  agattr(G, AGRAPH, cs("label"), agstrdup_html(G, cs(legend_html(g, title))));
  return G;
}

int put_string(void* chan, const char* s) {
  static_cast<std::string*>(chan)->append(s);
  return 0;
}
int flush_nothing(void*) { return 0; }

}  // namespace

bool image_format_from_extension(const std::filesystem::path& p, ImageFormat& out) {
  const auto ext = p.extension().string();
  if (ext == ".svg")
    out = ImageFormat::Svg;
  else if (ext == ".png")
    out = ImageFormat::Png;
  else
    return false;
  return true;
}

std::string graph_to_dot(const ExportGraph& g, const RenderOptions& o) {
  std::lock_guard lock(graphviz_mutex());
  Agiodisc_t io = {AgIoDisc.afread, put_string, flush_nothing};
  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
  Agraph_t* G = build(g, o, &disc);
  std::string out;
  agwrite(G, &out);
  agclose(G);
  return out;
}

std::string render_graph(const ExportGraph& g, const std::filesystem::path& target, ImageFormat format,
                         const RenderOptions& o) {
  if (g.nodes.empty()) return "nothing to draw: the graph has no nodes";
  if (g.nodes.size() > o.max_nodes)
    return "the graph has " + std::to_string(g.nodes.size()) + " nodes; a picture is drawn for at most " +
           std::to_string(o.max_nodes) +
           ": narrow it with a view (--within, --sector, --focus, --types, --min-degree) or raise --max-nodes";
  static constexpr const char* kLayouts[] = {"neato", "sfdp", "fdp", "dot", "circo", "twopi"};
  const std::string layout = effective_layout(g, o);
  if (std::find(std::begin(kLayouts), std::end(kLayouts), layout) == std::end(kLayouts))
    return "unknown layout '" + layout + "' (use auto, neato, sfdp, fdp, dot, circo or twopi)";

  std::lock_guard lock(graphviz_mutex());
  error_sink().clear();
  agseterrf(collect_error);
  GVC_t* gvc = graphviz_context();
  if (!gvc) return "cannot start Graphviz";
  Agraph_t* G = build(g, o, nullptr);
  std::string error;
  char* data = nullptr;
  unsigned int length = 0;
  if (gvLayout(gvc, G, layout.c_str()) != 0) {
    error = "Graphviz layout " + layout + " failed";
  } else {
    const char* device = format == ImageFormat::Svg ? "svg" : "png:cairo";
    if (gvRenderData(gvc, G, device, &data, &length) != 0 || !data)
      error = std::string("Graphviz cannot draw ") + device + " (is the cairo plugin, libgvplugin_pango, installed?)";
    gvFreeLayout(gvc, G);
  }
  agclose(G);
  agseterrf(nullptr);
  if (!error.empty()) return error + (error_sink().empty() ? "" : ": " + error_sink());
  std::string image(data, length);
  gvFreeRenderData(data);
  return write_file_atomically(target, image);
}

}  // namespace ckg
