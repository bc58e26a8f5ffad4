// exports/ holds the outputs of building the sample corpus; they must match
// what the current binary produces (regenerate with scripts/update-exports.sh).
#include <doctest/doctest.h>

#include <filesystem>

#include "support/helpers.h"

using namespace ckg;
namespace fs = std::filesystem;

TEST_CASE("exports are up to date with the sample corpus build") {
  const fs::path exports = test::source_dir() / "exports";
  test::TempDir dir;
  auto r = test::run_clusterkg({"build", "-o", (dir / "out").string()});
  REQUIRE(r.status == 0);
  int compared = 0;
  for (const auto& e : fs::directory_iterator(dir / "out")) {
    const auto name = e.path().filename().string();
    if (name.rfind("graph.", 0) != 0) continue;
    const fs::path committed = exports / ("sample." + e.path().extension().string().substr(1));
    INFO("stale or missing: " << committed.string() << " (run scripts/update-exports.sh)");
    REQUIRE(fs::exists(committed));
    CHECK(test::read_file(committed) == test::read_file(e.path()));
    ++compared;
  }
  CHECK(compared >= 3);
}
