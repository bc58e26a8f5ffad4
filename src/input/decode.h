// Turning the bytes of a file into UTF-8 text: BOMs, UTF-16, GB18030/GBK,
// Big5 (through ICU), with invalid UTF-8 sequences replaced and counted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ckg {

struct Decoded {
  std::string text;                  // valid UTF-8
  std::string encoding;              // what the input was: "UTF-8", "UTF-16LE", "GB18030", ...
  std::size_t replaced = 0;          // invalid sequences replaced by U+FFFD
  std::size_t first_bad_offset = 0;  // byte offset of the first one
  std::string error;                 // non-empty: the bytes are not text (binary, unknown encoding)
};

Decoded decode_text(std::string_view bytes);

}  // namespace ckg
