#include "pipeline/triple_table.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace ckg {

std::uint32_t TripleTable::id(const Term& t) {
  scratch_.clear();
  scratch_ += t.kind == Term::Kind::Iri ? '\0' : '\1';  // Kind::Iri < Kind::Literal
  scratch_ += t.value;
  scratch_ += '\0';
  scratch_ += t.datatype;
  scratch_ += '\0';
  scratch_ += t.lang;
  auto it = ids_.find(scratch_);
  if (it != ids_.end()) return it->second;
  if (keys_.size() >= 0xFFFFFFFFu) throw std::length_error("more than 2^32 distinct RDF terms");
  const auto n = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back(scratch_);
  ids_.emplace(std::string_view(keys_.back()), n);
  return n;
}

void TripleTable::add(const Triple& t) { triples_.push_back({id(t.s), id(t.p), id(t.o)}); }

Term TripleTable::term(std::uint32_t n) const {
  const std::string& k = keys_[n];
  const auto a = k.find('\0', 1);
  const auto b = k.find('\0', a + 1);
  Term t;
  t.kind = k[0] == '\0' ? Term::Kind::Iri : Term::Kind::Literal;
  t.value = k.substr(1, a - 1);
  t.datatype = k.substr(a + 1, b - a - 1);
  t.lang = k.substr(b + 1);
  return t;
}

Triple TripleTable::triple(std::size_t i) const {
  const auto& t = triples_[i];
  return {term(t[0]), term(t[1]), term(t[2])};
}

void TripleTable::finish() {
  // The hash index is not needed any more; keys_ must not move while it exists.
  std::unordered_map<std::string_view, std::uint32_t>().swap(ids_);
  // Rank terms by (kind, value, datatype, lang): the key's byte order. A value
  // holding '\0' would break the tie order, but such terms are not valid RDF.
  std::vector<std::uint32_t> order(keys_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys_[a] < keys_[b]; });
  std::vector<std::uint32_t> rank(keys_.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  std::deque<std::string> sorted;
  for (auto n : order) sorted.push_back(std::move(keys_[n]));
  keys_ = std::move(sorted);
  for (auto& t : triples_)
    for (auto& x : t) x = rank[x];
  std::sort(triples_.begin(), triples_.end());
  triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
  triples_.shrink_to_fit();
}

}  // namespace ckg
