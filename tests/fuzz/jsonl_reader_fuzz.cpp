// libFuzzer target: the JSONL reader (one article per line, bad lines reported).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "input/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<ckg::InputIssue> issues;
  std::size_t articles = 0;
  ckg::InputFile f{"fuzz.jsonl", "fuzz.jsonl"};
  ckg::read_input(
      f, bytes,
      [&](ckg::Article&& a) {
        if (a.text.empty()) std::abort();
        ++articles;
      },
      issues);
  for (const auto& i : issues)
    if (i.file.empty() || i.reason.empty()) std::abort();
  return 0;
}
