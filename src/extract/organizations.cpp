// Organisations found from their shape: companies (legal and group
// suffixes, lists such as "A、B等一批…企业", appositions "X是一家…", a business
// title after the name), funds (…产业投资基金, …引导基金), universities and
// institutes; plus the well-known organisations of the lexicon. Zones and
// government organs have their own files (zones.cpp, government.cpp).
#include <algorithm>
#include <optional>

#include "extract/org_shapes.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Words that join an earlier name to the next (…协会联合嘉兴职业技术学院, …还与B大学).
constexpr std::initializer_list<std::u32string_view> kJoiningWords = {
    U"合作建设", U"联合", U"携手", U"共同", U"共建", U"组建", U"还", U"并", U"也", U"与", U"和", U"及", U"同"};

// True if the words in [b, e) join two names instead of naming one (与, 和, 联合…).
bool opens_with_joining_word(std::u32string_view t, std::uint32_t b, std::uint32_t e) {
  const std::u32string_view gap = t.substr(b, e - b);
  for (char32_t c : gap)
    if (is_enumeration_sep(c) || c == U'同') return true;
  return starts_with_any(gap, kJoiningWords) || gap.starts_with(U"牵头");
}

const Candidate* any_name_covering(const Document& doc, std::uint32_t b, std::uint32_t e) {
  return doc.longest_starting_at(b, [&](const Candidate& c) { return c.end == e; });
}

// Links a shape-built company to a lexicon entry through its short forms (深圳欣旺达股份 -> 欣旺达).
void link_to_lexicon(const Document& doc, Candidate& c) {
  for (const auto& s : c.merge_names) {
    const OrgEntry* o = doc.kb.lexicon().organization(s);
    if (!o || o->type != c.type) continue;
    c.aliases.push_back(c.name);
    c.name = o->name;
    c.key = name_key(o->name);
    c.from_lexicon = true;
    return;
  }
}

void add_company(Document& doc, std::uint32_t b, std::uint32_t e, const char* rule, double conf, int priority) {
  Candidate c = shaped_candidate(doc, b, e, EntityType::Company, rule, conf, priority);
  c.merge_names = company_short_forms(doc, c.begin, e);
  link_to_lexicon(doc, c);
  doc.candidates.push_back(std::move(c));
}

