#include "store/store.h"

#include <fcntl.h>
#include <redland.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "graph/iri.h"
#include "pipeline/extraction_json.h"
#include "util/atomic_file.h"
#include "util/hash.h"

namespace ckg {
namespace fs = std::filesystem;

namespace {

const char* kDbFiles[] = {"kg-sp2o.db", "kg-po2s.db", "kg-so2p.db", "kg-contexts.db"};

const unsigned char* uc(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.c_str()); }

std::string generation_name(long n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "gen-%06ld", n);
  return buf;
}

std::string graph_hash(const std::vector<Triple>& triples) {
  std::uint64_t h = fnv1a64("");
  auto add = [&](const Term& t) {
    h = fnv1a64(t.kind == Term::Kind::Iri ? "I" : "L", h);
    h = fnv1a64(t.value, h);
    h = fnv1a64(std::string_view("\0", 1), h);
    h = fnv1a64(t.datatype, h);
    h = fnv1a64(std::string_view("\0", 1), h);
    h = fnv1a64(t.lang, h);
    h = fnv1a64(std::string_view("\0", 1), h);
  };
  for (const auto& t : triples) {
    add(t.s);
    add(t.p);
    add(t.o);
  }
  return hex64(h) + "-" + std::to_string(triples.size());
}

bool fsync_path(const fs::path& p, bool directory) {
  const int fd = ::open(p.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

int log_to(void* user, librdf_log_message* m) {
  auto* err = static_cast<std::string*>(user);
  if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR && err->empty()) {
    const char* text = librdf_log_message_message(m);
    *err = std::string("Redland: ") + (text ? text : "error");
  }
  return 1;
}

}  // namespace

struct Store::Impl {
  librdf_world* world = nullptr;
  librdf_storage* storage = nullptr;
  librdf_model* model = nullptr;
  fs::path open_dir;  // folder of the open storage
  std::string error;
  bool changed = false;

  ~Impl() {
    close();
    if (world) librdf_free_world(world);
  }
  void ensure_world() {
    if (world) return;
    world = librdf_new_world();
    librdf_world_open(world);
    librdf_world_set_logger(world, &error, log_to);
  }
  std::string open_storage(const fs::path& dir, bool create) {
    ensure_world();
    const std::string d = dir.string();
    if (d.find('\'') != std::string::npos) return d + ": a store path must not contain a single quote";
    const std::string options = "hash-type='bdb',dir='" + d + "',new='" + (create ? "yes" : "no") + "',contexts='yes'";
    storage = librdf_new_storage(world, "hashes", "kg", options.c_str());
    if (!storage) return d + ": cannot open the Redland bdb store" + (error.empty() ? "" : " (" + error + ")");
    model = librdf_new_model(world, storage, nullptr);
    if (!model) return d + ": cannot open a model on the store" + (error.empty() ? "" : " (" + error + ")");
    open_dir = dir;
    return "";
  }
  void close() {
    if (model) librdf_free_model(model);
    if (storage) librdf_free_storage(storage);
    model = nullptr;
    storage = nullptr;
  }
  librdf_node* node(const Term& t) {
    if (t.kind == Term::Kind::Iri) return librdf_new_node_from_uri_string(world, uc(t.value));
    librdf_uri* dt = t.datatype.empty() ? nullptr : librdf_new_uri(world, uc(t.datatype));
    librdf_node* n = librdf_new_node_from_typed_counted_literal(
        world, reinterpret_cast<const unsigned char*>(t.value.data()), t.value.size(),
        t.lang.empty() ? nullptr : t.lang.c_str(), t.lang.size(), dt);
    if (dt) librdf_free_uri(dt);
    return n;
  }
  static bool term(librdf_node* n, Term& out) {
    if (!n) return false;
    if (librdf_node_is_resource(n)) {
      out = Term::iri(reinterpret_cast<const char*>(librdf_uri_as_string(librdf_node_get_uri(n))));
      return true;
    }
    if (!librdf_node_is_literal(n)) return false;
    size_t len = 0;
    const unsigned char* v = librdf_node_get_literal_value_as_counted_string(n, &len);
    out = Term::lit(std::string(reinterpret_cast<const char*>(v), len));
    if (const char* lang = librdf_node_get_literal_value_language(n)) out.lang = lang;
    if (librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(n))
      out.datatype = reinterpret_cast<const char*>(librdf_uri_as_string(dt));
    return true;
  }
  std::string remove_graph(const std::string& graph) {
    librdf_node* ctx = librdf_new_node_from_uri_string(world, uc(graph));
    const int rc = librdf_model_context_remove_statements(model, ctx);
    librdf_free_node(ctx);
    return rc == 0 ? "" : "cannot remove graph <" + graph + "> from the store" + (error.empty() ? "" : ": " + error);
  }
  std::string add_graph(const std::string& graph, const std::vector<Triple>& triples) {
    librdf_node* ctx = librdf_new_node_from_uri_string(world, uc(graph));
    std::string err;
    for (const auto& t : triples) {
      librdf_statement* st = librdf_new_statement_from_nodes(world, node(t.s), node(t.p), node(t.o));
      if (!st || librdf_model_context_add_statement(model, ctx, st) != 0)
        err = "cannot add a statement to graph <" + graph + ">" + (error.empty() ? "" : ": " + error);
      if (st) librdf_free_statement(st);
      if (!err.empty()) break;
    }
    librdf_free_node(ctx);
    return err;
  }
};

