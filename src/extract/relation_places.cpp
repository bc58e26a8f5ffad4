// Where things are: partOf for divisions (gazetteer) and zones (the place in
// their name, an apposition, 位于…的X, X所在地…); locatedIn for organisations
// (a verb of location, "<zone>内的X", the zone the news item is about, the
// place in their name), funds and projects (their name, else the place of
// their context) and clusters (their name or context); heldIn for events.
#include <algorithm>
#include <map>

#include "extract/relation_rules.h"
#include "util/char_set.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// The most specific place of the group right after position p (skipping spaces).
int location_at(const Document& doc, std::uint32_t p) {
  const std::size_t i = doc.first_anchor_from(p);
  if (i >= doc.anchors.size() || doc.anchors[i].begin != p || !is_location_entity(doc, doc.anchors[i].entity))
    return -1;
  const auto g = place_group_at(doc, i);
  return g.empty() ? -1 : g.front();
}

// Location anchor ending at p, or -1.
int location_ending_at(const Document& doc, std::uint32_t p) {
  const int e = doc.entity_ending_at(p);
  return e >= 0 && is_location_entity(doc, e) ? e : -1;
}

void division_hierarchy(Document& doc) {
  for (int i = 0; i < static_cast<int>(doc.entities.size()); ++i) {
    const auto& e = doc.entities[static_cast<std::size_t>(i)];
    if (!is_division_entity(doc, i) || e.place->parent_code.empty()) continue;
    const Division* parent = doc.kb.gazetteer().by_code(e.place->parent_code);
    if (!parent) continue;
    const int pi = doc.find_entity(parent->type, parent->code);
    if (pi < 0) continue;
    const std::uint32_t pos = 0;
    const std::size_t before = doc.facts.size();
    doc.add_fact(i, Relation::partOf, pi, pos, "gazetteer", 1.0);
    if (doc.facts.size() > before) doc.facts.back().sentence = -1;  // not stated in a sentence
  }
}

// Most specific entity among the places named inside a mention's name.
int name_place(const Document& doc, const Candidate& m, bool must_be_mentioned) {
  for (auto it = m.name_places.rbegin(); it != m.name_places.rend(); ++it) {
    const int e = entity_of_place(doc, *it);
    if (e >= 0 && (!must_be_mentioned || mentioned(doc, e))) return e;
  }
  return -1;
}

// For each firm or institution, the place named inside any of its names (a short name in a headline names
// none): a place the text mentions, else any; -1 if none.
std::vector<int> name_places_by_entity(const Document& doc) {
  std::vector<int> mentioned_place(doc.entities.size(), -1), any(doc.entities.size(), -1);
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const auto type = doc.mentions[i].type;
    if (doc.mentions[i].name_places.empty() || (type != EntityType::Company && type != EntityType::Institution))
      continue;
    const auto e = static_cast<std::size_t>(doc.mention_entity[i]);
    if (mentioned_place[e] < 0) mentioned_place[e] = name_place(doc, doc.mentions[i], true);
    if (any[e] < 0) any[e] = name_place(doc, doc.mentions[i], false);
  }
  for (std::size_t e = 0; e < any.size(); ++e)
    if (mentioned_place[e] >= 0) any[e] = mentioned_place[e];
  return any;
}

void zone_part_of(Document& doc) {
  const auto& t = doc.text;
  for (const auto& a : doc.anchors) {
    if (a.reference() || entity_type(doc, a.entity) != EntityType::Zone) continue;
    const auto& m = doc.mentions[static_cast<std::size_t>(a.mention)];
    if (int p = name_place(doc, m, false); p >= 0) {
      // "芜湖市湾沚区将依托芜湖航空产业园…": a district of that place opening the sentence is more precise.
      const auto g = first_place_group(doc, doc.local_begin(a.begin), a.begin);
      if (g.size() == 1 && is_division_entity(doc, g[0]) && g[0] != p) {
        const auto& inner = doc.entities[static_cast<std::size_t>(g[0])];
        const auto& outer = doc.entities[static_cast<std::size_t>(p)];
        if (is_division_entity(doc, p) && inner.type == EntityType::District &&
            doc.kb.gazetteer().is_within(inner.place->code, outer.place->code))
          p = g[0];
      }
      doc.add_fact(a.entity, Relation::partOf, p, a.begin, "zone-name-place", 0.9);
      continue;
    }
    // "X是上海市…园区": the place of the apposition.
    if (doc.at(a.end, U"是")) {
      if (const int p = location_at(doc, a.end + 1); p >= 0 && p != a.entity) {
        doc.add_fact(a.entity, Relation::partOf, p, a.begin, "zone-apposition-place", 0.8);
        continue;
      }
    }
    // "X所在地湾沚区…"
    if (doc.at(a.end, U"所在地")) {
      if (const int p = location_at(doc, a.end + 3); p >= 0 && p != a.entity) {
        doc.add_fact(a.entity, Relation::partOf, p, a.begin, "zone-seat", 0.8);
        continue;
      }
    }
    // "位于安徽省芜湖市湾沚区…的X"
    const std::uint32_t cb = doc.clause_begin(a.begin);
    const std::u32string_view before = t.substr(cb, a.begin - cb);
    const auto v = before.rfind(U"位于");
    if (v != std::u32string_view::npos) {
      const auto p0 = static_cast<std::uint32_t>(cb + v + 2);
      const std::size_t i = doc.first_anchor_from(p0);
      if (i < doc.anchors.size() && doc.anchors[i].begin == p0 && is_location_entity(doc, doc.anchors[i].entity)) {
        // The most specific division of the chain (skip towns named after a district).
        const auto g = place_group_at(doc, i);
        int best = -1;
        for (int e : g)
          if (e != a.entity) best = e;
        if (best >= 0) doc.add_fact(a.entity, Relation::partOf, best, a.begin, "zone-located-at", 0.75);
      }
    }
  }
}

// The zone a news item is about: named (or referred to) at least three times,
// more often than any other zone of the item.
std::vector<int> focus_zones(const Document& doc) {
  // (zone, item) of each zone anchor, sorted: the runs are the counts.
  std::vector<std::pair<int, int>> seen;
  for (const auto& a : doc.anchors)
    if (entity_type(doc, a.entity) == EntityType::Zone) seen.emplace_back(doc.item_at(a.begin), a.entity);
  std::sort(seen.begin(), seen.end());
  std::vector<int> out(doc.items.size(), -1);
  for (std::size_t i = 0; i < seen.size();) {
    const int item = seen[i].first;
    int best = -1, best_n = 0, second = 0;
    while (i < seen.size() && seen[i].first == item) {
      std::size_t j = i;
      while (j < seen.size() && seen[j] == seen[i]) ++j;
      const int n = static_cast<int>(j - i);
      if (n > best_n) {
        second = best_n;
        best_n = n;
        best = seen[i].second;
      } else if (n > second) {
        second = n;
      }
      i = j;
    }
    if (best_n >= 3 && best_n > second) out[static_cast<std::size_t>(item)] = best;
  }
  return out;
}