void company_by_suffix(Document& doc, const Matcher::Match& h, const Trigger& tr) {
  const auto& t = doc.text;
  // 集团/控股/股份/公司 must end the name: not 股份制, 控股股东, 集团化, 公司制.
  if (h.end < t.size()) {
    static constexpr std::u32string_view kContinue = U"有公股制子权内下旗化军式企";
    if (tr.suffix.size() <= 2 && kContinue.find(t[h.end]) != std::u32string_view::npos) return;
  }
  const std::uint32_t min_start = doc.sentence_of(h.begin).begin;
  // "博海传动(长沙)有限公司": a city in brackets before the legal form belongs to the name.
  std::uint32_t scanned = scan_name_start(t, h.begin, static_cast<std::uint32_t>(tr.max_core), min_start);
  // So does one inside the name (常石集团(舟山)造船有限公司).
  if ((scanned == h.begin || (scanned > min_start && t[scanned - 1] == ')')) &&
      tr.suffix.find(U"有限") != std::u32string_view::npos)
    scanned = extend_over_brackets(doc, scanned, min_start, static_cast<std::uint32_t>(tr.max_core));
  std::uint32_t start = clear_name_start(doc, scanned, h.begin, min_start);
  // "电子产品企业越通电子科技有限公司": a description ending in 企业 comes before the name
  // (not 企业管理/企业服务…, which are names' own words).
  for (std::uint32_t k = h.begin; k >= start + 2; --k)
    if (t[k - 2] == U'企' && t[k - 1] == U'业') {
      // (A brand of two before 股份 or 集团 is a name too: 光伏银浆企业帝科股份.)
      const std::uint32_t min_core = tr.suffix == U"股份" || tr.suffix == U"集团" ? 2 : 4;
      if (h.begin - k >= min_core && !starts_with_any(t.substr(k), {U"管理", U"服务", U"集团", U"发展", U"家"}))
        start = k;
      break;
    }
  // "正极材料有合肥华锂新材料有限公司": a sector and 有 before the name (a chain map's entries).
  for (std::uint32_t k = start + 2; k + 4 <= h.begin; ++k)
    if (t[k] == U'有' && doc.longest_ending_at(
                             k, [&](const Candidate& c) { return c.type == EntityType::Sector && c.begin >= start; })) {
      start = k + 1;
      break;
    }
  // A role comes before the name: one ending in 商 or 方 ("笔记本电脑制造商重庆联拓电脑制造有限公司",
  // "码头运营方北部湾港股份有限公司"), or a leading firm's before a place that opens the name
  // ("集群龙头东营华岳轮胎有限公司").
  struct Role {
    std::u32string_view word;
    bool place_after;
  };
  for (const Role role :
       {Role{U"制造商", false}, Role{U"供应商", false}, Role{U"运营商", false}, Role{U"服务商", false},
        Role{U"开发商", false}, Role{U"经销商", false}, Role{U"厂商", false}, Role{U"运营方", false},
        Role{U"投资方", false}, Role{U"合作方", false}, Role{U"出资方", false}, Role{U"承建方", false},
        Role{U"建设方", false}, Role{U"龙头", true}, Role{U"链主", true}})
    if (const auto at = t.substr(start, h.begin - start).rfind(role.word); at != std::u32string_view::npos) {
      const auto e = start + static_cast<std::uint32_t>(at + role.word.size());
      bool cut = h.begin >= e + 4;
      if (role.place_after) {
        // A leader's role needs a place after it, or a sector before it (儿童用品龙头好孩子集团).
        const auto role_begin = start + static_cast<std::uint32_t>(at);
        const bool placed = doc.longest_starting_at(e, [](const Candidate& c) { return is_place(c.type); });
        const bool after_sector =
            doc.longest_ending_at(role_begin, [](const Candidate& c) { return c.type == EntityType::Sector; });
        cut = (cut && placed) || (h.begin >= e + 2 && after_sector);
      }
      if (cut) start = e;
    }
  if (h.begin < start + 2) return;
  // A known company that ends here (渣打银行) is the name; the suffix adds nothing.
  if (doc.longest_ending_at(h.end, [&](const Candidate& c) { return c.from_lexicon && c.type == EntityType::Company; }))
    return;
  const std::uint32_t proper = place_chain_end(doc, start, h.begin);
  std::u32string_view core = t.substr(proper, h.begin - proper);
  const bool legal_form = tr.suffix.find(U"有限") != std::u32string_view::npos || tr.suffix == U"株式会社";
  // A place's state-owned investor (西安投资控股有限公司, 广西投资集团, 合肥市产业投资控股(集团)有限公司):
  // a kind word after a place, with a legal form or as a group, is a name.
  const bool state_investor = proper > start && (legal_form || tr.suffix == U"集团") &&
                              starts_with_any(core, {U"投资", U"产业", U"国有资本", U"城市建设投资", U"金融控股",
                                                     U"发展投资", U"建设投资", U"国有资产"});
  if (is_generic_core(t.substr(start, h.begin - start)) ||
      (proper > start && !core.empty() && is_generic_core(core) && !state_investor))
    return;
  // A demonstrative and a classifier before it: 这家新兴科技公司 is no name (家乐福 still is).
  if (start > 0 && !core.empty() && has_char(U"这那该此每某哪各", t[start - 1]) && has_char(U"家个些类种", core[0]))
    return;
  // Counted or vague: 三家银行, 某银行, 两家公司.
  // (A numeral that counts nothing stays: 四维光学科技有限公司, 三环集团.)
  auto counted = [&] {
    std::size_t k = 0;
    while (k < core.size() && (utf8::is_ascii_digit(core[k]) || has_char(U"一二两三四五六七八九十百千几", core[k])))
      ++k;
    return k > 0 && (k == core.size() || has_char(U"家个只项批支所座类种些大", core[k]));
  };
  // (数/多/几 count only before a classifier: 数家企业, 多个公司; 数澜科技, 多氟多 are names.)
  const bool vague_count = !core.empty() && has_char(U"几数多", core[0]) &&
                           (core.size() == 1 || has_char(U"家个只项批支所座类种些十百千", core[1]));
  // (本 opens 本市, 本地, 本公司 but also a brand: 本源量子, 本钢.)
  if (!core.empty() && (has_char(U"某各该这那其", core[0]) || opens_with_ben_word(core) || vague_count || counted() ||
                        (core.size() == 1 && has_char(U"家些类种所某", core.back()))))
    return;
  // A count or a date inside is no name: 沪深两市共有27家上市公司, 到2027年公司营收.
  for (std::size_t k = 1; k < core.size(); ++k)
    if (utf8::is_ascii_digit(core[k - 1]) && (core[k] == U'家' || (core[k] == U'年' && k + 1 == core.size()))) return;
  // Banks, brokers, trusts and developers have short names ([place]星展银行, 链家地产).
  if (tr.max_core <= 12 && !legal_form && tr.suffix != U"集团" && tr.suffix != U"公司" &&
      core.size() > (proper > start ? 6u : 4u))
    return;
  // [city]银行 is a bank's name (厦门银行); other suffixes need a name part after the place.
  // (So is a city's port group: 广州港集团有限公司.)
  if (proper > start && core.size() < 2 && !(tr.suffix == U"银行" && core.empty()) &&
      !(core == U"港" && (legal_form || tr.suffix == U"集团")))
    return;
  // Kinds of companies, not names: 科技公司, 开发公司, 商业银行, 房地产.
  static constexpr std::u32string_view kKinds[] = {
      U"子",   U"母",   U"分",   U"总",     U"该",     U"上市", U"科技", U"投资", U"开发", U"网络", U"贸易",
      U"物流", U"咨询", U"服务", U"管理",   U"游戏",   U"软件", U"运营", U"制作", U"发行", U"传媒", U"广告",
      U"商业", U"零售", U"外资", U"中资",   U"城市",   U"农村", U"地方", U"民营", U"网上", U"直销", U"发卡",
      U"托管", U"合作", U"代理", U"国内",   U"国外",   U"境外", U"海外", U"房",   U"各",   U"多",   U"其他",
      U"有的", U"知名", U"保险", U"证券",   U"基金",   U"信托", U"中小", U"大型", U"国有", U"私人", U"全球",
      U"外国", U"本地", U"当地", U"股份制", U"政策性", U"合资"};
  // A short name ending in a kind (该科技公司, 某投资公司) is a kind too, unless the
  // suffix is a legal form (蓝海科技有限公司, 星河电子有限公司 are names).
  for (auto k : kKinds)
    if ((core == k && !state_investor) || (!legal_form && proper == start && core.size() <= 4 && core.ends_with(k)))
      return;
  if (proper == start && core.size() < 2) return;
  // "由公司全资子公司X": the parent's subsidiary, not a name.
  if (!legal_form && (core.ends_with(U"全资子") || core.ends_with(U"控股子"))) return;
  if (tr.suffix == U"集团" && starts_with_any(core, {U"夺冠", U"领先", U"第一", U"第二", U"第三", U"领跑"})) return;
  add_company(doc, start, h.end, "company-suffix", 0.8, 2);
}

