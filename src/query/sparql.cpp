#include "query/sparql.h"

#include <redland.h>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_set>

#include "query/query_guard.h"
#include "query/solution_order.h"
#include "util/utf8.h"

namespace ckg {

namespace {

// Appends a term to a statement's dedupe key: kind, then each part with its
// length, so that no two different terms give the same bytes. (Built by hand:
// raptor_term_to_string went through an iostream per term and was a third
// of the time of loading a graph.)
void append_key(std::string& key, const raptor_term* t) {
  auto part = [&](const unsigned char* s, std::size_t n) {
    key += std::to_string(n);
    key += ':';
    if (s) key.append(reinterpret_cast<const char*>(s), n);
  };
  if (!t) {
    key += '-';
    return;
  }
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI: {
      std::size_t n = 0;
      const unsigned char* s = raptor_uri_as_counted_string(t->value.uri, &n);
      key += 'U';
      part(s, n);
      break;
    }
    case RAPTOR_TERM_TYPE_LITERAL: {
      const auto& l = t->value.literal;
      key += 'L';
      part(l.string, l.string_len);
      std::size_t n = 0;
      const unsigned char* dt = l.datatype ? raptor_uri_as_counted_string(l.datatype, &n) : nullptr;
      part(dt, n);
      part(l.language, l.language_len);
      break;
    }
    case RAPTOR_TERM_TYPE_BLANK:
      key += 'B';
      part(t->value.blank.string, t->value.blank.string_len);
      break;
    default:
      key += '?';
  }
}

}  // namespace

// A file or a batch of triples the engine was given, kept so that the store
// with named graphs can be built from the same statements in the same order.
struct EngineSource {
  std::filesystem::path path;  // a file (empty for a batch)
  const char* syntax = nullptr;
  struct stat identity {};      // the file when it was loaded
  std::vector<Triple> triples;  // a batch
  std::string graph;            // the batch's graph ("" = none)
};

struct SparqlEngine::Impl {
  librdf_world* world = nullptr;
  // Two stores of the same triples. `flat` (librdf's `trees` storage, no
  // named graphs) indexes every pattern, so a triple pattern whose subject
  // and object are already bound is a lookup; the `hashes` storage answers
  // that pattern, and (s,?,?) and (?,?,o), with a scan of the whole store,
  // which made joins quadratic. `trees` also keeps each triple once, so the
  // default graph is the union of the named graphs without duplicates.
  // Queries with GRAPH need the graph names: they run on `named` (hashes
  // with contexts), built the first time one is asked by reading the
  // sources again.
  librdf_storage* flat_storage = nullptr;
  librdf_model* flat = nullptr;
  librdf_storage* named_storage = nullptr;
  librdf_model* named = nullptr;
  std::vector<EngineSource> sources;
  bool keep_batches = true;           // false: added batches are not kept (no GRAPH queries)
  std::vector<std::string> messages;  // errors logged by librdf/raptor/rasqal
  // While `named` is built: the dedupe keys of the triples added to it.
  std::unordered_set<std::string> seen;
  librdf_model* target = nullptr;  // where the statement handler adds

  void add_named(librdf_statement* st, librdf_node* graph) {
    // Each distinct triple goes into the first named graph that holds it:
    // librdf answers default-graph patterns from every context, so a triple
    // stored in two graphs would give duplicate solutions.
    std::string key;
    for (raptor_term* t : {st->subject, st->predicate, st->object}) append_key(key, t);
    if (!seen.insert(std::move(key)).second) return;
    if (graph)
      librdf_model_context_add_statement(named, graph, st);
    else
      librdf_model_add_statement(named, st);
  }

  // Parses a file into `target`. Returns "" or an error naming the file.
  std::string parse(const std::filesystem::path& path, const char* syntax);
  void add_batch(const std::vector<Triple>& triples, const std::string& graph);

