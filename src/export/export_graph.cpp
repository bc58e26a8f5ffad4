#include "export/export_graph.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "graph/views.h"
#include "link/gazetteer.h"

namespace ckg {
namespace {

double round2(double v) { return std::round(v * 100.0) / 100.0; }

std::string year_end(int year) { return std::to_string(year) + "-12-31"; }

bool plausible_year(int y) { return y >= 1000 && y <= 9999; }

// YYYY-MM-DD naming a real day: anything else would break xs:date in the
// GEXF and Gephi's date parser, so it gives no spell.
bool calendar_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!plausible_year(y) || m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool dated(const std::string& first, const std::string& last) { return calendar_date(first) && calendar_date(last); }

// Extends `spell` to cover [start, end] (both non-empty).
void widen(std::optional<Spell>& spell, const std::string& start, const std::string& end) {
  if (!spell) {
    spell = Spell{start, end};
    return;
  }
  if (start < spell->start) spell->start = start;
  if (end > spell->end) spell->end = end;
}

// The centre of a region: the mean point of its member divisions.
std::optional<std::pair<double, double>> region_centre(const std::string& name) {
  const auto& gaz = Gazetteer::instance();
  const RegionInfo* r = gaz.region_by_name(name);
  if (!r) return std::nullopt;
  double lat = 0, lng = 0;
  int count = 0;
  for (const auto& code : r->members) {
    const Division* d = gaz.by_code(code);
    if (!d || !d->has_point) continue;
    lat += d->lat;
    lng += d->lng;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return std::make_pair(lat / count, lng / count);
}

}  // namespace

ExportGraph make_export_graph(const KnowledgeGraph& kg, const std::vector<bool>& keep) {
  const Graph& g = kg.graph();
  ExportGraph out;
  out.description = "clusterkg knowledge graph (" + std::to_string(kg.article_count()) + " articles)";
  auto selected = [&](Vertex v) { return keep.empty() || (v < keep.size() && keep[v]); };
  // A node no article mentions and no drawn edge touches (a region reached
  // only through the `within` closure) would float alone: leave it out.
  std::vector<bool> linked(boost::num_vertices(g), false);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const Vertex s = boost::source(*it, g), t = boost::target(*it, g);
    if (drawn_edge(g, *it) && selected(s) && selected(t)) linked[s] = linked[t] = true;
  }
  auto kept = [&](Vertex v) { return selected(v) && (linked[v] || !g[v].support.articles.empty()); };

  // Nodes, in IRI order.
  std::vector<std::size_t> index(boost::num_vertices(g), SIZE_MAX);
  for (Vertex v : kg.sorted_vertices()) {
    if (!kept(v)) continue;
    const VertexData& d = g[v];
    const GraphNode& n = d.node;
    ExportNode e;
    e.id = "n" + std::to_string(out.nodes.size());
    e.iri = n.iri;
    e.full_name = n.label;
    if (n.is_amount) {
      e.type = "MonetaryAmount";
      e.type_zh = "金额";
      e.label = short_label(n.label, std::nullopt, "", 20);
      e.color = amount_color();
      e.amount = std::strtod(n.amount.c_str(), nullptr);
      e.year = n.year;
    } else {
      e.type = std::string(type_name(n.type));
      e.type_zh = std::string(type_label_zh(n.type));
      e.label = short_label(n.label, n.type, n.place ? n.place->code : "");
      e.color = type_color(n.type);
    }
    for (const auto& alt : d.alt_labels) {
      if (alt == n.label) continue;
      e.aliases += (e.aliases.empty() ? "" : "|") + alt;
    }
    if (n.place) {
      e.code = n.place->code;
      if (n.place->has_point) {
        e.latitude = n.place->lat;
        e.longitude = n.place->lng;
      }
    }
    e.articles = static_cast<int>(d.support.articles.size());
    e.first_seen = d.support.first_seen();
    e.last_seen = d.support.last_seen();
    e.enterprise_count = d.enterprise_count;
    index[v] = out.nodes.size();
    out.nodes.push_back(std::move(e));
  }

