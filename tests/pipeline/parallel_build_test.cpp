// The parallel build: output independent of -j, the extraction record
// round trip, and the ordered delivery of the extraction pool.
#include <doctest/doctest.h>

#include <atomic>

#include "extract/extractor.h"
#include "graph/article_graph.h"
#include "graph/triples.h"
#include "link/resolver.h"
#include "pipeline/build.h"
#include "pipeline/extract_pool.h"
#include "pipeline/extraction_json.h"
#include "pipeline/spill.h"
#include "scale/corpus_helpers.h"

using namespace ckg;
namespace fs = std::filesystem;

namespace {

// `copies` copies of the sample articles (distinct ids) as dir/corpus.jsonl; returns its path.
std::string write_sample_corpus(const fs::path& dir, int copies) {
  std::string corpus;
  for (const auto& l : test::sample_jsonl_lines(copies)) corpus += l;
  test::write_file(dir / "corpus.jsonl", corpus);
  return (dir / "corpus.jsonl").string();
}

}  // namespace

TEST_CASE("build with -j1 and -j4 writes byte-identical files") {
  test::TempDir dir;
  const std::string in = write_sample_corpus(dir.path(), 6);
  auto r1 = test::run_clusterkg({"build", in, "-j", "1", "-o", (dir / "j1").string()});
  INFO(r1.err);
  REQUIRE(r1.status == 0);
  auto r4 = test::run_clusterkg({"build", in, "-j", "4", "--timings", "-o", (dir / "j4").string()});
  INFO(r4.err);
  REQUIRE(r4.status == 0);
  CHECK(r4.err.find("timings: extract") != std::string::npos);
  CHECK(r4.err.find("timings: load") != std::string::npos);  // the knowledge, built before the workers
  CHECK(r4.err.find("-j 4") != std::string::npos);
  // Not a terminal: no progress line.
  CHECK(r4.err.find("MB/s, ETA") == std::string::npos);
  for (const char* f : test::kOutputs) {
    INFO(f);
    const std::string a = test::read_file(dir / "j1" / f);
    CHECK(a.size() > 100);
    CHECK(a == test::read_file(dir / "j4" / f));
  }
}

TEST_CASE("the sample build is the same with -j3 as with the default") {
  test::TempDir dir;
  auto a = test::run_clusterkg({"build", "-o", (dir / "a").string()});
  auto b = test::run_clusterkg({"build", "-j", "3", "-o", (dir / "b").string()});
  REQUIRE(a.status == 0);
  REQUIRE(b.status == 0);
  CHECK(a.err.substr(0, a.err.find(" written to")) == b.err.substr(0, b.err.find(" written to")));
  for (const char* f : test::kOutputs) CHECK(test::read_file(dir / "a" / f) == test::read_file(dir / "b" / f));
}

TEST_CASE("an extraction record round-trips to the same article triples") {
  for (const auto& a : test::sample_articles()) {
    ArticleExtraction x = extract_article(a);
    compact_extraction(x);
    CHECK(x.article.text.empty());
    const std::string json = extraction_to_json(x);
    ArticleExtraction back;
    REQUIRE(extraction_from_json(json, back) == "");
    CHECK(extraction_to_json(back) == json);
    EntityResolver r1, r2;
    r1.observe(x);
    r1.finalize();
    r2.observe(back);
    r2.finalize();
    CHECK(article_triples(map_article(x, r1)) == article_triples(map_article(back, r2)));
  }
}

TEST_CASE("compacting keeps only the sentences that facts cite") {
  const auto articles = test::sample_articles();
  ArticleExtraction x = extract_article(articles.front());
  REQUIRE(!x.facts.empty());
  compact_extraction(x);
  for (const auto& f : x.facts)
    if (f.sentence >= 0) CHECK(!x.sentences[static_cast<std::size_t>(f.sentence)].text.empty());
  std::size_t dropped = 0;
  for (const auto& s : x.sentences) dropped += s.text.empty() ? 1 : 0;
  CHECK(dropped + 1 <= x.sentences.size());
}

TEST_CASE("damaged extraction records are refused with a reason") {
  ArticleExtraction x;
  CHECK(extraction_from_json("not json", x).find("bad extraction record") != std::string::npos);
  CHECK(extraction_from_json("{\"v\":99}", x).find("format 99") != std::string::npos);
  const auto a = test::sample_articles().front();
  std::string good = extraction_to_json(extract_article(a));
  // A fact pointing at an entity that is not there.
  auto j = nlohmann::json::parse(good);
  REQUIRE(!j["facts"].empty());
  j["facts"][0]["s"] = 100000;
  CHECK(extraction_from_json(j.dump(), x).find("not in the record") != std::string::npos);
}

