// The compact in-memory graph of a whole build (Boost.Graph): one vertex per
// entity or amount, one edge per distinct (subject, relation, object), with
// the number of supporting articles and the first/last article dates. The
// GraphML/GEXF writers, `explain` and the summary read it.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/article_graph.h"

namespace ckg {

struct Support {
  // The articles, as sorted numbers (KnowledgeGraph::article_number): 4 bytes
  // each instead of a set of id strings, which grew with every mention.
  std::vector<std::uint32_t> articles;
  double confidence = 0;
  // The earliest and latest article dates (YYYY-MM-DD as the articles give
  // them), "" if none is known. Kept as pointers to one shared copy of each
  // date: two strings in every node and edge were a tenth of a large graph.
  const std::string& first_seen() const { return first_ ? *first_ : kNoDate; }
  const std::string& last_seen() const { return last_ ? *last_ : kNoDate; }
  void add(std::uint32_t article, const std::string& date, double conf);

 private:
  static const std::string kNoDate;
  const std::string* first_ = nullptr;
  const std::string* last_ = nullptr;
};

struct VertexData {
  GraphNode node;                             // merged over articles (node.alt_labels is left empty)
  std::set<std::string> alt_labels;           // every other name, from all articles
  Support support;                            // articles that mention it
  std::optional<long long> enterprise_count;  // the largest stated
};

struct EdgeData {
  Relation relation = Relation::locatedIn;
  bool inferred = false;
  Support support;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexData, EdgeData>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

class KnowledgeGraph {
 public:
  void add(const ArticleGraph& a);

  const Graph& graph() const { return g_; }
  std::optional<Vertex> find(const std::string& iri) const;
  std::size_t article_count() const { return articles_; }
  std::size_t vertex_count() const { return boost::num_vertices(g_); }
  std::size_t edge_count() const { return boost::num_edges(g_); }
  // Vertices ordered by IRI, edges by (subject IRI, relation, object IRI).
  std::vector<Vertex> sorted_vertices() const;
  std::vector<Edge> sorted_edges() const;

 private:
  Vertex vertex_for(const GraphNode& n);
  Graph g_;
  std::unordered_map<std::string, Vertex> by_iri_;
  // (source, relation, target) -> edge, in an open-addressing table of
  // packed keys: one cache miss per lookup (a tree of millions of edges made
  // every lookup a chain of misses, and mapping large corpora slow).
  struct EdgeSlot {
    std::uint64_t key = 0;   // 0 = empty
    std::uint32_t edge = 0;  // index into edge_list_
  };
  std::optional<Edge> find_edge(std::uint64_t key) const;
  void insert_edge(std::uint64_t key, Edge e);
  std::vector<EdgeSlot> edge_slots_;
  std::vector<Edge> edge_list_;
  std::size_t articles_ = 0;
  std::unordered_map<std::string, std::uint32_t> article_numbers_;
};

}  // namespace ckg
