// End to end: build the bundled sample corpus with the real binary, read the
// outputs back and check facts, determinism and the analyst queries.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "query/results_format.h"
#include "query/sparql.h"
#include "support/helpers.h"

using namespace ckg;
namespace fs = std::filesystem;

namespace {

const std::string kPrefixes =
    "PREFIX ckg: <https://w3id.org/clusterkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

// The sample built once per test process.
const fs::path& sample_dir() {
  static test::TempDir dir;
  static bool built = false;
  if (!built) {
    auto r = test::run_clusterkg({"build", "-o", (dir / "out").string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    built = true;
  }
  static fs::path out = dir / "out";
  return out;
}

SparqlEngine& sample_graph() {
  static SparqlEngine e;
  static bool loaded = false;
  if (!loaded) {
    REQUIRE(e.load(sample_dir() / "graph.ttl") == "");
    loaded = true;
  }
  return e;
}

std::vector<std::vector<std::string>> select(const std::string& q) {
  QueryError err;
  auto r = sample_graph().run(kPrefixes + q, err);
  INFO(err.message);
  REQUIRE(r.has_value());
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : r->rows) {
    std::vector<std::string> v;
    for (const auto& t : row) v.push_back(t ? t->value : "");
    rows.push_back(v);
  }
  return rows;
}

bool ask(const std::string& pattern) {
  QueryError err;
  auto r = sample_graph().run(kPrefixes + "ASK { " + pattern + " }", err);
  INFO(err.message);
  REQUIRE(r.has_value());
  return r->boolean;
}

}  // namespace

TEST_CASE("building the sample writes every output format") {
  for (const char* f : {"graph.ttl", "graph.nt", "graph.nq", "graph.rdf", "graph.graphml", "graph.gexf"}) {
    CAPTURE(f);
    CHECK(fs::file_size(sample_dir() / f) > 1000);
  }
  for (const auto& e : fs::directory_iterator(sample_dir()))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("the sample graph links places to the gazetteer") {
  // 无锡 is 无锡市 with its GB/T 2260 code and a GCJ-02 point, part of 江苏省.
  CHECK(
      ask("?c a ckg:City ; rdfs:label \"无锡市\"@zh ; ckg:adminCode \"320200\" ; ckg:datum \"GCJ-02\" ; "
          "<http://www.w3.org/2003/01/geo/wgs84_pos#lat> ?lat . "
          "?c ckg:partOf ?p . ?p rdfs:label \"江苏省\"@zh ; ckg:adminCode \"320000\" ."));
  // 鼓楼区 exists in four cities; the article names 南京, so it is 南京's (320106).
  CHECK(ask("?d a ckg:District ; rdfs:label \"鼓楼区\"@zh ; ckg:adminCode \"320106\" ."));
  CHECK_FALSE(ask("?d a ckg:District ; ckg:adminCode \"350102\" ."));  // 福州's 鼓楼区
  // A district's closure reaches its province.
  CHECK(ask("?d ckg:adminCode \"320106\" ; ckg:within ?p . ?p ckg:adminCode \"320000\" ."));
}

TEST_CASE("the sample graph normalises money to yuan") {
  // 1.2万亿元 by 2030 (06a), and 4000亿 without 元 (07).
  CHECK(
      ask("?x ckg:targetScale ?t . ?t ckg:amount ?a ; ckg:year ?y . "
          "FILTER(?a = 1200000000000 && STR(?y) = \"2030\")"));
  CHECK(ask("?x ?p ?t . ?t a ckg:MonetaryAmount ; ckg:amount ?a . FILTER(?a = 400000000000)"));
  // 32.7亿元 of total investment (01, item 4).
  CHECK(ask("?x ckg:investment ?t . ?t ckg:amount ?a . FILTER(?a = 3270000000)"));
}

TEST_CASE("a fund named in full and by its short name is one node") {
  auto rows = select(
      "SELECT ?f WHERE { ?f a ckg:Fund ; skos:altLabel \"湘江智造基金\"@zh ; "
      "rdfs:label \"湘江智造产业投资基金\"@zh . }");
  CHECK(rows.size() == 1);
  CHECK(select("SELECT ?f WHERE { ?f a ckg:Fund ; rdfs:label \"湘江智造基金\"@zh }").empty());
}

TEST_CASE("text inside HTML scripts is not extracted") {
  // 05's <script> holds 深圳市, 腾讯 and 1000亿元; the article must not mention them.
  const std::string article05 = "?a ckg:sourcePath \"data/sample/05_chaoyang_ai_cluster.html\" . ";
  REQUIRE(ask(article05));
  CHECK_FALSE(ask(article05 + "?x rdfs:label \"深圳市\"@zh ; ckg:mentionedIn ?a ."));
  CHECK_FALSE(ask(article05 + "?x rdfs:label \"腾讯\"@zh ; ckg:mentionedIn ?a ."));
  CHECK_FALSE(ask(article05 + "?s ckg:mentionedIn ?a ; ?p ?t . ?t ckg:amount ?v . FILTER(?v = 100000000000)"));
}

TEST_CASE("every fact has an assertion with its sentence and article") {
  auto facts = select(
      "SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(?p = ckg:locatedIn || ?p = ckg:inSector || ?p = ckg:targetScale "
      "|| ?p = ckg:currentScale || ?p = ckg:investment || ?p = ckg:memberOf || ?p = ckg:foundedBy || "
      "?p = ckg:issuedBy || ?p = ckg:heldIn) }");
  REQUIRE(facts.size() > 20);
  auto traced = select(
      "SELECT DISTINCT ?s ?p ?o WHERE { ?a a ckg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
      "ckg:evidence ?sent ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?art . ?sent ckg:text ?t ; "
      "ckg:charStart ?b ; ckg:charEnd ?e ; ckg:inArticle ?art . ?art a ckg:Article . }");
  std::set<std::vector<std::string>> with_evidence(traced.begin(), traced.end());
  for (const auto& f : facts) {
    CAPTURE(f[0]);
    CAPTURE(f[1]);
    CHECK(with_evidence.count(f) == 1);
  }
}

TEST_CASE("the sentence span points into the original article text") {
  // The HTML article's title and date come from the page.
  CHECK(ask("?a a ckg:Article ; <https://schema.org/datePublished> ?d . FILTER(STR(?d) = \"2025-06-03\")"));
  auto rows = select("SELECT ?t ?b ?e WHERE { ?s a ckg:Sentence ; ckg:text ?t ; ckg:charStart ?b ; ckg:charEnd ?e }");
  REQUIRE(!rows.empty());
  for (const auto& r : rows) {
    CAPTURE(r[0]);
    const long b = std::stol(r[1]), e = std::stol(r[2]);
    CHECK(e > b);
    // charEnd - charStart is the sentence length in code points.
    std::size_t cps = 0;
    for (unsigned char c : r[0])
      if ((c & 0xC0) != 0x80) ++cps;
    CHECK(static_cast<long>(cps) == e - b);
  }
}

TEST_CASE("two builds of the same input are byte-identical") {
  test::TempDir other;
  auto r = test::run_clusterkg({"build", "-o", other.path().string()});
  REQUIRE(r.status == 0);
  for (const char* f : {"graph.ttl", "graph.nt", "graph.nq", "graph.rdf", "graph.graphml", "graph.gexf"}) {
    CAPTURE(f);
    CHECK(test::read_file(sample_dir() / f) == test::read_file(other / f));
  }
}

TEST_CASE("building articles separately and together gives the same triples") {
  // Two sample articles that no alias ties together.
  test::TempDir work;
  const auto src = test::source_dir() / "data" / "sample";
  auto a =
      test::run_clusterkg({"build", (src / "07_guangdong_energy_storage.txt").string(), "-o", (work / "a").string()});
  auto b = test::run_clusterkg(
      {"build", (src / "08_nanjing_gulou_digital_finance.txt").string(), "-o", (work / "b").string()});
  auto ab =
      test::run_clusterkg({"build", (src / "07_guangdong_energy_storage.txt").string(),
                           (src / "08_nanjing_gulou_digital_finance.txt").string(), "-o", (work / "ab").string()});
  REQUIRE(a.status == 0);
  REQUIRE(b.status == 0);
  REQUIRE(ab.status == 0);
  auto lines = [](const fs::path& p) {
    std::set<std::string> s;
    std::string text = test::read_file(p), line;
    for (char c : text) {
      if (c == '\n') {
        if (!line.empty()) s.insert(line);
        line.clear();
      } else {
        line.push_back(c);
      }
    }
    return s;
  };
  auto ua = lines(work / "a" / "graph.nt"), ub = lines(work / "b" / "graph.nt");
  ua.insert(ub.begin(), ub.end());
  CHECK(ua == lines(work / "ab" / "graph.nt"));
}

TEST_CASE("every analyst query in queries returns rows on the sample") {
  int count = 0;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "queries")) {
    if (e.path().extension() != ".rq") continue;
    ++count;
    CAPTURE(e.path().filename().string());
    auto r = test::run_clusterkg({"query", "--data", sample_dir().string(), e.path().string(), "--format", "tsv"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto lines = std::count(r.out.begin(), r.out.end(), '\n');
    CHECK(lines >= 2);  // header + at least one row
    // No row with every column empty (rasqal's spurious aggregate row).
    CHECK(r.out.find("\n\t\n") == std::string::npos);
  }
  CHECK(count >= 8);
}

TEST_CASE("query output formats") {
  const auto q = (test::source_dir() / "queries" / "sectors_by_clusters.rq").string();
  auto json = test::run_clusterkg({"query", "--data", sample_dir().string(), q, "--format", "json"});
  REQUIRE(json.status == 0);
  CHECK(json.out.find("\"head\"") != std::string::npos);
  CHECK(json.out.find("\"bindings\"") != std::string::npos);
  auto csv = test::run_clusterkg({"query", "--data", sample_dir().string(), q, "--format", "csv"});
  REQUIRE(csv.status == 0);
  CHECK(csv.out.rfind("sector,clusters\r\n", 0) == 0);
  auto table = test::run_clusterkg({"query", "--data", sample_dir().string(), q});
  REQUIRE(table.status == 0);
  CHECK(table.out.find("| sector") != std::string::npos);
  auto bad = test::run_clusterkg({"query", "--data", sample_dir().string(), q, "--format", "yaml"});
  CHECK(bad.status == 2);
}

TEST_CASE("query refuses what rasqal cannot run and reports syntax errors") {
  auto values = test::run_clusterkg({"query", "--data", sample_dir().string(), "SELECT ?x WHERE { VALUES ?x { 1 } }"});
  CHECK(values.status == 4);
  CHECK(values.err.find("VALUES") != std::string::npos);
  auto syntax = test::run_clusterkg({"query", "--data", sample_dir().string(), "SELECT ?x WHERE { ?x ?y }"});
  CHECK(syntax.status == 4);
  CHECK(!syntax.err.empty());
}

TEST_CASE("usage errors exit with status 2") {
  CHECK(test::run_clusterkg({}).status == 2);
  CHECK(test::run_clusterkg({"build", "--no-such-option"}).status == 2);
  CHECK(test::run_clusterkg({"--help"}).status == 0);
}
