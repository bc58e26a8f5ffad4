// From proposals to entities. Overlapping candidates are resolved longest
// first (nested place, sector and organisation mentions survive where a name
// is built from them); names declared as abbreviations (以下简称…, a bracketed
// acronym) are attached to the name before them; mentions of one thing are
// grouped into one entity (same key, a shared name or short form), with the
// reason recorded; short forms and repeated names are then found again in the
// whole text; and each division gets its ancestors up to the province.
#include <algorithm>
#include <array>
#include <numeric>

#include "extract/document.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

bool nested_allowed(const Candidate& outer, const Candidate& inner) {
  if (outer.type == inner.type && outer.key == inner.key) return false;
  // A region inside the name of a firm, institution or project (华北理工大学,
  // 北部湾产业投资有限公司, 黔中智算中心项目) is part of the name, not a mention of it.
  if (outer.keeps_places && is_place(inner.type))
    return !(inner.type == EntityType::Region &&
             (outer.type == EntityType::Company || outer.type == EntityType::Institution ||
              outer.type == EntityType::Project));
  if (outer.keeps_sectors && inner.type == EntityType::Sector) return true;
  // A firm that opens a project's name (数智云谷科技集团正定智算中心项目) is named too.
  if (outer.type == EntityType::Project && inner.type == EntityType::Company && inner.begin == outer.begin &&
      inner.rule == "company-suffix")
    return true;
  if (outer.keeps_orgs) {
    if (inner.type == EntityType::Zone) return true;
    if (inner.type == EntityType::GovernmentBody && inner.from_lexicon) return true;
    if (outer.type == EntityType::Event &&
        (inner.type == EntityType::Fund || inner.type == EntityType::Company || inner.type == EntityType::Institution ||
         inner.type == EntityType::GovernmentBody))
      return true;
  }
  return false;
}

// Longest first; a candidate is accepted if it does not cross an accepted one
// and, when nested, its innermost container lets it in. owner[pos] holds the
// innermost accepted candidate covering pos, so the cost is the total length
// of the candidates.
std::vector<const Candidate*> resolve_overlaps(const Document& doc) {
  // Modifier spans do not nest, so the one starting last before c decides.
  auto spans = doc.modifier_spans;
  std::sort(spans.begin(), spans.end());
  auto modifier_only = [&](const Candidate& c) {
    if (c.type != EntityType::Sector) return false;
    auto it = std::upper_bound(spans.begin(), spans.end(), std::make_pair(c.begin, UINT32_MAX));
    for (int k = 0; k < 4 && it != spans.begin(); ++k) {
      --it;
      if (it->first <= c.begin && c.end <= it->second) return true;
    }
    return false;
  };
  // Longest first, then higher priority, then leftmost; ties keep the
  // candidates' order, so sorting gives what a stable sort gives. The keys
  // are packed into two integers per candidate: the sort compares them
  // without reading the candidates.
  struct Key {
    std::uint64_t hi, lo;  // hi: ~length, ~priority (sign flipped); lo: begin, index
    bool operator<(const Key& o) const { return hi != o.hi ? hi < o.hi : lo < o.lo; }
  };
  std::vector<Key> keys;
  keys.reserve(doc.candidates.size());
  for (std::size_t i = 0; i < doc.candidates.size(); ++i) {
    const Candidate& c = doc.candidates[i];
    if (c.end > c.begin && c.end <= doc.text.size() && !c.name.empty() && !modifier_only(c)) {
      const std::uint32_t len = c.end - c.begin;
      const std::uint32_t prio = static_cast<std::uint32_t>(c.priority) ^ 0x80000000u;  // order-preserving
      keys.push_back(
          {(static_cast<std::uint64_t>(~len) << 32) | ~prio, (static_cast<std::uint64_t>(c.begin) << 32) | i});
    }
  }
  std::sort(keys.begin(), keys.end());
  std::vector<const Candidate*> order;
  order.reserve(keys.size());
  for (const Key& k : keys) order.push_back(&doc.candidates[static_cast<std::uint32_t>(k.lo)]);
  std::vector<int> owner(doc.text.size(), -1);
  std::vector<const Candidate*> accepted;
  for (const Candidate* c : order) {
    const int o = owner[c->begin];
    bool ok = true;
    for (std::uint32_t k = c->begin + 1; k < c->end && ok; ++k)
      if (owner[k] != o) ok = false;
    if (!ok) continue;
    if (o >= 0) {
      const Candidate* outer = accepted[static_cast<std::size_t>(o)];
      // Crossing: the container must hold all of c.
      if (outer->begin > c->begin || outer->end < c->end) continue;
      if (!nested_allowed(*outer, *c)) continue;
    }
    const int id = static_cast<int>(accepted.size());
    accepted.push_back(c);
    for (std::uint32_t k = c->begin; k < c->end; ++k) owner[k] = id;
  }
  std::sort(accepted.begin(), accepted.end(), [](const Candidate* a, const Candidate* b) {
    if (a->begin != b->begin) return a->begin < b->begin;
    return a->end > b->end;
  });
  return accepted;
}

