// From proposals to entities: overlapping candidates are resolved (longest
// first, nested place/sector mentions kept where a name is built from them),
// mentions of one thing are grouped into one entity, names declared as
// abbreviations (以下简称…) or shared short forms merge entities, and each
// division gets its ancestors up to the province.
#include <algorithm>
#include <map>
#include <set>

#include "extract/document.h"
#include "util/utf8.h"

namespace ckg {
namespace {

bool nested_allowed(const Candidate& outer, const Candidate& inner) {
  if (outer.keeps_inner && (is_place(inner.type) || inner.type == EntityType::Sector || inner.type == EntityType::Zone))
    return true;
  // A place at the start of a name built from its shape (安徽…有限公司).
  if (is_place(inner.type) && inner.begin == outer.begin && !outer.from_lexicon && !is_place(outer.type) &&
      outer.type != EntityType::Person && outer.type != EntityType::Sector)
    return true;
  return false;
}

bool crosses(const Candidate& a, const Candidate& b) {
  return a.begin < b.end && b.begin < a.end && !(a.begin <= b.begin && b.end <= a.end) &&
         !(b.begin <= a.begin && a.end <= b.end);
}

// Abbreviations declared in the text: X(以下简称“Y”) or X(简称Y).
void declared_abbreviations(Document& doc) {
  const auto& t = doc.text;
  for (std::u32string_view marker : {std::u32string_view(U"以下简称"), std::u32string_view(U"简称")}) {
    for (std::size_t pos = t.find(marker); pos != std::u32string_view::npos; pos = t.find(marker, pos + 1)) {
      if (marker.size() == 2 && pos >= 2 && t.substr(pos - 2, 2) == U"以下") continue;
      std::size_t b = pos + marker.size();
      while (b < t.size() && (t[b] == U'“' || t[b] == U'《' || t[b] == '"' || t[b] == ':')) ++b;
      std::size_t e = b;
      while (e < t.size() && e - b < 16 && !is_boundary_char(t[e])) ++e;
      if (e == b) continue;
      const std::string alias = name_key(utf8::encode(t.substr(b, e - b)));
      // The mention right before the bracket.
      std::size_t open = pos;
      while (open > 0 && t[open - 1] != '(' && pos - open < 4) --open;
      const std::uint32_t before = open > 0 ? static_cast<std::uint32_t>(open - 1) : 0;
      Candidate* best = nullptr;
      for (auto& m : doc.mentions)
        if (m.end == before && !is_place(m.type) && m.type != EntityType::Sector && (!best || m.begin < best->begin))
          best = &m;
      if (best && alias != best->name) best->aliases.push_back(alias);
    }
  }
}

}  // namespace

void resolve_mentions(Document& doc) {
  // 1. Overlaps.
  std::vector<const Candidate*> order;
  order.reserve(doc.candidates.size());
  for (const auto& c : doc.candidates)
    if (c.end > c.begin && !c.name.empty()) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(), [](const Candidate* a, const Candidate* b) {
    const auto la = a->end - a->begin, lb = b->end - b->begin;
    if (la != lb) return la > lb;
    if (a->priority != b->priority) return a->priority > b->priority;
    return a->begin < b->begin;
  });
  std::vector<const Candidate*> accepted;
  for (const Candidate* c : order) {
    bool ok = true;
    for (const Candidate* a : accepted) {
      if (crosses(*a, *c)) {
        ok = false;
        break;
      }
      const bool inside = a->begin <= c->begin && c->end <= a->end;
      if (inside) {
        if (a->type == c->type && a->key == c->key) { ok = false; break; }
        if (!nested_allowed(*a, *c)) { ok = false; break; }
      }
    }
    if (ok) accepted.push_back(c);
  }
  std::sort(accepted.begin(), accepted.end(), [](const Candidate* a, const Candidate* b) {
    if (a->begin != b->begin) return a->begin < b->begin;
    return a->end > b->end;
  });
  doc.mentions.clear();
  for (const Candidate* c : accepted) doc.mentions.push_back(*c);
  declared_abbreviations(doc);

