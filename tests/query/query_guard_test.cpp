#include <doctest/doctest.h>

#include "query/query_guard.h"

using namespace ckg;

namespace {

bool refused(const std::string& q, const std::string& words) {
  auto c = prepare_query(q);
  return c.refusal.has_value() && c.refusal->find(words) != std::string::npos;
}

}  // namespace

TEST_CASE("the tokenizer skips strings IRIs and comments") {
  const auto toks = tokenize_sparql("SELECT ?x # MINUS here\nWHERE { ?x <urn:MINUS> \"EXISTS\" ; ex:p '''a\n'b''' }");
  std::size_t names = 0, strings = 0, iris = 0;
  for (const auto& t : toks) {
    if (t.kind == SparqlToken::Kind::Name) ++names;
    if (t.kind == SparqlToken::Kind::String) ++strings;
    if (t.kind == SparqlToken::Kind::Iri) ++iris;
    CHECK(t.text != "MINUS");
  }
  CHECK(names == 3);  // SELECT WHERE ex:p
  CHECK(strings == 2);
  CHECK(iris == 1);
  CHECK_FALSE(check_query("SELECT ?x WHERE { ?x <urn:p> \"MINUS EXISTS DESCRIBE INSERT\" . # MINUS\n}"));
  CHECK_FALSE(check_query("PREFIX ex: <http://ex.org/values#> SELECT ?x WHERE { ?x ex:VALUES ?y }"));
}

