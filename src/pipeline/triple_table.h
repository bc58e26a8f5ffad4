// The triples of a whole build, compactly: every distinct term is stored
// once, as bytes in one arena, and a triple is three 32-bit term numbers. An
// open-addressing hash index finds a term's number while triples are added.
// finish() sorts and deduplicates them in the order of Triple's operator<
// (terms are renumbered by rank first), so writers see exactly what sorting a
// std::vector<Triple> would give, at a fraction of the memory. Writers read
// terms as views into the arena, without copying them.
//
// For corpora larger than memory the table can keep its triples on disk
// (spill_to): whenever the terms and triples in memory pass a budget, they are
// sorted, deduplicated and appended to an unlinked temporary file as one
// sorted run, and the memory is freed. for_each() then merges the runs (a
// k-way merge that drops duplicates) in exactly the order the in-memory table
// would give, so every writer's output is the same byte for byte.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/triples.h"

namespace ckg {

// A term of the table, valid while the table lives.
struct TermView {
  Term::Kind kind = Term::Kind::Iri;
  std::string_view value, datatype, lang;
  Term to_term() const { return {kind, std::string(value), std::string(datatype), std::string(lang)}; }
};

// A triple of the table; `ids` are the terms' ranks (equal ids = equal terms).
struct TripleView {
  TermView s, p, o;
  std::array<std::uint32_t, 3> ids{};
  Triple to_triple() const { return {s.to_term(), p.to_term(), o.to_term()}; }
};

struct TripleRuns;

class TripleTable {
 public:
  TripleTable();
  ~TripleTable();
  TripleTable(TripleTable&&) noexcept;
  TripleTable& operator=(TripleTable&&) noexcept;
  // Keep at most about `memory_bytes` of terms and triples in memory; the rest
  // goes to sorted runs in a temporary file in `dir`. Call before add(). A
  // failure to create or write the file throws std::runtime_error naming it.
  void spill_to(const std::string& dir, std::size_t memory_bytes);
  void add(const Triple& t);
  // Sorts and deduplicates; call once, after the last add().
  void finish();
  // Distinct triples (after finish()). With runs on disk the first call may
  // read them all; for_each() counts them on the way.
  std::size_t size() const;
  bool empty() const { return triples_.empty() && run_count() == 0; }
  std::size_t run_count() const;
  std::uint64_t spilled_bytes() const;
  std::size_t term_count() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  // The i-th triple (after finish(): in sorted order). In memory only (no runs).
  TripleView triple(std::size_t i) const;
  // Calls fn(const TripleView&) for each triple in order. May run on several
  // threads at once. With runs, a view is valid until the call after the next
  // one (a writer may keep the previous triple), and `ids` tell only whether a
  // term equals the same term of the previous triple.
  template <class Fn>
  void for_each(Fn&& fn) const {
    if (run_count() > 0) return merge_runs(fn);
    for (std::size_t i = 0; i < triples_.size(); ++i) fn(triple(i));
  }

 private:
  void sort_unique();
  std::size_t memory_bytes() const;
  void flush_run();
  void merge_runs(const std::function<void(const TripleView&)>& fn) const;
  std::unique_ptr<TripleRuns> runs_;  // null: all in memory

  std::uint32_t id(const Term& t);
  std::string_view key(std::uint32_t id) const {
    return std::string_view(arena_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  TermView term(std::uint32_t rank) const;
  TermView view(std::uint32_t id) const;
  void grow();
  static std::size_t hash(Term::Kind kind, std::string_view value, std::string_view datatype, std::string_view lang);
  bool same(std::uint32_t k, const Term& t) const;
  // Each key: kind byte ('\0' IRI, '\1' literal), value, '\0', datatype, '\0', lang.
  std::string arena_;
  std::vector<std::uint64_t> offsets_{0};  // key i is arena_[offsets_[i], offsets_[i+1])
  std::vector<std::uint32_t> value_size_;  // per key
  struct Slot {
    std::uint32_t key = 0;  // key + 1, 0 = empty
    std::uint32_t tag = 0;  // high bits of the key's hash: most misses end here
  };
  std::vector<Slot> slots_;           // while adding
  std::vector<std::uint32_t> order_;  // after finish(): key of each rank
  std::vector<std::array<std::uint32_t, 3>> triples_;
};

}  // namespace ckg