// The mention that ends right before `pos`, skipping a closing 》 or ”.
Candidate* mention_before(Document& doc, std::uint32_t pos) {
  const auto& t = doc.text;
  while (pos > 0 && (t[pos - 1] == U'》' || t[pos - 1] == U'”' || t[pos - 1] == ' ')) --pos;
  Candidate* best = nullptr;
  const std::uint32_t lo = pos > 80 ? pos - 80 : 0;
  for (std::size_t i = doc.first_mention_from(lo); i < doc.mentions.size() && doc.mentions[i].begin < pos; ++i) {
    auto& m = doc.mentions[i];
    if (m.end == pos && !is_place(m.type) && m.type != EntityType::Sector && (!best || m.begin < best->begin))
      best = &m;
  }
  return best;
}

// The name a bracket opening at `open` declares (X(以下简称“Y”), X(简称Y), X(ABC)):
// [b, e) is Y, `marked` whether 简称/下称 introduced it, `after_marker` where the
// quotes before Y begin.
struct DeclaredName {
  std::uint32_t after_marker = 0, b = 0, e = 0;
  bool marked = false;
};

DeclaredName declared_name_at(const Document& doc, std::uint32_t open) {
  const auto& t = doc.text;
  DeclaredName d;
  d.b = open + 1;
  for (std::u32string_view m : {U"以下简称", U"下称", U"简称"})
    if (doc.at(d.b, m)) {
      d.b += static_cast<std::uint32_t>(m.size());
      break;
    }
  d.marked = d.b > open + 1;
  d.after_marker = d.b;
  while (d.b < t.size() && (t[d.b] == U'“' || t[d.b] == U'《' || t[d.b] == '"' || t[d.b] == ':' || t[d.b] == ' '))
    ++d.b;
  d.e = d.b;
  while (d.e < t.size() && d.e - d.b < 16 && t[d.e] != ')' && t[d.e] != U'”' && t[d.e] != U'》' && t[d.e] != '"' &&
         t[d.e] != '\n')
    ++d.e;
  return d;
}

// X(以下简称“Y”), X(简称Y), X(ABC): Y is another name of X.
void declared_abbreviations(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t at = find_char(t, '(', 1); at != std::u32string_view::npos && at + 2 < t.size();
       at = find_char(t, '(', at + 1)) {
    const auto open = static_cast<std::uint32_t>(at);
    const DeclaredName d = declared_name_at(doc, open);
    const std::uint32_t b = d.b, e = d.e;
    std::uint32_t close = e;
    while (close < t.size() && close - e < 3 && t[close] != ')') ++close;
    if (e == b || close >= t.size() || t[close] != ')') continue;
    std::u32string_view alias_text = t.substr(b, e - b);
    bool acronym = true;
    for (char32_t c : alias_text)
      if (!utf8::is_ascii_alpha(c) && !utf8::is_ascii_digit(c)) acronym = false;
    if (!d.marked && !(acronym && alias_text.size() >= 2 && utf8::is_ascii_alpha(alias_text[0]))) continue;
    Candidate* m = mention_before(doc, open);
    if (!m) continue;
    const std::string alias = name_key(alias_text);
    if (alias != m->name) {
      m->aliases.push_back(alias);
      m->merge_names.push_back(alias);
    }
    at = close;
  }
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int x) {
    while (parent[static_cast<std::size_t>(x)] != x) {
      parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
      x = parent[static_cast<std::size_t>(x)];
    }
    return x;
  }
  // Returns true if two groups were joined; the smaller index becomes the root.
  bool unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return false;
    parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
    return true;
  }
};

