#include "query/sparql.h"

#include <redland.h>

#include <unordered_set>

#include "query/query_guard.h"

namespace ckg {

struct SparqlEngine::Impl {
  librdf_world* world = nullptr;
  librdf_storage* storage = nullptr;
  librdf_model* model = nullptr;
  std::unordered_set<std::string> seen;  // N-Quads form of every stored statement
  std::size_t count = 0;
  std::vector<std::string> messages;  // errors logged by librdf/raptor/rasqal

  bool add_statement(librdf_statement* st, librdf_node* graph) {
    // Each distinct triple is stored once, in the first named graph that holds
    // it: librdf answers default-graph patterns from every context, so a
    // triple stored in two graphs would give duplicate solutions.
    std::string key;
    for (raptor_term* t : {st->subject, st->predicate, st->object}) {
      unsigned char* s = t ? raptor_term_to_string(t) : nullptr;
      if (s) {
        key += reinterpret_cast<const char*>(s);
        raptor_free_memory(s);
      }
      key += ' ';
    }
    if (!seen.insert(std::move(key)).second) return false;
    librdf_model_context_add_statement(model, graph, st);
    ++count;
    return true;
  }
};

namespace {

int log_handler(void* user, librdf_log_message* message) {
  auto* impl = static_cast<SparqlEngine::Impl*>(user);
  const int level = librdf_log_message_level(message);
  if (level < LIBRDF_LOG_ERROR) return 1;  // warnings (e.g. "bound but unused") are noise
  std::string text = librdf_log_message_message(message) ? librdf_log_message_message(message) : "error";
  raptor_locator* loc = librdf_log_message_locator(message);
  if (loc && loc->line > 0) {
    text = "line " + std::to_string(loc->line) + (loc->column > 0 ? ", column " + std::to_string(loc->column) : "") +
           ": " + text;
  }
  impl->messages.push_back(text);
  return 1;
}

ResultTerm to_term(librdf_node* n) {
  ResultTerm t;
  if (librdf_node_is_resource(n)) {
    t.kind = ResultTerm::Kind::Iri;
    t.value = reinterpret_cast<const char*>(librdf_uri_as_string(librdf_node_get_uri(n)));
  } else if (librdf_node_is_blank(n)) {
    t.kind = ResultTerm::Kind::Blank;
    t.value = reinterpret_cast<const char*>(librdf_node_get_blank_identifier(n));
  } else {
    t.kind = ResultTerm::Kind::Literal;
    size_t len = 0;
    const unsigned char* v = librdf_node_get_literal_value_as_counted_string(n, &len);
    t.value.assign(reinterpret_cast<const char*>(v), len);
    if (librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(n))
      t.datatype = reinterpret_cast<const char*>(librdf_uri_as_string(dt));
    if (const char* lang = librdf_node_get_literal_value_language(n)) t.lang = lang;
  }
  return t;
}

Term to_triple_term(librdf_node* n) {
  ResultTerm r = to_term(n);
  if (r.kind == ResultTerm::Kind::Iri) return Term::iri(r.value);
  if (r.kind == ResultTerm::Kind::Blank) return Term::iri("_:" + r.value);
  Term t = Term::lit(r.value, r.lang);
  t.datatype = r.datatype;
  return t;
}

void statement_handler(void* user, raptor_statement* st) {
  auto* impl = static_cast<SparqlEngine::Impl*>(user);
  impl->add_statement(reinterpret_cast<librdf_statement*>(st), reinterpret_cast<librdf_node*>(st->graph));
}

}  // namespace

SparqlEngine::SparqlEngine() : impl_(new Impl) {
  impl_->world = librdf_new_world();
  librdf_world_open(impl_->world);
  librdf_world_set_logger(impl_->world, impl_.get(), log_handler);
  impl_->storage =
      librdf_new_storage(impl_->world, "hashes", "ckg", "hash-type='memory',contexts='yes',index-predicates='yes'");
  impl_->model = impl_->storage ? librdf_new_model(impl_->world, impl_->storage, nullptr) : nullptr;
}

SparqlEngine::~SparqlEngine() {
  if (impl_->model) librdf_free_model(impl_->model);
  if (impl_->storage) librdf_free_storage(impl_->storage);
  if (impl_->world) librdf_free_world(impl_->world);
}

std::size_t SparqlEngine::size() const { return impl_->count; }

std::string SparqlEngine::load(const std::filesystem::path& input) {
  if (!impl_->model) return "cannot create the in-memory RDF store";
  std::filesystem::path path = input;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    if (std::filesystem::exists(path / "graph.nq"))
      path = path / "graph.nq";
    else if (std::filesystem::exists(path / "graph.ttl"))
      path = path / "graph.ttl";
    else
      return input.string() + ": no graph.nq or graph.ttl in this folder (run `clusterkg build -o " + input.string() +
             "` first)";
  }
  if (!std::filesystem::is_regular_file(path, ec)) return path.string() + ": no such file";
  const auto ext = path.extension().string();
  const char* syntax = ext == ".nq"                                        ? "nquads"
                       : ext == ".nt"                                      ? "ntriples"
                       : ext == ".ttl"                                     ? "turtle"
                       : (ext == ".rdf" || ext == ".xml" || ext == ".owl") ? "rdfxml"
                                                                           : nullptr;
  if (!syntax) return path.string() + ": unknown RDF format (use .ttl, .nt, .nq or .rdf)";
  raptor_world* rw = librdf_world_get_raptor(impl_->world);
  raptor_parser* parser = raptor_new_parser(rw, syntax);
  if (!parser) return std::string("raptor has no parser for ") + syntax;
  raptor_parser_set_statement_handler(parser, impl_.get(), statement_handler);
  impl_->messages.clear();
  const auto abs = std::filesystem::absolute(path).string();
  unsigned char* uri_string = raptor_uri_filename_to_uri_string(abs.c_str());
  raptor_uri* uri = raptor_new_uri(rw, uri_string);
  const int rc = raptor_parser_parse_file(parser, uri, uri);
  raptor_free_uri(uri);
  raptor_free_memory(uri_string);
  raptor_free_parser(parser);
  if (rc != 0 || !impl_->messages.empty()) {
    std::string msg = path.string() + ": cannot parse as " + syntax;
    if (!impl_->messages.empty()) msg += ": " + impl_->messages.front();
    return msg;
  }
  return "";
}

