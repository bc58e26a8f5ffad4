// Government organs from their shape: a place, zone or known body followed by
// an organ word (贵阳市大数据发展管理局, 北京经济技术开发区管委会, 中共河南省委宣传部,
// 农业农村部乡村产业发展司), and bare level words (省政府, 市委) resolved to the
// province or city of the news item. [place]政府 is named [place]人民政府.
#include <algorithm>
#include <optional>

#include "extract/org_shapes.h"
#include "util/char_set.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Organ words by which a government name ends, longest first.
constexpr std::u32string_view kOrganWords[] = {
    U"中级人民法院", U"高级人民法院", U"管理委员会", U"人民检察院", U"人民法院", U"人民政府", U"委员会",
    U"办公厅",       U"办公室",       U"管委会",     U"党工委",     U"新闻办",   U"宣传部",   U"组织部",
    U"统战部",       U"检察院",       U"政府",       U"党委",       U"党组",     U"法院",     U"部门",
    U"局",           U"厅",           U"署",         U"委",         U"办",       U"司",
};

// Bare level words and the division level they refer to.
struct LevelWord {
  std::u32string_view word;
  EntityType level;
  std::u32string_view organ;  // canonical organ word
};
constexpr LevelWord kLevelWords[] = {
    {U"省人民政府", EntityType::Province, U"人民政府"},
    {U"市人民政府", EntityType::City, U"人民政府"},
    {U"省政府", EntityType::Province, U"人民政府"},
    {U"市政府", EntityType::City, U"人民政府"},
    {U"区政府", EntityType::District, U"人民政府"},
    {U"县政府", EntityType::District, U"人民政府"},
    {U"省委", EntityType::Province, U"委"},
    {U"市委", EntityType::City, U"委"},
    {U"区委", EntityType::District, U"委"},
    {U"县委", EntityType::District, U"委"},
};

// Common words that end like an organ word (布局, 大厅, 举办, 签署 …).
bool common_word(std::u32string_view t, std::uint32_t end, std::u32string_view organ) {
  if (organ.size() != 1 || end < 2) return false;
  const char32_t prev = t[end - 2];
  if (prev == U'副') return true;                                          // 副厅长, 副局长: a title
  if (prev == organ[0] && end < t.size() && t[end] == U'长') return true;  // …局局长: the title after the organ
  switch (organ[0]) {
    case U'局':
      return has_char(U"布格全大结开棋当时变终残饭胜赌副", prev);
    case U'厅':
      return has_char(U"大客展餐舞门", prev);
    case U'办':
      if (end < t.size() && has_char(U"理法公事成好妥", t[end])) return true;  // 办理, 办法, 办公会
      return has_char(U"主承协举创开兴代督申包操筹合试", prev);
    case U'署':
      return has_char(U"签部", prev);
    case U'司':
      // 公司, 上司; 司徒 (a surname, a town: 丹阳市司徒镇) and 司机, 司法 are words.
      if (end < t.size() && has_char(U"徒机法令仪", t[end])) return true;
      return has_char(U"公上", prev);
    case U'委':
      if (prev == U'常' && !(end < t.size() && t[end] == U'会')) return true;  // 常委 is a title
      return end < t.size() && has_char(U"托屈婉实派任身员", t[end]);
    default:
      return false;
  }
}

std::u32string_view organ_ending_at(std::u32string_view t, std::uint32_t end) {
  for (auto w : kOrganWords) {
    if (end < w.size() || t.substr(end - w.size(), w.size()) != w) continue;
    if (common_word(t, end, w)) return {};
    // 政府工作报告 is a report; 三省人民政府 are several organs.
    if (w.ends_with(U"政府") && t.substr(end, 4) == U"工作报告") return {};
    if (end >= w.size() + 2 && has_char(U"省市", t[end - w.size() - 1]) &&
        has_char(U"两三四五六七八九十几多", t[end - w.size() - 2]))
      return {};
    return w;
  }
  return {};
}

bool clean_core(std::u32string_view s) {
  static const CharSet kStops{U"的在或是为由从对向把被将并也已于等了着过个该此这那不没"};
  for (char32_t c : s)
    if (!utf8::is_han(c) || kStops(c)) return false;
  return true;
}

bool is_anchor(const Candidate& c) {
  return (is_place(c.type) && c.place) || c.type == EntityType::Zone ||
         (c.from_lexicon && (c.type == EntityType::GovernmentBody || c.type == EntityType::Zone));
}

