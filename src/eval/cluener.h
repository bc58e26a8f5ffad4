// Span-level evaluation on CLUENER2020 (JSON Lines: text, label -> type ->
// entity -> [[start, end]] with inclusive code-point offsets) for the three
// labels the graph has a counterpart for:
//   company    <- Company mentions
//   government <- GovernmentBody mentions
//   address    <- Province, City, District, Region and Zone mentions; places
//                 that follow each other (北京市海淀区) form one address span
// Only outermost mentions count: a place inside an organisation's name is
// part of that name, as in CLUENER's flat annotation.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/extraction.h"

namespace ckg::eval {

struct ClueSpan {
  std::string label;
  std::uint32_t begin = 0, end = 0;  // code points, end exclusive
  auto operator<=>(const ClueSpan&) const = default;
};

struct ClueRecord {
  std::string text;
  std::vector<ClueSpan> gold;  // only the three evaluated labels
};

// Reads the file; on failure sets `error` to "<file>:<line>: <reason>".
std::optional<std::vector<ClueRecord>> read_cluener(const std::filesystem::path& file, std::string& error);
std::optional<ClueRecord> parse_cluener_line(const std::string& line, std::string& error);

// The spans the extractor predicts for one extraction, by the mapping above.
std::vector<ClueSpan> cluener_spans(const ArticleExtraction& x);

struct ClueCount {
  int tp = 0, pred = 0, gold = 0;
};
struct ClueScores {
  std::map<std::string, ClueCount> by_label;
  std::vector<std::string> misses;
  int sentences = 0;
};
void score_cluener(const ClueRecord& rec, const std::vector<ClueSpan>& predicted, ClueScores& out);
std::string format_cluener(const ClueScores& s, bool with_misses);

}  // namespace ckg::eval
