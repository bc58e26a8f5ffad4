// Lexical helpers shared by the rule families.
#include <algorithm>
#include <array>

#include "extract/document.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// Characters that never belong to a name.
constexpr std::u32string_view kBoundary =
    U" \n,.;:!?()[]{}<>\"'、，。；：！？（）【】《》〈〉「」『』“”‘’…—·•/\\|";

// Single characters that end a name when scanning left (function words).
constexpr std::u32string_view kStopChars = U"的在与和及或是为由从对向把被将并也已于等了着过个家位名项之其该此这那";

// Words that precede names but are not part of them; longest first.
constexpr std::array<std::u32string_view, 96> kLeadingWords = {
    U"据悉", U"记者", U"目前", U"近日", U"日前", U"近年来", U"今年", U"去年", U"同时", U"此外",
    U"其中", U"包括", U"以及", U"通过", U"位于", U"来自", U"作为", U"成为", U"入职", U"推动",
    U"支持", U"依托", U"引进", U"落户", U"签约", U"携手", U"组建", U"设立", U"成立", U"发起",
    U"打造", U"建设", U"注入", U"带动", U"吸引", U"培育", U"形成", U"加快", U"推进", U"举办",
    U"举行", U"召开", U"发布", U"印发", U"出台", U"公布", U"宣布", U"表示", U"介绍", U"指出",
    U"认为", U"透露", U"获悉", U"了解", U"参与", U"参加", U"出席", U"联手", U"牵头", U"主导",
    U"投资", U"收购", U"入驻", U"进驻", U"落地", U"开展", U"实施", U"启动", U"完成", U"实现",
    U"聚集", U"汇聚", U"集聚", U"拥有", U"新增", U"新建", U"兴建", U"筹建", U"开发", U"生产",
    U"研制", U"制造", U"围绕", U"面向", U"针对", U"关于", U"按照", U"根据", U"对于", U"随着",
    U"由于", U"为了", U"以及", U"还有", U"就是", U"即",
};

constexpr std::u32string_view kLeadingChars = U"以由让使据从向对把被给跟同与和及在于为将使令经如像";

}  // namespace

bool is_boundary_char(char32_t c) { return c < 0x20 || kBoundary.find(c) != std::u32string_view::npos; }

bool is_name_char(char32_t c) {
  if (is_boundary_char(c)) return false;
  return utf8::is_han(c) || utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) || c == '-' ||
         c == '&' || c == '+';
}

std::uint32_t scan_name_start(std::u32string_view text, std::uint32_t end, std::uint32_t limit,
                              std::uint32_t min_start) {
  std::uint32_t b = end;
  while (b > min_start && end - b < limit) {
    const char32_t c = text[b - 1];
    if (!is_name_char(c) || kStopChars.find(c) != std::u32string_view::npos) break;
    --b;
  }
  // Trim leading function words and verbs, repeatedly.
  bool changed = true;
  while (changed && b < end) {
    changed = false;
    for (auto w : kLeadingWords) {
      if (end - b > w.size() && text.substr(b, w.size()) == w) {
        b += static_cast<std::uint32_t>(w.size());
        changed = true;
        break;
      }
    }
    if (!changed && end - b > 2 && kLeadingChars.find(text[b]) != std::u32string_view::npos) {
      ++b;
      changed = true;
    }
  }
  return b;
}

std::string name_key(std::string_view name) {
  std::u32string s = utf8::decode(name);
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    c = normalize_char(c);
    if (c == 0 || c == ' ' || c == '\n') continue;
    static constexpr std::u32string_view kDrop = U"《》〈〉“”\"'‘’「」『』【】[]·•";
    if (kDrop.find(c) != std::u32string_view::npos) continue;
    out.push_back(c);
  }
  return utf8::encode(out);
}

}  // namespace ckg