void fund_by_suffix(Document& doc, const Matcher::Match& h) {
  const auto& t = doc.text;
  if (h.end < t.size() && has_char(U"预会金管", t[h.end])) return;  // 基金预算, 基金会, 基金管理
  const std::uint32_t min_start = doc.sentence_of(h.begin).begin;
  std::uint32_t start = clear_name_start(doc, scan_name_start(t, h.begin, 18, min_start), h.begin, min_start);
  // A verb or two before a place (研究武汉产业基金): the name starts at the place, unless
  // one starts at the name already (太和县|和县: not the county inside another).
  const bool place_first =
      doc.longest_starting_at(start, [](const Candidate& c) { return is_place(c.type) && c.place; });
  for (std::uint32_t k = start + 1; !place_first && k < start + 5 && k < h.begin; ++k)
    if (doc.longest_starting_at(k, [](const Candidate& c) { return is_place(c.type) && c.place; })) {
      start = k;
      break;
    }
  start = start_over_joined_fields(doc, start, min_start);  // 长安氢能与新能源汽车产业投资基金
  if (h.begin < start + 2) return;
  // "一链一基金", "自治区基金": a slogan or a bare level of government names no fund.
  {
    const std::u32string_view raw = t.substr(start, h.begin - start);
    if ((raw.size() >= 3 && raw[raw.size() - 3] == U'一' && raw.back() == U'一') || raw.ends_with(U"亿级") ||
        raw.find(U"批") != std::u32string_view::npos || raw == U"自治区" || raw == U"省级" || raw == U"市级" ||
        raw == U"县级")
      return;
  }
  // "…集团有限公司管理基金", "共同设立基金": 基金 is what a verb acts on, not the end of a name.
  if (ends_with_any(t.substr(start, h.begin - start),
                    {U"管理", U"运营", U"设立", U"发起", U"出资", U"募集", U"组建", U"共设", U"合设"}))
    return;
  // The proper part: without leading places and the fund-type words.
  const std::uint32_t core_b = place_chain_end(doc, start, h.begin);
  std::u32string core(t.substr(core_b, h.begin - core_b));
  for (bool changed = true; changed;) {
    changed = false;
    // 母/子 only right before 基金 (产业母基金), not inside the name (光子产业基金).
    if (core.size() > 1 && (core.back() == U'母' || core.back() == U'子') && core.size() == h.begin - core_b) {
      core.pop_back();
      changed = true;
      continue;
    }
    for (std::u32string_view w : {U"产业投资", U"股权投资", U"创业投资", U"风险投资", U"投资", U"产业", U"引导",
                                  U"发展", U"专项", U"天使", U"创新", U"政府"}) {
      if (core.size() > w.size() && std::u32string_view(core).substr(core.size() - w.size()) == w) {
        core.resize(core.size() - w.size());
        changed = true;
        break;
      }
    }
  }
  // "宜宾市产业发展投资引导基金": a place and four or more characters of kind words name the place's fund
  // ("武汉产业基金" stays a kind).
  const bool placed_kind = core_b > start && h.begin - core_b >= 4 && (core.size() < 2 || is_generic_core(core));
  if (!placed_kind && (core.size() < 2 || is_generic_core(core))) return;
  if (utf8::is_ascii_digit(t[start]) || t[start] == U'到') return;  // a sum (50亿元产业基金) or a date
  Candidate c = shaped_candidate(doc, start, h.end, EntityType::Fund, "fund-suffix", 0.85, 2);
  c.keeps_sectors = true;  // what it invests in (新能源汽车产业母基金): its inSector
  // Short form: proper part + 基金 (江城产业投资基金 -> 江城基金).
  const std::string short_form = utf8::encode(core) + "基金";
  if (!placed_kind && short_form != c.name) {
    c.aliases.push_back(short_form);
    c.merge_names.push_back(short_form);
  }
  doc.candidates.push_back(std::move(c));
}