  // Builds `named` from the sources (once). Returns "" or an error.
  std::string ensure_named() {
    if (named) return "";
    if (!keep_batches) return "this engine was set up without named graphs (GRAPH queries are not answered)";
    named_storage =
        librdf_new_storage(world, "hashes", "ckg-named", "hash-type='memory',contexts='yes',index-predicates='yes'");
    named = named_storage ? librdf_new_model(world, named_storage, nullptr) : nullptr;
    if (!named) return "cannot create the in-memory RDF store for named graphs";
    std::string err;
    target = named;
    for (const auto& src : sources) {
      if (src.path.empty()) {
        add_batch(src.triples, src.graph);
        continue;
      }
      struct stat now {};
      if (::stat(src.path.c_str(), &now) != 0 || now.st_dev != src.identity.st_dev ||
          now.st_ino != src.identity.st_ino || now.st_size != src.identity.st_size ||
          now.st_mtim.tv_sec != src.identity.st_mtim.tv_sec || now.st_mtim.tv_nsec != src.identity.st_mtim.tv_nsec) {
        err = src.path.string() +
              ": changed or gone since it was loaded; a query with GRAPH reads it again (load it anew)";
        break;
      }
      if (err = parse(src.path, src.syntax); !err.empty()) break;
    }
    target = flat;
    seen = {};
    if (!err.empty()) {
      librdf_free_model(named);
      librdf_free_storage(named_storage);
      named = nullptr;
      named_storage = nullptr;
    }
    return err;
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
  auto* statement = reinterpret_cast<librdf_statement*>(st);
  if (impl->target == impl->flat)
    librdf_model_add_statement(impl->flat, statement);  // trees keeps one copy
  else
    impl->add_named(statement, reinterpret_cast<librdf_node*>(st->graph));
}

}  // namespace

std::string SparqlEngine::Impl::parse(const std::filesystem::path& path, const char* syntax) {
  raptor_world* rw = librdf_world_get_raptor(world);
  raptor_parser* parser = raptor_new_parser(rw, syntax);
  if (!parser) return std::string("raptor has no parser for ") + syntax;
  raptor_parser_set_statement_handler(parser, this, statement_handler);
  messages.clear();
  const auto abs = std::filesystem::absolute(path).string();
  unsigned char* uri_string = raptor_uri_filename_to_uri_string(abs.c_str());
  raptor_uri* uri = raptor_new_uri(rw, uri_string);
  const int rc = raptor_parser_parse_file(parser, uri, uri);
  raptor_free_uri(uri);
  raptor_free_memory(uri_string);
  raptor_free_parser(parser);
  if (rc != 0 || !messages.empty()) {
    std::string msg = path.string() + ": cannot parse as " + syntax;
    if (!messages.empty()) msg += ": " + messages.front();
    return msg;
  }
  return "";
}

void SparqlEngine::Impl::add_batch(const std::vector<Triple>& triples, const std::string& graph) {
  auto node = [&](const Term& t) -> librdf_node* {
    if (t.kind == Term::Kind::Iri)
      return librdf_new_node_from_uri_string(world, reinterpret_cast<const unsigned char*>(t.value.c_str()));
    librdf_uri* dt = t.datatype.empty()
                         ? nullptr
                         : librdf_new_uri(world, reinterpret_cast<const unsigned char*>(t.datatype.c_str()));
    librdf_node* n = librdf_new_node_from_typed_counted_literal(
        world, reinterpret_cast<const unsigned char*>(t.value.data()), t.value.size(),
        t.lang.empty() ? nullptr : t.lang.c_str(), t.lang.size(), dt);
    if (dt) librdf_free_uri(dt);
    return n;
  };
  librdf_node* g = graph.empty() || target == flat
                       ? nullptr
                       : librdf_new_node_from_uri_string(world, reinterpret_cast<const unsigned char*>(graph.c_str()));
  for (const auto& t : triples) {
    librdf_statement* st = librdf_new_statement_from_nodes(world, node(t.s), node(t.p), node(t.o));
    if (!st) continue;
    if (target == flat)
      librdf_model_add_statement(flat, st);
    else
      add_named(st, g);
    librdf_free_statement(st);
  }
  if (g) librdf_free_node(g);
}

SparqlEngine::SparqlEngine() : impl_(new Impl) {
  impl_->world = librdf_new_world();
  librdf_world_open(impl_->world);
  librdf_world_set_logger(impl_->world, impl_.get(), log_handler);
  impl_->flat_storage = librdf_new_storage(impl_->world, "trees", "ckg", nullptr);
  impl_->flat = impl_->flat_storage ? librdf_new_model(impl_->world, impl_->flat_storage, nullptr) : nullptr;
  impl_->target = impl_->flat;
}

SparqlEngine::~SparqlEngine() {
  if (impl_->named) librdf_free_model(impl_->named);
  if (impl_->named_storage) librdf_free_storage(impl_->named_storage);
  if (impl_->flat) librdf_free_model(impl_->flat);
  if (impl_->flat_storage) librdf_free_storage(impl_->flat_storage);
  if (impl_->world) librdf_free_world(impl_->world);
}

void SparqlEngine::without_named_graphs() {
  impl_->keep_batches = false;
  impl_->sources.erase(std::remove_if(impl_->sources.begin(), impl_->sources.end(),
                                      [](const EngineSource& s) { return s.path.empty(); }),
                       impl_->sources.end());
}

std::size_t SparqlEngine::size() const {
  const int n = impl_->flat ? librdf_model_size(impl_->flat) : 0;
  return n > 0 ? static_cast<std::size_t>(n) : 0;
}

