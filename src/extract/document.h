// Working state of the extractor for one article, shared by the rule
// families (places, sectors, organisations, clusters, named items,
// references, relations). Everything is looked up by position through sorted
// indexes, so the rules stay close to linear in the length of the article.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/extraction.h"
#include "extract/knowledge.h"
#include "normalize/normalizer.h"
#include "normalize/sentences.h"
#include "util/hash.h"
#include "util/name_index.h"

namespace ckg {

// A place or zone a candidate names or implies (by type and key).
struct PlaceRef {
  EntityType type = EntityType::City;
  std::string key;
  bool operator==(const PlaceRef&) const = default;
};

// A typed span of the normalised text proposed by a rule.
struct Candidate {
  std::uint32_t begin = 0, end = 0;  // normalised text, end exclusive
  EntityType type = EntityType::Company;
  std::string name;                        // canonical name (may differ from the surface: 广东 -> 广东省)
  std::string key;                         // canonical key: place code, region key, or the name
  std::vector<std::string> aliases;        // other names this mention declares (link across articles)
  std::vector<std::string> local_aliases;  // names that hold in this article only
  std::vector<std::string> merge_names;    // short forms used to merge mentions in this article only
  double confidence = 0.8;
  int priority = 0;       // higher wins overlaps of equal length
  std::string_view rule;  // the rule's name, a string literal (never owned)
  // For divisions and regions: the place record, shared by all candidates of
  // the place (Knowledge::division_place, Knowledge::region_place).
  const PlaceInfo* place = nullptr;
  bool from_lexicon = false;
  // Organisations, zones, projects: the places named inside the name, outermost first.
  std::vector<PlaceRef> name_places;
  // Clusters: the sectors and places their name (or enumeration) gives, a
  // size class (千亿级) in yuan, and whether the name is national (中国…).
  std::vector<std::string> sector_names;
  std::vector<PlaceRef> locations;
  std::string level_value;
  bool national = false;
  bool sectorless = false;  // a cluster named without a sector (“三个千亿级产业集群”)
  bool fixed_name = false;  // a designation (国家…产业集群): the context gives a place, not a name
  // Overlap resolution: which nested mentions survive inside this one.
  bool keeps_places = false;
  bool keeps_sectors = false;
  bool keeps_orgs = false;  // zones and lexicon bodies inside government organs
};

// A numbered news item of a digest, or the whole article.
struct Item {
  std::uint32_t begin = 0, end = 0;
  bool numbered = false;
};

// An entity named (mention) or referred to (该市, 园区, 该集群) at a position.
struct Anchor {
  std::uint32_t begin = 0, end = 0;
  int entity = -1;
  EntityType type = EntityType::City;
  int mention = -1;         // index into Document::mentions, -1 for references
  std::string level_value;  // a cluster reference's size class (新的千亿级产业集群)
  bool reference() const { return mention < 0; }
};

struct Document {
  Document(const Knowledge& k, const Article& a);

  const Knowledge& kb;
  const Article& article;
  NormalizedText norm;
  std::u32string_view text;  // norm.text
  std::vector<SentenceBounds> sentences;
  std::vector<Item> items;
  std::vector<Matcher::Match> hits;  // dictionary hits, by end position

  std::vector<Candidate> candidates;    // proposals of all rules
  std::vector<Candidate> mentions;      // accepted, sorted by begin
  std::vector<int> mention_entity;      // mentions[i] -> entities index
  std::vector<Anchor> anchors;          // mentions and references, sorted by begin
  std::vector<Candidate> cluster_refs;  // clusters named without a sector (新的千亿级产业集群)
  // Caches of the relation rules: per item, the index of its first location
  // anchor (-1: none; -2: not computed); location anchors in order.
  mutable std::vector<long> item_first_location;
  mutable std::vector<std::size_t> location_anchors;
  mutable bool location_index_built = false;
  // Spans where lexicon sectors are only modifiers of a cluster word (…等5个省级农产品出口产业集群).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> modifier_spans;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedFact> facts;