// True if the name starting at `start` follows the verb of two named bodies building it:
// "…共建的", "…共同组建的", "依托A建设的", or the verb itself (合作建设, 共建) right before it.
bool built_by_named_bodies(const Document& doc, std::uint32_t start) {
  std::uint32_t at = start;
  if (at > 0 && doc.text[at - 1] == U'“') --at;
  for (std::u32string_view verb : {U"共建", U"组建", U"合作建设", U"联合建设"})
    if (doc.before(at, verb)) return true;
  if (!doc.before(at, U"的")) return false;
  --at;
  for (std::u32string_view verb : {U"共建", U"组建", U"建设", U"设立", U"成立"})
    if (doc.before(at, verb)) return true;
  return false;
}

void institution_by_suffix(Document& doc, const Matcher::Match& h, const Trigger& tr) {
  const auto& t = doc.text;
  const bool weak = weak_institution_suffix(tr.suffix);
  if (in_project_name(tr, t.substr(h.end))) return;
  const std::uint32_t min_start = doc.sentence_of(h.begin).begin;
  // (A known firm before the name, 以岭药业共建…研究院: the name starts after it.)
  std::uint32_t start = clear_name_start(
      doc, scan_name_start(t, h.begin, static_cast<std::uint32_t>(tr.max_core), min_start), h.begin, min_start);
  start = extend_over_dashed_places(doc, start, min_start);
  // Cut after an earlier institution name unless a place follows it
  // (清华大学深圳国际研究生院 stays whole, 中国工程院中国… does not).
  auto it = std::lower_bound(doc.hits.begin(), doc.hits.end(), start + 1,
                             [](const Matcher::Match& m, std::uint32_t p) { return m.end < p; });
  for (; it != doc.hits.end() && it->end < h.begin; ++it) {
    for (const auto& p : doc.kb.payloads(it->pattern, HitKind::Trigger)) {
      const Trigger& earlier = triggers()[static_cast<std::size_t>(p.index)];
      if (earlier.family != TriggerFamily::Institution || weak_institution_suffix(earlier.suffix)) continue;
      // An academy's institute keeps the academy (中国科学院赣江创新研究院), a university its
      // hospital or school (四川大学华西医院).
      if (doc.before(it->end, U"科学院")) continue;
      if (doc.before(it->end, U"大学") && h.begin - it->end <= 4 &&
          (tr.suffix == U"医院" || tr.suffix == U"学院" || tr.suffix == U"研究生院"))
        continue;
      // …, and its centre, laboratory or institute named right after it (湖南大学工程机械概念验证中心,
      // 郑州大学智能终端研究院), unless a verb comes between (浙江大学牵头组建…研究院).
      if (doc.before(it->end, U"大学") &&
          ((h.begin - it->end <= 8 && (tr.suffix.ends_with(U"中心") || tr.suffix == U"实验室")) ||
           (h.begin - it->end <= 14 && tr.suffix == U"研究院" &&
            !contains_any(t.substr(it->end, h.begin - it->end), {U"建", U"组", U"设", U"牵头", U"发起"}))) &&
          !opens_with_joining_word(t, it->end, h.begin))
        continue;
      if (!doc.longest_starting_at(it->end, is_place_candidate)) start = it->end;
    }
  }
  start = start_over_joined_fields(doc, start, min_start);  // 舟山船舶与海洋工程研究院
  // After an earlier name, the words that join the two (…协会联合嘉兴职业技术学院, …还与B大学).
  for (bool trimmed = true; trimmed && h.begin >= start + 4;) {
    trimmed = false;
    // A place or a known name starts here (和林格尔县…, 同济大学): nothing to trim.
    if (doc.longest_starting_at(start, [](const Candidate& c) { return is_place(c.type) || c.from_lexicon; })) break;
    for (std::u32string_view w : kJoiningWords)
      if (doc.at(start, w)) {
        start += static_cast<std::uint32_t>(w.size());
        trimmed = true;
        break;
      }
  }
  // The verb of the bodies building it ends what came before (尖草坪区共建太原高温合金中试平台);
  // an institute's name may hold 建设 (城乡建设研究院).
  if (weak || tr.suffix == U"实验室" || tr.suffix == U"研究院")
    for (std::u32string_view verb : {U"共建", U"建设"})
      if (const auto at = t.substr(start, h.begin - start).rfind(verb);
          at != std::u32string_view::npos && !(verb == U"建设" && tr.suffix == U"研究院"))
        start += static_cast<std::uint32_t>(at + verb.size());
  if (h.begin < start + 2) return;
  const std::u32string_view core = t.substr(start, h.begin - start);
  // Named as the thing two bodies build (A与B共建的智能船舶联合实验室, 合作建设光健康联合实验室):
  // a name, even when it is only a field (新型电力系统装备联合实验室).
  const bool built = core.size() >= 3 && built_by_named_bodies(doc, start);
  if (is_generic_core(core) && !(built && core.size() >= 4 && starts_with_any(core, {U"新型", U"中试"}))) return;
  if (built) {
    doc.candidates.push_back(shaped_candidate(doc, start, h.end, EntityType::Institution, "institution-built", 0.8, 2));
    return;
  }
  // A bare sector or place-less field + 研究院 is generic (人工智能研究院).
  if (doc.kb.lexicon().sector(utf8::encode(core)) != nullptr) return;
  // Centres and laboratories need a proper name before them: a place, a known
  // body, 国家/中国, or Latin letters (金融数据实验室 and 数字化创新中心 are kinds).
  if (tr.suffix == U"实验室" || tr.suffix == U"研究中心" || tr.suffix == U"创新中心" || weak) {
    // (After a weak suffix a known sector is no proper part: 检验检测中心.)
    const bool proper = doc.longest_starting_at(start,
                                                [weak](const Candidate& c) {
                                                  return is_place(c.type) ||
                                                         (c.from_lexicon && !(weak && c.type == EntityType::Sector));
                                                }) != nullptr ||
                        starts_with_any(core, {U"国家", U"中国", U"省"}) || utf8::is_ascii_alpha(core[0]);
    if (!proper) return;
  }
  if (tr.suffix == U"协会" || tr.suffix == U"联盟" || tr.suffix == U"学会" || tr.suffix == U"商会" ||
      tr.suffix == U"促进会" || tr.suffix == U"联合会" || tr.suffix == U"联合体") {
    if (core.size() < 3) return;
  }
  doc.candidates.push_back(shaped_candidate(doc, start, h.end, EntityType::Institution, "institution-suffix", 0.8, 2));
}

