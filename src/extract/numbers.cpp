#include "extract/numbers.h"

#include <algorithm>

#include "util/char_set.h"
#include "util/u32_find.h"
#include "util/utf8.h"

namespace ckg {
namespace {

int cn_digit(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int cn_small_unit(char32_t c) {
  switch (c) {
    case U'十':
      return 1;
    case U'百':
      return 2;
    case U'千':
      return 3;
    default:
      return -1;
  }
}

// The characters cn_digit and cn_small_unit know, by one bit test (money is
// searched for over whole sentences, most of whose characters are not numerals).
const CharSet kCnNumerals(U"零〇一二两三四五六七八九十百千");
bool is_cn_numeral(char32_t c) { return kCnNumerals(c); }

// Measure words after which a number is not money.
bool is_non_money_unit(char32_t c) {
  static const std::u32string_view kUnits =
      U"吨台个家人户辆架颗座项条平立方米千瓦度亩件次只头株棵套张部台名位所间栋层倍%‰";
  return kUnits.find(c) != std::u32string_view::npos;
}

std::string strip_zeros(std::string s) {
  // Leading zeros of the integer part.
  std::size_t dot = s.find('.');
  std::size_t int_len = dot == std::string::npos ? s.size() : dot;
  std::size_t lead = 0;
  while (lead + 1 < int_len && s[lead] == '0') ++lead;
  s.erase(0, lead);
  dot = s.find('.');
  if (dot != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s.empty()) s = "0";
  return s;
}

}  // namespace

std::string scale_decimal(std::string_view digits, int exp10) {
  std::string intpart, frac;
  bool seen_dot = false;
  for (char c : digits) {
    if (c == '.') {
      if (seen_dot) return "";
      seen_dot = true;
    } else if (c >= '0' && c <= '9') {
      (seen_dot ? frac : intpart).push_back(c);
    } else if (c == ',') {
      if (seen_dot) return "";
    } else {
      return "";
    }
  }
  if (intpart.empty() && frac.empty()) return "";
  std::string all = intpart + frac;
  int point = static_cast<int>(intpart.size()) + exp10;  // position of the decimal point in `all`
  if (point <= 0) {
    all = std::string(static_cast<std::size_t>(-point) + 1, '0') + all;
    point = 1;
  }
  if (point >= static_cast<int>(all.size())) {
    all.append(static_cast<std::size_t>(point) - all.size(), '0');
    return strip_zeros(all);
  }
  return strip_zeros(all.substr(0, static_cast<std::size_t>(point)) + "." +
                     all.substr(static_cast<std::size_t>(point)));
}

std::optional<long long> parse_chinese_integer(std::u32string_view s) {
  if (s.empty()) return std::nullopt;
  long long total = 0, section = 0, digit = -1;
  for (char32_t c : s) {
    int d = cn_digit(c);
    if (d >= 0) {
      digit = d;
      continue;
    }
    int u = cn_small_unit(c);
    if (u >= 0) {
      long long mult = u == 1 ? 10 : u == 2 ? 100 : 1000;
      section += (digit < 0 ? 1 : digit) * mult;
      digit = -1;
      continue;
    }
    if (c == U'万') {
      section += digit < 0 ? 0 : digit;
      total += (section == 0 ? 1 : section) * 10000;
      section = 0;
      digit = -1;
      continue;
    }
    return std::nullopt;
  }
  if (digit >= 0) section += digit;
  return total + section;
}

std::optional<MoneyMatch> money_at(std::u32string_view t, std::size_t pos) {
  const std::size_t n = t.size();
  if (pos >= n) return std::nullopt;
  std::size_t i = pos;
  std::string mantissa;  // decimal digits
  int exp10 = 0;
  if (utf8::is_ascii_digit(t[i])) {
    while (i < n && (utf8::is_ascii_digit(t[i]) || t[i] == '.' || t[i] == ',')) {
      if (t[i] == ',' && !(i + 1 < n && utf8::is_ascii_digit(t[i + 1]))) break;
      if (t[i] == '.' && !(i + 1 < n && utf8::is_ascii_digit(t[i + 1]))) break;
      if (t[i] != ',') mantissa.push_back(static_cast<char>(t[i]));
      ++i;
    }
  } else if (cn_digit(t[i]) >= 0 || cn_small_unit(t[i]) >= 0) {
    std::size_t j = i;
    while (j < n && is_cn_numeral(t[j])) ++j;
    auto v = parse_chinese_integer(t.substr(i, j - i));
    if (!v) return std::nullopt;
    mantissa = std::to_string(*v);
    i = j;
  } else {
    return std::nullopt;
  }
  if (mantissa.empty()) return std::nullopt;
  // Magnitude words after an Arabic number: 十 百 千 万 亿 (any sequence).
  bool magnitude = false, has_yi = false, has_wan = false;
  while (i < n) {
    char32_t c = t[i];
    if (c == U'万') {
      exp10 += 4;
      has_wan = true;
    } else if (c == U'亿') {
      exp10 += 8;
      has_yi = true;
    } else if (c == U'千' && i + 1 < n && (t[i + 1] == U'万' || t[i + 1] == U'亿'))
      exp10 += 3;
    else if (c == U'百' && i + 1 < n && (t[i + 1] == U'万' || t[i + 1] == U'亿'))
      exp10 += 2;
    else if (c == U'十' && i + 1 < n && (t[i + 1] == U'万' || t[i + 1] == U'亿'))
      exp10 += 1;
    else
      break;
    magnitude = true;
    ++i;
  }
  MoneyMatch m;
  m.begin = pos;
  bool currency = false;
  if (i < n && t[i] == U'元') {
    currency = true;
    ++i;
  } else if (i + 1 < n && t[i] == U'美' && t[i + 1] == U'元') {
    currency = true;
    m.currency = "USD";
    i += 2;
  } else if (i + 2 < n && t[i] == U'人' && t[i + 1] == U'民' && t[i + 2] == U'币') {
    currency = true;
    i += 3;
  }
  if (!currency) {
    // Without 元 only 亿 (possibly 万亿) counts as money, and not before a measure word.
    if (!has_yi) return std::nullopt;
    if (i < n && is_non_money_unit(t[i])) return std::nullopt;
  }
  if (!currency && !magnitude) return std::nullopt;
  (void)has_wan;
  if (i < n && t[i] == U'级') {
    m.level = true;
    ++i;
  }
  m.end = i;
  m.value = scale_decimal(mantissa, exp10);
  if (m.value.empty()) return std::nullopt;
  return m;
}

std::vector<MoneyMatch> find_money(std::u32string_view t, std::size_t begin, std::size_t end) {
  std::vector<MoneyMatch> out;
  end = std::min(end, t.size());
  auto view = t.substr(0, end);
  for (std::size_t i = begin; i < end;) {
    const char32_t c = view[i];
    const bool can_start = utf8::is_ascii_digit(c) || is_cn_numeral(c);
    // Do not start inside a number ("12.5亿" must not also yield "2.5亿").
    const bool inside =
        i > begin && (utf8::is_ascii_digit(view[i - 1]) || view[i - 1] == '.') && utf8::is_ascii_digit(c);
    if (can_start && !inside) {
      if (auto m = money_at(view, i)) {
        out.push_back(*m);
        i = m->end;
        continue;
      }
    }
    ++i;
  }
  return out;
}

std::vector<CountMatch> find_counts(std::u32string_view t, std::size_t begin, std::size_t end) {
  std::vector<CountMatch> out;
  end = std::min(end, t.size());
  for (std::size_t i = begin; i < end; ++i) {
    if (!utf8::is_ascii_digit(t[i]) || (i > begin && (utf8::is_ascii_digit(t[i - 1]) || t[i - 1] == '.'))) continue;
    std::size_t j = i;
    long long v = 0;
    while (j < end && (utf8::is_ascii_digit(t[j]) || t[j] == ',')) {
      if (t[j] != ',') v = v * 10 + (t[j] - '0');
      if (v > 1000000000LL) break;
      ++j;
    }
    if (j < end && t[j] == '.') continue;  // a decimal is not a count
    bool approx = false;
    std::size_t k = j;
    if (k < end && (t[k] == U'余' || t[k] == U'多')) {
      approx = true;
      ++k;
    }
    if (k < end && t[k] == U'家') {
      CountMatch c;
      c.begin = i;
      c.end = k + 1;
      c.value = v;
      c.approximate = approx;
      if (i >= 1 && (t[i - 1] == U'近' || t[i - 1] == U'超' || t[i - 1] == U'逾')) c.approximate = true;
      out.push_back(c);
      i = k;
    }
  }
  return out;
}

std::vector<YearMatch> find_years(std::u32string_view t, std::size_t begin, std::size_t end) {
  std::vector<YearMatch> out;
  end = std::min(end, t.size());
  if (begin >= end) return out;
  const std::u32string_view v = t.substr(0, end);
  // The matches, each with the position a left-to-right scan would find it
  // at (the year's first digit, the plan's 十) and where that scan goes on.
  struct Found {
    std::size_t at, resume;
    YearMatch m;
  };
  std::vector<Found> found;
  // 2030年: found from 年, the rarer character.
  for (std::size_t k = find_char(v, U'年', begin + 4); k != std::u32string_view::npos; k = find_char(v, U'年', k + 1)) {
    const std::size_t i = k - 4;
    if (!utf8::is_ascii_digit(t[i]) || (i > begin && utf8::is_ascii_digit(t[i - 1])) ||
        !utf8::is_ascii_digit(t[i + 1]) || !utf8::is_ascii_digit(t[i + 2]) || !utf8::is_ascii_digit(t[i + 3]))
      continue;
    const int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    if (y >= 1949 && y <= 2100) found.push_back({i, i + 5, {i, i + 5, y, false}});
  }
  // 十四五 / 十五五 / “十五五”末: found from 五.
  for (std::size_t k = find_char(v, U'五', begin + 2); k != std::u32string_view::npos; k = find_char(v, U'五', k + 1)) {
    const std::size_t i = k - 2;
    if (t[i] != U'十' || cn_digit(t[i + 1]) <= 0) continue;
    const int n = 10 + cn_digit(t[i + 1]);
    std::size_t j = i + 3;
    if (j < end && (t[j] == U'”' || t[j] == '"' || t[j] == U'’')) ++j;
    if (j < end && (t[j] == U'末' || t[j] == U'期' || t[j] == U'时' || t[j] == U'规')) {
      if (t[j] == U'末')
        ++j;
      else if (j + 1 < end)
        j += 2;
    }
    std::size_t b = i;
    if (b > begin && (t[b - 1] == U'“' || t[b - 1] == '"' || t[b - 1] == U'‘')) --b;
    found.push_back({i, j, {b, j, five_year_plan_end(n), true}});
  }
  // In scan order, skipping what a scan would step over after a match.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.at < b.at; });
  std::size_t next = begin;
  for (const auto& f : found) {
    if (f.at < next) continue;
    out.push_back(f.m);
    next = f.resume;
  }
  return out;
}

std::string format_yuan(std::string_view decimal) {
  // Pick the largest unit that keeps at least one integer digit.
  struct Unit {
    int exp;
    const char* name;
  };
  static const Unit kUnits[] = {{12, "万亿元"}, {8, "亿元"}, {4, "万元"}, {0, "元"}};
  std::string s(decimal);
  std::size_t dot = s.find('.');
  int int_digits = static_cast<int>(dot == std::string::npos ? s.size() : dot);
  for (const auto& u : kUnits) {
    if (int_digits > u.exp || u.exp == 0) {
      return scale_decimal(s, -u.exp) + u.name;
    }
  }
  return s + "元";
}

}  // namespace ckg