// Where a verb of location may start (its first character), found once per
// article for explicit_location, which looks after every organisation.
std::vector<std::uint32_t> location_verb_starts(const Document& doc) {
  std::vector<std::uint32_t> out;
  for (AnyOf at(doc.text, U"落位入坐总选扎注"); at.pos() != std::u32string_view::npos; at.next())
    out.push_back(static_cast<std::uint32_t>(at.pos()));
  return out;
}

// Start of a short description of a firm that ends at pos ("先进陶瓷企业", "集群配套企业",
// "光纤光缆龙头企业"), or pos when none: up to 10 Han characters ending in 企业/厂商/龙头.
std::uint32_t firm_descriptor_start(const Document& doc, std::uint32_t pos) {
  const auto& t = doc.text;
  std::uint32_t p = pos;
  if (doc.before(p, U"企业") || doc.before(p, U"厂商"))
    p -= 2;
  else if (doc.before(p, U"龙头"))
    p -= 2;
  else
    return pos;
  while (p > 0 && pos - p < 10 && utf8::is_han(t[p - 1]) && !has_char(U"的在和与及等是为由", t[p - 1])) {
    const int e = doc.entity_ending_at(p);
    if (e >= 0 && entity_type(doc, e) != EntityType::Sector) break;
    --p;
  }
  return p;
}

// End of the firms listed with the one of anchor a ("A、B和C"), or a.end when it stands alone.
std::uint32_t coordinated_end(const Document& doc, const Anchor& a) {
  std::uint32_t end = a.end;
  if (end >= doc.text.size() || !has_char(U"、和及以", doc.text[end])) return end;  // (the cheap test first)
  for (std::size_t i = doc.first_anchor_from(a.end); i < doc.anchors.size(); ++i) {
    const Anchor& b = doc.anchors[i];
    if (b.begin < end) continue;
    const auto bt = entity_type(doc, b.entity);
    if ((bt != EntityType::Company && bt != EntityType::Institution) ||
        !is_list_word(doc.text.substr(end, b.begin - end)))
      break;
    end = b.end;
  }
  return end;
}

// Start of the first firm listed with the one of anchor a ("A、B和C" for C), or a.begin.
std::uint32_t coordinated_begin(const Document& doc, const Anchor& a) {
  std::uint32_t begin = a.begin;
  if (begin == 0 || !has_char(U"、和及", doc.text[begin - 1])) return begin;  // (the cheap test first)
  for (std::size_t i = doc.first_anchor_from(a.begin); i > 0; --i) {
    const Anchor& b = doc.anchors[i - 1];
    if (b.end > begin) continue;
    const auto bt = entity_type(doc, b.entity);
    // (Not 与: "位于合肥的A与B签约" says nothing of where B is.)
    const std::u32string_view gap = doc.text.substr(b.end, begin - b.end);
    if ((bt != EntityType::Company && bt != EntityType::Institution) || !is_list_word(gap) || gap == U"与") break;
    begin = b.begin;
  }
  return begin;
}

// Past what may stand between a list of firms and the verb they all share:
// "等创新药企业", "的总部", "均", "都" ("A、B等企业均位于…", "A和B的总部均位于…").
// Returns pos when nothing marks the list as sharing it (then only the last firm takes the verb).
std::uint32_t past_shared_tail(const Document& doc, std::uint32_t pos) {
  const auto& t = doc.text;
  if (pos >= t.size() || !has_char(U"等的总均都也全", t[pos])) return pos;  // (the cheap test first)
  std::uint32_t p = pos;
  bool shared = false;
  if (doc.at(p, U"等")) {
    std::uint32_t k = p + 1;
    while (k < t.size() && k - p < 12 && (utf8::is_han(t[k]) || utf8::is_ascii_digit(t[k])) && t[k] != U'均' &&
           t[k] != U'都' && t[k] != U'在')
      ++k;
    if (doc.before(k, U"企业") || doc.before(k, U"厂商") || doc.before(k, U"龙头") || k == p + 1) {
      p = k;
      shared = true;
    }
  }
  for (std::u32string_view w : {U"的总部", U"总部"})
    if (doc.at(p, w)) {
      p += static_cast<std::uint32_t>(w.size());
      break;
    }
  for (std::u32string_view w : {U"均", U"都", U"也都", U"全部"})
    if (doc.at(p, w)) {
      p += static_cast<std::uint32_t>(w.size());
      shared = true;
      break;
    }
  return shared ? p : pos;
}