TEST_CASE("the extraction pool delivers in reading order and drops repeated ids") {
  const auto articles = test::sample_articles();
  std::vector<InputIssue> issues;
  std::vector<std::string> order;
  ExtractPoolOptions o;
  o.jobs = 3;
  const auto stats = run_extract_pool(
      [&](const ArticleSink& sink, std::vector<InputIssue>&) {
        for (int round = 0; round < 5; ++round)
          for (const auto& a : articles) {
            Article c = a;
            if (round == 4) {  // the original ids, last
              sink(std::move(c));
              continue;
            }
            c.id = a.id + "-" + std::to_string(round);
            sink(std::move(c));
          }
      },
      [&](ArticleExtraction&& x) { order.push_back(x.article.id); }, issues, o);
  REQUIRE(order.size() == articles.size() * 5);
  CHECK(stats.duplicates == 0);
  for (std::size_t i = 0; i < articles.size(); ++i) CHECK(order[i] == articles[i].id + "-0");
  CHECK(order[articles.size() * 3] == articles[0].id + "-3");
  CHECK(order.back() == articles.back().id);
  CHECK(stats.jobs == 3);
  CHECK(stats.bytes > 0);
}

TEST_CASE("the extraction pool reports repeated ids as warnings") {
  const auto articles = test::sample_articles();
  std::vector<InputIssue> issues;
  std::size_t n = 0;
  ExtractPoolOptions o;
  o.jobs = 2;
  const auto stats = run_extract_pool(
      [&](const ArticleSink& sink, std::vector<InputIssue>&) {
        for (int round = 0; round < 2; ++round)
          for (const auto& a : articles) sink(Article(a));
      },
      [&](ArticleExtraction&&) { ++n; }, issues, o);
  CHECK(n == articles.size());
  CHECK(stats.duplicates == articles.size());
  REQUIRE(issues.size() == articles.size());
  CHECK(!issues[0].skipped);
  CHECK(issues[0].reason.find("read once") != std::string::npos);
}

TEST_CASE("an exception in the reader reaches the caller") {
  std::vector<InputIssue> issues;
  ExtractPoolOptions o;
  o.jobs = 2;
  CHECK_THROWS_AS(run_extract_pool([&](const ArticleSink&, std::vector<InputIssue>&) { throw std::runtime_error("x"); },
                                   [&](ArticleExtraction&&) {}, issues, o),
                  std::runtime_error);
}

TEST_CASE("--formats writes the chosen files with the same bytes and removes the others") {
  test::TempDir dir;
  const std::string in = write_sample_corpus(dir.path(), 4);
  auto full = test::run_clusterkg({"build", in, "-o", (dir / "full").string()});
  REQUIRE(full.status == 0);
  // A full build first, then a subset into the same folder: no stale files stay.
  const std::string out = (dir / "out").string();
  REQUIRE(test::run_clusterkg({"build", in, "-o", out}).status == 0);
  test::write_file(dir / "out" / "notes.txt", "mine");
  auto part = test::run_clusterkg({"build", in, "-j", "2", "--formats", "ttl,nq,graphml", "-o", out});
  INFO(part.err);
  REQUIRE(part.status == 0);
  CHECK(part.err.find("3 files written") != std::string::npos);
  for (const char* f : {"graph.ttl", "graph.nq", "graph.graphml"})
    CHECK(test::read_file(dir / "out" / f) == test::read_file(dir / "full" / f));
  for (const char* f : {"graph.nt", "graph.rdf", "graph.gexf"}) CHECK_FALSE(fs::exists(dir / "out" / f));
  CHECK(test::read_file(dir / "out" / "notes.txt") == "mine");  // not a graph file: carried over
  // Without the triple table (no ttl/nt/rdf) the other files are the same too.
  auto gephi = test::run_clusterkg({"build", in, "--formats", "gexf,nq", "-o", (dir / "g").string()});
  REQUIRE(gephi.status == 0);
  CHECK(test::read_file(dir / "g" / "graph.gexf") == test::read_file(dir / "full" / "graph.gexf"));
  CHECK(test::read_file(dir / "g" / "graph.nq") == test::read_file(dir / "full" / "graph.nq"));
  CHECK_FALSE(fs::exists(dir / "g" / "graph.ttl"));
}

TEST_CASE("--formats refuses unknown names with the list of known ones") {
  OutputFormats f;
  CHECK(OutputFormats::parse("all", f) == "");
  CHECK((f.nq && f.ttl && f.nt && f.rdf && f.graphml && f.gexf));
  CHECK(OutputFormats::parse("ttl,graphml", f) == "");
  CHECK((f.ttl && f.graphml && !f.nq && !f.nt && !f.rdf && !f.gexf));
  CHECK(f.needs_table());
  CHECK(OutputFormats::parse("gexf", f) == "");
  CHECK_FALSE(f.needs_table());
  const std::string err = OutputFormats::parse("ttl,json", f);
  CHECK(err.find("'json'") != std::string::npos);
  CHECK(err.find("graphml") != std::string::npos);
  CHECK_FALSE(OutputFormats::parse("", f).empty());
  CHECK_FALSE(OutputFormats::parse("ttl,", f).empty());
  test::TempDir dir;
  auto r = test::run_clusterkg({"build", "--formats", "turtle", "-o", (dir / "o").string()});
  CHECK(r.status != 0);
  CHECK(r.err.find("turtle") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "o"));
}

