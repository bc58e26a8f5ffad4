// Test corpora for the scale tests: the bundled sample as JSONL lines, and
// variants of it (distinct content per copy), split into shards.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "input/reader.h"
#include "support/helpers.h"

namespace ckg::test {

inline std::vector<Article> sample_articles() {
  std::vector<Article> articles;
  std::vector<InputIssue> issues;
  read_sample_corpus([&](Article&& a) { articles.push_back(std::move(a)); }, issues);
  return articles;
}

inline std::string jsonl_line(const Article& a, const std::string& id, const std::string& text) {
  nlohmann::json j = {{"id", id}, {"title", a.title}, {"date", a.date}, {"url", a.url}, {"text", text}};
  return j.dump() + "\n";
}

// `copies` rounds of the sample; round r > 0 appends a short sentence so
// every article's content (and id) is distinct.
inline std::vector<std::string> sample_jsonl_lines(int copies) {
  std::vector<std::string> lines;
  const auto articles = sample_articles();
  for (int r = 0; r < copies; ++r)
    for (std::size_t i = 0; i < articles.size(); ++i) {
      std::string text = articles[i].text;
      if (r > 0) text += "\n本文为第" + std::to_string(r) + "次转载。";
      lines.push_back(jsonl_line(articles[i], "s" + std::to_string(r) + "-" + std::to_string(i), text));
    }
  return lines;
}

// Writes lines round-robin into k files dir/shardN.jsonl; returns their paths.
inline std::vector<std::filesystem::path> write_shards(const std::filesystem::path& dir,
                                                       const std::vector<std::string>& lines, int k) {
  std::vector<std::string> content(static_cast<std::size_t>(k));
  for (std::size_t i = 0; i < lines.size(); ++i) content[i % static_cast<std::size_t>(k)] += lines[i];
  std::vector<std::filesystem::path> out;
  for (int s = 0; s < k; ++s) {
    out.push_back(dir / ("shard" + std::to_string(s + 1) + ".jsonl"));
    write_file(out.back(), content[static_cast<std::size_t>(s)]);
  }
  return out;
}

inline const char* kOutputs[] = {"graph.nq", "graph.ttl", "graph.nt", "graph.rdf", "graph.graphml", "graph.gexf"};

}  // namespace ckg::test
