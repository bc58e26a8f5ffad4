// Helpers shared by the relation rules (relations.cpp, relation_values.cpp,
// relation_roles.cpp). They read the anchors (mentions and references) of a
// Document by position.
#pragma once

#include <vector>

#include "extract/document.h"

namespace ckg {

inline EntityType entity_type(const Document& doc, int entity) {
  return doc.entities[static_cast<std::size_t>(entity)].type;
}
// A run of consecutive anchors, iterated as pointers (for (const Anchor* a : ...)).
class AnchorRange {
 public:
  class iterator {
   public:
    explicit iterator(const Anchor* p) : p_(p) {}
    const Anchor* operator*() const { return p_; }
    iterator& operator++() {
      ++p_;
      return *this;
    }
    bool operator==(const iterator&) const = default;

   private:
    const Anchor* p_;
  };
  AnchorRange(const Anchor* first, const Anchor* last) : first_(first), last_(last) {}
  iterator begin() const { return iterator(first_); }
  iterator end() const { return iterator(last_); }

 private:
  const Anchor* first_;
  const Anchor* last_;
};
// Anchors whose begin lies in [b, e), in order (a view: valid while the anchors are not changed).
AnchorRange anchors_in(const Document& doc, std::uint32_t b, std::uint32_t e);
// The entities of a group of places starting at anchor i: a chain (安徽省淮南市
// -> 淮南市) and a list of chains (贵阳市、贵安新区).
// `end`, when given, receives the end of the group; `separators` are the words
// that join the chains of the list.
std::vector<int> place_group_at(const Document& doc, std::size_t anchor_index, std::uint32_t* end = nullptr,
                                std::initializer_list<std::u32string_view> separators = {U"、", U"和", U"及"});
// First place group among the anchors in [b, e), or empty.
std::vector<int> first_place_group(const Document& doc, std::uint32_t b, std::uint32_t e);
// The default place of a position: the first place group of its sentence
// before it, else of its news item, else of the article.
std::vector<int> default_places(const Document& doc, std::uint32_t pos);
// The place group named last before pos in its news item, else the default.
std::vector<int> last_place_group_before(const Document& doc, std::uint32_t pos);
// Entity of a division, region or zone anchor.
bool is_location_entity(const Document& doc, int entity);
bool is_division_entity(const Document& doc, int entity);
// Entity of the place named by a PlaceRef, or -1.
int entity_of_place(const Document& doc, const PlaceRef& p);
// True if the entity has a mention (not only implied) outside other names.
bool mentioned(const Document& doc, int entity);
// A labelled field of a project's entry in a list (建设单位：A；建设地点：B；总投资…): the label,
// where its value starts, and whether it gives the site.
struct EntryField {
  std::u32string_view label;  // empty: the sentence is no field
  std::uint32_t value = 0;
  bool site = false;
};
EntryField entry_field(const Document& doc, const SentenceBounds& s);
// True if the sentence opens an item of a list: 1. / 1、 / 12. / —— / (一) / （3）.
bool opens_list_item(const Document& doc, const SentenceBounds& s);
// True if the sentence announces a list: it ends with a colon.
bool announces_list(const Document& doc, const SentenceBounds& s);

// A firm named as an investor (…投资管理有限公司, …国有资本运营…, 元禾控股, …基金管理…): it puts
// money into a zone's or a cluster's firms from wherever it sits.
inline bool is_investor_name(std::string_view name) {
  for (std::string_view w : {"投资", "资本", "控股", "财金", "基金", "金融"})
    if (name.find(w) != std::string_view::npos) return true;
  return false;
}

// True for the words that join the items of a list: 、 和 及 与 以及.
inline bool is_list_word(std::u32string_view w) {
  return w == U"、" || w == U"和" || w == U"及" || w == U"与" || w == U"以及";
}
// Position right after the list word at pos (、A, 以及B), or 0 when none stands there.
std::uint32_t after_list_word(const Document& doc, std::uint32_t pos);
// Past 共同/联合 at pos (…共同发起, …联合设立), else pos.
std::uint32_t after_jointly(const Document& doc, std::uint32_t pos);
// Before 共同/联合 ending at pos (A与B共同发起), else pos.
std::uint32_t before_jointly(const Document& doc, std::uint32_t pos);
// What a place is to a cluster or zone it carries, after 以<place>: "以阎良区为主要承载地".
inline constexpr std::u32string_view kVehicleRoles[] = {U"为主要承载地", U"为承载地",   U"为核心承载区",
                                                        U"为核心区",     U"为主要载体", U"为载体"};
// Position right after a short bracket that opens at pos (…有限公司(以下简称“甲”)), else pos.
std::uint32_t after_bracket(const Document& doc, std::uint32_t pos);
// The organisations (firms and institutions, or firms only) of a list that starts at pos
// ("A、B和C", "A(简称甲)、B"): names joined by 、/和/及/与, each perhaps followed by a bracket.
// *end, if given, is where the last one ends (past its bracket).
std::vector<int> orgs_listed_from(const Document& doc, std::uint32_t pos, bool companies_only = false,
                                  std::uint32_t* end = nullptr);
// The latest cluster (named or referred to) before p in its news item, not more than `reach`
// characters back, or -1. With lead_in, an item of a numbered list that names none looks in the
// lead-in above the list.
int latest_cluster_before(const Document& doc, std::uint32_t p, std::uint32_t reach, bool lead_in = false);
// A count of one character before a classifier (3家, 三个, 两家): 1 to 10, else 0.
std::size_t small_count(char32_t c);

// Rule groups.
void place_relations(Document& doc);  // partOf, locatedIn, heldIn
void value_relations(Document& doc);  // targetScale, currentScale, investment, enterpriseCount
void role_relations(Document& doc);   // inSector, memberOf, foundedBy, issuedBy

}  // namespace ckg