  // --- text helpers ---
  std::string str(std::uint32_t b, std::uint32_t e) const;  // UTF-8 of text[b, e)
  // text[b, e), clipped to the text (as str() clips it)
  std::u32string_view span(std::uint32_t b, std::uint32_t e) const {
    if (b >= e || b >= text.size()) return {};
    return text.substr(b, std::min<std::size_t>(e, text.size()) - b);
  }
  // text[pos...] starts with word
  bool at(std::uint32_t pos, std::u32string_view word) const {
    return pos <= text.size() && text.size() - pos >= word.size() && text.compare(pos, word.size(), word) == 0;
  }
  // text[...pos) ends with word
  bool before(std::uint32_t pos, std::u32string_view word) const {
    return pos >= word.size() && pos <= text.size() && text.compare(pos - word.size(), word.size(), word) == 0;
  }
  int sentence_at(std::uint32_t pos) const;
  const SentenceBounds& sentence_of(std::uint32_t pos) const;
  int item_at(std::uint32_t pos) const;
  const Item& item_of(std::uint32_t pos) const;
  // A window of at most `span` characters around pos, inside its sentence:
  // rules look no further, so a huge sentence costs linear time.
  std::uint32_t local_begin(std::uint32_t pos, std::uint32_t span = 200) const;
  std::uint32_t local_end(std::uint32_t pos, std::uint32_t span = 200) const;
  // Start of the clause (after the last ，；：) holding pos, not before the sentence start.
  std::uint32_t clause_begin(std::uint32_t pos) const;
  std::uint32_t clause_end(std::uint32_t pos) const;

  // --- candidate index (rebuilt by index_candidates()) ---
  void index_candidates();
  // Removes the candidates pred holds for; the next index_candidates() rebuilds the index whole.
  template <class Pred>
  void erase_candidates(Pred pred) {
    if (std::erase_if(candidates, pred) == 0) return;
    by_begin_.clear();
    by_end_.clear();
  }
  template <class Pred>
  const Candidate* longest_starting_at(std::uint32_t pos, Pred pred) const {
    const Candidate* best = nullptr;
    for (auto it = lower(by_begin_, pos); it != by_begin_.end() && pos_of(*it) == pos; ++it) {
      const Candidate& c = candidates[index_of(*it)];
      if (pred(c) && (!best || c.end > best->end)) best = &c;
    }
    return best;
  }
  template <class Pred>
  const Candidate* longest_ending_at(std::uint32_t pos, Pred pred) const {
    const Candidate* best = nullptr;
    for (auto it = lower(by_end_, pos); it != by_end_.end() && pos_of(*it) == pos; ++it) {
      const Candidate& c = candidates[index_of(*it)];
      if (pred(c) && (!best || c.begin < best->begin)) best = &c;
    }
    return best;
  }
  // Calls f(candidate) for every indexed candidate beginning in [b, e).
  template <class F>
  void candidates_in(std::uint32_t b, std::uint32_t e, F f) const {
    for (auto it = lower(by_begin_, b); it != by_begin_.end() && pos_of(*it) < e; ++it) f(candidates[index_of(*it)]);
  }

  // --- mention and anchor lookups (after resolve_mentions) ---
  // Index of the first mention starting at or after pos.
  std::size_t first_mention_from(std::uint32_t pos) const;
  // Index of the first anchor starting at or after pos.
  std::size_t first_anchor_from(std::uint32_t pos) const;
  // Mention covering exactly [b, e), or -1.
  int mention_at(std::uint32_t b, std::uint32_t e) const;
  // Entity of the mention or reference starting at pos (longest), or -1.
  int entity_starting_at(std::uint32_t pos) const;
  int entity_ending_at(std::uint32_t pos) const;

  // --- entities and facts ---
  // Index of the entity with this type and key, or -1.
  int find_entity(EntityType t, std::string_view key) const;
  int add_entity(ExtractedEntity e);  // indexes it; returns its index
  void reindex_entities();
  // Makes `key` find entity `e` too (the key of another mention of it).
  void index_entity_key(EntityType t, const std::string& key, int e);
  // Adds a fact unless the same (subject, relation, object, value) exists;
  // an existing one keeps the higher confidence and a known year.
  void add_fact(int subject, Relation r, int object, std::uint32_t pos, std::string_view rule, double confidence,
                std::string value = "", std::optional<int> year = std::nullopt);
  bool has_fact(int subject, Relation r, int object) const;
  void remove_facts(int subject, Relation r);

