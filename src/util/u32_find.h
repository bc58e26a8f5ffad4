// Finding a word in a long UTF-32 text. std::u32string_view::find looks for
// the first character one code point at a time; glibc's wmemchr does it with
// vector instructions (wchar_t is UTF-32 on Linux, as on every platform this
// builds on), several times faster on an article-length text. Same result as
// t.find(w, pos).
#pragma once

#include <cstddef>
#include <cwchar>
#include <string>
#include <string_view>

namespace ckg {

inline std::size_t find_in_text(std::u32string_view t, std::u32string_view w, std::size_t pos = 0) {
  static_assert(sizeof(wchar_t) == sizeof(char32_t));
  constexpr auto npos = std::u32string_view::npos;
  const std::size_t n = t.size();
  if (w.empty()) return pos <= n ? pos : npos;
  while (pos < n && w.size() <= n - pos) {
    const auto* base = reinterpret_cast<const wchar_t*>(t.data());
    const wchar_t* hit = std::wmemchr(base + pos, static_cast<wchar_t>(w[0]), n - pos - w.size() + 1);
    if (hit == nullptr) return npos;
    pos = static_cast<std::size_t>(hit - base);
    if (std::char_traits<char32_t>::compare(t.data() + pos + 1, w.data() + 1, w.size() - 1) == 0) return pos;
    ++pos;
  }
  return npos;
}

// The first position at or after pos where t holds c (t.find(c, pos)), by wmemchr.
inline std::size_t find_char(std::u32string_view t, char32_t c, std::size_t pos = 0) {
  static_assert(sizeof(wchar_t) == sizeof(char32_t));
  if (pos >= t.size()) return std::u32string_view::npos;
  const auto* base = reinterpret_cast<const wchar_t*>(t.data());
  const wchar_t* hit = std::wmemchr(base + pos, static_cast<wchar_t>(c), t.size() - pos);
  return hit == nullptr ? std::u32string_view::npos : static_cast<std::size_t>(hit - base);
}

}  // namespace ckg
