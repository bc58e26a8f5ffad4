// The persistent store: incremental add, skip, replace, idempotence, reopen,
// queries from the store equal queries on the build, and a build killed
// half-way leaves a readable store.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <set>

#include "scale/corpus_helpers.h"
#include "store/store.h"

using namespace ckg;
namespace fs = std::filesystem;

namespace {

std::string current_generation(const fs::path& store) {
  std::string s = test::read_file(store / "CURRENT");
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

const char* kCountQuery = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

}  // namespace

TEST_CASE("store: add then skip then replace and rebuild idempotently") {
  test::TempDir dir;
  const auto lines = test::sample_jsonl_lines(2);
  REQUIRE(lines.size() >= 10);
  const fs::path store = dir / "store";
  std::string first, all;
  for (std::size_t i = 0; i < lines.size(); ++i) (i < lines.size() / 2 ? first : all) += lines[i];
  all = first + all;
  test::write_file(dir / "part.jsonl", first);
  test::write_file(dir / "corpus.jsonl", all);
  const std::string corpus = (dir / "corpus.jsonl").string();

  // First build: half the articles.
  auto r = test::run_clusterkg(
      {"build", (dir / "part.jsonl").string(), "--store", store.string(), "-o", (dir / "o1").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.find(std::to_string(lines.size() / 2) + " articles extracted, 0 unchanged") != std::string::npos);
  const std::string gen1 = current_generation(store);
  CHECK(fs::exists(store / gen1 / "kg-contexts.db"));

  // The same file under another name is another source: rebuild it as corpus.jsonl.
  r = test::run_clusterkg({"build", corpus, "--store", store.string(), "-o", (dir / "o2").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::size_t rest = lines.size() - lines.size() / 2;
  CHECK(r.err.find(std::to_string(rest) + " articles extracted, " + std::to_string(lines.size() / 2) + " unchanged") !=
        std::string::npos);
  const std::string gen2 = current_generation(store);
  CHECK(gen2 != gen1);
  CHECK(!fs::exists(store / gen1));

  // The outputs equal a plain build of the same input.
  REQUIRE(test::run_clusterkg({"build", corpus, "-o", (dir / "plain").string()}).status == 0);
  for (const char* f : test::kOutputs) {
    INFO(f);
    CHECK(test::read_file(dir / "o2" / f) == test::read_file(dir / "plain" / f));
  }
  // Queries on the store equal queries on the build.
  for (const char* q :
       {kCountQuery, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"}) {
    auto a = test::run_clusterkg({"query", "--store", store.string(), q, "--format", "csv"});
    auto b = test::run_clusterkg({"query", "--data", (dir / "plain").string(), q, "--format", "csv"});
    INFO(a.err);
    REQUIRE(a.status == 0);
    CHECK(a.out == b.out);
    CHECK(a.out.size() > 5);
  }
  for (const auto& e : fs::directory_iterator(test::source_dir() / "queries")) {
    if (e.path().extension() != ".rq") continue;
    INFO(e.path().string());
    auto a = test::run_clusterkg({"query", "--store", store.string(), e.path().string(), "--format", "csv"});
    auto b = test::run_clusterkg({"query", "--data", (dir / "plain").string(), e.path().string(), "--format", "csv"});
    CHECK(a.status == b.status);
    CHECK(a.out == b.out);
  }

  // Idempotent: nothing new, nothing written.
  r = test::run_clusterkg({"build", corpus, "--store", store.string(), "-o", (dir / "o3").string()});
  REQUIRE(r.status == 0);
  CHECK(r.err.find("0 articles extracted, " + std::to_string(lines.size()) +
                   " unchanged (not extracted), 0 graphs "
                   "written, 0 removed") != std::string::npos);
  CHECK(current_generation(store) == gen2);
  CHECK(test::read_file(dir / "o3" / "graph.nq") == test::read_file(dir / "plain" / "graph.nq"));

  // Replace: the first article gets new text under the same id.
  auto j = nlohmann::json::parse(lines[0]);
  j["text"] = j["text"].get<std::string>() + "\n湘江新区人工智能产业集群新增企业15家。";
  std::string changed = j.dump() + "\n";
  for (std::size_t i = 1; i < lines.size(); ++i) changed += (i < lines.size() / 2 ? lines[i] : "");
  std::string changed_all = changed;
  for (std::size_t i = lines.size() / 2; i < lines.size(); ++i) changed_all += lines[i];
  test::write_file(dir / "corpus.jsonl", changed_all);
  r = test::run_clusterkg({"build", corpus, "--store", store.string(), "-o", (dir / "o4").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.find("1 articles extracted, " + std::to_string(lines.size() - 1) + " unchanged") != std::string::npos);
  REQUIRE(test::run_clusterkg({"build", corpus, "-o", (dir / "plain4").string()}).status == 0);
  CHECK(test::read_file(dir / "o4" / "graph.nq") == test::read_file(dir / "plain4" / "graph.nq"));
  auto a = test::run_clusterkg({"query", "--store", store.string(), kCountQuery, "--format", "csv"});
  auto b = test::run_clusterkg({"query", "--data", (dir / "plain4").string(), kCountQuery, "--format", "csv"});
  CHECK(a.out == b.out);
  auto t = test::run_clusterkg({"query", "--store", store.string(),
                                "SELECT ?t WHERE { ?s <https://w3id.org/clusterkg/ontology#text> ?t . FILTER "
                                "(CONTAINS(?t, \"新增企业15家\")) }",
                                "--format", "csv"});
  CHECK(t.out.find("新增企业15家") != std::string::npos);
}

TEST_CASE("store: a changed text file replaces the graph of the same source") {
  test::TempDir dir;
  const fs::path store = dir / "store";
  const auto articles = test::sample_articles();
  fs::create_directories(dir / "in");
  test::write_file(dir / "in" / "a.txt", articles[0].text);
  test::write_file(dir / "in" / "b.txt", articles[1].text);
  auto r = test::run_clusterkg({"build", (dir / "in").string(), "--store", store.string(), "-o", (dir / "o").string()});
  REQUIRE(r.status == 0);
  test::write_file(dir / "in" / "a.txt", articles[2].text);
  r = test::run_clusterkg({"build", (dir / "in").string(), "--store", store.string(), "-o", (dir / "o").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.find("1 articles extracted, 1 unchanged") != std::string::npos);
  CHECK(r.err.find("1 graphs written, 1 removed") != std::string::npos);
  REQUIRE(test::run_clusterkg({"build", (dir / "in").string(), "-o", (dir / "plain").string()}).status == 0);
  CHECK(test::read_file(dir / "o" / "graph.nq") == test::read_file(dir / "plain" / "graph.nq"));
  Store s;
  REQUIRE(s.open(store) == "");
  CHECK(s.article_count() == 2);
}

TEST_CASE("store: reopening gives back every quad") {
  test::TempDir dir;
  const fs::path store = dir / "store";
  REQUIRE(test::run_clusterkg({"build", "--store", store.string(), "-o", (dir / "o").string()}).status == 0);
  std::size_t quads = 0;
  std::set<std::string> graphs;
  {
    Store s;
    REQUIRE(s.open(store) == "");
    REQUIRE(s.for_each_quad([&](const Triple&, const std::string& g) {
      ++quads;
      graphs.insert(g);
    }) == "");
  }
  std::size_t lines = 0;
  for (char c : test::read_file(dir / "o" / "graph.nq")) lines += c == '\n' ? 1 : 0;
  CHECK(quads == lines);
  CHECK(graphs.size() >= 8);
  // And again, from a second Store object.
  Store s2;
  REQUIRE(s2.open(store) == "");
  std::size_t again = 0;
  REQUIRE(s2.for_each_quad([&](const Triple&, const std::string&) { ++again; }) == "");
  CHECK(again == quads);
}

TEST_CASE("store: refuses a folder that is not a store") {
  test::TempDir dir;
  fs::create_directories(dir / "x");
  fs::create_directories(dir / "y");
  test::write_file(dir / "x" / "notes.txt", "hello");
  auto r = test::run_clusterkg({"build", "--store", (dir / "x").string(), "-o", (dir / "o").string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("not a clusterkg store") != std::string::npos);
  test::write_file(dir / "y" / "CURRENT", "garbage\n");
  r = test::run_clusterkg({"query", "--store", (dir / "y").string(), kCountQuery});
  CHECK(r.status == 1);
  CHECK(r.err.find("CURRENT") != std::string::npos);
}

TEST_CASE("store: a build killed at any moment leaves a readable store") {
  test::TempDir dir;
  const fs::path store = dir / "store";
  std::string corpus;
  for (const auto& l : test::sample_jsonl_lines(12)) corpus += l;
  test::write_file(dir / "c.jsonl", corpus);
  REQUIRE(test::run_clusterkg({"build", "--store", store.string(), "-o", (dir / "o0").string()}).status == 0);
  auto before = test::run_clusterkg({"query", "--store", store.string(), kCountQuery, "--format", "csv"});
  REQUIRE(before.status == 0);
  int killed = 0;
  for (const char* delay : {"0.2", "0.5", "0.9", "1.4", "2.0", "3.0"}) {
    const std::string cmd = std::string("timeout -s KILL ") + delay + " " + CKG_BINARY + " build " +
                            (dir / "c.jsonl").string() + " -j 2 --store " + store.string() + " -o " +
                            (dir / "o").string() + " 2>/dev/null";
    const int rc = std::system(cmd.c_str());
    if (rc != 0) ++killed;
    auto q = test::run_clusterkg({"query", "--store", store.string(), kCountQuery, "--format", "csv"});
    INFO(q.err);
    CHECK(q.status == 0);
    if (rc == 0) break;  // finished: later runs would change nothing
  }
  MESSAGE("runs killed before the end: " << killed);
  // Left-over temporary generations are cleared by the next build.
  REQUIRE(
      test::run_clusterkg({"build", (dir / "c.jsonl").string(), "--store", store.string(), "-o", (dir / "o").string()})
          .status == 0);
  int gens = 0;
  for (const auto& e : fs::directory_iterator(store))
    if (e.path().filename().string().rfind("gen-", 0) == 0) ++gens;
  CHECK(gens == 1);
}
