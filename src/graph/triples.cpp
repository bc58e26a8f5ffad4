#include "graph/triples.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "extract/lexicon.h"
#include "graph/iri.h"

namespace ckg {
namespace {

std::string ns(std::string_view base, std::string_view local) {
  std::string s(base);
  s += local;
  return s;
}

Term ckg_iri(std::string_view local) { return Term::iri(ckg_term(local)); }
Term rdf(std::string_view l) { return Term::iri(ns(kRdfNs, l)); }
Term rdfs(std::string_view l) { return Term::iri(ns(kRdfsNs, l)); }
Term skos(std::string_view l) { return Term::iri(ns(kSkosNs, l)); }
std::string xsd_dt(std::string_view l) { return ns(kXsdNs, l); }

std::string format_coord(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  return buf;
}

std::string format_confidence(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// Canonical xsd:decimal lexical form: always with a decimal point, so that
// Turtle writers do not abbreviate it to an xsd:integer.
std::string decimal_literal(const std::string& v) { return v.find('.') == std::string::npos ? v + ".0" : v; }

std::string year_literal(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

}  // namespace

std::vector<Prefix> standard_prefixes() {
  return {
      {"ckg", std::string(kOntologyNs)}, {"rdf", std::string(kRdfNs)},       {"rdfs", std::string(kRdfsNs)},
      {"xsd", std::string(kXsdNs)},      {"skos", std::string(kSkosNs)},     {"prov", std::string(kProvNs)},
      {"geo", std::string(kGeoNs)},      {"schema", std::string(kSchemaNs)}, {"dcterms", std::string(kDctermsNs)},
      {"kg", ns(kDataNs, "")},
  };
}

std::vector<Triple> article_triples(const ArticleGraph& g) {
  std::vector<Triple> out;
  auto add = [&](Term s, Term p, Term o) { out.push_back({std::move(s), std::move(p), std::move(o)}); };
  const auto& a = g.article;
  const Term art = Term::iri(article_iri(a.id));

  // The article.
  add(art, rdf("type"), ckg_iri(term::Article));
  if (!a.title.empty()) add(art, Term::iri(ns(kDctermsNs, "title")), Term::lit(a.title, "zh"));
  if (!a.url.empty()) add(art, Term::iri(ns(kSchemaNs, "url")), Term::typed(a.url, xsd_dt("anyURI")));
  if (!a.date.empty()) add(art, Term::iri(ns(kSchemaNs, "datePublished")), Term::typed(a.date, xsd_dt("date")));
  if (!a.source.empty()) add(art, ckg_iri(term::sourcePath), Term::lit(a.source));
  add(art, ckg_iri(term::contentHash), Term::lit(a.content_hash));

  // Sentences that carry evidence.
  std::vector<bool> used(g.sentences.size(), false);
  for (const auto& e : g.edges)
    if (e.sentence >= 0 && static_cast<std::size_t>(e.sentence) < used.size())
      used[static_cast<std::size_t>(e.sentence)] = true;
  for (const auto& c : g.counts)
    if (c.sentence >= 0 && static_cast<std::size_t>(c.sentence) < used.size())
      used[static_cast<std::size_t>(c.sentence)] = true;
  for (std::size_t i = 0; i < g.sentences.size(); ++i) {
    if (!used[i]) continue;
    const Term s = Term::iri(sentence_iri(a.id, static_cast<int>(i)));
    add(s, rdf("type"), ckg_iri(term::Sentence));
    add(s, ckg_iri(term::inArticle), art);
    add(s, ckg_iri(term::text), Term::lit(g.sentences[i].text, "zh"));
    add(s, ckg_iri(term::charStart), Term::typed(std::to_string(g.sentences[i].span.begin), xsd_dt("integer")));
    add(s, ckg_iri(term::charEnd), Term::typed(std::to_string(g.sentences[i].span.end), xsd_dt("integer")));
  }

  // Nodes.
  for (const auto& n : g.nodes) {
    const Term s = Term::iri(n.iri);
    if (n.is_amount) {
      add(s, rdf("type"), ckg_iri(term::MonetaryAmount));
      add(s, rdfs("label"), Term::lit(n.label, "zh"));
      add(s, ckg_iri(term::amount), Term::typed(decimal_literal(n.amount), xsd_dt("decimal")));
      add(s, ckg_iri(term::currency), Term::lit(n.currency));
      if (n.year) add(s, ckg_iri(term::year), Term::typed(year_literal(*n.year), xsd_dt("gYear")));
      continue;
    }
    add(s, rdf("type"), Term::iri(class_iri(n.type)));
    add(s, rdfs("label"), Term::lit(n.label, "zh"));
    for (const auto& alt : n.alt_labels) add(s, skos("altLabel"), Term::lit(alt, "zh"));
    if (n.mentioned) add(s, ckg_iri(term::mentionedIn), art);
    if (!n.merge_reason.empty()) add(s, ckg_iri(term::mergeReason), Term::lit(n.merge_reason));
    if (n.place) {
      if (!n.place->code.empty()) add(s, ckg_iri(term::adminCode), Term::lit(n.place->code));
      if (n.place->has_point) {
        add(s, Term::iri(ns(kGeoNs, "lat")), Term::typed(format_coord(n.place->lat), xsd_dt("decimal")));
        add(s, Term::iri(ns(kGeoNs, "long")), Term::typed(format_coord(n.place->lng), xsd_dt("decimal")));
        add(s, ckg_iri(term::datum), Term::lit("GCJ-02"));
      }
    }
    if (n.type == EntityType::Sector) {
      add(s, rdf("type"), skos("Concept"));
      add(s, skos("inScheme"), Term::iri(sector_scheme_iri()));
      add(s, skos("prefLabel"), Term::lit(n.label, "zh"));
      // The broader chain as concepts of the scheme (typed Sector only where named).
      std::string child = n.iri;
      for (const auto& b : n.broader) {
        const Term bt = Term::iri(sector_iri(b));
        add(Term::iri(child), skos("broader"), bt);
        add(bt, rdf("type"), skos("Concept"));
        add(bt, skos("inScheme"), Term::iri(sector_scheme_iri()));
        add(bt, skos("prefLabel"), Term::lit(b, "zh"));
        child = bt.value;
      }
    }
  }

  // Facts, each with its assertion (sentence, rule, confidence).
  auto assertion = [&](const std::string& subj, Relation r, const Term& obj, int sentence, const std::string& rule,
                       double confidence, std::optional<int> year) {
    const Term as = Term::iri(assertion_iri(a.id, subj, r, obj.value));
    add(as, rdf("type"), ckg_iri(term::Assertion));
    add(as, rdf("subject"), Term::iri(subj));
    add(as, rdf("predicate"), Term::iri(relation_iri(r)));
    add(as, rdf("object"), obj);
    add(as, Term::iri(ns(kProvNs, "wasDerivedFrom")), art);
    if (sentence >= 0) add(as, ckg_iri(term::evidence), Term::iri(sentence_iri(a.id, sentence)));
    add(as, ckg_iri(term::rule), Term::lit(rule));
    add(as, ckg_iri(term::confidence), Term::typed(format_confidence(confidence), xsd_dt("decimal")));
    if (year) add(as, ckg_iri(term::year), Term::typed(year_literal(*year), xsd_dt("gYear")));
  };
  std::map<std::string, const GraphNode*> amount_nodes;
  for (const auto& n : g.nodes)
    if (n.is_amount) amount_nodes[n.iri] = &n;
  for (const auto& e : g.edges) {
    add(Term::iri(e.subject), Term::iri(relation_iri(e.relation)), Term::iri(e.object));
    if (e.inferred) continue;
    std::optional<int> year;
    if (auto it = amount_nodes.find(e.object); it != amount_nodes.end()) year = it->second->year;
    assertion(e.subject, e.relation, Term::iri(e.object), e.sentence, e.rule, e.confidence, year);
  }
  for (const auto& c : g.counts) {
    const Term v = Term::typed(std::to_string(c.value), xsd_dt("integer"));
    add(Term::iri(c.subject), Term::iri(relation_iri(Relation::enterpriseCount)), v);
    assertion(c.subject, Relation::enterpriseCount, v, c.sentence, c.rule, c.confidence, std::nullopt);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<Triple> sector_scheme_triples() {
  std::vector<Triple> out;
  const Term scheme = Term::iri(sector_scheme_iri());
  out.push_back({scheme, rdf("type"), skos("ConceptScheme")});
  out.push_back({scheme, rdfs("label"), Term::lit("clusterkg 产业分类", "zh")});
  out.push_back({scheme, rdfs("label"), Term::lit("clusterkg sector scheme", "en")});
  for (const auto& s : Lexicon::instance().sectors()) {
    const Term c = Term::iri(sector_iri(s.name));
    out.push_back({c, rdf("type"), skos("Concept")});
    out.push_back({c, skos("inScheme"), scheme});
    out.push_back({c, skos("prefLabel"), Term::lit(s.name, "zh")});
    if (!s.en.empty()) out.push_back({c, skos("prefLabel"), Term::lit(s.en, "en")});
    for (const auto& al : s.aliases) out.push_back({c, skos("altLabel"), Term::lit(al, "zh")});
    if (s.broader.empty())
      out.push_back({c, skos("topConceptOf"), scheme});
    else
      out.push_back({c, skos("broader"), Term::iri(sector_iri(s.broader))});
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ckg