// A name-shaped span ending at `end`: name characters, 2..max long, not generic.
std::uint32_t plain_name_start(const Document& doc, std::uint32_t end, std::uint32_t max, std::uint32_t min_start) {
  const std::uint32_t b = scan_name_start(doc.text, end, max, min_start);
  if (end < b + 2 || is_generic_core(doc.text.substr(b, end - b))) return UINT32_MAX;
  for (char32_t c : doc.text.substr(b, end - b))
    if (!is_name_char(c)) return UINT32_MAX;
  return b;
}

bool known_other_thing(const Document& doc, std::uint32_t b, std::uint32_t e) {
  const Candidate* c = any_name_covering(doc, b, e);
  if (c) return true;
  // A span made of a place and a sector only (江西储能) is not a company.
  const std::uint32_t p = place_chain_end(doc, b, e);
  if (p == e) return true;
  const Candidate* s = doc.longest_starting_at(p, is_sector_candidate);
  return s && s->end == e;
}

// "A、B、C等(一批|多家)…企业" (or 药企, 车企): each listed name is a company.
void companies_in_lists(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t at = find_char(t, U'等', 2); at != std::u32string_view::npos && at + 2 < t.size();
       at = find_char(t, U'等', at + 1)) {
    const auto i = static_cast<std::uint32_t>(at);
    const std::uint32_t ce = doc.clause_end(i);
    const std::u32string_view tail = t.substr(i + 1, std::min<std::uint32_t>(ce, i + 18) - i - 1);
    const auto pos = tail.find(U'企');  // 企业, 药企, 车企
    if (pos == std::u32string_view::npos || tail.substr(0, pos).find(U'等') != std::u32string_view::npos) continue;
    if (tail.substr(0, pos).find(U"的") != std::u32string_view::npos) continue;
    // 金融科技、数据服务等领域企业: a list of fields, not of companies.
    if (contains_any(tail.substr(0, pos), {U"领域", U"行业", U"产业", U"方向", U"环节", U"类"})) continue;
    // 要素保障、绿色低碳改造等方面给予集群企业…: matters, and the firms are another verb's object.
    if (contains_any(tail.substr(0, pos), {U"方面", U"给予", U"支持", U"帮助", U"服务", U"措施"})) continue;
    const std::uint32_t cb = doc.clause_begin(i);
    std::uint32_t end = i;
    for (int guard = 0; guard < 12 && end > cb; ++guard) {
      const std::uint32_t b = plain_name_start(doc, end, 16, cb);
      if (b == UINT32_MAX) break;
      // A product or an industry (叶片、塔筒等配套企业, 医药冷链物流) is no company.
      const bool sector_like =
          doc.longest_starting_at(b, [&](const Candidate& c) { return is_sector_candidate(c) && c.end - b >= 2; }) ||
          doc.longest_ending_at(end, [&](const Candidate& c) { return is_sector_candidate(c) && end - c.begin >= 2; });
      // "公司产品主要供应宁德时代、比亚迪等": a firm already found ends the item and is its name
      // (unless only places come before it: 武汉华星光电).
      const Candidate* firm = doc.longest_ending_at(end, [&](const Candidate& c) {
        return c.type == EntityType::Company && c.begin > b && c.end - c.begin >= 2;
      });
      const bool firm_ends = firm && place_chain_end(doc, b, firm->begin) < firm->begin;
      // Two characters make a name only when the lexicon knows it (叶片, 塔筒 are products).
      if (!known_other_thing(doc, b, end) && !sector_like && !firm_ends && end - b >= 3)
        add_company(doc, b, end, "company-list", 0.7, 1);
      if (b == 0 || !(t[b - 1] == U'、' || t[b - 1] == U'和' || t[b - 1] == U'及')) break;
      end = b - 1;
    }
  }
}

