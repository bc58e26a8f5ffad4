// Sectors named in the text.
//
// From the lexicon (a SKOS scheme with broader terms, data/lexicon/sectors.tsv):
// a "strict" entry (a common word such as 物流, 金融, 能源) counts only in an
// industry context: followed by 产业/行业/产业链/集群, or in a list that is. No
// entry counts inside 《…》 or right before an organisation suffix
// (人工智能研究院 is an institution-like phrase, not the sector).
//
// From the shape of the text: products after a verb of making before a
// company (生产航空螺旋桨的…公司), the links of a chain “A+B+C”全产业链, and
// products in a list of capacities (2700万吨煤炭、200万吨氧化铝…的产业规模).
// Cluster names add the sector they are built on (extract/clusters.cpp).
#include <algorithm>

#include "extract/cues.h"
#include "extract/document.h"
#include "extract/triggers.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

struct SectorHit {
  std::uint32_t begin, end;
  int index;  // into Lexicon::sectors()
};

// Ranges inside 《》 (titles), sorted.
std::vector<std::pair<std::uint32_t, std::uint32_t>> title_ranges(std::u32string_view t) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (std::size_t i = find_in_text(t, U"《"); i != std::u32string_view::npos;) {
    std::size_t j = i + 1;
    while (j < t.size() && j - i < 100 && t[j] != U'》' && t[j] != '\n') ++j;
    std::size_t next = i + 1;
    if (j < t.size() && t[j] == U'》') {
      out.emplace_back(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j));
      next = j + 1;  // a title ends at its first 》
    }
    i = find_in_text(t, U"《", next);
  }
  return out;
}

bool inside_title(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges, std::uint32_t pos) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), std::make_pair(pos, UINT32_MAX));
  if (it == ranges.begin()) return false;
  --it;
  return pos > it->first && pos < it->second;
}

// Words that make the text after a sector an industry context.
bool industry_context_at(const Document& doc, std::uint32_t p) {
  const auto& t = doc.text;
  if (p < t.size() && (t[p] == U'”' || t[p] == U'"')) ++p;
  // Modifiers between the sector and the industry word (…主导产业, …特色产业集群).
  for (bool moved = true; moved;) {
    moved = false;
    for (std::u32string_view m : {U"主导", U"特色", U"优势", U"重点", U"新兴", U"支柱", U"传统", U"相关", U"等"}) {
      if (doc.at(p, m)) {
        p += static_cast<std::uint32_t>(m.size());
        moved = true;
      }
    }
  }
  if (doc.at(p, U"产业")) {
    const std::uint32_t q = p + 2;
    if (q < t.size() && has_char(U"化网协联司", t[q])) return false;
    return true;
  }
  if (doc.at(p, U"行业") || doc.at(p, U"工业") || doc.at(p, U"集群") || doc.at(p, U"板块") || doc.at(p, U"赛道") ||
      doc.at(p, U"领域"))
    return true;
  if (doc.at(p, U"业") && (p + 1 >= t.size() || !has_char(U"务态绩主内界余者", t[p + 1]))) return true;
  return false;
}

bool is_list_link(char32_t c) { return c == U'、' || c == U'和' || c == U'及' || c == U'与' || c == '+'; }

// Sector hit starting at pos (longest), from hits sorted by begin.
const SectorHit* hit_starting_at(const std::vector<SectorHit>& hits, std::uint32_t pos) {
  auto it =
      std::lower_bound(hits.begin(), hits.end(), pos, [](const SectorHit& h, std::uint32_t p) { return h.begin < p; });
  const SectorHit* best = nullptr;
  for (; it != hits.end() && it->begin == pos; ++it)
    if (!best || it->end > best->end) best = &*it;
  return best;
}

// True if the hit, or the list of sectors it belongs to, is followed by an industry context.
bool in_industry_context(const Document& doc, const std::vector<SectorHit>& hits, const SectorHit& h) {
  const auto& t = doc.text;
  // "120家新能源企业": counted firms of the sector.
  if (doc.at(h.end, U"企业") && h.begin >= 2 && (doc.before(h.begin, U"家") || doc.before(h.begin, U"余家")) &&
      utf8::is_ascii_digit(t[h.begin - (doc.before(h.begin, U"余家") ? 3 : 2)]))
    return true;
  std::uint32_t end = h.end;
  for (int guard = 0; guard < 12; ++guard) {
    if (industry_context_at(doc, end)) return true;
    if (end + 1 >= t.size() || !is_list_link(t[end])) break;
    const SectorHit* next = hit_starting_at(hits, end + 1);
    if (!next) break;
    end = next->end;
  }
  return false;
}

