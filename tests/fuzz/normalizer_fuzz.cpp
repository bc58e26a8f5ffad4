// libFuzzer target: the text normaliser on arbitrary bytes (decoded as UTF-8
// the way the readers do) and its offset map back to the original.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "input/decode.h"
#include "normalize/normalizer.h"
#include "normalize/sentences.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const ckg::Decoded d = ckg::decode_text(bytes);
  const std::u32string original = ckg::utf8::decode(d.text);
  const ckg::NormalizedText n = ckg::normalize(original);
  // Invariants: one origin per normalised code point plus the end, in range and not decreasing.
  if (n.orig.size() != n.text.size() + 1) std::abort();
  for (std::size_t i = 0; i < n.orig.size(); ++i) {
    if (n.orig[i] > original.size()) std::abort();
    if (i > 0 && n.orig[i] < n.orig[i - 1]) std::abort();
  }
  if (!n.text.empty()) {
    const auto span = n.to_original(0, static_cast<std::uint32_t>(n.text.size()));
    (void)span;
  }
  // The UTF-8 round trip of valid text is exact.
  if (ckg::utf8::decode(ckg::utf8::encode(original)) != original) std::abort();
  (void)ckg::normalize_utf8(bytes);
  return 0;
}
