// The triples of a whole build, compactly: every distinct term is stored
// once (as one string) and a triple is three 32-bit term numbers. finish()
// sorts and deduplicates them in the order of Triple's operator< (terms are
// renumbered by rank first), so writers see exactly what sorting a
// std::vector<Triple> would give, at a fraction of the memory.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/triples.h"

namespace ckg {

class TripleTable {
 public:
  void add(const Triple& t);
  // Sorts and deduplicates; call once, after the last add().
  void finish();
  std::size_t size() const { return triples_.size(); }
  std::size_t term_count() const { return keys_.size(); }
  // The i-th triple (after finish(): in sorted order).
  Triple triple(std::size_t i) const;
  // Calls fn for each triple in order.
  template <class Fn>
  void for_each(Fn&& fn) const {
    for (std::size_t i = 0; i < triples_.size(); ++i) fn(triple(i));
  }

 private:
  std::uint32_t id(const Term& t);
  Term term(std::uint32_t id) const;
  std::deque<std::string> keys_;  // stable addresses for ids_; kind byte, value, '\0', datatype, '\0', lang
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::vector<std::array<std::uint32_t, 3>> triples_;
  std::string scratch_;
};

}  // namespace ckg
