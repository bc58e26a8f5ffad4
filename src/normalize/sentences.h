// Splits normalised text into sentences: at 。！？!? ；; and line breaks, keeping
// closing quotes and brackets with the sentence they end.
#pragma once

#include <cstdint>
#include <vector>

#include "normalize/normalizer.h"

namespace ckg {

struct SentenceBounds {
  std::uint32_t begin;  // in the normalised text
  std::uint32_t end;    // exclusive
};

std::vector<SentenceBounds> split_sentences(const std::u32string& text);

}  // namespace ckg
