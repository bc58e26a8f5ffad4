// The map/reduce split: extracting k shards separately and merging them
// gives the same files as one build of the same inputs.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "scale/corpus_helpers.h"

using namespace ckg;
namespace fs = std::filesystem;

namespace {

std::set<std::string> graph_iris(const std::string& nquads) {
  std::set<std::string> out;
  std::size_t start = 0;
  while (start < nquads.size()) {
    std::size_t nl = nquads.find('\n', start);
    if (nl == std::string::npos) nl = nquads.size();
    std::string line = nquads.substr(start, nl - start);
    start = nl + 1;
    // The graph is the last <...> before the final " .".
    const auto end = line.rfind("> .");
    const auto begin = line.rfind(" <", end);
    if (end != std::string::npos && begin != std::string::npos) out.insert(line.substr(begin + 2, end - begin - 2));
  }
  return out;
}

}  // namespace

TEST_CASE("three shards extracted from stdin and merged equal one build") {
  test::TempDir dir;
  const auto lines = test::sample_jsonl_lines(3);
  const auto shards = test::write_shards(dir.path(), lines, 3);
  std::vector<std::string> build_args = {"build"};
  std::vector<std::string> merge_args = {"merge"};
  for (std::size_t i = 0; i < shards.size(); ++i) {
    build_args.push_back(shards[i].string());
    auto r = test::run_clusterkg({"extract", "-j", "2", "--source", shards[i].string()}, test::read_file(shards[i]));
    INFO(r.err);
    REQUIRE(r.status == 0);
    // One named graph per article of the shard.
    const std::size_t articles = (lines.size() + 2 - i) / 3;
    CHECK(graph_iris(r.out).size() == articles);
    CHECK(r.out.find("extractionRecord") != std::string::npos);
    const fs::path nq = dir / ("part" + std::to_string(i) + ".nq");
    test::write_file(nq, r.out);
    merge_args.push_back(nq.string());
  }
  build_args.insert(build_args.end(), {"-o", (dir / "single").string()});
  merge_args.insert(merge_args.end(), {"-o", (dir / "merged").string()});
  auto b = test::run_clusterkg(build_args);
  INFO(b.err);
  REQUIRE(b.status == 0);
  auto m = test::run_clusterkg(merge_args);
  INFO(m.err);
  REQUIRE(m.status == 0);
  for (const char* f : test::kOutputs) {
    INFO(f);
    CHECK(test::read_file(dir / "single" / f) == test::read_file(dir / "merged" / f));
  }
  // The summary counts agree too.
  const auto summary = [](const std::string& e) {
    const auto from = e.find("clusterkg: ");
    return e.substr(from, e.find(" written to") - from);
  };
  CHECK(summary(b.err) == summary(m.err));
}

TEST_CASE("extract of files in groups merges to the build of the folder") {
  test::TempDir dir;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "data" / "sample"))
    if (e.path().filename() != "README.md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 6);
  std::vector<std::string> merge_args = {"merge"};
  for (int s = 0; s < 3; ++s) {
    std::vector<std::string> args = {"extract"};
    for (std::size_t i = static_cast<std::size_t>(s); i < files.size(); i += 3) args.push_back(files[i].string());
    auto r = test::run_clusterkg(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const fs::path nq = dir / ("g" + std::to_string(s) + ".nq");
    test::write_file(nq, r.out);
    merge_args.push_back(nq.string());
  }
  merge_args.insert(merge_args.end(), {"-o", (dir / "merged").string()});
  std::vector<std::string> build_args = {"build"};
  for (const auto& f : files) build_args.push_back(f.string());
  build_args.insert(build_args.end(), {"-o", (dir / "single").string()});
  REQUIRE(test::run_clusterkg(build_args).status == 0);
  auto m = test::run_clusterkg(merge_args);
  INFO(m.err);
  REQUIRE(m.status == 0);
  for (const char* f : test::kOutputs) {
    INFO(f);
    CHECK(test::read_file(dir / "single" / f) == test::read_file(dir / "merged" / f));
  }
}

TEST_CASE("merge names the shard it cannot use") {
  test::TempDir dir;
  test::write_file(dir / "bad.nq", "<a> <b> \"unterminated .\n");
  auto r = test::run_clusterkg({"merge", (dir / "bad.nq").string(), "-o", (dir / "o").string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("bad.nq") != std::string::npos);
  CHECK(!fs::exists(dir / "o" / "graph.nq"));

  test::write_file(dir / "plain.nq", "<http://x/a> <http://x/b> <http://x/c> <http://x/g> .\n");
  r = test::run_clusterkg({"merge", (dir / "plain.nq").string(), "-o", (dir / "o").string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("no extraction records") != std::string::npos);

  r = test::run_clusterkg({"merge", (dir / "missing.nq").string(), "-o", (dir / "o").string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("missing.nq") != std::string::npos);
}

TEST_CASE("extract reports bad JSONL lines and goes on") {
  const auto lines = test::sample_jsonl_lines(1);
  auto r = test::run_clusterkg({"extract", "--source", "in.jsonl"}, lines[0] + "{broken\n" + lines[1]);
  CHECK(r.status == 3);
  CHECK(r.err.find("in.jsonl:2") != std::string::npos);
  CHECK(graph_iris(r.out).size() == 2);
}