// A verb of location after the organisation in its sentence (…落户在上海市张江人工智能岛),
// or "<zone>内的X" right before it. `verb_starts` is location_verb_starts(doc).
int explicit_location(const Document& doc, const Anchor& a, const std::vector<std::uint32_t>& verb_starts) {
  const auto& t = doc.text;
  // "X项目，由A公司投资62亿元，落户叙州区": the firm is the agent; what is placed is the project.
  if (a.begin >= 1 && t[a.begin - 1] == U'由' && entity_type(doc, a.entity) == EntityType::Company) return -1;
  // "研究院由西安交通大学与洛阳市人民政府共建，选址洛阳高新区": the founders are not placed there.
  if (const std::uint32_t h = coordinated_begin(doc, a);
      h >= 1 && t[h - 1] == U'由' && doc.at(coordinated_end(doc, a), U"共建"))
    return -1;
  // "绿源食品集团预制菜中央厨房项目，落户…": a firm that opens a project's name; the project is placed.
  for (const Anchor* b : anchors_in(doc, a.begin, a.begin + 1))
    if (b->end > a.end && entity_type(doc, b->entity) == EntityType::Project) return -1;
  // "总部位于贵阳的A、B": what stands before the first firm of a list holds for all of them.
  const std::uint32_t head = coordinated_begin(doc, a);
  // "位于淄博高新区的先进陶瓷企业X": a short description may stand between 的 and the firm.
  const std::uint32_t desc = firm_descriptor_start(doc, head);
  // "小蓝本地企业X", "光谷本土企业X", "秀屿区企业X": the place right before the description.
  if (desc < head && (doc.at(desc, U"本地") || doc.at(desc, U"本土") || desc + 2 == head))
    if (const int loc = location_ending_at(doc, desc); loc >= 0 && loc != a.entity) return loc;
  if (desc >= 2 && t[desc - 1] == U'的') {
    std::uint32_t p = desc - 1;
    if (p >= 1 && (t[p - 1] == U'内' || t[p - 1] == U'里')) --p;
    if (doc.before(p, U"本地") || doc.before(p, U"本土")) p -= 2;
    // "位于保定高新区(以下简称…)的A公司": the short name in brackets stands between.
    if (p >= 1 && (t[p - 1] == ')' || t[p - 1] == U'）')) {
      std::uint32_t k = p - 1;
      while (k > 0 && p - k < 20 && t[k] != '(' && t[k] != U'（') --k;
      if (t[k] == '(' || t[k] == U'（') p = k;
    }
    if (const int loc = location_ending_at(doc, p); loc >= 0 && loc != a.entity) return loc;
  }
  // "在竞秀区，A公司…": a clause that only names a place opens the sentence of the firm.
  if (desc >= 4 && (t[desc - 1] == U'，' || t[desc - 1] == ',')) {
    const std::uint32_t cb = doc.clause_begin(desc - 1);
    std::uint32_t q = cb;
    while (q < a.begin && (t[q] == ' ' || t[q] == '\n')) ++q;
    if (doc.at(q, U"在")) {
      std::uint32_t end = 0;
      const std::size_t k = doc.first_anchor_from(q + 1);
      if (k < doc.anchors.size() && doc.anchors[k].begin == q + 1 && is_location_entity(doc, doc.anchors[k].entity)) {
        const auto group = place_group_at(doc, k, &end, {});
        if (!group.empty() && end == desc - 1 && group.front() != a.entity) return group.front();
      }
    }
  }
  const std::uint32_t list_end = coordinated_end(doc, a);
  const bool list_shares = past_shared_tail(doc, list_end) > list_end;  // 均/都/等…企业 after the list
  const auto& s = doc.sentence_of(a.begin);
  const std::uint32_t hi = std::min<std::uint32_t>(s.end, list_end + 60);
  for (auto it = std::lower_bound(verb_starts.begin(), verb_starts.end(), a.end); it != verb_starts.end() && *it < hi;
       ++it) {
    const std::uint32_t p = *it;
    std::uint32_t q = 0;
    for (std::u32string_view v :
         {U"落户在", U"落户于", U"落户", U"位于", U"入驻", U"坐落于", U"总部位于", U"选址在", U"选址于", U"选址",
          U"扎根于", U"扎根", U"注册地位于", U"注册地在", U"注册地为", U"注册于", U"注册在"})
      if (doc.at(p, v)) {
        q = p + static_cast<std::uint32_t>(v.size());
        break;
      }
    if (q == 0) continue;
    // Another organisation before the verb takes it, unless the firms are listed and share it
    // ("A和B的总部均位于…").
    const std::uint32_t shared_from = list_shares ? list_end : a.end;
    for (const Anchor* b : anchors_in(doc, a.end, p)) {
      if (b->begin < shared_from) continue;
      // "研究院由A与B共建，选址…": the founders after 由 are not what is placed.
      if (t[coordinated_begin(doc, *b) - 1] == U'由') continue;
      const auto bt = entity_type(doc, b->entity);
      if (bt == EntityType::Company || bt == EntityType::Institution) return -1;
      // "绿源食品集团预制菜中央厨房项目，落户…": the project is what is placed.
      if (bt == EntityType::Project && entity_type(doc, a.entity) == EntityType::Company) return -1;
    }
    const int loc = location_at(doc, q);
    if (loc >= 0 && loc != a.entity) return loc;
    break;  // (…均在苏州工业园区扎根: the place stands before the verb)
  }
  // "…在湖南湘江新区揭牌", "…在鄂州市鄂城区开工": 在 + place + a verb of founding or building.
  // ("A、B等创新药企业均在苏州工业园区扎根": from the end of the list when the firms share it.)
  const std::uint32_t from = list_shares ? list_end : a.end;
  for (std::uint32_t p = from; p < std::min<std::uint32_t>(hi, from + 24); ++p) {
    if (t[p] != U'在') continue;
    const int loc = location_at(doc, p + 1);
    if (loc < 0 || loc == a.entity) continue;
    std::uint32_t q = p + 1;
    for (int guard = 0; guard < 6 && q < hi && doc.entity_starting_at(q) >= 0; ++guard)
      q = doc.anchors[doc.first_anchor_from(q)].end;
    // "在海口综合保税区投资5.8亿元建设…": a sum invested before the verb.
    if (doc.at(q, U"投资")) {
      std::uint32_t k = q + 2;
      while (k < hi && (utf8::is_ascii_digit(t[k]) || has_char(U".万亿元多余近约美", t[k]))) ++k;
      if (k > q + 3) q = k;
    }
    for (std::u32string_view v :
         {U"揭牌", U"开工",     U"成立", U"注册", U"投产", U"开建", U"奠基", U"正式落地", U"挂牌", U"启用", U"运营",
          U"建设", U"投资建设", U"新建", U"投建", U"落户", U"扎根", U"安家", U"入驻",     U"落地", U"建成"})
      if (doc.at(q, v)) return loc;
    break;
  }
  return -1;
}

// "<zone>已引进A、B等…企业14家", "<zone>已落地A、B等一批…企业": the firms listed are in the zone.
void firms_gathered_by_zones(Document& doc, std::vector<bool>& done) {
  const auto& t = doc.text;
  for (const auto& z : doc.anchors) {
    const bool zone = entity_type(doc, z.entity) == EntityType::Zone;
    // (A city or county too: "西安聚集了西安电子科技大学、西北工业大学等高校".)
    if (!zone && !(is_division_entity(doc, z.entity) && entity_type(doc, z.entity) != EntityType::Province)) continue;
    std::uint32_t p = z.end;
    // (The verbs below, after an adverb, or 为 after a zone: a one-character test first.)
    if (p >= t.size() || !has_char(U"已还先陆累引落集聚吸汇为", t[p])) continue;
    // "以<zone>为平台，引进A、B等龙头企业": the zone as the vehicle.
    if (zone && z.begin > 0 && t[z.begin - 1] == U'以' && doc.at(p, U"为")) {
      std::uint32_t k = p + 1;
      while (k < t.size() && k - p <= 4 && utf8::is_han(t[k])) ++k;
      const auto role = t.substr(p + 1, k - p - 1);
      if (!ends_with_any(role, {U"平台", U"载体", U"依托", U"主阵地", U"核心区"})) continue;
      p = k;
      if (p < t.size() && (t[p] == U'，' || t[p] == ',')) ++p;
    }
    for (std::u32string_view adv : {U"已", U"还", U"先后", U"陆续", U"累计"})
      if (doc.at(p, adv)) {
        p += static_cast<std::uint32_t>(adv.size());
        break;
      }
    std::uint32_t q = 0;
    for (std::u32string_view v : {U"引进", U"落地", U"集聚", U"聚集", U"吸引", U"汇聚"})
      if (doc.at(p, v)) {
        q = p + static_cast<std::uint32_t>(v.size());
        break;
      }
    if (q == 0) continue;
    if (doc.at(q, U"了")) ++q;
    std::vector<int> firms;
    std::uint32_t expect = q;
    const std::uint32_t ce = doc.clause_end(q);
    for (const Anchor* b : anchors_in(doc, q, ce)) {
      if (b->begin < expect) continue;
      const std::u32string_view gap = t.substr(expect, b->begin - expect);
      if (!(expect == q ? gap.empty() : is_list_word(gap))) break;
      const auto bt = entity_type(doc, b->entity);
      if (bt != EntityType::Company && bt != EntityType::Institution) break;
      firms.push_back(b->entity);
      expect = b->end;
    }
    // The list must be closed by 等 (A、B等…企业): a lone name may be the object of something else.
    if (firms.empty() || !doc.at(expect, U"等")) continue;
    for (int f : firms) {
      doc.add_fact(f, Relation::locatedIn, z.entity, z.begin, zone ? "zone-gathers-firms" : "place-gathers-firms", 0.8);
      done[static_cast<std::size_t>(f)] = true;
    }
  }
}

