// Extraction shares only the read-only Knowledge between threads: running the
// sample corpus on several threads gives the same result as one thread.
#include <doctest/doctest.h>

#include <thread>

#include "extract/extractor.h"
#include "input/reader.h"

using namespace ckg;

namespace {

std::string fingerprint(const ArticleExtraction& x) {
  std::string s;
  for (const auto& e : x.entities) s += std::string(type_name(e.type)) + ":" + e.name + ";";
  for (const auto& f : x.facts)
    s += std::to_string(f.subject) + std::string(relation_name(f.relation)) + std::to_string(f.object) + f.value + ";";
  return s;
}

}  // namespace

TEST_CASE("extraction on several threads gives the same results as on one") {
  std::vector<Article> articles;
  std::vector<InputIssue> issues;
  read_sample_corpus([&](Article&& a) { articles.push_back(std::move(a)); }, issues);
  REQUIRE(articles.size() >= 8);
  std::vector<std::string> expected;
  for (const auto& a : articles) expected.push_back(fingerprint(extract_article(a)));
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 3; ++round)
        for (const auto& a : articles) got[t].push_back(fingerprint(extract_article(a)));
    });
  for (auto& th : threads) th.join();
  for (const auto& g : got) {
    REQUIRE(g.size() == expected.size() * 3);
    for (std::size_t i = 0; i < g.size(); ++i) CHECK(g[i] == expected[i % expected.size()]);
  }
}

TEST_CASE("odd inputs do not break extraction") {
  for (const char* text : {"", "   ", "。。。", "（）《》“”", "1.\n2.\n3.", "产业集群", "有限公司", "以下简称“”",
                           "到2030年", "千亿级", "1.2.3.4.5", "等等等等企业", "由发起", "在举行"}) {
    CAPTURE(text);
    Article a;
    a.text = text;
    finalize_article(a);
    const auto x = extract_article(a);
    for (const auto& f : x.facts) {
      CHECK(f.subject >= 0);
      CHECK(static_cast<std::size_t>(f.subject) < x.entities.size());
    }
  }
}

TEST_CASE("a long article without punctuation is extracted in one piece") {
  // One sentence of ~300k characters: windows keep the rules local.
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "星河产业投资基金带动合肥新能源汽车产业集群发展";
  Article a;
  a.text = text;
  finalize_article(a);
  const auto x = extract_article(a);
  CHECK(!x.entities.empty());
  CHECK(x.sentences.size() == 1);
}
