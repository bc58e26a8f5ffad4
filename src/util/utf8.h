// UTF-8 <-> UTF-32 helpers. The extractor works on code points (std::u32string)
// so that offsets are character offsets, as the RDF output reports them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ckg::utf8 {

// Decodes UTF-8; each invalid byte becomes U+FFFD (input is validated earlier
// by the reader, so this only guards against misuse).
std::u32string decode(std::string_view s);
// The code point of a well-formed three-byte sequence at p.
inline char32_t decode3(const unsigned char* p) {
  return static_cast<char32_t>(((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
}
// Decodes the code point at s[i] (U+FFFD for an invalid byte) and moves i past it.
char32_t next_slow(std::string_view s, std::size_t& i);
inline char32_t next(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  if (p[0] < 0x80) {
    ++i;
    return p[0];
  }
  // The common case of Chinese text: a well-formed three-byte sequence
  // whose lead byte allows any continuation (not E0, overlong, or ED, surrogates).
  if (p[0] >= 0xE1 && p[0] != 0xED && p[0] <= 0xEF && i + 2 < s.size() && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80) {
    i += 3;
    return decode3(p);
  }
  return next_slow(s, i);
}
// If s[i] starts a common ideograph (U+4E00..U+9FFF: three bytes, lead byte
// E4 to E9), decodes it as next() would, moves i past it and returns true;
// otherwise leaves i and returns false. Runs of Chinese text take this path.
inline bool next_common_ideograph(std::string_view s, std::size_t& i, char32_t& c) {
  if (i + 2 >= s.size()) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  if (p[0] < 0xE4 || p[0] > 0xE9 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return false;
  const char32_t v = decode3(p);  // E4 also starts U+4000..U+4DFF
  if (v < 0x4E00) return false;
  c = v;
  i += 3;
  return true;
}
// Writes c as UTF-8 at p (room for 4 bytes); returns the end. Surrogates and
// values beyond U+10FFFF become U+FFFD.
inline char* put(char* p, char32_t c) {
  if (c < 0x80) {
    *p++ = static_cast<char>(c);
    return p;
  }
  if (c < 0x800) {
    *p++ = static_cast<char>(0xC0 | (c >> 6));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
    return p;
  }
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
  if (c < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (c >> 12));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
    return p;
  }
  *p++ = static_cast<char>(0xF0 | (c >> 18));
  *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  *p++ = static_cast<char>(0x80 | (c & 0x3F));
  return p;
}
std::string encode(std::u32string_view s);
void append(std::string& out, char32_t c);
// Whether s is well-formed UTF-8 throughout (simdjson's SIMD validator:
// memory speed, the same verdict as valid_sequence_length at every position).
bool valid(std::string_view s);
// Number of code points in s (invalid bytes count one each).
std::size_t length(std::string_view s);
// length(s) >= n, reading no more of s than it takes to know.
bool length_at_least(std::string_view s, std::size_t n);
// Length in bytes of the valid UTF-8 sequence starting at s[i], or 0 if the
// bytes there are not a valid, shortest-form sequence of a scalar value.
std::size_t valid_sequence_length(std::string_view s, std::size_t i);

// The CJK Unified Ideographs block: most characters of Chinese text, and
// never changed or dropped by normalisation (the fast paths test this first).
inline bool is_common_ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
inline bool is_han(char32_t c) {
  return is_common_ideograph(c) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
         (c >= 0xF900 && c <= 0xFAFF);
}
inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_alnum(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

}  // namespace ckg::utf8
