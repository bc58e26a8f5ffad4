// RDF output through raptor: Turtle (with prefixes), N-Triples, N-Quads (one
// named graph per article) and RDF/XML. Statements are written in the order
// given (callers sort them), so output is byte-identical for the same input.
// Files are written to a temporary name and renamed when complete.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "graph/triples.h"

namespace ckg {

enum class RdfFormat { Turtle, NTriples, NQuads, RdfXml };

const char* raptor_name(RdfFormat f);
// Chooses the format from a file extension (.ttl .nt .nq .rdf/.xml/.owl).
bool rdf_format_from_extension(const std::filesystem::path& p, RdfFormat& out);

// Streams statements to one file as they come (N-Triples, N-Quads, and the
// buffering Turtle/RDF-XML writers of raptor). Errors are sticky: check
// error() after finish().
class RdfFileWriter {
 public:
  RdfFileWriter(const std::filesystem::path& target, RdfFormat format);
  ~RdfFileWriter();
  RdfFileWriter(const RdfFileWriter&) = delete;
  RdfFileWriter& operator=(const RdfFileWriter&) = delete;

  // graph: the IRI of the named graph (N-Quads only; "" = default graph).
  void write(const Triple& t, const std::string& graph = "");
  // Completes the file and renames it into place. Returns "" or the error.
  std::string finish();
  const std::string& error() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Writes a whole sorted triple list in one go.
std::string write_rdf_file(const std::filesystem::path& target, RdfFormat format, const std::vector<Triple>& triples);

}  // namespace ckg