// A zone, or else a division, that is the topic of the sentence: the first one named in
// [b, e), or -1.
int topic_place(const Document& doc, std::uint32_t b, std::uint32_t e) {
  int division = -1;
  for (const Anchor* a : anchors_in(doc, b, e)) {
    if (a->end > e) continue;
    const auto type = entity_type(doc, a->entity);
    if (type == EntityType::Zone) return a->entity;
    if (division < 0 && is_division_entity(doc, a->entity)) division = a->entity;
  }
  return division;
}

// "尖草坪区是…老工业区，…太原钢铁（集团）有限公司就坐落于此", "<zone>…，A、B等龙头企业在此布局":
// the firms of the clause are in the sentence's zone (or else its first division).
void firms_located_here(Document& doc, std::vector<bool>& done) {
  const auto& t = doc.text;
  for (std::size_t at = find_char(t, U'此'); at != std::u32string_view::npos; at = find_char(t, U'此', at + 1)) {
    const auto p = static_cast<std::uint32_t>(at);
    if (p < 2 || !(t[p - 1] == U'于' || t[p - 1] == U'在')) continue;
    const std::uint32_t cb = doc.clause_begin(p);
    const auto& s = doc.sentence_of(p);
    if (cb <= s.begin) continue;
    const int place = topic_place(doc, s.begin, cb);
    if (place < 0) continue;
    std::vector<int> firms;
    for (const Anchor* a : anchors_in(doc, cb, p))
      if (a->end <= p && entity_type(doc, a->entity) == EntityType::Company &&
          std::find(firms.begin(), firms.end(), a->entity) == firms.end())
        firms.push_back(a->entity);
    for (int f : firms) {
      doc.add_fact(f, Relation::locatedIn, place, p, "org-located-here", 0.75);
      done[static_cast<std::size_t>(f)] = true;
    }
  }
}

// "射阳港经济开发区,以远景能源、盐城长风海缆有限公司为龙头", "石家庄市依托石家庄高新区，以石药集团、
// 以岭药业等龙头企业为牵引": the leading firms of a zone are in it. The zone is the last one
// named before 以 in the sentence, with no cluster after it (以A为核心的集群 is about the cluster).
void firms_leading_zones(Document& doc, std::vector<bool>& done) {
  const auto& t = doc.text;
  // Found by the role word (rare), then back to its 以 (frequent).
  for (std::u32string_view role : {U"为龙头", U"为引领", U"为牵引", U"为链主"})
    for (std::size_t at = find_in_text(t, role); at != std::u32string_view::npos;
         at = find_in_text(t, role, at + role.size())) {
      const auto q = static_cast<std::uint32_t>(at);
      if (doc.at(q + 3, U"的")) continue;  // 以A为龙头的集群
      const auto& s = doc.sentence_of(q);
      // Back to the 以 whose list of firms ends at the role word, or at 等 and a description
      // before it (等龙头企业为牵引); not the 以 inside a name (以岭药业).
      std::vector<int> firms;
      std::uint32_t p = q;
      for (; p > s.begin && q - p < 80 && firms.empty(); --p) {
        if (t[p - 1] != U'以') continue;
        std::uint32_t end = 0;
        auto listed = orgs_listed_from(doc, p, true, &end);
        if (!listed.empty() && (end == q || (doc.at(end, U"等") && q - end <= 11))) firms = std::move(listed);
      }
      if (firms.empty()) continue;
      ++p;  // (the loop stepped past the 以: p is where the list starts)
      int zone = -1;
      for (const Anchor* a : anchors_in(doc, s.begin, p - 1)) {
        if (a->end > p - 1) continue;
        const auto type = entity_type(doc, a->entity);
        if (type == EntityType::Zone) zone = a->entity;
        if (type == EntityType::IndustrialCluster) zone = -1;
      }
      if (zone < 0) continue;
      for (int f : firms) {
        doc.add_fact(f, Relation::locatedIn, zone, p - 1, "org-leads-zone", 0.7);
        done[static_cast<std::size_t>(f)] = true;
      }
    }
}

int building_site(const Document& doc, const Anchor& a);

void organisation_locations(Document& doc, const std::vector<std::uint32_t>& verb_starts,
                            const std::vector<int>& focus) {
  std::vector<bool> done(doc.entities.size(), false);
  firms_gathered_by_zones(doc, done);
  firms_located_here(doc, done);
  firms_leading_zones(doc, done);
  const auto name_place_of = name_places_by_entity(doc);
  // Explicit locations first, over all mentions of an entity.
  for (const auto& a : doc.anchors) {
    const auto t = entity_type(doc, a.entity);
    if (t != EntityType::Company && t != EntityType::Institution) continue;
    if (const int loc = explicit_location(doc, a, verb_starts); loc >= 0) {
      doc.add_fact(a.entity, Relation::locatedIn, loc, a.begin, "org-location-verb", 0.85);
      done[static_cast<std::size_t>(a.entity)] = true;
    } else if (const int site =
                   a.begin >= 3 && has_char(U"设建造立的", doc.text[a.begin - 1]) ? building_site(doc, a) : -1;
               site >= 0) {
      // "双方将在湛江共建绿色化工联合实验室", "在鄠邑区设立A公司".
      doc.add_fact(a.entity, Relation::locatedIn, site, a.begin, "org-built-at", 0.8);
      done[static_cast<std::size_t>(a.entity)] = true;
    }
  }
  for (const auto& a : doc.anchors) {
    const auto t = entity_type(doc, a.entity);
    if ((t != EntityType::Company && t != EntityType::Institution) || done[static_cast<std::size_t>(a.entity)] ||
        a.reference())
      continue;
    done[static_cast<std::size_t>(a.entity)] = true;
    const auto& m = doc.mentions[static_cast<std::size_t>(a.mention)];
    const bool company = t == EntityType::Company;
    // A group named after a province (贵州轻纺集团) is a provincial group, not a firm of the zone.
    // (A place named only inside the name counts too: 江苏天目湖储能科技有限公司 is in 江苏省.)
    int np = name_place_of[static_cast<std::size_t>(a.entity)];
    const bool provincial_group =
        np >= 0 && entity_type(doc, np) == EntityType::Province &&
        (m.name.ends_with("集团") || m.name.ends_with("控股") || m.name.ends_with("集团有限公司"));
    const bool investor = company && is_investor_name(m.name);
    // A firm whose name opens with its city or county (徐州重成机械集团有限公司) is placed there, not in
    // the item's zone. (Not a subsidiary's bracketed city, 鼎芯载板科技(珠海)有限公司, nor a firm the text
    // puts in the zone, 区内的宝鸡钛锐新材料有限公司.)
    bool named_local = false;
    if (np >= 0 && (entity_type(doc, np) == EntityType::City || entity_type(doc, np) == EntityType::District) &&
        m.name.find('(') == std::string::npos && !doc.before(a.begin, U"内的") && !doc.before(a.begin, U"区内")) {
      const auto& place = doc.entities[static_cast<std::size_t>(np)];
      named_local = m.name.starts_with(place.name);
      for (const auto& alias : place.aliases) named_local = named_local || m.name.starts_with(alias);
    }
    if (const int z = focus[static_cast<std::size_t>(doc.item_at(a.begin))];
        z >= 0 && company && !m.from_lexicon && !provincial_group && !investor && !named_local) {
      doc.add_fact(a.entity, Relation::locatedIn, z, a.begin, "org-item-zone", 0.65);
      continue;
    }
    if (m.rule == "lexicon-organization") continue;  // where a known body sits is not stated here
    if (np >= 0) doc.add_fact(a.entity, Relation::locatedIn, np, a.begin, "org-name-place", 0.8);
  }
}

