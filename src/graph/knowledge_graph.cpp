#include "graph/knowledge_graph.h"

#include <algorithm>

namespace ckg {

void Support::add(const std::string& article_id, const std::string& date, double conf) {
  articles.insert(article_id);
  if (!date.empty()) {
    if (first_seen.empty() || date < first_seen) first_seen = date;
    if (last_seen.empty() || date > last_seen) last_seen = date;
  }
  confidence = std::max(confidence, conf);
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& iri) const {
  auto it = by_iri_.find(iri);
  if (it == by_iri_.end()) return std::nullopt;
  return it->second;
}

Vertex KnowledgeGraph::vertex_for(const GraphNode& n) {
  auto it = by_iri_.find(n.iri);
  if (it != by_iri_.end()) {
    auto& v = g_[it->second];
    v.alt_labels.insert(n.alt_labels.begin(), n.alt_labels.end());
    v.node.mentioned = v.node.mentioned || n.mentioned;
    if (v.node.merge_reason.empty()) v.node.merge_reason = n.merge_reason;
    return it->second;
  }
  Vertex v = boost::add_vertex(g_);
  g_[v].node = n;
  g_[v].alt_labels.insert(n.alt_labels.begin(), n.alt_labels.end());
  by_iri_.emplace(n.iri, v);
  return v;
}

void KnowledgeGraph::add(const ArticleGraph& a) {
  ++articles_;
  const auto& id = a.article.id;
  const auto& date = a.article.date;
  for (const auto& n : a.nodes) {
    Vertex v = vertex_for(n);
    if (n.mentioned) g_[v].support.add(id, date, n.confidence);
  }
  for (const auto& e : a.edges) {
    auto s = find(e.subject), o = find(e.object);
    if (!s || !o) continue;
    auto key = std::make_tuple(*s, static_cast<int>(e.relation), *o);
    auto it = edges_.find(key);
    Edge ed;
    if (it == edges_.end()) {
      ed = boost::add_edge(*s, *o, g_).first;
      g_[ed].relation = e.relation;
      g_[ed].inferred = e.inferred;
      edges_.emplace(key, ed);
    } else {
      ed = it->second;
      g_[ed].inferred = g_[ed].inferred && e.inferred;
    }
    g_[ed].support.add(id, date, e.confidence);
  }
  for (const auto& c : a.counts) {
    if (auto s = find(c.subject)) {
      auto& ec = g_[*s].enterprise_count;
      if (!ec || c.value > *ec) ec = c.value;
    }
  }
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
  std::vector<Vertex> vs(boost::vertices(g_).first, boost::vertices(g_).second);
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g_[a].node.iri < g_[b].node.iri; });
  return vs;
}

std::vector<Edge> KnowledgeGraph::sorted_edges() const {
  std::vector<Edge> es;
  for (auto [it, end] = boost::edges(g_); it != end; ++it) es.push_back(*it);
  std::sort(es.begin(), es.end(), [&](const Edge& a, const Edge& b) {
    const auto& as = g_[boost::source(a, g_)].node.iri;
    const auto& bs = g_[boost::source(b, g_)].node.iri;
    if (as != bs) return as < bs;
    if (g_[a].relation != g_[b].relation) return g_[a].relation < g_[b].relation;
    return g_[boost::target(a, g_)].node.iri < g_[boost::target(b, g_)].node.iri;
  });
  return es;
}

}  // namespace ckg
