// The web page of `clusterkg serve`, compiled into the binary by
// cmake/web_embed.cmake: index.html, style.css and, when the build bundled it
// with npm (CMake option CKG_WEB), app.js with cytoscape inside.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace ckg::serve::web {

struct File {
  std::string_view path;  // "index.html", "style.css", "app.js"
  std::string_view content;
};

const std::vector<File>& files();

inline std::optional<std::string_view> find(std::string_view path) {
  for (const auto& f : files())
    if (f.path == path) return f.content;
  return std::nullopt;
}

// True when the JavaScript bundle is embedded (the page works).
inline bool bundled() { return find("app.js").has_value(); }

}  // namespace ckg::serve::web
