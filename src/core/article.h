// An input article as read from disk, after decoding to UTF-8.
#pragma once

#include <string>

namespace ckg {

struct Article {
  std::string id;            // stable id: the JSONL "id", else derived from the content hash
  std::string source;        // where it was read from: a path, or "path:line" for JSONL
  std::string url;           // optional
  std::string title;         // optional
  std::string date;          // optional publication date, ISO 8601 (YYYY-MM-DD)
  std::string text;          // the article text, valid UTF-8, exactly as decoded
  std::string content_hash;  // hex FNV-1a 64 of text
};

// Fills content_hash and, if id is empty, id ("a" + content hash).
void finalize_article(Article& a);

// A copy of everything but the text (extraction results carry the metadata only).
Article article_metadata(const Article& a);

}  // namespace ckg
