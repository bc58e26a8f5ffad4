#include <doctest/doctest.h>

#include <algorithm>

#include "graph/iri.h"
#include "graph/triples.h"

using namespace ckg;

namespace {

bool has(const std::vector<Triple>& ts, const std::string& s, const std::string& p, const Term& o) {
  return std::any_of(ts.begin(), ts.end(),
                     [&](const Triple& t) { return t.s.value == s && t.p.value == p && t.o == o; });
}

}  // namespace

TEST_CASE("article triples carry facts amounts provenance and sentences") {
  ArticleGraph g;
  g.article.id = "x1";
  g.article.title = "标题";
  g.article.date = "2024-10-21";
  g.article.content_hash = "abc";
  g.sentences.push_back({{0, 10}, "江城基金首期规模120亿元。"});
  GraphNode fund;
  fund.iri = entity_iri(EntityType::Fund, "江城产业投资基金");
  fund.type = EntityType::Fund;
  fund.label = "江城产业投资基金";
  fund.alt_labels = {"江城基金"};
  fund.mentioned = true;
  GraphNode amount;
  amount.is_amount = true;
  amount.iri = amount_iri(fund.iri, Relation::currentScale, "12000000000", std::nullopt);
  amount.amount = "12000000000";
  amount.currency = "CNY";
  amount.label = "120亿元";
  g.nodes = {fund, amount};
  std::sort(g.nodes.begin(), g.nodes.end(), [](auto& a, auto& b) { return a.iri < b.iri; });
  g.edges.push_back({fund.iri, amount.iri, Relation::currentScale, 0, "test-rule", 0.8, false});
  g.counts.push_back({fund.iri, 7, 0, "count-rule", 0.7});
  const auto ts = article_triples(g);
  const std::string ckg = "https://w3id.org/clusterkg/ontology#";
  const std::string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  CHECK(has(ts, fund.iri, rdf + "type", Term::iri(ckg + "Fund")));
  CHECK(has(ts, fund.iri, "http://www.w3.org/2000/01/rdf-schema#label", Term::lit("江城产业投资基金", "zh")));
  CHECK(has(ts, fund.iri, "http://www.w3.org/2004/02/skos/core#altLabel", Term::lit("江城基金", "zh")));
  CHECK(has(ts, fund.iri, ckg + "currentScale", Term::iri(amount.iri)));
  // Decimals keep a decimal point so Turtle writers cannot turn them into integers.
  CHECK(has(ts, amount.iri, ckg + "amount", Term::typed("12000000000.0", "http://www.w3.org/2001/XMLSchema#decimal")));
  CHECK(has(ts, fund.iri, ckg + "enterpriseCount", Term::typed("7", "http://www.w3.org/2001/XMLSchema#integer")));
  CHECK(has(ts, sentence_iri("x1", 0), ckg + "text", Term::lit("江城基金首期规模120亿元。", "zh")));
  CHECK(has(ts, sentence_iri("x1", 0), ckg + "charEnd", Term::typed("10", "http://www.w3.org/2001/XMLSchema#integer")));
  const auto as = assertion_iri("x1", fund.iri, Relation::currentScale, amount.iri);
  CHECK(has(ts, as, rdf + "subject", Term::iri(fund.iri)));
  CHECK(has(ts, as, ckg + "evidence", Term::iri(sentence_iri("x1", 0))));
  CHECK(has(ts, as, "http://www.w3.org/ns/prov#wasDerivedFrom", Term::iri(article_iri("x1"))));
  CHECK(has(ts, as, ckg + "confidence", Term::typed("0.80", "http://www.w3.org/2001/XMLSchema#decimal")));
  CHECK(has(ts, article_iri("x1"), "https://schema.org/datePublished",
            Term::typed("2024-10-21", "http://www.w3.org/2001/XMLSchema#date")));
  CHECK(std::is_sorted(ts.begin(), ts.end()));
  CHECK(std::adjacent_find(ts.begin(), ts.end()) == ts.end());
}

TEST_CASE("sector scheme links lexicon sectors to broader concepts") {
  const auto ts = sector_scheme_triples();
  const std::string skos = "http://www.w3.org/2004/02/skos/core#";
  CHECK(has(ts, sector_iri("新能源智能网联汽车"), skos + "broader", Term::iri(sector_iri("新能源汽车"))));
  CHECK(has(ts, sector_iri("光芯片"), skos + "inScheme", Term::iri(sector_scheme_iri())));
}
