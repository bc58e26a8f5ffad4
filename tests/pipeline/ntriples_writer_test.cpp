// The fast N-Triples/N-Quads writer gives the same bytes as raptor's.
#include <doctest/doctest.h>

#include "export/rdf_writer.h"
#include "extract/extractor.h"
#include "graph/article_graph.h"
#include "graph/iri.h"
#include "link/resolver.h"
#include "pipeline/ntriples_writer.h"
#include "pipeline/triple_table.h"
#include "scale/corpus_helpers.h"

using namespace ckg;

namespace {

std::vector<Triple> tricky_triples() {
  const Term s = Term::iri("https://w3id.org/clusterkg/id/company/湘江智造%20基金");
  const Term p = Term::iri("http://www.w3.org/2000/01/rdf-schema#label");
  std::vector<Triple> out;
  for (const std::string& v :
       {std::string("tab\there"), std::string("line\nbreak\r"), std::string("quote\" and \\ back"),
        std::string("ctl \x01\x08\x0c\x1f\x7f end"), std::string("中文，全角（）"), std::string("emoji 🙂 𠀀"),
        std::string("plain ascii ~`!@#$%^&*()_+{}|:<>?")}) {
    out.push_back({s, p, Term::lit(v, "zh")});
    out.push_back({s, p, Term::lit(v)});
    out.push_back({s, p, Term::typed(v, "http://www.w3.org/2001/XMLSchema#string")});
  }
  out.push_back({s, Term::iri("https://schema.org/url"),
                 Term::typed("https://news.example.cn/a?b=1&c=中", "http://www.w3.org/2001/XMLSchema#anyURI")});
  return out;
}

// The tricky triples and those of every sample article, each mapped alone.
std::vector<Triple> tricky_and_sample_triples() {
  std::vector<Triple> triples = tricky_triples();
  for (const auto& a : test::sample_articles()) {
    EntityResolver r;
    const auto x = extract_article(a);
    r.observe(x);
    r.finalize();
    for (auto& t : article_triples(map_article(x, r))) triples.push_back(std::move(t));
  }
  return triples;
}

}  // namespace

TEST_CASE("NTriplesWriter writes what raptor writes") {
  test::TempDir dir;
  std::vector<Triple> triples = tricky_and_sample_triples();
  const std::string graph = article_iri("测试-1");
  {
    RdfFileWriter nt(dir / "raptor.nt", RdfFormat::NTriples);
    RdfFileWriter nq(dir / "raptor.nq", RdfFormat::NQuads);
    NTriplesWriter fnt(dir / "fast.nt");
    NTriplesWriter fnq(dir / "fast.nq");
    for (const auto& t : triples) {
      nt.write(t);
      nq.write(t, graph);
      fnt.write(t);
      fnq.write(t, graph);
    }
    REQUIRE(nt.finish() == "");
    REQUIRE(nq.finish() == "");
    REQUIRE(fnt.finish() == "");
    REQUIRE(fnq.finish() == "");
  }
  const std::string raptor_nt = test::read_file(dir / "raptor.nt");
  CHECK(raptor_nt.size() > 10000);
  CHECK(raptor_nt == test::read_file(dir / "fast.nt"));
  CHECK(test::read_file(dir / "raptor.nq") == test::read_file(dir / "fast.nq"));
}

TEST_CASE("TripleTable sorts and deduplicates like a vector of triples") {
  std::vector<Triple> triples = tricky_and_sample_triples();
  // Terms that differ only in kind, datatype or language, and prefixes of each other.
  triples.push_back({Term::iri("http://x/a"), Term::iri("http://x/p"), Term::iri("http://x/o")});
  triples.push_back({Term::iri("http://x/a"), Term::iri("http://x/p"), Term::lit("http://x/o")});
  triples.push_back({Term::iri("http://x/a"), Term::iri("http://x/p"), Term::lit("o", "en")});
  triples.push_back({Term::iri("http://x/a"), Term::iri("http://x/p"), Term::typed("o", "http://x/t")});
  triples.push_back({Term::iri("http://x/a"), Term::iri("http://x/p"), Term::lit("o")});
  triples.push_back({Term::iri("http://x/ab"), Term::iri("http://x/p"), Term::lit("o")});
  triples.push_back({Term::iri("http://x/a"), Term::iri("http://x/p"), Term::lit("o")});
  TripleTable table;
  for (const auto& t : triples) table.add(t);
  table.finish();
  std::sort(triples.begin(), triples.end());
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
  REQUIRE(table.size() == triples.size());
  for (std::size_t i = 0; i < triples.size(); ++i) {
    INFO(i);
    CHECK(table.triple(i).to_triple() == triples[i]);
  }
}

TEST_CASE("TripleTable with sorted runs on disk gives what the table in memory gives") {
  std::vector<Triple> triples = tricky_and_sample_triples();
  // Four copies, in different orders, so that every triple is in several runs.
  std::vector<Triple> input = triples;
  input.insert(input.end(), triples.rbegin(), triples.rend());
  for (std::size_t i = 0; i < triples.size(); i += 2) input.push_back(triples[i]);
  for (std::size_t i = 1; i < triples.size(); i += 2) input.push_back(triples[i]);
  input.insert(input.end(), triples.begin(), triples.end());
  REQUIRE(input.size() > 3 * 4096);
  TripleTable memory;
  for (const auto& t : input) memory.add(t);
  memory.finish();
  test::TempDir dir;
  TripleTable runs;
  runs.spill_to(dir.path().string(), 1);  // a run every 4096 triples
  for (const auto& t : input) runs.add(t);
  runs.finish();
  CHECK(runs.run_count() >= 3);
  CHECK(runs.spilled_bytes() > 0);
  REQUIRE(runs.size() == memory.size());
  std::vector<Triple> merged;
  std::vector<std::array<bool, 3>> changed;
  TripleView prev;
  bool first = true;
  runs.for_each([&](const TripleView& t) {
    merged.push_back(t.to_triple());
    // The previous view is still readable, and ids tell whether a term changed.
    if (!first) {
      CHECK(prev.to_triple() == merged[merged.size() - 2]);
      changed.push_back({t.ids[0] != prev.ids[0], t.ids[1] != prev.ids[1], t.ids[2] != prev.ids[2]});
    }
    prev = t;
    first = false;
  });
  REQUIRE(merged.size() == memory.size());
  for (std::size_t i = 0; i < merged.size(); ++i) {
    INFO(i);
    CHECK(merged[i] == memory.triple(i).to_triple());
  }
  for (std::size_t i = 1; i < merged.size(); ++i) {
    INFO(i);
    CHECK(changed[i - 1][0] == !(merged[i].s == merged[i - 1].s));
    CHECK(changed[i - 1][1] == !(merged[i].p == merged[i - 1].p));
  }
}

TEST_CASE("TripleTable names the folder it cannot keep its runs in") {
  TripleTable t;
  CHECK_THROWS_WITH_AS(t.spill_to("/nonexistent/clusterkg-test", 1), doctest::Contains("/nonexistent/clusterkg-test"),
                       std::runtime_error);
}
