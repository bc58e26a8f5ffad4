// Finding a word in a long UTF-32 text. std::u32string_view::find looks for
// the first character one code point at a time; glibc's wmemchr does it with
// vector instructions (wchar_t is UTF-32 on Linux, as on every platform this
// builds on), several times faster on an article-length text. Same result as
// t.find(w, pos).
#pragma once

#include <algorithm>
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

// The positions of any of a few characters in t, in order: one wmemchr
// stream per character, so a scan for 落/位/坐/入/地 skips the text between
// hits instead of testing every character.
class AnyOf {
 public:
  static constexpr std::size_t kMax = 8;
  AnyOf(std::u32string_view t, std::u32string_view chars, std::size_t from = 0) : t_(t), chars_(chars.substr(0, kMax)) {
    for (std::size_t k = 0; k < chars_.size(); ++k) next_[k] = find_char(t_, chars_[k], from);
    settle();
  }
  // The current position (npos when there is none left).
  std::size_t pos() const { return pos_; }
  // Moves past pos(), and to `from` or later when from is further on.
  void next(std::size_t from = 0) {
    const std::size_t p = std::max(pos_ + 1, from);
    for (std::size_t k = 0; k < chars_.size(); ++k)
      if (next_[k] < p) next_[k] = find_char(t_, chars_[k], p);
    settle();
  }

 private:
  void settle() {
    pos_ = std::u32string_view::npos;
    for (std::size_t k = 0; k < chars_.size(); ++k) pos_ = next_[k] < pos_ ? next_[k] : pos_;
  }
  std::u32string_view t_, chars_;
  std::size_t next_[kMax] = {};
  std::size_t pos_ = std::u32string_view::npos;
};

}  // namespace ckg
