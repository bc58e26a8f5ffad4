#include "query/solution_order.h"

#include <doctest/doctest.h>

#include "query/sparql.h"

using namespace ckg;

namespace {

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

ResultTerm lit(const std::string& v, const std::string& dt = "", const std::string& lang = "") {
  return ResultTerm{ResultTerm::Kind::Literal, v, dt, lang};
}
ResultTerm iri(const std::string& v) { return ResultTerm{ResultTerm::Kind::Iri, v, "", ""}; }

}  // namespace

TEST_CASE("ORDER BY over projected variables is taken from the query with LIMIT and OFFSET") {
  std::string q =
      "SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a <urn:p> ?b } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 5 OFFSET 2";
  auto o = take_solution_order(q);
  REQUIRE(o.has_value());
  CHECK(q == "SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a <urn:p> ?b } GROUP BY ?a ");
  REQUIRE(o->keys.size() == 2);
  CHECK(o->keys[0].var == "n");
  CHECK(o->keys[0].descending);
  CHECK(o->keys[1].var == "a");
  CHECK_FALSE(o->keys[1].descending);
  CHECK(o->limit == std::optional<std::size_t>(5));
  CHECK(o->offset == 2);

  std::string star = "select * where { ?s ?p ?o } order by asc(?s)";
  REQUIRE(take_solution_order(star).has_value());
  CHECK(star == "select * where { ?s ?p ?o } ");
}

TEST_CASE("ORDER BY that rasqal must evaluate is left in the query") {
  for (const char* text : {
           "SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?b",            // not projected
           "SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY STR(?a)",       // an expression
           "SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY DESC(?a + 1)",  // an expression in DESC
           "SELECT ?a WHERE { ?a <urn:p> ?b } LIMIT 3",                // no ORDER BY
           "ASK { ?a <urn:p> ?b }",                                    // not a SELECT
           "CONSTRUCT { ?a <urn:q> ?b } WHERE { ?a <urn:p> ?b } ORDER BY ?a",
           "SELECT ?a WHERE { { SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?a LIMIT 1 } }",  // a sub-select's
           "SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?a LIMIT ?x",                         // not a count
       }) {
    CAPTURE(text);
    std::string q = text;
    CHECK_FALSE(take_solution_order(q).has_value());
    CHECK(q == text);
  }
}

TEST_CASE("terms order as SPARQL says: unbound blank IRI then literals with numbers by value") {
  const std::optional<ResultTerm> none;
  const std::optional<ResultTerm> blank = ResultTerm{ResultTerm::Kind::Blank, "b0", "", ""};
  CHECK(compare_terms(none, blank) < 0);
  CHECK(compare_terms(blank, iri("urn:a")) < 0);
  CHECK(compare_terms(iri("urn:z"), lit("a")) < 0);
  CHECK(compare_terms(none, none) == 0);
  // Numbers by value, not by text (rasqal compared "1200000000000.0" < "150000000000.0" after GROUP BY).
  CHECK(compare_terms(lit("150000000000.0", kXsd + "decimal"), lit("1200000000000.0", kXsd + "decimal")) < 0);
  CHECK(compare_terms(lit("9", kXsd + "integer"), lit("10", kXsd + "integer")) < 0);
  CHECK(compare_terms(lit("2.5", kXsd + "decimal"), lit("3", kXsd + "integer")) < 0);
  CHECK(compare_terms(lit("-1", kXsd + "integer"), lit("0", kXsd + "integer")) < 0);
  // Strings by code point, then language tag.
  CHECK(compare_terms(lit("南昌", "", "zh"), lit("安徽", "", "zh")) < 0);  // U+5357 < U+5B89
  CHECK(compare_terms(lit("a", "", "en"), lit("a", "", "zh")) < 0);
  CHECK(compare_terms(lit("x"), lit("x", kXsd + "string")) != 0);  // distinct terms are not equal
  // A number that does not parse is ordered as a typed literal, not as 0.
  CHECK(compare_terms(lit("abc", kXsd + "integer"), lit("0", kXsd + "integer")) > 0);
}

TEST_CASE("rows are sorted stably then cut by OFFSET and LIMIT") {
  QueryResult r;
  r.variables = {"name", "n"};
  const auto num = [](const char* v) { return std::optional<ResultTerm>(lit(v, kXsd + "integer")); };
  r.rows = {{lit("b"), num("2")}, {lit("a"), num("10")}, {lit("c"), num("2")}, {std::nullopt, num("1")}};
  SolutionOrder o;
  o.keys = {{"n", true}, {"missing", false}};
  apply_solution_order(r, o);
  REQUIRE(r.rows.size() == 4);
  CHECK(r.rows[0][0]->value == "a");
  CHECK(r.rows[1][0]->value == "b");  // tie on n: the order it came in
  CHECK(r.rows[2][0]->value == "c");
  CHECK_FALSE(r.rows[3][0].has_value());
  o.keys = {{"name", false}};
  o.offset = 1;
  o.limit = 2;
  apply_solution_order(r, o);
  REQUIRE(r.rows.size() == 2);  // unbound first, skipped by OFFSET 1
  CHECK(r.rows[0][0]->value == "a");
  CHECK(r.rows[1][0]->value == "b");
}

TEST_CASE("the engine orders grouped numbers by value") {
  SparqlEngine e;
  std::vector<Triple> t;
  const Term p = Term::iri("urn:amount");
  for (const char* v : {"150000000000.0", "1200000000000.0", "600000000000.0", "100000000000.0"}) {
    t.push_back({Term::iri(std::string("urn:s") + v), p, Term::typed(v, kXsd + "decimal")});
  }
  e.add(t);
  QueryError err;
  auto r = e.run("SELECT ?s (MAX(?a) AS ?m) WHERE { ?s <urn:amount> ?a } GROUP BY ?s ORDER BY DESC(?m) LIMIT 3", err);
  REQUIRE(r.has_value());
  REQUIRE(r->rows.size() == 3);
  CHECK(r->rows[0][1]->value == "1200000000000.0");
  CHECK(r->rows[1][1]->value == "600000000000.0");
  CHECK(r->rows[2][1]->value == "150000000000.0");
}
