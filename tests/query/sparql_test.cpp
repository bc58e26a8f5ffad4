#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "query/query_guard.h"
#include "query/results_format.h"
#include "query/sparql.h"
#include "support/helpers.h"

#include <fstream>

using namespace ckg;

namespace {

const std::string kCkg = "https://w3id.org/clusterkg/ontology#";
const std::string kId = "https://w3id.org/clusterkg/id/";

SparqlEngine& engine_with_data() {
  static SparqlEngine e;
  static bool loaded = false;
  if (!loaded) {
    const Term type = Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    const Term label = Term::iri("http://www.w3.org/2000/01/rdf-schema#label");
    std::vector<Triple> a = {
        {Term::iri(kId + "cluster/c1"), type, Term::iri(kCkg + "IndustrialCluster")},
        {Term::iri(kId + "cluster/c1"), label, Term::lit("广东光芯片产业集群", "zh")},
        {Term::iri(kId + "cluster/c2"), type, Term::iri(kCkg + "IndustrialCluster")},
        {Term::iri(kId + "cluster/c2"), label, Term::lit("淮南新能源汽车产业集群", "zh")},
    };
    e.add(a, kId + "article/a1");
    e.add(a, kId + "article/a2");  // the same triples stated by a second article
    loaded = true;
  }
  return e;
}

}  // namespace

TEST_CASE("a triple stated by two articles is one solution") {
  auto& e = engine_with_data();
  CHECK(e.size() == 4);
  QueryError err;
  auto r = e.run("PREFIX ckg: <" + kCkg + "> SELECT ?c WHERE { ?c a ckg:IndustrialCluster } ORDER BY ?c", err);
  REQUIRE(r.has_value());
  CHECK(r->rows.size() == 2);
}

TEST_CASE("SELECT ASK and CONSTRUCT results") {
  auto& e = engine_with_data();
  QueryError err;
  auto ask = e.run("ASK { ?c <http://www.w3.org/2000/01/rdf-schema#label> \"广东光芯片产业集群\"@zh }", err);
  REQUIRE(ask.has_value());
  CHECK(ask->kind == QueryResult::Kind::Boolean);
  CHECK(ask->boolean);
  auto con = e.run("CONSTRUCT { ?c <urn:x> ?l } WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l }", err);
  REQUIRE(con.has_value());
  CHECK(con->kind == QueryResult::Kind::Graph);
  CHECK(con->triples.size() == 2);
  auto sel = e.run("SELECT ?l WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l", err);
  REQUIRE(sel.has_value());
  REQUIRE(sel->rows.size() == 2);
  CHECK(sel->rows[0][0]->lang == "zh");
}

TEST_CASE("a syntax error is an error not an empty result") {
  auto& e = engine_with_data();
  QueryError err;
  auto r = e.run("SELECT ?x WHERE { ?x ?y }", err);
  CHECK_FALSE(r.has_value());
  CHECK_FALSE(err.message.empty());
}

TEST_CASE("VALUES is refused before it reaches rasqal") {
  auto& e = engine_with_data();
  QueryError err;
  auto r = e.run("SELECT ?x WHERE { VALUES ?x { 1 2 } }", err);
  CHECK_FALSE(r.has_value());
  CHECK(err.unsupported);
  CHECK(err.message.find("FILTER") != std::string::npos);
}

TEST_CASE("results JSON follows SPARQL 1.1 and keeps astral characters valid") {
  QueryResult r;
  r.variables = {"x", "y"};
  ResultTerm lit;
  lit.value = "𠮷野家";
  lit.lang = "zh";
  ResultTerm iri;
  iri.kind = ResultTerm::Kind::Iri;
  iri.value = "https://w3id.org/clusterkg/id/x";
  r.rows.push_back({lit, std::nullopt});
  r.rows.push_back({iri, lit});
  const auto json = format_result(r, ResultFormat::Json);
  CHECK(json.find("\"vars\"") != std::string::npos);
  CHECK(json.find("𠮷野家") != std::string::npos);
  CHECK(json.find("\"xml:lang\": \"zh\"") != std::string::npos);
  CHECK(json.find("unbound") == std::string::npos);
  CHECK(json.find("\"type\": \"uri\"") != std::string::npos);
}

