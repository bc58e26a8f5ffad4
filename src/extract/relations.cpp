// Relations between the entities of one article, in three groups: where
// things are (place_relations), the figures that describe them
// (value_relations) and their roles (role_relations). This file holds the
// shared helpers and the place group.
#include <algorithm>

#include "extract/numbers.h"
#include "extract/relation_rules.h"
#include "util/utf8.h"

namespace ckg {

AnchorRange anchors_in(const Document& doc, std::uint32_t b, std::uint32_t e) {
  const std::size_t i = doc.first_anchor_from(b), j = std::max(i, doc.first_anchor_from(e));
  return {doc.anchors.data() + i, doc.anchors.data() + j};
}

std::uint32_t after_list_word(const Document& doc, std::uint32_t pos) {
  for (std::u32string_view w : {U"、", U"和", U"及", U"与", U"以及"})
    if (doc.at(pos, w)) return pos + static_cast<std::uint32_t>(w.size());
  return 0;
}

std::uint32_t after_jointly(const Document& doc, std::uint32_t pos) {
  for (std::u32string_view w : {U"共同", U"联合"})
    if (doc.at(pos, w)) pos += static_cast<std::uint32_t>(w.size());
  return pos;
}

std::uint32_t before_jointly(const Document& doc, std::uint32_t pos) {
  for (std::u32string_view w : {U"共同", U"联合"})
    if (doc.before(pos, w)) pos -= static_cast<std::uint32_t>(w.size());
  return pos;
}

std::uint32_t after_bracket(const Document& doc, std::uint32_t pos) {
  const auto& t = doc.text;
  if (pos >= t.size() || (t[pos] != '(' && t[pos] != U'（')) return pos;
  std::uint32_t q = pos + 1;
  while (q < t.size() && q - pos < 24 && t[q] != ')' && t[q] != U'）') ++q;
  return q < t.size() && q - pos < 24 ? q + 1 : pos;
}

std::vector<int> orgs_listed_from(const Document& doc, std::uint32_t pos, bool companies_only, std::uint32_t* end) {
  std::vector<int> out;
  if (end) *end = pos;
  for (int guard = 0; guard < 12; ++guard) {
    const int org = doc.entity_starting_at(pos);
    if (org < 0) break;
    const auto type = entity_type(doc, org);
    if (!(type == EntityType::Company || (!companies_only && type == EntityType::Institution))) break;
    out.push_back(org);
    std::uint32_t e = pos;
    for (const Anchor* a : anchors_in(doc, pos, pos + 1))
      if (a->begin == pos && a->entity == org) e = std::max(e, a->end);
    e = after_bracket(doc, e);
    if (end) *end = e;
    pos = after_list_word(doc, e);
    if (pos == 0) break;
  }
  return out;
}

int latest_cluster_before(const Document& doc, std::uint32_t p, std::uint32_t reach, bool lead_in) {
  // The last cluster in [from, to) of the item that starts at `first`, within `reach` of `to`.
  auto last_in = [&](std::uint32_t first, std::uint32_t to) {
    int cluster = -1;
    for (const Anchor* a : anchors_in(doc, std::max(first, to > reach ? to - reach : 0u), to))
      if (entity_type(doc, a->entity) == EntityType::IndustrialCluster) cluster = a->entity;
    return cluster;
  };
  const int item = doc.item_at(p);
  const int cluster = last_in(doc.items[static_cast<std::size_t>(item)].begin, p);
  if (cluster >= 0 || !lead_in || !doc.items[static_cast<std::size_t>(item)].numbered) return cluster;
  // The lead-in above a numbered list (…集群持续壮大。明确了三项任务：1.到2027年，集群规模…).
  int k = item;
  while (k > 0 && doc.items[static_cast<std::size_t>(k)].numbered) --k;
  const auto& lead = doc.items[static_cast<std::size_t>(k)];
  return lead.numbered ? -1 : last_in(lead.begin, lead.end);
}

std::size_t small_count(char32_t c) {
  if (utf8::is_ascii_digit(c)) return static_cast<std::size_t>(c - U'0');
  const char32_t s[] = {c};
  const auto v = parse_chinese_integer(std::u32string_view(s, 1));
  return v && *v >= 1 && *v <= 10 ? static_cast<std::size_t>(*v) : 0;
}

bool is_location_entity(const Document& doc, int entity) {
  const auto& e = doc.entities[static_cast<std::size_t>(entity)];
  return (is_place(e.type) && e.place) || e.type == EntityType::Zone;
}

bool is_division_entity(const Document& doc, int entity) {
  const auto& e = doc.entities[static_cast<std::size_t>(entity)];
  return is_admin_division(e.type) && e.place && !e.place->code.empty();
}

int entity_of_place(const Document& doc, const PlaceRef& p) { return doc.find_entity(p.type, p.key); }

bool mentioned(const Document& doc, int entity) {
  return !doc.entities[static_cast<std::size_t>(entity)].mentions.empty();
}

std::vector<int> place_group_at(const Document& doc, std::size_t i, std::uint32_t* end,
                                std::initializer_list<std::u32string_view> separators) {
  std::vector<int> out;
  std::size_t k = i;
  for (int guard = 0; guard < 8 && k < doc.anchors.size(); ++guard) {
    const Anchor* last = &doc.anchors[k];
    std::size_t j = k + 1;
    while (j < doc.anchors.size() && doc.anchors[j].begin == last->end &&
           is_location_entity(doc, doc.anchors[j].entity)) {
      last = &doc.anchors[j];
      ++j;
    }
    // Skip anchors nested in the last one (a place inside a zone name).
    while (j < doc.anchors.size() && doc.anchors[j].begin < last->end) ++j;
    if (std::find(out.begin(), out.end(), last->entity) == out.end()) out.push_back(last->entity);
    const std::uint32_t e = last->end;
    if (end) *end = e;
    bool joined = false;
    for (const auto w : separators)
      if (doc.at(e, w) && j < doc.anchors.size() && doc.anchors[j].begin == e + w.size() &&
          is_location_entity(doc, doc.anchors[j].entity))
        joined = true;
    if (!joined) break;
    k = j;
  }
  return out;
}

std::vector<int> first_place_group(const Document& doc, std::uint32_t b, std::uint32_t e) {
  for (std::size_t i = doc.first_anchor_from(b); i < doc.anchors.size() && doc.anchors[i].begin < e; ++i)
    if (is_location_entity(doc, doc.anchors[i].entity) && !doc.anchors[i].reference()) return place_group_at(doc, i);
  return {};
}

namespace {

void build_location_index(const Document& doc) {
  if (doc.location_index_built) return;
  doc.location_index_built = true;
  doc.item_first_location.assign(doc.items.size(), -1);
  for (std::size_t i = 0; i < doc.anchors.size(); ++i) {
    if (doc.anchors[i].reference() || !is_location_entity(doc, doc.anchors[i].entity)) continue;
    doc.location_anchors.push_back(i);
    auto& first = doc.item_first_location[static_cast<std::size_t>(doc.item_at(doc.anchors[i].begin))];
    if (first < 0) first = static_cast<long>(i);
  }
}

}  // namespace

std::vector<int> default_places(const Document& doc, std::uint32_t pos) {
  auto g = first_place_group(doc, doc.local_begin(pos), pos);
  if (!g.empty()) return g;
  build_location_index(doc);
  const long first = doc.item_first_location[static_cast<std::size_t>(doc.item_at(pos))];
  if (first >= 0) return place_group_at(doc, static_cast<std::size_t>(first));
  if (!doc.location_anchors.empty()) return place_group_at(doc, doc.location_anchors.front());
  return {};
}

std::vector<int> last_place_group_before(const Document& doc, std::uint32_t pos) {
  build_location_index(doc);
  const auto& item = doc.item_of(pos);
  // The last location anchor that begins before pos (and ends by then), in pos's item.
  auto it = std::lower_bound(doc.location_anchors.begin(), doc.location_anchors.end(), pos,
                             [&](std::size_t i, std::uint32_t p) { return doc.anchors[i].begin < p; });
  for (int guard = 0; it != doc.location_anchors.begin() && guard < 8; ++guard) {
    --it;
    const Anchor& a = doc.anchors[*it];
    if (a.begin < item.begin) break;
    if (a.end > pos) continue;
    std::size_t found = *it;
    // A place named inside a zone's name (宣城 in 宣城经济技术开发区): the zone is meant.
    if (it != doc.location_anchors.begin()) {
      const Anchor& outer = doc.anchors[*(it - 1)];
      if (outer.begin == a.begin && outer.end > a.end && outer.end <= pos) found = *(it - 1);
    }
    // Back to the start of that chain (安徽省淮南市: start at 安徽省).
    while (found > 0 && doc.anchors[found - 1].end == doc.anchors[found].begin &&
           is_location_entity(doc, doc.anchors[found - 1].entity))
      --found;
    return place_group_at(doc, found);
  }
  return default_places(doc, pos);
}

EntryField entry_field(const Document& doc, const SentenceBounds& s) {
  std::uint32_t b = s.begin;
  while (b < s.end && (doc.text[b] == ' ' || doc.text[b] == '\n')) ++b;
  if (b >= s.end || !has_char(U"建项实投责", doc.text[b])) return {};  // the labels' first characters
  for (std::u32string_view w : {U"建设地点", U"项目地点", U"建设单位", U"建设内容", U"建设规模", U"建设周期",
                                U"项目业主", U"实施主体", U"投资主体", U"责任单位", U"投资方"}) {
    const auto colon = b + static_cast<std::uint32_t>(w.size());
    if (doc.at(b, w) && colon < s.end && (doc.text[colon] == ':' || doc.text[colon] == U'：'))
      return {w, colon + 1, w.ends_with(U"地点")};
  }
  return {};
}

bool opens_list_item(const Document& doc, const SentenceBounds& s) {
  const auto& t = doc.text;
  std::uint32_t first = s.begin;
  while (first < s.end && (t[first] == ' ' || t[first] == '\n' || t[first] == U'　')) ++first;
  if (first + 2 >= s.end) return false;
  const auto dot = [&](std::uint32_t k) { return has_char(U".、．", t[k]); };
  return (utf8::is_ascii_digit(t[first]) &&
          (dot(first + 1) || (utf8::is_ascii_digit(t[first + 1]) && dot(first + 2)))) ||
         doc.at(first, U"——") || (has_char(U"(（", t[first]) && t[first + 2] != U'以') ||
         (has_char(U"一二三四五六七八九十", t[first]) && has_char(U"是、", t[first + 1]));  // 一是…, 二、…
}

bool announces_list(const Document& doc, const SentenceBounds& s) {
  const auto& t = doc.text;
  std::uint32_t e = s.end;
  while (e > s.begin && (t[e - 1] == ' ' || t[e - 1] == '\n')) --e;
  return e > s.begin && (t[e - 1] == U'：' || t[e - 1] == ':');
}

void find_relations(Document& doc) {
  place_relations(doc);
  value_relations(doc);
  role_relations(doc);
}

}  // namespace ckg