// "在<place>建设<X>": the place where X is built, or -1.
int building_site(const Document& doc, const Anchor& a) {
  const auto& t = doc.text;
  // (…建设的X项目: the 的 of a relative clause.)
  const std::uint32_t end = a.begin >= 1 && t[a.begin - 1] == U'的' ? a.begin - 1 : a.begin;
  for (std::u32string_view v :
       {U"投资建设", U"建设", U"新建", U"投建", U"打造", U"共建", U"设立", U"组建", U"成立", U"建立"}) {
    if (!doc.before(end, v)) continue;
    std::uint32_t p = end - static_cast<std::uint32_t>(v.size());
    // "在宣城经开区投资22亿元，建设…": a comma after the sum.
    if (p > 5 && (t[p - 1] == U'，' || t[p - 1] == ',') && t[p - 2] == U'元') --p;
    // "在海口综合保税区投资5.8亿元建设的…": the sum invested stands between.
    if (p > 4 && has_char(U"元", t[p - 1])) {
      std::uint32_t k = p - 1;
      while (k > 0 && p - k < 12 && (utf8::is_ascii_digit(t[k - 1]) || has_char(U".万亿元多余近约美", t[k - 1]))) --k;
      if (k >= 2 && doc.before(k, U"投资")) p = k - 2;
    }
    const int loc = location_ending_at(doc, p);
    if (loc < 0 || loc == a.entity) return -1;
    // The place must follow 在 (在宁波经开区建设…), not be the builder (宁波经开区建设…).
    for (const Anchor* b : anchors_in(doc, p > 30 ? p - 30 : 0, p))
      if (b->end == p && b->begin > 0 && doc.text[b->begin - 1] == U'在') return loc;
    return -1;
  }
  return -1;
}

// A zone of the article whose name opens a project's name (长治高新区燃料电池电堆生产线项目),
// or -1. Not a phase of the zone itself (胶州家电配套产业园二期项目 is the park).
int zone_opening_name(const std::vector<std::pair<std::string_view, int>>& zones, std::string_view name) {
  for (const auto& [zn, z] : zones) {
    if (zn.size() < 9 || name.size() <= zn.size() || !name.starts_with(zn)) continue;
    const std::string_view rest = name.substr(zn.size());
    bool phase = false;
    for (std::string_view w : {"一期", "二期", "三期", "四期", "（二期）", "(二期)", "项目"})
      phase = phase || rest.starts_with(w);
    if (!phase) return z;
  }
  return -1;
}

// "1.X项目。建设单位：A；建设地点：B；总投资…": the site field of the entry the project heads.
int entry_site(const Document& doc, const Anchor& a) {
  int s = doc.sentence_at(a.begin);
  if (s < 0) return -1;
  const int item = doc.item_at(a.begin);
  for (auto k = static_cast<std::size_t>(s) + 1; k < doc.sentences.size() && k <= static_cast<std::size_t>(s) + 4;
       ++k) {
    const auto& sent = doc.sentences[k];
    if (doc.item_at(sent.begin) != item) break;
    const EntryField f = entry_field(doc, sent);
    if (f.label.empty()) break;
    if (f.site) return location_at(doc, f.value);
  }
  return -1;
}

void fund_and_project_locations(Document& doc, const std::vector<std::uint32_t>& verb_starts,
                                const std::vector<int>& focus) {
  const std::size_t n = doc.entities.size();
  std::vector<std::vector<std::pair<int, std::uint32_t>>> explicit_locs(n);
  std::vector<const Anchor*> first(n, nullptr);
  std::vector<std::pair<std::string_view, int>> zone_names;  // the zones' names, for zone_opening_name
  for (int z = 0; z < static_cast<int>(n); ++z) {
    const auto& e = doc.entities[static_cast<std::size_t>(z)];
    if (e.type != EntityType::Zone) continue;
    zone_names.emplace_back(e.name, z);
    for (const auto& al : e.aliases) zone_names.emplace_back(al, z);
    for (const auto& al : e.local_aliases) zone_names.emplace_back(al, z);
  }
  for (const auto& a : doc.anchors) {
    const auto t = entity_type(doc, a.entity);
    if (t != EntityType::Fund && t != EntityType::Project) continue;
    if (!a.reference() && !first[static_cast<std::size_t>(a.entity)]) first[static_cast<std::size_t>(a.entity)] = &a;
    if (const int loc = explicit_location(doc, a, verb_starts); loc >= 0)
      explicit_locs[static_cast<std::size_t>(a.entity)].emplace_back(loc, a.begin);
    else if (const int site = building_site(doc, a); site >= 0)
      explicit_locs[static_cast<std::size_t>(a.entity)].emplace_back(site, a.begin);
  }
  for (std::size_t e = 0; e < n; ++e) {
    const Anchor* a = first[e];
    if (!a) continue;
    const int ei = static_cast<int>(e);
    if (!explicit_locs[e].empty()) {
      for (auto [loc, pos] : explicit_locs[e]) doc.add_fact(ei, Relation::locatedIn, loc, pos, "location-verb", 0.8);
      continue;
    }
    const auto& m = doc.mentions[static_cast<std::size_t>(a->mention)];
    if (const int site = entry_site(doc, *a); site >= 0 && site != ei) {
      doc.add_fact(ei, Relation::locatedIn, site, a->begin, "entry-site", 0.8);
      continue;
    }
    if (const int z = zone_opening_name(zone_names, m.name); z >= 0 && z != ei) {
      doc.add_fact(ei, Relation::locatedIn, z, a->begin, "name-zone", 0.8);
      continue;
    }
    if (const int p = name_place(doc, m, false); p >= 0) {
      doc.add_fact(ei, Relation::locatedIn, p, a->begin, "name-place", 0.85);
      continue;
    }
    // A national programme of the lexicon (东数西算, 中欧班列) is not where its article is.
    if (doc.entities[e].lexicon_name) continue;
    // A project (…项目, not an airport or a port) in a news item about one zone (named three
    // times or more) is in that zone.
    if (const int z = focus[static_cast<std::size_t>(doc.item_at(a->begin))];
        z >= 0 && entity_type(doc, ei) == EntityType::Project && m.name.ends_with("项目")) {
      doc.add_fact(ei, Relation::locatedIn, z, a->begin, "project-item-zone", 0.65);
      continue;
    }
    const auto g = last_place_group_before(doc, a->begin);
    if (!g.empty()) doc.add_fact(ei, Relation::locatedIn, g.back(), a->begin, "context-place", 0.65);
  }
}