namespace {

const char* syntax_of(const std::filesystem::path& path) {
  const auto ext = path.extension().string();
  return ext == ".nq"                                        ? "nquads"
         : ext == ".ttl"                                     ? "turtle"
         : ext == ".nt"                                      ? "ntriples"
         : (ext == ".rdf" || ext == ".xml" || ext == ".owl") ? "rdfxml"
                                                             : nullptr;
}

}  // namespace

std::string SparqlEngine::load(const std::filesystem::path& input) {
  if (!impl_->flat) return "cannot create the in-memory RDF store";
  std::filesystem::path path = input;   // the file the default graph is read from
  std::filesystem::path named = input;  // the file GRAPH queries read
  std::error_code ec;
  if (std::filesystem::is_directory(input, ec)) {
    // A build folder: its files hold the same triples (one build writes them
    // as one set). graph.nt is the quickest to read (1 MB bench graph: 0.8 s,
    // against 0.9 s for graph.ttl and 1.9 s for graph.nq, which repeats a
    // triple in every article's graph); only graph.nq has the named graphs.
    path.clear();
    for (const char* name : {"graph.nt", "graph.ttl", "graph.nq"})
      if (std::filesystem::is_regular_file(input / name, ec)) {
        path = input / name;
        break;
      }
    if (path.empty())
      return input.string() + ": no graph.nt, graph.ttl or graph.nq in this folder (run `clusterkg build -o " +
             input.string() + "` first)";
    named = std::filesystem::is_regular_file(input / "graph.nq", ec) ? input / "graph.nq" : path;
  }
  if (!std::filesystem::is_regular_file(path, ec)) return path.string() + ": no such file";
  const char* syntax = syntax_of(path);
  if (!syntax) return path.string() + ": unknown RDF format (use .ttl, .nt, .nq or .rdf)";
  EngineSource src;
  src.path = std::filesystem::absolute(named);
  src.syntax = syntax_of(named);
  if (::stat(src.path.c_str(), &src.identity) != 0)
    return named.string() + ": cannot read (" + std::strerror(errno) + ")";
  if (auto err = impl_->parse(path, syntax); !err.empty()) return err;
  impl_->sources.push_back(std::move(src));
  return "";
}

void SparqlEngine::add(const std::vector<Triple>& triples, const std::string& graph) {
  if (!impl_->flat) return;
  impl_->add_batch(triples, graph);
  if (!impl_->keep_batches) return;
  EngineSource src;
  src.triples = triples;
  src.graph = graph;
  impl_->sources.push_back(std::move(src));
}

std::string SparqlEngine::prepare(const std::string& query) {
  if (!impl_->flat) return "cannot create the in-memory RDF store";
  return uses_named_graphs(query) ? impl_->ensure_named() : "";
}

namespace {

// Line and column (1-based; the column counts characters) of the token where
// rasqal's parser fails, found by parsing growing prefixes of the query: a
// prefix that ends before the bad token fails only with "unexpected $end".
std::optional<std::pair<std::size_t, std::size_t>> syntax_error_position(librdf_world* world,
                                                                         std::vector<std::string>& messages,
                                                                         const std::string& text) {
  rasqal_world* rw = librdf_world_get_rasqal(world);
  if (!rw) return std::nullopt;
  const auto toks = tokenize_sparql(text);
  if (toks.empty()) return std::nullopt;
  raptor_uri* base =
      raptor_new_uri(rasqal_world_get_raptor(rw), reinterpret_cast<const unsigned char*>("file:///query"));
  // 0: parses, 1: fails at the end of the text, 2: fails before it.
  auto outcome = [&](std::size_t len) {
    messages.clear();
    rasqal_query* q = rasqal_new_query(rw, "sparql", nullptr);
    if (!q) return 0;
    const std::string prefix = text.substr(0, len);
    const int rc = rasqal_query_prepare(q, reinterpret_cast<const unsigned char*>(prefix.c_str()), base);
    rasqal_free_query(q);
    if (rc == 0 && messages.empty()) return 0;
    for (const auto& m : messages)
      if (m.find("$end") != std::string::npos || m.find("end of") != std::string::npos) return 1;
    return 2;
  };
  std::optional<std::pair<std::size_t, std::size_t>> result;
  if (outcome(toks.back().end) == 2) {
    std::size_t lo = 0, hi = toks.size() - 1;  // the first token whose prefix fails before its end
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (outcome(toks[mid].end) == 2)
        hi = mid;
      else
        lo = mid + 1;
    }
    const std::size_t at = toks[lo].begin;
    const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t from = line_start == std::string::npos || at == 0 ? 0 : line_start + 1;
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
    result = std::make_pair(line, 1 + utf8::length(std::string_view(text).substr(from, at - from)));
  }
  raptor_free_uri(base);
  messages.clear();
  return result;
}

}  // namespace

