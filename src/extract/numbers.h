// Money, counts and years in Chinese text.
//
// Money is normalised to yuan as an exact decimal string ("32.7亿元" ->
// "3270000000", "1.2万亿" -> "1200000000000", "千亿级" -> "100000000000").
// Years come from "到2030年", "2030年前", and five-year plans ("十五五"末 -> 2030).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ckg {

struct MoneyMatch {
  std::size_t begin = 0, end = 0;  // in the text searched, end exclusive
  std::string value;               // exact decimal, in units of `currency`
  std::string currency = "CNY";    // "CNY" or "USD"
  bool level = false;              // "千亿级", "500亿级": a size class, not an exact figure
};

struct CountMatch {
  std::size_t begin = 0, end = 0;
  long long value = 0;
  bool approximate = false;  // 余, 多, 近, 超过 ...
};

struct YearMatch {
  std::size_t begin = 0, end = 0;
  int year = 0;
  bool plan_end = false;  // derived from a five-year plan ("十五五"末)
};

// Multiplies a decimal string by 10^exp10 and returns the canonical decimal
// ("32.7", 8 -> "3270000000"; "0.5", 0 -> "0.5"). Empty string if malformed.
std::string scale_decimal(std::string_view digits, int exp10);

// Value of a Chinese numeral such as 三, 十二, 一百, 两千, 三千五百; nullopt if s is not one.
std::optional<long long> parse_chinese_integer(std::u32string_view s);

// Money expression starting exactly at `pos`, or nothing.
std::optional<MoneyMatch> money_at(std::u32string_view text, std::size_t pos);
// All non-overlapping money expressions in text[begin, end).
std::vector<MoneyMatch> find_money(std::u32string_view text, std::size_t begin = 0,
                                   std::size_t end = std::u32string_view::npos);

// "400余家", "364家", "4300家": a number followed by the measure word 家.
std::vector<CountMatch> find_counts(std::u32string_view text, std::size_t begin = 0,
                                    std::size_t end = std::u32string_view::npos);

// Last year of the Nth five-year plan (14 -> 2025, 15 -> 2030).
inline int five_year_plan_end(int n) { return 1955 + 5 * n; }

// Years: "2030年" (1949..2100) and five-year plans ("十五五", optionally quoted,
// optionally followed by 末/期间/时期). Non-overlapping, in order.
std::vector<YearMatch> find_years(std::u32string_view text, std::size_t begin = 0,
                                  std::size_t end = std::u32string_view::npos);

// Human-readable Chinese form of a yuan amount: "120亿元", "1.2万亿元", "3000万元".
std::string format_yuan(std::string_view decimal);

}  // namespace ckg
