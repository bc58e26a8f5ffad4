// Industrial clusters: "[place][千亿级][sector]产业集群" and enumerations such
// as "生姜、大蒜、苹果等5个省级农产品出口产业集群", one cluster per sector.
#include <algorithm>

#include "extract/document.h"
#include "extract/numbers.h"
#include "extract/triggers.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Words that may stand between the sectors and 产业集群.
constexpr std::u32string_view kModifiers[] = {
    U"农产品出口", U"战略性新兴", U"先进制造业", U"国家级", U"省级", U"市级", U"世界级", U"特色", U"优势",
    U"出口", U"重点", U"主导", U"现代化", U"新的", U"新", U"的", U"个", U"大", U"等",
};

const Candidate* candidate_ending_at(const Document& doc, std::uint32_t end, bool (*pred)(const Candidate&)) {
  const Candidate* best = nullptr;
  for (const auto& c : doc.candidates)
    if (c.end == end && pred(c) && (!best || c.end - c.begin > best->end - best->begin)) best = &c;
  return best;
}

bool is_sector(const Candidate& c) { return c.type == EntityType::Sector; }
bool is_location(const Candidate& c) { return is_place(c.type) || c.type == EntityType::Zone; }

std::string short_place_name(const Document& doc, const Candidate& place) {
  if (place.place && !place.place->code.empty()) {
    if (const Division* d = doc.kb.gazetteer().by_code(place.place->code)) return d->short_name;
  }
  return doc.str(place.begin, place.end);
}

}  // namespace

void find_clusters(Document& doc) {
  const auto& t = doc.text;
  for (const auto& h : doc.hits) {
    bool is_cluster = false;
    for (const auto& p : doc.kb.payloads(h.pattern))
      if (p.kind == HitKind::Trigger && triggers()[static_cast<std::size_t>(p.index)].family == TriggerFamily::Cluster)
        is_cluster = true;
    if (!is_cluster) continue;
    const int si = doc.sentence_at(h.begin);
    const std::uint32_t sb = si < 0 ? 0 : doc.sentences[static_cast<std::size_t>(si)].begin;
    const auto money = find_money(t, sb, h.begin);

    // Right to left: modifiers and size classes, then sectors.
    std::uint32_t p = h.begin;
    std::string level;
    auto skip_modifiers = [&]() {
      bool moved = true;
      while (moved && p > sb) {
        moved = false;
        for (const auto& m : money)
          if (m.end == p) {
            if (level.empty()) level = m.value;
            p = static_cast<std::uint32_t>(m.begin);
            moved = true;
          }
        if (moved) continue;
        if (utf8::is_ascii_digit(t[p - 1])) {
          while (p > sb && utf8::is_ascii_digit(t[p - 1])) --p;
          moved = true;
          continue;
        }
        for (auto w : kModifiers)
          if (p >= sb + w.size() && t.substr(p - w.size(), w.size()) == w) {
            p -= static_cast<std::uint32_t>(w.size());
            moved = true;
            break;
          }
      }
    };
    skip_modifiers();
    std::vector<const Candidate*> sectors;
    std::uint32_t first = p;
    while (const Candidate* s = candidate_ending_at(doc, p, is_sector)) {
      sectors.push_back(s);
      first = s->begin;
      if (first > sb && (t[first - 1] == U'、' || t[first - 1] == U'和' || t[first - 1] == U'及')) {
        p = first - 1;
        continue;
      }
      break;
    }
    if (sectors.empty()) continue;
    std::reverse(sectors.begin(), sectors.end());
    // A size class may also precede the sectors (千亿级现代食品产业集群).
    p = first;
    skip_modifiers();
    const Candidate* loc = candidate_ending_at(doc, p, is_location);
    const std::uint32_t span_begin = loc ? loc->begin : first;
    for (const Candidate* s : sectors) {
      Candidate c;
      c.type = EntityType::IndustrialCluster;
      c.begin = sectors.size() == 1 ? span_begin : s->begin;
      c.end = sectors.size() == 1 ? h.end : s->end;
      const std::string prefix = loc ? short_place_name(doc, *loc) : "";
      c.name = prefix + s->name + "产业集群";
      c.key = c.name;  // the resolver may re-key clusters without a place
      const std::string surface = name_key(doc.str(sectors.size() == 1 ? span_begin : s->begin, sectors.size() == 1 ? h.end : s->end));
      if (sectors.size() == 1 && surface != c.name) (loc ? c.aliases : c.local_aliases).push_back(surface);
      if (loc) {
        std::string surf_prefix = doc.str(loc->begin, loc->end);
        if (surf_prefix != prefix) c.aliases.push_back(name_key(surf_prefix) + s->name + "产业集群");
      }
      c.sector_names.push_back(s->name);
      if (loc) {
        c.location_key = loc->key;
        c.location_type = loc->type;
      }
      c.level_value = level;
      c.confidence = 0.85;
      c.priority = 3;
      c.rule = sectors.size() == 1 ? "cluster-name" : "cluster-enumeration";
      c.keeps_inner = true;
      doc.candidates.push_back(std::move(c));
    }
  }
}

}  // namespace ckg
