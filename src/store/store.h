// The persistent, incremental store behind `clusterkg build --store DIR`.
//
// Layout: DIR/CURRENT names the live generation folder DIR/gen-NNNNNN, which
// holds a Redland `hashes` store with hash-type 'bdb' and contexts (files
// kg-sp2o.db kg-po2s.db kg-so2p.db kg-contexts.db; one named graph per
// article, the same quads as the build's graph.nq) and manifest.tsv: one line
// per article with its id, source, content hash, a hash of its graph's
// triples and its extraction record (pipeline/extraction_json.h), so that a
// later build can redo cross-article resolution without extracting again.
//
// Updates never touch the live generation: the first change copies it to
// gen-NNNNNN+1.tmp, changes go there (a changed article's graph is removed
// with librdf_model_context_remove_statements and added again; only
// librdf_model_context_add_statement is used, each graph's triples are
// unique), the files are fsynced, the folder renamed, and CURRENT replaced
// atomically. A build killed at any point leaves CURRENT naming a complete
// generation; leftovers are removed by the next open. A build that changes
// nothing writes nothing. One process at a time (no lock).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/extraction.h"
#include "graph/triples.h"

namespace ckg {

struct StoreUpdate {
  std::size_t graphs_written = 0;  // article graphs added or replaced
  std::size_t graphs_removed = 0;  // article graphs removed (superseded)
  bool new_generation = false;     // false: nothing changed, nothing written
};

class Store {
 public:
  Store();
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Opens (or creates, if missing or empty) the store folder. Returns "" or an error.
  std::string open(const std::filesystem::path& dir);
  std::size_t article_count() const { return manifest_.size(); }
  const std::filesystem::path& generation_dir() const { return live_; }

  // True if an article with this id and content hash is stored; then it is
  // not extracted again, and `source` is recorded as its current source.
  bool has_current(const std::string& id, const std::string& content_hash, const std::string& source);

  // After extraction of the new/changed articles `fresh`: appends the stored
  // extractions of every article that `fresh` does not supersede (same id,
  // or same source as a stored article that was not read this time).
  std::string add_stored(const std::vector<ArticleExtraction>& fresh, std::vector<ArticleExtraction>& all);

  // Called for every article of the build, in id order, with its triples.
  // Writes its graph if it is new or its triples changed.
  std::string put(const ArticleExtraction& x, const std::vector<Triple>& triples);
  // Removes graphs of articles not put, switches to the new generation.
  std::string commit(StoreUpdate& update);

  // Every stored quad, graphs in IRI order.
  std::string for_each_quad(const std::function<void(const Triple&, const std::string& graph)>& fn);

  struct Impl;

 private:
  struct Entry {
    std::string source, content_hash, graph_hash, record;
  };
  std::string begin_changes();
  std::filesystem::path dir_, live_;  // live_ = "" when the store is new
  long generation_ = 0;
  std::map<std::string, Entry> manifest_;          // by article id
  std::map<std::string, std::string> new_source_;  // id -> source read this time (skipped articles)
  std::map<std::string, Entry> next_;              // the manifest being built by put()
  std::size_t written_ = 0;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ckg
