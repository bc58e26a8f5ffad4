// libFuzzer target: the HTML reader (libxml2's HTML parser, title and date).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "input/reader.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<ckg::InputIssue> issues;
  ckg::InputFile f{"fuzz.html", "fuzz.html"};
  ckg::read_input(
      f, bytes,
      [&](ckg::Article&& a) {
        // Text handed on is valid UTF-8.
        for (std::size_t i = 0; i < a.text.size();) {
          const std::size_t n = ckg::utf8::valid_sequence_length(a.text, i);
          if (n == 0) std::abort();
          i += n;
        }
      },
      issues);
  const ckg::HtmlText h = ckg::html_to_text(bytes);
  (void)ckg::normalize_date(h.date);
  return 0;
}