Store::Store() : impl_(new Impl) {}
Store::~Store() = default;

std::string Store::open(const fs::path& dir) {
  dir_ = dir;
  std::error_code ec;
  if (!fs::exists(dir, ec)) {
    fs::create_directories(dir, ec);
    if (ec) return dir.string() + ": cannot create the store folder: " + ec.message();
  }
  if (!fs::is_directory(dir, ec)) return dir.string() + ": not a folder";
  const fs::path current = dir / "CURRENT";
  if (!fs::exists(current, ec)) {
    if (!fs::is_empty(dir, ec))
      return dir.string() + ": not a clusterkg store (no CURRENT file) and not empty; give a new or empty folder";
    return "";
  }
  std::ifstream in(current);
  std::string name;
  std::getline(in, name);
  if (name.rfind("gen-", 0) != 0 || name.find('/') != std::string::npos)
    return current.string() + ": damaged (expected a generation name like gen-000001)";
  generation_ = std::strtol(name.c_str() + 4, nullptr, 10);
  live_ = dir / name;
  for (const char* f : kDbFiles)
    if (!fs::exists(live_ / f, ec)) return (live_ / f).string() + ": missing (the store is damaged)";
  // Leftovers of a build that did not finish.
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string n = e.path().filename().string();
    if (n.rfind("gen-", 0) == 0 && n != name) fs::remove_all(e.path(), ec);
  }
  std::ifstream mf(live_ / "manifest.tsv");
  if (!mf) return (live_ / "manifest.tsv").string() + ": cannot read (the store is damaged)";
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(mf, line)) {
    ++line_no;
    const auto tab = line.find('\t');
    try {
      if (tab == std::string::npos) throw std::runtime_error("no tab");
      const auto meta = nlohmann::json::parse(line.substr(0, tab));
      Entry e{meta.at("source").get<std::string>(), meta.at("hash").get<std::string>(),
              meta.at("graph").get<std::string>(), line.substr(tab + 1)};
      manifest_.emplace(meta.at("id").get<std::string>(), std::move(e));
    } catch (const std::exception& ex) {
      return (live_ / "manifest.tsv").string() + ": line " + std::to_string(line_no) + ": damaged (" + ex.what() + ")";
    }
  }
  return "";
}

bool Store::has_current(const std::string& id, const std::string& content_hash, const std::string& source) {
  auto it = manifest_.find(id);
  if (it == manifest_.end() || it->second.content_hash != content_hash) return false;
  new_source_[id] = source;
  return true;
}

std::string Store::add_stored(const std::vector<ArticleExtraction>& fresh, std::vector<ArticleExtraction>& all) {
  std::set<std::string> ids, sources;
  for (const auto& x : fresh) {
    ids.insert(x.article.id);
    sources.insert(x.article.source);
  }
  for (const auto& [id, e] : manifest_) {
    if (ids.count(id)) continue;                                      // changed content, same id
    if (!new_source_.count(id) && sources.count(e.source)) continue;  // its source now holds another article
    ArticleExtraction x;
    if (auto err = extraction_from_json(e.record, x); !err.empty())
      return (live_ / "manifest.tsv").string() + ": article " + id + ": " + err;
    if (auto it = new_source_.find(id); it != new_source_.end()) x.article.source = it->second;
    all.push_back(std::move(x));
  }
  return "";
}

std::string Store::begin_changes() {
  if (impl_->model) return "";
  const fs::path tmp = dir_ / (generation_name(generation_ + 1) + ".tmp");
  std::error_code ec;
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp, ec);
  if (ec) return tmp.string() + ": cannot create: " + ec.message();
  if (!live_.empty())
    for (const char* f : kDbFiles) {
      fs::copy_file(live_ / f, tmp / f, ec);
      if (ec) return (tmp / f).string() + ": cannot copy the store: " + ec.message();
    }
  return impl_->open_storage(tmp, live_.empty());
}