bool before_org_suffix(const Document& doc, std::uint32_t end) {
  auto it = std::lower_bound(doc.hits.begin(), doc.hits.end(), end + 1,
                             [](const Matcher::Match& m, std::uint32_t p) { return m.end < p; });
  for (; it != doc.hits.end() && it->end <= end + 9; ++it) {
    if (it->begin != end) continue;
    for (const auto& p : doc.kb.payloads(it->pattern, HitKind::Trigger)) {
      const Trigger& tr = triggers()[static_cast<std::size_t>(p.index)];
      if (in_project_name(tr, doc.text.substr(it->end))) continue;
      const auto f = tr.family;
      if (f == TriggerFamily::Institution || f == TriggerFamily::Company || f == TriggerFamily::Fund) return true;
    }
  }
  return false;
}

Candidate sector_candidate(const Document& doc, std::uint32_t b, std::uint32_t e, const char* rule, double conf) {
  Candidate c;
  c.begin = b;
  c.end = e;
  c.type = EntityType::Sector;
  c.name = name_key(doc.span(b, e));
  if (const SectorEntry* s = doc.kb.lexicon().sector(c.name)) {
    if (s->name != c.name) c.aliases.push_back(c.name);
    c.name = s->name;
    c.from_lexicon = true;
  }
  c.key = c.name;
  c.confidence = conf;
  c.priority = 1;
  c.rule = rule;
  return c;
}

bool han_only(std::u32string_view s) {
  for (char32_t c : s)
    if (!utf8::is_han(c)) return false;
  return !s.empty();
}

// 开发航电系统的安徽华明…公司: the product between a verb of making and 的 + a company.
void products_of_companies(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kVerbs[] = {U"开发", U"生产", U"研制", U"研发",
                                                   U"制造", U"主营", U"从事", U"专注于"};
  std::size_t resume = 0;
  for (AnyOf at(t, U"开生研制主从专"); at.pos() < t.size() && at.pos() + 4 < t.size(); at.next(resume)) {
    const auto i = static_cast<std::uint32_t>(at.pos());  // where one of the verbs may start
    std::uint32_t p = 0;
    for (auto v : kVerbs)
      if (doc.at(i, v)) {
        p = i + static_cast<std::uint32_t>(v.size());
        break;
      }
    if (p == 0) continue;
    std::uint32_t e = p;
    while (e < t.size() && e - p <= 8 && utf8::is_han(t[e]) && t[e] != U'的') ++e;
    if (e >= t.size() || t[e] != U'的' || e - p < 2) continue;
    const Candidate* org = doc.longest_starting_at(
        e + 1, [](const Candidate& c) { return c.type == EntityType::Company || c.type == EntityType::Institution; });
    if (!org || is_generic_core(t.substr(p, e - p))) continue;
    doc.candidates.push_back(sector_candidate(doc, p, e, "sector-product", 0.75));
    resume = e + 1;
  }
}

// 锂电池电解液, 尼龙新材料, 锂电池正极材料: a sector written right before a material or
// part is one product line, named whole.
void compound_products(Document& doc, const std::vector<SectorHit>& hits) {
  static constexpr std::u32string_view kHeads[] = {U"电解液", U"新材料", U"正极材料", U"负极材料", U"隔膜", U"电芯",
                                                   U"铜箔",   U"前驱体", U"模具",     U"零部件",   U"装备", U"设备"};
  const auto& t = doc.text;
  for (const auto& h : hits) {
    if (h.end >= t.size() || h.end - h.begin < 2) continue;
    const auto surface = t.substr(h.begin, h.end - h.begin);
    if (surface.ends_with(U"产业") || surface.ends_with(U"行业") || surface.ends_with(U"材料")) continue;
    const SectorHit* next = hit_starting_at(hits, h.end);
    if (!next) continue;
    const auto head = t.substr(next->begin, next->end - next->begin);
    if (std::find(std::begin(kHeads), std::end(kHeads), head) == std::end(kHeads)) continue;
    if (before_org_suffix(doc, next->end)) continue;
    doc.candidates.push_back(sector_candidate(doc, h.begin, next->end, "sector-compound", 0.75));
  }
}

