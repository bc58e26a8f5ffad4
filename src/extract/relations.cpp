// Relations between the entities of one article: the place hierarchy, what
// clusters are in and about, money and enterprise counts attached to the
// subject they describe, policies and their issuers, events and where they
// were held, clusters and their founders and members.
#include <algorithm>

#include "extract/document.h"
#include "extract/numbers.h"
#include "util/utf8.h"

namespace ckg {
namespace {

bool is_division_entity(const ExtractedEntity& e) {
  return is_admin_division(e.type) && e.place && !e.place->code.empty();
}

// Index of the first mention starting at or after pos.
std::size_t first_mention_from(const Document& doc, std::uint32_t pos) {
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), pos,
                             [](const Candidate& m, std::uint32_t p) { return m.begin < p; });
  return static_cast<std::size_t>(it - doc.mentions.begin());
}

// Start of the paragraph (line) holding pos, and of the numbered item holding it.
std::uint32_t line_start(const Document& doc, std::uint32_t pos) {
  while (pos > 0 && doc.text[pos - 1] != '\n') --pos;
  return pos;
}

bool starts_item(const Document& doc, std::uint32_t line) {
  const auto& t = doc.text;
  std::uint32_t k = line;
  while (k < t.size() && utf8::is_ascii_digit(t[k])) ++k;
  return k > line && k < t.size() && (t[k] == '.' || t[k] == U'、' || t[k] == ')');
}

std::uint32_t item_start(const Document& doc, std::uint32_t pos) {
  std::uint32_t line = line_start(doc, pos);
  while (true) {
    if (starts_item(doc, line) || line == 0) return line;
    line = line_start(doc, line - 1);
  }
}

// The place an unplaced mention at pos defaults to: the nearest division or
// zone named before it in its numbered item (or paragraph), else the first
// one of the article.
int default_place(const Document& doc, std::uint32_t pos) {
  const std::uint32_t from = item_start(doc, pos);
  int best = -1;
  for (std::size_t i = 0; i < doc.mentions.size() && doc.mentions[i].begin < pos; ++i) {
    const auto& m = doc.mentions[i];
    if (m.begin < from) continue;
    if (is_admin_division(m.type) || m.type == EntityType::Zone) best = doc.mention_entity[i];
  }
  if (best >= 0) return best;
  for (std::size_t i = 0; i < doc.mentions.size(); ++i)
    if (is_admin_division(doc.mentions[i].type)) return doc.mention_entity[i];
  return -1;
}

int entity_by_key(const Document& doc, EntityType t, const std::string& key) {
  for (std::size_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].type == t && doc.mentions[i].key == key) return doc.mention_entity[i];
  return doc.find_entity(t, key);
}

bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (auto w : words)
    if (s.find(w) != std::u32string_view::npos) return true;
  return false;
}

bool is_scale_subject(EntityType t) {
  return t == EntityType::IndustrialCluster || t == EntityType::Fund || t == EntityType::Project ||
         t == EntityType::Zone;
}

}  // namespace

