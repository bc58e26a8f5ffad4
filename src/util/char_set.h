// Membership of a code point in a fixed set by one bit test, for the sets
// the extraction rules test on every character they scan.
#pragma once

#include <bitset>
#include <string_view>

namespace ckg {

class CharSet {
 public:
  static constexpr char32_t kSize = 0x10000;  // the sets hold BMP characters only

  // Characters beyond the BMP are left out (operator() says no for them).
  explicit CharSet(std::u32string_view chars) {
    for (char32_t c : chars)
      if (c < kSize) bits_.set(c);
  }
  bool operator()(char32_t c) const { return c < kSize && bits_[c]; }  // [] has no second range check

 private:
  std::bitset<kSize> bits_;
};

}  // namespace ckg
