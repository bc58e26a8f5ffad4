#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>
#include <semaphore>
#include <thread>

#include "core/embedded_data.h"
#include "core/vocab.h"
#include "export/style.h"
#include "serve/protocol.h"
#include "serve/store_source.h"
#include "serve/web_assets.h"
#include "util/exit_codes.h"

namespace ckg::serve {
namespace {

thread_local std::chrono::steady_clock::time_point t_request_start;

const char* kNoBundlePage =
    "<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>clusterkg serve</title></head>\n"
    "<body><h1>clusterkg serve</h1>\n"
    "<p>This clusterkg binary was built without the web page's JavaScript bundle (CMake option CKG_WEB=OFF or "
    "npm missing at build time). Rebuild with <code>cmake -DCKG_WEB=ON</code> and npm installed to get the query "
    "editor and graph view.</p>\n"
    "<p>The SPARQL endpoint works: <a href=\"/sparql\">/sparql</a> (GET <code>?query=</code>, POST form or "
    "<code>application/sparql-query</code>).</p>\n</body></html>\n";

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void send(httplib::Response& res, const Body& b) {
  res.status = b.status;
  res.set_content(b.text, b.content_type.c_str());
}

std::string queries_json() {
  auto arr = nlohmann::ordered_json::array();
  for (const auto& f : embedded::files()) {
    if (f.path.rfind("queries/", 0) != 0 || f.path.size() < 11 || f.path.substr(f.path.size() - 3) != ".rq") continue;
    const std::string name(f.path.substr(8, f.path.size() - 11));
    // The title: the first comment line.
    std::string title;
    const std::string text(f.content);
    if (text.rfind("# ", 0) == 0) title = text.substr(2, text.find('\n') - 2);
    arr.push_back({{"name", name}, {"file", std::string(f.path)}, {"title", title}, {"text", text}});
  }
  return arr.dump();
}

std::string style_json() {
  nlohmann::ordered_json j;
  auto classes = nlohmann::ordered_json::object();
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const auto t = static_cast<EntityType>(i);
    classes[class_iri(t)] = {{"name", std::string(type_name(t))},
                             {"label", std::string(type_label_zh(t))},
                             {"color", hex_color(type_color(t))}};
  }
  classes[ckg_term(term::MonetaryAmount)] = {
      {"name", "MonetaryAmount"}, {"label", "金额"}, {"color", hex_color(amount_color())}};
  j["classes"] = classes;
  j["ontology"] = std::string(kOntologyNs);
  return j.dump();
}

}  // namespace

