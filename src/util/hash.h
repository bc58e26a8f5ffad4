// Stable 64-bit FNV-1a hash: used for deterministic IRIs of articles and
// amounts and for content hashes. Never std::hash (not stable across builds).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ckg {

inline std::uint64_t fnv1a64(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

inline std::string hex64(std::uint64_t v) {
  static const char* kDigits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    v >>= 4;
  }
  return out;
}

}  // namespace ckg