TEST_CASE("unsupported features are refused with how to rephrase them") {
  CHECK(refused("SELECT ?x WHERE { ?x ?p ?y MINUS { ?x <urn:q> ?z } }", "OPTIONAL"));
  CHECK(refused("SELECT ?x WHERE { ?x ?p ?y FILTER NOT EXISTS { ?x <urn:q> ?z } }", "BOUND"));
  CHECK(refused("DESCRIBE <urn:a>", "CONSTRUCT"));
  CHECK(refused("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "read-only"));
  CHECK(refused("DELETE WHERE { ?s ?p ?o }", "read-only"));
  CHECK(refused("CLEAR ALL", "read-only"));
  CHECK(refused("LOAD <file:///etc/passwd>", "read-only"));
  CHECK(refused("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "local"));
  CHECK(refused("SELECT ?g WHERE { ?c <urn:p> ?l } GROUP BY ?c", "") == false);
  CHECK(refused("SELECT (GROUP_CONCAT(?l; SEPARATOR=\", \") AS ?g) WHERE { ?c <urn:p> ?l }", "separator"));
  CHECK(refused("SELECT ?t WHERE { ?c <urn:p> ?l BIND(STRAFTER(?l, \"#\") AS ?t) }", "SUBSTR"));
  CHECK(refused("SELECT ?t WHERE { ?c <urn:p> ?l BIND(strbefore(?l, \"#\") AS ?t) }", "freed memory"));
}

TEST_CASE("property paths are refused but arithmetic is not") {
  CHECK(refused("SELECT ?x WHERE { ?x <urn:p>+ ?y }", "property paths (+)"));
  CHECK(refused("SELECT ?x WHERE { ?x <urn:p>* ?y }", "property paths (*)"));
  CHECK(refused("PREFIX ex: <urn:> SELECT ?x WHERE { ?x ex:p? ?y }", "property paths (?)"));
  CHECK(refused("PREFIX ex: <urn:> SELECT ?x WHERE { ?x ex:p/ex:q ?y }", "property paths (/)"));
  CHECK(refused("PREFIX ex: <urn:> SELECT ?x WHERE { ?x ^ex:p ?y }", "property paths (^)"));
  CHECK(refused("PREFIX ex: <urn:> SELECT ?x WHERE { ?x (ex:p|ex:q) ?y }", "property paths (|)"));
  CHECK(refused("PREFIX ex: <urn:> SELECT ?x WHERE { ?x !ex:p ?y }", "property paths (!)"));
  CHECK_FALSE(
      check_query("PREFIX ex: <urn:> SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ex:p ?y FILTER(?y / 2 > 1 || "
                  "!BOUND(?y) && ?y * 3 < 4) BIND(?y + 1 AS ?z) } GROUP BY ?x"));
  CHECK_FALSE(check_query("SELECT ?x WHERE { ?x ?p \"a\"^^<urn:t> . ?x ?q -5 . ?x ?r +5 }"));
  CHECK_FALSE(check_query("SELECT ?x WHERE { { SELECT * WHERE { ?x ?p ?y } LIMIT 3 } }"));
}

TEST_CASE("aggregate sub-SELECTs are refused") {
  CHECK(refused("SELECT ?x WHERE { { SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ?p ?y } GROUP BY ?x } }", "sub-SELECT"));
  CHECK(refused("SELECT ?x WHERE { ?x ?p ?o { SELECT (MAX(?v) AS ?m) WHERE { ?s ?p ?v } } }", "sub-SELECT"));
}

TEST_CASE("REGEX patterns that depend on characters are refused") {
  CHECK(refused("SELECT ?l WHERE { ?x ?p ?l FILTER(REGEX(?l, \"^..$\")) }", "'.'"));
  CHECK(refused("SELECT ?l WHERE { ?x ?p ?l FILTER(regex(?l, \"^[北上]\")) }", "class"));
  CHECK(refused("SELECT ?l WHERE { ?x ?p ?l FILTER(REGEX(?l, \"[^a]\")) }", "negated"));
  CHECK(refused("SELECT ?l WHERE { ?x ?p ?l FILTER(REGEX(?l, \"北+\")) }", "quantifier"));
  CHECK(refused("SELECT ?l WHERE { ?x ?p ?l FILTER(REGEX(?l, \"\\\\w+\")) }", "\\w"));
  CHECK(refused("SELECT ?r WHERE { ?x ?p ?l BIND(REPLACE(?l, \"市.\", \"\") AS ?r) }", "REPLACE"));
  // Literal Chinese text, alternatives and ASCII classes match the same bytes either way.
  CHECK_FALSE(check_query("SELECT ?l WHERE { ?x ?p ?l FILTER(REGEX(?l, \"^北京|复旦|创办于[0-9]+年\", \"i\")) }"));
  CHECK_FALSE(check_query("SELECT ?l WHERE { ?x ?p ?l FILTER(REGEX(?l, \"(北京)+\")) }"));
}

TEST_CASE("a one-variable VALUES becomes FILTER IN") {
  auto inline_values =
      prepare_query("PREFIX ex: <urn:> SELECT ?x WHERE { VALUES ?y { \"北京\"@zh 3 \"x\"^^ex:t -2 } ?x ex:p ?y }");
  REQUIRE_FALSE(inline_values.refusal);
  CHECK(inline_values.text ==
        "PREFIX ex: <urn:> SELECT ?x WHERE { FILTER(?y IN (\"北京\"@zh, 3, \"x\"^^ex:t, -2)) ?x ex:p ?y }");
  REQUIRE(inline_values.notes.size() == 1);
  auto trailing = prepare_query("SELECT ?x WHERE { ?x <urn:p> ?y } ORDER BY ?x VALUES (?x) { (<urn:a>) (<urn:b>) }");
  REQUIRE_FALSE(trailing.refusal);
  CHECK(trailing.text.find("FILTER(?x IN (<urn:a>, <urn:b>)) }") != std::string::npos);
  CHECK(trailing.text.find("VALUES") == std::string::npos);
  auto empty = prepare_query("SELECT ?x WHERE { ?x <urn:p> ?y VALUES ?x { } }");
  REQUIRE_FALSE(empty.refusal);
  CHECK(empty.text.find("FILTER(false)") != std::string::npos);
}

TEST_CASE("VALUES that cannot become a FILTER is refused") {
  CHECK(refused("SELECT ?x WHERE { ?x ?p ?y VALUES (?x ?y) { (1 2) } }", "several variables"));
  CHECK(refused("SELECT ?x WHERE { ?x ?p ?y VALUES ?x { 1 UNDEF } }", "UNDEF"));
  CHECK(refused("SELECT ?z WHERE { ?x ?p ?y VALUES ?z { 1 } }", "not bound"));
}

TEST_CASE("aggregate queries are recognised with their projection") {
  auto c = prepare_query(
      "PREFIX ex: <urn:> SELECT (COUNT(DISTINCT ?x) AS ?n) (SUM(?y) AS ?s) (MAX(?y) AS ?m) (COUNT(?x) * 2 AS ?d) "
      "(GROUP_CONCAT(?y) AS ?g) WHERE { ?x ex:p ?y }");
  REQUIRE_FALSE(c.refusal);
  CHECK(c.aggregate);
  CHECK_FALSE(c.group_by);
  CHECK(c.ask_where == "PREFIX ex: <urn:> ASK { ?x ex:p ?y }");
  REQUIRE(c.projection.size() == 5);
  CHECK(c.projection[0].second == "count");
  CHECK(c.projection[1].second == "sum");
  CHECK(c.projection[2].second == "unbound");
  CHECK(c.projection[3].second == "complex");
  CHECK(c.projection[4].second == "concat");
  auto g = prepare_query("SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ?p ?y } GROUP BY ?x HAVING(COUNT(?y) > 1)");
  CHECK(g.group_by);
  CHECK(g.having);
  CHECK_FALSE(prepare_query("SELECT ?x WHERE { ?x ?p ?y }").aggregate);
}
