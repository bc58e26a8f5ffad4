// libFuzzer target: the money / count / year parser and the decimal helpers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/numbers.h"
#include "input/decode.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::u32string text = ckg::utf8::decode(ckg::decode_text(bytes).text);
  for (const auto& m : ckg::find_money(text)) {
    if (m.begin >= m.end || m.end > text.size()) std::abort();
    (void)ckg::format_yuan(m.value);
  }
  for (const auto& c : ckg::find_counts(text))
    if (c.begin >= c.end || c.end > text.size()) std::abort();
  for (const auto& y : ckg::find_years(text))
    if (y.begin >= y.end || y.end > text.size()) std::abort();
  // Every start position, as the extractor probes them.
  for (std::size_t i = 0; i < text.size() && i < 256; ++i) (void)ckg::money_at(text, i);
  (void)ckg::parse_chinese_integer(text);
  // The decimal helpers on the raw bytes, with an exponent from the first byte.
  const int exp10 = size > 0 ? static_cast<int>(data[0] % 24) - 4 : 0;
  (void)ckg::scale_decimal(bytes.substr(size > 0 ? 1 : 0), exp10);
  (void)ckg::format_yuan(bytes);
  return 0;
}
