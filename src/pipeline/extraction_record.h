// A compact binary form of one article's extraction, for a build that holds
// every extraction until mapping (resolution needs all names first). The
// worker packs each compacted extraction into one string and frees the
// structures, so the extraction threads keep reusing the same warm memory
// instead of touching fresh pages for every article, and a held extraction
// costs its bytes instead of dozens of small allocations. Spill files hold
// the same records.
//
// The form lives only inside one process (in memory or in an unlinked spill
// file): integers are varints, doubles their eight bytes in this machine's
// order. For records that travel between processes use extraction_json.h.
#pragma once

#include <string>
#include <string_view>

#include "core/extraction.h"

namespace ckg {

// Appends the record of `x` (everything but the article text) to `out`.
void pack_extraction(const ArticleExtraction& x, std::string& out);
std::string pack_extraction(const ArticleExtraction& x);

// Reads a record written by pack_extraction into `out` (replacing it).
// Returns "" or why the bytes are not a record: truncated, a count or an
// index out of range, trailing bytes.
std::string unpack_extraction(std::string_view record, ArticleExtraction& out);

}  // namespace ckg