// Start of a government name whose organ word starts at `organ`: the nearest
// anchor before it, extended left over a chain of places and a leading 中共.
std::uint32_t anchor_start(const Document& doc, std::uint32_t organ, std::uint32_t min_start) {
  const auto& t = doc.text;
  const std::uint32_t lo = std::max(min_start, organ > 16 ? organ - 16 : 0u);
  std::uint32_t best = UINT32_MAX;
  // Nearest anchor whose end is followed only by clean characters up to the organ word.
  for (std::uint32_t end = organ; end > lo; --end) {
    if (end < organ && !clean_core(t.substr(end, 1))) break;
    const Candidate* c = doc.longest_ending_at(end, [&](const Candidate& x) { return is_anchor(x) && x.begin >= lo; });
    if (c) {
      best = c->begin;
      break;
    }
  }
  static constexpr std::u32string_view kWordAnchors[] = {
      U"国务院", U"国家", U"中央",   U"美国",   U"日本",     U"英国",       U"法国",   U"德国",     U"俄罗斯",
      U"印度",   U"韩国", U"朝鲜",   U"意大利", U"加拿大",   U"澳大利亚",   U"巴西",   U"以色列",   U"伊朗",
      U"伊拉克", U"越南", U"新加坡", U"泰国",   U"马来西亚", U"印度尼西亚", U"菲律宾", U"巴基斯坦", U"土耳其",
      U"沙特",   U"埃及", U"南非",   U"墨西哥", U"阿根廷",   U"西班牙",     U"荷兰",   U"瑞典",     U"瑞士",
      U"挪威",   U"芬兰", U"丹麦",   U"波兰",   U"乌克兰",   U"新西兰",     U"欧盟",   U"联合国"};
  // The clean stretch before the organ word, then word anchors inside it (nearest wins).
  std::uint32_t clean_from = organ;
  while (clean_from > lo && clean_core(t.substr(clean_from - 1, 1))) --clean_from;
  for (std::uint32_t k = organ; k > clean_from; --k) {
    const std::uint32_t wb = k - 1;  // a word anchor starting here
    if (best != UINT32_MAX && wb <= best) break;
    for (std::u32string_view w : kWordAnchors)
      if (t[wb] == w[0] && wb + w.size() <= organ && t.substr(wb, w.size()) == w) {
        best = wb;
        break;
      }
    if (best == wb) break;
  }
  if (best == UINT32_MAX) return best;
  // Extend over a chain of places before the anchor (北京市朝阳区…).
  for (bool moved = true; moved && best > lo;) {
    moved = false;
    if (const Candidate* c = doc.longest_ending_at(
            best, [&](const Candidate& x) { return is_place(x.type) && x.place && x.begin >= lo; })) {
      best = c->begin;
      moved = true;
    }
  }
  if (best >= 2 && t.substr(best - 2, 2) == U"中共") best -= 2;
  return best;
}

// The first division of each level named in each item (by candidates).
struct ItemPlaces {
  std::string code[3];  // Province, City, District
};

std::vector<ItemPlaces> places_by_item(const Document& doc) {
  std::vector<ItemPlaces> out(doc.items.size());
  const auto& gaz = doc.kb.gazetteer();
  for (std::size_t i = 0; i < doc.items.size(); ++i) {
    doc.candidates_in(doc.items[i].begin, doc.items[i].end, [&](const Candidate& c) {
      if (!is_division_candidate(c) || c.key.empty()) return;
      for (const int k : gaz.ancestor_indexes(c.key)) {
        const Division& d = gaz.divisions()[static_cast<std::size_t>(k)];
        const int level = d.type == EntityType::Province ? 0 : d.type == EntityType::City ? 1 : 2;
        if (out[i].code[level].empty()) out[i].code[level] = d.code;
      }
    });
  }
  return out;
}

constexpr std::u32string_view kOrganTypes[] = {
    U"住建委", U"建委",       U"发改委",     U"经信委",     U"卫健委",     U"工信局",     U"经信局",     U"商务局",
    U"财政局", U"税务局",     U"公安局",     U"民政局",     U"教育局",     U"房管局",     U"国土局",     U"规划局",
    U"统计局", U"环保局",     U"交通局",     U"人社局",     U"科技局",     U"农业局",     U"水利局",     U"文旅局",
    U"应急局", U"审计局",     U"住建局",     U"市场监管局", U"生态环境局", U"农业农村局", U"自然资源局", U"公安厅",
    U"财政厅", U"商务厅",     U"科技厅",     U"工信厅",     U"经信厅",     U"教育厅",     U"住建厅",     U"人社厅",
    U"文旅厅", U"农业农村厅", U"自然资源厅", U"生态环境厅", U"国资委",     U"发展改革委"};

