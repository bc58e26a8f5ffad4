// The build pipeline: input -> normalisation/extraction (a pool of worker
// threads) -> cross-article linking -> graph (three pipelined threads) ->
// RDF/GraphML/GEXF writers (one task per file, in parallel). Used by
// `clusterkg build` and, from the resolution step on, by `clusterkg merge`
// and the persistent store.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/extraction.h"
#include "graph/triples.h"
#include "input/reader.h"

namespace ckg {

// Which graph files a build writes (default: all six). A build owns the six
// graph.* names in its output folder: a file not selected is removed from it,
// so the folder never mixes files of different builds.
struct OutputFormats {
  bool nq = true, ttl = true, nt = true, rdf = true, graphml = true, gexf = true;
  // "all" or a comma-separated list of nq, ttl, nt, rdf, graphml, gexf.
  // Returns "" or what is wrong with `list`.
  static std::string parse(std::string_view list, OutputFormats& out);
  // The sorted triple table (Turtle, N-Triples, RDF/XML) is needed.
  bool needs_table() const { return ttl || nt || rdf; }
};

struct BuildOptions {
  std::vector<std::string> inputs;  // files/folders; empty = the bundled sample corpus
  std::filesystem::path output_dir = "out";
  bool strict = false;          // any skipped input is fatal
  unsigned jobs = 0;            // extraction threads; 0 = all cores
  bool progress = false;        // progress line on stderr (the CLI sets it when stderr is a terminal)
  std::filesystem::path store;  // "" = no persistent store; else the store folder (see store/store.h)
  OutputFormats formats;
  // Park extractions on disk until they are mapped (pipeline/spill.h): Auto
  // does so when the inputs are over 256 MB and there is no store.
  enum class Spill { Auto, On, Off } spill = Spill::Auto;
  // When spilling: the most memory (MiB) the table of distinct triples keeps
  // before it writes a sorted run to $TMPDIR (pipeline/triple_table.h).
  std::size_t spill_table_mib = 1024;
};

// Seconds spent per stage; `bytes` is the article text extracted.
struct StageTimes {
  std::uint64_t bytes = 0;
  unsigned jobs = 0;
  double load = 0;          // the extraction knowledge (gazetteer, lexicons, matcher), built once
  double read = 0;          // reader thread, busy
  double extract = 0;       // summed over extraction threads
  double extract_cpu = 0;   // the same in thread CPU time
  double extract_wall = 0;  // read + extract, wall clock (they overlap)
  double record_cpu = 0;    // on the extraction threads after extraction: compacted, names observed, records packed
  double resolve = 0;       // cross-article resolution
  double map = 0;           // article graphs, KnowledgeGraph, N-Quads stream (wall)
  // Within `map`: this thread (article graphs, KnowledgeGraph) and the triple
  // sink (per-article triples, N-Quads text, triple table; a second thread with -j > 1).
  double map_articles = 0, map_kg = 0, map_triples = 0, map_nq = 0, map_table = 0;
  // Resident memory (MiB) when extraction is done, when mapping is done, and the peak.
  double rss_extracted = 0, rss_mapped = 0, rss_peak = 0;
  double heap_extracted = -1, heap_mapped = -1;
  std::size_t table_runs = 0;   // sorted runs of the triple table on disk (0: in memory)
  double table_spilled_mb = 0;  // allocated bytes in MiB (jemalloc only; -1 unknown)
  double spilled_mb = 0;        // extraction records parked on disk (0: kept in memory)
  double record_mb = 0;         // extraction records held (in memory or on disk)
  double write = 0;             // sorting and the Turtle, N-Triples, RDF/XML, GraphML, GEXF files
  double store = 0;             // persistent store update (0 without --store)
  double total = 0;
  std::vector<std::pair<std::string, double>> files;  // seconds per output file (within `write`)
};

struct BuildReport {
  std::size_t files = 0;             // input files found
  std::size_t articles = 0;          // articles read
  std::size_t duplicates = 0;        // articles with the same content as an earlier one
  std::size_t entities = 0;          // graph nodes that are entities
  std::size_t facts = 0;             // graph edges (excluding the `within` closure) + counts
  std::size_t triples = 0;           // distinct triples in graph.ttl
  std::size_t quads = 0;             // statements in graph.nq
  std::vector<InputIssue> issues;    // skipped inputs and warnings
  std::vector<std::string> written;  // files written
  std::string error;                 // fatal error ("" if none)
  StageTimes times;
  // With a store: articles extracted anew, skipped (same content hash as
  // stored), and named graphs replaced or added in the store.
  std::size_t store_extracted = 0, store_skipped = 0, store_graphs_written = 0, store_graphs_removed = 0;
  std::size_t skipped() const;
};

BuildReport run_build(const BuildOptions& options);

// The back half of a build: resolves entities across `extractions` (unique
// ids; any order), maps each article, and writes graph.{nq,ttl,nt,rdf,graphml,gexf}
// into `dir`. Fills the counts, `written`, `error` and times of `report`.
// Each extraction is emptied once its article is mapped (to free memory).
// `on_article` (if set) sees each article with its triples, in id order.
// With `threads` > 1 the mapping overlaps with formatting N-Quads and
// collecting triples, and the graph files are written in parallel (each file
// by one thread); the bytes do not depend on `threads`.
using ArticleHook = std::function<std::string(const ArticleExtraction&, const std::vector<Triple>&)>;
class EntityResolver;
struct WriteOptions {
  OutputFormats formats;
  unsigned threads = 1;
  // With `load`, the extractions are stubs (only article.id set) that load()
  // fills just before the article is mapped, and `observed` is a resolver
  // that has already observed every article (not finalized).
  std::function<std::string(ArticleExtraction&)> load;
  EntityResolver* observed = nullptr;
  // With table_memory > 0, the triple table keeps sorted runs in table_dir
  // beyond that many bytes.
  std::string table_dir;
  std::size_t table_memory = 0;
};
void write_build_outputs(std::vector<ArticleExtraction>& extractions, const std::filesystem::path& dir,
                         BuildReport& report, const ArticleHook& on_article = {}, const WriteOptions& options = {});

// One line for stderr: "clusterkg: 8 articles read, 0 skipped, 312 facts, 4 files written to out".
std::string summary_line(const BuildReport& r, const std::filesystem::path& dir);
// Lines for `--timings`: MB/s per stage, triples/s.
std::string timings_text(const BuildReport& r);

}  // namespace ckg
