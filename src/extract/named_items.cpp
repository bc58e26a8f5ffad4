// Named policies (《…方案》, 关于…的若干政策), events (…招商会, …论坛, …仪式),
// projects (…项目, “…”项目) and persons (title + name: 主任孔磊).
#include <algorithm>

#include "extract/document.h"
#include "extract/triggers.h"
#include "util/utf8.h"

namespace ckg {
namespace {

constexpr std::u32string_view kPolicyEndings[] = {
    U"方案", U"措施", U"政策", U"规划", U"意见", U"通知", U"办法", U"计划", U"纲要", U"条例",
    U"规定", U"细则", U"指南", U"决定", U"行动", U"举措", U"目录", U"清单", U"战略", U"要点",
};

bool ends_with_any(std::u32string_view s, std::span<const std::u32string_view> words) {
  for (auto w : words)
    if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) return true;
  return false;
}

// Titles that come right before a person's name.
constexpr std::u32string_view kTitles[] = {
    U"副主任", U"主任", U"副书记", U"书记", U"副局长", U"局长", U"副市长", U"市长", U"副省长", U"省长",
    U"副区长", U"区长", U"副县长", U"县长", U"副部长", U"部长", U"副院长", U"院长", U"副总裁", U"总裁",
    U"董事长", U"总经理", U"副总经理", U"主席", U"副主席", U"理事长", U"秘书长", U"教授", U"研究员",
    U"负责人", U"总监", U"创始人", U"首席执行官", U"CEO", U"处长", U"科长", U"主任委员", U"党组书记",
    U"作者", U"记者", U"院士", U"厅长", U"副厅长", U"司长", U"主任医师", U"工程师",
};

// Common single-character surnames.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    U"沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    U"向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    U"毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    U"麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    U"明佘池乜鞠稚";

// Words that follow a person's name.
constexpr std::u32string_view kAfterName[] = {
    U"表示", U"说", U"介绍", U"告诉", U"指出", U"认为", U"称", U"透露", U"强调", U"提出", U"发布",
    U"接受", U"在", U"回乡", U"入职", U"一行", U"等",
};

}  // namespace

void find_named_items(Document& doc) {
  const auto& t = doc.text;
  const auto n = static_cast<std::uint32_t>(t.size());
  // Policies in book-title brackets.
  for (std::uint32_t i = 0; i < n; ++i) {
    if (t[i] != U'《') continue;
    std::uint32_t j = i + 1;
    while (j < n && t[j] != U'》' && t[j] != '\n' && j - i < 80) ++j;
    if (j >= n || t[j] != U'》' || j - i < 3) continue;
    std::u32string_view inner = t.substr(i + 1, j - i - 1);
    // Strip a trailing "(2024—2030年)" for the test of the ending.
    std::u32string_view head = inner;
    if (!head.empty() && head.back() == ')') {
      auto open = head.rfind('(');
      if (open != std::u32string_view::npos) head = head.substr(0, open);
    }
    if (!ends_with_any(head, kPolicyEndings)) continue;
    Candidate c;
    c.begin = i + 1;
    c.end = j;
    c.type = EntityType::Policy;
    c.name = name_key(utf8::encode(inner));
    c.key = c.name;
    if (head.size() != inner.size()) c.aliases.push_back(name_key(utf8::encode(head)));
    c.confidence = 0.9;
    c.priority = 3;
    c.rule = "policy-title";
    c.keeps_inner = true;
    doc.candidates.push_back(std::move(c));
  }
  // Persons: title + surname + one or two characters + a boundary.
  for (auto title : kTitles) {
    for (std::size_t pos = t.find(title); pos != std::u32string_view::npos; pos = t.find(title, pos + 1)) {
      std::uint32_t b = static_cast<std::uint32_t>(pos + title.size());
      while (b < n && (t[b] == ' ' || t[b] == ':')) ++b;
      if (b >= n || kSurnames.find(t[b]) == std::u32string_view::npos) continue;
      for (std::uint32_t len : {3u, 2u}) {
        if (b + len > n) continue;
        bool han = true;
        for (std::uint32_t k = b; k < b + len; ++k)
          if (!utf8::is_han(t[k])) han = false;
        if (!han) continue;
        const std::uint32_t e = b + len;
        bool boundary = e >= n || is_boundary_char(t[e]);
        for (auto w : kAfterName)
          if (!boundary && t.substr(e, w.size()) == w) boundary = true;
        if (!boundary) continue;
        Candidate c;
        c.begin = b;
        c.end = e;
        c.type = EntityType::Person;
        c.name = doc.str(b, e);
        c.key = c.name;
        c.confidence = 0.75;
        c.priority = 2;
        c.rule = "person-title";
        doc.candidates.push_back(std::move(c));
        break;
      }
    }
  }
  // Events and projects from their suffix.
  for (const auto& h : doc.hits) {
    for (const auto& p : doc.kb.payloads(h.pattern)) {
      if (p.kind != HitKind::Trigger) continue;
      const auto& tr = triggers()[static_cast<std::size_t>(p.index)];
      if (tr.family != TriggerFamily::Event && tr.family != TriggerFamily::Project) continue;
      const int si = doc.sentence_at(h.begin);
      const std::uint32_t sb = si < 0 ? 0 : doc.sentences[static_cast<std::size_t>(si)].begin;
      std::uint32_t start = h.begin;
      // A quoted name right before the suffix: “长三角氢走廊”项目.
      if (start > sb && t[start - 1] == U'”') {
        auto open = t.rfind(U'“', start - 1);
        if (open != std::u32string_view::npos && open >= sb && start - open < 30) {
          Candidate c;
          c.begin = static_cast<std::uint32_t>(open + 1);
          c.end = start - 1;
          c.type = tr.type;
          c.name = name_key(doc.str(c.begin, c.end));
          c.key = c.name;
          c.aliases.push_back(name_key(doc.str(c.begin, h.end)));
          c.confidence = 0.8;
          c.priority = 2;
          c.rule = tr.family == TriggerFamily::Event ? "event-quoted" : "project-quoted";
          c.keeps_inner = true;
          doc.candidates.push_back(std::move(c));
          continue;
        }
      }
      start = scan_name_start(t, h.begin, static_cast<std::uint32_t>(tr.max_core), sb);
      if (h.begin - start < 2) continue;
      // Events need a proper prefix: a year, 第N届, a place or a quoted name.
      std::u32string_view core = t.substr(start, h.begin - start);
      if (tr.family == TriggerFamily::Event) {
        bool proper = utf8::is_ascii_digit(core[0]) || core[0] == U'第';
        for (const auto& c : doc.candidates)
          if (is_place(c.type) && c.begin >= start && c.end <= h.begin) proper = true;
        if (!proper) continue;
      }
      Candidate c;
      c.begin = start;
      c.end = h.end;
      c.type = tr.type;
      c.name = name_key(doc.str(start, h.end));
      c.key = c.name;
      c.confidence = 0.7;
      c.priority = 2;
      c.rule = tr.family == TriggerFamily::Event ? "event-suffix" : "project-suffix";
      c.keeps_inner = true;
      doc.candidates.push_back(std::move(c));
    }
  }
}

}  // namespace ckg
