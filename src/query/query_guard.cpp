#include "query/query_guard.h"

#include <cctype>
#include <vector>

namespace ckg {
namespace {

// The query with comments, IRIs and string literals blanked out, upper-cased,
// so keywords can be found without false hits inside data.
std::string code_only(const std::string& q) {
  std::string out;
  out.reserve(q.size());
  for (std::size_t i = 0; i < q.size(); ++i) {
    char c = q[i];
    if (c == '#') {
      while (i < q.size() && q[i] != '\n') ++i;
      out.push_back('\n');
      continue;
    }
    if (c == '"' || c == '\'') {
      const char quote = c;
      out.push_back(' ');
      for (++i; i < q.size() && q[i] != quote; ++i)
        if (q[i] == '\\') ++i;
      continue;
    }
    if (c == '<') {
      // An IRI has no whitespace before its closing '>'; a comparison does.
      std::size_t j = i + 1;
      while (j < q.size() && q[j] != '>' && !std::isspace(static_cast<unsigned char>(q[j])) && q[j] != '<') ++j;
      if (j < q.size() && q[j] == '>') {
        out.push_back(' ');
        i = j;
        continue;
      }
    }
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

bool has_keyword(const std::string& code, const std::string& kw) {
  for (std::size_t p = code.find(kw); p != std::string::npos; p = code.find(kw, p + 1)) {
    const bool left = p == 0 || !(std::isalnum(static_cast<unsigned char>(code[p - 1])) || code[p - 1] == '_' ||
                                  code[p - 1] == '?' || code[p - 1] == '$' || code[p - 1] == ':');
    const std::size_t e = p + kw.size();
    const bool right =
        e >= code.size() || !(std::isalnum(static_cast<unsigned char>(code[e])) || code[e] == '_' || code[e] == ':');
    if (left && right) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> check_query(const std::string& query) {
  const std::string code = code_only(query);
  if (has_keyword(code, "VALUES"))
    return "VALUES is not supported here (it crashes rasqal 0.9.33): write FILTER(?x IN (...)) or a UNION of the "
           "alternatives instead";
  for (const char* kw : {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})
    if (has_keyword(code, kw) && (std::string(kw) != "ADD" || has_keyword(code, "TO")))
      return std::string("SPARQL Update (") + kw +
             ") is not supported: clusterkg query is read-only; rebuild the graph to change data";
  if (has_keyword(code, "MINUS"))
    return "MINUS is not supported by rasqal 0.9.33: use OPTIONAL { ... } FILTER(!BOUND(?x)) instead";
  if (has_keyword(code, "EXISTS"))
    return "EXISTS / NOT EXISTS are not supported by rasqal 0.9.33: use OPTIONAL { ... } with FILTER(BOUND(?x)) or "
           "FILTER(!BOUND(?x)) instead";
  if (has_keyword(code, "DESCRIBE"))
    return "DESCRIBE is not supported by rasqal 0.9.33: use SELECT ?p ?o WHERE { <iri> ?p ?o } or CONSTRUCT { <iri> ?p "
           "?o } WHERE { <iri> ?p ?o }";
  if (has_keyword(code, "SEPARATOR"))
    return "GROUP_CONCAT with a separator gives wrong results in rasqal 0.9.33 (the separator is ignored): use "
           "GROUP_CONCAT without SEPARATOR (space-separated) or return the rows ungrouped";
  return std::nullopt;
}

}  // namespace ckg
