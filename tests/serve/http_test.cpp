// `clusterkg serve` over real HTTP on 127.0.0.1: every method, content type,
// error status, the read-only refusals, timeouts, the row limit, crash
// isolation, the web page's routes, clean shutdown, and the same rows as
// `clusterkg query` for every query in queries/.
#include <doctest/doctest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <regex>

#include "core/embedded_data.h"
#include "core/vocab.h"
#include "export/style.h"
#include "query/sparql.h"
#include "serve/web_assets.h"
#include "serve_fixture.h"

using namespace ckg;
using ckg::test::ServeProcess;

namespace {

const std::string kSelect =
    "PREFIX ckg: <https://w3id.org/clusterkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "SELECT ?c ?name WHERE { ?c a ckg:IndustrialCluster ; rdfs:label ?name . } ORDER BY ?name";
const std::string kConstruct =
    "PREFIX ckg: <https://w3id.org/clusterkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "CONSTRUCT { ?c rdfs:label ?name ; ckg:memberOf ?x . } WHERE { ?c a ckg:IndustrialCluster ; rdfs:label ?name . "
    "OPTIONAL { ?c ckg:memberOf ?x } }";
const std::string kAllTriples = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";

// The main server: a generous time limit (region_clusters.rq takes 1.7 s of CPU,
// more on a busy CI machine), debug hooks on.
ServeProcess& server() {
  static ServeProcess s({"--debug-hooks", "--timeout-ms", "120000"});
  REQUIRE_MESSAGE(s.running(), s.err());
  return s;
}

// A server with a tiny row limit and a short time limit.
ServeProcess& limited() {
  static ServeProcess s({"--debug-hooks", "--row-limit", "3", "--timeout-ms", "800"});
  REQUIRE_MESSAGE(s.running(), s.err());
  return s;
}

httplib::Result get(ServeProcess& s, const std::string& query, const std::string& accept = "") {
  auto c = s.client();
  httplib::Headers h;
  if (!accept.empty()) h.emplace("Accept", accept);
  return c.Get("/sparql", httplib::Params{{"query", query}}, h);
}

httplib::Result post_query(ServeProcess& s, const std::string& query, const std::string& accept = "") {
  auto c = s.client();
  httplib::Headers h;
  if (!accept.empty()) h.emplace("Accept", accept);
  return c.Post("/sparql", h, query, "application/sparql-query");
}

std::size_t count_triples(const std::string& body, const std::string& ext) {
  test::TempDir d;
  test::write_file(d / ("g" + ext), body);
  SparqlEngine e;
  const auto err = e.load(d / ("g" + ext));
  INFO(err);
  CHECK(err.empty());
  return e.size();
}

}  // namespace

TEST_CASE("serve GET and both POSTs give the same JSON") {
  auto& s = server();
  auto g = get(s, kSelect);
  REQUIRE(g);
  CHECK(g->status == 200);
  CHECK(g->get_header_value("Content-Type") == "application/sparql-results+json");
  CHECK(g->get_header_value("Access-Control-Allow-Origin") == "*");
  auto j = nlohmann::json::parse(g->body);
  CHECK(j["head"]["vars"] == nlohmann::json::array({"c", "name"}));
  CHECK(j["results"]["bindings"].size() >= 3);
  CHECK(g->get_header_value("X-Result-Rows") == std::to_string(j["results"]["bindings"].size()));
  auto c = s.client();
  auto form = c.Post("/sparql", httplib::Params{{"query", kSelect}});
  REQUIRE(form);
  CHECK(form->status == 200);
  CHECK(form->body == g->body);
  auto direct = post_query(s, kSelect);
  REQUIRE(direct);
  CHECK(direct->status == 200);
  CHECK(direct->body == g->body);
  // Form fields may also ride in the URL of a form POST.
  auto mixed = c.Post(("/sparql?query=" + httplib::detail::encode_query_param(kSelect)).c_str(), "",
                      "application/x-www-form-urlencoded");
  REQUIRE(mixed);
  CHECK(mixed->status == 200);
  // A long query (the web page sends UNIONs of many small patterns).
  std::string long_query = "SELECT ?x WHERE { ";
  for (int i = 0; i < 300; ++i) long_query += "{ <urn:clusterkg:test:" + std::to_string(i) + "> ?p ?x } UNION ";
  long_query += "{ ?c <http://www.w3.org/2000/01/rdf-schema#label> ?x } } LIMIT 1";
  REQUIRE(long_query.size() > 12000);
  auto long_direct = post_query(s, long_query);  // application/sparql-query: up to 1 MB
  REQUIRE(long_direct);
  CHECK(long_direct->status == 200);
  auto long_form = c.Post("/sparql", httplib::Params{{"query", long_query}});
  REQUIRE(long_form);
  CHECK(long_form->status == 413);  // Debian's compiled cpp-httplib: form bodies up to 8 KB
  CHECK(long_form->body.find("application/sparql-query") != std::string::npos);
}

TEST_CASE("serve negotiates SELECT results by Accept") {
  auto& s = server();
  auto xml = get(s, kSelect, "application/sparql-results+xml");
  REQUIRE(xml);
  CHECK(xml->status == 200);
  CHECK(xml->get_header_value("Content-Type") == "application/sparql-results+xml");
  CHECK(xml->body.find("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"") != std::string::npos);
  auto csv = get(s, kSelect, "text/csv");
  REQUIRE(csv);
  CHECK(csv->get_header_value("Content-Type") == "text/csv; charset=utf-8");
  CHECK(csv->body.rfind("c,name\r\n", 0) == 0);
  CHECK(csv->body.find("产业集群") != std::string::npos);
  auto tsv = get(s, kSelect, "text/tab-separated-values");
  REQUIRE(tsv);
  CHECK(tsv->get_header_value("Content-Type") == "text/tab-separated-values; charset=utf-8");
  CHECK(tsv->body.rfind("?c\t?name\n", 0) == 0);
  auto alias = get(s, kSelect, "application/json");
  REQUIRE(alias);
  CHECK(alias->get_header_value("Content-Type") == "application/sparql-results+json");
  auto c = s.client();
  auto fmt = c.Get("/sparql", httplib::Params{{"query", kSelect}, {"format", "csv"}}, httplib::Headers{});
  REQUIRE(fmt);
  CHECK(fmt->get_header_value("Content-Type") == "text/csv; charset=utf-8");
  auto ask = get(s, "ASK { ?s ?p ?o }");
  REQUIRE(ask);
  CHECK(nlohmann::json::parse(ask->body)["boolean"] == true);
  auto bad = get(s, kSelect, "image/png");
  REQUIRE(bad);
  CHECK(bad->status == 406);
  CHECK(bad->body.find("image/png") != std::string::npos);
  // Acceptable for graphs only: the SELECT result cannot be sent.
  auto turtle_for_select = get(s, kSelect, "text/turtle");
  REQUIRE(turtle_for_select);
  CHECK(turtle_for_select->status == 406);
}

TEST_CASE("serve CONSTRUCT as Turtle N-Triples and RDF/XML") {
  auto& s = server();
  auto ttl = get(s, kConstruct);
  REQUIRE(ttl);
  CHECK(ttl->status == 200);
  CHECK(ttl->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
  auto nt = get(s, kConstruct, "application/n-triples");
  REQUIRE(nt);
  CHECK(nt->get_header_value("Content-Type") == "application/n-triples");
  // Gephi's Semantic Web Import: form POST, RDF/XML.
  auto c = s.client();
  auto rdf =
      c.Post("/sparql", httplib::Headers{{"Accept", "application/rdf+xml"}}, httplib::Params{{"query", kConstruct}});
  REQUIRE(rdf);
  CHECK(rdf->status == 200);
  CHECK(rdf->get_header_value("Content-Type") == "application/rdf+xml");
  const std::size_t n = count_triples(nt->body, ".nt");
  CHECK(n >= 3);
  CHECK(count_triples(ttl->body, ".ttl") == n);
  CHECK(count_triples(rdf->body, ".rdf") == n);
  CHECK(ttl->body.find("产业集群") != std::string::npos);
  CHECK(rdf->body.find("产业集群") != std::string::npos);
  auto csv = get(s, kConstruct, "text/csv");
  REQUIRE(csv);
  CHECK(csv->status == 406);
}

TEST_CASE("serve status codes for bad requests") {
  auto& s = server();
  auto c = s.client();
  auto syntax = get(s, "SELECT ?x WHERE { ?x ?p ");
  REQUIRE(syntax);
  CHECK(syntax->status == 400);
  CHECK(syntax->body.find("line") != std::string::npos);
  // An error before the end of the text: the guard finds its column.
  auto column = get(s, "SELECT ?x\nWHERE {\n  ?x ?p \"北京\" ;; }");
  REQUIRE(column);
  CHECK(column->status == 400);
  INFO(column->body);
  CHECK(column->body.find("line 3, column 15") != std::string::npos);
  CHECK(column->body.find("syntax error") != std::string::npos);
  // VALUES on a variable no pattern binds cannot be rewritten: refused, not crashed.
  auto unsupported = get(s, "SELECT ?x WHERE { VALUES ?x { 1 2 } }");
  REQUIRE(unsupported);
  CHECK(unsupported->status == 400);
  CHECK(unsupported->body.find("VALUES") != std::string::npos);
  auto empty = get(s, "  ");
  REQUIRE(empty);
  CHECK(empty->status == 400);
  auto no_field = c.Post("/sparql", httplib::Params{{"q", kSelect}});
  REQUIRE(no_field);
  CHECK(no_field->status == 400);
  auto bad_utf8 = post_query(s, std::string("SELECT * WHERE { ?s ?p \"\xff\" }"));
  REQUIRE(bad_utf8);
  CHECK(bad_utf8->status == 400);
  auto dataset =
      c.Get("/sparql", httplib::Params{{"query", kSelect}, {"default-graph-uri", "http://x/g"}}, httplib::Headers{});
  REQUIRE(dataset);
  CHECK(dataset->status == 400);
  auto bad_format = c.Get("/sparql", httplib::Params{{"query", kSelect}, {"format", "png"}}, httplib::Headers{});
  REQUIRE(bad_format);
  CHECK(bad_format->status == 400);
  auto plain = c.Post("/sparql", kSelect, "text/plain");
  REQUIRE(plain);
  CHECK(plain->status == 415);
  CHECK(plain->body.find("application/sparql-query") != std::string::npos);
  auto put = c.Put("/sparql", kSelect, "application/sparql-query");
  REQUIRE(put);
  CHECK(put->status == 405);
  CHECK(put->get_header_value("Allow") == "GET, POST, OPTIONS");
  auto del = c.Delete("/sparql");
  REQUIRE(del);
  CHECK(del->status == 405);
  auto missing = c.Get("/nothing-here");
  REQUIRE(missing);
  CHECK(missing->status == 404);
}

TEST_CASE("serve runs VALUES rewritten as a FILTER") {
  // rasqal 0.9.33 crashes on VALUES; the query guard rewrites a one-variable
  // VALUES into FILTER(?x IN (...)), so the endpoint answers it.
  auto& s = server();
  const std::string prologue =
      "PREFIX ckg: <https://w3id.org/clusterkg/ontology#>\n"
      "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
  auto values = get(s,
                    prologue +
                        "SELECT ?c ?name WHERE { ?c a ckg:IndustrialCluster ; rdfs:label ?name . "
                        "VALUES ?name { \"长沙工程机械产业集群\"@zh \"南昌新型储能产业集群\"@zh } } ORDER BY ?name",
                    "application/sparql-results+json");
  REQUIRE(values);
  CHECK(values->status == 200);
  CHECK(values->get_header_value("X-Result-Rows") == "2");
  auto filter =
      get(s,
          prologue +
              "SELECT ?c ?name WHERE { ?c a ckg:IndustrialCluster ; rdfs:label ?name . "
              "FILTER(?name = \"长沙工程机械产业集群\"@zh || ?name = \"南昌新型储能产业集群\"@zh) } ORDER BY ?name",
          "application/sparql-results+json");
  REQUIRE(filter);
  CHECK(filter->status == 200);
  CHECK(nlohmann::json::parse(values->body)["results"] == nlohmann::json::parse(filter->body)["results"]);
  // The client is told about the rewrite: X-Query-Notes (a JSON array in
  // ASCII) and the body's "clusterkg" member; a query without one has neither.
  const std::string header = values->get_header_value("X-Query-Notes");
  for (unsigned char ch : header) CHECK(ch < 0x80);
  const auto notes = nlohmann::json::parse(header);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].get<std::string>().find("FILTER(?name IN (\"长沙工程机械产业集群\"@zh") != std::string::npos);
  CHECK(nlohmann::json::parse(values->body)["clusterkg"]["notes"] == notes);
  CHECK_FALSE(filter->has_header("X-Query-Notes"));
  CHECK(nlohmann::json::parse(filter->body).count("clusterkg") == 0);
  auto csv = get(s, prologue + "SELECT ?name WHERE { ?c rdfs:label ?name . VALUES ?name { \"x\" } }", "text/csv");
  REQUIRE(csv);
  CHECK(csv->status == 200);
  CHECK(csv->has_header("X-Query-Notes"));
  CHECK(s.client().Options("/sparql")->get_header_value("Access-Control-Expose-Headers").find("X-Query-Notes") !=
        std::string::npos);
  // The crash isolation is still there for what the guard lets through: the
  // debug hook aborts the worker of an otherwise good VALUES query.
  auto crash =
      get(s, prologue + "SELECT ?name WHERE { ?c rdfs:label ?name . VALUES ?name { \"x\" } } #ckg-debug:abort\n");
  REQUIRE(crash);
  CHECK(crash->status == 500);
  CHECK(s.client().Get("/healthz")->status == 200);
}

TEST_CASE("serve is read-only") {
  auto& s = server();
  auto c = s.client();
  auto update_form = c.Post("/sparql", httplib::Params{{"update", "INSERT DATA { <a:a> <a:b> <a:c> }"}});
  REQUIRE(update_form);
  CHECK(update_form->status == 403);
  auto update_body = c.Post("/sparql", "DELETE WHERE { ?s ?p ?o }", "application/sparql-update");
  REQUIRE(update_body);
  CHECK(update_body->status == 403);
  for (const std::string q : {"INSERT DATA { <a:a> <a:b> <a:c> }", "LOAD <http://example.org/data.ttl>",
                              "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                              "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}) {
    auto r = get(s, q);
    REQUIRE(r);
    INFO(q);
    CHECK(r->status == 403);
    CHECK(r->body.find("Forbidden") != std::string::npos);
  }
  // Still every triple there.
  auto count = get(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
  REQUIRE(count);
  CHECK(count->status == 200);
}

TEST_CASE("serve CORS preflight service description and liveness") {
  auto& s = server();
  auto c = s.client();
  auto pre = c.Options("/sparql", httplib::Headers{{"Origin", "http://example.org"},
                                                   {"Access-Control-Request-Method", "POST"},
                                                   {"Access-Control-Request-Headers", "content-type"}});
  REQUIRE(pre);
  CHECK(pre->status == 204);
  CHECK(pre->get_header_value("Access-Control-Allow-Origin") == "*");
  CHECK(pre->get_header_value("Access-Control-Allow-Methods").find("POST") != std::string::npos);
  CHECK(pre->get_header_value("Access-Control-Allow-Headers").find("Content-Type") != std::string::npos);
  auto sd = c.Get("/sparql");
  REQUIRE(sd);
  CHECK(sd->status == 200);
  CHECK(sd->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
  test::TempDir d;
  test::write_file(d / "sd.ttl", sd->body);
  SparqlEngine e;
  REQUIRE(e.load(d / "sd.ttl") == "");
  QueryError err;
  auto r = e.run(
      "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\nASK { ?s a sd:Service ; "
      "sd:endpoint <http://127.0.0.1:" +
          std::to_string(s.port()) + "/sparql> ; sd:supportedLanguage sd:SPARQL11Query }",
      err);
  REQUIRE(r);
  CHECK(r->boolean);
  auto h = c.Get("/healthz");
  REQUIRE(h);
  CHECK(h->status == 200);
  CHECK(h->body.rfind("ok ", 0) == 0);
}

TEST_CASE("serve row limit is applied and reported") {
  auto& s = limited();
  auto j = get(s, kAllTriples);
  REQUIRE(j);
  CHECK(j->status == 200);
  CHECK(j->get_header_value("X-Result-Truncated") == "true");
  CHECK(j->get_header_value("X-Result-Row-Limit") == "3");
  auto body = nlohmann::json::parse(j->body);
  CHECK(body["results"]["bindings"].size() == 3);
  CHECK(body["clusterkg"]["truncated"] == true);
  auto csv = get(s, kAllTriples, "text/csv");
  REQUIRE(csv);
  CHECK(std::count(csv->body.begin(), csv->body.end(), '\n') == 4);
  auto nt = get(s, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
  REQUIRE(nt);
  CHECK(nt->get_header_value("X-Result-Truncated") == "true");
  CHECK(std::count(nt->body.begin(), nt->body.end(), '\n') == 3);
  auto small = get(s, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2");
  REQUIRE(small);
  CHECK_FALSE(small->has_header("X-Result-Truncated"));
}

TEST_CASE("serve stops a query at the time limit and carries on") {
  auto& s = limited();
  const auto t0 = std::chrono::steady_clock::now();
  auto slow = get(s, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 #ckg-debug:sleep=20000\n");
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(slow);
  CHECK(slow->status == 503);
  CHECK(slow->body.find("timed out") != std::string::npos);
  CHECK(slow->body.find("800 ms") != std::string::npos);
  CHECK(secs < 5.0);
  // A real runaway query: a three-way cross product of the graph.
  auto cross = get(s, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
  REQUIRE(cross);
  CHECK(cross->status == 503);
  auto after = get(s, "ASK { ?s ?p ?o }");
  REQUIRE(after);
  CHECK(after->status == 200);
}

// AddressSanitizer's allocator (LLVM 14) is not fork-safe: a query worker
// forked while another server thread holds the allocator's lock waits on it
// for ever (seen with gdb: the child blocked in SizeClassAllocator64's
// semaphore, 2 runs in 15). glibc's malloc and jemalloc, which the release
// binary uses, lock their arenas around fork. So under ASan the concurrent
// part of the test below does not run; the release build runs it in CI.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kForkSafeMalloc = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kForkSafeMalloc = false;
#else
constexpr bool kForkSafeMalloc = true;
#endif
#else
constexpr bool kForkSafeMalloc = true;
#endif

TEST_CASE("serve survives a crashing query worker") {
  auto& s = server();
  auto crash = get(s, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 #ckg-debug:abort\n");
  REQUIRE(crash);
  CHECK(crash->status == 500);
  CHECK(crash->body.find("crashed") != std::string::npos);
  if (!kForkSafeMalloc) {
    MESSAGE("AddressSanitizer build: concurrent crashes not tested (its allocator is not fork-safe)");
    return;
  }
  // Crashes while other queries run: every normal query is still answered.
  std::atomic<int> ok{0}, crashed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 4; ++i) {
        auto r = get(s, t % 3 == 0 ? "ASK { ?s ?p ?o } #ckg-debug:abort\n" : kSelect);
        if (r && r->status == 200) ++ok;
        if (r && r->status == 500) ++crashed;
      }
    });
  for (auto& t : threads) t.join();
  CHECK(ok == 16);
  CHECK(crashed == 8);
  auto h = s.client().Get("/healthz");
  REQUIRE(h);
  CHECK(h->status == 200);
}

TEST_CASE("serve answers every bundled query like clusterkg query") {
  auto& s = server();
  int n = 0;
  for (const auto& f : embedded::files()) {
    if (f.path.rfind("queries/", 0) != 0) continue;
    ++n;
    INFO(f.path);
    const std::string text(f.content);
    auto http = post_query(s, text, "application/sparql-results+json");
    REQUIRE(http);
    CHECK(http->status == 200);
    auto cli = test::run_clusterkg({"query", "--data", test::serve_sample_dir().string(), "--format", "json",
                                    (test::source_dir() / f.path).string()});
    REQUIRE(cli.status == 0);
    const auto a = nlohmann::json::parse(http->body);
    const auto b = nlohmann::json::parse(cli.out);
    CHECK(a == b);
    CHECK(a["results"]["bindings"].size() > 0);
  }
  CHECK(n >= 10);
}

TEST_CASE("serve web page routes") {
  auto& s = server();
  auto c = s.client();
  auto index = c.Get("/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK(index->get_header_value("Content-Type") == "text/html; charset=utf-8");
  auto js = c.Get("/app.js");
  REQUIRE(js);
  if (serve::web::bundled()) {
    CHECK(index->body.find("<script src=\"/app.js\">") != std::string::npos);
    CHECK(js->status == 200);
    CHECK(js->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
    CHECK(js->body.size() > 100000);  // cytoscape is inside
  } else {
    CHECK(index->body.find("without the web page") != std::string::npos);
    CHECK(js->status == 404);
  }
  auto css = c.Get("/style.css");
  REQUIRE(css);
  CHECK(css->status == 200);
  auto queries = nlohmann::json::parse(c.Get("/api/queries")->body);
  std::size_t files = 0;
  for (const auto& f : embedded::files()) files += f.path.rfind("queries/", 0) == 0;
  CHECK(queries.size() == files);
  CHECK(queries[0]["text"].get<std::string>().find("SELECT") != std::string::npos);
  auto style = nlohmann::json::parse(c.Get("/api/style")->body);
  CHECK(style["classes"][class_iri(EntityType::IndustrialCluster)]["color"] ==
        hex_color(type_color(EntityType::IndustrialCluster)));
}

TEST_CASE("serve logs one line per request and shuts down cleanly") {
  ServeProcess s({});
  REQUIRE_MESSAGE(s.running(), s.err());
  auto c = s.client();
  for (int i = 0; i < 5; ++i) REQUIRE(c.Get("/healthz"));
  REQUIRE(get(s, kSelect));
  CHECK(s.stop(SIGTERM) == 0);
  const std::string log = s.err();
  const std::regex line(R"(\n?\S+Z 127\.0\.0\.1 GET /healthz 200 \d+B [0-9.]+ms)");
  CHECK(std::distance(std::sregex_iterator(log.begin(), log.end(), line), std::sregex_iterator()) == 5);
  CHECK(log.find("GET /sparql 200") != std::string::npos);
  CHECK(log.find("SIGTERM received") != std::string::npos);
  CHECK(log.find("clusterkg serve: stopped") != std::string::npos);
  ServeProcess t({});
  REQUIRE(t.running());
  CHECK(t.stop(SIGINT) == 0);
}

TEST_CASE("serve shutdown stops running queries at once") {
  ServeProcess s({"--debug-hooks", "--timeout-ms", "60000"});
  REQUIRE_MESSAGE(s.running(), s.err());
  int status = 0;
  std::string body;
  std::thread slow([&] {
    auto r = get(s, "ASK { ?s ?p ?o } #ckg-debug:sleep=30000\n");
    if (r) {
      status = r->status;
      body = r->body;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const auto t0 = std::chrono::steady_clock::now();
  CHECK(s.stop(SIGTERM) == 0);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  slow.join();
  CHECK(secs < 5.0);
  CHECK(status == 503);
  CHECK(body.find("shutting down") != std::string::npos);
}

TEST_CASE("serve refuses to start on a bad graph or a busy port") {
  test::TempDir d;
  ServeProcess missing({"--data", (d / "nope").string()});
  CHECK_FALSE(missing.running());
  CHECK(missing.exit_status() == 1);
  CHECK(missing.err().find("nope") != std::string::npos);
  test::write_file(d / "bad.ttl", "this is not turtle <<<");
  ServeProcess bad({"--data", (d / "bad.ttl").string()});
  CHECK(bad.exit_status() == 1);
  CHECK(bad.err().find("bad.ttl") != std::string::npos);
  auto& s = server();
  auto busy =
      test::run_clusterkg({"serve", "--data", test::serve_sample_dir().string(), "--port", std::to_string(s.port())});
  CHECK(busy.status == 1);
  CHECK(busy.err.find("cannot listen") != std::string::npos);
}
