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
  // In valid UTF-8 a code point starts at every byte that is not a
  // continuation byte (10xxxxxx).
  const bool valid = utf8::valid(original);
  std::vector<std::uint32_t> byte_at;
  if (valid) {
    byte_at.resize(original.size() + 1);
    std::uint32_t* out = byte_at.data();
    const auto* p = reinterpret_cast<const unsigned char*>(original.data());
    for (std::uint32_t i = 0; i < original.size(); ++i) {
      *out = i;
      out += (p[i] & 0xC0) != 0x80;
    }
    *out++ = static_cast<std::uint32_t>(original.size());
    byte_at.resize(static_cast<std::size_t>(out - byte_at.data()));
  }
  const std::u32string decoded = valid ? std::u32string() : utf8::decode(original);
  out.sentences.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) {
    Sentence sent;
    sent.span = doc.norm.to_original(s.begin, s.end);
    if (valid) {
      const auto b = byte_at[std::min<std::size_t>(sent.span.begin, byte_at.size() - 1)];
      const auto e = byte_at[std::min<std::size_t>(sent.span.end, byte_at.size() - 1)];
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
