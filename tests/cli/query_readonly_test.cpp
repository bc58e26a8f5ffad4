#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "support/helpers.h"

using namespace ckg;
namespace fs = std::filesystem;

namespace {

// Every file of a folder with its content and modification time.
std::map<std::string, std::pair<std::string, fs::file_time_type>> snapshot(const fs::path& dir) {
  std::map<std::string, std::pair<std::string, fs::file_time_type>> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[e.path().string()] = {test::read_file(e.path()), e.last_write_time()};
  return out;
}

}  // namespace

TEST_CASE("query never writes to the data it reads") {
  test::TempDir tmp;
  const fs::path data = tmp / "out";
  REQUIRE(test::run_clusterkg({"build", "-o", data.string()}).status == 0);
  const auto before = snapshot(tmp.path());
  const auto update =
      test::run_clusterkg({"query", "--data", data.string(), "INSERT DATA { <urn:a> <urn:b> <urn:c> }"});
  CHECK(update.status == 4);
  CHECK(update.err.find("read-only") != std::string::npos);
  const auto drop = test::run_clusterkg({"query", "--data", data.string(), "DROP ALL"});
  CHECK(drop.status == 4);
  const auto select = test::run_clusterkg(
      {"query", "--data", data.string(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"});
  CHECK(select.status == 0);
  CHECK(select.out.find("n\r\n") == 0);
  const auto ttl =
      test::run_clusterkg({"query", "--data", (data / "graph.ttl").string(), "ASK { ?s ?p ?o }", "--format", "json"});
  CHECK(ttl.status == 0);
  CHECK(snapshot(tmp.path()) == before);  // same files, same bytes, same times: nothing written or added
}
