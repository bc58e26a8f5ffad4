#include "pipeline/shards.h"

#include <raptor2.h>

#include "graph/article_graph.h"
#include "graph/iri.h"
#include "graph/nquads_parse.h"
#include "graph/triples.h"
#include "link/resolver.h"
#include "pipeline/extraction_json.h"
#include "pipeline/ntriples_writer.h"

namespace ckg {

std::string extraction_record_iri() { return ckg_term("extractionRecord"); }

struct ShardWriter::Impl {
  FILE* out = nullptr;
  std::string buf;
  std::string error;
  bool finished = false;

  void flush() {
    if (error.empty() && !buf.empty() && std::fwrite(buf.data(), 1, buf.size(), out) != buf.size())
      error = "cannot write N-Quads to the output";
    buf.clear();
  }
};

ShardWriter::ShardWriter(FILE* out) : impl_(new Impl) {
  impl_->out = out;
  impl_->buf.reserve(1 << 20);
}

ShardWriter::~ShardWriter() = default;

std::string ShardWriter::write(const ArticleExtraction& x) {
  if (!impl_->error.empty()) return impl_->error;
  // The article's graph as far as this article alone can tell, in the
  // N-Quads bytes raptor would write (pipeline/ntriples_writer.h).
  EntityResolver local;
  local.observe(x);
  local.finalize();
  const ArticleGraph ag = map_article(x, local);
  const std::string graph = article_iri(x.article.id);
  for (const auto& t : article_triples(ag)) {
    append_ntriples_line(impl_->buf, t, graph);
    ++quads_;
  }
  append_ntriples_line(impl_->buf,
                       {Term::iri(graph), Term::iri(extraction_record_iri()),
                        Term::typed(extraction_to_json(x), "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")},
                       graph);
  ++quads_;
  if (impl_->buf.size() >= (1u << 20)) impl_->flush();
  return impl_->error;
}

std::string ShardWriter::finish() {
  if (impl_->finished) return impl_->error;
  impl_->finished = true;
  impl_->flush();
  return impl_->error;
}

namespace {

struct ShardReader {
  std::string file;
  std::string record_iri;
  std::vector<ArticleExtraction>* out = nullptr;
  std::string error;
  std::size_t statements = 0;
  int line = 0;

  void statement(raptor_statement* st) {
    ++statements;
    if (!error.empty()) return;
    if (st->predicate->type != RAPTOR_TERM_TYPE_URI) return;
    const char* p = reinterpret_cast<const char*>(raptor_uri_as_string(st->predicate->value.uri));
    if (record_iri != p) return;
    if (st->object->type != RAPTOR_TERM_TYPE_LITERAL) {
      error = file + ": statement " + std::to_string(statements) + ": extraction record is not a literal";
      return;
    }
    const auto& lit = st->object->value.literal;
    ArticleExtraction x;
    if (auto err = extraction_from_json(std::string_view(reinterpret_cast<const char*>(lit.string), lit.string_len), x);
        !err.empty()) {
      error = file + ": statement " + std::to_string(statements) + ": " + err;
      return;
    }
    out->push_back(std::move(x));
  }
};

}  // namespace

std::string read_shard(const std::filesystem::path& file, std::vector<ArticleExtraction>& out) {
  ShardReader reader;
  reader.file = file.string();
  reader.record_iri = extraction_record_iri();
  reader.out = &out;
  const std::size_t before = out.size();
  const std::string err = parse_nquads_file(file, [&](raptor_statement* st) { reader.statement(st); });
  if (!reader.error.empty()) return reader.error;
  if (!err.empty()) return err;
  if (out.size() == before && reader.statements > 0)
    return file.string() + ": no extraction records among " + std::to_string(reader.statements) +
           " statements (expected the output of `clusterkg extract`)";
  return "";
}

}  // namespace ckg
