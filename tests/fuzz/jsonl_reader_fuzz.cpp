// libFuzzer target: the JSONL reader (one article per line, bad lines
// reported), and the streaming reader against it: on clean UTF-8 both must
// give the same articles and the same skipped lines.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "input/decode.h"
#include "input/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ckg::InputFile f{"fuzz.jsonl", "fuzz.jsonl"};
  std::vector<ckg::InputIssue> issues;
  std::vector<ckg::Article> whole;
  ckg::read_input(
      f, bytes,
      [&](ckg::Article&& a) {
        if (a.text.empty()) std::abort();
        whole.push_back(std::move(a));
      },
      issues);
  for (const auto& i : issues)
    if (i.file.empty() || i.reason.empty()) std::abort();

  // The streaming reader is only used for non-empty files that decode as UTF-8.
  if (bytes.empty()) return 0;
  const ckg::Decoded d = ckg::decode_text(bytes);
  if (!d.error.empty() || d.encoding != "UTF-8" || d.replaced > 0 || bytes.find('\0') != std::string_view::npos)
    return 0;
  std::vector<ckg::InputIssue> stream_issues;
  std::vector<ckg::Article> streamed;
  std::istringstream in{std::string(bytes)};
  ckg::read_jsonl_stream(
      f, in, [&](ckg::Article&& a) { streamed.push_back(std::move(a)); }, stream_issues);
  if (streamed.size() != whole.size()) std::abort();
  for (std::size_t i = 0; i < whole.size(); ++i)
    if (streamed[i].id != whole[i].id || streamed[i].text != whole[i].text || streamed[i].source != whole[i].source)
      std::abort();
  std::size_t skipped_whole = 0, skipped_stream = 0;
  for (const auto& i : issues) skipped_whole += i.skipped;
  for (const auto& i : stream_issues) skipped_stream += i.skipped;
  if (skipped_whole != skipped_stream) std::abort();
  return 0;
}
