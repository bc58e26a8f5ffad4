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
  // Sentences, reported in the original text. The normaliser kept where
  // each character starts in the original's bytes; a span's end is the end
  // of the last original character it covers.
  const std::string& original = article.text;
  const bool valid = utf8::valid(original);
  const std::u32string decoded = valid ? std::u32string() : utf8::decode(original);
  const auto& unit = doc.norm.orig_unit;
  const std::size_t last = unit.size() - 1;  // == doc.text.size()
  out.sentences.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) {
    Sentence sent;
    sent.span = doc.norm.to_original(s.begin, s.end);
    if (valid) {  // the bytes of sent.span, found from the normalised positions to_original used
      const std::size_t b = std::min<std::size_t>(s.begin, last), e = std::min<std::size_t>(s.end, last);
      const std::uint32_t from = unit[b];
      std::uint32_t to = from;
      if (e > b) {
        std::size_t at = unit[e - 1];
        (void)utf8::next(original, at);  // past the last character
        to = static_cast<std::uint32_t>(at);
      }
      sent.text = original.substr(from, to - from);
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