  // Edges, in (source IRI, relation, target IRI) order.
  std::vector<std::uint64_t> pairs;  // (source, target) of each edge, for parallel_pairs
  for (Edge ed : kg.sorted_edges()) {
    const Vertex s = boost::source(ed, g), t = boost::target(ed, g);
    if (!drawn_edge(g, ed) || !kept(s) || !kept(t)) continue;
    const EdgeData& d = g[ed];
    ExportEdge e;
    e.id = "e" + std::to_string(out.edges.size());
    e.source = index[s];
    e.target = index[t];
    e.relation = std::string(relation_name(d.relation));
    e.relation_zh = std::string(relation_label_zh(d.relation));
    e.articles = static_cast<int>(d.support.articles.size());
    e.weight = std::max(1, e.articles);
    e.first_seen = d.support.first_seen();
    e.last_seen = d.support.last_seen();
    e.confidence = d.support.confidence;
    const GraphNode& target = g[t].node;
    if (is_money_relation(d.relation) && target.is_amount) e.year = target.year;
    if (dated(e.first_seen, e.last_seen)) {
      e.spell = Spell{e.first_seen, e.last_seen};
      if (d.relation == Relation::targetScale && e.year && plausible_year(*e.year))
        widen(e.spell, e.first_seen, year_end(*e.year));
    }
    if (d.relation == Relation::targetScale && target.is_amount) {
      ExportNode& src = out.nodes[e.source];
      const double yuan = std::strtod(target.amount.c_str(), nullptr);
      if (!src.target_yuan || yuan > *src.target_yuan) src.target_yuan = yuan;
      if (target.year && (!src.target_year || *target.year > *src.target_year)) src.target_year = target.year;
    }
    ++out.nodes[e.source].degree;
    ++out.nodes[e.target].degree;
    pairs.push_back((static_cast<std::uint64_t>(e.source) << 32) | e.target);
    out.edges.push_back(std::move(e));
  }
  // Ordered pairs joined by more than one edge: runs of equal pairs once sorted
  // (a sorted vector of 8 bytes per edge instead of a tree node per pair).
  std::sort(pairs.begin(), pairs.end());
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i + 1;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    if (j - i > 1) ++out.parallel_pairs;
    i = j;
  }

  // Spells: a node is on the timeline from its first to its last dated
  // mention, widened to cover its edges (a target runs to the end of its year).
  for (auto& n : out.nodes)
    if (dated(n.first_seen, n.last_seen)) n.spell = Spell{n.first_seen, n.last_seen};
  for (const auto& e : out.edges) {
    if (!e.spell) continue;
    widen(out.nodes[e.source].spell, e.spell->start, e.spell->end);
    widen(out.nodes[e.target].spell, e.spell->start, e.spell->end);
  }

  // Sizes.
  for (auto& n : out.nodes) n.size = n.amount ? amount_size(*n.amount) : node_size(n.degree, n.target_yuan);

  // First layout: places at their point, regions at their centre.
  double lng_sum = 0;
  std::size_t lng_count = 0;
  std::vector<std::optional<std::pair<double, double>>> geo(out.nodes.size());
  for (std::size_t i = 0; i < out.nodes.size(); ++i) {
    const auto& n = out.nodes[i];
    if (n.latitude && n.longitude)
      geo[i] = std::make_pair(*n.latitude, *n.longitude);
    else if (n.type == "Region")
      geo[i] = region_centre(n.full_name);
    if (geo[i]) {
      lng_sum += geo[i]->second;
      ++lng_count;
    }
  }
  const double lng0 = lng_count ? lng_sum / static_cast<double>(lng_count) : 0.0;
  std::vector<std::optional<Point>> anchors(out.nodes.size());
  for (std::size_t i = 0; i < geo.size(); ++i)
    if (geo[i]) anchors[i] = mercator(geo[i]->first, geo[i]->second, lng0);
  std::vector<std::pair<std::size_t, std::size_t>> links;
  links.reserve(out.edges.size());
  for (const auto& e : out.edges) links.emplace_back(e.source, e.target);
  const auto positions = initial_layout(anchors, links);
  for (std::size_t i = 0; i < out.nodes.size(); ++i)
    out.nodes[i].position = {round2(positions[i].x), round2(positions[i].y)};
  return out;
}

}  // namespace ckg
