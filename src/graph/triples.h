// RDF view of an article graph: plain terms and triples, independent of the
// RDF library, sorted and deduplicated so output is byte-identical for the
// same input.
#pragma once

#include <string>
#include <vector>

#include "graph/article_graph.h"

namespace ckg {

struct Term {
  enum class Kind : unsigned char { Iri, Literal };
  Kind kind = Kind::Iri;
  std::string value;
  std::string datatype;  // IRI, literals only ("" = plain)
  std::string lang;      // literals only
  auto operator<=>(const Term&) const = default;
  static Term iri(std::string v) { return {Kind::Iri, std::move(v), "", ""}; }
  static Term lit(std::string v, std::string lang = "") { return {Kind::Literal, std::move(v), "", std::move(lang)}; }
  static Term typed(std::string v, std::string datatype) {
    return {Kind::Literal, std::move(v), std::move(datatype), ""};
  }
};

struct Triple {
  Term s, p, o;
  auto operator<=>(const Triple&) const = default;
};

// Every triple one article contributes (its named graph in N-Quads), sorted, unique.
std::vector<Triple> article_triples(const ArticleGraph& g);

// The sector concept scheme (all lexicon sectors with broader links).
std::vector<Triple> sector_scheme_triples();

// Prefixes used by the Turtle writer.
struct Prefix {
  const char* prefix;
  std::string ns;
};
std::vector<Prefix> standard_prefixes();

}  // namespace ckg
