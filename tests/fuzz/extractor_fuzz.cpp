// libFuzzer target: the whole extractor on one article made of the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/article.h"
#include "extract/extractor.h"
#include "input/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;  // an article, not a book: keeps executions fast
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ckg::Decoded d = ckg::decode_text(bytes);
  if (!d.error.empty()) return 0;
  ckg::Article a;
  a.source = "fuzz.txt";
  a.text = std::move(d.text);
  const auto nl = a.text.find('\n');
  if (nl != std::string::npos && nl < 200) a.title = a.text.substr(0, nl);
  ckg::finalize_article(a);
  (void)ckg::extract_article(a);
  return 0;
}
