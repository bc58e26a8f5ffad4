// Named policies (《…方案》, 关于…的若干政策, “5512”产业工程), events (…招商会,
// …论坛, A仪式暨B活动), projects (…项目, “…”项目, A、B等项目, …机场, “X”建设) and
// persons (title + name, name + a verb of speech or action, bylines).
#include <algorithm>

#include "extract/cues.h"
#include "extract/numbers.h"
#include "extract/org_shapes.h"
#include "util/char_set.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

constexpr std::u32string_view kPolicyEndings[] = {
    U"方案", U"措施", U"政策", U"规划", U"意见", U"通知", U"办法",   U"计划", U"纲要",
    U"条例", U"规定", U"细则", U"指南", U"决定", U"行动", U"举措",   U"目录", U"清单",
    U"战略", U"要点", U"协议", U"名单", U"名录", U"图谱", U"路线图",
};

bool has_policy_ending(std::u32string_view s) {
  for (auto w : kPolicyEndings)
    if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) return true;
  return false;
}

// Common single-character surnames.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    U"沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    U"向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    U"毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    U"麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    U"明佘池乜鞠楼邝冼芮晁郜鄢阚邰揭眭盘";
// First characters of Tibetan, Mongolian and Uyghur given names that open a name after a
// title (次仁卓玛, 其木格, 艾尔肯·吐尔逊); such names have no surname.
constexpr std::u32string_view kMinorityStarts =
    U"次扎格多才尼旦拉达索洛德央卓顿群普阿仁强平边巴其乌那宝额图布敖哈朝斯艾热买库帕";
const CharSet kSurnameSet(kSurnames);  // one bit test per try (the list is long)
const CharSet kMinorityStartSet(kMinorityStarts);

// Words that follow a person's name.
constexpr std::u32string_view kAfterName[] = {
    U"则",  // 金丽华则把目光投向…
    U"表示",
    U"说",
    U"介绍",
    U"告诉",
    U"指出",
    U"认为",
    U"称",
    U"透露",
    U"强调",
    U"提出",
    U"发布",
    U"接受",
    U"回乡",
    U"入职",
    U"创办",
    U"一行",
    U"等人",
    U"带领",
    U"坦言",
    U"感慨",
    U"在",
    U"算了",
    U"给",
    U"指着",
    U"笑着",
    U"拿着",
    U"向记者",
    U"对记者",
    U"也",
    U"还",
    U"正在",
    U"就",
    U"主持",
    U"带队",
    U"代表",
    U"到会",
    U"任",
    U"出席",
    U"宣读",
    U"掏出",
    U"拿出",
    U"说道",
    U"回忆",
    U"报道",
    // What officials do in meeting and inspection news (…市委书记王建国参加调研).
    U"参加",
    U"陪同",
    U"通报",
    U"调研",
    U"考察",
    U"走访",
    U"会见",
    U"率队",
    U"讲话",
    U"致辞",
    U"来到",
    U"听取",
    U"深入",
};
// Words right before a person's name (besides titles).
constexpr std::u32string_view kBeforeName[] = {U"姑娘", U"小伙", U"女士", U"先生", U"村民", U"市民", U"的"};

bool han_only(std::u32string_view s) {
  for (char32_t c : s)
    if (!utf8::is_han(c)) return false;
  return !s.empty();
}

void add_item(Document& doc, std::uint32_t b, std::uint32_t e, EntityType t, const char* rule, double conf) {
  Candidate c = shaped_candidate(doc, b, e, t, rule, conf, 2);
  c.keeps_places = t != EntityType::Person;
  c.keeps_sectors = t == EntityType::Policy;
  doc.candidates.push_back(std::move(c));
}

