#include "extract/extractor.h"

#include <algorithm>
#include <vector>

#include "extract/document.h"
#include "util/utf8.h"

namespace ckg {

ArticleExtraction extract_article(const Article& article) { return extract_article(article, Knowledge::instance()); }

ArticleExtraction extract_article(const Article& article, const Knowledge& knowledge) {
  Document doc(knowledge, article);
  find_places(doc);
  find_sectors(doc);
  find_organizations(doc);
  find_product_sectors(doc);
  find_named_items(doc);
  find_clusters(doc);
  resolve_mentions(doc);
  find_references(doc);
  find_relations(doc);

  ArticleExtraction out;
  // The article's metadata; its text stays with the caller (the results carry
  // sentences and mentions, and nothing reads the text back from them).
  out.article = article_metadata(article);
  // Sentences, reported in the original text: code point offsets to bytes.
  const std::string& original = article.text;
  const bool valid = utf8::valid(original);
  std::vector<Span> spans;
  spans.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) spans.push_back(doc.norm.to_original(s.begin, s.end));
  // The byte offset of each code point offset needed, found in one walk over
  // the text: in valid UTF-8 a code point starts at every byte that is not a
  // continuation byte (10xxxxxx).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> byte_of;  // (code point, byte), sorted
  if (valid) {
    std::vector<std::uint32_t> wanted;
    wanted.reserve(2 * spans.size());
    for (const auto& sp : spans) {
      wanted.push_back(sp.begin);
      wanted.push_back(sp.end);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    const auto* p = reinterpret_cast<const unsigned char*>(original.data());
    std::uint32_t cp = 0, byte = 0;
    const auto n = static_cast<std::uint32_t>(original.size());
    for (const std::uint32_t w : wanted) {
      while (cp < w && byte < n) {
        ++byte;
        while (byte < n && (p[byte] & 0xC0) == 0x80) ++byte;
        ++cp;
      }
      byte_of.emplace_back(w, byte);  // past the end: the text's length
    }
  }
  auto byte_at = [&](std::uint32_t cp) {
    auto it = std::lower_bound(byte_of.begin(), byte_of.end(), std::make_pair(cp, std::uint32_t{0}));
    return it->second;
  };
  const std::u32string decoded = valid ? std::u32string() : utf8::decode(original);
  out.sentences.reserve(doc.sentences.size());
  for (const auto& span : spans) {
    Sentence sent;
    sent.span = span;
    if (valid) {
      const auto b = byte_at(sent.span.begin);
      const auto e = byte_at(sent.span.end);
      sent.text = original.substr(b, e > b ? e - b : 0);
    } else {  // invalid bytes are written as U+FFFD, as everywhere else
      sent.text = utf8::encode(std::u32string_view(decoded).substr(sent.span.begin, sent.span.end - sent.span.begin));
    }
    out.sentences.push_back(std::move(sent));
  }
  out.entities = std::move(doc.entities);
  out.facts = std::move(doc.facts);
  return out;
}

}  // namespace ckg