// "以上三个项目均落户中德园", "上述项目都将落地高新区": the projects of the items above are there
// (back over the sentences, past ones that name none until some are found; the last N when a
// count is given).
void projects_placed_above(Document& doc) {
  const auto& t = doc.text;
  for (std::u32string_view opener : {U"以上", U"上述"})
    for (std::size_t at = find_in_text(t, opener); at != std::u32string_view::npos;
         at = find_in_text(t, opener, at + 2)) {
      const auto p = static_cast<std::uint32_t>(at);
      std::uint32_t q = p + 2;
      std::size_t count = 0;
      if (q + 1 < t.size() && t[q + 1] == U'个') {
        count = small_count(t[q]);
        q += 2;
      }
      if (!doc.at(q, U"项目")) continue;
      q += 2;
      for (std::u32string_view adv : {U"均已", U"均将", U"都将", U"全部", U"均", U"都", U"将", U"已"})
        if (doc.at(q, adv)) {
          q += static_cast<std::uint32_t>(adv.size());
          break;
        }
      std::uint32_t v = 0;
      for (std::u32string_view verb : {U"落户于", U"落户在", U"落户", U"位于", U"落地", U"选址", U"建在", U"布局在"})
        if (doc.at(q, verb)) {
          v = q + static_cast<std::uint32_t>(verb.size());
          break;
        }
      if (v == 0) continue;
      if (doc.at(v, U"在") || doc.at(v, U"于")) ++v;
      const int loc = location_at(doc, v);
      if (loc < 0) continue;
      std::vector<int> projects;
      const int si = doc.sentence_at(p);
      for (int k = si - 1; k >= 0 && si - k < 8; --k) {
        const auto& sb = doc.sentences[static_cast<std::size_t>(k)];
        std::vector<int> here;
        for (const Anchor* a : anchors_in(doc, sb.begin, sb.end))
          if (!a->reference() && entity_type(doc, a->entity) == EntityType::Project) here.push_back(a->entity);
        if (here.empty() && !projects.empty() && sb.end - sb.begin > 12) break;
        for (auto it = here.rbegin(); it != here.rend(); ++it)
          if (std::find(projects.begin(), projects.end(), *it) == projects.end()) projects.push_back(*it);
        if (count > 0 && projects.size() >= count) break;
      }
      if (count > 0 && projects.size() > count) projects.resize(count);
      for (int pr : projects) doc.add_fact(pr, Relation::locatedIn, loc, p, "projects-placed-above", 0.75);
    }
}

void cluster_locations(Document& doc) {
  for (const auto& a : doc.anchors) {
    if (a.reference() || entity_type(doc, a.entity) != EntityType::IndustrialCluster) continue;
    const auto& m = doc.mentions[static_cast<std::size_t>(a.mention)];
    std::vector<int> places;
    for (const auto& p : m.locations)
      if (const int e = entity_of_place(doc, p); e >= 0) places.push_back(e);
    // 内蒙古鄂尔多斯东胜羊绒服装产业集群: a chain of divisions names one place, the last
    // (the others contain it, and `within` adds them).
    auto code_of = [&](int e) -> std::string_view {
      const auto& pl = doc.entities[static_cast<std::size_t>(e)].place;
      return pl && is_admin_division(entity_type(doc, e)) ? std::string_view(pl->code) : std::string_view();
    };
    auto contains = [&](int outer, int inner) {
      const auto oc = code_of(outer), ic = code_of(inner);
      if (oc.size() != 6 || ic.size() != 6 || oc == ic) return false;
      const std::size_t keep = oc.ends_with("0000") ? 2 : oc.ends_with("00") ? 4 : 6;
      return keep < 6 && ic.substr(0, keep) == oc.substr(0, keep);
    };
    for (int e : places) {
      bool outer = false;
      for (int f : places) outer = outer || contains(e, f);
      if (!outer) doc.add_fact(a.entity, Relation::locatedIn, e, a.begin, "cluster-place", 0.85);
    }
  }
}

// Where a cluster is laid out: "X集群由柳州市牵头", "以玉林市为核心", "(重点|主要)布局(在)北海市",
// "以Y为载体/主阵地", "集中在/分布在A、B和C": the places and zones named there, for the
// last cluster (named or referred to) before the phrase in its sentence.
void cluster_layout(Document& doc) {
  const auto& t = doc.text;
  struct Cue {
    std::u32string_view before, after;  // words before the places, and after them ("" = none)
  };
  static const std::vector<Cue> kCues = [] {
    std::vector<Cue> cues = {
        {U"由", U"牵头"},   {U"以", U"为核心"}, {U"以", U"为主阵地"}, {U"以", U"为重点"}, {U"以", U"为主体"},
        {U"以", U"为龙头"}, {U"布局在", U""},   {U"布局于", U""},     {U"布局", U""},     {U"集中在", U""},
        {U"分布在", U""},   {U"集聚在", U""},   {U"落户在", U""},     {U"依托", U""},     {U"覆盖", U""},
    };
    for (std::u32string_view role : kVehicleRoles) cues.push_back({U"以", role});  // 以Y为主要承载地
    return cues;
  }();
  static const CharSet kFirst{[] {
    std::u32string chars;
    for (const auto& cue : kCues) chars.push_back(cue.before.front());
    return chars;
  }()};
  for (std::size_t i = 0; i < doc.anchors.size(); ++i) {
    const Anchor& a = doc.anchors[i];
    if (entity_type(doc, a.entity) != EntityType::IndustrialCluster) continue;
    const auto& s = doc.sentence_of(a.begin);
    const std::uint32_t hi = std::min<std::uint32_t>(s.end, a.end + 40);
    // Stop at the next cluster of the sentence: it takes what follows it.
    std::uint32_t stop = hi;
    for (const Anchor* b : anchors_in(doc, a.end, hi))
      if (entity_type(doc, b->entity) == EntityType::IndustrialCluster && b->entity != a.entity) {
        stop = b->begin;
        break;
      }
    for (std::uint32_t p = a.end; p < stop; ++p) {
      if (!kFirst(t[p])) continue;  // no cue starts here: the cheap test first
      for (const auto& cue : kCues) {
        if (!doc.at(p, cue.before)) continue;
        std::uint32_t q = p + static_cast<std::uint32_t>(cue.before.size());
        // The places named right there: the most specific of each chain (四川省成都市 -> 成都市).
        const std::size_t k = doc.first_anchor_from(q);
        if (k >= doc.anchors.size() || doc.anchors[k].begin != q || !is_location_entity(doc, doc.anchors[k].entity))
          continue;
        const std::vector<int> places = place_group_at(doc, k, &q, {U"、", U"和", U"及", U"与", U"以及", U"+"});
        if (!cue.after.empty())
          for (std::u32string_view w : {U"共同", U"联合", U"分别"})
            if (doc.at(q, w)) q += static_cast<std::uint32_t>(w.size());
        if (places.empty() || (!cue.after.empty() && !doc.at(q, cue.after))) continue;
        for (int e : places)
          if (e != a.entity) doc.add_fact(a.entity, Relation::locatedIn, e, p, "cluster-layout", 0.75);
      }
    }
  }
}

