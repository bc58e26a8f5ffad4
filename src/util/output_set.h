// A set of output files that changes all at once. The files are written into
// a staging folder beside the output folder ("<parent>/.<name>.staging-<pid>");
// commit() then exchanges the staging folder with the output folder in one
// renameat2(RENAME_EXCHANGE) call, so anyone looking at the output folder (or
// a build killed at any moment) sees either the previous complete set or the
// new complete one, never a mix. Other files already in the output folder are
// carried over (regular files hard-linked, or copied, into the staging folder
// before the exchange; subfolders moved across after it). Leftovers of an
// interrupted build beside the folder are cleaned up by the next OutputSet.
#pragma once

#include <filesystem>
#include <set>
#include <string>

namespace ckg {

class OutputSet {
 public:
  // Recovers from an earlier interrupted commit, then creates the staging
  // folder. Check error() before writing.
  explicit OutputSet(std::filesystem::path dir);
  ~OutputSet();  // removes the staging folder unless commit() succeeded
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  const std::string& error() const { return error_; }
  // Where the writers put their files.
  const std::filesystem::path& staging() const { return staging_; }
  // The output folder (symbolic links resolved).
  const std::filesystem::path& dir() const { return dir_; }
  // `name` (a file of the output folder) is not carried over into the new set.
  void drop(std::string name) { dropped_.insert(std::move(name)); }
  // Makes the staged files the output folder's content. Returns "" or an error
  // (then the output folder is unchanged).
  std::string commit();

 private:
  std::filesystem::path dir_;
  std::filesystem::path staging_;
  std::string error_;
  bool committed_ = false;
  std::set<std::string> dropped_;
};

// Cleans up after an interrupted commit beside `dir`: puts back a folder that
// was moved aside, moves carried-over subfolders home, and removes stale
// staging folders of processes that no longer run. Returns "" or an error.
std::string recover_output_set(const std::filesystem::path& dir);

}  // namespace ckg