TEST_CASE("results XML is well-formed whatever the values hold") {
  QueryResult r;
  r.variables = {"v", "w"};
  ResultTerm odd;  // markup, a control character, U+FFFF and an invalid byte
  odd.value = "A&B <x> \"q\"\x01\xEF\xBF\xBF\xFF广东";
  odd.lang = "zh";
  ResultTerm iri;
  iri.kind = ResultTerm::Kind::Iri;
  iri.value = "https://w3id.org/clusterkg/id/a?b=1&c=2";
  r.rows.push_back({odd, iri});
  const auto xml = format_result(r, ResultFormat::Xml);
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", XML_PARSE_NONET);
  REQUIRE(doc != nullptr);
  xmlFreeDoc(doc);
  CHECK(xml.find("A&amp;B &lt;x&gt; &quot;q&quot;\xEF\xBF\xBD广东") != std::string::npos);
  CHECK(xml.find("id/a?b=1&amp;c=2") != std::string::npos);
}

TEST_CASE("CSV quotes fields and the table aligns wide characters") {
  QueryResult r;
  r.variables = {"name", "n"};
  ResultTerm a;
  a.value = "a,b";
  ResultTerm b;
  b.value = "广东";
  r.rows.push_back({a, b});
  CHECK(format_result(r, ResultFormat::Csv) == "name,n\r\n\"a,b\",广东\r\n");
  const auto table = format_result(r, ResultFormat::Table);
  CHECK(table.find("| a,b  | 广东 |") != std::string::npos);
  CHECK(display_width("广东a") == 5);
}

TEST_CASE("a one-variable VALUES runs as FILTER IN instead of crashing") {
  auto& e = engine_with_data();
  QueryError err;
  auto r = e.run("PREFIX ckg: <" + kCkg + "> SELECT ?c WHERE { ?c a ckg:IndustrialCluster VALUES ?c { <" + kId +
                     "cluster/c2> <urn:none> } }",
                 err);
  REQUIRE(r.has_value());
  REQUIRE(r->rows.size() == 1);
  CHECK(r->rows[0][0]->value == kId + "cluster/c2");
  REQUIRE(r->notes.size() == 1);
  CHECK(r->notes[0].find("FILTER") != std::string::npos);
}

TEST_CASE("a syntax error names its line and column") {
  auto& e = engine_with_data();
  QueryError err;
  auto r = e.run("PREFIX ex: <http://ex.org/>\nSELECT ?x\nWHERE { ?x ex:p ?y ;; }", err);
  CHECK_FALSE(r.has_value());
  CHECK_FALSE(err.unsupported);
  CHECK(err.message.find("line 3, column 21") != std::string::npos);
  CHECK(err.message.find("syntax error") != std::string::npos);
  auto r2 = e.run("SELECT ?x WHERE {\n  ?x ?p \"北京\" .\n  FILTER(?x = ) }", err);
  CHECK_FALSE(r2.has_value());
  CHECK(err.message.find("line 3, column 15") != std::string::npos);
}