std::optional<QueryResult> SparqlEngine::run_raw(const std::string& text, bool named_graphs, QueryError& error) {
  impl_->messages.clear();
  librdf_query* q =
      librdf_new_query(impl_->world, "sparql", nullptr, reinterpret_cast<const unsigned char*>(text.c_str()), nullptr);
  if (!q) {
    error.message = impl_->messages.empty() ? "cannot parse the query" : impl_->messages.front();
    return std::nullopt;
  }
  librdf_model* model = impl_->flat;
  if (named_graphs) {
    if (auto err = impl_->ensure_named(); !err.empty()) {
      librdf_free_query(q);
      error.message = err;
      return std::nullopt;
    }
    model = impl_->named;
  }
  librdf_query_results* res = librdf_query_execute(q, model);
  if (!res) {
    std::string message = impl_->messages.empty() ? "the query could not be run (syntax error or unsupported feature)"
                                                  : impl_->messages.front();
    librdf_free_query(q);
    if (message.find("syntax error") != std::string::npos) {
      // rasqal gives the line only: find the column too.
      std::string what = message;
      if (what.rfind("line ", 0) == 0 && what.find(": ") != std::string::npos) what = what.substr(what.find(": ") + 2);
      if (auto pos = syntax_error_position(impl_->world, impl_->messages, text))
        message = "line " + std::to_string(pos->first) + ", column " + std::to_string(pos->second) + ": " + what;
    }
    error.message = message;
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

std::optional<QueryResult> SparqlEngine::run(const std::string& text, QueryError& error) {
  if (!impl_->flat) {
    error.message = "cannot create the in-memory RDF store";
    return std::nullopt;
  }
  QueryCheck check = prepare_query(text);
  if (check.refusal) {
    error.message = *check.refusal;
    error.unsupported = true;
    return std::nullopt;
  }
  // ORDER BY over projected variables is ours (query/solution_order.h).
  const auto order = take_solution_order(check.text);
  auto out = run_raw(check.text, check.named_graphs, error);
  if (!out) return out;
  out->notes = check.notes;
  if (!correct_empty_aggregate(check, *out, error)) return std::nullopt;
  if (order) apply_solution_order(*out, *order);
  return out;
}

bool SparqlEngine::correct_empty_aggregate(const QueryCheck& check, QueryResult& result, QueryError& error) {
  if (!check.aggregate || check.ask_where.empty() || result.kind != QueryResult::Kind::Bindings) return true;
  // rasqal 0.9.33 on a WHERE clause without solutions: GROUP BY gives one
  // spurious row (unbound keys, COUNT 1); without GROUP BY it gives no row
  // where SPARQL gives one (COUNT 0). Look whether there are solutions.
  const bool suspicious = check.group_by ? result.rows.size() == 1 : (result.rows.empty() && !check.having);
  if (!suspicious) return true;
  QueryError ask_error;
  auto any = run_raw(check.ask_where, check.named_graphs, ask_error);
  if (!any || any->kind != QueryResult::Kind::Boolean || any->boolean) return true;
  if (check.group_by) {
    result.rows.clear();
    result.notes.push_back("no solution matches the WHERE clause: zero groups (rasqal 0.9.33 gives a spurious row)");
    return true;
  }
  if (result.variables.empty())  // rasqal names no variable when it gives no row
    for (const auto& p : check.projection) result.variables.push_back(p.first);
  std::vector<std::optional<ResultTerm>> row;
  for (const auto& var : result.variables) {
    auto it =
        std::find_if(check.projection.begin(), check.projection.end(), [&](const auto& p) { return p.first == var; });
    const std::string kind = it == check.projection.end() || var.empty() ? "complex" : it->second;
    if (kind == "count" || kind == "sum" || kind == "avg") {
      row.push_back(ResultTerm{ResultTerm::Kind::Literal, "0", "http://www.w3.org/2001/XMLSchema#integer", ""});
    } else if (kind == "concat") {
      row.push_back(ResultTerm{ResultTerm::Kind::Literal, "", "", ""});
    } else if (kind == "unbound") {
      row.push_back(std::nullopt);
    } else {
      error.message =
          "no solution matches the WHERE clause, and rasqal 0.9.33 then answers this aggregate wrongly (no row); "
          "the expression for ?" +
          var + " is too complex to correct here: project the aggregates alone (COUNT(...) AS ?n)";
      error.unsupported = true;
      return false;
    }
  }
  result.rows.push_back(std::move(row));
  result.notes.push_back("no solution matches the WHERE clause: one group over nothing (rasqal 0.9.33 gives no row)");
  return true;
}

}  // namespace ckg
