// The map/reduce split of a build for distributed runs.
//
// Map (`clusterkg extract`): articles -> N-Quads, one named graph per article
// (the same graph IRI as `clusterkg build` gives it). Each graph holds the
// article's triples as resolved within that article alone, plus one
// ckg:extractionRecord literal with the whole extraction as JSON (names,
// aliases, mentions, facts, evidence sentences). No state beyond the bundled
// gazetteer and lexicons, so shards can be extracted anywhere, in any order.
//
// Reduce (`clusterkg merge`): reads the records of all shards and runs the
// rest of the build (cross-article resolution, graph, writers), so the
// result equals a single-process build of the same inputs.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/extraction.h"
#include "input/reader.h"

namespace ckg {

// IRI of the predicate that carries the extraction record.
std::string extraction_record_iri();

// Streams map output (N-Quads) to a stdio stream.
class ShardWriter {
 public:
  explicit ShardWriter(FILE* out);
  ~ShardWriter();
  ShardWriter(const ShardWriter&) = delete;
  ShardWriter& operator=(const ShardWriter&) = delete;
  // Writes one article's named graph. Returns "" or the error.
  std::string write(const ArticleExtraction& x);
  std::string finish();
  std::size_t quads() const { return quads_; }

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
  std::size_t quads_ = 0;
};

// Reads the extraction records of one shard, appending to `out`. Other
// statements are ignored. Returns "" or an error naming the file (and line).
std::string read_shard(const std::filesystem::path& file, std::vector<ArticleExtraction>& out);

}  // namespace ckg
