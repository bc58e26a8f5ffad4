// `clusterkg serve --store DIR`: the graph of a store written by
// `clusterkg build --store DIR` (store/store.h), loaded into the query
// engine's in-memory store the same way `clusterkg query --store` does.
#pragma once

#include <filesystem>
#include <string>

namespace ckg {
class SparqlEngine;
class Store;
}  // namespace ckg

namespace ckg::serve {

// Adds every quad of the store's live generation to `engine`, one named graph
// per article. Unlike Store::open, never creates a store: a missing folder, a
// folder that is not a store, and a store without articles are errors.
// Returns "" or an error naming the folder. The store (its own librdf world
// and Berkeley DB handles) is closed again before this returns, so nothing of
// it is shared with forked query workers.
std::string load_store(SparqlEngine& engine, const std::filesystem::path& dir);

// Adds every quad of an open store to `engine`, a batch per named graph (used
// by load_store and by `clusterkg query --store`). Returns "" or the error.
std::string add_store_quads(Store& store, SparqlEngine& engine);

}  // namespace ckg::serve