// The places that carry a cluster, named around it: "以钦州港经开区为核心的<cluster>" before it,
// and "<zone>(位于天元区,)是<cluster>的核心承载区" / "龙口市是集群的另一重要承载地" after it.
// "日喀则市以桑珠孜区、白朗县、江孜县、拉孜县为核心区,推动…,日喀则青稞产业集群逐步成型",
// "以广州、深圳、珠海、东莞四市为主体，…共建珠三角集成电路产业集群": the places a later cluster
// of the sentence is built on. (以<places>为核心的<cluster> is in cluster_vehicles.)
void clusters_built_on_places(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kRoles[] = {U"为核心承载区", U"为主要承载地", U"为承载地",
                                                   U"为核心区",     U"为主体",       U"为主阵地"};
  for (std::u32string_view role : kRoles)
    for (std::size_t at = find_in_text(t, role); at != std::u32string_view::npos;
         at = find_in_text(t, role, at + role.size())) {
      const auto r = static_cast<std::uint32_t>(at);
      const auto role_end = r + static_cast<std::uint32_t>(role.size());
      if (doc.at(role_end, U"的")) continue;  // 以<places>为核心的<cluster>: cluster_vehicles
      const auto& s = doc.sentence_of(r);
      std::uint32_t p = r;
      while (p > s.begin && r - p < 60 && t[p - 1] != U'以') --p;
      if (p <= s.begin || t[p - 1] != U'以') continue;
      const std::size_t k = doc.first_anchor_from(p);
      if (k >= doc.anchors.size() || doc.anchors[k].begin != p || !is_location_entity(doc, doc.anchors[k].entity))
        continue;
      std::uint32_t end = 0;
      const auto places = place_group_at(doc, k, &end, {U"、", U"和", U"及", U"与"});
      if (places.size() < 2) continue;
      // A count of the places (四市, 三县) may stand before the role.
      std::uint32_t q = end;
      if (q + 1 < t.size() && has_char(U"两三四五六七八九十", t[q]) && has_char(U"市县区地", t[q + 1])) q += 2;
      if (q != r) continue;
      int cluster = -1;
      for (const Anchor* b : anchors_in(doc, role_end, s.end))
        if (entity_type(doc, b->entity) == EntityType::IndustrialCluster) {
          cluster = b->entity;
          break;
        }
      if (cluster < 0) continue;
      for (int e : places) doc.add_fact(cluster, Relation::locatedIn, e, p, "cluster-built-on", 0.7);
    }
}

void cluster_vehicles(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kRoles[] = {U"为核心",       U"为主要承载地", U"为承载地",
                                                   U"为核心承载区", U"为核心区",     U"为主阵地"};
  static constexpr std::u32string_view kCarriers[] = {U"承载区", U"承载地", U"主阵地", U"集聚区", U"核心区", U"载体"};
  for (std::size_t i = 0; i < doc.anchors.size(); ++i) {
    const Anchor& a = doc.anchors[i];
    if (entity_type(doc, a.entity) != EntityType::IndustrialCluster) continue;
    // Before: 以<places>为核心的<cluster>.
    if (a.begin >= 6 && t[a.begin - 1] == U'的')
      for (std::u32string_view role : kRoles) {
        if (!doc.before(a.begin - 1, role)) continue;
        const std::uint32_t role_at = a.begin - 1 - static_cast<std::uint32_t>(role.size());
        for (std::uint32_t p = role_at; p > 0 && role_at - p < 30; --p) {
          if (t[p - 1] != U'以') continue;
          const std::size_t k = doc.first_anchor_from(p);
          std::uint32_t end = 0;
          if (k < doc.anchors.size() && doc.anchors[k].begin == p && is_location_entity(doc, doc.anchors[k].entity)) {
            const auto places = place_group_at(doc, k, &end, {U"、", U"和", U"及", U"与"});
            if (end == role_at)
              for (int e : places) doc.add_fact(a.entity, Relation::locatedIn, e, p, "cluster-vehicle", 0.75);
          }
          break;
        }
        break;
      }
    // After: <place>是<cluster>的(核心|主要|重要)承载区.
    std::uint32_t q = a.end;
    if (!doc.at(q, U"的")) continue;
    ++q;
    for (std::u32string_view w : {U"另一重要", U"另一个重要", U"核心", U"主要", U"重要", U"重点"})
      if (doc.at(q, w)) {
        q += static_cast<std::uint32_t>(w.size());
        break;
      }
    bool carrier = false;
    for (std::u32string_view w : kCarriers) carrier = carrier || doc.at(q, w);
    if (!carrier) continue;
    std::uint32_t is = a.begin;
    if (!doc.before(is, U"是")) continue;
    --is;
    for (std::u32string_view w : {U"也", U"还", U"则"})
      if (doc.before(is, w)) {
        --is;
        break;
      }
    int loc = location_ending_at(doc, is);
    // "株洲高新区位于天元区,是…": the place that opens the sentence, one clause before.
    if (loc < 0 && is > 0 && (t[is - 1] == U'，' || t[is - 1] == ',')) {
      const auto& s = doc.sentence_of(a.begin);
      std::uint32_t b = s.begin;
      while (b < is && (t[b] == ' ' || t[b] == '\n')) ++b;
      const std::size_t k = doc.first_anchor_from(b);
      if (k < doc.anchors.size() && doc.anchors[k].begin == b && is_location_entity(doc, doc.anchors[k].entity) &&
          is >= 2 && doc.clause_begin(is - 2) <= doc.anchors[k].end && is - b < 30)
        loc = doc.anchors[k].entity;
    }
    if (loc >= 0 && loc != a.entity) doc.add_fact(a.entity, Relation::locatedIn, loc, a.begin, "cluster-vehicle", 0.75);
  }
}