void policies(Document& doc) {
  const auto& t = doc.text;
  const auto n = static_cast<std::uint32_t>(t.size());
  for (std::size_t at = find_char(t, U'《'); at != std::u32string_view::npos; at = find_char(t, U'《', at + 1)) {
    const auto i = static_cast<std::uint32_t>(at);
    std::uint32_t j = i + 1;
    while (j < n && t[j] != U'》' && t[j] != '\n' && j - i < 80) ++j;
    if (j >= n || t[j] != U'》' || j - i < 3) continue;
    const std::u32string_view inner = t.substr(i + 1, j - i - 1);
    // Without a trailing "(2024—2030年)".
    std::u32string_view head = inner;
    if (!head.empty() && head.back() == ')') {
      const auto open = head.rfind('(');
      if (open != std::u32string_view::npos) head = head.substr(0, open);
    }
    if (!has_policy_ending(head)) continue;
    Candidate c = shaped_candidate(doc, i + 1, j, EntityType::Policy, "policy-title", 0.9, 3);
    if (head.size() != inner.size()) c.aliases.push_back(name_key(head));
    c.keeps_places = true;
    c.keeps_sectors = true;
    doc.candidates.push_back(std::move(c));
    at = j;
  }
  // 关于…的(若干)政策/措施/意见 without brackets.
  for (std::size_t pos = find_in_text(t, U"关于"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"关于", pos + 2)) {
    const auto b = static_cast<std::uint32_t>(pos);
    if (b > 0 && t[b - 1] == U'《') continue;
    std::uint32_t e = b + 2;
    std::uint32_t found = 0;
    while (e < n && e - b < 48 && !is_boundary_char(t[e])) {
      ++e;
      for (std::u32string_view w : {U"的若干政策", U"的若干措施", U"的若干意见", U"的实施意见", U"的指导意见",
                                    U"的意见", U"的通知", U"的若干规定"})
        if (doc.before(e, w)) found = e;
      if (found) break;
    }
    if (found) add_item(doc, b, found, EntityType::Policy, "policy-about", 0.8);
  }
  // “5512”产业工程: a programme with a numeric code.
  for (std::size_t pos = find_in_text(t, U"”"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"”", pos + 1)) {
    const auto close = static_cast<std::uint32_t>(pos);
    std::uint32_t e = close + 1;
    if (doc.at(e, U"产业工程"))
      e += 4;
    else if (doc.at(e, U"工程"))
      e += 2;
    else
      continue;
    const auto open = t.rfind(U'“', close);
    if (open == std::u32string_view::npos || close - open > 12) continue;
    bool digits = false;
    for (std::uint32_t k = static_cast<std::uint32_t>(open) + 1; k < close; ++k)
      if (utf8::is_ascii_digit(t[k])) digits = true;
    if (digits) add_item(doc, static_cast<std::uint32_t>(open), e, EntityType::Policy, "policy-programme", 0.7);
  }
}

// Start of an event or project name ending at `end`, extended over a quoted part (“…”系列…发布会).
std::uint32_t item_name_start(const Document& doc, std::uint32_t end, std::uint32_t limit, std::uint32_t min_start) {
  const auto& t = doc.text;
  std::uint32_t b = scan_name_start(t, end, limit, min_start);
  // Across a dash or a middle dot between two names (中国—东盟…论坛, 温州·长治…对接会) and a bracketed city
  // (中国(长春)国际汽车博览会).
  for (bool moved = true; moved && b > min_start + 2 && end - b < limit;) {
    moved = false;
    if ((t[b - 1] == U'—' || t[b - 1] == U'–' || t[b - 1] == U'·') && utf8::is_han(t[b - 2])) {
      b = scan_name_start(t, b - 1, limit, min_start);
      moved = true;
    } else if (t[b - 1] == ')') {
      const auto open = t.rfind(U'(', b - 1);
      if (open == std::u32string_view::npos || open <= min_start || b - 1 - open < 2 || b - 1 - open > 6 ||
          !utf8::is_han(t[open - 1]))
        break;
      bool han = true;
      for (auto k = open + 1; k + 1 < b; ++k) han = han && utf8::is_han(t[k]);
      if (!han) break;
      b = scan_name_start(t, static_cast<std::uint32_t>(open), limit, min_start);
      moved = true;
    }
  }
  // "研发及生产基地项目": two verbs joined by 及/和 belong to the name.
  // The scan may have trimmed the second verb as a leading word (生产), so look before it too.
  for (std::uint32_t k : {b, b >= 2 && (doc.before(b, U"生产") || doc.before(b, U"制造")) ? b - 2 : b}) {
    if (k > min_start + 3 && (t[k - 1] == U'及' || t[k - 1] == U'和') &&
        starts_with_any(t.substr(k),
                        {U"生产", U"制造", U"产业化", U"应用", U"销售", U"运营", U"中试", U"加注", U"储运", U"回收"}) &&
        (doc.before(k - 1, U"研发") || doc.before(k - 1, U"研制") || doc.before(k - 1, U"设计") ||
         doc.before(k - 1, U"制备") || doc.before(k - 1, U"生产"))) {
      b = scan_name_start(t, k - 1, limit, min_start);
      break;
    }
  }
  // A start inside a number (2025…大会 cut to 025…) moves to the number's start.
  while (b > min_start && utf8::is_ascii_digit(t[b]) && utf8::is_ascii_digit(t[b - 1])) --b;
  // A start inside a place or organisation (the length limit cut 长沙 to 沙) moves to its start.
  if (b > min_start)
    b = start_before_cut(doc, b, end, min_start, [](const Candidate& c) { return c.type != EntityType::Sector; });
  b = extend_over_dashed_places(doc, b, min_start);
  // "…及其配套项目": 及其 belongs to the name.
  while (b >= 2 && b > min_start + 2 && t[b - 1] == U'及' && b < t.size() && t[b] == U'其') {
    b = scan_name_start(t, b - 1, limit, min_start);
  }
  // "4000万吨/年炼化一体化项目": a yearly capacity written with a slash opens the name.
  if (b > min_start + 3 && t[b - 1] == U'/' && doc.at(b, U"年") && doc.before(b - 1, U"吨")) {
    std::uint32_t k = b - 2;
    while (k > min_start && (utf8::is_han(t[k - 1]) ? has_char(U"万千百亿", t[k - 1]) : utf8::is_ascii_digit(t[k - 1])))
      --k;
    if (k < b - 3 && utf8::is_ascii_digit(t[k])) b = k;
  }
  // "1.10万吨级…项目" opening the first of numbered items: the item's number is no part of the name.
  if (const Item& it = doc.item_of(b); it.numbered && it.begin == b) {
    std::uint32_t k = b;
    while (k < end && utf8::is_ascii_digit(t[k])) ++k;
    if (k > b && k < end && (t[k] == '.' || t[k] == U'、' || t[k] == U'．')) b = k + 1;
  }
  if (b > min_start && t[b - 1] == U'”') {
    const auto open = t.rfind(U'“', b - 1);
    if (open != std::u32string_view::npos && open >= min_start && b - open <= 30) {
      b = static_cast<std::uint32_t>(open);
      // A year or place right before the quote stays outside; the quote opens the name.
    }
  }
  return b;
}