// Abbreviations of organisations named in full earlier in the article:
// 星城产投 is 长沙星城产业投资集团有限公司, 苏创投集团 is 苏州创新投资集团有限公司,
// 西安光机所 is 中国科学院西安光学精密机械研究所. A short name (2 to 10 Chinese
// characters, as written) whose characters occur in that order in one longer
// name of the same type, its first two either adjacent there or the first
// opening it, joins that name's group; with two or more such names it joins
// none. Zones and organs shorten the same way (宁波经开区, 苏州工业园区管委会).
// True if the UTF-8 name spells exactly the characters of text (no string built).
bool same_text(std::u32string_view text, std::string_view name) {
  std::size_t i = 0, k = 0;
  while (i < name.size() && k < text.size())
    if (utf8::next(name, i) != text[k++]) return false;
  return i == name.size() && k == text.size();
}

template <class Note>
void abbreviations(const Document& doc, UnionFind& uf, Note note) {
  auto org = [](EntityType t) {
    return t == EntityType::Company || t == EntityType::Institution || t == EntityType::Fund || t == EntityType::Zone ||
           t == EntityType::GovernmentBody;
  };
  std::vector<std::size_t> orgs;
  for (std::size_t i = 0; i < doc.mentions.size() && orgs.size() < 256; ++i)
    if (org(doc.mentions[i].type)) orgs.push_back(i);
  if (orgs.size() < 2) return;
  const auto nl = doc.text.find(U'\n');
  const std::size_t headline_end = nl == std::u32string_view::npos || nl > 40 ? 0 : nl;
  for (std::size_t si : orgs) {
    const Candidate& s = doc.mentions[si];
    const std::u32string_view sn = doc.span(s.begin, s.end);
    if (s.from_lexicon || sn.size() < 2 || sn.size() > 16) continue;
    // Han characters, or a Latin short name (KBC of KBC精密电路(珠海)有限公司, which must open the long name).
    const bool han = std::all_of(sn.begin(), sn.end(), [](char32_t c) { return utf8::is_han(c); });
    const bool latin = std::all_of(sn.begin(), sn.end(), [](char32_t c) { return utf8::is_ascii_alnum(c); });
    // Only a name as written (not 省政府, already read as the province's 人民政府).
    if (!(han || latin) || !same_text(sn, s.name)) continue;
    // A zone written with its full kind (长春经济技术开发区) is a zone of its own, not a short form
    // of a longer one (长春汽车经济技术开发区): short forms shorten the kind (长春经开区).
    if (s.type == EntityType::Zone &&
        (sn.ends_with(U"技术开发区") || sn.ends_with(U"技术产业开发区") || sn.ends_with(U"经济开发区")))
      continue;
    const bool in_headline = s.end <= headline_end;
    int found = -1;
    bool ambiguous = false;
    std::size_t found_gaps = 0;  // characters of the long name skipped between the matched ones
    const bool short_zone_kind = s.type == EntityType::Zone && (sn.ends_with(U"经开区") || sn.ends_with(U"高新区"));
    for (std::size_t li : orgs) {
      const Candidate& l = doc.mentions[li];
      // (The long name comes first, unless the short one is in the headline.)
      if (l.type != s.type || (l.begin >= s.begin && !in_headline) || l.end - l.begin < sn.size() + 2) continue;
      const std::u32string_view ln = doc.span(l.begin, l.end);
      if (latin && !(ln.starts_with(sn) && utf8::is_han(ln[sn.size()]))) continue;
      // A long short form (西安交大洛阳高端轴承研究院) keeps the long name's last five characters.
      if (sn.size() > 10 && !ln.ends_with(sn.substr(sn.size() - 5))) continue;
      const auto first = ln.find(sn.substr(0, 2));
      if (first == std::u32string_view::npos && ln.front() != sn.front()) continue;
      std::size_t matched = 0, gaps = 0, j = first == std::u32string_view::npos ? 0 : first;
      for (; j < ln.size() && matched < sn.size(); ++j)
        if (ln[j] == sn[matched])
          ++matched;
        else if (matched > 0)
          ++gaps;
      if (matched < sn.size()) continue;
      // (A park named after the zone, 南通经开区智能装备产业园, is not the zone.)
      if (short_zone_kind && gaps == 0) continue;
      // Of two zones, the one that keeps a short kind's name closer together wins (长春经开区 is
      // 长春经济技术开发区, not 长春汽车经济技术开发区); otherwise, or on a tie, the name is ambiguous.
      const int root = uf.find(static_cast<int>(li));
      if (found >= 0 && uf.find(found) != root) {
        if (!short_zone_kind) {
          ambiguous = true;
        } else if (gaps >= found_gaps) {
          ambiguous = ambiguous || gaps == found_gaps;
          continue;
        } else {
          ambiguous = false;
        }
      }
      found = static_cast<int>(li);
      found_gaps = gaps;
    }
    if (found < 0 || ambiguous || uf.find(found) == uf.find(static_cast<int>(si))) continue;
    note(found, static_cast<int>(si),
         "abbreviation " + s.name + " (" + doc.mentions[static_cast<std::size_t>(found)].name + ")");
  }
}