TEST_CASE("a build that spills extractions to disk writes the same files") {
  test::TempDir dir;
  const std::string in = write_sample_corpus(dir.path(), 6);
  auto plain = test::run_clusterkg({"build", in, "--spill", "off", "-o", (dir / "plain").string()});
  REQUIRE(plain.status == 0);
  // With four threads the names are observed in whatever order extraction ends.
  auto spilled =
      test::run_clusterkg({"build", in, "--spill", "on", "-j", "4", "--timings", "-o", (dir / "s").string()});
  INFO(spilled.err);
  REQUIRE(spilled.status == 0);
  CHECK(spilled.err.find("MB of them spilled to disk") != std::string::npos);
  CHECK(spilled.err.find(" 0.0 MB of them spilled") == std::string::npos);
  for (const char* f : test::kOutputs) {
    INFO(f);
    CHECK(test::read_file(dir / "plain" / f) == test::read_file(dir / "s" / f));
  }
  auto bad = test::run_clusterkg({"build", in, "--spill", "sometimes", "-o", (dir / "x").string()});
  CHECK(bad.status != 0);
  CHECK(test::run_clusterkg({"build", in, "--spill-table", "0", "-o", (dir / "x").string()}).status != 0);
}

TEST_CASE("a build that keeps its triple table in sorted runs on disk writes the same files") {
  test::TempDir dir;
  const std::string in = write_sample_corpus(dir.path(), 30);
  auto plain = test::run_clusterkg({"build", in, "--spill", "off", "-o", (dir / "plain").string()});
  REQUIRE(plain.status == 0);
  // A run every MiB of terms and triples, merged while the files are written.
  auto runs = test::run_clusterkg(
      {"build", in, "--spill", "on", "--spill-table", "1", "-j", "2", "--timings", "-o", (dir / "r").string()});
  INFO(runs.err);
  REQUIRE(runs.status == 0);
  CHECK(runs.err.find("sorted runs") != std::string::npos);
  for (const char* f : test::kOutputs) {
    INFO(f);
    CHECK(test::read_file(dir / "plain" / f) == test::read_file(dir / "r" / f));
  }
}

TEST_CASE("a spill file gives back what was put in and names what is wrong") {
  test::TempDir dir;
  SpillFile none;
  const std::string err = none.open((dir / "missing").string());
  CHECK(err.find("missing") != std::string::npos);
  SpillFile spill;
  REQUIRE(spill.open(dir.path().string()) == "");
  CHECK(fs::is_empty(dir.path()));  // unlinked at once
  std::vector<ArticleExtraction> xs;
  for (const auto& a : test::sample_articles()) {
    xs.push_back(extract_article(a));
    compact_extraction(xs.back());
    CHECK(spill.append(xs.back()) == static_cast<long long>(xs.size()) - 1);
  }
  for (long long i = static_cast<long long>(xs.size()) - 1; i >= 0; --i) {
    ArticleExtraction back;
    REQUIRE(spill.load(i, back) == "");
    CHECK(extraction_to_json(back) == extraction_to_json(xs[static_cast<std::size_t>(i)]));
  }
  ArticleExtraction out;
  CHECK(spill.load(static_cast<long long>(xs.size()), out).find("no spilled extraction") != std::string::npos);
}

TEST_CASE("--spill on with no writable temporary folder fails naming it and writes nothing") {
  test::TempDir dir;
  const std::string missing = (dir / "no-such-folder").string();
  auto r = test::run_clusterkg({"build", "--spill", "on", "-o", (dir / "out").string()}, "", {{"TMPDIR", missing}});
  CHECK(r.status != 0);
  CHECK(r.err.find("no-such-folder") != std::string::npos);
  CHECK(r.err.find("TMPDIR") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out"));
}

TEST_CASE("an exception on a worker reaches the caller while the reader goes on") {
  // The first batch fails; the reader still has thousands of articles to go,
  // which it reads and drops a batch at a time until its input ends.
  const auto articles = test::sample_articles();
  std::vector<InputIssue> issues;
  ExtractPoolOptions o;
  o.jobs = 2;
  o.finish = [](ArticleExtraction&) { throw std::runtime_error("worker failed"); };
  std::size_t sunk = 0, consumed = 0;
  try {
    run_extract_pool(
        [&](const ArticleSink& sink, std::vector<InputIssue>&) {
          for (int round = 0; round < 400; ++round)
            for (const auto& a : articles) {
              Article c = a;
              c.id = a.id + "-" + std::to_string(round);
              sink(std::move(c));
              ++sunk;
            }
        },
        [&](ArticleExtraction&&) { ++consumed; }, issues, o);
    FAIL("no exception");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()) == "worker failed");
  }
  CHECK(sunk == articles.size() * 400);  // the reader ran to the end of its input
  CHECK(consumed == 0);
}