// Product lines listed after a verb of focus or of gathering:
//   "A公司主攻乘用车", "B公司专注纯电动客车和城市物流车", "南昌高新区聚焦虚拟现实和半导体照明",
//   "重点发展木制品和家居制造" (the list runs to the end of the clause);
//   "已集聚稀土永磁及电机企业86家", "覆盖人工智能芯片、大模型和具身智能等关键环节", "涵盖酒瓶制造、
//   包装印刷和酒糟综合利用等环节" (the list must end in 企业 or 等…领域/环节/方向/产业链).
// Each item is a short run of name characters; a trailing 整机研发/研发/业务/产品/领域/现代化 is
// not part of it; a list that runs into a longer phrase, or holds a word of policy (…化,
// …发展, 上下游), is dropped whole. The relations are made in extract/relation_roles.cpp.
void listed_products(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kTails[] = {U"整机研发", U"研发",   U"业务", U"产品",
                                                   U"领域",     U"现代化", U"规上", U"规模以上"};
  static constexpr std::u32string_view kBadStarts[] = {
      U"上下游", U"上游", U"下游", U"配套", U"相关", U"龙头", U"一批", U"各类",     U"重点", U"产业",
      U"企业",   U"项目", U"优势", U"主导", U"特色", U"新兴", U"传统", U"全产业链", U"规上", U"规模以上",
      U"外向型", U"涉",   U"侨资", U"台资", U"港资", U"澳资", U"民营", U"国有",     U"中小"};
  static constexpr std::u32string_view kBadEnds[] = {U"化",   U"发展", U"转型",   U"升级", U"建设", U"合作",
                                                     U"项目", U"企业", U"市场",   U"方向", U"环节", U"改革",
                                                     U"创新", U"主业", U"上下游", U"相关"};
  // Words too general to name a product line by themselves.
  static constexpr std::u32string_view kTooGeneral[] = {U"加工",   U"种养", U"储运", U"整车",
                                                        U"零部件", U"制造", U"生产", U"研发"};
  auto is_item_char = [](char32_t c) {
    return (utf8::is_han(c) && c != U'的' && c != U'等' && c != U'和' && c != U'及' && c != U'与' && c != U'了') ||
           utf8::is_ascii_alnum(c);
  };
  auto subject_before = [&](std::uint32_t i) {
    std::uint32_t q = i;
    for (std::u32string_view adv : {U"则", U"也", U"还", U"已", U"将", U"正"})
      if (doc.before(q, adv)) {
        q -= static_cast<std::uint32_t>(adv.size());
        break;
      }
    if (q > 0 && (t[q - 1] == ')' || t[q - 1] == U'）'))
      while (q > 0 && i - q < 24 && t[q - 1] != '(' && t[q - 1] != U'（') --q;
    if (q > 0 && (t[q - 1] == '(' || t[q - 1] == U'（')) --q;
    return doc.longest_ending_at(q, [](const Candidate& c) {
      return c.type == EntityType::Company || c.type == EntityType::Zone || c.type == EntityType::IndustrialCluster ||
             c.type == EntityType::Fund;
    }) != nullptr;
  };
  // The verbs are cues of the dictionary scan: their hits, by start.
  std::vector<std::pair<std::uint32_t, const Cue*>> verbs;
  for (const auto& h : doc.hits)
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Cue)) {
      const Cue& cue = cues()[static_cast<std::size_t>(p.index)];
      if (cue.kind == CueKind::FocusVerb || cue.kind == CueKind::GatherVerb) verbs.emplace_back(h.begin, &cue);
    }
  std::sort(verbs.begin(), verbs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::uint32_t resume = 0;
  for (const auto& [i, verb] : verbs) {
    if (i < resume) continue;
    const bool needs_end = verb->kind == CueKind::GatherVerb;
    if (verb->needs_subject && !subject_before(i)) continue;
    std::uint32_t b = i + static_cast<std::uint32_t>(verb->word.size());
    if (doc.at(b, U"了")) ++b;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
    bool ok = true;
    std::uint32_t e = b;
    while (ok) {
      e = b;
      // An item stops at a count (预制菜三大板块, A和B两个方向).
      auto count_at = [&](std::uint32_t k) {
        return k + 1 < t.size() && has_char(U"一二三四五六七八九十两几", t[k]) && has_char(U"大个条类项种", t[k + 1]);
      };
      while (e < t.size() && e - b <= 12 && is_item_char(t[e]) && !(e > b && count_at(e)) && !doc.at(e, U"以及")) ++e;
      std::uint32_t ie = e;
      // "…企业86家": the list ends at the industry word inside the run.
      if (needs_end)
        if (const auto k = find_in_text(t.substr(b, e - b), U"企业"); k != std::u32string_view::npos) {
          ie = b + static_cast<std::uint32_t>(k);
          e = ie;
        }
      if (e - b > 12 || ie == b) {
        ok = false;
        break;
      }
      for (auto tail : kTails)
        if (ie - b > tail.size() + 1 && t.substr(b, ie - b).ends_with(tail)) {
          ie -= static_cast<std::uint32_t>(tail.size());
          break;
        }
      // "大型LNG运输船": the size is not part of the product.
      if (ie - b > 4 && doc.at(b, U"大型")) b += 2;
      const auto item = t.substr(b, ie - b);
      const bool bad = std::any_of(std::begin(kBadStarts), std::end(kBadStarts),
                                   [&](std::u32string_view w) { return item.starts_with(w); }) ||
                       std::any_of(std::begin(kBadEnds), std::end(kBadEnds),
                                   [&](std::u32string_view w) { return item.ends_with(w); }) ||
                       std::find(std::begin(kTooGeneral), std::end(kTooGeneral), item) != std::end(kTooGeneral);
      if (item.size() < 2 || item.size() > 10 || bad || find_in_text(item, U"产业链") != std::u32string_view::npos ||
          utf8::is_ascii_digit(item.front())) {
        ok = false;
        break;
      }
      items.emplace_back(b, ie);
      if (e < t.size() && (t[e] == U'、' || t[e] == U'和' || t[e] == U'及' || t[e] == U'与'))
        b = e + 1;
      else if (doc.at(e, U"以及"))
        b = e + 2;
      else
        break;
    }
    if (!ok || items.empty()) continue;
    // Where the list ends decides whether it is one.
    std::uint32_t q = e;
    if (doc.at(q, U"等")) ++q;
    while (q < t.size() && q - e < 4 &&
           (has_char(U"一二三四五六七八九十两几多个条大关键核心", t[q]) || utf8::is_ascii_digit(t[q])))
      ++q;
    // (Not 等…环节: "部件研发、系统集成以及整套装备制造等环节" are stages of work, not product lines.)
    const bool industry_end = doc.at(e, U"企业") || doc.at(q, U"领域") || doc.at(q, U"方向") || doc.at(q, U"产业链") ||
                              doc.at(q, U"赛道") || doc.at(q, U"产业") || doc.at(q, U"企业");
    const bool clause_end = e >= t.size() || is_boundary_char(t[e]) || t[e] == ',' || t[e] == U'，' || t[e] == U'。' ||
                            t[e] == U'；' || t[e] == ';' || t[e] == U'等';
    if (needs_end ? !industry_end : !(industry_end || clause_end)) continue;
    for (auto [ib, ie] : items) doc.candidates.push_back(sector_candidate(doc, ib, ie, "sector-listed", 0.7));
    resume = items.back().second;
  }
}

