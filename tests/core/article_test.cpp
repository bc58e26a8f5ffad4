// Articles: the content hash and id that finalize_article fills in, and the
// metadata copy that extraction results carry.
#include <doctest/doctest.h>

#include "core/article.h"
#include "extract/extractor.h"

using namespace ckg;

TEST_CASE("finalize_article derives the id from the content hash when none is given") {
  Article a;
  a.text = "武汉发布江城基金。";
  finalize_article(a);
  CHECK(a.content_hash.size() == 16);
  CHECK(a.id == "a" + a.content_hash);
  Article b;
  b.id = "kept";
  b.text = a.text;
  finalize_article(b);
  CHECK(b.id == "kept");
  CHECK(b.content_hash == a.content_hash);
}

TEST_CASE("extraction results carry every field of the article but its text") {
  Article a;
  a.id = "n1";
  a.source = "news.jsonl:3";
  a.url = "https://example.cn/n1";
  a.title = "江城基金";
  a.date = "2024-05-01";
  a.text = "武汉发布江城产业投资基金，首期规模120亿元。";
  finalize_article(a);
  const auto x = extract_article(a);
  CHECK(x.article.id == a.id);
  CHECK(x.article.source == a.source);
  CHECK(x.article.url == a.url);
  CHECK(x.article.title == a.title);
  CHECK(x.article.date == a.date);
  CHECK(x.article.content_hash == a.content_hash);
  CHECK(x.article.text.empty());
  CHECK_FALSE(x.sentences.empty());
}
