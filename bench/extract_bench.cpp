// Extraction alone, on one thread: reads a JSONL corpus into memory, runs
// extract_article on every article and prints MB/s of article text. This is
// the figure issue 6 asks for ("extraction MB/s per core"); `build --timings`
// gives the same figure inside a whole build.
//
//   bench_extract CORPUS.jsonl [ROUNDS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/article.h"
#include "extract/extractor.h"
#include "extract/knowledge.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_extract CORPUS.jsonl [ROUNDS]\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
  std::ifstream in(argv[1]);
  if (!in) {
    std::fprintf(stderr, "bench_extract: cannot open %s\n", argv[1]);
    return 1;
  }
  std::vector<ckg::Article> articles;
  std::size_t bytes = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    ckg::Article a;
    a.id = j.value("id", "");
    a.title = j.value("title", "");
    a.text = j.value("text", "");
    ckg::finalize_article(a);
    bytes += a.text.size();
    articles.push_back(std::move(a));
  }
  (void)ckg::Knowledge::instance();  // built once, outside the timing
  std::size_t entities = 0, facts = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const auto& a : articles) {
      const auto x = ckg::extract_article(a);
      entities += x.entities.size();
      facts += x.facts.size();
    }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double mb = static_cast<double>(bytes) * rounds / 1e6;
  std::printf("extract: %zu articles x %d, %.2f MB of text, %.3f s, %.2f MB/s on one thread; %zu entities, %zu facts\n",
              articles.size(), rounds, mb, s, mb / s, entities / rounds, facts / rounds);
  return 0;
}
