// Working state of the extractor for one article, shared by the rule
// families (places, organisations, sectors, clusters, named items, relations).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extraction.h"
#include "extract/knowledge.h"
#include "normalize/normalizer.h"
#include "normalize/sentences.h"

namespace ckg {

// A typed span of the normalised text proposed by a rule.
struct Candidate {
  std::uint32_t begin = 0, end = 0;  // normalised text, end exclusive
  EntityType type = EntityType::Company;
  std::string name;  // canonical name (may differ from the surface: 广东 -> 广东省)
  std::string key;   // canonical key: place code, region key, or the name
  std::vector<std::string> aliases;  // other names this mention declares
  std::vector<std::string> local_aliases;  // names that hold in this article only
  double confidence = 0.8;
  int priority = 0;  // higher wins overlaps of equal length
  std::string rule;
  std::optional<PlaceInfo> place;
  std::string place_code;  // for organisations/zones: the division named in their name
  bool from_lexicon = false;
  // Clusters: the sectors and the place their name (or enumeration) gives,
  // and a size class (千亿级) as a decimal in yuan.
  std::vector<std::string> sector_names;
  std::string location_key;  // key of the place/zone candidate it is in ("" = article default)
  EntityType location_type = EntityType::City;
  std::string level_value;
  bool keeps_inner = false;  // inner place/sector mentions survive overlap resolution
};

struct Document {
  Document(const Knowledge& k, const Article& a);

  const Knowledge& kb;
  const Article& article;
  NormalizedText norm;
  std::u32string_view text;  // norm.text
  std::vector<SentenceBounds> sentences;
  std::vector<Matcher::Match> hits;  // dictionary hits, by end position

  std::vector<Candidate> candidates;  // proposals of all rules
  std::vector<Candidate> mentions;    // accepted, sorted by begin
  std::vector<int> mention_entity;    // mentions[i] -> entities index
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedFact> facts;

  // Article-level context.
  std::vector<std::string> place_codes_in_text;  // divisions named anywhere (full or short)

  // Helpers.
  std::string str(std::uint32_t b, std::uint32_t e) const;  // UTF-8 of text[b, e)
  int sentence_at(std::uint32_t pos) const;
  // Index of the entity with this type and key, or -1.
  int find_entity(EntityType t, std::string_view key) const;
  // Adds a fact unless the same (subject, relation, object, value, year) exists.
  void add_fact(int subject, Relation r, int object, std::uint32_t pos, const std::string& rule,
                double confidence, std::string value = "", std::optional<int> year = std::nullopt);
};

// Rule families, run in this order by extract_article().
void find_places(Document& doc);
void find_sectors(Document& doc);
void find_organizations(Document& doc);
void find_clusters(Document& doc);
void find_named_items(Document& doc);  // policies, events, projects, persons
void resolve_mentions(Document& doc);  // overlaps -> mentions -> entities
void find_relations(Document& doc);

// Shared lexical helpers (extract/text_rules.cpp).
bool is_name_char(char32_t c);
bool is_boundary_char(char32_t c);
// Start of a name that ends at `end`, scanning left over name characters and
// trimming leading function words/verbs; `limit` bounds the scan.
std::uint32_t scan_name_start(std::u32string_view text, std::uint32_t end, std::uint32_t limit,
                              std::uint32_t min_start);
// Normalised form of a name used as a key: no quotes, brackets or spaces.
std::string name_key(std::string_view name);

}  // namespace ckg