// "<event>在<place>举行" and "在<place>举行<event>".
void event_venues(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kHeld[] = {U"举行", U"举办", U"召开",     U"开幕",     U"闭幕",
                                                  U"落幕", U"启动", U"成功举办", U"隆重举行", U"盛大开幕"};
  for (const auto& a : doc.anchors) {
    if (entity_type(doc, a.entity) != EntityType::Event) continue;
    const auto& s = doc.sentence_of(a.begin);
    // After the event: 在 + place + verb, within a short window.
    for (std::uint32_t p = a.end; p < std::min<std::uint32_t>(s.end, a.end + 12); ++p) {
      if (t[p] != U'在' && t[p] != U'于') continue;
      const int loc = location_at(doc, p + 1);
      if (loc < 0) {
        if (t[p] == U'于') continue;  // 于3月10日在沈阳市举行
        break;
      }
      std::uint32_t q = p + 1;
      while (q < s.end && doc.entity_starting_at(q) >= 0) {
        const std::size_t i = doc.first_anchor_from(q);
        q = doc.anchors[i].end;
      }
      // A town or hall after the division (…仁怀市茅台镇开幕, …鱼峰区窑埠古镇举办).
      for (std::uint32_t k = q; k < s.end && k - q < 10 && utf8::is_han(t[k]); ++k)
        if (has_char(U"镇乡村馆园场", t[k]) || doc.at(k, U"中心") || doc.at(k, U"街道")) {
          const std::uint32_t after = k + (doc.at(k, U"中心") || doc.at(k, U"街道") ? 2 : 1);
          bool verb = false;
          for (auto v : kHeld) verb = verb || doc.at(after, v);
          if (verb) {
            q = after;
            break;
          }
        }
      bool held = false;
      for (auto v : kHeld)
        if (doc.at(q, v)) held = true;
      if (held) doc.add_fact(a.entity, Relation::heldIn, loc, a.begin, "event-venue", 0.85);
      break;
    }
    // Before the event: 在 + place + verb (+的) + event.
    const std::uint32_t cb = doc.clause_begin(a.begin);
    for (const Anchor* b : anchors_in(doc, cb, a.begin)) {
      if (!is_location_entity(doc, b->entity) || b->begin == 0 ||
          (t[b->begin - 1] != U'在' && t[b->begin - 1] != U'于'))
        continue;
      // The chain of places there (于衢州市柯城区举行的…): its most specific place.
      std::uint32_t end = b->end;
      const auto group = place_group_at(doc, static_cast<std::size_t>(b - doc.anchors.data()), &end, {});
      if (group.empty() || end > a.begin) continue;
      const std::u32string_view gap = t.substr(end, a.begin - end);
      if (gap.size() <= 6)
        for (auto v : kHeld)
          if (gap.starts_with(v))
            doc.add_fact(a.entity, Relation::heldIn, group.front(), a.begin, "event-venue-before", 0.8);
    }
  }
  // An event with no venue stated, named after its city (2025苏州国际生物医药产业博览会): held there.
  std::vector<bool> held(doc.entities.size(), false);
  for (const auto& f : doc.facts)
    if (f.relation == Relation::heldIn) held[static_cast<std::size_t>(f.subject)] = true;
  for (const auto& a : doc.anchors) {
    if (a.reference() || entity_type(doc, a.entity) != EntityType::Event || held[static_cast<std::size_t>(a.entity)])
      continue;
    held[static_cast<std::size_t>(a.entity)] = true;
    const auto& m = doc.mentions[static_cast<std::size_t>(a.mention)];
    // (A press conference's place is its subject: …驻马店专场新闻发布会.)
    if (m.name.ends_with("发布会")) continue;
    const int np = name_place(doc, m, false);
    if (np >= 0 && (entity_type(doc, np) == EntityType::City || entity_type(doc, np) == EntityType::District))
      doc.add_fact(a.entity, Relation::heldIn, np, a.begin, "event-name-place", 0.6);
  }
}

}  // namespace

// "北京市、天津市和河北省…京津冀": the provinces of a region named in the article, when two
// or more of them are named, are part of it (one alone is rather a place in the region).
void provinces_of_regions(Document& doc) {
  const auto& gaz = doc.kb.gazetteer();
  std::vector<int> provinces;
  for (int i = 0; i < static_cast<int>(doc.entities.size()); ++i)
    if (doc.entities[static_cast<std::size_t>(i)].type == EntityType::Province && mentioned(doc, i) &&
        doc.entities[static_cast<std::size_t>(i)].place)
      provinces.push_back(i);
  if (provinces.size() < 2) return;
  // A province named only to qualify its cities (江苏省苏州、无锡，浙江省宁波…) is not said to be in
  // the region: its cities are.
  auto qualifier_only = [&](int p) {
    for (std::size_t k = 0; k < doc.anchors.size(); ++k) {
      if (doc.anchors[k].entity != p) continue;
      const Anchor& a = doc.anchors[k];
      bool nested = false;  // 江苏 inside 江苏澄靖精密部件有限公司 says nothing
      for (std::size_t j = k; j-- > 0 && !nested && a.begin - doc.anchors[j].begin < 40;)
        nested = doc.anchors[j].end >= a.end && doc.anchors[j].entity != p;
      if (nested) continue;
      if (k + 1 >= doc.anchors.size() || doc.anchors[k + 1].begin != doc.anchors[k].end ||
          !is_place(entity_type(doc, doc.anchors[k + 1].entity)))
        return false;
    }
    return true;
  };
  std::erase_if(provinces, qualifier_only);
  if (provinces.size() < 2) return;
  for (int r = 0; r < static_cast<int>(doc.entities.size()); ++r) {
    const auto& re = doc.entities[static_cast<std::size_t>(r)];
    if (re.type != EntityType::Region || !mentioned(doc, r)) continue;
    const RegionInfo* info = gaz.region_by_key(re.key);
    if (!info) continue;
    std::vector<int> in;
    for (int p : provinces) {
      const std::string& code = doc.entities[static_cast<std::size_t>(p)].place->code;
      if (code.size() != 6) continue;
      for (const auto& m : info->members)
        if (m.size() == 6 && m.compare(0, 2, code, 0, 2) == 0) {
          in.push_back(p);
          break;
        }
    }
    if (in.size() < 2) continue;
    for (int p : in) {
      const std::size_t before = doc.facts.size();
      doc.add_fact(p, Relation::partOf, r, 0, "region-members", 0.8);
      if (doc.facts.size() > before) doc.facts.back().sentence = -1;  // from the gazetteer
    }
  }
}

void place_relations(Document& doc) {
  zone_part_of(doc);
  division_hierarchy(doc);
  provinces_of_regions(doc);
  const auto verb_starts = location_verb_starts(doc);
  const auto focus = focus_zones(doc);  // the zone each news item is about, or -1
  organisation_locations(doc, verb_starts, focus);
  fund_and_project_locations(doc, verb_starts, focus);
  projects_placed_above(doc);
  cluster_locations(doc);
  cluster_layout(doc);
  cluster_vehicles(doc);
  clusters_built_on_places(doc);
  event_venues(doc);
}

}  // namespace ckg
