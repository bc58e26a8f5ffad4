#include "query/query_guard.h"

#include <algorithm>
#include <cctype>

#include "util/utf8.h"

namespace ckg {
namespace {

using Kind = SparqlToken::Kind;

bool is_alpha(unsigned char c) { return std::isalpha(c) != 0; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool name_start(unsigned char c) { return is_alpha(c) || c == '_' || c == ':' || c >= 0x80; }
bool name_char(unsigned char c) {
  return std::isalnum(c) != 0 || c == '_' || c == '-' || c == ':' || c == '.' || c == '%' || c >= 0x80;
}
bool var_char(unsigned char c) { return std::isalnum(c) != 0 || c == '_' || c >= 0x80; }
bool iri_char(unsigned char c) {
  return c > 0x20 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' && c != '^' && c != '`' &&
         c != '\\';
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::vector<SparqlToken> tokenize_sparql(const std::string& q) {
  std::vector<SparqlToken> out;
  const std::size_t n = q.size();
  auto push = [&](Kind k, std::size_t b, std::size_t e, std::string value = {}) {
    out.push_back({k, b, e, q.substr(b, e - b), std::move(value)});
  };
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(q[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    if (c == '#') {
      while (i < n && q[i] != '\n') ++i;
      continue;
    }
    const std::size_t b = i;
    if (c == '"' || c == '\'') {
      const bool long_quote = i + 2 < n && q[i + 1] == q[i] && q[i + 2] == q[i];
      const std::string close(long_quote ? 3 : 1, q[i]);
      i += close.size();
      const std::size_t vb = i;
      std::size_t ve = n;
      while (i < n) {
        if (q[i] == '\\') {
          i += 2;
          continue;
        }
        if (q.compare(i, close.size(), close) == 0) {
          ve = i;
          i += close.size();
          break;
        }
        if (!long_quote && q[i] == '\n') {  // unterminated: rasqal reports it
          ve = i;
          break;
        }
        ++i;
      }
      i = std::min(i, n);
      ve = std::min(ve, i);
      push(Kind::String, b, i, q.substr(vb, ve - vb));
      continue;
    }
    if (c == '<') {
      std::size_t j = i + 1;
      while (j < n && iri_char(static_cast<unsigned char>(q[j]))) ++j;
      if (j < n && q[j] == '>') {
        i = j + 1;
        push(Kind::Iri, b, i);
        continue;
      }
    }
    if ((c == '?' || c == '$') && i + 1 < n && var_char(static_cast<unsigned char>(q[i + 1]))) {
      ++i;
      while (i < n && var_char(static_cast<unsigned char>(q[i]))) ++i;
      push(Kind::Var, b, i);
      continue;
    }
    if (is_digit(c) || (c == '.' && i + 1 < n && is_digit(static_cast<unsigned char>(q[i + 1])))) {
      while (i < n && is_digit(static_cast<unsigned char>(q[i]))) ++i;
      if (i + 1 < n && q[i] == '.' && is_digit(static_cast<unsigned char>(q[i + 1]))) {
        ++i;
        while (i < n && is_digit(static_cast<unsigned char>(q[i]))) ++i;
      }
      if (i < n && (q[i] == 'e' || q[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < n && (q[j] == '+' || q[j] == '-')) ++j;
        if (j < n && is_digit(static_cast<unsigned char>(q[j]))) {
          i = j;
          while (i < n && is_digit(static_cast<unsigned char>(q[i]))) ++i;
        }
      }
      push(Kind::Number, b, i);
      continue;
    }
    if (c == '@' && i + 1 < n && is_alpha(static_cast<unsigned char>(q[i + 1]))) {
      ++i;
      while (i < n && (std::isalnum(static_cast<unsigned char>(q[i])) || q[i] == '-')) ++i;
      push(Kind::LangTag, b, i);
      continue;
    }
    if (name_start(c)) {
      while (i < n && name_char(static_cast<unsigned char>(q[i]))) ++i;
      while (i > b + 1 && q[i - 1] == '.') --i;  // a name does not end in '.': that ends the triple
      push(Kind::Name, b, i);
      continue;
    }
    for (const char* two : {"^^", "&&", "||", "<=", ">=", "!="}) {
      if (q.compare(i, 2, two) == 0) {
        i += 2;
        break;
      }
    }
    if (i == b) ++i;
    push(Kind::Punct, b, i);
  }
  return out;
}

bool is_keyword(const SparqlToken& t, const char* kw) {
  return t.kind == Kind::Name && t.text.find(':') == std::string::npos && upper(t.text) == kw;
}
bool is_punct(const SparqlToken& t, const char* p) { return t.kind == Kind::Punct && t.text == p; }

namespace {

bool names_graphs(const std::vector<SparqlToken>& toks) {
  return std::any_of(toks.begin(), toks.end(), [](const SparqlToken& t) { return is_keyword(t, "GRAPH"); });
}

bool is_aggregate(const SparqlToken& t) {
  for (const char* a : {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"})
    if (is_keyword(t, a)) return true;
  return false;
}
// A token that can stand in the predicate position: an IRI, a prefixed name, `a`.
bool predicate_like(const SparqlToken& t) {
  return t.kind == Kind::Iri || (t.kind == Kind::Name && (t.text.find(':') != std::string::npos || t.text == "a"));
}

std::string line_of(const std::string& q, std::size_t offset) {
  return "line " + std::to_string(1 + std::count(q.begin(), q.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Where each token sits: brace depth, and whether it is in a graph pattern
// (inside braces, outside any expression's parentheses).
struct Structure {
  std::vector<int> brace;        // brace depth before the token
  std::vector<bool> in_pattern;  // in a group graph pattern, not in an expression
};

Structure analyse(const std::vector<SparqlToken>& toks) {
  Structure s;
  s.brace.resize(toks.size());
  s.in_pattern.resize(toks.size());
  enum class Frame { Brace, PatternParen, ExprParen };
  std::vector<Frame> stack;
  int depth = 0;
  bool projection = false;  // between SELECT and WHERE / '{': parentheses hold expressions
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto& t = toks[i];
    s.brace[i] = depth;
    s.in_pattern[i] = !stack.empty() && stack.back() != Frame::ExprParen;
    if (is_keyword(t, "SELECT")) projection = true;
    if (is_keyword(t, "WHERE")) projection = false;
    if (t.kind != Kind::Punct) continue;
    if (t.text == "{") {
      projection = false;
      stack.push_back(Frame::Brace);
      ++depth;
    } else if (t.text == "}") {
      while (!stack.empty() && stack.back() != Frame::Brace) stack.pop_back();
      if (!stack.empty()) stack.pop_back();
      depth = std::max(0, depth - 1);
    } else if (t.text == "(") {
      Frame f = Frame::ExprParen;
      if (!projection && !stack.empty() && stack.back() != Frame::ExprParen) {
        const SparqlToken* prev = i > 0 ? &toks[i - 1] : nullptr;
        const bool after_keyword = prev && prev->kind == Kind::Name && !predicate_like(*prev);
        if (!after_keyword) f = Frame::PatternParen;
      }
      stack.push_back(f);
    } else if (t.text == ")") {
      if (!stack.empty() && stack.back() != Frame::Brace) stack.pop_back();
    }
  }
  return s;
}

// SPARQL string escapes resolved (\t \n \" \\ \uXXXX ...), for looking at a regex.
std::string unescape(const std::string& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '\\' || i + 1 >= v.size()) {
      out.push_back(v[i]);
      continue;
    }
    const char e = v[++i];
    switch (e) {
      case 't':
        out.push_back('\t');
        break;
      case 'n':
        out.push_back('\n');
        break;
      case 'r':
        out.push_back('\r');
        break;
      case 'b':
        out.push_back('\b');
        break;
      case 'f':
        out.push_back('\f');
        break;
      case 'u':
      case 'U': {
        const std::size_t len = e == 'u' ? 4 : 8;
        if (i + len < v.size()) {
          const std::string hex = v.substr(i + 1, len);
          char32_t cp = 0;
          bool ok = hex.size() == len;
          for (char h : hex) {
            if (!std::isxdigit(static_cast<unsigned char>(h))) ok = false;
            cp = cp * 16 + static_cast<char32_t>(std::isdigit(static_cast<unsigned char>(h))
                                                     ? h - '0'
                                                     : std::tolower(static_cast<unsigned char>(h)) - 'a' + 10);
          }
          if (ok && cp <= 0x10FFFF) {
            utf8::append(out, cp);
            i += len;
            break;
          }
        }
        out.push_back('\\');
        out.push_back(e);
        break;
      }
      default:
        out.push_back(e);
    }
  }
  return out;
}

// Why a regular expression gives wrong answers when matched byte by byte
// against UTF-8 text ("" if it does not).
std::string byte_regex_problem(const std::string& re) {
  bool prev_non_ascii = false;  // the previous atom was a non-ASCII character
  for (std::size_t i = 0; i < re.size(); ++i) {
    const auto c = static_cast<unsigned char>(re[i]);
    if (c == '\\' && i + 1 < re.size()) {
      const char e = re[++i];
      if (e == 'w' || e == 'W' || e == 'S' || e == 'D')
        return std::string("\\") + e + " matches single bytes (and \\w no Chinese character)";
      prev_non_ascii = false;
      continue;
    }
    if (c == '[') {
      std::size_t j = i + 1;
      const bool negated = j < re.size() && re[j] == '^';
      if (negated) ++j;
      if (j < re.size() && re[j] == ']') ++j;  // a leading ']' is literal
      bool non_ascii = false, class_escape = false;
      for (; j < re.size() && re[j] != ']'; ++j) {
        if (static_cast<unsigned char>(re[j]) >= 0x80) non_ascii = true;
        if (re[j] == '\\' && j + 1 < re.size()) {
          const char e = re[++j];
          if (e == 'w' || e == 'W' || e == 'S' || e == 'D') class_escape = true;
        }
      }
      if (negated) return "a negated class [^...] matches single bytes of a Chinese character";
      if (non_ascii) return "a class [...] with Chinese characters matches their single bytes";
      if (class_escape) return "\\w \\W \\S \\D in a class match single bytes";
      i = j;
      prev_non_ascii = false;
      continue;
    }
    if (c == '.') return "'.' matches one byte, not one character";
    if (c == '*' || c == '+' || c == '?' || c == '{') {
      if (prev_non_ascii) return "a quantifier after a Chinese character repeats only its last byte";
      prev_non_ascii = false;
      continue;
    }
    if (c >= 0x80) {
      std::size_t len = utf8::valid_sequence_length(re, i);
      if (len == 0) len = 1;
      i += len - 1;
      prev_non_ascii = true;
      continue;
    }
    prev_non_ascii = false;
  }
  return "";
}

std::optional<std::string> refusal(const std::string& q, const std::vector<SparqlToken>& toks) {
  const Structure st = analyse(toks);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto& t = toks[i];
    const std::string at = line_of(q, t.begin) + ": ";
    for (const char* kw : {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})
      if (is_keyword(t, kw))
        return at + "SPARQL Update (" + kw +
               ") is not supported: clusterkg query is read-only and never changes the data; rebuild the graph "
               "(clusterkg build) to change it";
    if (is_keyword(t, "DESCRIBE"))
      return at +
             "DESCRIBE is not supported by rasqal 0.9.33: use SELECT ?p ?o WHERE { <iri> ?p ?o } or CONSTRUCT { <iri> "
             "?p ?o } WHERE { <iri> ?p ?o }";
    if (is_keyword(t, "MINUS"))
      return at + "MINUS is not supported by rasqal 0.9.33: write OPTIONAL { ... } FILTER(!BOUND(?x)) instead";
    if (is_keyword(t, "EXISTS"))
      return at +
             "EXISTS / NOT EXISTS are not supported by rasqal 0.9.33: write OPTIONAL { ... } with FILTER(BOUND(?x)) "
             "or FILTER(!BOUND(?x)) instead";
    if (is_keyword(t, "SERVICE"))
      return at + "SERVICE (federated query) is not supported: clusterkg query runs on the local build only";
    if (is_keyword(t, "STRAFTER") || is_keyword(t, "STRBEFORE"))
      return at + upper(t.text) +
             " is not supported: rasqal 0.9.33 reads freed memory in it (a crash or a garbage answer); use "
             "SUBSTR(?s, STRLEN(\"prefix\") + 1) together with FILTER(STRSTARTS(?s, \"prefix\")), or "
             "SUBSTR(STR(?iri), N) to drop a namespace of N-1 characters";
    if (is_keyword(t, "SEPARATOR"))
      return at +
             "GROUP_CONCAT with SEPARATOR gives wrong results in rasqal 0.9.33 (the separator is ignored and a space "
             "is used): drop SEPARATOR, or return the rows ungrouped";
    if ((is_keyword(t, "REGEX") || is_keyword(t, "REPLACE")) && i + 1 < toks.size() && is_punct(toks[i + 1], "(")) {
      // The pattern is the second argument: after the first ',' at this level.
      int level = 0;
      for (std::size_t j = i + 1; j < toks.size(); ++j) {
        if (is_punct(toks[j], "(")) ++level;
        if (is_punct(toks[j], ")") && --level == 0) break;
        if (level == 1 && is_punct(toks[j], ",")) {
          if (j + 1 < toks.size() && toks[j + 1].kind == Kind::String) {
            const std::string problem = byte_regex_problem(unescape(toks[j + 1].value));
            if (!problem.empty())
              return at + upper(t.text) + " pattern " + toks[j + 1].text +
                     " would give wrong answers: rasqal 0.9.33 matches bytes, not characters, and " + problem +
                     ". Use STRLEN, STRSTARTS, STRENDS or CONTAINS, or spell the characters out (\"^(北京|上海)\")";
          }
          break;
        }
      }
    }
    if (is_keyword(t, "SELECT") && st.brace[i] >= 1) {
      const int d = st.brace[i];
      for (std::size_t j = i + 1; j < toks.size() && st.brace[j] >= d; ++j) {
        if (st.brace[j] == d && is_punct(toks[j], "}")) break;
        if (is_aggregate(toks[j]) || is_keyword(toks[j], "GROUP") || is_keyword(toks[j], "HAVING"))
          return at +
                 "a sub-SELECT with aggregates or GROUP BY gives wrong rows in rasqal 0.9.33: run the aggregate as "
                 "its own query, or move the grouping to the outer SELECT";
      }
    }
    if (st.in_pattern[i] && t.kind == Kind::Punct) {
      bool path = t.text == "/" || t.text == "|" || t.text == "^" || t.text == "!";
      if ((t.text == "*" || t.text == "+" || t.text == "?") && i > 0 &&
          (predicate_like(toks[i - 1]) || is_punct(toks[i - 1], ")")))
        path =
            !(t.text == "+" && i + 1 < toks.size() && toks[i + 1].kind == Kind::Number && toks[i + 1].begin == t.end);
      if (path)
        return at + "property paths (" + t.text +
               ") are not supported by rasqal 0.9.33: write the steps as triple patterns with intermediate "
               "variables (p/q -> ?s p ?m . ?m q ?o), a UNION of the alternatives (p|q), swap subject and object "
               "(^p), or a UNION of fixed depths (p+ -> ?s p ?o UNION ?s p ?m . ?m p ?o ...)";
    }
  }
  return std::nullopt;
}

// Rewrites the first VALUES clause; returns false when there is none.
// Sets `refused` when it cannot be rewritten.
bool rewrite_values(std::string& q, std::vector<std::string>& notes, std::optional<std::string>& refused) {
  const auto toks = tokenize_sparql(q);
  const Structure st = analyse(toks);
  std::size_t v = 0;
  while (v < toks.size() && !is_keyword(toks[v], "VALUES")) ++v;
  if (v == toks.size()) return false;
  const std::string at = line_of(q, toks[v].begin) + ": ";
  auto refuse = [&](const std::string& why) {
    refused = at + why;
    return true;
  };
  const std::string crash = "VALUES crashes rasqal 0.9.33, so it is rewritten as FILTER(?x IN (...)) when it can be";
  std::size_t i = v + 1;
  std::vector<std::string> vars;
  bool parenthesised = false;
  if (i < toks.size() && toks[i].kind == Kind::Var) {
    vars.push_back(toks[i++].text.substr(1));
  } else if (i < toks.size() && is_punct(toks[i], "(")) {
    parenthesised = true;
    for (++i; i < toks.size() && toks[i].kind == Kind::Var; ++i) vars.push_back(toks[i].text.substr(1));
    if (i >= toks.size() || !is_punct(toks[i], ")")) return refuse("malformed VALUES clause");
    ++i;
  } else {
    return refuse("malformed VALUES clause");
  }
  if (vars.size() != 1)
    return refuse(crash +
                  "; with several variables it cannot: write FILTER((?x = a && ?y = b) || (?x = c && ?y = d)) "
                  "instead");
  if (i >= toks.size() || !is_punct(toks[i], "{")) return refuse("malformed VALUES clause: '{' expected");
  std::vector<std::string> terms;
  for (++i; i < toks.size() && !is_punct(toks[i], "}");) {
    if (parenthesised) {
      if (!is_punct(toks[i], "(")) return refuse("malformed VALUES clause: '(' expected");
      ++i;
    }
    if (i >= toks.size()) break;
    const auto& t = toks[i];
    if (is_keyword(t, "UNDEF"))
      return refuse(crash + "; UNDEF cannot be: write the query without the VALUES clause for that case");
    std::string term;
    if (t.kind == Kind::Iri || t.kind == Kind::Number ||
        (t.kind == Kind::Name && t.text.find(':') != std::string::npos) || is_keyword(t, "TRUE") ||
        is_keyword(t, "FALSE")) {
      term = t.text;
      ++i;
    } else if (t.kind == Kind::String) {
      term = t.text;
      ++i;
      if (i < toks.size() && toks[i].kind == Kind::LangTag) {
        term += toks[i++].text;
      } else if (i + 1 < toks.size() && is_punct(toks[i], "^^")) {
        term += "^^" + toks[i + 1].text;
        i += 2;
      }
    } else if ((is_punct(t, "-") || is_punct(t, "+")) && i + 1 < toks.size() && toks[i + 1].kind == Kind::Number) {
      term = t.text + toks[i + 1].text;
      i += 2;
    } else {
      return refuse("malformed VALUES clause: unexpected " + t.text);
    }
    terms.push_back(term);
    if (parenthesised) {
      if (i >= toks.size() || !is_punct(toks[i], ")")) return refuse(crash + "; with several values per row it cannot");
      ++i;
    }
  }
  if (i >= toks.size()) return refuse("malformed VALUES clause: '}' expected");
  const std::size_t end_tok = i;  // the closing '}'
  // FILTER cannot bind a variable: the patterns must bind it.
  bool used = false;
  for (std::size_t k = 0; k < toks.size(); ++k)
    if ((k < v || k > end_tok) && toks[k].kind == Kind::Var && toks[k].text.substr(1) == vars[0] && st.brace[k] >= 1)
      used = true;
  if (!used)
    return refuse(crash + "; here ?" + vars[0] +
                  " is not bound by any pattern, and a FILTER cannot bind it: write { BIND(a AS ?" + vars[0] +
                  ") } UNION { BIND(b AS ?" + vars[0] + ") } instead");
  std::string filter = "FILTER(";
  if (terms.empty()) {
    filter += "false";
  } else {
    filter += "?" + vars[0] + " IN (";
    for (std::size_t k = 0; k < terms.size(); ++k) filter += (k ? ", " : "") + terms[k];
    filter += ")";
  }
  filter += ")";
  const std::size_t b = toks[v].begin, e = toks[end_tok].end;
  if (st.brace[v] >= 1) {
    q.replace(b, e - b, filter);
  } else {
    // A trailing VALUES: the FILTER goes at the end of the WHERE group.
    std::size_t close = toks.size();
    for (std::size_t k = v; k-- > 0;)
      if (is_punct(toks[k], "}") && st.brace[k] == 1) {
        close = k;
        break;
      }
    if (close == toks.size()) return refuse("VALUES after a query without a WHERE group");
    q.replace(b, e - b, "");
    q.insert(toks[close].begin, " " + filter + " ");
  }
  notes.push_back("VALUES ?" + vars[0] + " was run as " + filter + " (rasqal 0.9.33 crashes on VALUES)");
  return true;
}

}  // namespace

QueryCheck prepare_query(const std::string& query) {
  QueryCheck c;
  c.text = query;
  if (auto r = refusal(query, tokenize_sparql(query))) {
    c.refusal = r;
    return c;
  }
  for (int round = 0; round < 64; ++round) {
    if (!rewrite_values(c.text, c.notes, c.refusal)) break;
    if (c.refusal) return c;
  }
  if (c.refusal) return c;
  if (!c.notes.empty()) {
    if (auto r = refusal(c.text, tokenize_sparql(c.text))) {
      c.refusal = r;
      return c;
    }
  }
  // Aggregates of the top-level SELECT.
  const auto toks = tokenize_sparql(c.text);
  c.named_graphs = names_graphs(toks);
  const Structure st = analyse(toks);
  std::size_t sel = 0;
  while (sel < toks.size() &&
         !(st.brace[sel] == 0 &&
           (is_keyword(toks[sel], "SELECT") || is_keyword(toks[sel], "ASK") || is_keyword(toks[sel], "CONSTRUCT"))))
    ++sel;
  if (sel == toks.size() || !is_keyword(toks[sel], "SELECT")) return c;
  std::size_t open = sel;
  while (open < toks.size() && !(st.brace[open] == 0 && is_punct(toks[open], "{"))) ++open;
  if (open == toks.size()) return c;
  std::size_t close = open + 1;
  while (close < toks.size() && !(st.brace[close] == 1 && is_punct(toks[close], "}"))) ++close;
  if (close == toks.size()) return c;
  for (std::size_t i = sel; i < toks.size(); ++i) {
    if (st.brace[i] != 0) continue;
    if (is_aggregate(toks[i])) c.aggregate = true;
    if (is_keyword(toks[i], "GROUP") && i + 1 < toks.size() && is_keyword(toks[i + 1], "BY")) c.group_by = true;
    if (is_keyword(toks[i], "HAVING")) c.having = true;
  }
  if (c.group_by) c.aggregate = true;
  if (!c.aggregate) return c;
  c.ask_where =
      c.text.substr(0, toks[sel].begin) + "ASK " + c.text.substr(toks[open].begin, toks[close].end - toks[open].begin);
  // The projection, for the one row an aggregate over no solution gives.
  for (std::size_t i = sel + 1; i < open && !is_keyword(toks[i], "WHERE") && !is_keyword(toks[i], "FROM");) {
    const auto& t = toks[i];
    if (t.kind == Kind::Var) {
      c.projection.emplace_back(t.text.substr(1), "unbound");
      ++i;
      continue;
    }
    if (!is_punct(t, "(")) {
      if (is_punct(t, "*")) c.projection.emplace_back("*", "complex");
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    int level = 1;
    std::size_t as = 0;
    for (; j < open && level > 0; ++j) {
      if (is_punct(toks[j], "(")) ++level;
      if (is_punct(toks[j], ")")) --level;
      if (level == 1 && is_keyword(toks[j], "AS")) as = j;
    }
    std::string var = as && as + 1 < toks.size() && toks[as + 1].kind == Kind::Var ? toks[as + 1].text.substr(1) : "";
    std::string kind = "complex";
    if (as && is_aggregate(toks[i + 1]) && i + 2 < as && is_punct(toks[i + 2], "(") && is_punct(toks[as - 1], ")")) {
      // AGG( ... ) AS ?v: the aggregate's own parentheses must end right before AS.
      int lv = 0;
      std::size_t k = i + 2;
      for (; k < as; ++k) {
        if (is_punct(toks[k], "(")) ++lv;
        if (is_punct(toks[k], ")") && --lv == 0) break;
      }
      if (k == as - 1) {
        const std::string a = upper(toks[i + 1].text);
        kind = a == "COUNT"          ? "count"
               : a == "SUM"          ? "sum"
               : a == "AVG"          ? "avg"
               : a == "GROUP_CONCAT" ? "concat"
                                     : "unbound";
      }
    }
    c.projection.emplace_back(var, kind);
    i = j;
  }
  return c;
}

std::optional<std::string> check_query(const std::string& query) { return prepare_query(query).refusal; }

bool uses_named_graphs(const std::string& query) { return names_graphs(tokenize_sparql(query)); }

}  // namespace ckg
