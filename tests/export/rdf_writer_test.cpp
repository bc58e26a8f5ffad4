#include <doctest/doctest.h>

#include "export/rdf_writer.h"
#include "query/sparql.h"
#include "support/helpers.h"

using namespace ckg;

namespace {

std::vector<Triple> sample() {
  const std::string ex = "https://w3id.org/clusterkg/id/company/";
  return {
      {Term::iri(ex + "比亚迪"), Term::iri("http://www.w3.org/2000/01/rdf-schema#label"), Term::lit("比亚迪", "zh")},
      {Term::iri(ex + "比亚迪"), Term::iri("https://w3id.org/clusterkg/ontology#note"),
       Term::lit("引号\"与\n换行与𠮷")},
      {Term::iri(ex + "比亚迪"), Term::iri("https://w3id.org/clusterkg/ontology#amount"),
       Term::typed("120.5", "http://www.w3.org/2001/XMLSchema#decimal")},
  };
}

}  // namespace

TEST_CASE("each RDF format writes a file that parses back to the same triples") {
  test::TempDir dir;
  for (auto [file, format] : {std::pair{"g.ttl", RdfFormat::Turtle}, std::pair{"g.nt", RdfFormat::NTriples},
                              std::pair{"g.nq", RdfFormat::NQuads}, std::pair{"g.rdf", RdfFormat::RdfXml}}) {
    const std::string name = file;  // clang 14 cannot capture a structured binding (CAPTURE uses a lambda)
    CAPTURE(name);
    const auto path = dir / name;
    REQUIRE(write_rdf_file(path, format, sample()) == "");
    SparqlEngine engine;
    REQUIRE(engine.load(path) == "");
    CHECK(engine.size() == 3);
    QueryError err;
    auto r = engine.run("SELECT ?o WHERE { ?s <https://w3id.org/clusterkg/ontology#note> ?o }", err);
    REQUIRE(r.has_value());
    REQUIRE(r->rows.size() == 1);
    CHECK(r->rows[0][0]->value == "引号\"与\n换行与𠮷");
  }
  // No temporary files are left behind.
  int files = 0;
  for (auto& e : std::filesystem::directory_iterator(dir.path())) {
    (void)e;
    ++files;
  }
  CHECK(files == 4);
}

TEST_CASE("Turtle output uses the project prefixes and keeps Chinese raw") {
  test::TempDir dir;
  REQUIRE(write_rdf_file(dir / "g.ttl", RdfFormat::Turtle, sample()) == "");
  const auto text = test::read_file(dir / "g.ttl");
  CHECK(text.find("@prefix ckg: <https://w3id.org/clusterkg/ontology#> .") != std::string::npos);
  CHECK(text.find("\"比亚迪\"@zh") != std::string::npos);
}

TEST_CASE("N-Quads keeps the named graph") {
  test::TempDir dir;
  RdfFileWriter w(dir / "g.nq", RdfFormat::NQuads);
  for (const auto& t : sample()) w.write(t, "https://w3id.org/clusterkg/id/article/a1");
  REQUIRE(w.finish() == "");
  const auto text = test::read_file(dir / "g.nq");
  CHECK(text.find("<https://w3id.org/clusterkg/id/article/a1> .") != std::string::npos);
}

TEST_CASE("writing into a missing folder reports the file") {
  const auto err = write_rdf_file("/nonexistent-folder-ckg/x.ttl", RdfFormat::Turtle, sample());
  CHECK(err.find("/nonexistent-folder-ckg/x.ttl") != std::string::npos);
}
