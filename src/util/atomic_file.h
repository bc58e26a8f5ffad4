// Writing outputs atomically: content goes to a temporary file in the same
// folder, is flushed to disk and renamed over the target. A reader (or a
// build killed half-way) sees either the old complete file or the new one.
#pragma once

#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace ckg {

class AtomicFile {
 public:
  // Opens "<target>.tmp-<pid>-<n>" for writing. Check ok() / error().
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();  // removes the temporary file unless commit() succeeded
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return file_ != nullptr && error_.empty(); }
  const std::string& error() const { return error_; }
  FILE* file() { return file_; }
  const std::filesystem::path& temp_path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }

  void write(std::string_view data);
  // fsync + close + rename. Returns false and sets error() on failure.
  bool commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  FILE* file_ = nullptr;
  std::string error_;
  bool committed_ = false;
};

// Writes a whole string atomically. Returns "" or an error message naming the file.
std::string write_file_atomically(const std::filesystem::path& target, std::string_view content);

// Lets a writer that needs a path (e.g. raptor) produce a file atomically:
// `produce` writes to the temporary path it is given and returns "" or an error.
std::string produce_file_atomically(const std::filesystem::path& target,
                                    const std::function<std::string(const std::filesystem::path&)>& produce);

}  // namespace ckg
