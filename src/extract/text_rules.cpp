// Lexical helpers shared by the rule families.
#include <algorithm>
#include <array>
#include <vector>

#include "extract/document.h"
#include "util/char_set.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Characters that never belong to a name.
constexpr std::u32string_view kBoundary = U" \n,.;:!?()[]{}<>\"'、，。；：！？（）【】《》〈〉「」『』“”‘’…—·•/\\|~";

// Single characters that end a name when scanning left (function words).
constexpr std::u32string_view kStopChars =
    U"的在与和及或是为由从对向把被将并也已于等了着过个位名项该此这那不没未让给各某暨";

// Verbs and function words that cannot be inside a name: the name starts
// after the last one found in the scanned span. Longest first where one
// contains another.
constexpr std::u32string_view kCutWords[] = {
    U"以下简称",
    U"投产后",
    U"建成后",
    U"达产后",
    U"培育出",
    U"据悉",
    U"记者",
    U"目前",
    U"近日",
    U"日前",
    U"近年来",
    U"近年",
    U"同时",
    U"此外",
    U"其中",
    U"包括",
    U"以及",
    U"通过",
    U"位于",
    U"来自",
    U"作为",
    U"成为",
    U"入职",
    U"推动",
    U"支持",
    U"依托",
    U"引进",
    U"落户",
    U"选址",
    U"签约",
    U"携手",
    U"委托",
    U"联手",
    U"组建",
    U"设立",
    U"成立",
    U"发起",
    U"打造",
    U"注入",
    U"带动",
    U"吸引",
    U"培育",
    U"形成",
    U"加快",
    U"推进",
    U"举办",
    U"举行",
    U"召开",
    U"发布",
    U"印发",
    U"出台",
    U"公布",
    U"宣布",
    U"表示",
    U"介绍",
    U"指出",
    U"认为",
    U"透露",
    U"获悉",
    U"了解",
    U"参与",
    U"参加",
    U"出席",
    U"牵头",
    U"主导",
    U"收购",
    U"入驻",
    U"进驻",
    U"落地",
    U"区内",
    U"专访",
    U"采访",
    U"现行",
    U"开展",
    U"实施",
    U"启动",
    U"完成",
    U"实现",
    U"聚集",
    U"汇聚",
    U"集聚",
    U"拥有",
    U"新增",
    U"新建",
    U"兴建",
    U"筹建",
    U"围绕",
    U"面向",
    U"针对",
    U"关于",
    U"按照",
    U"根据",
    U"对于",
    U"随着",
    U"由于",
    U"为了",
    U"还有",
    U"就是",
    U"研究谋划",
    U"谋划",
    U"促成",
    U"借助",
    U"依靠",
    U"联合发布",
    U"搭建",
    U"建成",
    U"成功",
    U"正在",
    U"已经",
    U"今年",
    U"去年",
    U"明年",
    U"加速",
    U"做强",
    U"做大",
    U"壮大",
    U"提升",
    U"布局",
    U"聚焦",
    U"共同",
    U"引入",
    U"收到",
    U"致电",
    U"前往",
    U"来到",
    U"察看",
    U"视察",
    U"走进",
    U"考察了",
    U"调研了",
    U"提供",
    U"联系",
    U"号召",
    U"告诉",
    U"表明",
    U"数据显示",
    U"统计显示",
    U"结果显示",
    U"调查显示",
    U"骨干企业",
    U"龙头企业",
    U"链主企业",
    U"业龙头",
    U"子公司",
    U"内有",
    U"放到",
    U"放在",
    U"搬到",
    U"降低",
    U"提高",
    U"集群内",
    // An organisation joining another (…促进办联合重庆文理学院, …协会联合…).
    U"办联合",
    U"会联合",
    U"局联合",
    U"委联合",
    U"司联合",
    U"院联合",
    U"心联合",
    U"团联合",
    U"所联合",
    U"府联合",
    U"集群企业",
    U"入股",
    U"累计",
    U"参投",
    U"地处",
    U"下一步",
    U"亿元",  // no name holds a sum (出资4.2亿元入股X公司)
    // 会同 after an organ (自治区财政厅会同X), not the county 会同县.
    U"厅会同",
    U"局会同",
    U"府会同",
    U"委会同",
    U"办会同",
    U"配套企业",
    U"重点企业",
    U"称",
    U"以",
    U"即",
    U"给",
    U"跟",
    U"让",
    U"向",
    U"发挥",
    U"看好",
    U"明确",  // 通知明确X为…
    U"办好",  // 继续办好X博览会
    U"帮助",
    // 联合 after a name (…人民政府联合X), not inside one (联合飞机).
    U"公司联合",
    U"集团联合",
    U"政府联合",
    U"管委会联合",
    U"委员会联合",
    U"大学联合",
    U"研究院联合",
    U"厅联合",
    U"达成",
    U"拟投",
    U"力争",
    U"争取",
    // Moves (整体搬迁至X, 把生产线迁入Y, 转移至Z).
    U"迁至",
    U"迁往",
    U"迁入",
    U"移至",
    // Founding and courts' rulings (创办X公司, 法院裁定批准X公司重整计划).
    U"创办",
    U"创立",
    U"裁定",
    U"批准",
    // A state-owned firm described before its name (县属国企X公司, 市属国企Y集团).
    U"属国企",
    U"属国有企业",
};

