#include "eval/runner.h"

#include <algorithm>

#include "extract/extractor.h"
#include "graph/article_graph.h"
#include "input/reader.h"
#include "link/resolver.h"

namespace ckg::eval {

bool read_article(const std::string& id, const std::string& text, Article& out, std::string& error) {
  std::vector<Article> got;
  std::vector<InputIssue> issues;
  InputFile f;
  f.path = id + ".txt";
  f.display = id + ".txt";
  read_input(
      f, text, [&](Article&& a) { got.push_back(std::move(a)); }, issues);
  if (got.size() != 1) {
    error = id + ": " + (issues.empty() ? std::string("no article") : issues.front().reason);
    return false;
  }
  out = std::move(got.front());
  return true;
}

std::vector<Triple> build_triples(const Article& article) {
  const ArticleExtraction x = extract_article(article);
  EntityResolver resolver;
  resolver.observe(x);
  resolver.finalize();
  auto triples = article_triples(map_article(x, resolver));
  std::sort(triples.begin(), triples.end());
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
  return triples;
}

}  // namespace ckg::eval
