#include "explain/explain.h"

#include <algorithm>
#include <map>
#include <set>

namespace ckg {
namespace {

const std::string kPrefixes =
    "PREFIX ckg: <https://w3id.org/clusterkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX ckgid: <https://w3id.org/clusterkg/id/>\n";

// A SPARQL string literal.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') {
      out += "\\r";
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

std::string local(const std::string& iri) {
  const auto k = iri.find_last_of("#/");
  return k == std::string::npos ? iri : iri.substr(k + 1);
}

using Rows = std::vector<std::vector<std::string>>;

bool select(SparqlEngine& engine, const std::string& q, Rows& rows, std::string& error) {
  QueryError err;
  auto r = engine.run(kPrefixes + q, err);
  if (!r) {
    error = err.message;
    return false;
  }
  rows.clear();
  for (const auto& row : r->rows) {
    std::vector<std::string> v;
    for (const auto& t : row) v.push_back(t ? t->value : "");
    rows.push_back(std::move(v));
  }
  return true;
}

void add_facts(SparqlEngine& engine, ExplainedEntity& e, bool outgoing, std::string& error) {
  const std::string me = "<" + e.iri + ">";
  const std::string role =
      outgoing ? "rdf:subject " + me + " ; rdf:object ?o" : "rdf:object " + me + " ; rdf:subject ?o";
  const std::string q =
      "SELECT ?p ?olabel ?amount ?value ?conf ?rule ?year ?text ?b ?e ?art ?src WHERE {\n"
      "  ?a a ckg:Assertion ; " +
      role +
      " ; rdf:predicate ?p ; prov:wasDerivedFrom ?art .\n"
      "  OPTIONAL { ?a ckg:confidence ?conf . }\n"
      "  OPTIONAL { ?a ckg:rule ?rule . }\n"
      "  OPTIONAL { ?a ckg:year ?year . }\n"
      "  OPTIONAL { ?o rdfs:label ?olabel . }\n"
      "  OPTIONAL { ?o ckg:amount ?amount . }\n"
      "  OPTIONAL { FILTER(isLiteral(?o)) BIND(STR(?o) AS ?value) }\n"
      "  OPTIONAL { ?a ckg:evidence ?s . ?s ckg:text ?text ; ckg:charStart ?b ; ckg:charEnd ?e . }\n"
      "  OPTIONAL { ?art ckg:sourcePath ?src . }\n"
      "}";
  Rows rows;
  if (!select(engine, q, rows, error)) return;
  for (const auto& r : rows) {
    ExplainedFact f;
    f.relation = local(r[0]);
    f.other = !r[1].empty() ? r[1] : !r[3].empty() ? r[3] : r[2];
    f.outgoing = outgoing;
    f.confidence = r[4];
    f.rule = r[5];
    f.year = r[6];
    f.sentence = r[7];
    f.start = r[8];
    f.end = r[9];
    f.article = local(r[10]);
    f.source = r[11];
    e.facts.push_back(std::move(f));
  }
}

}  // namespace

std::vector<ExplainedEntity> explain(SparqlEngine& engine, const std::string& name, std::string& error) {
  std::vector<ExplainedEntity> out;
  Rows rows;
  const std::string q =
      "SELECT DISTINCT ?e ?label WHERE {\n  { ?e rdfs:label ?n . } UNION { ?e skos:altLabel ?n . }\n"
      "  FILTER(STR(?n) = " +
      quoted(name) +
      ")\n  ?e rdfs:label ?label .\n"
      "  FILTER NOT EXISTS { ?e a ckg:MonetaryAmount . }\n}";
  // rasqal 0.9.33 has no NOT EXISTS: amounts are dropped below instead.
  const std::string q2 =
      "SELECT DISTINCT ?e ?label WHERE {\n  { ?e rdfs:label ?n . } UNION { ?e skos:altLabel ?n . }\n"
      "  FILTER(STR(?n) = " +
      quoted(name) + ")\n  ?e rdfs:label ?label .\n}";
  (void)q;
  if (!select(engine, q2, rows, error)) return out;
  std::map<std::string, ExplainedEntity> by_iri;
  for (const auto& r : rows) by_iri[r[0]].label = r[1];
  for (auto& [iri, e] : by_iri) {
    e.iri = iri;
    const std::string me = "<" + iri + ">";
    Rows info;
    if (!select(engine, "SELECT ?t WHERE { " + me + " a ?t . }", info, error)) return out;
    for (const auto& r : info) e.types.push_back(local(r[0]));
    if (std::find(e.types.begin(), e.types.end(), "MonetaryAmount") != e.types.end() ||
        std::find(e.types.begin(), e.types.end(), "Sentence") != e.types.end())
      continue;
    std::erase(e.types, "Concept");
    std::sort(e.types.begin(), e.types.end());
    if (!select(engine,
                "SELECT DISTINCT ?n WHERE { { " + me + " rdfs:label ?n . } UNION { " + me + " skos:altLabel ?n . } }",
                info, error))
      return out;
    for (const auto& r : info) e.names.push_back(r[0]);
    std::sort(e.names.begin(), e.names.end());
    if (!select(engine, "SELECT ?c WHERE { " + me + " ckg:adminCode ?c . }", info, error)) return out;
    if (!info.empty()) e.code = info[0][0];
    if (!select(engine, "SELECT ?r WHERE { " + me + " ckg:mergeReason ?r . }", info, error)) return out;
    std::set<std::string> reasons;
    for (const auto& r : info) reasons.insert(r[0]);
    for (const auto& r : reasons) e.merge_reason += (e.merge_reason.empty() ? "" : "; ") + r;
    if (!select(engine, "SELECT DISTINCT ?a WHERE { " + me + " ckg:mentionedIn ?a . }", info, error)) return out;
    e.articles = static_cast<int>(info.size());
    add_facts(engine, e, true, error);
    add_facts(engine, e, false, error);
    if (!error.empty()) return out;
    std::sort(e.facts.begin(), e.facts.end(), [](const ExplainedFact& a, const ExplainedFact& b) {
      return std::tie(b.outgoing, a.relation, a.other, a.article, a.start) <
             std::tie(a.outgoing, b.relation, b.other, b.article, b.start);
    });
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<std::string> similar_names(SparqlEngine& engine, const std::string& name, std::size_t limit) {
  Rows rows;
  std::string error;
  const std::string q =
      "SELECT DISTINCT ?l WHERE { ?e rdfs:label ?l . ?e ckg:mentionedIn ?a . FILTER(CONTAINS(STR(?l), " + quoted(name) +
      ")) } ORDER BY ?l";
  std::vector<std::string> out;
  if (!select(engine, q, rows, error)) return out;
  for (const auto& r : rows) {
    if (out.size() >= limit) break;
    out.push_back(r[0]);
  }
  return out;
}

std::string format_explanation(const std::vector<ExplainedEntity>& entities) {
  std::string out;
  for (const auto& e : entities) {
    std::string types;
    for (const auto& t : e.types) types += (types.empty() ? "" : ", ") + t;
    out += e.label + " (" + types + ")\n";
    out += "  iri: " + e.iri + "\n";
    std::string names;
    for (const auto& n : e.names) names += (names.empty() ? "" : ", ") + n;
    out += "  names: " + names + "\n";
    if (!e.code.empty()) out += "  code: " + e.code + "\n";
    if (!e.merge_reason.empty()) out += "  merged: " + e.merge_reason + "\n";
    out += "  mentioned in: " + std::to_string(e.articles) + " article(s)\n";
    out += "  facts (" + std::to_string(e.facts.size()) + "):\n";
    for (const auto& f : e.facts) {
      out += "    " + std::string(f.outgoing ? "" : "<- ") + f.relation + " " + f.other;
      if (!f.year.empty()) out += " (" + f.year.substr(0, 4) + ")";
      out += "  confidence " + (f.confidence.empty() ? std::string("?") : f.confidence);
      if (!f.rule.empty()) out += "  rule " + f.rule;
      out += "\n";
      const std::string where = f.source.empty() ? f.article : f.source;
      if (f.sentence.empty())
        out += "      from " + where +
               " (not stated in a sentence: " + (f.rule == "gazetteer" ? "the division hierarchy" : "inferred") + ")\n";
      else
        out += "      " + where + " [" + f.start + "-" + f.end + "] " + f.sentence + "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace ckg
