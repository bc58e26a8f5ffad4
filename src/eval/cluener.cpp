#include "eval/cluener.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "util/utf8.h"

namespace ckg::eval {
namespace {

const char* const kLabels[] = {"address", "company", "government"};

bool evaluated(const std::string& label) {
  for (const char* l : kLabels)
    if (label == l) return true;
  return false;
}

std::string label_of(EntityType t) {
  switch (t) {
    case EntityType::Company:
      return "company";
    case EntityType::GovernmentBody:
      return "government";
    case EntityType::Province:
    case EntityType::City:
    case EntityType::District:
    case EntityType::Region:
    case EntityType::Zone:
      return "address";
    default:
      return "";
  }
}

}  // namespace

std::optional<ClueRecord> parse_cluener_line(const std::string& line, std::string& error) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    error = "not valid JSON (byte " + std::to_string(e.byte) + ")";
    return std::nullopt;
  }
  if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
    error = "no \"text\" string";
    return std::nullopt;
  }
  ClueRecord r;
  r.text = j["text"].get<std::string>();
  const auto n = static_cast<std::uint32_t>(utf8::length(r.text));
  if (j.contains("label") && j["label"].is_object()) {
    for (const auto& [label, ents] : j["label"].items()) {
      if (!evaluated(label) || !ents.is_object()) continue;
      for (const auto& [name, spans] : ents.items()) {
        if (!spans.is_array()) continue;
        for (const auto& sp : spans) {
          if (!sp.is_array() || sp.size() != 2 || !sp[0].is_number_integer() || !sp[1].is_number_integer()) {
            error = "label " + label + " has a span that is not [start, end]";
            return std::nullopt;
          }
          const auto b = sp[0].get<long long>(), e = sp[1].get<long long>();
          if (b < 0 || e < b || e >= n) {
            error =
                "label " + label + " span [" + std::to_string(b) + ", " + std::to_string(e) + "] is outside the text";
            return std::nullopt;
          }
          r.gold.push_back({label, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e + 1)});
        }
      }
    }
  }
  std::sort(r.gold.begin(), r.gold.end());
  r.gold.erase(std::unique(r.gold.begin(), r.gold.end()), r.gold.end());
  return r;
}

std::optional<std::vector<ClueRecord>> read_cluener(const std::filesystem::path& file, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = file.string() + ": cannot be read";
    return std::nullopt;
  }
  std::vector<ClueRecord> out;
  std::string line;
  for (std::size_t no = 1; std::getline(in, line); ++no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string why;
    auto r = parse_cluener_line(line, why);
    if (!r) {
      error = file.string() + ":" + std::to_string(no) + ": " + why;
      return std::nullopt;
    }
    out.push_back(std::move(*r));
  }
  return out;
}

std::vector<ClueSpan> cluener_spans(const ArticleExtraction& x) {
  struct M {
    Span span;
    EntityType type;
  };
  std::vector<M> all;
  for (const auto& e : x.entities)
    for (const auto& m : e.mentions) all.push_back({m.span, e.type});
  std::sort(all.begin(), all.end(), [](const M& a, const M& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  // Outermost mentions only.
  std::vector<M> outer;
  for (const auto& m : all) {
    if (!outer.empty() && m.span.begin < outer.back().span.end) continue;
    outer.push_back(m);
  }
  std::vector<ClueSpan> out;
  for (const auto& m : outer) {
    const std::string label = label_of(m.type);
    if (label.empty()) continue;
    // Places that follow each other are one address.
    if (label == "address" && !out.empty() && out.back().label == "address" && out.back().end == m.span.begin) {
      out.back().end = m.span.end;
      continue;
    }
    out.push_back({label, m.span.begin, m.span.end});
  }
  std::sort(out.begin(), out.end());
  return out;
}

void score_cluener(const ClueRecord& rec, const std::vector<ClueSpan>& predicted, ClueScores& out) {
  ++out.sentences;
  const std::set<ClueSpan> gold(rec.gold.begin(), rec.gold.end());
  const std::set<ClueSpan> pred(predicted.begin(), predicted.end());
  const std::u32string text = utf8::decode(rec.text);
  auto surface = [&](const ClueSpan& s) {
    return utf8::encode(std::u32string_view(text).substr(s.begin, s.end - s.begin));
  };
  for (const char* l : kLabels) out.by_label[l];
  for (const auto& g : gold) {
    auto& c = out.by_label[g.label];
    ++c.gold;
    if (pred.count(g))
      ++c.tp;
    else
      out.misses.push_back("missed " + g.label + " " + surface(g) + " | " + rec.text);
  }
  for (const auto& p : pred) {
    ++out.by_label[p.label].pred;
    if (!gold.count(p)) out.misses.push_back("spurious " + p.label + " " + surface(p) + " | " + rec.text);
  }
}

std::string format_cluener(const ClueScores& s, bool with_misses) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%-12s %5s %5s %5s %6s %6s %6s\n", "label", "tp", "pred", "gold", "P", "R", "F1");
  out += line;
  int tp = 0, np = 0, ng = 0;
  auto row = [&](const std::string& name, int t, int p, int g) {
    const double pr = p ? static_cast<double>(t) / p : 0.0, rc = g ? static_cast<double>(t) / g : 0.0;
    const double f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0.0;
    std::snprintf(line, sizeof line, "%-12s %5d %5d %5d %6.3f %6.3f %6.3f\n", name.c_str(), t, p, g, pr, rc, f);
    out += line;
  };
  for (const auto& [label, c] : s.by_label) {
    row(label, c.tp, c.pred, c.gold);
    tp += c.tp;
    np += c.pred;
    ng += c.gold;
  }
  row("micro", tp, np, ng);
  if (with_misses)
    for (const auto& m : s.misses) out += m + "\n";
  out += "(" + std::to_string(s.sentences) + " sentences; exact spans)\n";
  return out;
}

}  // namespace ckg::eval