TEST_CASE("aggregates over no solution are answered as SPARQL says") {
  auto& e = engine_with_data();
  QueryError err;
  // Without GROUP BY: one row, COUNT 0 (rasqal alone gives no row).
  auto count = e.run("SELECT (COUNT(?x) AS ?n) (MAX(?x) AS ?m) WHERE { ?x <urn:none> ?y }", err);
  REQUIRE(count.has_value());
  REQUIRE(count->rows.size() == 1);
  REQUIRE(count->rows[0][0].has_value());
  CHECK(count->rows[0][0]->value == "0");
  CHECK_FALSE(count->rows[0][1].has_value());
  // With GROUP BY: no group (rasqal alone gives one row with COUNT 1).
  auto grouped = e.run("SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x <urn:none> ?y } GROUP BY ?x", err);
  REQUIRE(grouped.has_value());
  CHECK(grouped->rows.empty());
  // With solutions nothing changes.
  auto real = e.run(
      "SELECT ?c (COUNT(?l) AS ?n) WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l } GROUP "
      "BY ?c ORDER BY ?c",
      err);
  REQUIRE(real.has_value());
  REQUIRE(real->rows.size() == 2);
  CHECK(real->rows[0][1]->value == "1");
  CHECK(real->notes.empty());
  auto total = e.run("SELECT (COUNT(?l) AS ?n) WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l }", err);
  REQUIRE(total.has_value());
  REQUIRE(total->rows.size() == 1);
  CHECK(total->rows[0][0]->value == "2");
}

TEST_CASE("GRAPH queries see each triple in the first graph that states it") {
  SparqlEngine e;
  const Term type = Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  const Term cluster = Term::iri(kCkg + "IndustrialCluster");
  e.add({{Term::iri(kId + "cluster/c1"), type, cluster}, {Term::iri(kId + "cluster/c2"), type, cluster}},
        kId + "article/a1");
  e.add({{Term::iri(kId + "cluster/c2"), type, cluster}, {Term::iri(kId + "cluster/c3"), type, cluster}},
        kId + "article/a2");
  e.add({{Term::iri(kId + "cluster/c4"), type, cluster}});  // no graph: the default graph only
  CHECK(e.size() == 4);
  QueryError err;
  // Without GRAPH: the union of all graphs, each triple once.
  auto all = e.run("SELECT ?c WHERE { ?c a <" + kCkg + "IndustrialCluster> } ORDER BY ?c", err);
  REQUIRE(all.has_value());
  CHECK(all->rows.size() == 4);
  // With GRAPH (any case): the named graphs, built on first use.
  for (const char* kw : {"GRAPH", "graph", "Graph"}) {
    CAPTURE(kw);
    auto per = e.run(std::string("SELECT ?g (COUNT(*) AS ?n) WHERE { ") + kw + " ?g { ?c a <" + kCkg +
                         "IndustrialCluster> } } GROUP BY ?g ORDER BY ?g",
                     err);
    REQUIRE(per.has_value());
    REQUIRE(per->rows.size() == 2);
    CHECK(per->rows[0][0]->value == kId + "article/a1");
    CHECK(per->rows[0][1]->value == "2");
    CHECK(per->rows[1][0]->value == kId + "article/a2");
    CHECK(per->rows[1][1]->value == "1");  // c2 was stated by a1 first
  }
  auto in_a2 = e.run("SELECT ?c WHERE { GRAPH <" + kId + "article/a2> { ?c a <" + kCkg + "IndustrialCluster> } }", err);
  REQUIRE(in_a2.has_value());
  REQUIRE(in_a2->rows.size() == 1);
  CHECK(in_a2->rows[0][0]->value == kId + "cluster/c3");
  // The default graph still holds everything after the named store exists.
  auto again = e.run("ASK { <" + kId + "cluster/c4> a <" + kCkg + "IndustrialCluster> }", err);
  REQUIRE(again.has_value());
  CHECK(again->boolean);
}

TEST_CASE("uses_named_graphs looks for the GRAPH keyword only") {
  CHECK(uses_named_graphs("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"));
  CHECK(uses_named_graphs("select * where { graph <urn:g> { ?s ?p ?o } }"));
  CHECK_FALSE(uses_named_graphs("SELECT ?graph WHERE { ?graph ?p \"GRAPH\" }"));
  CHECK_FALSE(uses_named_graphs("SELECT * WHERE { <urn:GRAPH> ?p ?o } # GRAPH in a comment"));
  CHECK_FALSE(uses_named_graphs("PREFIX graph: <urn:x#> SELECT * WHERE { ?s graph:p ?o }"));
}