// “铝土矿+氧化铝+电解铝”全产业链: the links of a chain.
void chain_links(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t at = find_char(t, '+'); at != std::u32string_view::npos; at = find_char(t, '+', at + 1)) {
    const auto i = static_cast<std::uint32_t>(at);
    // The whole chain: name characters and '+', at least three links.
    std::uint32_t b = i, e = i;
    while (b > 0 && (utf8::is_han(t[b - 1]) || t[b - 1] == '+') && i - b < 60) --b;
    while (e < t.size() && (utf8::is_han(t[e]) || t[e] == '+') && e - i < 60) ++e;
    std::uint32_t after = e;
    if (after < t.size() && (t[after] == U'”' || t[after] == '"')) ++after;
    if (!(doc.at(after, U"全产业链") || doc.at(after, U"产业链") || doc.at(after, U"产业体系"))) {
      at = e;
      continue;
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
    for (std::uint32_t s = b, k = b; k <= e; ++k) {
      if (k == e || t[k] == '+') {
        if (k > s) links.emplace_back(s, k);
        s = k + 1;
      }
    }
    if (links.size() >= 3)
      for (auto [lb, le] : links)
        if (le - lb >= 2 && le - lb <= 8 && han_only(t.substr(lb, le - lb)))
          doc.candidates.push_back(sector_candidate(doc, lb, le, "sector-chain-link", 0.75));
    at = e;
  }
}

