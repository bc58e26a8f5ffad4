#include "graph/triples.h"

#include <algorithm>
#include <cstdint>
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

namespace {

// Terms every article uses, built once (building them per triple was a large
// share of the mapping time).
struct CommonTerms {
  Term type = rdf("type"), label = rdfs("label"), title = Term::iri(ns(kDctermsNs, "title")),
       url = Term::iri(ns(kSchemaNs, "url")), date = Term::iri(ns(kSchemaNs, "datePublished")),
       source = ckg_iri(term::sourcePath), hash = ckg_iri(term::contentHash), article = ckg_iri(term::Article),
       sentence = ckg_iri(term::Sentence), in_article = ckg_iri(term::inArticle), text = ckg_iri(term::text),
       char_start = ckg_iri(term::charStart), char_end = ckg_iri(term::charEnd),
       monetary = ckg_iri(term::MonetaryAmount), amount = ckg_iri(term::amount), currency = ckg_iri(term::currency),
       year = ckg_iri(term::year), alt = skos("altLabel"), mentioned = ckg_iri(term::mentionedIn),
       merge = ckg_iri(term::mergeReason), code = ckg_iri(term::adminCode), lat = Term::iri(ns(kGeoNs, "lat")),
       lng = Term::iri(ns(kGeoNs, "long")), datum = ckg_iri(term::datum), gcj = Term::lit("GCJ-02"),
       concept_ = skos("Concept"), in_scheme = skos("inScheme"), scheme = Term::iri(sector_scheme_iri()),
       pref = skos("prefLabel"), broader = skos("broader"), assertion = ckg_iri(term::Assertion),
       subject = rdf("subject"), predicate = rdf("predicate"), object = rdf("object"),
       derived = Term::iri(ns(kProvNs, "wasDerivedFrom")), evidence = ckg_iri(term::evidence),
       rule = ckg_iri(term::rule), confidence = ckg_iri(term::confidence);
  std::string integer = xsd_dt("integer"), decimal = xsd_dt("decimal"), gyear = xsd_dt("gYear"),
              any_uri = xsd_dt("anyURI"), xsd_date = xsd_dt("date");
  std::vector<Term> classes, relations;
  CommonTerms() {
    for (int t = 0; t < static_cast<int>(kEntityTypeCount); ++t)
      classes.push_back(Term::iri(class_iri(static_cast<EntityType>(t))));
    for (int r = 0; r < static_cast<int>(kRelationCount); ++r)
      relations.push_back(Term::iri(relation_iri(static_cast<Relation>(r))));
  }
  static const CommonTerms& get() {
    static const CommonTerms terms;
    return terms;
  }
};

}  // namespace

