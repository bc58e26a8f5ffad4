// Vocabulary of the clusterkg graph: entity types, relations and the IRIs
// they map to. One place for every name that reaches RDF, GraphML or GEXF.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ckg {

// Namespaces. The ontology lives in ontology/clusterkg.ttl.
inline constexpr std::string_view kOntologyNs = "https://w3id.org/clusterkg/ontology#";
inline constexpr std::string_view kDataNs = "https://w3id.org/clusterkg/id/";
inline constexpr std::string_view kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfsNs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsdNs = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kSkosNs = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kProvNs = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kGeoNs = "http://www.w3.org/2003/01/geo/wgs84_pos#";
inline constexpr std::string_view kSchemaNs = "https://schema.org/";
inline constexpr std::string_view kDctermsNs = "http://purl.org/dc/terms/";
inline constexpr std::string_view kOrgNs = "http://www.w3.org/ns/org#";
inline constexpr std::string_view kOwlNs = "http://www.w3.org/2002/07/owl#";

// The 15 entity types of ../shared/eval/README.md, in that order.
enum class EntityType {
  Province,
  City,
  District,
  Region,
  Zone,
  Company,
  Fund,
  Sector,
  IndustrialCluster,
  GovernmentBody,
  Institution,
  Policy,
  Event,
  Project,
  Person,
};
inline constexpr int kEntityTypeCount = 15;

// The 11 relation types of ../shared/eval/README.md plus `within`, the
// materialised transitive closure of partOf/locatedIn over places (so that
// SPARQL without property paths can ask "everything in 广东省").
enum class Relation {
  locatedIn,
  partOf,
  inSector,
  targetScale,
  currentScale,
  investment,
  memberOf,
  foundedBy,
  issuedBy,
  heldIn,
  enterpriseCount,
  within,
};
inline constexpr int kRelationCount = 12;

// Local name of the class ("Province", "IndustrialCluster", ...).
std::string_view type_name(EntityType t);
// Lower-case path segment used in entity IRIs ("province", "cluster", ...).
std::string_view type_slug(EntityType t);
// Chinese label of the class (省级行政区, 产业集群, ...).
std::string_view type_label_zh(EntityType t);
std::optional<EntityType> parse_type(std::string_view local_name);
bool is_place(EntityType t);           // Province, City, District, Region
bool is_admin_division(EntityType t);  // Province, City, District

std::string_view relation_name(Relation r);
std::string_view relation_label_zh(Relation r);
std::optional<Relation> parse_relation(std::string_view local_name);
// targetScale, currentScale, investment: the object is a MonetaryAmount node.
bool is_money_relation(Relation r);
// enterpriseCount: the object is an xsd:integer literal.
bool is_count_relation(Relation r);
inline bool is_value_relation(Relation r) { return is_money_relation(r) || is_count_relation(r); }

// Full IRIs of ontology terms.
std::string class_iri(EntityType t);
std::string relation_iri(Relation r);
std::string ckg_term(std::string_view local);  // kOntologyNs + local

// Ontology terms used by the writers besides classes and relations.
namespace term {
inline constexpr std::string_view Article = "Article";                // class, a source article
inline constexpr std::string_view Sentence = "Sentence";              // class, a sentence of an article
inline constexpr std::string_view Assertion = "Assertion";            // class, one fact as stated in one sentence
inline constexpr std::string_view MonetaryAmount = "MonetaryAmount";  // class, an amount of money (+ year)
inline constexpr std::string_view amount = "amount";                  // MonetaryAmount -> xsd:decimal (yuan)
inline constexpr std::string_view currency = "currency";              // MonetaryAmount -> "CNY"
inline constexpr std::string_view year = "year";                      // MonetaryAmount/Assertion -> xsd:gYear
inline constexpr std::string_view adminCode = "adminCode";            // place -> GB/T 2260 code (string)
inline constexpr std::string_view datum = "datum";                    // place -> "GCJ-02"
inline constexpr std::string_view mentionedIn = "mentionedIn";        // entity -> Article
inline constexpr std::string_view mergeReason = "mergeReason";        // entity -> why names were merged
inline constexpr std::string_view confidence = "confidence";          // Assertion -> xsd:decimal in [0,1]
inline constexpr std::string_view rule = "rule";                      // Assertion -> extraction rule id
inline constexpr std::string_view evidence = "evidence";              // Assertion -> Sentence
inline constexpr std::string_view inArticle = "inArticle";            // Sentence -> Article
inline constexpr std::string_view text = "text";                      // Sentence -> its text
inline constexpr std::string_view charStart = "charStart";            // Sentence -> code point offset (inclusive)
inline constexpr std::string_view charEnd = "charEnd";                // Sentence -> code point offset (exclusive)
inline constexpr std::string_view contentHash = "contentHash";        // Article -> hash of its text
inline constexpr std::string_view sourcePath = "sourcePath";          // Article -> file it was read from
}  // namespace term

}  // namespace ckg
