// A map from names (optionally tagged with a small integer, such as an entity
// type) to ints: an open-addressing table of (hash, tag, key, value) with the
// keys copied into one buffer. Used for the lexicons, looked up for every
// candidate name, and for an article's entities by (type, key). A lookup of
// an absent name reads one slot; std::unordered_map reads a bucket, a node and
// its string, and allocates a node and often a string per key.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace ckg {

class NameIndex {
 public:
  NameIndex() = default;
  // Room for `expected` keys without a regrowth.
  explicit NameIndex(std::size_t expected) { clear(expected); }
  // Adds (tag, name) -> value unless the key is there already (the first
  // value stays); returns the value stored under the key. Values must be >= 0.
  int emplace(std::string_view name, int value, int tag = 0) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const std::uint64_t h = hash(name, tag);
    Slot& s = slots_[probe(name, tag, h)];
    if (s.value >= 0) return s.value;
    s = {h, static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(name.size()), value, tag};
    keys_.append(name);
    ++size_;
    return value;
  }
  // The value stored for (tag, name), or -1.
  int find(std::string_view name, int tag = 0) const {
    if (slots_.empty()) return -1;
    return slots_[probe(name, tag, hash(name, tag))].value;
  }
  std::size_t size() const { return size_; }
  // Empties the index, keeping its memory; `expected` keys may follow without a regrowth.
  void clear(std::size_t expected = 0) {
    std::size_t cap = slots_.empty() ? 64 : slots_.size();
    while (cap < 2 * expected) cap *= 2;
    slots_.assign(cap, Slot{});
    keys_.clear();
    keys_.reserve(expected * 16);  // names of a few Chinese characters
    size_ = 0;
  }
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
    int tag = 0;
  };
  static std::uint64_t hash(std::string_view name, int tag) {
    return quick_hash(name) ^ (static_cast<std::uint64_t>(tag) * 0x9E3779B97F4A7C15ULL);
  }
  // The slot holding (tag, name), or the empty slot where it would go.
  std::size_t probe(std::string_view name, int tag, std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = h & mask;; k = (k + 1) & mask) {
      const Slot& s = slots_[k];
      if (s.value < 0) return k;
      if (s.hash == h && s.tag == tag && std::string_view(keys_).substr(s.offset, s.length) == name) return k;
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
