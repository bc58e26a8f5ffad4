// The build pipeline: input -> normalisation/extraction -> cross-article
// linking -> graph -> RDF/GraphML writers. Used by `clusterkg build`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "input/reader.h"

namespace ckg {

struct BuildOptions {
  std::vector<std::string> inputs;  // files/folders; empty = the bundled sample corpus
  std::filesystem::path output_dir = "out";
  bool strict = false;  // any skipped input is fatal
};

struct BuildReport {
  std::size_t files = 0;             // input files found
  std::size_t articles = 0;          // articles read
  std::size_t duplicates = 0;        // articles with the same content as an earlier one
  std::size_t entities = 0;          // graph nodes that are entities
  std::size_t facts = 0;             // graph edges (excluding the `within` closure) + counts
  std::size_t triples = 0;           // distinct triples in graph.ttl
  std::vector<InputIssue> issues;    // skipped inputs and warnings
  std::vector<std::string> written;  // files written
  std::string error;                 // fatal error ("" if none)
  std::size_t skipped() const;
};

BuildReport run_build(const BuildOptions& options);

// One line for stderr: "clusterkg: 8 articles read, 0 skipped, 312 facts, 4 files written to out".
std::string summary_line(const BuildReport& r, const std::filesystem::path& dir);

}  // namespace ckg
