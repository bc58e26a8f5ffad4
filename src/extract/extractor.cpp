#include "extract/extractor.h"

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
  out.article = article;
  // Sentences, reported in the original text.
  const std::u32string original = utf8::decode(article.text);
  out.sentences.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) {
    Sentence sent;
    sent.span = doc.norm.to_original(s.begin, s.end);
    sent.text = utf8::encode(std::u32string_view(original).substr(sent.span.begin, sent.span.end - sent.span.begin));
    out.sentences.push_back(std::move(sent));
  }
  out.entities = std::move(doc.entities);
  out.facts = std::move(doc.facts);
  return out;
}

}  // namespace ckg
