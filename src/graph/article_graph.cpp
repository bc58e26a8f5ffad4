#include "graph/article_graph.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/numbers.h"
#include "graph/iri.h"
#include "link/gazetteer.h"

namespace ckg {
namespace {

std::string amount_label(const std::string& value, const std::string& currency, std::optional<int> year) {
  std::string s = currency == "CNY" ? format_yuan(value) : value + " " + currency;
  if (year) s += "（" + std::to_string(*year) + "年）";
  return s;
}

}  // namespace

ArticleGraph map_article(const ArticleExtraction& x, const EntityResolver& resolver) {
  ArticleGraph g;
  g.article = x.article;
  g.sentences = x.sentences;
  const auto& gaz = Gazetteer::instance();
  std::map<std::string, GraphNode> nodes;
  std::vector<std::string> iri_of(x.entities.size());

  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const auto& e = x.entities[i];
    const auto c = resolver.canonical(e);
    GraphNode n;
    n.type = e.type;
    n.iri = entity_iri(e.type, c.key);
    n.label = c.name;
    std::set<std::string> alts(c.names.begin(), c.names.end());
    alts.insert(e.aliases.begin(), e.aliases.end());
    alts.insert(e.local_aliases.begin(), e.local_aliases.end());
    alts.insert(e.name);
    alts.erase(n.label);
    n.alt_labels.assign(alts.begin(), alts.end());
    n.place = e.place;
    n.broader = e.broader;
    n.merge_reason = !c.reason.empty() ? c.reason : e.merge_reason;
    n.confidence = e.confidence;
    n.mentioned = !e.mentions.empty();
    iri_of[i] = n.iri;
    auto [it, fresh] = nodes.emplace(n.iri, n);
    if (!fresh) {
      // Two article entities resolved to one node: merge their names.
      std::set<std::string> merged(it->second.alt_labels.begin(), it->second.alt_labels.end());
      merged.insert(n.alt_labels.begin(), n.alt_labels.end());
      merged.erase(it->second.label);
      it->second.alt_labels.assign(merged.begin(), merged.end());
      it->second.mentioned = it->second.mentioned || n.mentioned;
      it->second.confidence = std::max(it->second.confidence, n.confidence);
    }
  }

  std::map<std::tuple<std::string, int, std::string>, GraphEdge> edges;
  auto add_edge = [&](GraphEdge e) {
    auto k = std::make_tuple(e.subject, static_cast<int>(e.relation), e.object);
    auto it = edges.find(k);
    if (it == edges.end()) {
      edges.emplace(k, std::move(e));
    } else if (e.confidence > it->second.confidence || (it->second.sentence < 0 && e.sentence >= 0)) {
      it->second = std::move(e);
    }
  };
  std::map<std::pair<std::string, long long>, GraphCount> counts;
  for (const auto& f : x.facts) {
    if (f.subject < 0 || static_cast<std::size_t>(f.subject) >= x.entities.size()) continue;
    const std::string& s = iri_of[static_cast<std::size_t>(f.subject)];
    if (is_money_relation(f.relation)) {
      GraphNode a;
      a.is_amount = true;
      a.amount = f.value;
      a.currency = "CNY";
      a.year = f.year;
      a.iri = amount_iri(s, f.relation, f.value, f.year);
      a.label = amount_label(f.value, a.currency, f.year);
      a.mentioned = true;
      nodes.emplace(a.iri, a);
      add_edge({s, a.iri, f.relation, f.sentence, f.rule, f.confidence, false});
    } else if (is_count_relation(f.relation)) {
      GraphCount c{s, std::stoll(f.value.empty() ? "0" : f.value), f.sentence, f.rule, f.confidence};
      counts.emplace(std::make_pair(s, c.value), c);
    } else if (f.object >= 0 && static_cast<std::size_t>(f.object) < x.entities.size()) {
      const std::string& o = iri_of[static_cast<std::size_t>(f.object)];
      if (o != s) add_edge({s, o, f.relation, f.sentence, f.rule, f.confidence, false});
    }
  }

  // Regions that contain a division of this article (by the gazetteer).
  std::map<std::string, std::string> region_iri_of_key;
  auto ensure_region = [&](const RegionInfo& r) {
    const std::string iri = entity_iri(EntityType::Region, r.key);
    if (!nodes.count(iri)) {
      GraphNode n;
      n.iri = iri;
      n.type = EntityType::Region;
      n.label = r.name;
      n.alt_labels = r.aliases;
      std::sort(n.alt_labels.begin(), n.alt_labels.end());
      n.place = PlaceInfo{};
      nodes.emplace(iri, n);
    }
    return iri;
  };

  // `within`: closure of partOf/locatedIn over places and zones, plus regions.
  std::map<std::string, std::vector<std::string>> up;  // node -> places it is directly in
  for (const auto& [k, e] : edges)
    if (e.relation == Relation::partOf || e.relation == Relation::locatedIn || e.relation == Relation::heldIn) {
      auto it = nodes.find(e.object);
      if (it != nodes.end() && !it->second.is_amount &&
          (is_place(it->second.type) || it->second.type == EntityType::Zone))
        up[e.subject].push_back(e.object);
    }
  std::vector<GraphEdge> within;
  for (const auto& [iri, n] : nodes) {
    if (n.is_amount) continue;
    std::set<std::string> seen;
    std::vector<std::string> stack = up[iri];
    while (!stack.empty()) {
      auto cur = stack.back();
      stack.pop_back();
      if (cur == iri || !seen.insert(cur).second) continue;
      for (const auto& nx : up[cur]) stack.push_back(nx);
    }
    // Regions of every division reached (or of the node itself).
    std::set<std::string> codes;
    if (n.place && !n.place->code.empty()) codes.insert(n.place->code);
    for (const auto& s : seen) {
      auto it = nodes.find(s);
      if (it != nodes.end() && it->second.place && !it->second.place->code.empty())
        codes.insert(it->second.place->code);
    }
    for (const auto& code : codes)
      for (int r : gaz.regions_containing(code)) seen.insert(ensure_region(gaz.regions()[static_cast<std::size_t>(r)]));
    seen.erase(iri);
    for (const auto& s : seen) within.push_back({iri, s, Relation::within, -1, "closure", 1.0, true});
  }
  for (auto& w : within) add_edge(std::move(w));

  for (auto& [iri, n] : nodes) g.nodes.push_back(std::move(n));
  for (auto& [k, e] : edges) g.edges.push_back(std::move(e));
  for (auto& [k, c] : counts) g.counts.push_back(std::move(c));
  return g;
}

}  // namespace ckg
