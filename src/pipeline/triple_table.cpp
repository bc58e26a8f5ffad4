#include "pipeline/triple_table.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <stdexcept>

namespace ckg {

std::size_t TripleTable::hash(Term::Kind kind, std::string_view value, std::string_view datatype,
                              std::string_view lang) {
  std::size_t h = std::hash<std::string_view>{}(value) + static_cast<std::size_t>(kind);
  if (!datatype.empty()) h = (h ^ std::hash<std::string_view>{}(datatype)) * 0x9E3779B97F4A7C15ull;
  if (!lang.empty()) h = (h ^ std::hash<std::string_view>{}(lang)) * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 29);
}

bool TripleTable::same(std::uint32_t k, const Term& t) const {
  const std::string_view s = key(k);
  const std::size_t v = value_size_[k];
  if ((s[0] == '\0') != (t.kind == Term::Kind::Iri) || v != t.value.size()) return false;
  if (s.compare(1, v, t.value) != 0) return false;
  // The rest is datatype '\0' lang.
  const std::string_view rest = s.substr(v + 2);
  return rest.size() == t.datatype.size() + 1 + t.lang.size() && rest.compare(0, t.datatype.size(), t.datatype) == 0 &&
         rest[t.datatype.size()] == '\0' && rest.substr(t.datatype.size() + 1) == t.lang;
}

void TripleTable::grow() {
  std::vector<Slot> slots(slots_.empty() ? 1024 : slots_.size() * 2);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t k = 0; k < value_size_.size(); ++k) {
    const TermView t = view(k);
    const std::size_t h = hash(t.kind, t.value, t.datatype, t.lang);
    std::size_t i = h & mask;
    while (slots[i].key != 0) i = (i + 1) & mask;
    slots[i] = {k + 1, static_cast<std::uint32_t>(h >> 32)};
  }
  slots_ = std::move(slots);
}

std::uint32_t TripleTable::id(const Term& t) {
  if (value_size_.size() * 2 >= slots_.size()) grow();
  const std::size_t h = hash(t.kind, t.value, t.datatype, t.lang);
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (; slots_[i].key != 0; i = (i + 1) & mask)
    if (slots_[i].tag == tag && same(slots_[i].key - 1, t)) return slots_[i].key - 1;
  if (value_size_.size() >= 0xFFFFFFFEu) throw std::length_error("more than 2^32 distinct RDF terms");
  const auto k = static_cast<std::uint32_t>(value_size_.size());
  arena_ += t.kind == Term::Kind::Iri ? '\0' : '\1';  // Kind::Iri < Kind::Literal
  arena_ += t.value;
  arena_ += '\0';
  arena_ += t.datatype;
  arena_ += '\0';
  arena_ += t.lang;
  offsets_.push_back(arena_.size());
  value_size_.push_back(static_cast<std::uint32_t>(t.value.size()));
  slots_[i] = {k + 1, tag};
  return k;
}

void TripleTable::add(const Triple& t) { triples_.push_back({id(t.s), id(t.p), id(t.o)}); }

TermView TripleTable::term(std::uint32_t rank) const { return view(order_[rank]); }

TermView TripleTable::view(std::uint32_t id) const {
  const std::string_view k = key(id);
  const std::size_t v = value_size_[id];
  TermView t;
  t.kind = k[0] == '\0' ? Term::Kind::Iri : Term::Kind::Literal;
  t.value = k.substr(1, v);
  const std::string_view rest = k.substr(v + 2);  // datatype '\0' lang
  const auto z = rest.find('\0');
  t.datatype = rest.substr(0, z);
  t.lang = rest.substr(z + 1);
  return t;
}

TripleView TripleTable::triple(std::size_t i) const {
  const auto& t = triples_[i];
  return {term(t[0]), term(t[1]), term(t[2]), t};
}

void TripleTable::finish() {
  // The hash index is not needed any more.
  std::vector<Slot>().swap(slots_);
  // Rank terms by (kind, value, datatype, lang): the key's byte order. A value
  // holding '\0' would break the tie order, but such terms are not valid RDF.
  order_.resize(term_count());
  std::iota(order_.begin(), order_.end(), 0u);
  std::sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
  std::vector<std::uint32_t> rank(order_.size());
  for (std::uint32_t r = 0; r < order_.size(); ++r) rank[order_[r]] = r;
  for (auto& t : triples_)
    for (auto& x : t) x = rank[x];
  std::sort(triples_.begin(), triples_.end());
  triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
  triples_.shrink_to_fit();
}

}  // namespace ckg