// Short organ types and their official forms: 省工信厅 is the province's 工业和信息化厅.
struct OrganForm {
  std::u32string_view short_form, full_form;
};
constexpr OrganForm kOrganForms[] = {
    {U"工信厅", U"工业和信息化厅"},       {U"工信局", U"工业和信息化局"},         {U"经信厅", U"经济和信息化厅"},
    {U"经信局", U"经济和信息化局"},       {U"经信委", U"经济和信息化委员会"},     {U"发展改革委", U"发展和改革委员会"},
    {U"发改委", U"发展和改革委员会"},     {U"住建委", U"住房和城乡建设委员会"},   {U"住建厅", U"住房和城乡建设厅"},
    {U"住建局", U"住房和城乡建设局"},     {U"卫健委", U"卫生健康委员会"},         {U"人社厅", U"人力资源和社会保障厅"},
    {U"人社局", U"人力资源和社会保障局"}, {U"文旅厅", U"文化和旅游厅"},           {U"文旅局", U"文化和旅游局"},
    {U"市场监管局", U"市场监督管理局"},   {U"国资委", U"国有资产监督管理委员会"}, {U"科技厅", U"科学技术厅"},
    {U"科技局", U"科学技术局"},
};

// The official form of an organ name ending in a short organ type, or "".
std::string official_organ_name(std::u32string_view name) {
  for (const auto& f : kOrganForms)
    if (name.size() > f.short_form.size() && name.ends_with(f.short_form)) {
      std::u32string full(name.substr(0, name.size() - f.short_form.size()));
      full += f.full_form;
      return utf8::encode(full);
    }
  return {};
}

void add_body(Document& doc, std::uint32_t b, std::uint32_t e, std::u32string_view organ) {
  // A province before a prefecture-level city is not part of the city's organ's name
  // (安徽省合肥市人民政府 is 合肥市人民政府); the full form stays an alias. A district keeps
  // its city or municipality (北京市朝阳区人民政府, 苏州市吴中区人民政府), as official names do.
  std::uint32_t nb = b;
  if (const Candidate* d = doc.longest_starting_at(b, is_division_candidate);
      d && d->type == EntityType::Province && d->end < e)
    if (const Candidate* next = doc.longest_starting_at(d->end, is_division_candidate);
        next && next->type == EntityType::City && next->end < e)
      nb = d->end;
  if (nb > b) {
    add_body(doc, nb, e, organ);
    Candidate& c = doc.candidates.back();
    c.begin = b;  // the mention covers the whole chain
    c.aliases.push_back(name_key(doc.span(b, e)));
    c.keeps_places = true;
    return;
  }
  Candidate c = shaped_candidate(doc, b, e, EntityType::GovernmentBody, "government-shape", 0.85, 2);
  c.keeps_places = true;
  c.keeps_orgs = true;
  // [place]政府 is the place's 人民政府.
  if (organ == U"政府" && e - b > 2) {
    const std::u32string_view head = doc.text.substr(b, e - b - 2);
    if (!head.ends_with(U"人民") &&
        doc.longest_starting_at(b, [&](const Candidate& x) { return is_place(x.type) && x.end == e - 2; })) {
      c.aliases.push_back(c.name);
      c.name = name_key(doc.span(b, e - 2)) + "人民政府";
      c.key = c.name;
    }
  }
  // The organ of a known zone named by a short form takes the zone's full name
  // (东湖高新区管委会 -> 武汉东湖新技术开发区管委会); a longer surface stays.
  const auto ob = e - static_cast<std::uint32_t>(organ.size());
  if (const Candidate* z = doc.longest_ending_at(
          ob, [&](const Candidate& x) { return x.type == EntityType::Zone && x.from_lexicon && x.begin == b; });
      z && utf8::length(z->name) > ob - b) {
    std::string canon = z->name + utf8::encode(organ);
    if (canon != c.name) {
      c.aliases.push_back(c.name);
      c.name = std::move(canon);
      c.key = c.name;
    }
  }
  if (std::string full = official_organ_name(doc.span(b, e)); !full.empty()) {
    c.aliases.push_back(c.name);
    c.name = std::move(full);
    c.key = c.name;
  }
  doc.candidates.push_back(std::move(c));
}

