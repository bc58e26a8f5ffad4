#include "graph/views.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

#include "link/gazetteer.h"

namespace ckg {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "IndustrialCluster" for entities, "MonetaryAmount" for amounts.
std::string node_type_name(const GraphNode& n) {
  return n.is_amount ? "MonetaryAmount" : std::string(type_name(n.type));
}

std::string describe_vertex(const Graph& g, Vertex v) {
  const auto& n = g[v].node;
  return n.label + " (" + node_type_name(n) + ", " + n.iri + ")";
}

bool has_name(const VertexData& d, const std::string& name) {
  if (d.node.iri == name || d.node.label == name) return true;
  if (d.alt_labels.count(name)) return true;
  if (d.node.place && !d.node.place->code.empty()) {
    if (d.node.place->code == name) return true;
    if (const Division* div = Gazetteer::instance().by_code(d.node.place->code); div && div->short_name == name)
      return true;
  }
  return false;
}

std::string ambiguous(const Graph& g, const std::string& what, const std::string& name,
                      const std::vector<Vertex>& matches) {
  std::string msg = what + " '" + name + "' matches " + std::to_string(matches.size()) + " entities: ";
  for (std::size_t i = 0; i < matches.size() && i < 5; ++i) msg += (i ? "; " : "") + describe_vertex(g, matches[i]);
  if (matches.size() > 5) msg += "; ...";
  return msg + ". Give the IRI (or Type:name) instead";
}

// Rank of a place type when one name matches several: the larger place wins.
int place_rank(EntityType t) {
  switch (t) {
    case EntityType::Region:
      return 0;
    case EntityType::Province:
      return 1;
    case EntityType::City:
      return 2;
    case EntityType::District:
      return 3;
    default:
      return 4;
  }
}

std::string find_place(const KnowledgeGraph& kg, const std::string& name, Vertex& out) {
  const Graph& g = kg.graph();
  std::vector<Vertex> matches;
  for (Vertex v : kg.sorted_vertices()) {
    const auto& n = g[v].node;
    if (n.is_amount || !(is_place(n.type) || n.type == EntityType::Zone)) continue;
    if (has_name(g[v], name)) matches.push_back(v);
  }
  if (matches.empty()) return "no place named '" + name + "' in the graph";
  std::stable_sort(matches.begin(), matches.end(),
                   [&](Vertex a, Vertex b) { return place_rank(g[a].node.type) < place_rank(g[b].node.type); });
  if (matches.size() > 1 && place_rank(g[matches[0]].node.type) == place_rank(g[matches[1]].node.type))
    return ambiguous(g, "place", name, matches);
  out = matches[0];
  return "";
}

std::string find_focus(const KnowledgeGraph& kg, const std::string& query, Vertex& out) {
  const Graph& g = kg.graph();
  if (auto v = kg.find(query)) {
    out = *v;
    return "";
  }
  std::string name = query;
  std::string type;
  if (auto colon = query.find(':'); colon != std::string::npos) {
    const std::string prefix = query.substr(0, colon);
    if (parse_type(prefix) || prefix == "MonetaryAmount") {
      type = prefix;
      name = query.substr(colon + 1);
    }
  }
  std::vector<Vertex> matches;
  for (Vertex v : kg.sorted_vertices()) {
    if (!type.empty() && node_type_name(g[v].node) != type) continue;
    if (has_name(g[v], name)) matches.push_back(v);
  }
  if (matches.empty()) return "no entity named '" + query + "' in the graph";
  if (matches.size() > 1) return ambiguous(g, "entity", query, matches);
  out = matches[0];
  return "";
}

// The sector and the sectors narrower than it.
std::string find_sectors(const KnowledgeGraph& kg, const std::string& name, std::set<Vertex>& out) {
  const Graph& g = kg.graph();
  for (Vertex v : kg.sorted_vertices()) {
    const auto& n = g[v].node;
    if (n.is_amount || n.type != EntityType::Sector) continue;
    if (has_name(g[v], name) || std::find(n.broader.begin(), n.broader.end(), name) != n.broader.end()) out.insert(v);
  }
  // A narrower sector of a named one (its broader chain holds the name).
  std::set<std::string> names;
  for (Vertex v : out) names.insert(g[v].node.label);
  for (Vertex v : kg.sorted_vertices()) {
    const auto& n = g[v].node;
    if (n.is_amount || n.type != EntityType::Sector) continue;
    for (const auto& b : n.broader)
      if (names.count(b)) out.insert(v);
  }
  if (out.empty()) return "no sector named '" + name + "' in the graph";
  return "";
}

std::string parse_types(const std::vector<std::string>& names, std::set<std::string>& out) {
  for (const auto& raw : names) {
    const std::string l = lower(raw);
    bool found = false;
    for (int i = 0; i < kEntityTypeCount; ++i) {
      const auto t = static_cast<EntityType>(i);
      if (lower(type_name(t)) == l || type_label_zh(t) == raw) {
        out.insert(std::string(type_name(t)));
        found = true;
      }
    }
    if (l == "monetaryamount" || l == "amount" || raw == "金额") {
      out.insert("MonetaryAmount");
      found = true;
    }
    if (!found) {
      std::string valid;
      for (int i = 0; i < kEntityTypeCount; ++i) valid += std::string(type_name(static_cast<EntityType>(i))) + ", ";
      return "unknown type '" + raw + "' (use " + valid + "MonetaryAmount)";
    }
  }
  return "";
}

// Neighbours over drawn edges, both directions.
template <typename F>
void for_each_neighbour(const Graph& g, Vertex v, F&& f) {
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
    if (drawn_edge(g, *it)) f(boost::target(*it, g));
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
    if (drawn_edge(g, *it)) f(boost::source(*it, g));
}

}  // namespace

