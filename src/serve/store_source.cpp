#include "serve/store_source.h"

#include <system_error>
#include <vector>

#include "graph/triples.h"
#include "query/sparql.h"
#include "store/store.h"

namespace ckg::serve {

std::string load_store(SparqlEngine& engine, const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return dir.string() + ": no such store folder (write one with `clusterkg build --store " + dir.string() + "`)";
  if (!std::filesystem::exists(dir / "CURRENT", ec))
    return dir.string() + ": not a clusterkg store (no CURRENT file; write one with `clusterkg build --store`)";
  Store store;
  if (auto err = store.open(dir); !err.empty()) return err;
  if (store.article_count() == 0) return dir.string() + ": the store holds no articles";
  auto err = add_store_quads(store, engine);
  if (err.empty() && engine.size() == 0) err = dir.string() + ": the store holds no triples";
  return err;
}

std::string add_store_quads(Store& store, SparqlEngine& engine) {
  std::vector<Triple> batch;
  std::string graph;
  auto err = store.for_each_quad([&](const Triple& t, const std::string& g) {
    if (g != graph && !batch.empty()) {
      engine.add(batch, graph);
      batch.clear();
    }
    graph = g;
    batch.push_back(t);
  });
  if (!batch.empty()) engine.add(batch, graph);
  return err;
}

}  // namespace ckg::serve