// Organ types written with a level word (市住建委, 省发改委): the organ of the item's division.

// A known body right after a place or country: 香港证监会, 印度外交部, 中国外交部.
void anchored_known_bodies(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kCountries[] = {U"中国",     U"美国", U"日本",   U"英国", U"法国",   U"德国",
                                                       U"俄罗斯",   U"印度", U"韩国",   U"朝鲜", U"意大利", U"加拿大",
                                                       U"澳大利亚", U"巴西", U"以色列", U"伊朗", U"伊拉克", U"越南",
                                                       U"新加坡",   U"泰国", U"西班牙", U"荷兰", U"瑞士",   U"乌克兰"};
  std::vector<Candidate> found;
  for (const auto& c : doc.candidates) {
    if (!c.from_lexicon || c.type != EntityType::GovernmentBody) continue;
    std::uint32_t b = c.begin;
    if (const Candidate* p =
            doc.longest_ending_at(c.begin, [](const Candidate& x) { return is_place(x.type) && x.place; })) {
      b = p->begin;
    } else {
      for (auto w : kCountries)
        if (doc.before(c.begin, w)) b = c.begin - static_cast<std::uint32_t>(w.size());
    }
    if (b == c.begin || (b > 0 && utf8::is_han(t[b - 1]) && !has_char(U"、和与及被对向在的据经由从", t[b - 1])))
      continue;
    Candidate g =
        shaped_candidate(doc, b, c.end, EntityType::GovernmentBody, "government-known-body-of-place", 0.75, 2);
    g.keeps_places = true;
    g.keeps_orgs = true;
    found.push_back(std::move(g));
  }
  for (auto& g : found) doc.candidates.push_back(std::move(g));
}

// Armed forces: 美军, 日军, 美国海军, 日本海上自卫队 (state organs; CLUENER's government label).
void armed_forces(Document& doc) {
  const auto& t = doc.text;
  static constexpr std::u32string_view kShort = U"美日德俄英法印韩苏盟";
  static constexpr std::u32string_view kForces[] = {
      U"海上自卫队", U"陆上自卫队", U"航空自卫队", U"自卫队", U"海军陆战队", U"海军", U"空军", U"陆军", U"军方"};
  auto in_title = [&](std::uint32_t pos) {
    for (std::uint32_t k = pos, n = 0; k > 0 && n < 40; --k, ++n) {
      if (t[k - 1] == U'》' || t[k - 1] == '\n') return false;
      if (t[k - 1] == U'《') return true;
    }
    return false;
  };
  for (std::size_t at = find_char(t, U'军', 1); at != std::u32string_view::npos; at = find_char(t, U'军', at + 1))
    if (const auto i = static_cast<std::uint32_t>(at - 1);
        kShort.find(t[i]) != std::u32string_view::npos &&
        (i == 0 || !utf8::is_han(t[i - 1]) || has_char(U"、和与及被对向在的将让", t[i - 1])) && !in_title(i))
      doc.candidates.push_back(
          shaped_candidate(doc, i, i + 2, EntityType::GovernmentBody, "government-armed-forces", 0.6, 1));
  static constexpr std::u32string_view kCountries[] = {U"美国",   U"日本", U"英国", U"法国", U"德国",
                                                       U"俄罗斯", U"印度", U"韩国", U"朝鲜"};
  for (auto country : kCountries)
    for (std::size_t pos = find_in_text(t, country); pos != std::u32string_view::npos;
         pos = find_in_text(t, country, pos + 1)) {
      const auto b = static_cast<std::uint32_t>(pos), p = b + static_cast<std::uint32_t>(country.size());
      if (in_title(b)) continue;
      for (auto f : kForces)
        if (doc.at(p, f)) {
          doc.candidates.push_back(shaped_candidate(doc, b, p + static_cast<std::uint32_t>(f.size()),
                                                    EntityType::GovernmentBody, "government-armed-forces", 0.6, 2));
          break;
        }
    }
}

}  // namespace