TEST_CASE("a GRAPH query reads the loaded file again and says so when it has changed") {
  test::TempDir dir;
  const auto path = dir.path() / "g.nq";
  auto write = [&](const std::string& object) {
    std::ofstream out(path, std::ios::trunc);
    out << "<urn:s> <urn:p> \"" << object << "\" <urn:g1> .\n"
        << "<urn:s> <urn:p> \"" << object << "\" <urn:g2> .\n"
        << "<urn:s> <urn:q> \"b\" <urn:g2> .\n";
  };
  write("a");
  SparqlEngine e;
  REQUIRE(e.load(path) == "");
  CHECK(e.size() == 2);  // the triple of two graphs is stored once
  QueryError err;
  auto per = e.run("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", err);
  REQUIRE(per.has_value());
  REQUIRE(per->rows.size() == 2);
  CHECK(per->rows[0][0]->value == "urn:g1");
  CHECK(per->rows[1][1]->value == "1");

  SparqlEngine later;
  REQUIRE(later.load(path) == "");
  write("changed");
  auto flat = later.run("SELECT ?o WHERE { <urn:s> <urn:p> ?o }", err);  // the loaded copy
  REQUIRE(flat.has_value());
  REQUIRE(flat->rows.size() == 1);
  CHECK(flat->rows[0][0]->value == "a");
  auto stale = later.run("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", err);
  CHECK_FALSE(stale.has_value());
  CHECK(err.message.find("g.nq") != std::string::npos);
  CHECK(err.message.find("changed") != std::string::npos);
}

TEST_CASE("an engine set up without named graphs answers GRAPH queries with an error") {
  SparqlEngine e;
  e.without_named_graphs();
  const Term type = Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  e.add({{Term::iri(kId + "cluster/c1"), type, Term::iri(kCkg + "IndustrialCluster")}}, kId + "article/a1");
  QueryError err;
  auto flat = e.run("ASK { ?c a <" + kCkg + "IndustrialCluster> }", err);
  REQUIRE(flat.has_value());
  CHECK(flat->boolean);
  auto named = e.run("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", err);
  CHECK_FALSE(named.has_value());
  CHECK(err.message.find("without named graphs") != std::string::npos);
}

TEST_CASE("a build folder is read from graph.nt and GRAPH queries from graph.nq") {
  test::TempDir dir;
  {
    std::ofstream nq(dir / "graph.nq");
    nq << "<urn:s> <urn:p> \"a\" <urn:g1> .\n<urn:s> <urn:p> \"a\" <urn:g2> .\n<urn:s> <urn:q> \"b\" <urn:g2> .\n";
    std::ofstream nt(dir / "graph.nt");
    nt << "<urn:s> <urn:p> \"a\" .\n<urn:s> <urn:q> \"b\" .\n<urn:s> <urn:r> \"only in graph.nt\" .\n";
  }
  SparqlEngine e;
  REQUIRE(e.load(dir.path()) == "");
  CHECK(e.size() == 3);  // the three triples of graph.nt
  QueryError err;
  auto marker = e.run("ASK { <urn:s> <urn:r> ?o }", err);
  REQUIRE(marker.has_value());
  CHECK(marker->boolean);
  auto per = e.run("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", err);
  REQUIRE(per.has_value());
  REQUIRE(per->rows.size() == 2);
  CHECK(per->rows[0][0]->value == "urn:g1");
  CHECK(per->rows[1][1]->value == "1");
  // Without graph.nt the folder's graph.nq is read.
  std::filesystem::remove(dir / "graph.nt");
  SparqlEngine only_nq;
  REQUIRE(only_nq.load(dir.path()) == "");
  CHECK(only_nq.size() == 2);
}