// "X是一家…企业/公司/提供商" (X opens its clause) and "X(联席)?总裁Y".
void companies_by_context(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t at = find_in_text(t, U"是一家", 2); at != std::u32string_view::npos && at + 3 < t.size();
       at = find_in_text(t, U"是一家", at + 1)) {
    const auto i = static_cast<std::uint32_t>(at);
    const std::uint32_t b = doc.clause_begin(i);
    if (i - b >= 2 && i - b <= 10 && !known_other_thing(doc, b, i) && plain_name_start(doc, i, 10, b) == b)
      add_company(doc, b, i, "company-apposition", 0.75, 1);
  }
  static constexpr std::u32string_view kTitles[] = {U"联席总裁", U"董事长",     U"总经理", U"副总裁",
                                                    U"总裁",     U"首席执行官", U"创始人"};
  for (auto title : kTitles) {
    for (std::size_t pos = find_in_text(t, title); pos != std::u32string_view::npos;
         pos = find_in_text(t, title, pos + 1)) {
      auto e = static_cast<std::uint32_t>(pos);
      for (std::u32string_view mod : {U"联席", U"执行", U"常务", U"副"})
        if (doc.before(e, mod)) e -= static_cast<std::uint32_t>(mod.size());
      if (doc.before(e, U"兼")) continue;  // 董事长兼总经理: the firm is read before the first title
      const std::uint32_t cb = doc.clause_begin(e);
      const std::uint32_t b = plain_name_start(doc, e, 10, cb);
      if (b == UINT32_MAX || known_other_thing(doc, b, e)) continue;
      if (doc.longest_ending_at(e, [](const Candidate& c) { return c.end > 0; })) continue;
      // "克莱默汽车技术集团中国区总裁": a named firm and its branch, not a name cut at ten.
      bool firm_inside = false;
      doc.candidates_in(b > 12 ? b - 12 : 0, e, [&](const Candidate& c) {
        if (c.type == EntityType::Company && c.end > b && c.end < e) firm_inside = true;
      });
      if (firm_inside) continue;
      // "公司董事长", "合资公司总经理": the firm of the article, not a name.
      if (const auto name = t.substr(b, e - b); name == U"集团" || (name.ends_with(U"公司") && name.size() <= 4))
        continue;
      add_company(doc, b, e, "company-title", 0.7, 1);
    }
  }
  // "以株洲中车时代半导体为龙头": the one name between 以 and a leader's role word is a firm.
  for (std::u32string_view role : {U"为龙头", U"为链主"})
    for (std::size_t pos = find_in_text(t, role); pos != std::u32string_view::npos;
         pos = find_in_text(t, role, pos + 1)) {
      const auto e = static_cast<std::uint32_t>(pos);
      const std::uint32_t cb = doc.clause_begin(e);
      const auto yi = t.substr(cb, e - cb).rfind(U'以');
      if (yi == std::u32string_view::npos) continue;
      const std::uint32_t b = cb + static_cast<std::uint32_t>(yi) + 1;
      if (e - b < 4 || e - b > 12) continue;
      bool plain = true;
      for (std::uint32_t k = b; k < e; ++k) plain = plain && is_name_char(t[k]) && !has_char(U"、和及与等的", t[k]);
      const std::u32string_view name = t.substr(b, e - b);
      if (!plain || is_generic_core(name) || known_other_thing(doc, b, e) ||
          contains_any(name, {U"企业", U"产业", U"集群", U"项目", U"平台", U"基地", U"园区"}))
        continue;
      add_company(doc, b, e, "company-leader", 0.65, 1);
    }
  // 与X合作 / 与X签约
  for (AnyOf at(t, U"与同"); at.pos() < t.size() && at.pos() + 4 < t.size(); at.next()) {
    const auto i = static_cast<std::uint32_t>(at.pos());
    // The words looked for start with 合 or 签 within the next twelve characters.
    {
      const std::u32string_view ahead = t.substr(i + 1, 12);
      if (ahead.find(U'合') == std::u32string_view::npos && ahead.find(U'签') == std::u32string_view::npos) continue;
    }
    std::uint32_t e = i + 1;
    while (e < t.size() && e - i <= 11 && is_name_char(t[e]) && !doc.at(e, U"合作") && !doc.at(e, U"签约") &&
           !doc.at(e, U"签署"))
      ++e;
    if (!(doc.at(e, U"合作") || doc.at(e, U"签约") || doc.at(e, U"签署"))) continue;
    const std::uint32_t b = i + 1;
    // "与X开展(配套)合作", "与X深化战略合作": the partner ends before the words on the cooperation.
    for (std::uint32_t k = b + 2; k + 1 < e; ++k)
      if (starts_with_any(t.substr(k, e - k), {U"开展", U"进行", U"深化", U"加强", U"展开", U"达成", U"建立", U"配套",
                                               U"全面", U"深度", U"战略", U"紧密", U"广泛", U"密切", U"长期"})) {
        e = k;
        break;
      }
    if (find_in_text(t.substr(b, e - b), U"项目") != std::u32string_view::npos) continue;
    if (e < b + 2 || is_generic_core(t.substr(b, e - b)) || known_other_thing(doc, b, e)) continue;
    if (doc.longest_starting_at(b, [&](const Candidate& c) { return c.end > b; }))
      continue;  // a known name starts there
    add_company(doc, b, e, "company-partner", 0.6, 1);
  }
}