void SparqlEngine::add(const std::vector<Triple>& triples, const std::string& graph) {
  if (!impl_->model) return;
  auto node = [&](const Term& t) -> librdf_node* {
    if (t.kind == Term::Kind::Iri)
      return librdf_new_node_from_uri_string(impl_->world, reinterpret_cast<const unsigned char*>(t.value.c_str()));
    librdf_uri* dt = t.datatype.empty()
                         ? nullptr
                         : librdf_new_uri(impl_->world, reinterpret_cast<const unsigned char*>(t.datatype.c_str()));
    librdf_node* n = librdf_new_node_from_typed_counted_literal(
        impl_->world, reinterpret_cast<const unsigned char*>(t.value.data()), t.value.size(),
        t.lang.empty() ? nullptr : t.lang.c_str(), t.lang.size(), dt);
    if (dt) librdf_free_uri(dt);
    return n;
  };
  librdf_node* g = graph.empty() ? nullptr
                                 : librdf_new_node_from_uri_string(
                                       impl_->world, reinterpret_cast<const unsigned char*>(graph.c_str()));
  for (const auto& t : triples) {
    librdf_statement* st = librdf_new_statement_from_nodes(impl_->world, node(t.s), node(t.p), node(t.o));
    if (st) {
      impl_->add_statement(st, g);
      librdf_free_statement(st);
    }
  }
  if (g) librdf_free_node(g);
}

std::optional<QueryResult> SparqlEngine::run(const std::string& text, QueryError& error) {
  if (!impl_->model) {
    error.message = "cannot create the in-memory RDF store";
    return std::nullopt;
  }
  if (auto refusal = check_query(text)) {
    error.message = *refusal;
    error.unsupported = true;
    return std::nullopt;
  }
  impl_->messages.clear();
  librdf_query* q =
      librdf_new_query(impl_->world, "sparql", nullptr, reinterpret_cast<const unsigned char*>(text.c_str()), nullptr);
  if (!q) {
    error.message = impl_->messages.empty() ? "cannot parse the query" : impl_->messages.front();
    return std::nullopt;
  }
  librdf_query_results* res = librdf_query_execute(q, impl_->model);
  if (!res) {
    error.message = impl_->messages.empty() ? "the query could not be run (syntax error or unsupported feature)"
                                            : "syntax error: " + impl_->messages.front();
    librdf_free_query(q);
    return std::nullopt;
  }
  QueryResult out;
  if (librdf_query_results_is_boolean(res)) {
    out.kind = QueryResult::Kind::Boolean;
    out.boolean = librdf_query_results_get_boolean(res) > 0;
  } else if (librdf_query_results_is_graph(res)) {
    out.kind = QueryResult::Kind::Graph;
    librdf_stream* stream = librdf_query_results_as_stream(res);
    while (stream && !librdf_stream_end(stream)) {
      librdf_statement* st = librdf_stream_get_object(stream);
      if (st)
        out.triples.push_back({to_triple_term(librdf_statement_get_subject(st)),
                               to_triple_term(librdf_statement_get_predicate(st)),
                               to_triple_term(librdf_statement_get_object(st))});
      librdf_stream_next(stream);
    }
    if (stream) librdf_free_stream(stream);
  } else {
    out.kind = QueryResult::Kind::Bindings;
    const int n = librdf_query_results_get_bindings_count(res);
    for (int i = 0; i < n; ++i) out.variables.emplace_back(librdf_query_results_get_binding_name(res, i));
    while (!librdf_query_results_finished(res)) {
      std::vector<std::optional<ResultTerm>> row(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i) {
        librdf_node* v = librdf_query_results_get_binding_value(res, i);
        if (v) {
          row[static_cast<std::size_t>(i)] = to_term(v);
          librdf_free_node(v);
        }
      }
      out.rows.push_back(std::move(row));
      librdf_query_results_next(res);
    }
  }
  librdf_free_query_results(res);
  librdf_free_query(q);
  if (!impl_->messages.empty() && out.kind == QueryResult::Kind::Bindings && out.rows.empty()) {
    error.message = impl_->messages.front();
    return std::nullopt;
  }
  return out;
}

}  // namespace ckg
