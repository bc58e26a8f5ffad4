// `clusterkg serve --store DIR` over real HTTP: the graph of a store written by
// `clusterkg build --store` gives the same answers as `clusterkg query --store`
// and as `serve --data` on the same build; bad stores are refused at start-up.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/embedded_data.h"
#include "serve_fixture.h"

using namespace ckg;
using ckg::test::ServeProcess;

namespace {

// The sample built once into a store (and, in the same build, an output folder).
struct StoreBuild {
  test::TempDir dir;
  std::filesystem::path store = dir / "kg";
  std::filesystem::path out = dir / "out";
  StoreBuild() {
    auto r = test::run_clusterkg({"build", "--store", store.string(), "-o", out.string()});
    if (r.status != 0) throw std::runtime_error("clusterkg build --store failed: " + r.err);
  }
};

StoreBuild& store_build() {
  static StoreBuild b;
  return b;
}

httplib::Result post_json(ServeProcess& s, const std::string& query) {
  auto c = s.client();
  return c.Post("/sparql", httplib::Headers{{"Accept", "application/sparql-results+json"}}, query,
                "application/sparql-query");
}

}  // namespace

TEST_CASE("serve --store answers like clusterkg query --store") {
  auto& b = store_build();
  ServeProcess s({"--store", b.store.string(), "--timeout-ms", "120000"});
  REQUIRE_MESSAGE(s.running(), s.err());
  CHECK(s.out().find("from store " + b.store.string()) != std::string::npos);
  int n = 0;
  for (const auto& f : embedded::files()) {
    if (f.path.rfind("queries/", 0) != 0) continue;
    ++n;
    INFO(f.path);
    auto http = post_json(s, std::string(f.content));
    REQUIRE(http);
    CHECK(http->status == 200);
    auto cli = test::run_clusterkg(
        {"query", "--store", b.store.string(), "--format", "json", (test::source_dir() / f.path).string()});
    REQUIRE(cli.status == 0);
    const auto a = nlohmann::json::parse(http->body);
    CHECK(a == nlohmann::json::parse(cli.out));
    CHECK(a["results"]["bindings"].size() > 0);
  }
  CHECK(n >= 10);
  // The same graph as the build's own output folder served with --data.
  ServeProcess d({"--data", b.out.string()});
  REQUIRE_MESSAGE(d.running(), d.err());
  auto hs = s.client().Get("/healthz");
  auto hd = d.client().Get("/healthz");
  REQUIRE(hs);
  REQUIRE(hd);
  CHECK(hs->status == 200);
  CHECK(hs->body == hd->body);
  const std::string count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
  auto cs = post_json(s, count);
  auto cd = post_json(d, count);
  REQUIRE(cs);
  REQUIRE(cd);
  CHECK(cs->status == 200);
  CHECK(cs->body == cd->body);
  // Opening the store for serving changed nothing in it.
  CHECK(test::run_clusterkg({"query", "--store", b.store.string(), "--format", "json", count}).out ==
        test::run_clusterkg({"query", "--data", b.out.string(), "--format", "json", count}).out);
}

TEST_CASE("serve --store refuses a missing or foreign store and --data with --store") {
  test::TempDir d;
  ServeProcess missing({"--store", (d / "nope").string()});
  CHECK_FALSE(missing.running());
  CHECK(missing.exit_status() == 1);
  CHECK(missing.err().find("nope") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(d / "nope"));  // not created
  std::filesystem::create_directories(d / "empty");
  ServeProcess empty({"--store", (d / "empty").string()});
  CHECK(empty.exit_status() == 1);
  CHECK(empty.err().find("not a clusterkg store") != std::string::npos);
  test::write_file(d / "plain" / "notes.txt", "not a store");
  ServeProcess plain({"--store", (d / "plain").string()});
  CHECK(plain.exit_status() == 1);
  CHECK(plain.err().find("plain") != std::string::npos);
  auto both = test::run_clusterkg(
      {"serve", "--store", store_build().store.string(), "--data", store_build().out.string(), "--port", "0"});
  CHECK(both.status != 0);
  CHECK(both.err.find("excludes") != std::string::npos);
}
