#include "pipeline/shards.h"

#include <raptor2.h>

#include "graph/article_graph.h"
#include "graph/iri.h"
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

void shard_statement(void* user, raptor_statement* st) { static_cast<ShardReader*>(user)->statement(st); }

void shard_log(void* user, raptor_log_message* m) {
  auto* r = static_cast<ShardReader*>(user);
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || !r->error.empty()) return;
  std::string where = r->file;
  if (m->locator && m->locator->line > 0) where += ": line " + std::to_string(m->locator->line);
  r->error = where + ": " + (m->text ? m->text : "syntax error");
}

}  // namespace

std::string read_shard(const std::filesystem::path& file, std::vector<ArticleExtraction>& out) {
  ShardReader reader;
  reader.file = file.string();
  reader.record_iri = extraction_record_iri();
  reader.out = &out;
  const std::size_t before = out.size();
  std::unique_ptr<FILE, int (*)(FILE*)> stream(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!stream) return file.string() + ": cannot open for reading";
  std::unique_ptr<raptor_world, void (*)(raptor_world*)> world(raptor_new_world(), &raptor_free_world);
  if (!world || raptor_world_open(world.get()) != 0) return "cannot start raptor";
  raptor_world_set_log_handler(world.get(), &reader, shard_log);
  std::unique_ptr<raptor_parser, void (*)(raptor_parser*)> parser(raptor_new_parser(world.get(), "nquads"),
                                                                  &raptor_free_parser);
  if (!parser) return "raptor has no N-Quads parser";
  raptor_parser_set_statement_handler(parser.get(), &reader, shard_statement);
  unsigned char* uri_string = raptor_uri_filename_to_uri_string(std::filesystem::absolute(file).c_str());
  raptor_uri* base = raptor_new_uri(world.get(), uri_string);
  raptor_free_memory(uri_string);
  const int rc = raptor_parser_parse_file_stream(parser.get(), stream.get(), file.c_str(), base);
  raptor_free_uri(base);
  if (!reader.error.empty()) return reader.error;
  if (rc != 0) return file.string() + ": cannot be read as N-Quads";
  if (out.size() == before && reader.statements > 0)
    return file.string() + ": no extraction records among " + std::to_string(reader.statements) +
           " statements (expected the output of `clusterkg extract`)";
  return "";
}

}  // namespace ckg