// "项目80个", "项目12项": a count of projects follows (not "项目12日开工").
bool projects_counted(std::u32string_view t, std::uint32_t e) {
  std::uint32_t k = e;
  while (k < t.size() && k - e < 5 && utf8::is_ascii_digit(t[k])) ++k;
  if (k == e) return false;
  if (k < t.size() && (t[k] == U'余' || t[k] == U'多')) ++k;
  return k < t.size() && (t[k] == U'个' || t[k] == U'项');
}

// Past the last verb of building or investing in t[b, e) (建设, 投资, 新建 …), or b.
constexpr std::u32string_view kBuildingVerbs[] = {U"建设", U"投建", U"新建", U"扩建", U"兴建", U"实施",
                                                  U"推进", U"打造", U"引进", U"投资", U"布局", U"上马",
                                                  U"共建", U"签订", U"签署", U"签约", U"新上"};

std::uint32_t after_building_verb(std::u32string_view t, std::uint32_t b, std::uint32_t e) {
  std::uint32_t from = e;
  // "坪山研发中心建设项目": 建设 right before the word is part of the name, after a name of four
  // or more (not "投资10亿元建设项目", "将建设项目").
  if (e >= b + 6 && t[e - 2] == U'建' && t[e - 1] == U'设' && utf8::is_han(t[e - 3]) &&
      !has_char(U"元万亿年将要在并和及", t[e - 3]))
    from = e - 2;
  for (std::uint32_t k = from; k >= b + 2; --k) {
    for (auto v : kBuildingVerbs)
      if (t[k - 1] == v[1] && t[k - 2] == v[0]) return k;
    // …有限公司年产2万吨…项目: the owner's name ends before the project's.
    if (t[k - 1] == U'司' && t[k - 2] == U'公' && e - k >= 3) return k;
  }
  return b;
}

bool proper_event_core(const Document& doc, std::uint32_t b, std::uint32_t e) {
  const auto& t = doc.text;
  if (e <= b) return false;
  if (utf8::is_ascii_digit(t[b]) || t[b] == U'第' || t[b] == U'“' || doc.at(b, U"首届")) return true;
  // A national meeting (国家先进制造业集群发展工作推进会, 全国…大会).
  if (doc.at(b, U"国家") || doc.at(b, U"全国") || doc.at(b, U"中国")) return e - b >= 6;
  // A fair's signing (世界制造业大会重大项目集中签约仪式, 中博会重大项目签约仪式): the fair names it.
  for (std::uint32_t k = b + 1; k < e && k < b + 8; ++k)
    if (t[k] == U'会' && has_char(U"博洽交展大", t[k - 1]) && e - k > 2) return true;
  bool proper = false;
  // A sector's projects (风电装备重点项目集中签约仪式) name the signing too.
  const bool projects = find_in_text(t.substr(b, e - b), U"项目") != std::u32string_view::npos;
  doc.candidates_in(b, e, [&](const Candidate& c) {
    if (c.end <= e && (is_place(c.type) || c.type == EntityType::Company || c.type == EntityType::Fund ||
                       c.type == EntityType::Institution || c.type == EntityType::Zone ||
                       (projects && c.begin == b && c.type == EntityType::Sector)))
      proper = true;
  });
  return proper;
}