int run_server(const ServeOptions& o) {
  SparqlEngine engine;
  const bool from_store = !o.store.empty();
  if (auto err = from_store ? load_store(engine, o.store) : engine.load(o.data); !err.empty()) {
    std::fprintf(stderr, "clusterkg: error: %s\n", err.c_str());
    return exit_code::kFailure;
  }
  const std::string source = from_store ? "store " + o.store : o.data;
  const std::size_t triples = engine.size();

  // SIGINT/SIGTERM are taken by one thread with sigwait (blocked everywhere
  // else, so the HTTP threads and the forked workers never see them).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  ::signal(SIGPIPE, SIG_IGN);

  httplib::Server svr;
  const int threads = std::max(2, o.threads);
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  svr.set_payload_max_length(1 << 20);
  svr.set_keep_alive_max_count(1000);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
  // algorithm and the client's delayed ACK add about 40 ms to every response
  // on a kept-alive connection (measured with wrk: p50 47 ms -> see docs).
  svr.set_tcp_nodelay(true);
  // httplib's default also sets SO_REUSEPORT, which would let a second server
  // share a port that is in use; keep only SO_REUSEADDR.
  svr.set_socket_options([](int sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  svr.set_read_timeout(30, 0);
  svr.set_write_timeout(30, 0);
  svr.set_default_headers(
      {{"Access-Control-Allow-Origin", "*"},
       {"Access-Control-Expose-Headers", "X-Result-Truncated, X-Result-Row-Limit, X-Result-Rows, X-Query-Notes"}});

  svr.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    t_request_start = std::chrono::steady_clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  svr.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_request_start).count();
    std::string extra;
    if (res.has_header("X-Result-Rows")) extra += " rows=" + res.get_header_value("X-Result-Rows");
    if (res.has_header("X-Result-Truncated")) extra += " truncated";
    if (res.has_header("X-Query-Notes")) extra += " rewritten";
    std::lock_guard<std::mutex> lock(fork_mutex());
    std::fprintf(stderr, "%s %s %s %s %d %zuB %.1fms%s\n", utc_now().c_str(), req.remote_addr.c_str(),
                 req.method.c_str(), req.path.c_str(), res.status, res.body.size(), ms, extra.c_str());
    std::fflush(stderr);
  });
  httplib::Server::HandlerWithResponse on_error = [](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string msg = res.status == 404 ? "Not Found: " + req.path + " (try / or /sparql)\n"
                                        : "HTTP " + std::to_string(res.status) + "\n";
    // Debian's cpp-httplib is a compiled library that refuses form-encoded
    // bodies over 8 KB before the request reaches us.
    if (res.status == 413)
      msg =
          "Payload Too Large: a form-encoded request body may hold at most 8 KB here; send a longer query "
          "as the body of a POST with Content-Type application/sparql-query (up to 1 MB)\n";
    res.set_content(msg, "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  };
  svr.set_error_handler(on_error);

  std::counting_semaphore<> worker_slots(std::max(1, o.workers));
  const WorkerLimits limits = o.limits;

  auto sparql = [&](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Vary", "Accept");
    std::string query;
    if (req.method == "POST") {
      std::string ctype = req.get_header_value("Content-Type");
      ctype = ctype.substr(0, ctype.find(';'));
      while (!ctype.empty() && ctype.back() == ' ') ctype.pop_back();
      for (auto& c : ctype) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (ctype == "application/sparql-update" || req.has_param("update"))
        return send(res, error_body(403, "Forbidden: this endpoint is read-only; SPARQL Update is refused"));
      if (ctype == "application/sparql-query") {
        query = req.body;
      } else if (ctype == "application/x-www-form-urlencoded") {
        if (req.get_param_value_count("query") != 1)
          return send(res, error_body(400, "Bad Request: a form POST needs exactly one `query` parameter"));
        query = req.get_param_value("query");
      } else {
        return send(res, error_body(415,
                                    "Unsupported Media Type: POST the query as application/sparql-query or "
                                    "as the `query` field of application/x-www-form-urlencoded (Content-Type "
                                    "was: " +
                                        (ctype.empty() ? std::string("none") : ctype) + ")"));
      }
    } else {
      if (req.has_param("update"))
        return send(res, error_body(403, "Forbidden: this endpoint is read-only; SPARQL Update is refused"));
      if (!req.has_param("query")) {
        // The service description.
        const std::string host =
            req.has_header("Host") ? req.get_header_value("Host") : o.host + ":" + std::to_string(o.port);
        res.set_content(service_description("http://" + host + "/sparql", triples, limits.row_limit, limits.timeout_ms),
                        "text/turtle; charset=utf-8");
        return;
      }
      if (req.get_param_value_count("query") != 1)
        return send(res, error_body(400, "Bad Request: give exactly one `query` parameter"));
      query = req.get_param_value("query");
    }
    if (req.has_param("default-graph-uri") || req.has_param("named-graph-uri"))
      return send(res, error_body(400,
                                  "Bad Request: default-graph-uri / named-graph-uri are not supported: the "
                                  "endpoint serves one dataset (its default graph is the union of the "
                                  "articles' named graphs)"));
    if (query.find_first_not_of(" \t\r\n") == std::string::npos)
      return send(res, error_body(400, "Bad Request: the query is empty"));
    if (!is_valid_utf8(query)) return send(res, error_body(400, "Bad Request: the query is not valid UTF-8"));
    if (auto refusal = read_only_refusal(query)) return send(res, error_body(403, "Forbidden: " + *refusal));
    std::string accept = req.get_header_value("Accept");
    if (req.has_param("format")) {
      auto media = format_parameter_media_type(req.get_param_value("format"));
      if (!media)
        return send(res, error_body(400, "Bad Request: unknown format " + req.get_param_value("format") +
                                             " (use json, xml, csv, tsv, turtle, ntriples or rdfxml)"));
      accept = *media;
    }
    // Nothing offered at all is acceptable: 406 without running the query.
    std::vector<std::string> all = bindings_media_types();
    all.insert(all.end(), graph_media_types().begin(), graph_media_types().end());
    if (!negotiate(accept, all))
      return send(res, error_body(406,
                                  "Not Acceptable: results can be sent as application/sparql-results+json, "
                                  "application/sparql-results+xml, text/csv, text/tab-separated-values, "
                                  "text/turtle, application/n-triples or application/rdf+xml (Accept was: " +
                                      accept + ")"));
    {
      // A GRAPH query needs the store with named graphs: build it here, once,
      // so that the forked workers share it (no fork while it is built).
      std::lock_guard<std::mutex> lock(fork_mutex());
      if (auto err = engine.prepare(query); !err.empty()) return send(res, error_body(500, err));
    }
    worker_slots.acquire();
    Body b = answer_query_isolated(engine, query, accept, limits);
    worker_slots.release();
    if (b.status == 200) {
      res.set_header("X-Result-Rows", std::to_string(b.rows));
      if (b.truncated) {
        res.set_header("X-Result-Truncated", "true");
        res.set_header("X-Result-Row-Limit", std::to_string(limits.row_limit));
      }
      if (!b.notes.empty()) res.set_header("X-Query-Notes", notes_header(b.notes));
    }
    if (b.status == 503) res.set_header("Retry-After", "1");
    send(res, b);
  };
  svr.Get("/sparql", sparql);
  svr.Post("/sparql", sparql);
  auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Allow", "GET, POST, OPTIONS");
    send(res, error_body(405, "Method Not Allowed: " + req.method + " (use GET or POST)"));
  };
  svr.Put("/sparql", not_allowed);
  svr.Delete("/sparql", not_allowed);
  svr.Patch("/sparql", not_allowed);
  svr.Options(R"(/.*)", [](const httplib::Request&, httplib::Response& res) {
    res.status = 204;
    res.set_header("Allow", "GET, POST, OPTIONS");
    res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Content-Type, Accept");
    res.set_header("Access-Control-Max-Age", "86400");
  });

  svr.Get("/healthz", [triples](const httplib::Request&, httplib::Response& res) {
    res.set_content("ok " + std::to_string(triples) + " triples\n", "text/plain; charset=utf-8");
  });
  const std::string queries = queries_json();
  const std::string style = style_json();
  svr.Get("/api/queries", [&queries](const httplib::Request&, httplib::Response& res) {
    res.set_content(queries, "application/json");
  });
  svr.Get("/api/style",
          [&style](const httplib::Request&, httplib::Response& res) { res.set_content(style, "application/json"); });
  svr.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    if (web::bundled())
      res.set_content(std::string(*web::find("index.html")), "text/html; charset=utf-8");
    else
      res.set_content(kNoBundlePage, "text/html; charset=utf-8");
  });
  svr.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
  for (const char* name : {"app.js", "style.css"}) {
    const std::string path = std::string("/") + name;
    const char* type =
        std::string_view(name).ends_with(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    svr.Get(path, [name, type](const httplib::Request&, httplib::Response& res) {
      auto f = web::find(name);
      if (!f) {
        res.status = 404;
        res.set_content(std::string(name) + " is not in this build (CKG_WEB=OFF)\n", "text/plain; charset=utf-8");
        return;
      }
      res.set_header("Cache-Control", "no-cache");
      res.set_content(std::string(*f), type);
    });
  }

  int port = o.port;
  if (port == 0) {
    port = svr.bind_to_any_port(o.host);
    if (port < 0) port = 0;
  } else if (!svr.bind_to_port(o.host, port)) {
    port = 0;
  }
  if (port == 0) {
    std::fprintf(stderr, "clusterkg: error: serve: cannot listen on %s:%d (address in use or not available)\n",
                 o.host.c_str(), o.port);
    return exit_code::kFailure;
  }

  std::atomic<bool> stopping{false};
  std::thread signal_thread([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (sig == SIGUSR1) return;  // the server stopped by itself
    stopping = true;
    {
      std::lock_guard<std::mutex> lock(fork_mutex());
      std::fprintf(stderr, "clusterkg serve: %s received, shutting down\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    }
    cancel_workers();  // running queries end now with 503, not at their time limit
    // A signal right after start-up may come before the accept loop runs.
    for (int i = 0; i < 500 && !svr.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    svr.stop();
  });

  std::printf("clusterkg serve: listening on http://%s:%d/ (%zu triples from %s)\n", o.host.c_str(), port, triples,
              source.c_str());
  std::fflush(stdout);
  const bool ok = svr.listen_after_bind();
  if (!stopping) pthread_kill(signal_thread.native_handle(), SIGUSR1);
  signal_thread.join();
  {
    std::lock_guard<std::mutex> lock(fork_mutex());
    std::fprintf(stderr, "clusterkg serve: stopped\n");
  }
  return ok || stopping ? exit_code::kOk : exit_code::kFailure;
}

}  // namespace ckg::serve