  // 2. Group mentions by (type, key); then merge groups of one type that share a name.
  std::vector<int> group(doc.mentions.size());
  std::map<std::pair<int, std::string>, int> by_key;
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const auto& m = doc.mentions[i];
    auto k = std::make_pair(static_cast<int>(m.type), m.key);
    auto it = by_key.find(k);
    group[i] = it == by_key.end() ? (by_key[k] = static_cast<int>(i)) : it->second;
  }
  auto find = [&](int x) {
    while (group[static_cast<std::size_t>(x)] != x) x = group[static_cast<std::size_t>(x)] = group[static_cast<std::size_t>(group[static_cast<std::size_t>(x)])];
    return x;
  };
  std::vector<std::string> reasons(doc.mentions.size());
  std::map<std::pair<int, std::string>, int> by_name;
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const auto& m = doc.mentions[i];
    if (is_admin_division(m.type) && m.place) continue;  // linked places merge by code only
    std::vector<std::string> names = m.aliases;
    names.push_back(m.name);
    for (const auto& n : names) {
      auto k = std::make_pair(static_cast<int>(m.type), n);
      auto it = by_name.find(k);
      if (it == by_name.end()) {
        by_name[k] = static_cast<int>(i);
        continue;
      }
      int a = find(it->second), b = find(static_cast<int>(i));
      if (a != b) {
        group[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
        reasons[static_cast<std::size_t>(std::min(a, b))] += (reasons[static_cast<std::size_t>(std::min(a, b))].empty() ? "" : "; ") +
                                                             std::string("shared name ") + n;
      }
    }
  }

  // 3. Entities.
  std::map<int, int> entity_of_group;
  doc.mention_entity.assign(doc.mentions.size(), -1);
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const int g = find(static_cast<int>(i));
    auto it = entity_of_group.find(g);
    int ei;
    if (it == entity_of_group.end()) {
      ei = static_cast<int>(doc.entities.size());
      entity_of_group[g] = ei;
      ExtractedEntity e;
      const auto& first = doc.mentions[static_cast<std::size_t>(g)];
      e.type = first.type;
      e.name = first.name;
      e.key = first.key;
      e.place = first.place;
      e.confidence = first.confidence;
      e.merge_reason = reasons[static_cast<std::size_t>(g)];
      doc.entities.push_back(std::move(e));
    } else {
      ei = it->second;
    }
    doc.mention_entity[i] = ei;
    auto& e = doc.entities[static_cast<std::size_t>(ei)];
    const auto& m = doc.mentions[i];
    Mention mention;
    mention.span = doc.norm.to_original(m.begin, m.end);
    mention.surface = doc.str(m.begin, m.end);
    e.mentions.push_back(std::move(mention));
    e.confidence = std::max(e.confidence, m.confidence);
    // Canonical name: lexicon or place name wins, else the longest.
    const bool authoritative = m.from_lexicon || (is_admin_division(m.type) && m.place);
    if (m.name != e.name) {
      if (authoritative || (!is_admin_division(e.type) && utf8::length(m.name) > utf8::length(e.name) &&
                            !doc.mentions[static_cast<std::size_t>(g)].from_lexicon)) {
        e.aliases.push_back(e.name);
        e.name = m.name;
        if (!is_admin_division(e.type) && e.type != EntityType::Sector) e.key = name_key(m.name);
      } else {
        e.aliases.push_back(m.name);
      }
    }
    for (const auto& a : m.aliases) e.aliases.push_back(a);
    for (const auto& a : m.local_aliases) e.local_aliases.push_back(a);
    if (authoritative) e.lexicon_name = true;
    if (!m.from_lexicon && !m.place) {
      const auto surface = name_key(mention.surface);
      if (surface != e.name) (m.local_aliases.empty() ? e.aliases : e.local_aliases).push_back(surface);
    }
  }
  for (auto& e : doc.entities) {
    for (auto* list : {&e.aliases, &e.local_aliases}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
      std::erase(*list, e.name);
      std::erase(*list, std::string());
    }
    std::erase_if(e.local_aliases, [&](const std::string& a) {
      return std::binary_search(e.aliases.begin(), e.aliases.end(), a);
    });
  }

  // 4. Ancestors of linked divisions (not mentioned, but part of the graph).
  const auto& gaz = doc.kb.gazetteer();
  const std::size_t named = doc.entities.size();
  for (std::size_t i = 0; i < named; ++i) {
    if (!doc.entities[i].place || doc.entities[i].place->code.empty()) continue;
    for (const auto& code : gaz.ancestors(doc.entities[i].place->code)) {
      const Division* d = gaz.by_code(code);
      if (!d || doc.find_entity(d->type, d->code) >= 0) continue;
      ExtractedEntity e;
      e.type = d->type;
      e.name = d->name;
      e.key = d->code;
      PlaceInfo p;
      p.code = d->code;
      p.parent_code = d->parent_code;
      p.lat = d->lat;
      p.lng = d->lng;
      p.has_point = d->has_point;
      e.place = p;
      e.confidence = 1.0;
      e.lexicon_name = true;
      if (!d->short_name.empty() && d->short_name != d->name) e.aliases.push_back(d->short_name);
      doc.entities.push_back(std::move(e));
    }
  }
  for (auto& e : doc.entities) {
    if (e.place && !e.place->code.empty() && is_admin_division(e.type)) {
      const Division* d = gaz.by_code(e.place->code);
      if (d && !d->short_name.empty() && d->short_name != d->name &&
          std::find(e.aliases.begin(), e.aliases.end(), d->short_name) == e.aliases.end())
        e.aliases.push_back(d->short_name);
      std::sort(e.aliases.begin(), e.aliases.end());
    }
    if (e.type == EntityType::Sector) e.broader = doc.kb.lexicon().broader_chain(e.name);
  }
}

}  // namespace ckg
