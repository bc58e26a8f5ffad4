// Data files compiled into the binary (see cmake/embed.cmake): the gazetteer,
// the lexicons, the sample corpus, the analyst queries and the ontology.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace ckg::embedded {

struct File {
  std::string_view path;  // relative to the project root, e.g. "data/places/regions.tsv"
  std::string_view content;
};

// All embedded files, sorted by path.
const std::vector<File>& files();

// The content of one embedded file, or nothing if it is not embedded.
inline std::optional<std::string_view> find(std::string_view path) {
  for (const auto& f : files())
    if (f.path == path) return f.content;
  return std::nullopt;
}

}  // namespace ckg::embedded
