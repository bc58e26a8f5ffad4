#include "query/solution_order.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <string_view>

#include "query/query_guard.h"

namespace ckg {

namespace {

using Kind = SparqlToken::Kind;

std::optional<std::size_t> count_of(const SparqlToken& t) {
  if (t.kind != Kind::Number || t.text.empty() || t.text.size() > 18) return std::nullopt;
  for (char c : t.text)
    if (c < '0' || c > '9') return std::nullopt;
  return static_cast<std::size_t>(std::strtoull(t.text.c_str(), nullptr, 10));
}

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

bool numeric_datatype(std::string_view dt) {
  if (dt.substr(0, kXsd.size()) != kXsd) return false;
  dt.remove_prefix(kXsd.size());
  for (std::string_view n : {"integer", "decimal", "double", "float", "int", "long", "short", "byte",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
                             "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"})
    if (dt == n) return true;
  return false;
}

// The value of a numeric literal, or nothing if its lexical form is not a number.
std::optional<long double> number_of(const ResultTerm& t) {
  if (!numeric_datatype(t.datatype) || t.value.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const long double v = std::strtold(t.value.c_str(), &end);
  if (errno != 0 || end != t.value.c_str() + t.value.size()) return std::nullopt;
  return v;
}

int three_way(const std::string& a, const std::string& b) {
  const int c = a.compare(b);  // bytes: code point order for UTF-8
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

}  // namespace

std::optional<SolutionOrder> take_solution_order(std::string& query) {
  const auto toks = tokenize_sparql(query);
  std::vector<int> depth(toks.size());
  int d = 0;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    depth[i] = d;
    if (is_punct(toks[i], "{")) ++d;
    if (is_punct(toks[i], "}")) d = std::max(0, d - 1);
  }
  std::size_t sel = 0;
  while (sel < toks.size() &&
         !(depth[sel] == 0 && (is_keyword(toks[sel], "SELECT") || is_keyword(toks[sel], "ASK") ||
                               is_keyword(toks[sel], "CONSTRUCT") || is_keyword(toks[sel], "DESCRIBE"))))
    ++sel;
  if (sel == toks.size() || !is_keyword(toks[sel], "SELECT")) return std::nullopt;

  // The projection: plain variables and (expression AS ?v), or *.
  bool star = false;
  std::vector<std::string> projected;
  int paren = 0;
  std::size_t i = sel + 1;
  for (; i < toks.size(); ++i) {
    const auto& t = toks[i];
    if (paren == 0 && (is_keyword(t, "WHERE") || is_keyword(t, "FROM") || is_punct(t, "{"))) break;
    if (is_punct(t, "(")) ++paren;
    if (is_punct(t, ")")) --paren;
    if (paren == 0 && is_punct(t, "*")) star = true;
    if (t.kind == Kind::Var && (paren == 0 || (i > 0 && is_keyword(toks[i - 1], "AS"))))
      projected.push_back(t.text.substr(1));
  }

  // ORDER BY at the top level, after the WHERE clause.
  std::size_t order = i;
  while (order + 1 < toks.size() &&
         !(depth[order] == 0 && is_keyword(toks[order], "ORDER") && is_keyword(toks[order + 1], "BY")))
    ++order;
  if (order + 1 >= toks.size()) return std::nullopt;
  SolutionOrder out;
  std::size_t k = order + 2;
  while (k < toks.size()) {
    if (toks[k].kind == Kind::Var) {
      out.keys.push_back({toks[k].text.substr(1), false});
      ++k;
    } else if ((is_keyword(toks[k], "ASC") || is_keyword(toks[k], "DESC")) && k + 3 < toks.size() &&
               is_punct(toks[k + 1], "(") && toks[k + 2].kind == Kind::Var && is_punct(toks[k + 3], ")")) {
      out.keys.push_back({toks[k + 2].text.substr(1), is_keyword(toks[k], "DESC")});
      k += 4;
    } else {
      break;
    }
  }
  if (out.keys.empty()) return std::nullopt;
  bool seen_limit = false, seen_offset = false;
  while (k < toks.size()) {
    if (k + 1 >= toks.size()) return std::nullopt;
    const auto n = count_of(toks[k + 1]);
    if (!n) return std::nullopt;
    if (is_keyword(toks[k], "LIMIT") && !seen_limit) {
      out.limit = *n;
      seen_limit = true;
    } else if (is_keyword(toks[k], "OFFSET") && !seen_offset) {
      out.offset = *n;
      seen_offset = true;
    } else {
      return std::nullopt;  // an expression, a repeated clause or something after them: rasqal orders
    }
    k += 2;
  }
  if (!star)
    for (const auto& key : out.keys)
      if (std::find(projected.begin(), projected.end(), key.var) == projected.end()) return std::nullopt;
  query.erase(toks[order].begin);
  return out;
}

int compare_terms(const std::optional<ResultTerm>& a, const std::optional<ResultTerm>& b) {
  // Rank: unbound, blank, IRI, numeric literal, string (plain, xsd:string,
  // language-tagged), other literal.
  auto rank = [](const std::optional<ResultTerm>& t, std::optional<long double>& num) {
    if (!t) return 0;
    if (t->kind == ResultTerm::Kind::Blank) return 1;
    if (t->kind == ResultTerm::Kind::Iri) return 2;
    num = number_of(*t);
    if (num) return 3;
    if (t->datatype.empty() || t->datatype == std::string(kXsd) + "string") return 4;
    return 5;
  };
  std::optional<long double> na, nb;
  const int ra = rank(a, na), rb = rank(b, nb);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0) return 0;
  if (ra == 3 && *na != *nb) return *na < *nb ? -1 : 1;
  if (ra == 5)
    if (int c = three_way(a->datatype, b->datatype)) return c;
  if (int c = three_way(a->value, b->value)) return c;
  if (int c = three_way(a->lang, b->lang)) return c;
  return three_way(a->datatype, b->datatype);
}

void apply_solution_order(QueryResult& result, const SolutionOrder& order) {
  if (result.kind != QueryResult::Kind::Bindings) return;
  std::vector<std::pair<long, bool>> columns;  // index into the row (-1: not projected), descending
  for (const auto& key : order.keys) {
    const auto it = std::find(result.variables.begin(), result.variables.end(), key.var);
    columns.emplace_back(it == result.variables.end() ? -1 : it - result.variables.begin(), key.descending);
  }
  static const std::optional<ResultTerm> kUnbound;
  std::stable_sort(result.rows.begin(), result.rows.end(), [&](const auto& x, const auto& y) {
    for (const auto& [col, desc] : columns) {
      if (col < 0) continue;
      const auto c = static_cast<std::size_t>(col);
      const int r = compare_terms(c < x.size() ? x[c] : kUnbound, c < y.size() ? y[c] : kUnbound);
      if (r != 0) return desc ? r > 0 : r < 0;
    }
    return false;
  });
  auto& rows = result.rows;
  const std::size_t from = std::min(order.offset, rows.size());
  rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(from));
  if (order.limit && *order.limit < rows.size()) rows.resize(*order.limit);
}

}  // namespace ckg