void events_and_projects(Document& doc) {
  const auto& t = doc.text;
  std::vector<Candidate> events;
  for (const auto& h : doc.hits) {
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Trigger)) {
      if (!is_longest_trigger(doc, h)) continue;
      const auto& tr = triggers()[static_cast<std::size_t>(p.index)];
      if (tr.family != TriggerFamily::Event && tr.family != TriggerFamily::Project) continue;
      const std::uint32_t sb = doc.sentence_of(h.begin).begin;
      // A base is a project only after a verb of building or its owner (below): with neither
      // within reach of its name, skip the scan.
      if (tr.suffix.ends_with(U"基地") && tr.suffix != U"中试基地") {  // (a pilot base is checked below)
        const std::uint32_t near = std::max(sb, h.begin > 16 ? h.begin - 16 : 0u);
        const std::u32string_view reach = t.substr(near, h.begin - near);
        bool verb = find_in_text(reach, U"公司") != std::u32string_view::npos;
        for (auto v : kBuildingVerbs) verb = verb || find_in_text(reach, v) != std::u32string_view::npos;
        if (!verb) continue;
      }
      // "…项目集中签约仪式", "…揭牌仪式": the verb before an event word is part of the name;
      // the name is scanned from before it.
      std::uint32_t scan_end = h.begin;
      if (tr.family == TriggerFamily::Event)
        for (bool moved = true; moved;) {
          moved = false;
          for (std::u32string_view v : {U"签约", U"集中", U"开工", U"揭牌", U"启动", U"推进", U"成立", U"对接"})
            if (scan_end >= sb + v.size() + 2 && doc.before(scan_end, v)) {
              scan_end -= static_cast<std::uint32_t>(v.size());
              moved = true;
            }
        }
      std::uint32_t start = item_name_start(doc, scan_end, static_cast<std::uint32_t>(tr.max_core), sb);
      // An event's theme may join two things with 与 (能源转型与氢能产业发展论坛), and two lines with 和
      // or 及 (泉州市伞业和服装产业集群发展推进会, 中国·吉林碳纤维及复合材料产业博览会).
      const auto joins_lines = [&] {
        const auto sector = [](const Candidate& c) { return c.type == EntityType::Sector; };
        return (t[start - 1] == U'和' || t[start - 1] == U'及') &&
               (find_in_text(t.substr(start, h.begin - start), U"集群") != std::u32string_view::npos ||
                (doc.longest_starting_at(start, sector) && doc.longest_ending_at(start - 1, sector)));
      };
      if (tr.family == TriggerFamily::Event && start > sb + 2 && (t[start - 1] == U'与' || joins_lines()) &&
          utf8::is_han(t[start - 2]) && h.begin - start < static_cast<std::uint32_t>(tr.max_core))
        start = item_name_start(doc, start - 1, static_cast<std::uint32_t>(tr.max_core) - (h.begin - start + 1), sb);
      // "A大会暨B签约仪式", "…基金揭牌暨重点企业签约仪式": events joined by 暨 are one name.
      if (tr.family == TriggerFamily::Event && start > sb + 2 && t[start - 1] == U'暨' && utf8::is_han(t[start - 2]) &&
          h.begin - start < static_cast<std::uint32_t>(tr.max_core)) {
        for (std::u32string_view v : {U"揭牌", U"启动", U"开幕"})
          if (doc.before(start - 1, v)) {
            start = item_name_start(doc, start - 1 - static_cast<std::uint32_t>(v.size()),
                                    static_cast<std::uint32_t>(tr.max_core), sb);
            break;
          }
        if (t[start - 1] == U'暨') start = item_name_start(doc, start - 1, static_cast<std::uint32_t>(tr.max_core), sb);
      }
      if (scan_end < h.begin && start == scan_end) start = h.begin;  // only verbs before the word: no name
      // “…项目” in quotes is the whole name, however long (“航空发动机单晶涡轮叶片…攻关项目”).
      bool quoted = false;
      if (h.end < t.size() && t[h.end] == U'”' && h.begin > sb) {
        const auto open = t.rfind(U'“', h.begin - 1);
        if (open != std::u32string_view::npos && open >= sb && open < start && h.begin - open <= 40 &&
            t.substr(open, h.begin - open).find(U'”') == std::u32string_view::npos) {
          start = static_cast<std::uint32_t>(open);
          quoted = true;
        }
      }
      // A project's name starts after the verb that builds it (…公司投资28亿元建设X项目).
      // "年产5万吨碳酸锂及3万吨正极材料项目", "钕铁硼磁材及永磁电机一体化项目": two products joined
      // by 及 are one project's name, unless a project or site ends before 及 (A项目及B项目).
      if (tr.family == TriggerFamily::Project && !quoted)
        while (start > sb + 3 && t[start - 1] == U'及' &&
               (utf8::is_han(t[start - 2]) || utf8::is_ascii_alpha(t[start - 2])) &&
               !ends_with_any(t.substr(sb, start - 1 - sb), {U"项目", U"基地", U"工程", U"中心", U"园区", U"产业园"})) {
          const auto left = static_cast<std::uint32_t>(tr.max_core) > h.begin - start + 1
                                ? static_cast<std::uint32_t>(tr.max_core) - (h.begin - start + 1)
                                : 0u;
          if (left < 2) break;
          const std::uint32_t nb = item_name_start(doc, start - 1, left, sb);
          if (nb + 2 > start - 1) break;
          start = nb;
        }
      bool built = false;  // a verb of building opens the name
      if (tr.family == TriggerFamily::Project && !quoted) {
        const std::uint32_t scanned = start;
        start = after_building_verb(t, start, h.begin);
        built = start != scanned || ends_with_any(t.substr(sb, start - sb), {U"建设", U"新建", U"投建", U"扩建"});
      }
      if (h.begin < start + 2) continue;
      // (A pilot base named after its place or zone needs no verb: 长沙经开区工程机械中试基地.)
      if (tr.suffix.ends_with(U"基地") && !built &&
          !(tr.suffix == U"中试基地" && doc.longest_starting_at(start, [](const Candidate& c) {
            return is_place(c.type) || c.type == EntityType::Zone;
          })))
        continue;
      const std::u32string_view core = t.substr(start, h.begin - start);
      const bool national_event = tr.family == TriggerFamily::Event && core.size() >= 6 &&
                                  (core.starts_with(U"全国") || core.starts_with(U"国家"));
      if ((is_generic_core(core) && !national_event) || core == U"新闻" || core == U"签约" || core == U"开工" ||
          core == U"建设")
        continue;
      // "长春市2025年汽车产业集群重点建设项目": a year's list of key projects, not one project.
      if (tr.family == TriggerFamily::Project && ends_with_any(core, {U"重点建设", U"重点", U"重大"}) &&
          !find_years(core).empty())
        continue;
      // A phase alone (二期项目) names the project of the zone right before it (新能源产业园二期项目),
      // or, later in the text, the project named before with that phase (二期项目总投资38亿元);
      // else none.
      if (tr.family == TriggerFamily::Project && core.size() == 2 && core[1] == U'期' &&
          has_char(U"一二三四五六七八九十", core[0])) {
        if (const Candidate* z = doc.longest_ending_at(
                start, [&](const Candidate& x) { return x.type == EntityType::Zone && x.begin >= sb; })) {
          Candidate c = shaped_candidate(doc, z->begin, h.end, EntityType::Project, "project-phase", 0.7, 2);
          c.keeps_places = true;
          c.keeps_orgs = true;
          doc.candidates.push_back(std::move(c));
          continue;
        }
        const std::u32string_view phase = t.substr(start, h.end - start);
        const Candidate* named = nullptr;
        for (const auto& x : doc.candidates)
          if (x.type == EntityType::Project && x.end <= start && x.end - x.begin > phase.size() &&
              t.substr(x.begin, x.end - x.begin).ends_with(phase) && (!named || x.end > named->end))
            named = &x;
        if (named) {
          Candidate c = *named;
          c.begin = start;
          c.end = h.end;
          c.aliases.clear();
          c.rule = "project-phase-again";
          doc.candidates.push_back(std::move(c));
        }
        continue;
      }
      // A kind or a share of projects, not one (加工增值类项目, 占全省同类项目, 纳入…项目, 跨省协作项目,
      // 海外项目), or a verb before them (建立项目履约…机制, 退出项目腾出的土地).
      if (tr.family == TriggerFamily::Project &&
          (core == U"海外" || core == U"境外" || core == U"出海" || core == U"建立" || core == U"退出" ||
           ends_with_any(core, {U"类", U"合作", U"协作", U"领域", U"重大", U"重点", U"技改", U"招商引资", U"早中期",
                                U"早期", U"产业链", U"下游", U"上游", U"代表性", U"外资", U"内资"}) ||
           starts_with_any(core, {U"纳入", U"列入", U"占", U"入选", U"常规", U"更多", U"外资"}) ||
           (core.size() == 2 && has_char(U"一二三四五六七八九十百千", core[0]) && core[1] == U'大')))
        continue;
      // "集群内重大项目", "园区内重点项目": where projects are, not a project's name.
      if (starts_with_any(core, {U"集群内", U"园区内", U"区内", U"省内", U"市内"})) continue;
      if (tr.family == TriggerFamily::Event) {
        const bool specific = tr.suffix == U"招商会" || tr.suffix == U"推介会" || tr.suffix == U"洽谈会" ||
                              tr.suffix == U"博览会" || tr.suffix == U"交易会" || tr.suffix == U"峰会" ||
                              tr.suffix == U"论坛";
        if (!proper_event_core(doc, start, h.begin) && !(specific && core.size() >= 4 && han_only(core))) continue;
        // "…人民代表大会第四次会议": the session is part of the event's name.
        std::uint32_t end = h.end;
        if (doc.at(end, U"第")) {
          std::uint32_t k = end + 1;
          while (k < t.size() && k - end < 5 && (has_char(U"一二三四五六七八九十", t[k]) || utf8::is_ascii_digit(t[k])))
            ++k;
          for (std::u32string_view w : {U"次全体会议", U"次会议"})
            if (k > end + 1 && doc.at(k, w)) {
              end = k + static_cast<std::uint32_t>(w.size());
              break;
            }
        }
        Candidate c = shaped_candidate(doc, start, end, EntityType::Event, "event-suffix", 0.75, 2);
        c.keeps_places = true;
        c.keeps_orgs = true;
        events.push_back(std::move(c));
        continue;
      }
      if (tr.suffix == U"工程") continue;  // programmes: see policies()
      // "三项目标" is 三项 + 目标, no project.
      if (tr.suffix == U"项目" && h.end < t.size() && t[h.end] == U'标') continue;
      // "项目资金", "300万元项目资助": money for projects; "中试项目80个": a count of them.
      if (tr.suffix == U"项目" &&
          (starts_with_any(t.substr(h.end), {U"资金", U"资助", U"补助", U"补贴", U"奖励", U"经费"}) ||
           projects_counted(t, h.end) || (h.begin > 0 && t[h.begin - 1] == U'元')))
        continue;
      // "…重点项目集中签约仪式": the projects are part of an event's name, not one project.
      if (tr.suffix == U"项目" && starts_with_any(t.substr(h.end), {U"集中签约", U"签约仪式", U"签约活动", U"签约大会",
                                                                    U"推介会", U"集中开工"}))
        continue;
      if (core.find('+') != std::u32string_view::npos) continue;  // a model (“新能源+储能”项目), not a name
      if (tr.suffix == U"机场") {
        // [place][2-4 character name](国际)机场, not a description (亚洲首座专业货运机场).
        std::uint32_t proper = place_chain_end(doc, start, h.begin);
        std::u32string_view own = t.substr(proper, h.begin - proper);
        if (own.ends_with(U"国际")) own.remove_suffix(2);
        // Named after its district or county (郑州新郑国际机场, 北京大兴国际机场): the last place is its name.
        if (own.empty() && proper > start)
          if (const Candidate* last =
                  doc.longest_ending_at(proper, [](const Candidate& x) { return is_place(x.type); });
              last && last->begin > start)
            own = t.substr(last->begin, last->end - last->begin);
        if (own.size() < 2 || own.size() > 4) continue;
        Candidate c = shaped_candidate(doc, start, h.end, EntityType::Project, "project-airport", 0.75, 2);
        c.keeps_places = true;
        const std::string no_place = without_leading_places(doc, start, h.end, false);
        std::string base = no_place.empty() ? c.name : no_place;
        if (!no_place.empty()) c.merge_names.push_back(no_place);
        if (const auto k = base.find("国际机场"); k != std::string::npos && k > 0)
          c.merge_names.push_back(base.substr(0, k) + "机场");
        doc.candidates.push_back(std::move(c));
        continue;
      }
      // A kind of project, not a name: "<sector or place>(重大|重点|相关)项目".
      {
        std::u32string_view rest = core;
        for (std::u32string_view w : {U"重大", U"重点", U"相关", U"配套", U"产业链", U"产业", U"建设", U"集群"})
          if (rest.ends_with(w)) rest.remove_suffix(w.size());
        const auto rb = start, re = static_cast<std::uint32_t>(start + rest.size());
        // "…公司在合作区建设储能电池项目，一期投资15亿元", "A公司投资9.5亿元，在…建设原料药生产基地":
        // built and paid for, it is one project.
        const bool sector_core = !rest.empty() && doc.kb.lexicon().sector(utf8::encode(rest));
        const std::uint32_t funded_end = std::min<std::uint32_t>(static_cast<std::uint32_t>(t.size()), h.end + 10);
        const bool built_and_funded = sector_core && rest.size() == core.size() && built &&
                                      contains_any(t.substr(sb, funded_end - sb), {U"投资", U"投入"});
        if (rest.empty() || (sector_core && !built_and_funded) ||
            doc.longest_starting_at(rb, [&](const Candidate& c) { return c.end == re && is_place(c.type); }))
          continue;
      }
      Candidate c = shaped_candidate(doc, start, h.end, EntityType::Project, "project-suffix", 0.7, 2);
      c.keeps_places = true;
      c.keeps_sectors = true;  // what it makes (智能驾驶域控制器…项目): its inSector
      // The name without 项目 (长三角氢走廊) and without its leading places (氢走廊).
      const std::string bare = name_key(doc.span(start, h.begin));
      if (utf8::length_at_least(bare, 3)) {
        c.aliases.push_back(bare);
        c.merge_names.push_back(bare);
      }
      const std::string no_place = without_leading_places(doc, start, h.begin, false);
      if (utf8::length_at_least(no_place, 3)) c.merge_names.push_back(no_place);
      doc.candidates.push_back(std::move(c));
    }
  }
  // "A仪式暨B活动": one event.
  std::sort(events.begin(), events.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  const std::size_t n_events = events.size();
  for (std::size_t i = 0; i < n_events; ++i) {
    const Candidate a = events[i];
    if (!doc.at(a.end, U"暨")) continue;
    auto it = std::lower_bound(doc.hits.begin(), doc.hits.end(), a.end + 2,
                               [](const Matcher::Match& m, std::uint32_t p) { return m.end < p; });
    for (; it != doc.hits.end() && it->end <= a.end + 16; ++it) {
      const auto& h = *it;
      if (h.begin <= a.end) continue;
      bool ev = false;
      for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Trigger))
        if (triggers()[static_cast<std::size_t>(p.index)].family == TriggerFamily::Event) ev = true;
      if (!ev) continue;
      bool clean = true;
      for (std::uint32_t k = a.end + 1; k < h.begin; ++k)
        if (!is_name_char(t[k])) clean = false;
      if (clean) {
        Candidate c = shaped_candidate(doc, a.begin, h.end, EntityType::Event, "event-joined", 0.75, 2);
        c.keeps_places = true;
        c.keeps_orgs = true;
        events.push_back(std::move(c));
      }
      break;
    }
  }
  for (auto& c : events) doc.candidates.push_back(std::move(c));
}

