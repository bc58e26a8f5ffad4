#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "support/helpers.h"
#include "util/atomic_file.h"
#include "util/output_set.h"

using namespace ckg;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("an output set appears only on commit") {
  test::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  {
    OutputSet set(out);
    REQUIRE(set.error().empty());
    CHECK(write_file_atomically(set.staging() / "a.txt", "new a").empty());
    CHECK_FALSE(fs::exists(out));
    CHECK(set.commit().empty());
  }
  CHECK(slurp(out / "a.txt") == "new a");
  CHECK(entries(tmp.path()) == 1);  // no staging folder left beside it
}

TEST_CASE("an uncommitted output set leaves the previous one untouched") {
  test::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fs::create_directories(out);
  CHECK(write_file_atomically(out / "a.txt", "old a").empty());
  {
    OutputSet set(out);
    REQUIRE(set.error().empty());
    CHECK(write_file_atomically(set.staging() / "a.txt", "new a").empty());
  }  // dropped: a failed build
  CHECK(slurp(out / "a.txt") == "old a");
  CHECK(entries(tmp.path()) == 1);
}

TEST_CASE("a commit replaces the set and carries other files over") {
  test::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fs::create_directories(out / "pictures");
  CHECK(write_file_atomically(out / "a.txt", "old a").empty());
  CHECK(write_file_atomically(out / "notes.md", "mine").empty());
  CHECK(write_file_atomically(out / "pictures" / "g.svg", "<svg/>").empty());
  OutputSet set(out);
  REQUIRE(set.error().empty());
  CHECK(write_file_atomically(set.staging() / "a.txt", "new a").empty());
  CHECK(write_file_atomically(set.staging() / "b.txt", "new b").empty());
  CHECK(set.commit().empty());
  CHECK(slurp(out / "a.txt") == "new a");
  CHECK(slurp(out / "b.txt") == "new b");
  CHECK(slurp(out / "notes.md") == "mine");
  CHECK(slurp(out / "pictures" / "g.svg") == "<svg/>");
  CHECK(entries(tmp.path()) == 1);
}

TEST_CASE("leftovers of a killed build are cleaned up") {
  test::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fs::create_directories(out);
  CHECK(write_file_atomically(out / "a.txt", "old a").empty());
  // A staging folder of a process that no longer runs (pid 999999999 does not exist).
  fs::create_directories(tmp.path() / ".out.staging-999999999");
  CHECK(write_file_atomically(tmp.path() / ".out.staging-999999999" / "a.txt", "half").empty());
  // The old set moved aside by a build killed before the new one moved in.
  const fs::path gone = tmp.path() / "gone";
  fs::create_directories(tmp.path() / ".gone.old-999999999");
  CHECK(write_file_atomically(tmp.path() / ".gone.old-999999999" / "a.txt", "previous").empty());
  CHECK(recover_output_set(out).empty());
  CHECK(recover_output_set(gone).empty());
  CHECK(slurp(out / "a.txt") == "old a");
  CHECK(slurp(gone / "a.txt") == "previous");
  CHECK(entries(tmp.path()) == 2);
}

TEST_CASE("an output path that is a file is an error") {
  test::TempDir tmp;
  CHECK(write_file_atomically(tmp.path() / "file", "x").empty());
  OutputSet set(tmp.path() / "file");
  CHECK(set.error().find("not a folder") != std::string::npos);
  CHECK(slurp(tmp.path() / "file") == "x");
}
