// libFuzzer target: the binary extraction record (spill files and the
// records a build holds until mapping). Whatever the bytes, unpacking gives
// an error or a record; a record packs again to bytes that unpack to the
// same record.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pipeline/extraction_record.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ckg::ArticleExtraction x;
  if (!ckg::unpack_extraction(bytes, x).empty()) {
    if (!x.article.id.empty() || !x.entities.empty() || !x.facts.empty()) std::abort();  // left empty
    return 0;
  }
  const std::string again = ckg::pack_extraction(x);
  ckg::ArticleExtraction y;
  if (!ckg::unpack_extraction(again, y).empty()) std::abort();
  if (ckg::pack_extraction(y) != again) std::abort();
  return 0;
}