// Branches: 交通银行深圳分行, 麦肯锡香港分公司 (a company, a place, a branch word).
void company_branches(Document& doc) {
  const auto& t = doc.text;
  std::vector<Candidate> found;
  for (const auto& c : doc.candidates) {
    if (c.type != EntityType::Company) continue;
    std::uint32_t p =
        place_chain_end(doc, c.end, std::min<std::uint32_t>(static_cast<std::uint32_t>(t.size()), c.end + 12));
    for (std::u32string_view w : {U"分公司", U"子公司", U"分行", U"支行"})
      if (doc.at(p, w)) {
        Candidate b = shaped_candidate(doc, c.begin, p + static_cast<std::uint32_t>(w.size()), EntityType::Company,
                                       "company-branch", 0.75, 2);
        found.push_back(std::move(b));
        break;
      }
  }
  for (auto& b : found) doc.candidates.push_back(std::move(b));
}

// News sites: 人民网, 天涯网 (two or three characters + 网) reporting or named as a source.
void media_sites(Document& doc) {
  const auto& t = doc.text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> filing_sites;
  for (std::size_t at = find_char(t, U'网', 2); at != std::u32string_view::npos && at < t.size();
       at = find_char(t, U'网', at + 1)) {
    const auto i = static_cast<std::uint32_t>(at);
    const std::uint32_t e = i + 1;
    const bool reports = e >= t.size() || utf8::is_ascii_digit(t[e]) ||
                         starts_with_any(t.substr(e, 3), {U"报道", U"消息", U"推出", U"获悉", U"发布", U"记者", U"日电",
                                                          U"援引", U"称"});
    // "来源:" before a site's name of two or three characters: where it starts, if it is there.
    std::optional<std::uint32_t> source_line;
    for (std::uint32_t len : {2u, 3u})
      if (i >= len + 3 && doc.before(i - len, U"来源:")) source_line = i - len - 3;
    const bool source = (i >= 4 && (doc.before(i - 2, U"据") || doc.before(i - 3, U"据"))) || source_line;
    // "云南网讯（记者…）", "东南网9月3日讯", "云南网昆明7月3日讯": the site that files the story is its
    // source, not an actor in it; so is the source line that heads a page ("来源：云南网"). Nor is a
    // name inside the site's (南网 in 云南网).
    std::uint32_t q = e;
    if (const Candidate* place = doc.longest_starting_at(q, [](const Candidate& c) { return is_place(c.type); }))
      q = place->end;
    while (q < t.size() && q - e < 12 && (utf8::is_ascii_digit(t[q]) || t[q] == U'月' || t[q] == U'日')) ++q;
    const bool files_story = doc.at(q, U"讯") || (q > e && doc.at(q, U"电")) ||
                             (source_line && (*source_line == 0 || t[*source_line - 1] == U'\n'));
    if (files_story) {
      std::uint32_t b = i;
      while (b > 0 && i - b < 3 && utf8::is_han(t[b - 1])) --b;
      filing_sites.emplace_back(b, e);
      continue;
    }
    if (!reports && !source) continue;
    for (std::uint32_t len : {3u, 2u}) {
      if (i < len) continue;
      const std::uint32_t b = i - len;
      bool han = true;
      for (std::uint32_t k = b; k < i; ++k)
        if (!utf8::is_han(t[k])) han = false;
      if (!han || has_char(U"据在由从和与", t[b]) ||
          (b > 0 && utf8::is_han(t[b - 1]) && !has_char(U"据在由从和与、", t[b - 1])))
        continue;
      if (is_generic_core(t.substr(b, len)) || doc.kb.lexicon().sector(doc.str(b, i)) ||
          starts_with_any(t.substr(b, len), {U"互联", U"物联", U"电", U"官", U"上", U"局域", U"万维"}))
        break;
      doc.candidates.push_back(shaped_candidate(doc, b, e, EntityType::Company, "company-news-site", 0.65, 1));
      break;
    }
  }
  if (filing_sites.empty()) return;
  doc.erase_candidates([&](const Candidate& c) {
    return std::any_of(filing_sites.begin(), filing_sites.end(),
                       [&](const auto& s) { return c.begin >= s.first && c.end <= s.second; });
  });
}

}  // namespace