// Words that may open a name only as a preposition or verb; trimmed from the start.
constexpr std::u32string_view kLeadingWords[] = {
    U"建设", U"开发", U"生产", U"研制", U"制造", U"投资", U"发展", U"共建", U"支持",
    U"推动", U"加入", U"走进", U"做优", U"做强", U"做大", U"壮大", U"用好",
};

constexpr std::u32string_view kLeadingChars = U"以由让使据从向对把被给跟同与和及在于为将令经如像除还并暨";

// Name parts that make a "name" generic rather than proper.
constexpr std::u32string_view kGenericCores[] = {
    U"该",     U"本",   U"这",   U"此",   U"其",   U"各",   U"每",   U"一批", U"一家", U"一个", U"一些",
    U"多家",   U"龙头", U"企业", U"上市", U"国有", U"民营", U"部分", U"存量", U"一定", U"相关", U"各类",
    U"安排",   U"预算", U"设立", U"科研", U"高校", U"有关", U"上述", U"下属", U"旗下", U"母",   U"子",
    U"当地",   U"全市", U"全省", U"我市", U"我省", U"两地", U"三地", U"四地", U"市级", U"省级", U"国家级",
    U"省部级", U"产业", U"投资", U"引导", U"政府", U"这些", U"多个", U"多地", U"各地", U"重点", U"知名",
    U"大型",   U"中小", U"专业", U"新型", U"配套", U"中试", U"试点", U"示范", U"在建", U"续建", U"新开工",
    U"重大",   U"首批", U"募投", U"不",   U"没",   U"未",   U"所",   U"全国", U"参股", U"储备",
};

// Built on first use, so that no static initialisation order matters.
const CharSet& boundary_set() {
  static const CharSet s{kBoundary};
  return s;
}
const CharSet& stop_set() {
  static const CharSet s{kStopChars};
  return s;
}
const CharSet& cut_word_ends() {
  static const CharSet s{[] {
    std::u32string chars;
    for (auto w : kCutWords) chars.push_back(w.back());
    return chars;
  }()};
  return s;
}

// The cut words by their last character (sorted by it), so that a position
// is compared only with the words that can end there.
struct CutWordsByEnd {
  std::vector<std::pair<char32_t, std::u32string_view>> words;
  CutWordsByEnd() {
    for (auto w : kCutWords) words.emplace_back(w.back(), w);
    std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  // True if a cut word of at least min_size characters ends at text[..k) and starts at or after b.
  bool ends_at(std::u32string_view text, std::uint32_t b, std::uint32_t k, std::size_t min_size = 1) const {
    const char32_t last = text[k - 1];
    auto it = std::lower_bound(words.begin(), words.end(), last, [](const auto& e, char32_t c) { return e.first < c; });
    for (; it != words.end() && it->first == last; ++it) {
      const auto w = it->second;
      if (w.size() >= min_size && k >= b + w.size() && text.substr(k - w.size(), w.size()) == w) return true;
    }
    return false;
  }
};
const CutWordsByEnd& cut_words_by_end() {
  static const CutWordsByEnd s;
  return s;
}

}  // namespace

bool is_boundary_char(char32_t c) { return c < 0x20 || boundary_set()(c); }

