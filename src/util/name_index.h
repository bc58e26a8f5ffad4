// A map from names to ints for the lexicons, which are built once and looked
// up for every candidate name: an open-addressing table of (hash, key, value)
// with the keys in one buffer. A lookup of an absent name (most of them)
// reads one slot; std::unordered_map reads a bucket, a node and its string,
// each a likely cache miss in a table of thousands of names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace ckg {

class NameIndex {
 public:
  // Adds name -> value unless the name is there already (the first value stays).
  void emplace(std::string_view name, int value) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const std::uint64_t h = quick_hash(name);
    Slot& s = slots_[probe(name, h)];
    if (s.value >= 0) return;
    s = {h, static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(name.size()), value};
    keys_.append(name);
    ++size_;
  }
  // The value stored for name, or -1. Values must be >= 0.
  int find(std::string_view name) const {
    if (slots_.empty()) return -1;
    return slots_[probe(name, quick_hash(name))].value;
  }
  std::size_t size() const { return size_; }
  // Calls f(name) for every name, in no particular order.
  template <class F>
  void for_each_name(F f) const {
    for (const auto& s : slots_)
      if (s.value >= 0) f(std::string_view(keys_).substr(s.offset, s.length));
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0, length = 0;  // the key in keys_
    int value = -1;                        // -1: empty
  };
  // The slot holding name, or the empty slot where it would go.
  std::size_t probe(std::string_view name, std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = h & mask;; k = (k + 1) & mask) {
      const Slot& s = slots_[k];
      if (s.value < 0) return k;
      if (s.hash == h && std::string_view(keys_).substr(s.offset, s.length) == name) return k;
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const auto& s : old) {
      if (s.value < 0) continue;
      std::size_t k = s.hash & mask;
      while (slots_[k].value >= 0) k = (k + 1) & mask;
      slots_[k] = s;
    }
  }
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::string keys_;
  std::size_t size_ = 0;
};

}  // namespace ckg
