// A fast N-Triples / N-Quads writer that produces the same bytes as raptor
// 2.0.15's serializers (non-ASCII as \uXXXX / \U00XXXXXX, upper-case hex;
// \t \n \r \" \\ escaped; other controls as \u00XX) without building a
// raptor statement per triple. Written atomically (util/atomic_file.h).
// tests/pipeline/ntriples_writer_test.cpp checks it against raptor.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/triples.h"
#include "pipeline/triple_table.h"
#include "util/atomic_file.h"

namespace ckg {

class NTriplesWriter {
 public:
  explicit NTriplesWriter(const std::filesystem::path& target);
  // graph: "" for N-Triples, else the named graph's IRI (N-Quads).
  void write(const Triple& t, const std::string& graph = "");
  void write(const TripleView& t);
  // Appends text already in N-Triples/N-Quads form (append_nquads).
  void write_text(std::string_view text);
  // Flushes, syncs and renames into place. Returns "" or the error.
  std::string finish();

 private:
  void flush();
  AtomicFile file_;
  std::string buf_;
  std::string error_;
  bool finished_ = false;
};

// Appends the N-Triples form of a term.
void append_ntriples_term(std::string& out, const Term& t);
void append_ntriples_term(std::string& out, const TermView& t);
// Appends one N-Triples (graph "") or N-Quads line.
void append_ntriples_line(std::string& out, const Triple& t, const std::string& graph);
// Appends the N-Quads lines of `triples` in graph `graph` (the same bytes as
// append_ntriples_line for each).
void append_nquads(std::string& out, const std::vector<Triple>& triples, const std::string& graph);

}  // namespace ckg