bool is_enumeration_sep(char32_t c) {
  return c == U'、' || c == U'和' || c == U'及' || c == U'与' || c == ',' || c == '+' || c == U'，';
}

bool is_leading_char(char32_t c) { return kLeadingChars.find(c) != std::u32string_view::npos; }

bool is_name_char(char32_t c) {
  if (is_boundary_char(c)) return false;
  return utf8::is_han(c) || utf8::is_ascii_alnum(c) || c == '-' || c == '&' || c == '+';
}

std::uint32_t scan_name_start(std::u32string_view text, std::uint32_t end, std::uint32_t limit,
                              std::uint32_t min_start) {
  const CharSet& stops = stop_set();
  const CharSet& cut_ends = cut_word_ends();
  // 向 cuts names (向X提供…), but 向海经济 (the sea-facing economy) is a word of names.
  auto xiang_hai = [&](std::uint32_t k) { return text[k] == U'向' && text.substr(k + 1, 3) == U"海经济"; };
  std::uint32_t b = end;
  // A run of Latin letters or digits counts as one character (20GWh, PACK).
  std::uint32_t units = 0;
  while (b > min_start && units < limit) {
    const char32_t c = text[b - 1];
    if (!(utf8::is_ascii_alnum(c) && b < end && utf8::is_ascii_alnum(text[b]))) ++units;
    // A decimal point between digits belongs to the name (年产1.5万吨…项目).
    // (one to three digits after it: not an item number before a year, 8.2024第四届…)
    if (c == '.' && b >= 2 && utf8::is_ascii_digit(text[b - 2]) && b < text.size() && utf8::is_ascii_digit(text[b])) {
      std::size_t digits = 0;
      while (b + digits < text.size() && utf8::is_ascii_digit(text[b + digits])) ++digits;
      if (digits > 3) break;
      --b;
      continue;
    }
    // 项 counts things (三项), but 项目 is a word inside names (…重大项目集中签约活动).
    // (暨 joins two names, but 诸暨 is a city.)
    if (!is_name_char(c) ||
        (stops(c) && !(c == U'项' && text[b] == U'目') && !(c == U'暨' && b >= 2 && text[b - 2] == U'诸') &&
         !(c == U'未' && text[b] == U'来') &&  // (未 negates, but 未来 is a word of names)
         !xiang_hai(b - 1)))
      break;
    --b;
  }
  // Cut after the last word that cannot be inside a name (nearest to the end).
  std::uint32_t cut = b;
  const CutWordsByEnd& by_end = cut_words_by_end();
  for (std::uint32_t k = end; k > b; --k) {
    if (!cut_ends(text[k - 1])) continue;  // last characters of the cut words: a cheap test first
    if (by_end.ends_at(text, b, k) && !xiang_hai(k - 1)) {
      cut = k;
      break;
    }
  }
  // A word that the length limit cut in two (…落|地盘锦辽东湾新区): the name starts after it.
  if (cut == b && b > 0 && b + 1 < end && cut_ends(text[b]) && by_end.ends_at(text, b - 1, b + 1, 2) &&
      !by_end.ends_at(text, b, b + 1))
    cut = b + 1;
  b = cut;
  while (b < end && (text[b] == '-' || text[b] == '+' || text[b] == '&')) ++b;
  // Trim leading verbs and prepositions, repeatedly.
  bool changed = true;
  while (changed && b < end) {
    changed = false;
    // 联合 opens a name only as a verb when a long name follows (联合西北工业大学, not 联合飞机).
    if (end - b >= 5 && text.substr(b, 2) == U"联合" && text[b + 2] != U'国') {
      b += 2;
      changed = true;
      continue;
    }
    for (auto w : kLeadingWords) {
      if (end - b > w.size() + 1 && text.substr(b, w.size()) == w) {
        b += static_cast<std::uint32_t>(w.size());
        changed = true;
        break;
      }
    }
    if (!changed && end - b > 2 && kLeadingChars.find(text[b]) != std::u32string_view::npos) {
      ++b;
      changed = true;
    }
    // 其 (its) opens no name (其一体化压铸件项目); 及其 stays (电解铝及其配套项目).
    if (!changed && end - b > 2 && text[b] == U'其' && !(b > 0 && text[b - 1] == U'及')) {
      ++b;
      changed = true;
    }
  }
  return b;
}

