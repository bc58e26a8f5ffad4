// Minimal reader for the bundled TSV/CSV data files (no quoting in them).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ckg {

std::vector<std::string_view> split(std::string_view s, char sep);

// Rows of a delimited file without its header line; skips blank lines and
// lines starting with '#'. Trailing '\r' is removed.
std::vector<std::vector<std::string_view>> read_rows(std::string_view content, char sep);

}  // namespace ckg
