#include "normalize/sentences.h"

#include "util/utf8.h"

namespace ckg {
namespace {

bool is_terminator(char32_t c) {
  return c == U'。' || c == '!' || c == '?' || c == ';' || c == U'！' || c == U'？' || c == U'；' || c == U'…';
}

bool is_closer(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == ')' || c == U'）' || c == U'》' || c == '"' ||
         c == '\'';
}

bool is_space(char32_t c) { return c == ' ' || c == '\n'; }

}  // namespace

std::vector<SentenceBounds> split_sentences(const std::u32string& text) {
  std::vector<SentenceBounds> out;
  const auto n = static_cast<std::uint32_t>(text.size());
  std::uint32_t start = 0;
  auto emit = [&](std::uint32_t end) {
    std::uint32_t b = start, e = end;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    if (e > b) out.push_back({b, e});
    start = end;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    const char32_t c = text[i];
    if (utf8::is_common_ideograph(c)) continue;  // ideographs end nothing (the common case)
    if (c == '\n') {
      emit(i + 1);
    } else if (is_terminator(c)) {
      std::uint32_t j = i + 1;
      while (j < n && (is_terminator(text[j]) || is_closer(text[j]))) ++j;
      emit(j);
      i = j - 1;
    }
  }
  emit(n);
  return out;
}

}  // namespace ckg
