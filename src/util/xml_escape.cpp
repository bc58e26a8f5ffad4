#include "util/xml_escape.h"

#include "util/utf8.h"

namespace ckg {

std::string xml_clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const std::size_t len = utf8::valid_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    // U+FFFE and U+FFFF are not XML characters.
    const std::string_view seq = s.substr(i, len);
    if (seq != "\xEF\xBF\xBE" && seq != "\xEF\xBF\xBF") out.append(seq);
    i += len;
  }
  return out;
}

std::string xml_escape(std::string_view s) {
  const std::string clean = xml_clean(s);
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace ckg