namespace {
// Appends c to a key unless it is dropped from keys; returns the new end.
inline char* put_key_char(char* p, char32_t raw) {
  if (utf8::is_common_ideograph(raw)) return utf8::put(p, raw);  // unchanged and never dropped
  const char32_t c = normalize_char(raw);
  if (c == 0 || c == ' ' || c == '\n') return p;
  static const CharSet kDrop{U"《》〈〉“”\"'‘’「」『』【】[]·•"};
  if (kDrop(c)) return p;
  return utf8::put(p, c);
}
}  // namespace

std::string name_key(std::string_view name) {
  // Written into a buffer that fits the worst case (an invalid byte becomes
  // the three bytes of U+FFFD), then cut to length.
  std::string out(name.size() * 3, '\0');
  char* p = out.data();
  for (std::size_t i = 0; i < name.size();) p = put_key_char(p, utf8::next(name, i));
  out.resize(static_cast<std::size_t>(p - out.data()));
  return out;
}

std::string name_key(std::u32string_view name) {
  std::string out(name.size() * 4, '\0');
  char* p = out.data();
  for (char32_t c : name) p = put_key_char(p, c);
  out.resize(static_cast<std::size_t>(p - out.data()));
  return out;
}

bool cut_word_ends_at(std::u32string_view text, std::uint32_t b, std::uint32_t k) {
  return k >= 2 && cut_word_ends()(text[k - 1]) && cut_words_by_end().ends_at(text, b, k, 2);
}

bool contains_cut_word(std::u32string_view s) {
  // Any word of two or more characters ending anywhere in s.
  const CharSet& cut_ends = cut_word_ends();
  const CutWordsByEnd& by_end = cut_words_by_end();
  for (std::uint32_t k = static_cast<std::uint32_t>(s.size()); k >= 2; --k)
    if (cut_ends(s[k - 1]) && by_end.ends_at(s, 0, k, 2)) return true;
  return false;
}

bool opens_with_ben_word(std::u32string_view core) {
  static const CharSet kAfterBen{U"市省区县镇地土次届轮批公企项基集年月期单园所院会部人"};
  return core.starts_with(U"本") && (core.size() == 1 || kAfterBen(core[1]));
}

bool is_generic_core(std::u32string_view core) {
  if (core.empty()) return true;
  // 第二批基金, 第3批项目: a batch, not a name.
  if (core.size() >= 3 && core[0] == U'第' && (core[2] == U'批' || (core.size() >= 4 && core[3] == U'批'))) return true;
  // A count of things (15家企业, 10只基金, 4家投资机构) names no one.
  // (also after 余/另/其余: 余三支基金). Character sets: one bit test each (a hot path).
  static const CharSet kNumeral{U"一二三四五六七八九十两几"}, kCountStart{U"一二三四五六七八九十两几数"},
      kCountPart{U"一二三四五六七八九十百千两几数余多"}, kClassifier{U"家个只项批支所座场"};
  if (core.size() > 1 && (core.front() == U'余' || core.front() == U'另') &&
      (utf8::is_ascii_digit(core[1]) || kNumeral(core[1])))
    core.remove_prefix(1);
  if (utf8::is_ascii_digit(core.front()) || kCountStart(core.front())) {
    std::size_t k = 0;
    while (k < core.size() && (utf8::is_ascii_digit(core[k]) || kCountPart(core[k]))) ++k;
    if (k < core.size() && kClassifier(core[k])) return true;
  }
  static const CharSet kFirst{[] {
    std::u32string chars;
    for (auto g : kGenericCores) chars.push_back(g.front());
    return chars;
  }()};
  if (!kFirst(core.front())) return false;  // no generic word starts with its first character
  if (core.front() == U'本' && !opens_with_ben_word(core)) return false;  // 本源量子, 本钢: a brand
  if (core.starts_with(U"未来") && core.size() > 2) return false;         // 未来科技, 未来基板: a name
  for (auto g : kGenericCores)
    if (core == g || core.substr(0, g.size()) == g) return true;
  return false;
}

bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (auto w : words)
    if (find_in_text(s, w) != std::u32string_view::npos) return true;
  return false;
}

bool starts_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (auto w : words)
    if (s.size() >= w.size() && s.substr(0, w.size()) == w) return true;
  return false;
}

bool ends_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (auto w : words)
    if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) return true;
  return false;
}

}  // namespace ckg
