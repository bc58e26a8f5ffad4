#include "util/utf8.h"

#include <simdjson.h>

namespace ckg::utf8 {

std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const unsigned char c = p[i];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[i + 1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[i + 1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[i + 1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[i + 1] >= 0x90) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

char32_t next_slow(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  if (p[0] < 0x80) {
    ++i;
    return p[0];
  }
  const std::size_t len = valid_sequence_length(s, i);
  switch (len) {
    case 2:
      i += 2;
      return static_cast<char32_t>(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
    case 3:
      i += 3;
      return decode3(p);
    case 4:
      i += 4;
      return static_cast<char32_t>(((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
                                   (p[3] & 0x3F));
    default:
      ++i;
      return 0xFFFD;
  }
}

std::u32string decode(std::string_view s) {
  // Short strings (names) are decoded on the stack and copied once, at their
  // size; long ones into a buffer sized by bytes, then cut.
  if (s.size() <= 64) {
    char32_t buf[64];
    char32_t* o = buf;
    for (std::size_t i = 0; i < s.size();) *o++ = next(s, i);
    return std::u32string(buf, static_cast<std::size_t>(o - buf));
  }
  std::u32string out;
  out.resize(s.size());
  char32_t* o = out.data();
  for (std::size_t i = 0; i < s.size();) *o++ = next(s, i);
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

void append(std::string& out, char32_t c) {
  char buf[4];
  out.append(buf, static_cast<std::size_t>(put(buf, c) - buf));
}

std::string encode(std::u32string_view s) {
  // Short strings (names) are encoded on the stack and copied once, at their
  // size, so that most stay in the string's own buffer.
  if (s.size() <= 32) {
    char buf[128];
    char* p = buf;
    for (char32_t c : s) p = put(p, c);
    return std::string(buf, static_cast<std::size_t>(p - buf));
  }
  std::string out;
  out.resize(s.size() * 4);
  char* p = out.data();
  for (char32_t c : s) p = put(p, c);
  out.resize(static_cast<std::size_t>(p - out.data()));
  return out;
}

bool valid(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

std::size_t length(std::string_view s) {
  // next() moves past a sequence exactly as valid_sequence_length measures
  // it (one byte for an invalid one), with fast paths for ASCII and CJK.
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) (void)next(s, i);
  return n;
}

bool length_at_least(std::string_view s, std::size_t n) {
  if (s.size() < n) return false;
  if (s.size() >= 4 * n) return true;  // no code point takes more than four bytes
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size() && k < n; ++k) (void)next(s, i);
  return k >= n;
}

}  // namespace ckg::utf8
