// A lossless JSON form of one article's extraction (without the article
// text), so that the map step (`clusterkg extract`) can hand everything
// cross-article resolution needs to the reduce step (`clusterkg merge`) and
// the persistent store can redo resolution without extracting again.
#pragma once

#include <string>
#include <string_view>

#include "core/extraction.h"

namespace ckg {

// Version tag written into every record; bump when the layout changes.
inline constexpr int kExtractionFormat = 1;

// One line of JSON (no newline). The article text is not written.
std::string extraction_to_json(const ArticleExtraction& x);
// Parses what extraction_to_json wrote. Returns "" or the reason it cannot.
std::string extraction_from_json(std::string_view json, ArticleExtraction& out);

// Drops what the later stages never read: the article text and the text of
// sentences that no fact cites. Memory then grows with evidence, not corpus.
void compact_extraction(ArticleExtraction& x);

}  // namespace ckg
