// The pure parts of the endpoint: Accept negotiation, the read-only check,
// result bodies and the row limit, without HTTP.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "serve/protocol.h"

using namespace ckg;
using namespace ckg::serve;

namespace {

QueryResult two_rows() {
  QueryResult r;
  r.variables = {"name", "n"};
  ResultTerm a{ResultTerm::Kind::Literal, "长沙", "", "zh"};
  ResultTerm b{ResultTerm::Kind::Literal, "3", "http://www.w3.org/2001/XMLSchema#integer", ""};
  ResultTerm c{ResultTerm::Kind::Iri, "https://w3id.org/clusterkg/id/x", "", ""};
  r.rows.push_back({a, b});
  r.rows.push_back({c, std::nullopt});
  return r;
}

}  // namespace

TEST_CASE("serve negotiate picks by q-value and specificity") {
  const auto& b = bindings_media_types();
  CHECK(negotiate("", b) == "application/sparql-results+json");
  CHECK(negotiate("*/*", b) == "application/sparql-results+json");
  CHECK(negotiate("text/csv", b) == "text/csv");
  CHECK(negotiate("text/*", b) == "text/csv");
  CHECK(negotiate("application/sparql-results+xml, application/sparql-results+json;q=0.5", b) ==
        "application/sparql-results+xml");
  CHECK(negotiate("application/sparql-results+xml;q=0.2, application/sparql-results+json", b) ==
        "application/sparql-results+json");
  CHECK(negotiate("application/json", b) == "application/sparql-results+json");
  CHECK(negotiate("text/tab-separated-values; charset=utf-8", b) == "text/tab-separated-values");
  CHECK_FALSE(negotiate("image/png", b).has_value());
  CHECK_FALSE(negotiate("text/csv;q=0", b).has_value());
  // A specific q=0 beats the wildcard.
  CHECK(negotiate("*/*, application/sparql-results+json;q=0", b) == "application/sparql-results+xml");
  const auto& g = graph_media_types();
  CHECK(negotiate("", g) == "text/turtle");
  CHECK(negotiate("application/rdf+xml, */*;q=0.1", g) == "application/rdf+xml");
  CHECK(negotiate("text/plain", g) == "application/n-triples");
  CHECK_FALSE(negotiate("text/csv", g).has_value());
}

TEST_CASE("serve read-only check refuses Update LOAD SERVICE and FROM") {
  CHECK(read_only_refusal("INSERT DATA { <a> <b> <c> }").has_value());
  CHECK(read_only_refusal("delete where { ?s ?p ?o }").has_value());
  CHECK(read_only_refusal("LOAD <http://example.org/x.ttl>").has_value());
  CHECK(read_only_refusal("CLEAR ALL").has_value());
  CHECK(read_only_refusal("DROP GRAPH <g>").has_value());
  CHECK(read_only_refusal("ADD <a> TO <b>").has_value());
  CHECK(read_only_refusal("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }").has_value());
  CHECK(read_only_refusal("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }").has_value());
  CHECK(read_only_refusal("SELECT * FROM NAMED <http://x/g> WHERE { ?s ?p ?o }").has_value());
  // Words inside strings, IRIs, comments and variable names are data.
  CHECK_FALSE(read_only_refusal("SELECT ?insert ?from WHERE { ?insert <http://x/DELETE> \"LOAD SERVICE FROM\" }  # "
                                "DROP")
                  .has_value());
  CHECK_FALSE(read_only_refusal("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1").has_value());
  CHECK_FALSE(read_only_refusal("PREFIX ckg: <https://w3id.org/clusterkg/ontology#> SELECT ?x WHERE { ?x a "
                                "ckg:Load }")
                  .has_value());
}

