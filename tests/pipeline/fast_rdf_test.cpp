// The streaming Turtle and RDF/XML writers give raptor's bytes, and fall
// back to raptor for terms they do not replicate.
#include <doctest/doctest.h>

#include "export/rdf_writer.h"
#include "extract/extractor.h"
#include "graph/article_graph.h"
#include "link/resolver.h"
#include "pipeline/fast_rdf.h"
#include "scale/corpus_helpers.h"

using namespace ckg;

namespace {

TripleTable sample_table(std::vector<Triple>& triples, int copies) {
  std::vector<ArticleExtraction> xs;
  EntityResolver r;
  for (int c = 0; c < copies; ++c)
    for (const auto& a : test::sample_articles()) {
      Article b = a;
      b.id += "-" + std::to_string(c);
      xs.push_back(extract_article(b));
      r.observe(xs.back());
    }
  r.finalize();
  for (const auto& x : xs)
    for (auto& t : article_triples(map_article(x, r))) triples.push_back(std::move(t));
  TripleTable table;
  for (const auto& t : triples) table.add(t);
  table.finish();
  return table;
}

void check_same(const TripleTable& table, bool expect_fast) {
  test::TempDir dir;
  for (RdfFormat f : {RdfFormat::Turtle, RdfFormat::RdfXml}) {
    RdfFileWriter w(dir / "raptor", f);
    table.for_each([&](const TripleView& t) { w.write(t.to_triple()); });
    REQUIRE(w.finish() == "");
    bool used_raptor = true;
    REQUIRE(write_sorted_rdf(dir / "fast", f, table, &used_raptor) == "");
    CHECK(used_raptor == !expect_fast);
    const std::string a = test::read_file(dir / "raptor");
    CHECK(a.size() > 200);
    CHECK(a == test::read_file(dir / "fast"));
  }
}

}  // namespace

TEST_CASE("streaming Turtle and RDF/XML equal raptor on the sample") {
  std::vector<Triple> triples;
  const TripleTable table = sample_table(triples, 2);
  check_same(table, true);
}

TEST_CASE("streaming Turtle and RDF/XML equal raptor on quotes ampersands and names") {
  std::vector<Triple> triples;
  sample_table(triples, 1);
  const Term s = Term::iri("https://w3id.org/clusterkg/id/abc");
  const Term p = Term::iri("https://w3id.org/clusterkg/ontology#text");
  for (const char* v : {"say \"hi\" & <b>", "back\\slash", "tab\there", "全角“引号”", "x"})
    triples.push_back({s, p, Term::lit(v, "zh")});
  triples.push_back({s, p, Term::typed("-12", "http://www.w3.org/2001/XMLSchema#integer")});
  triples.push_back({s, p, Term::typed("-1.5", "http://www.w3.org/2001/XMLSchema#decimal")});
  triples.push_back({s, p, Term::typed("2024", "http://www.w3.org/2001/XMLSchema#gYear")});
  triples.push_back({s, p, Term::typed("dt-x", "http://example.org/dt?a&b")});
  triples.push_back({s, p, Term::iri("https://w3id.org/clusterkg/id/a-b_c")});
  triples.push_back({s, p, Term::iri("https://w3id.org/clusterkg/id/a.b")});
  triples.push_back({s, p, Term::iri("https://w3id.org/clusterkg/id/中")});
  triples.push_back({s, p, Term::iri("https://example.org/q?a=1&b=2")});
  triples.push_back({Term::iri("https://w3id.org/clusterkg/id/x?a&b"), p, Term::lit("amp in subject")});
  TripleTable table;
  for (const auto& t : triples) table.add(t);
  table.finish();
  check_same(table, true);
}

TEST_CASE("terms the streaming writers do not replicate go to raptor") {
  // (Other control characters and invalid integers make raptor fail.)
  const std::vector<std::vector<Term>> cases = {
      {Term::lit("line\nbreak")},
      {Term::lit("cr\r")},
      {Term::typed("1e5", "http://www.w3.org/2001/XMLSchema#double")},
      {Term::lit("same", "zh"), Term::typed("same", "http://example.org/dt")}};
  for (const auto& objects : cases) {
    std::vector<Triple> triples;
    sample_table(triples, 1);
    for (const auto& o : objects)
      triples.push_back({Term::iri("https://w3id.org/clusterkg/id/abc"), Term::iri("http://example.org/p"), o});
    TripleTable table;
    for (const auto& t : triples) table.add(t);
    table.finish();
    check_same(table, false);
  }
}
