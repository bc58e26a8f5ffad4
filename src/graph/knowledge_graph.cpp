#include "graph/knowledge_graph.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <stdexcept>

namespace ckg {

const std::string Support::kNoDate;

namespace {

// One copy of each date for the whole process (there are a few thousand);
// the set's nodes never move, so pointers to them stay valid.
const std::string* interned_date(const std::string& date) {
  static std::mutex mutex;
  static std::set<std::string, std::less<>> dates;
  std::lock_guard lock(mutex);
  return &*dates.insert(date).first;
}

}  // namespace

void Support::add(std::uint32_t article, const std::string& date, double conf) {
  if (articles.empty() || articles.back() < article) {
    articles.push_back(article);  // the usual case: articles are added in order
  } else if (auto it = std::lower_bound(articles.begin(), articles.end(), article);
             it == articles.end() || *it != article) {
    articles.insert(it, article);
  }
  // Only a date outside [first, last] needs the shared copy.
  if (!date.empty() && (!first_ || date < *first_ || date > *last_)) {
    const std::string* d = interned_date(date);
    if (!first_ || *d < *first_) first_ = d;
    if (!last_ || *d > *last_) last_ = d;
  }
  confidence = std::max(confidence, conf);
}

namespace {

// Vertex numbers below 2^29 and relations below 2^6 fit; +1 keeps 0 free for "empty".
std::uint64_t edge_key(Vertex s, Relation r, Vertex o) {
  if (s >= (1ull << 29) || o >= (1ull << 29)) throw std::length_error("more than 2^29 graph nodes");
  return ((static_cast<std::uint64_t>(s) << 35) | (static_cast<std::uint64_t>(r) << 29) | o) + 1;
}

std::size_t slot_of(std::uint64_t key, std::size_t mask) {
  key ^= key >> 31;
  key *= 0x9E3779B97F4A7C15ull;
  key ^= key >> 29;
  return static_cast<std::size_t>(key) & mask;
}

}  // namespace

std::optional<Edge> KnowledgeGraph::find_edge(std::uint64_t key) const {
  if (edge_slots_.empty()) return std::nullopt;
  const std::size_t mask = edge_slots_.size() - 1;
  for (std::size_t i = slot_of(key, mask); edge_slots_[i].key != 0; i = (i + 1) & mask)
    if (edge_slots_[i].key == key) return edge_list_[edge_slots_[i].edge];
  return std::nullopt;
}

void KnowledgeGraph::insert_edge(std::uint64_t key, Edge e) {
  if ((edge_list_.size() + 1) * 2 > edge_slots_.size()) {
    std::vector<EdgeSlot> slots(edge_slots_.empty() ? 1024 : edge_slots_.size() * 2);
    const std::size_t mask = slots.size() - 1;
    for (const auto& s : edge_slots_) {
      if (s.key == 0) continue;
      std::size_t i = slot_of(s.key, mask);
      while (slots[i].key != 0) i = (i + 1) & mask;
      slots[i] = s;
    }
    edge_slots_ = std::move(slots);
  }
  const std::size_t mask = edge_slots_.size() - 1;
  std::size_t i = slot_of(key, mask);
  while (edge_slots_[i].key != 0) i = (i + 1) & mask;
  edge_slots_[i] = {key, static_cast<std::uint32_t>(edge_list_.size())};
  edge_list_.push_back(e);
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
  // The set below holds them, merged over articles; not twice.
  std::vector<std::string>().swap(g_[v].node.alt_labels);
  g_[v].alt_labels.insert(n.alt_labels.begin(), n.alt_labels.end());
  by_iri_.emplace(n.iri, v);
  return v;
}

void KnowledgeGraph::add(const ArticleGraph& a) {
  ++articles_;
  // The same id added again (a loader reading a graph in two parts) counts once.
  const std::uint32_t id =
      article_numbers_.emplace(a.article.id, static_cast<std::uint32_t>(article_numbers_.size())).first->second;
  const auto& date = a.article.date;
  for (const auto& n : a.nodes) {
    Vertex v = vertex_for(n);
    if (n.mentioned) g_[v].support.add(id, date, n.confidence);
  }
  for (const auto& e : a.edges) {
    auto s = find(e.subject), o = find(e.object);
    if (!s || !o) continue;
    const std::uint64_t key = edge_key(*s, e.relation, *o);
    Edge ed;
    if (auto found = find_edge(key)) {
      ed = *found;
      g_[ed].inferred = g_[ed].inferred && e.inferred;
    } else {
      ed = boost::add_edge(*s, *o, g_).first;
      g_[ed].relation = e.relation;
      g_[ed].inferred = e.inferred;
      insert_edge(key, ed);
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