std::string Store::put(const ArticleExtraction& x, const std::vector<Triple>& triples) {
  Entry e{x.article.source, x.article.content_hash, graph_hash(triples), extraction_to_json(x)};
  auto old = manifest_.find(x.article.id);
  const bool same_graph = old != manifest_.end() && old->second.graph_hash == e.graph_hash;
  if (old == manifest_.end() || old->second.record != e.record) impl_->changed = true;
  next_[x.article.id] = std::move(e);
  if (same_graph) return "";
  if (auto err = begin_changes(); !err.empty()) return err;
  const std::string graph = article_iri(x.article.id);
  if (old != manifest_.end())
    if (auto err = impl_->remove_graph(graph); !err.empty()) return err;
  impl_->changed = true;
  ++written_;
  return impl_->add_graph(graph, triples);
}

std::string Store::commit(StoreUpdate& u) {
  u.graphs_written = written_;
  for (const auto& [id, e] : manifest_) {
    if (next_.count(id)) continue;
    if (auto err = begin_changes(); !err.empty()) return err;
    if (auto err = impl_->remove_graph(article_iri(id)); !err.empty()) return err;
    impl_->changed = true;
    ++u.graphs_removed;
  }
  if (!impl_->changed) return "";  // nothing to write: the live generation stays
  if (auto err = begin_changes(); !err.empty()) return err;
  const fs::path tmp = impl_->open_dir;
  impl_->close();
  if (!impl_->error.empty()) return impl_->error;
  {
    std::string text;
    for (const auto& [id, e] : next_) {
      nlohmann::json meta = {{"id", id}, {"source", e.source}, {"hash", e.content_hash}, {"graph", e.graph_hash}};
      text += meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      text += '\t';
      text += e.record;
      text += '\n';
    }
    if (auto err = write_file_atomically(tmp / "manifest.tsv", text); !err.empty()) return err;
  }
  for (const char* f : kDbFiles)
    if (!fsync_path(tmp / f, false)) return (tmp / f).string() + ": cannot sync to disk";
  fsync_path(tmp, true);
  const std::string name = generation_name(generation_ + 1);
  std::error_code ec;
  fs::rename(tmp, dir_ / name, ec);
  if (ec) return (dir_ / name).string() + ": cannot rename the new generation into place: " + ec.message();
  fsync_path(dir_, true);
  if (auto err = write_file_atomically(dir_ / "CURRENT", name + "\n"); !err.empty()) return err;
  const fs::path old = live_;
  ++generation_;
  live_ = dir_ / name;
  manifest_ = std::move(next_);
  next_.clear();
  if (!old.empty()) fs::remove_all(old, ec);
  u.new_generation = true;
  return "";
}

std::string Store::for_each_quad(const std::function<void(const Triple&, const std::string& graph)>& fn) {
  if (live_.empty()) return dir_.string() + ": the store is empty (build into it with `clusterkg build --store`)";
  if (auto err = impl_->open_storage(live_, false); !err.empty()) return err;
  std::vector<std::string> graphs;
  if (librdf_iterator* it = librdf_model_get_contexts(impl_->model)) {
    while (!librdf_iterator_end(it)) {
      auto* n = static_cast<librdf_node*>(librdf_iterator_get_object(it));
      if (n && librdf_node_is_resource(n))
        graphs.emplace_back(reinterpret_cast<const char*>(librdf_uri_as_string(librdf_node_get_uri(n))));
      librdf_iterator_next(it);
    }
    librdf_free_iterator(it);
  }
  std::sort(graphs.begin(), graphs.end());
  graphs.erase(std::unique(graphs.begin(), graphs.end()), graphs.end());
  std::string err;
  for (const auto& g : graphs) {
    librdf_node* ctx = librdf_new_node_from_uri_string(impl_->world, uc(g));
    librdf_stream* s = librdf_model_context_as_stream(impl_->model, ctx);
    std::vector<Triple> triples;
    while (s && !librdf_stream_end(s)) {
      librdf_statement* st = librdf_stream_get_object(s);
      Triple t;
      if (st && Impl::term(librdf_statement_get_subject(st), t.s) &&
          Impl::term(librdf_statement_get_predicate(st), t.p) && Impl::term(librdf_statement_get_object(st), t.o))
        triples.push_back(std::move(t));
      else if (err.empty())
        err = live_.string() + ": graph <" + g + ">: a statement the store cannot give back";
      librdf_stream_next(s);
    }
    if (s) librdf_free_stream(s);
    librdf_free_node(ctx);
    std::sort(triples.begin(), triples.end());
    for (const auto& t : triples) fn(t, g);
  }
  impl_->close();
  if (err.empty() && !impl_->error.empty()) err = impl_->error;
  return err;
}

}  // namespace ckg
