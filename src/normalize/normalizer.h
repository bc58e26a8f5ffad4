// Text normalisation with an offset map back to the original text.
//
// Full-width ASCII forms (ＡＢＣ１２３，：；（）) become half-width, the
// ideographic space and other blanks become a plain space, CRLF/CR become LF,
// zero-width and control characters are dropped, and blanks next to digits or
// punctuation are dropped ("2700 万吨" -> "2700万吨"); a blank between two Chinese
// characters separates phrases (headline parts) and stays as one space. Every
// normalised code point remembers the code point of the original it came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/extraction.h"

namespace ckg {

// A vector allocator that leaves new elements uninitialised: the
// normaliser sizes its maps for the worst case and writes every element it
// keeps, so zeroing them first would be wasted work.
template <class T>
struct UninitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitAllocator<U>;
  };
  UninitAllocator() = default;
  template <class U>
  UninitAllocator(const UninitAllocator<U>&) {}
  template <class U>
  void construct(U* p) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using OffsetMap = std::vector<std::uint32_t, UninitAllocator<std::uint32_t>>;

struct NormalizedText {
  std::u32string text;
  // orig[i]: index (code points) in the original text of text[i];
  // orig[text.size()] is the original length.
  OffsetMap orig;
  // orig_unit[i]: the same position in the source's own units (bytes for
  // normalize_utf8, code points for normalize); orig_unit[text.size()] is
  // the source's size.
  OffsetMap orig_unit;

  // Maps a span of the normalised text to the original text.
  Span to_original(std::uint32_t begin, std::uint32_t end) const;
};

// Normalises one code point on its own (no context): full-width to half-width,
// odd blanks to ' ', CR to '\n'; returns 0 for characters to drop.
char32_t normalize_char(char32_t c);

NormalizedText normalize(std::u32string_view original);
NormalizedText normalize_utf8(std::string_view original);

}  // namespace ckg