void group_into_entities(Document& doc) {
  const std::size_t n = doc.mentions.size();
  UnionFind uf(n);
  std::vector<std::string> reasons(n);
  std::size_t names = 0;
  for (const auto& m : doc.mentions) names += 1 + m.aliases.size() + m.merge_names.size();
  NameIndex by_key(n), by_name(names);  // (type, key or name) -> first mention
  auto note = [&](int a, int b, const std::string& why) {
    const int ra = uf.find(a), rb = uf.find(b);
    if (uf.unite(ra, rb)) {
      const int root = uf.find(ra);
      auto& r = reasons[static_cast<std::size_t>(root)];
      const auto& other = reasons[static_cast<std::size_t>(root == ra ? rb : ra)];
      if (!other.empty()) r += (r.empty() ? "" : "; ") + other;
      if (!why.empty() && r.find(why) == std::string::npos) r += (r.empty() ? "" : "; ") + why;
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    const auto& m = doc.mentions[i];
    const int first = by_key.emplace(m.key, static_cast<int>(i), static_cast<int>(m.type));
    if (first != static_cast<int>(i)) note(first, static_cast<int>(i), "");
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto& m = doc.mentions[i];
    if (is_admin_division(m.type) && m.place) continue;  // linked places merge by code only
    if (m.type == EntityType::Region || m.type == EntityType::Person) continue;
    auto visit = [&](const std::string& nm, const char* why) {
      const int first = by_name.emplace(nm, static_cast<int>(i), static_cast<int>(m.type));
      if (first == static_cast<int>(i)) return;
      const auto& other = doc.mentions[static_cast<std::size_t>(first)];
      if (uf.find(first) == uf.find(static_cast<int>(i))) return;
      note(first, static_cast<int>(i), std::string(why) + " " + nm + " (" + other.name + " / " + m.name + ")");
    };
    visit(m.name, "same name");
    for (const auto& a : m.aliases) visit(a, "declared or known alias");
    for (const auto& a : m.merge_names) visit(a, "short form");
  }
  abbreviations(doc, uf, note);

  // Entities, one per group, in order of first mention; each gets room for
  // its group's mentions at once.
  std::vector<int> entity_of_root(n, -1), group_size(n, 0);
  for (std::size_t i = 0; i < n; ++i) ++group_size[static_cast<std::size_t>(uf.find(static_cast<int>(i)))];
  doc.mention_entity.assign(n, -1);
  doc.entities.reserve(n + 16);  // room for the ancestors added later too
  for (std::size_t i = 0; i < n; ++i) {
    const int root = uf.find(static_cast<int>(i));
    const auto& m = doc.mentions[i];
    int ei = entity_of_root[static_cast<std::size_t>(root)];
    if (ei < 0) {
      ei = static_cast<int>(doc.entities.size());
      ExtractedEntity& e = doc.entities.emplace_back();  // built in place
      e.type = m.type;
      e.name = m.name;
      e.key = m.key;
      if (m.place) e.place = *m.place;
      e.confidence = m.confidence;
      e.merge_reason = std::move(reasons[static_cast<std::size_t>(root)]);  // read once per group
      e.mentions.reserve(static_cast<std::size_t>(group_size[static_cast<std::size_t>(root)]));
      entity_of_root[static_cast<std::size_t>(root)] = ei;
    }
    doc.mention_entity[i] = ei;
    auto& e = doc.entities[static_cast<std::size_t>(ei)];
    Mention& mention = e.mentions.emplace_back();
    mention.span = doc.norm.to_original(m.begin, m.end);
    mention.surface = doc.str(m.begin, m.end);
    e.confidence = std::max(e.confidence, m.confidence);
    // Canonical name: a lexicon or place name wins, else the longest.
    const bool authoritative = m.from_lexicon || (is_admin_division(m.type) && m.place);
    if (m.name != e.name) {
      const bool longer = utf8::length(m.name) > utf8::length(e.name);
      if ((authoritative && !e.lexicon_name) || (!e.lexicon_name && !authoritative && longer)) {
        e.aliases.push_back(e.name);
        e.name = m.name;
        if (!is_admin_division(e.type) && e.type != EntityType::Sector) e.key = m.key;
      } else {
        e.aliases.push_back(m.name);
      }
    }
    for (const auto& a : m.aliases) e.aliases.push_back(a);
    for (const auto& a : m.local_aliases) e.local_aliases.push_back(a);
    if (authoritative) e.lexicon_name = true;
  }
  for (auto& e : doc.entities) {
    for (auto* list : {&e.aliases, &e.local_aliases}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
      std::erase(*list, e.name);
      std::erase(*list, std::string());
    }
    std::erase_if(e.local_aliases,
                  [&](const std::string& a) { return std::binary_search(e.aliases.begin(), e.aliases.end(), a); });
  }
  doc.reindex_entities();
  for (std::size_t i = 0; i < n; ++i) {
    const auto& m = doc.mentions[i];
    const auto& e = doc.entities[static_cast<std::size_t>(doc.mention_entity[i])];
    if (m.type == e.type && m.key == e.key) continue;  // indexed by reindex_entities() already
    doc.index_entity_key(m.type, m.key, doc.mention_entity[i]);
  }
}

// A few dozen names searched in one article's text: each position is tried
// against the names that start with its character, found through a small
// table of chains by first character. Building an Aho-Corasick automaton per
// article cost more than the search. The names' code points share one buffer.
class NameSearch {
 public:
  NameSearch() {
    head_.fill(-1);
    pool_.reserve(1024);
  }
  // Adds the code points of `name` with `value` unless skip(code points)
  // says no. Names must be distinct (the caller dedupes them) and at least
  // two characters long.
  template <class Skip>
  void add(std::string_view name, int value, Skip skip) {
    // Decoded on the stack (names are short), and into the pool only if kept.
    char32_t stack[64];
    std::u32string heap;
    char32_t* out = stack;
    if (name.size() > std::size(stack)) {
      heap.resize(name.size());  // room for one code point per byte
      out = heap.data();
    }
    const char32_t* first = out;
    for (std::size_t i = 0; i < name.size();) *out++ = utf8::next(name, i);
    if (skip(std::u32string_view(first, static_cast<std::size_t>(out - first)))) return;
    const std::size_t from = pool_.size();
    pool_.append(first, static_cast<std::size_t>(out - first));
    const std::u32string_view u = std::u32string_view(pool_).substr(from);
    const std::size_t bucket = u[0] & kMask;
    next_.push_back(head_[bucket]);
    head_[bucket] = static_cast<int>(names_.size());
    names_.push_back({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(u.size()), value});
  }
  bool empty() const { return names_.empty(); }
  // Every occurrence (overlapping), ordered by end, then by begin; `pattern`
  // holds the name's value.
  std::vector<Matcher::Match> find_all(std::u32string_view text) const {
    std::vector<Matcher::Match> out;
    const std::u32string_view pool(pool_);
    for (std::uint32_t i = 0; i < text.size(); ++i) {
      const char32_t c = text[i];
      for (int k = head_[c & kMask]; k >= 0; k = next_[static_cast<std::size_t>(k)]) {
        const Name& n = names_[static_cast<std::size_t>(k)];
        if (pool[n.offset] == c && text.substr(i).starts_with(pool.substr(n.offset, n.length)))
          out.push_back({i, i + n.length, static_cast<std::uint32_t>(n.value)});
      }
    }
    std::sort(out.begin(), out.end(), [](const Matcher::Match& a, const Matcher::Match& b) {
      if (a.end != b.end) return a.end < b.end;
      return a.begin < b.begin;
    });
    return out;
  }

 private:
  static constexpr char32_t kMask = 1023;
  struct Name {
    std::uint32_t offset, length;  // in pool_
    int value;
  };
  std::u32string pool_;
  std::vector<Name> names_;
  std::vector<int> next_;            // the next name in the same chain, or -1
  std::array<int, kMask + 1> head_;  // first name of each chain (first characters folded to 10 bits)
};

// Short forms and declared names found again in the whole text (贵安 after
// 贵安新区, 花湖机场, a person named once with a title).
void find_alias_mentions(Document& doc) {
  auto eligible = [](const ExtractedEntity& e) {
    return !is_place(e.type) && e.type != EntityType::Sector && e.type != EntityType::IndustrialCluster;
  };
  std::size_t names = 0;
  for (const auto& e : doc.entities)
    if (eligible(e)) names += 1 + e.aliases.size();
  for (const auto& mention : doc.mentions) names += mention.merge_names.size();
  NameIndex seen(names);  // names tried so far -> the order they came in
  int seen_count = 0;
  NameSearch m;
  const Matcher& known = doc.kb.matcher();
  // A place, sector or known name is matched already.
  auto is_known = [&](std::u32string_view u) { return known.find_exact(u) >= 0; };
  auto add = [&](const std::string& name, int ei) {
    if (!utf8::length_at_least(name, 2) || seen.emplace(name, seen_count) != seen_count) return;
    ++seen_count;
    m.add(name, ei, is_known);
  };
  for (int ei = 0; ei < static_cast<int>(doc.entities.size()) && seen_count < 256; ++ei) {
    const auto& e = doc.entities[static_cast<std::size_t>(ei)];
    if (!eligible(e)) continue;
    add(e.name, ei);
    for (const auto& a : e.aliases) add(a, ei);
  }
  for (const auto& mention : doc.mentions)
    for (const auto& s : mention.merge_names)
      if (const int ei = doc.find_entity(mention.type, mention.key);
          ei >= 0 && (mention.type != EntityType::Company || utf8::length_at_least(s, 4)))
        add(s, ei);  // of a company only long short forms (星海动力电池, not 星海)
  if (m.empty()) return;
  // Positions covered by a mention. (Not by a sector's: a short name holds one, 世衡半导体.)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> covered;
  for (const auto& x : doc.mentions)
    if (x.type != EntityType::Sector) covered.emplace_back(x.begin, x.end);
  auto free_span = [&](std::uint32_t b, std::uint32_t e) {
    auto it = std::upper_bound(covered.begin(), covered.end(), std::make_pair(b, UINT32_MAX));
    if (it != covered.begin() && std::prev(it)->second > b) return false;
    if (it != covered.end() && it->first < e) return false;
    // Containers that start earlier and end after b.
    for (auto k = it; k != covered.begin();) {
      --k;
      if (k->second > b) return false;
      if (b - k->first > 80) break;
    }
    return true;
  };
  std::vector<std::pair<Candidate, int>> added;
  std::uint32_t last_end = 0;
  const auto matches = m.find_all(doc.text);
  for (const auto& h : matches) {
    if (h.begin < last_end || !free_span(h.begin, h.end)) continue;
    // Whole words only: not inside a longer run of name characters of another name.
    const int ei = static_cast<int>(h.pattern);
    const auto& e = doc.entities[static_cast<std::size_t>(ei)];
    Candidate c;
    c.begin = h.begin;
    c.end = h.end;
    c.type = e.type;
    c.name = e.name;
    c.key = e.key;
    c.rule = "repeated-name";
    c.confidence = e.confidence;
    added.emplace_back(std::move(c), ei);
    last_end = h.end;
  }
  if (added.empty()) return;
  // A sector named only inside a short name found here is part of the name; one named
  // elsewhere too loses the mention inside.
  {
    std::vector<bool> drop(doc.mentions.size(), false);
    std::vector<int> left(doc.entities.size(), 0);
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) ++left[static_cast<std::size_t>(doc.mention_entity[i])];
    for (const auto& [c, ei] : added)
      for (std::size_t i = doc.first_mention_from(c.begin); i < doc.mentions.size() && doc.mentions[i].begin < c.end;
           ++i) {
        const auto se = static_cast<std::size_t>(doc.mention_entity[i]);
        if (doc.mentions[i].type != EntityType::Sector || doc.mentions[i].end > c.end || drop[i] || left[se] < 2)
          continue;
        drop[i] = true;
        --left[se];
        auto& ms = doc.entities[se].mentions;
        const Span span = doc.norm.to_original(doc.mentions[i].begin, doc.mentions[i].end);
        std::erase_if(ms, [&](const Mention& m) { return m.span.begin == span.begin && m.span.end == span.end; });
      }
    if (std::find(drop.begin(), drop.end(), true) != drop.end()) {
      std::size_t w = 0;
      for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        if (drop[i]) continue;
        if (w != i) {
          doc.mentions[w] = std::move(doc.mentions[i]);
          doc.mention_entity[w] = doc.mention_entity[i];
        }
        ++w;
      }
      doc.mentions.resize(w, Candidate());
      doc.mention_entity.resize(w);
    }
  }
  for (auto& [c, ei] : added) {
    Mention mention;
    mention.span = doc.norm.to_original(c.begin, c.end);
    mention.surface = doc.str(c.begin, c.end);
    doc.entities[static_cast<std::size_t>(ei)].mentions.push_back(std::move(mention));
    doc.mentions.push_back(std::move(c));
    doc.mention_entity.push_back(ei);
  }
  std::vector<std::size_t> idx(doc.mentions.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
    if (doc.mentions[a].begin != doc.mentions[b].begin) return doc.mentions[a].begin < doc.mentions[b].begin;
    return doc.mentions[a].end > doc.mentions[b].end;
  });
  std::vector<Candidate> ms;
  std::vector<int> me;
  ms.reserve(idx.size());
  me.reserve(idx.size());
  for (auto i : idx) {
    ms.push_back(std::move(doc.mentions[i]));
    me.push_back(doc.mention_entity[i]);
  }
  doc.mentions = std::move(ms);
  doc.mention_entity = std::move(me);
}