std::vector<Triple> article_triples(const ArticleGraph& g) {
  const CommonTerms& k = CommonTerms::get();
  std::vector<Triple> out;
  out.reserve(8 + 5 * g.sentences.size() + 10 * g.nodes.size() + 11 * (g.edges.size() + g.counts.size()));
  auto add = [&](Term s, const Term& p, Term o) { out.push_back({std::move(s), p, std::move(o)}); };
  const auto& a = g.article;
  const Term art = Term::iri(article_iri(a.id));

  // The article.
  add(art, k.type, k.article);
  if (!a.title.empty()) add(art, k.title, Term::lit(a.title, "zh"));
  if (!a.url.empty()) add(art, k.url, Term::typed(a.url, k.any_uri));
  if (!a.date.empty()) add(art, k.date, Term::typed(a.date, k.xsd_date));
  if (!a.source.empty()) add(art, k.source, Term::lit(a.source));
  add(art, k.hash, Term::lit(a.content_hash));

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
    add(s, k.type, k.sentence);
    add(s, k.in_article, art);
    add(s, k.text, Term::lit(g.sentences[i].text, "zh"));
    add(s, k.char_start, Term::typed(std::to_string(g.sentences[i].span.begin), k.integer));
    add(s, k.char_end, Term::typed(std::to_string(g.sentences[i].span.end), k.integer));
  }

  // Nodes.
  for (const auto& n : g.nodes) {
    const Term s = Term::iri(n.iri);
    if (n.is_amount) {
      add(s, k.type, k.monetary);
      add(s, k.label, Term::lit(n.label, "zh"));
      add(s, k.amount, Term::typed(decimal_literal(n.amount), k.decimal));
      add(s, k.currency, Term::lit(n.currency));
      if (n.year) add(s, k.year, Term::typed(year_literal(*n.year), k.gyear));
      continue;
    }
    add(s, k.type, k.classes[static_cast<std::size_t>(n.type)]);
    add(s, k.label, Term::lit(n.label, "zh"));
    for (const auto& alt : n.alt_labels) add(s, k.alt, Term::lit(alt, "zh"));
    if (n.mentioned) add(s, k.mentioned, art);
    if (!n.merge_reason.empty()) add(s, k.merge, Term::lit(n.merge_reason));
    if (n.place) {
      if (!n.place->code.empty()) add(s, k.code, Term::lit(n.place->code));
      if (n.place->has_point) {
        add(s, k.lat, Term::typed(format_coord(n.place->lat), k.decimal));
        add(s, k.lng, Term::typed(format_coord(n.place->lng), k.decimal));
        add(s, k.datum, k.gcj);
      }
    }
    if (n.type == EntityType::Sector) {
      add(s, k.type, k.concept_);
      add(s, k.in_scheme, k.scheme);
      add(s, k.pref, Term::lit(n.label, "zh"));
      // The broader chain as concepts of the scheme (typed Sector only where named).
      std::string child = n.iri;
      for (const auto& b : n.broader) {
        const Term bt = Term::iri(sector_iri(b));
        add(Term::iri(child), k.broader, bt);
        add(bt, k.type, k.concept_);
        add(bt, k.in_scheme, k.scheme);
        add(bt, k.pref, Term::lit(b, "zh"));
        child = bt.value;
      }
    }
  }

  // Facts, each with its assertion (sentence, rule, confidence).
  auto assertion = [&](const std::string& subj, Relation r, const Term& obj, int sentence, const std::string& rule,
                       double confidence, std::optional<int> year) {
    const Term as = Term::iri(assertion_iri(a.id, subj, r, obj.value));
    add(as, k.type, k.assertion);
    add(as, k.subject, Term::iri(subj));
    add(as, k.predicate, k.relations[static_cast<std::size_t>(r)]);
    add(as, k.object, obj);
    add(as, k.derived, art);
    if (sentence >= 0) add(as, k.evidence, Term::iri(sentence_iri(a.id, sentence)));
    add(as, k.rule, Term::lit(rule));
    add(as, k.confidence, Term::typed(format_confidence(confidence), k.decimal));
    if (year) add(as, k.year, Term::typed(year_literal(*year), k.gyear));
  };
  std::map<std::string, const GraphNode*> amount_nodes;
  for (const auto& n : g.nodes)
    if (n.is_amount) amount_nodes[n.iri] = &n;
  for (const auto& e : g.edges) {
    add(Term::iri(e.subject), k.relations[static_cast<std::size_t>(e.relation)], Term::iri(e.object));
    if (e.inferred) continue;
    std::optional<int> year;
    if (auto it = amount_nodes.find(e.object); it != amount_nodes.end()) year = it->second->year;
    assertion(e.subject, e.relation, Term::iri(e.object), e.sentence, e.rule, e.confidence, year);
  }
  for (const auto& c : g.counts) {
    const Term v = Term::typed(std::to_string(c.value), k.integer);
    add(Term::iri(c.subject), k.relations[static_cast<std::size_t>(Relation::enterpriseCount)], v);
    assertion(c.subject, Relation::enterpriseCount, v, c.sentence, c.rule, c.confidence, std::nullopt);
  }
  // Sort positions rather than triples (moving nine strings per swap was slow).
  std::vector<std::uint32_t> order(out.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return out[x] < out[y]; });
  std::vector<Triple> sorted;
  sorted.reserve(out.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    if (sorted.empty() || out[order[i]] != sorted.back()) sorted.push_back(std::move(out[order[i]]));
  return sorted;
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