// 2700万吨煤炭、200万吨氧化铝…的产业规模: products in a list of capacities.
void capacity_lists(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kUnits[] = {U"万立方米", U"立方米", U"万千瓦", U"万吨", U"吨",
                                                   U"万辆",     U"万台",   U"万套",   U"万件", U"万亩"};
  for (const auto& s : doc.sentences) {
    const std::u32string_view sv = t.substr(s.begin, s.end - s.begin);
    if (!contains_any(sv, {U"产业规模", U"产能", U"生产能力"})) continue;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
    for (std::uint32_t i = s.begin; i < s.end; ++i) {
      if (!utf8::is_ascii_digit(t[i]) || (i > s.begin && (utf8::is_ascii_digit(t[i - 1]) || t[i - 1] == '.'))) continue;
      std::uint32_t j = i;
      while (j < s.end && (utf8::is_ascii_digit(t[j]) || t[j] == '.')) ++j;
      std::uint32_t p = 0;
      for (auto u : kUnits)
        if (doc.at(j, u)) {
          p = j + static_cast<std::uint32_t>(u.size());
          break;
        }
      if (p == 0) continue;
      std::uint32_t e = p;
      while (e < s.end && utf8::is_han(t[e]) && t[e] != U'的' && e - p <= 6) ++e;
      if (e - p >= 2 && e < s.end && (t[e] == U'、' || t[e] == U'的' || t[e] == ',' || t[e] == U'，'))
        items.emplace_back(p, e);
      i = e;
    }
    if (items.size() < 2) continue;
    for (auto [b, e] : items) doc.candidates.push_back(sector_candidate(doc, b, e, "sector-capacity", 0.7));
  }
}

}  // namespace

void find_sectors(Document& doc) {
  const auto& lex = doc.kb.lexicon();
  doc.index_candidates();
  std::vector<SectorHit> hits;
  for (const auto& h : doc.hits)
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Sector)) hits.push_back({h.begin, h.end, p.index});
  std::sort(hits.begin(), hits.end(), [](const SectorHit& a, const SectorHit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  const auto titles = title_ranges(doc.text);
  // "大数据产业": a hit ending in an industry word that starts inside another hit is dropped.
  auto tail_of_other = [&](const SectorHit& h) {
    const auto surface = doc.text.substr(h.begin, h.end - h.begin);
    if (!(surface.ends_with(U"产业") || surface.ends_with(U"行业") || surface.ends_with(U"工业"))) return false;
    auto it = std::lower_bound(hits.begin(), hits.end(), h.begin > 16 ? h.begin - 16 : 0u,
                               [](const SectorHit& x, std::uint32_t p) { return x.begin < p; });
    for (; it != hits.end() && it->begin < h.begin; ++it)
      if (it->end == h.end - 2) return true;
    return false;
  };
  // A zone named after its industry (长春汽车经济技术开发区, 伊川轴承产业园) gives it in context.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> zones;
  for (const auto& c : doc.candidates)
    if (c.type == EntityType::Zone) zones.emplace_back(c.begin, c.end);
  auto inside_zone = [&](const SectorHit& h) {
    return std::any_of(zones.begin(), zones.end(),
                       [&](const auto& z) { return z.first <= h.begin && h.end < z.second; });
  };
  for (const auto& h : hits) {
    if (tail_of_other(h)) continue;
    const auto& s = lex.sectors()[static_cast<std::size_t>(h.index)];
    if (inside_title(titles, h.begin)) continue;
    if (before_org_suffix(doc, h.end)) continue;
    if (doc.at(h.end, U"产业网") || doc.at(h.end, U"网")) continue;  // a website's name (现代物流产业网)
    if (s.strict && !in_industry_context(doc, hits, h) && !inside_zone(h)) continue;
    Candidate& c = doc.candidates.emplace_back();  // built in place (a Candidate is large to move)
    c.begin = h.begin;
    c.end = h.end;
    c.type = EntityType::Sector;
    c.name = s.name;
    c.key = s.name;
    c.confidence = s.strict ? 0.75 : 0.85;
    c.priority = 1;
    c.rule = s.strict ? "lexicon-sector-in-context" : "lexicon-sector";
    c.from_lexicon = true;
    const auto surface = doc.str(h.begin, h.end);
    if (surface != s.name) c.aliases.push_back(surface);
  }
  compound_products(doc, hits);
  chain_links(doc);
  capacity_lists(doc);
}

void find_product_sectors(Document& doc) {
  doc.index_candidates();
  products_of_companies(doc);
  listed_products(doc);
}

}  // namespace ckg