void add_ancestors(Document& doc) {
  const auto& gaz = doc.kb.gazetteer();
  const std::size_t named = doc.entities.size();
  for (std::size_t i = 0; i < named; ++i) {
    if (!doc.entities[i].place || doc.entities[i].place->code.empty()) continue;
    for (const int k : gaz.ancestor_indexes(doc.entities[i].place->code)) {
      const Division* d = &gaz.divisions()[static_cast<std::size_t>(k)];
      if (doc.find_entity(d->type, d->code) >= 0) continue;
      ExtractedEntity e;
      e.type = d->type;
      e.name = d->name;
      e.key = d->code;
      e.place = doc.kb.division_place(k);
      e.confidence = 1.0;
      e.lexicon_name = true;
      doc.add_entity(std::move(e));
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
    if (e.type == EntityType::Region)
      if (const RegionInfo* r = gaz.region_by_key(e.key)) {
        for (const auto& a : r->aliases)
          if (std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) e.aliases.push_back(a);
        std::sort(e.aliases.begin(), e.aliases.end());
      }
  }
}

// X(简称“Y”) where Y opens with a place (合肥产投 after 合肥市产业投资控股有限公司):
// Y is X wherever it is written from the bracket on, not the place 合肥 and two
// stray characters. Proposes X at each such Y, so that the longer name wins the
// overlap; the place inside is not kept.
void declared_short_names(Document& doc) {
  const auto& t = doc.text;
  std::vector<Candidate> out;
  for (std::size_t at = find_char(t, '(', 1); at != std::u32string_view::npos && at + 4 < t.size();
       at = find_char(t, '(', at + 1)) {
    const auto open = static_cast<std::uint32_t>(at);
    const DeclaredName d = declared_name_at(doc, open);
    const std::uint32_t b = d.b, e = d.e;
    // Marked, at most one quote before it, three to eight Chinese characters.
    if (!d.marked || b - d.after_marker > 1 || e - b < 3 || e - b > 8 || e >= t.size() ||
        (t[e] != U'”' && t[e] != '"' && t[e] != ')'))
      continue;
    if (b > d.after_marker && t[d.after_marker] != U'“' && t[d.after_marker] != '"') continue;
    if (!std::all_of(t.begin() + b, t.begin() + e, [](char32_t c) { return utf8::is_han(c); })) continue;
    if (!doc.longest_starting_at(b, [&](const Candidate& c) { return is_place(c.type) && c.end < e; })) continue;
    const Candidate* x = doc.longest_ending_at(open, [](const Candidate& c) {
      return c.type == EntityType::Company || c.type == EntityType::Institution || c.type == EntityType::Fund ||
             c.type == EntityType::GovernmentBody;
    });
    if (!x) continue;
    const std::u32string_view y = t.substr(b, e - b);
    for (std::size_t k = b; k != std::u32string_view::npos; k = find_in_text(t, y, k + y.size())) {
      Candidate c;
      c.begin = static_cast<std::uint32_t>(k);
      c.end = c.begin + static_cast<std::uint32_t>(y.size());
      c.type = x->type;
      c.name = x->name;
      c.key = x->key;
      c.confidence = x->confidence;
      c.priority = x->priority;
      c.rule = "declared-short-name";
      c.keeps_places = true;  // 山西煤化所 still names 山西
      out.push_back(std::move(c));
    }
  }
  for (auto& c : out) doc.candidates.push_back(std::move(c));
}

}  // namespace

void resolve_mentions(Document& doc) {
  declared_short_names(doc);
  const auto accepted = resolve_overlaps(doc);
  doc.mentions.clear();
  doc.mentions.reserve(accepted.size());
  // Candidates are not read after this point: move the accepted ones.
  for (const Candidate* c : accepted) doc.mentions.push_back(std::move(*const_cast<Candidate*>(c)));
  std::vector<Candidate>().swap(doc.candidates);  // free the proposals' memory
  doc.index_candidates();
  place_clusters(doc);
  declared_abbreviations(doc);
  group_into_entities(doc);
  find_alias_mentions(doc);
  add_ancestors(doc);
}

}  // namespace ckg