TEST_CASE("serve result bodies in every format") {
  auto json = result_body(two_rows(), "application/sparql-results+json", 0);
  CHECK(json.status == 200);
  CHECK(json.content_type == "application/sparql-results+json");
  auto j = nlohmann::json::parse(json.text);
  CHECK(j["head"]["vars"].size() == 2);
  CHECK(j["results"]["bindings"][0]["name"]["value"] == "长沙");
  CHECK(j["results"]["bindings"][0]["name"]["xml:lang"] == "zh");
  CHECK_FALSE(j["results"]["bindings"][1].contains("n"));
  CHECK_FALSE(j.contains("clusterkg"));
  CHECK(json.rows == 2);
  CHECK_FALSE(json.truncated);

  auto csv = result_body(two_rows(), "text/csv", 0);
  CHECK(csv.content_type == "text/csv; charset=utf-8");
  CHECK(csv.text.rfind("name,n\r\n长沙,3\r\n", 0) == 0);
  auto tsv = result_body(two_rows(), "text/tab-separated-values", 0);
  CHECK(tsv.text.rfind("?name\t?n\n", 0) == 0);
  auto xml = result_body(two_rows(), "application/sparql-results+xml", 0);
  CHECK(xml.text.find("<sparql") != std::string::npos);
  CHECK(result_body(two_rows(), "text/turtle", 0).status == 406);
}

TEST_CASE("serve row limit truncates and says so") {
  auto b = result_body(two_rows(), "application/json", 1);
  CHECK(b.truncated);
  CHECK(b.rows == 1);
  auto j = nlohmann::json::parse(b.text);
  CHECK(j["results"]["bindings"].size() == 1);
  CHECK(j["clusterkg"]["truncated"] == true);
  CHECK(j["clusterkg"]["rowLimit"] == 1);
  auto x = result_body(two_rows(), "application/sparql-results+xml", 1);
  CHECK(x.text.find("row limit of 1") != std::string::npos);
  CHECK_FALSE(result_body(two_rows(), "application/json", 2).truncated);
}

TEST_CASE("serve CONSTRUCT bodies through raptor keep Chinese text") {
  QueryResult g;
  g.kind = QueryResult::Kind::Graph;
  g.triples.push_back({Term::iri("https://w3id.org/clusterkg/id/a"),
                       Term::iri("http://www.w3.org/2000/01/rdf-schema#label"), Term::lit("长沙工程机械", "zh")});
  g.triples.push_back({Term::iri("https://w3id.org/clusterkg/id/a"),
                       Term::iri("https://w3id.org/clusterkg/ontology#memberOf"),
                       Term::iri("https://w3id.org/clusterkg/id/b")});
  auto ttl = result_body(g, "text/turtle", 0);
  CHECK(ttl.content_type == "text/turtle; charset=utf-8");
  CHECK(ttl.text.find("@prefix ckg:") != std::string::npos);
  CHECK(ttl.text.find("长沙工程机械") != std::string::npos);
  auto nt = result_body(g, "application/n-triples", 0);
  CHECK(nt.text.find("<https://w3id.org/clusterkg/id/a> <https://w3id.org/clusterkg/ontology#memberOf> "
                     "<https://w3id.org/clusterkg/id/b> .") != std::string::npos);
  auto rdf = result_body(g, "application/rdf+xml", 0);
  CHECK(rdf.content_type == "application/rdf+xml");
  CHECK(rdf.text.find("rdf:RDF") != std::string::npos);
  CHECK(rdf.text.find("长沙工程机械") != std::string::npos);
  auto cut = result_body(g, "application/n-triples", 1);
  CHECK(cut.truncated);
  CHECK(cut.rows == 1);
  CHECK(result_body(g, "text/csv", 0).status == 406);
}

TEST_CASE("serve service description names the endpoint") {
  const auto sd = service_description("http://127.0.0.1:7878/sparql", 42, 100, 5000);
  CHECK(sd.find("sd:endpoint <http://127.0.0.1:7878/sparql>") != std::string::npos);
  CHECK(sd.find("sd:SPARQL11Query") != std::string::npos);
  CHECK(sd.find("void:triples 42") != std::string::npos);
}

TEST_CASE("serve UTF-8 check") {
  CHECK(is_valid_utf8("SELECT ?x WHERE { ?x ?p \"长沙\" }"));
  CHECK_FALSE(is_valid_utf8(std::string("SELECT \xff")));
  CHECK_FALSE(is_valid_utf8(std::string("\xe9\x95")));
}
