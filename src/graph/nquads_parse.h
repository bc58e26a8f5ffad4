// Streams an N-Quads file through raptor's parser: the one place that sets up
// a raptor world, parser and log handler for reading graph.nq files and
// shards (graph_loader, pipeline/shards).
#pragma once

#include <raptor2.h>

#include <filesystem>
#include <functional>
#include <string>

namespace ckg {

// Calls `on_quad` for each statement of `file` (the statement is raptor's and
// only valid during the call). Returns "" or the first error: the file cannot
// be opened, raptor fails to start, or a syntax error as
// "FILE: line L, column C: message".
std::string parse_nquads_file(const std::filesystem::path& file, const std::function<void(raptor_statement*)>& on_quad);

}  // namespace ckg