void find_relations(Document& doc) {
  const auto& t = doc.text;
  // Place hierarchy from the gazetteer.
  for (int i = 0; i < static_cast<int>(doc.entities.size()); ++i) {
    const auto& e = doc.entities[static_cast<std::size_t>(i)];
    if (!is_division_entity(e) || e.place->parent_code.empty()) continue;
    const Division* parent = doc.kb.gazetteer().by_code(e.place->parent_code);
    if (!parent) continue;
    const int pi = doc.find_entity(parent->type, parent->code);
    if (pi < 0) continue;
    std::uint32_t pos = 0;
    bool mentioned = false;
    for (std::size_t k = 0; k < doc.mentions.size() && !mentioned; ++k)
      if (doc.mention_entity[k] == i) {
        pos = doc.mentions[k].begin;
        mentioned = true;
      }
    const std::size_t before = doc.facts.size();
    doc.add_fact(i, Relation::partOf, pi, pos, "gazetteer", 1.0);
    if (!mentioned && doc.facts.size() > before) doc.facts.back().sentence = -1;
  }

  for (std::size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    const auto& m = doc.mentions[mi];
    const int ei = doc.mention_entity[mi];
    // Organisations and zones located by the place that opens their name.
    if (!m.place_code.empty() && !is_place(m.type) && m.type != EntityType::IndustrialCluster) {
      if (const Division* d = doc.kb.gazetteer().by_code(m.place_code)) {
        const int pi = doc.find_entity(d->type, d->code);
        const Relation r = m.type == EntityType::Zone ? Relation::partOf : Relation::locatedIn;
        if (pi >= 0 && m.type != EntityType::GovernmentBody && m.type != EntityType::Person &&
            m.type != EntityType::Sector && m.type != EntityType::Policy)
          doc.add_fact(ei, r, pi, m.begin, "name-prefix-place", 0.85);
      }
    }
    if (m.type == EntityType::IndustrialCluster) {
      for (const auto& s : m.sector_names) {
        const int si = doc.find_entity(EntityType::Sector, s);
        doc.add_fact(ei, Relation::inSector, si, m.begin, "cluster-sector", 0.9);
      }
      int loc = m.location_key.empty() ? -1 : entity_by_key(doc, m.location_type, m.location_key);
      if (loc < 0) loc = default_place(doc, m.begin);
      if (loc >= 0) doc.add_fact(ei, Relation::locatedIn, loc, m.begin, m.location_key.empty() ? "cluster-default-place" : "cluster-name-place", m.location_key.empty() ? 0.7 : 0.9);
      if (!m.level_value.empty()) {
        const int si = doc.sentence_at(m.begin);
        std::optional<int> year;
        if (si >= 0) {
          const auto& s = doc.sentences[static_cast<std::size_t>(si)];
          for (const auto& y : find_years(t, s.begin, m.begin)) year = y.year;
        }
        doc.add_fact(ei, Relation::targetScale, -1, m.begin, "cluster-size-class", 0.8, m.level_value, year);
      }
    }
    if (m.type == EntityType::Fund && m.place_code.empty()) {
      const int loc = default_place(doc, m.begin);
      if (loc >= 0) doc.add_fact(ei, Relation::locatedIn, loc, m.begin, "fund-default-place", 0.7);
    }
  }

  // Money, counts, issuers, venues: sentence by sentence.
  int last_subject = -1;
  for (const auto& s : doc.sentences) {
    const std::size_t first = first_mention_from(doc, s.begin);
    std::vector<std::size_t> in_sentence;
    for (std::size_t i = first; i < doc.mentions.size() && doc.mentions[i].begin < s.end; ++i) in_sentence.push_back(i);
    auto subject_before = [&](std::uint32_t pos) {
      int best = -1;
      for (std::size_t i : in_sentence)
        if (doc.mentions[i].begin < pos && is_scale_subject(doc.mentions[i].type)) best = doc.mention_entity[i];
      return best >= 0 ? best : last_subject;
    };
    const auto years = find_years(t, s.begin, s.end);
    for (const auto& money : find_money(t, s.begin, s.end)) {
      if (money.level) continue;  // size classes belong to the cluster name they open
      const auto before = t.substr(s.begin, money.begin - s.begin);
      const std::u32string_view near = before.substr(before.size() > 12 ? before.size() - 12 : 0);
      Relation r;
      if (contains_any(near, {U"投资", U"撬动", U"融资", U"募资"})) r = Relation::investment;
      else if (contains_any(near, {U"力争", U"争取", U"目标", U"做到", U"打造", U"到", U"突破", U"达到"}) && !years.empty())
        r = Relation::targetScale;
      else if (contains_any(near, {U"首期规模", U"规模", U"营收", U"产值", U"收入", U"达"})) r = Relation::currentScale;
      else continue;
      const int subj = subject_before(static_cast<std::uint32_t>(money.begin));
      if (subj < 0) continue;
      std::optional<int> year;
      if (r == Relation::targetScale)
        for (const auto& y : years)
          if (y.begin < money.begin) year = y.year;
      doc.add_fact(subj, r, -1, static_cast<std::uint32_t>(money.begin), "money-cue", 0.75, money.value, year);
    }
    for (const auto& c : find_counts(t, s.begin, s.end)) {
      const auto around = t.substr(s.begin, std::min<std::size_t>(c.end + 4, s.end) - s.begin);
      if (!contains_any(around, {U"企业"})) continue;
      const int subj = subject_before(static_cast<std::uint32_t>(c.begin));
      if (subj < 0) continue;
      doc.add_fact(subj, Relation::enterpriseCount, -1, static_cast<std::uint32_t>(c.begin), "enterprise-count", 0.75,
                   std::to_string(c.value));
    }
    // Policies issued by the government body named before them.
    for (std::size_t i : in_sentence) {
      const auto& m = doc.mentions[i];
      if (m.type != EntityType::Policy) continue;
      int issuer = -1;
      for (std::size_t j : in_sentence)
        if (doc.mentions[j].type == EntityType::GovernmentBody && doc.mentions[j].end <= m.begin)
          issuer = doc.mention_entity[j];
      const auto gap = t.substr(s.begin, m.begin - s.begin);
      if (issuer >= 0 && contains_any(gap, {U"印发", U"发布", U"出台", U"公布", U"制定", U"颁布"}))
        doc.add_fact(doc.mention_entity[i], Relation::issuedBy, issuer, m.begin, "policy-issuer", 0.8);
    }
    // Events held in a place: "<event>在<place>举行" or "在<place>举行<event>".
    for (std::size_t i : in_sentence) {
      const auto& m = doc.mentions[i];
      if (m.type != EntityType::Event) continue;
      for (std::size_t j : in_sentence) {
        const auto& p = doc.mentions[j];
        if (!is_admin_division(p.type) || p.begin == m.begin) continue;
        const std::uint32_t lo = std::min(m.end, p.end), hi = std::max(m.begin, p.begin);
        if (hi < lo || hi - lo > 12) continue;
        if (p.begin > 0 && t[p.begin - 1] == U'在') {
          const auto after = t.substr(p.end, std::min<std::size_t>(6, s.end - p.end));
          if (contains_any(after, {U"举行", U"举办", U"召开", U"开幕", U"落幕", U"启动"}))
            doc.add_fact(doc.mention_entity[i], Relation::heldIn, doc.mention_entity[j], m.begin, "event-venue", 0.8);
        }
      }
    }
    for (std::size_t i : in_sentence)
      if (is_scale_subject(doc.mentions[i].type)) last_subject = doc.mention_entity[i];
  }
}

}  // namespace ckg