void find_organizations(Document& doc) {
  const auto& lex = doc.kb.lexicon();
  doc.index_candidates();
  // Lexicon organisations.
  for (const auto& h : doc.hits) {
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Organization)) {
      const auto& o = lex.organizations()[static_cast<std::size_t>(p.index)];
      // 最美的一段路 is not 美的: an ordinary-word name needs a boundary or a company word after it.
      if (o.strict && h.end < doc.text.size() && utf8::is_han(doc.text[h.end]) &&
          !starts_with_any(doc.text.substr(h.end, 2),
                           {U"集团", U"公司", U"股份", U"控股", U"旗下", U"和", U"与", U"等", U"、"}))
        continue;
      if (o.strict && h.begin > 0 && has_char(U"最很更太真好绝媲完精甜唯优柔壮健秀", doc.text[h.begin - 1])) continue;
      // A Latin name is a whole word: not ABB inside ABBA, nor 3M inside 13MB.
      using utf8::is_ascii_alnum;
      if ((h.begin > 0 && is_ascii_alnum(doc.text[h.begin]) && is_ascii_alnum(doc.text[h.begin - 1])) ||
          (h.end < doc.text.size() && is_ascii_alnum(doc.text[h.end - 1]) && is_ascii_alnum(doc.text[h.end])))
        continue;
      Candidate c;
      c.begin = h.begin;
      c.end = h.end;
      c.type = o.type;
      c.name = o.name;
      c.key = name_key(o.name);
      c.confidence = 0.95;
      c.priority = 4;
      c.rule = "lexicon-organization";
      c.from_lexicon = true;
      c.keeps_places = o.type == EntityType::Zone;
      c.name_places = places_inside(doc, h.begin, h.end);
      const auto surface = doc.str(h.begin, h.end);
      if (surface != o.name) c.aliases.push_back(surface);
      doc.candidates.push_back(std::move(c));
    }
  }
  // Zones first: government organs may be anchored on them (…开发区管委会).
  doc.index_candidates();
  find_zones(doc);
  doc.index_candidates();
  find_government(doc);
  for (const auto& h : doc.hits) {
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Trigger)) {
      if (!is_longest_trigger(doc, h)) continue;
      const auto& tr = triggers()[static_cast<std::size_t>(p.index)];
      switch (tr.family) {
        case TriggerFamily::Company:
          company_by_suffix(doc, h, tr);
          break;
        case TriggerFamily::Fund:
          fund_by_suffix(doc, h);
          break;
        case TriggerFamily::Institution:
          institution_by_suffix(doc, h, tr);
          break;
        default:
          break;
      }
    }
  }
  doc.index_candidates();
  companies_in_lists(doc);
  companies_by_context(doc);
  media_sites(doc);
  doc.index_candidates();
  company_branches(doc);
}

}  // namespace ckg
