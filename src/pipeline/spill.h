// Extractions parked on disk during a large build. Resolution needs every
// article's names before any article can be mapped, so a build holds all
// extractions until mapping; for a large corpus that was most of its memory
// (about 19 KB per article). A SpillFile keeps each compacted extraction as
// its binary record (pipeline/extraction_record.h) in an unlinked temporary file
// and reads it back when the article is mapped, so memory follows the graph,
// not the number of articles.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/extraction.h"

namespace ckg {

class SpillFile {
 public:
  SpillFile() = default;
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;
  // Creates the file in `dir` (it is unlinked at once: nothing is left behind
  // by a killed build). Returns "" or the error.
  std::string open(const std::string& dir);
  // Appends the extraction; returns its number, or -1 (see error()).
  long long append(const ArticleExtraction& x);
  // Appends a record made by pack_extraction; the same as append().
  long long append_record(std::string_view record);
  // Reads extraction `n` back into `out`. Returns "" or the error.
  std::string load(long long n, ArticleExtraction& out) const;
  // Raw bytes, for other users of a spill file (the triple table's sorted
  // runs): appends `data` at the end; reads `len` bytes at `offset` into out.
  // Both return "" or the error.
  std::string append_bytes(std::string_view data);
  std::string read_bytes(std::uint64_t offset, std::size_t len, char* out) const;
  const std::string& error() const { return error_; }
  std::uint64_t bytes() const { return size_; }

 private:
  int fd_ = -1;
  std::string path_;
  std::uint64_t size_ = 0;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> records_;  // offset, length
  std::string error_;
};

}  // namespace ckg
