// Helpers shared by the tests: temporary folders, running the clusterkg
// binary, reading files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace ckg::test {

// A small deterministic generator (xorshift), so that failures repeat.
struct Rng {
  std::uint64_t s = 0x9E3779B97F4A7C15ull;
  Rng() = default;
  explicit Rng(std::uint64_t seed) : s(seed) {}
  // A number in [0, n).
  std::uint32_t next(std::uint32_t n) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<std::uint32_t>(s % n);
  }
};

// A fresh empty folder under the system temp folder, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& s) const { return path_ / s; }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int status = -1;  // exit status, or -1 if killed by a signal
  std::string out, err;
};

// Runs the built clusterkg binary with the arguments (no shell involved).
// `env`: variables set for the child only (NAME, value).
RunResult run_clusterkg(const std::vector<std::string>& args, const std::string& stdin_data = "",
                        const std::vector<std::pair<std::string, std::string>>& env = {});

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& content);

// The project root and the shared data folder (may not exist).
std::filesystem::path source_dir();
std::filesystem::path shared_dir();

}  // namespace ckg::test
