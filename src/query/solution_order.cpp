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

namespace {

// What ordering needs of a term, worked out once per term rather than in
// every comparison of the sort. Rank: unbound, blank, IRI, numeric literal,
// string (plain, xsd:string, language-tagged), other literal.
struct TermKey {
  int rank = 0;
  long double number = 0;
  const ResultTerm* term = nullptr;
};

TermKey key_of(const std::optional<ResultTerm>& t) {
  static constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";
  if (!t) return {};
  if (t->kind == ResultTerm::Kind::Blank) return {1, 0, &*t};
  if (t->kind == ResultTerm::Kind::Iri) return {2, 0, &*t};
  if (const auto n = number_of(*t)) return {3, *n, &*t};
  return {t->datatype.empty() || t->datatype == kXsdString ? 4 : 5, 0, &*t};
}

int compare_keys(const TermKey& a, const TermKey& b) {
  if (a.rank != b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.rank == 0) return 0;
  if (a.rank == 3 && a.number != b.number) return a.number < b.number ? -1 : 1;
  if (a.rank == 5)
    if (int c = three_way(a.term->datatype, b.term->datatype)) return c;
  if (int c = three_way(a.term->value, b.term->value)) return c;
  if (int c = three_way(a.term->lang, b.term->lang)) return c;
  return three_way(a.term->datatype, b.term->datatype);
}

}  // namespace

int compare_terms(const std::optional<ResultTerm>& a, const std::optional<ResultTerm>& b) {
  return compare_keys(key_of(a), key_of(b));
}

void apply_solution_order(QueryResult& result, const SolutionOrder& order) {
  if (result.kind != QueryResult::Kind::Bindings) return;
  std::vector<std::pair<std::size_t, bool>> columns;  // index into the row, descending
  for (const auto& key : order.keys) {
    const auto it = std::find(result.variables.begin(), result.variables.end(), key.var);
    if (it != result.variables.end())  // not projected: unbound in every row, no order
      columns.emplace_back(static_cast<std::size_t>(it - result.variables.begin()), key.descending);
  }
  auto& rows = result.rows;
  static const std::optional<ResultTerm> kUnbound;
  std::vector<TermKey> keys;  // row r's key for column k at r * columns.size() + k
  keys.reserve(rows.size() * columns.size());
  for (const auto& row : rows)
    for (const auto& col : columns) keys.push_back(key_of(col.first < row.size() ? row[col.first] : kUnbound));
  std::vector<std::size_t> index(rows.size());
  for (std::size_t r = 0; r < index.size(); ++r) index[r] = r;
  std::stable_sort(index.begin(), index.end(), [&](std::size_t x, std::size_t y) {
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const int c = compare_keys(keys[x * columns.size() + k], keys[y * columns.size() + k]);
      if (c != 0) return columns[k].second ? c > 0 : c < 0;
    }
    return false;
  });
  const std::size_t from = std::min(order.offset, rows.size());
  const std::size_t to = order.limit ? std::min(rows.size(), from + *order.limit) : rows.size();
  std::vector<std::vector<std::optional<ResultTerm>>> sorted;
  sorted.reserve(to - from);
  for (std::size_t i = from; i < to; ++i) sorted.push_back(std::move(rows[index[i]]));
  rows = std::move(sorted);
}

}  // namespace ckg