bool drawn_edge(const Graph& g, Edge e) { return !g[e].inferred && g[e].relation != Relation::within; }

std::string describe(const ViewOptions& o) {
  std::string s;
  auto add = [&](const std::string& part) { s += (s.empty() ? "" : " ") + part; };
  if (!o.within.empty()) add("within=" + o.within);
  if (!o.sector.empty()) add("sector=" + o.sector);
  if (!o.focus.empty()) add("focus=" + o.focus);
  if (!o.within.empty() || !o.sector.empty() || !o.focus.empty()) add("depth=" + std::to_string(o.depth));
  if (!o.types.empty()) {
    std::string t;
    for (const auto& x : o.types) t += (t.empty() ? "" : ",") + x;
    add("types=" + t);
  }
  if (o.min_degree > 0) add("min-degree=" + std::to_string(o.min_degree));
  return s;
}

std::string select_view(const KnowledgeGraph& kg, const ViewOptions& o, std::vector<bool>& keep) {
  const Graph& g = kg.graph();
  const std::size_t n = boost::num_vertices(g);
  if (o.depth < 0) return "--depth must be 0 or more (got " + std::to_string(o.depth) + ")";
  if (o.min_degree < 0) return "--min-degree must be 0 or more (got " + std::to_string(o.min_degree) + ")";
  std::set<std::string> types;
  if (auto err = parse_types(o.types, types); !err.empty()) return err;

  // 1. The picked entities: the intersection of what each option picks.
  std::vector<bool> seed(n, true);
  const bool picked = !o.within.empty() || !o.sector.empty() || !o.focus.empty();
  auto intersect = [&](const std::vector<bool>& part) {
    for (std::size_t i = 0; i < n; ++i) seed[i] = seed[i] && part[i];
  };
  if (!o.within.empty()) {
    Vertex place;
    if (auto err = find_place(kg, o.within, place); !err.empty()) return err;
    std::vector<bool> part(n, false);
    part[place] = true;
    for (auto [it, end] = boost::in_edges(place, g); it != end; ++it)
      if (g[*it].relation == Relation::within) part[boost::source(*it, g)] = true;
    intersect(part);
  }
  if (!o.sector.empty()) {
    std::set<Vertex> sectors;
    if (auto err = find_sectors(kg, o.sector, sectors); !err.empty()) return err;
    std::vector<bool> part(n, false);
    for (Vertex s : sectors) {
      part[s] = true;
      for (auto [it, end] = boost::in_edges(s, g); it != end; ++it)
        if (g[*it].relation == Relation::inSector) part[boost::source(*it, g)] = true;
    }
    intersect(part);
  }
  if (!o.focus.empty()) {
    Vertex v;
    if (auto err = find_focus(kg, o.focus, v); !err.empty()) return err;
    std::vector<bool> part(n, false);
    part[v] = true;
    intersect(part);
  }

  // 2. Neighbours up to `depth` steps.
  keep = seed;
  if (picked && o.depth > 0) {
    std::vector<int> dist(n, -1);
    std::deque<Vertex> queue;
    for (std::size_t i = 0; i < n; ++i)
      if (seed[i]) {
        dist[i] = 0;
        queue.push_back(i);
      }
    while (!queue.empty()) {
      Vertex v = queue.front();
      queue.pop_front();
      if (dist[v] >= o.depth) continue;
      for_each_neighbour(g, v, [&](Vertex w) {
        if (dist[w] >= 0) return;
        dist[w] = dist[v] + 1;
        keep[w] = true;
        queue.push_back(w);
      });
    }
  }

  // 3. Types.
  if (!types.empty())
    for (std::size_t i = 0; i < n; ++i)
      if (keep[i] && !types.count(node_type_name(g[i].node))) keep[i] = false;

  // 4. The k-core: drop entities with fewer edges until none is left.
  if (o.min_degree > 0) {
    std::vector<int> degree(n, 0);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
      const Vertex s = boost::source(*it, g), t = boost::target(*it, g);
      if (!drawn_edge(g, *it) || !keep[s] || !keep[t]) continue;
      ++degree[s];
      ++degree[t];
    }
    std::deque<Vertex> drop;
    for (std::size_t i = 0; i < n; ++i)
      if (keep[i] && degree[i] < o.min_degree) drop.push_back(i);
    while (!drop.empty()) {
      Vertex v = drop.front();
      drop.pop_front();
      if (!keep[v]) continue;
      keep[v] = false;
      for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
        const Vertex w = boost::target(*it, g);
        if (drawn_edge(g, *it) && keep[w] && --degree[w] < o.min_degree) drop.push_back(w);
      }
      for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
        const Vertex w = boost::source(*it, g);
        if (drawn_edge(g, *it) && keep[w] && --degree[w] < o.min_degree) drop.push_back(w);
      }
    }
  }

  if (std::none_of(keep.begin(), keep.end(), [](bool b) { return b; }))
    return "the view selects no entities (" + describe(o) + ")";
  return "";
}

}  // namespace ckg
