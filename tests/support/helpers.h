// Helpers shared by the tests: temporary folders, running the clusterkg
// binary, reading files.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace ckg::test {

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
