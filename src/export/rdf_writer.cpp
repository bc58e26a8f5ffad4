#include "export/rdf_writer.h"

#include <raptor2.h>

#include "util/atomic_file.h"

namespace ckg {

const char* raptor_name(RdfFormat f) {
  switch (f) {
    case RdfFormat::Turtle:
      return "turtle";
    case RdfFormat::NTriples:
      return "ntriples";
    case RdfFormat::NQuads:
      return "nquads";
    case RdfFormat::RdfXml:
      return "rdfxml";
  }
  return "ntriples";
}

bool rdf_format_from_extension(const std::filesystem::path& p, RdfFormat& out) {
  const auto ext = p.extension().string();
  if (ext == ".ttl")
    out = RdfFormat::Turtle;
  else if (ext == ".nt")
    out = RdfFormat::NTriples;
  else if (ext == ".nq")
    out = RdfFormat::NQuads;
  else if (ext == ".rdf" || ext == ".xml" || ext == ".owl")
    out = RdfFormat::RdfXml;
  else
    return false;
  return true;
}

struct RdfFileWriter::Impl {
  raptor_world* world = nullptr;
  raptor_serializer* ser = nullptr;
  std::unique_ptr<AtomicFile> file;
  std::string error;
  bool finished = false;

  raptor_term* term(const Term& t) {
    if (t.kind == Term::Kind::Iri)
      return raptor_new_term_from_uri_string(world, reinterpret_cast<const unsigned char*>(t.value.c_str()));
    raptor_uri* dt = nullptr;
    if (!t.datatype.empty()) dt = raptor_new_uri(world, reinterpret_cast<const unsigned char*>(t.datatype.c_str()));
    raptor_term* r = raptor_new_term_from_counted_literal(
        world, reinterpret_cast<const unsigned char*>(t.value.data()), t.value.size(), dt,
        t.lang.empty() ? nullptr : reinterpret_cast<const unsigned char*>(t.lang.c_str()),
        static_cast<unsigned char>(t.lang.size()));
    if (dt) raptor_free_uri(dt);
    return r;
  }
};

static void log_handler(void* user, raptor_log_message* message) {
  auto* impl = static_cast<RdfFileWriter::Impl*>(user);
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR && impl->error.empty())
    impl->error = std::string("RDF writer: ") + (message->text ? message->text : "unknown error");
}

RdfFileWriter::RdfFileWriter(const std::filesystem::path& target, RdfFormat format) : impl_(new Impl) {
  impl_->world = raptor_new_world();
  raptor_world_set_log_handler(impl_->world, impl_.get(), log_handler);
  raptor_world_open(impl_->world);
  impl_->file = std::make_unique<AtomicFile>(target);
  if (!impl_->file->ok()) {
    impl_->error = impl_->file->error();
    return;
  }
  impl_->ser = raptor_new_serializer(impl_->world, raptor_name(format));
  if (!impl_->ser) {
    impl_->error = std::string("raptor has no serializer ") + raptor_name(format);
    return;
  }
  if (format == RdfFormat::Turtle || format == RdfFormat::RdfXml) {
    for (const auto& p : standard_prefixes()) {
      raptor_uri* u = raptor_new_uri(impl_->world, reinterpret_cast<const unsigned char*>(p.ns.c_str()));
      raptor_serializer_set_namespace(impl_->ser, u, reinterpret_cast<const unsigned char*>(p.prefix));
      raptor_free_uri(u);
    }
  }
  if (raptor_serializer_start_to_file_handle(impl_->ser, nullptr, impl_->file->file()) != 0)
    impl_->error = "cannot start the " + std::string(raptor_name(format)) + " writer for " + target.string();
}

RdfFileWriter::~RdfFileWriter() {
  if (impl_->ser) raptor_free_serializer(impl_->ser);
  if (impl_->world) raptor_free_world(impl_->world);
}

void RdfFileWriter::write(const Triple& t, const std::string& graph) {
  if (!impl_->error.empty() || !impl_->ser) return;
  raptor_term* g = graph.empty() ? nullptr
                                 : raptor_new_term_from_uri_string(
                                       impl_->world, reinterpret_cast<const unsigned char*>(graph.c_str()));
  raptor_statement* st =
      raptor_new_statement_from_nodes(impl_->world, impl_->term(t.s), impl_->term(t.p), impl_->term(t.o), g);
  if (!st) {
    impl_->error = "cannot build an RDF statement for <" + t.s.value + ">";
    return;
  }
  if (raptor_serializer_serialize_statement(impl_->ser, st) != 0 && impl_->error.empty())
    impl_->error = "cannot write an RDF statement for <" + t.s.value + ">";
  raptor_free_statement(st);
}

std::string RdfFileWriter::finish() {
  if (impl_->finished) return impl_->error;
  impl_->finished = true;
  if (impl_->ser) {
    raptor_serializer_serialize_end(impl_->ser);
    raptor_free_serializer(impl_->ser);
    impl_->ser = nullptr;
  }
  if (!impl_->error.empty()) return impl_->error;
  if (!impl_->file->commit()) impl_->error = impl_->file->error();
  return impl_->error;
}

const std::string& RdfFileWriter::error() const { return impl_->error; }

std::string write_rdf_file(const std::filesystem::path& target, RdfFormat format, const std::vector<Triple>& triples) {
  RdfFileWriter w(target, format);
  for (const auto& t : triples) w.write(t);
  return w.finish();
}

}  // namespace ckg
