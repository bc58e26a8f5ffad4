// Runs the build pipeline on one article in memory, as `clusterkg build
// <id>.txt` would, and returns its triples (what graph.ttl would hold).
#pragma once

#include <string>
#include <vector>

#include "core/extraction.h"
#include "graph/triples.h"

namespace ckg::eval {

// Reads `text` as the .txt file `<id>.txt` (decoding and checks of the
// reader included). On failure returns false and sets `error`.
bool read_article(const std::string& id, const std::string& text, Article& out, std::string& error);
// Extraction, single-article linking, graph mapping and triples.
std::vector<Triple> build_triples(const Article& article);

}  // namespace ckg::eval