// "A、B等(一批)?项目": each listed name is a project (name + 项目).
void projects_in_lists(Document& doc) {
  const auto& t = doc.text;
  for (std::size_t at = find_char(t, U'等', 2); at != std::u32string_view::npos && at + 2 < t.size();
       at = find_char(t, U'等', at + 1)) {
    const auto i = static_cast<std::uint32_t>(at);
    std::uint32_t k = i + 1;
    for (std::u32string_view w : {U"一批", U"多个", U"重点", U"重大"})
      if (doc.at(k, w)) k += static_cast<std::uint32_t>(w.size());
    if (!doc.at(k, U"项目")) continue;
    const std::uint32_t cb = doc.clause_begin(i);
    std::uint32_t end = i;
    for (int guard = 0; guard < 12 && end > cb; ++guard) {
      const std::uint32_t b = item_name_start(doc, end, 16, cb);
      if (end < b + 3 || is_generic_core(t.substr(b, end - b))) break;
      Candidate c = shaped_candidate(doc, b, end, EntityType::Project, "project-list", 0.7, 2);
      c.aliases.push_back(c.name);
      c.name += "项目";
      c.key = c.name;
      c.keeps_places = true;
      doc.candidates.push_back(std::move(c));
      if (b == 0 || !(t[b - 1] == U'、' || t[b - 1] == U'和' || t[b - 1] == U'及')) break;
      end = b - 1;
    }
  }
  // “中国药谷”建设: a quoted project under construction.
  for (std::size_t pos = find_in_text(t, U"”建设"); pos != std::u32string_view::npos;
       pos = find_in_text(t, U"”建设", pos + 1)) {
    const auto close = static_cast<std::uint32_t>(pos);
    const auto open = t.rfind(U'“', close);
    if (open == std::u32string_view::npos || close - open < 3 || close - open > 12) continue;
    if (open > 0 && t[open - 1] == U'建') continue;  // 共建“…”建设
    const auto b = static_cast<std::uint32_t>(open + 1);
    if (!han_only(t.substr(b, close - b))) continue;
    add_item(doc, b, close, EntityType::Project, "project-quoted-construction", 0.65);
  }
}