 private:
  // (position, candidate index) packed in one integer, position high: sorted
  // as plain integers.
  using PosIndex = std::vector<std::uint64_t>;
  static std::uint64_t pos_entry(std::uint32_t pos, std::size_t index) {
    return (static_cast<std::uint64_t>(pos) << 32) | static_cast<std::uint32_t>(index);
  }
  static std::uint32_t pos_of(std::uint64_t entry) { return static_cast<std::uint32_t>(entry >> 32); }
  static std::size_t index_of(std::uint64_t entry) { return static_cast<std::uint32_t>(entry); }
  static PosIndex::const_iterator lower(const PosIndex& v, std::uint32_t pos);
  PosIndex by_begin_, by_end_;
  // Hashed indexes, looked up with views (no key string built per lookup);
  // only find and insert are used, so their iteration order never reaches
  // the output. Entities are found by (type, key) in a flat NameIndex; for
  // facts a stored key converts to its view, so hash and equality are
  // written once, for views.
  struct FactKeyView {
    int subject, relation, object;
    std::string_view value;
    bool operator==(const FactKeyView&) const = default;
  };
  struct FactKey {
    int subject, relation, object;
    std::string value;
    operator FactKeyView() const { return {subject, relation, object, value}; }
  };
  struct FactKeyHash {
    using is_transparent = void;
    std::size_t operator()(FactKeyView k) const {
      std::size_t h = quick_hash(k.value);
      for (int v : {k.subject, k.relation, k.object}) h = h * 1000003u + static_cast<std::size_t>(v);
      return h;
    }
  };
  // Compares any mix of keys and views through the views.
  template <class View>
  struct ViewEq {
    using is_transparent = void;
    bool operator()(View a, View b) const { return a == b; }
  };
  NameIndex entity_index_;  // (type, key) -> entity
  std::unordered_map<FactKey, std::size_t, FactKeyHash, ViewEq<FactKeyView>> fact_index_;
};

// Rule families, run in this order by extract_article().
void find_places(Document& doc);
void find_sectors(Document& doc);  // lexicon, chains, capacity lists
void find_organizations(Document& doc);
void find_product_sectors(Document& doc);  // 生产X的<company>
void find_named_items(Document& doc);      // policies, events, projects, persons
void find_clusters(Document& doc);
void resolve_mentions(Document& doc);  // overlaps -> mentions -> entities
// Gives clusters named without a place the place of their context and
// merges mentions of one cluster (extract/clusters.cpp; run by resolve_mentions).
void place_clusters(Document& doc);
void find_references(Document& doc);  // 该市, 园区, 该集群, short names -> anchors
void find_relations(Document& doc);

// The place record of a division (code, parent, centre point).
PlaceInfo place_info(const Division& d);

// Shared lexical helpers (extract/text_rules.cpp).
bool is_name_char(char32_t c);
bool is_boundary_char(char32_t c);
bool is_enumeration_sep(char32_t c);  // 、 和 及 与 , +
// Start of a name that ends at `end`: scans left over name characters (at
// most `limit`), then cuts after the last verb or function word that cannot
// be part of a name and trims leading ones.
std::uint32_t scan_name_start(std::u32string_view text, std::uint32_t end, std::uint32_t limit,
                              std::uint32_t min_start);
// True for a character that scan_name_start trims as a preposition when it opens a name (由 在 于 和 …).
bool is_leading_char(char32_t c);
// Normalised form of a name used as a key: no quotes, brackets or spaces.
std::string name_key(std::string_view name);
// The same key from code points (a span of the normalised text), without a round trip through UTF-8.
std::string name_key(std::u32string_view name);
// True if `core` (the part of a name before its suffix) is a generic word
// rather than a proper name (该, 一批, 龙头, 相关 ...).
bool is_generic_core(std::u32string_view core);
// True if core opens with a word of 本 (本市, 本地, 本公司; not the brand 本源).
bool opens_with_ben_word(std::u32string_view core);
// True if s holds a verb or function word that cannot be part of a name (举行, 借助, 通过 …).
bool contains_cut_word(std::u32string_view s);
// True if a word that cuts names, of two or more characters, ends at text[..k) and starts at or after b.
bool cut_word_ends_at(std::u32string_view text, std::uint32_t b, std::uint32_t k);
bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> words);
// (A plain loop: the sets are a few characters, where a call of wmemchr costs more than the scan.)
inline bool has_char(std::u32string_view s, char32_t c) {
  for (const char32_t x : s)
    if (x == c) return true;
  return false;
}
bool starts_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> words);
bool ends_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> words);

// Predicates on candidates.
inline bool is_place_candidate(const Candidate& c) { return is_place(c.type); }
inline bool is_division_candidate(const Candidate& c) { return is_admin_division(c.type) && c.place != nullptr; }
inline bool is_location_candidate(const Candidate& c) { return is_place(c.type) || c.type == EntityType::Zone; }
inline bool is_sector_candidate(const Candidate& c) { return c.type == EntityType::Sector; }

}  // namespace ckg