void find_government(Document& doc) {
  anchored_known_bodies(doc);
  armed_forces(doc);
  const auto& t = doc.text;
  const auto n = static_cast<std::uint32_t>(t.size());
  // Computed on first use: most articles have no organ named by a level word.
  std::optional<std::vector<ItemPlaces>> item_places_cache;
  auto item_places = [&]() -> const std::vector<ItemPlaces>& {
    if (!item_places_cache) item_places_cache = places_by_item(doc);
    return *item_places_cache;
  };
  static const CharSet kLastChars{U"府厅室办会委部局署院司"};
  for (std::uint32_t end = 1; end <= n; ++end) {
    if (!kLastChars(t[end - 1])) continue;
    const std::u32string_view organ = organ_ending_at(t, end);
    if (organ.empty()) continue;
    const std::uint32_t organ_begin = end - static_cast<std::uint32_t>(organ.size());
    const std::uint32_t min_start = doc.sentence_of(organ_begin).begin;
    // "…管理局党委书记": the party committee of a bureau is part of a title.
    if ((organ == U"党委" || organ == U"党组") && doc.at(end, U"书记") && organ_begin > 0 &&
        has_char(U"局厅委办部院", t[organ_begin - 1]))
      continue;
    const std::uint32_t b = anchor_start(doc, organ_begin, min_start);
    // Not an organ of an association or a company (…协会红木专业委员会), nor a kind (相关部门).
    if (b != UINT32_MAX &&
        contains_any(t.substr(b, organ_begin - b), {U"协会", U"学会", U"商会", U"联盟", U"大学", U"学院", U"公司",
                                                    U"集团", U"银行", U"相关", U"有关", U"各"}))
      continue;
    if (b != UINT32_MAX && end - b > organ.size() && !contains_cut_word(t.substr(b, organ_begin - b))) {
      add_body(doc, b, end, organ);
      continue;
    }
    // A level word and an organ type: 市住建委 is the item's city's 住建委.
    bool typed = false;
    for (auto ot : kOrganTypes) {
      if (end < ot.size() + 1 || t.substr(end - ot.size(), ot.size()) != ot) continue;
      std::uint32_t lb = end - static_cast<std::uint32_t>(ot.size()) - 1;
      const char32_t lv = t[lb];
      // 自治区 is a province's level word.
      const bool region_level = lv == U'区' && lb >= 2 && t.substr(lb - 2, 2) == U"自治";
      if (region_level) lb -= 2;
      if (!has_char(U"省市区县", lv) ||
          (lb > 0 && utf8::is_han(t[lb - 1]) && !has_char(U"、和与及的在向从由经", t[lb - 1])))
        break;
      const auto& ip = item_places()[static_cast<std::size_t>(doc.item_at(lb))];
      const int level = lv == U'省' || region_level ? 0 : lv == U'市' ? 1 : 2;
      Candidate c;
      c.begin = lb;
      c.end = end;
      c.type = EntityType::GovernmentBody;
      c.name = name_key(doc.span(lb, end));
      if (const Division* d = ip.code[level].empty() ? nullptr : doc.kb.gazetteer().by_code(ip.code[level])) {
        c.aliases.push_back(c.name);
        c.name = d->name + utf8::encode(ot);
        c.name_places.push_back({d->type, d->code});
        if (std::string full = official_organ_name(utf8::decode(c.name)); !full.empty()) {
          c.aliases.push_back(c.name);
          c.name = std::move(full);
        }
      }
      c.key = c.name;
      c.confidence = 0.7;
      c.priority = 2;
      c.rule = "government-level-organ";
      doc.candidates.push_back(std::move(c));
      typed = true;
      break;
    }
    if (typed) continue;
    // Bare level words: 省政府, 市委 …
    for (const auto& lw : kLevelWords) {
      if (end < lw.word.size() || t.substr(end - lw.word.size(), lw.word.size()) != lw.word) continue;
      const std::uint32_t wb = end - static_cast<std::uint32_t>(lw.word.size());
      if (wb > 0 && has_char(U"城超都门夜", t[wb - 1])) break;
      const auto& ip = item_places()[static_cast<std::size_t>(doc.item_at(wb))];
      const int level = lw.level == EntityType::Province ? 0 : lw.level == EntityType::City ? 1 : 2;
      if (ip.code[level].empty()) break;
      const Division* d = doc.kb.gazetteer().by_code(ip.code[level]);
      if (!d) break;
      Candidate c;
      c.begin = wb;
      c.end = end;
      c.type = EntityType::GovernmentBody;
      c.name = d->name + utf8::encode(lw.organ);
      c.key = c.name;
      c.confidence = 0.75;
      c.priority = 2;
      c.rule = "government-level-word";
      c.name_places.push_back({d->type, d->code});
      if (lw.organ == U"人民政府") c.aliases.push_back(d->name + "政府");
      doc.candidates.push_back(std::move(c));
      break;
    }
  }
}

}  // namespace ckg
