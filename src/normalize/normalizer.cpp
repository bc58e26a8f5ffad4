#include "normalize/normalizer.h"

#include "util/utf8.h"

namespace ckg {
namespace {

bool is_blank(char32_t c) { return c == ' ' || c == '\t'; }

// Characters next to which a blank carries no meaning in Chinese text.
bool is_tight(char32_t c) {
  return utf8::is_han(c) || utf8::is_ascii_digit(c) || (c >= 0x3000 && c <= 0x303F) || c == 0x201C || c == 0x201D ||
         c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026 || c == ',' || c == '.' || c == ':' || c == ';' ||
         c == '(' || c == ')' || c == '!' || c == '?' || c == '%';
}

}  // namespace

char32_t normalize_char(char32_t c) {
  if (utf8::is_common_ideograph(c)) return c;                // unchanged, without the switch
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;  // full-width ASCII
  switch (c) {
    case 0x3000:  // ideographic space
    case 0x00A0:  // no-break space
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case '\t':
    case '\f':
    case '\v':
      return ' ';
    case '\r':
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return '\n';
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
      return 0;
    case 0xFF5F:
      return '(';  // full-width white parentheses
    case 0xFF60:
      return ')';
    case 0xFFE5:
      return 0xA5;  // full-width yen sign
    default:
      break;
  }
  if (c < 0x20 && c != '\n') return 0;  // other C0 controls, NUL included
  if (c >= 0x7F && c < 0xA0) return 0;  // DEL and C1 controls
  return c;
}

Span NormalizedText::to_original(std::uint32_t begin, std::uint32_t end) const {
  if (orig.empty()) return {};
  const auto last = static_cast<std::uint32_t>(orig.size() - 1);
  if (begin > last) begin = last;
  if (end > last) end = last;
  Span s;
  s.begin = orig[begin];
  // end is exclusive: one past the original of the last normalised character.
  s.end = end > begin ? orig[end - 1] + 1 : s.begin;
  return s;
}

namespace {

// The normaliser over any source of code points: `src.next(c)` yields the
// next one (false at the end) and leaves in `src.last` where it starts, in
// the source's units; `src.ideograph(c, at)` yields it, with where it starts
// in `at`, only if it is a common ideograph (the fast path for runs of
// Chinese text); `src.lf_next()` tells whether the one after it is '\n' (for
// CRLF). `cap` bounds the number of code points.
template <class Source>
NormalizedText normalize_from(Source src, std::size_t cap) {
  NormalizedText out;
  // The output is never longer than the input: write into buffers of that
  // size and cut them to length at the end.
  out.text.resize(cap);
  out.orig.resize(cap + 1);
  out.orig_unit.resize(cap + 1);
  char32_t* text = out.text.data();
  std::uint32_t* orig = out.orig.data();
  std::uint32_t* unit = out.orig_unit.data();
  std::size_t n = 0;
  // Pending blank run (collapsed to one space, dropped next to tight chars).
  bool pending_blank = false;
  std::uint32_t blank_pos = 0;
  std::size_t i = 0;  // index of the code point in the original
  std::uint32_t blank_unit = 0;
  for (;; ++i) {
    if (!pending_blank) {  // a run of common ideographs, kept as they are
      char32_t c;
      std::size_t at;
      while (src.ideograph(c, at)) {
        text[n] = c;
        unit[n] = static_cast<std::uint32_t>(at);
        orig[n++] = static_cast<std::uint32_t>(i++);
      }
    }
    char32_t raw;
    if (!src.next(raw)) break;
    // Not a common ideograph unless a blank run is pending (the fast path
    // above took every other one): it goes through the rules below.
    const auto at = static_cast<std::uint32_t>(src.last);  // where raw starts, in source units
    char32_t c = normalize_char(raw);
    if (raw == '\r' && src.lf_next()) continue;  // CRLF -> LF
    if (c == 0) continue;
    if (is_blank(c)) {
      if (!pending_blank) {
        blank_pos = static_cast<std::uint32_t>(i);
        blank_unit = at;
      }
      pending_blank = true;
      continue;
    }
    if (pending_blank) {
      pending_blank = false;
      const bool at_start = n == 0 || text[n - 1] == '\n';
      // A blank between two Chinese characters separates phrases (two parts of a
      // headline): it is kept. Next to digits or punctuation it carries nothing.
      const bool between_han = !at_start && utf8::is_han(text[n - 1]) && utf8::is_han(c);
      if (!at_start && c != '\n' && (between_han || !(is_tight(text[n - 1]) || is_tight(c)))) {
        // Blanks are dropped from the run, so there is room for this one.
        text[n] = ' ';
        unit[n] = blank_unit;
        orig[n++] = blank_pos;
      }
    }
    text[n] = c;
    unit[n] = at;
    orig[n++] = static_cast<std::uint32_t>(i);
  }
  orig[n] = static_cast<std::uint32_t>(i);
  unit[n] = static_cast<std::uint32_t>(src.pos);
  out.text.resize(n);
  out.orig.resize(n + 1);
  out.orig_unit.resize(n + 1);
  return out;
}

struct CodePoints {
  std::u32string_view in;
  std::size_t pos = 0;
  std::size_t last = 0;  // where the code point next() gave starts
  bool next(char32_t& c) {
    if (pos >= in.size()) return false;
    last = pos;
    c = in[pos++];
    return true;
  }
  bool ideograph(char32_t& c, std::size_t& at) {
    if (pos >= in.size() || !utf8::is_common_ideograph(in[pos])) return false;
    at = pos;
    c = in[pos++];
    return true;
  }
  bool lf_next() const { return pos < in.size() && in[pos] == '\n'; }
};

// Decodes as utf8::decode does (U+FFFD for each invalid byte), on the fly.
struct Utf8Bytes {
  std::string_view in;
  std::size_t pos = 0;
  std::size_t last = 0;  // where the code point next() gave starts
  bool next(char32_t& c) {
    if (pos >= in.size()) return false;
    last = pos;
    c = utf8::next(in, pos);
    return true;
  }
  bool ideograph(char32_t& c, std::size_t& at) {
    const std::size_t from = pos;
    if (!utf8::next_common_ideograph(in, pos, c)) return false;
    at = from;
    return true;
  }
  bool lf_next() const { return pos < in.size() && in[pos] == '\n'; }
};

}  // namespace

NormalizedText normalize(std::u32string_view in) { return normalize_from(CodePoints{in}, in.size()); }

// One pass from the bytes: no decoded copy of the article is made.
NormalizedText normalize_utf8(std::string_view original) {
  // Sized by bytes, an upper bound of the code points; the buffers live only
  // as long as the article's extraction.
  return normalize_from(Utf8Bytes{original}, original.size());
}

}  // namespace ckg