void persons(Document& doc) {
  const auto& t = doc.text;
  const auto n = static_cast<std::uint32_t>(t.size());
  auto add_person = [&](std::uint32_t b, std::uint32_t e, const char* rule) {
    Candidate c;
    c.begin = b;
    c.end = e;
    c.type = EntityType::Person;
    c.name = doc.str(b, e);
    c.key = c.name;
    c.confidence = 0.75;
    c.priority = 2;
    c.rule = rule;
    doc.candidates.push_back(std::move(c));
  };
  auto ends_name = [&](std::uint32_t e, bool need_after) {
    if (!need_after && (e >= n || is_boundary_char(t[e]))) return true;
    for (auto w : kAfterName)
      if (t.substr(e, w.size()) == w && !(need_after && (w == U"在" || w == U"则"))) return true;
    return false;
  };
  auto try_name = [&](std::uint32_t b, const char* rule, bool need_surname, bool need_after) {
    while (b < n && (t[b] == ' ' || t[b] == ':')) ++b;
    if (b >= n) return;
    // After a title, a name of a minority language: 艾尔肯·吐尔逊, 次仁卓玛, 其木格.
    // (A foreign name written with a dot, 马库斯·韦伯, whatever its first character.)
    if (need_surname && !need_after) {
      std::uint32_t k = b;
      while (k < n && k - b < 5 && utf8::is_han(t[k])) ++k;
      if (k < n && k - b >= 2 && (t[k] == U'·' || t[k] == U'•')) {
        std::uint32_t last = k + 1;
        while (last < n && last - k <= 5 && utf8::is_han(t[last])) ++last;
        // The second part ends where a verb after the name starts (…吐尔逊介绍, 托马斯·贝克表示).
        for (std::uint32_t e = k + 3; e <= last; ++e)
          if (ends_name(e, false)) return add_person(b, e, rule);
      }
      if (kMinorityStartSet(t[b]))
        for (std::uint32_t len : {4u, 3u})
          if (b + len <= n && han_only(t.substr(b, len)) && (ends_name(b + len, false) || t[b + len] == ' '))
            return add_person(b, b + len, rule);
    }
    if (need_surname && !kSurnameSet(t[b])) return;
    if (b + 1 < n && has_char(U"目们", t[b + 1])) return;  // 项目, 他们: words, not 项 or 他 and a given name
    for (std::uint32_t len : {3u, 2u}) {
      if (b + len > n || !han_only(t.substr(b, len))) continue;
      const std::uint32_t e = b + len;
      if (len == 2 && has_char(U"家户人方面层管者员主们商企业位目", t[b + 1])) continue;  // 商家, 华人, 单位 …
      if (len == 3 && has_char(U"说称讲", t[b + 2])) continue;  // 刘婧说: the verb follows the name
      if (!ends_name(e, need_after)) continue;
      return add_person(b, e, rule);
    }
  };
  for (const auto& h : doc.hits)
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Cue))
      if (cues()[static_cast<std::size_t>(p.index)].kind == CueKind::PersonTitle) {
        // "记者 杨帆 吴梦洁": the names after the title, one after another.
        std::size_t before = doc.candidates.size();
        try_name(h.end, "person-title", true, false);
        for (int more = 0; more < 3 && doc.candidates.size() > before; ++more) {
          const std::uint32_t e = doc.candidates.back().end;
          if (e + 1 >= n || (t[e] != ' ' && t[e] != U'、') || !utf8::is_han(t[e + 1])) break;
          before = doc.candidates.size();
          try_name(e + 1, "person-title", true, false);
        }
      }
  // One pass for the words before a name and for bylines (作者: X).
  for (AnyOf at(t, U":的娘伙士生民"); at.pos() < n; at.next()) {  // ':' and the last characters of kBeforeName
    const auto i = static_cast<std::uint32_t>(at.pos());
    const char32_t c = t[i];
    if (c == ':' && i >= 2 &&
        (doc.before(i, U"作者") || doc.before(i, U"编辑") || doc.before(i, U"撰文") ||
         (i >= 3 && t[i - 1] == ' ' && (doc.before(i - 1, U"作者") || doc.before(i - 1, U"编辑"))))) {
      try_name(i, "person-byline", false, false);
      continue;
    }
    for (auto w : kBeforeName)
      if (doc.before(i + 1, w)) {
        try_name(i + 1, "person-context", true, true);
        break;
      }
  }
}

}  // namespace

void find_named_items(Document& doc) {
  doc.index_candidates();
  policies(doc);
  events_and_projects(doc);
  projects_in_lists(doc);
  persons(doc);
}

}  // namespace ckg
