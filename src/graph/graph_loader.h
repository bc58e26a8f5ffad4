// Rebuilds the KnowledgeGraph of a build from its RDF (the graph.nq that
// `clusterkg build` writes): each named graph is one article, so replaying
// the articles through KnowledgeGraph::add gives the same nodes, edges and
// per-edge support (articles, first/last seen) as the build had in memory.
// Lets `export`, `render` (and the store and web server) work on an existing
// build without extracting again. Streams the file through raptor; sentence
// texts are skipped unless asked for.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "graph/article_graph.h"
#include "graph/knowledge_graph.h"

namespace ckg {

struct LoadStats {
  std::size_t quads = 0;              // statements read
  std::size_t articles = 0;           // named graphs that are articles
  std::size_t default_graph = 0;      // statements outside any named graph (not used)
  std::vector<std::string> warnings;  // values that could not be read ("file: what")
};

// The N-Quads file of `path`: path itself if it is a file, DIR/graph.nq for a
// build folder. Returns "" and sets `out`, or an error naming the path.
std::string graph_file(const std::filesystem::path& path, std::filesystem::path& out);

// Calls `sink` with each article's graph, in article-id order. Nodes carry
// type, label, other names, place (code, point), broader sectors, amount and
// year; edges carry the sentence index, rule and confidence of their
// assertion. Node confidence is not in the RDF and comes back as 1.
// With `with_sentences`, sentences that carry evidence get their text and span.
std::string read_article_graphs(const std::filesystem::path& path, const std::function<void(ArticleGraph&&)>& sink,
                                LoadStats& stats, bool with_sentences = false);

// The whole graph. Returns "" or an error ("graph.nq: line 12: ...").
std::string load_graph(const std::filesystem::path& path, KnowledgeGraph& graph, LoadStats& stats);

}  // namespace ckg
