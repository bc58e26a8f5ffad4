#include "query/results_format.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/utf8.h"
#include "util/xml_escape.h"

namespace ckg {
namespace {

std::string term_text(const std::optional<ResultTerm>& t) {
  if (!t) return "";
  return t->kind == ResultTerm::Kind::Blank ? "_:" + t->value : t->value;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"')
      out += "\"\"";
    else
      out.push_back(c);
  }
  return out + "\"";
}

std::string escape_nt(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string tsv_term(const std::optional<ResultTerm>& t) {
  if (!t) return "";
  switch (t->kind) {
    case ResultTerm::Kind::Iri:
      return "<" + t->value + ">";
    case ResultTerm::Kind::Blank:
      return "_:" + t->value;
    case ResultTerm::Kind::Literal: {
      std::string s = "\"" + escape_nt(t->value) + "\"";
      if (!t->lang.empty())
        s += "@" + t->lang;
      else if (!t->datatype.empty())
        s += "^^<" + t->datatype + ">";
      return s;
    }
  }
  return "";
}

std::string nt_term(const Term& t) {
  if (t.kind == Term::Kind::Iri) return t.value.rfind("_:", 0) == 0 ? t.value : "<" + t.value + ">";
  std::string s = "\"" + escape_nt(t.value) + "\"";
  if (!t.lang.empty())
    s += "@" + t.lang;
  else if (!t.datatype.empty())
    s += "^^<" + t.datatype + ">";
  return s;
}

}  // namespace

bool parse_result_format(const std::string& s, ResultFormat& out) {
  if (s == "table")
    out = ResultFormat::Table;
  else if (s == "csv")
    out = ResultFormat::Csv;
  else if (s == "tsv")
    out = ResultFormat::Tsv;
  else if (s == "json")
    out = ResultFormat::Json;
  else if (s == "xml")
    out = ResultFormat::Xml;
  else
    return false;
  return true;
}

std::size_t display_width(const std::string& s) {
  std::size_t w = 0;
  for (char32_t c : utf8::decode(s)) {
    const bool wide = utf8::is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x1F300 && c <= 0x1FAFF);
    w += wide ? 2 : 1;
  }
  return w;
}

std::string format_triples_ntriples(const std::vector<Triple>& triples) {
  std::vector<std::string> lines;
  for (const auto& t : triples) lines.push_back(nt_term(t.s) + " " + nt_term(t.p) + " " + nt_term(t.o) + " .\n");
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const auto& l : lines) out += l;
  return out;
}

std::string format_result(const QueryResult& r, ResultFormat f) {
  if (r.kind == QueryResult::Kind::Graph) return format_triples_ntriples(r.triples);
  if (f == ResultFormat::Json) {
    nlohmann::ordered_json j;
    if (r.kind == QueryResult::Kind::Boolean) {
      j["head"] = nlohmann::ordered_json::object();
      j["boolean"] = r.boolean;
    } else {
      j["head"]["vars"] = r.variables;
      auto bindings = nlohmann::ordered_json::array();
      for (const auto& row : r.rows) {
        nlohmann::ordered_json b = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < row.size() && i < r.variables.size(); ++i) {
          if (!row[i]) continue;
          nlohmann::ordered_json t;
          switch (row[i]->kind) {
            case ResultTerm::Kind::Iri:
              t["type"] = "uri";
              break;
            case ResultTerm::Kind::Blank:
              t["type"] = "bnode";
              break;
            case ResultTerm::Kind::Literal:
              t["type"] = "literal";
              break;
          }
          t["value"] = row[i]->value;
          if (!row[i]->lang.empty())
            t["xml:lang"] = row[i]->lang;
          else if (!row[i]->datatype.empty())
            t["datatype"] = row[i]->datatype;
          b[r.variables[i]] = t;
        }
        bindings.push_back(std::move(b));
      }
      j["results"]["bindings"] = std::move(bindings);
    }
    return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  if (f == ResultFormat::Xml) {
    std::string out = "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n";
    if (r.kind == QueryResult::Kind::Boolean) {
      out += "  </head>\n  <boolean>" + std::string(r.boolean ? "true" : "false") + "</boolean>\n</sparql>\n";
      return out;
    }
    for (const auto& v : r.variables) out += "    <variable name=\"" + xml_escape(v) + "\"/>\n";
    out += "  </head>\n  <results>\n";
    for (const auto& row : r.rows) {
      out += "    <result>\n";
      for (std::size_t i = 0; i < row.size() && i < r.variables.size(); ++i) {
        if (!row[i]) continue;
        out += "      <binding name=\"" + xml_escape(r.variables[i]) + "\">";
        switch (row[i]->kind) {
          case ResultTerm::Kind::Iri:
            out += "<uri>" + xml_escape(row[i]->value) + "</uri>";
            break;
          case ResultTerm::Kind::Blank:
            out += "<bnode>" + xml_escape(row[i]->value) + "</bnode>";
            break;
          case ResultTerm::Kind::Literal:
            out += "<literal";
            if (!row[i]->lang.empty())
              out += " xml:lang=\"" + xml_escape(row[i]->lang) + "\"";
            else if (!row[i]->datatype.empty())
              out += " datatype=\"" + xml_escape(row[i]->datatype) + "\"";
            out += ">" + xml_escape(row[i]->value) + "</literal>";
            break;
        }
        out += "</binding>\n";
      }
      out += "    </result>\n";
    }
    out += "  </results>\n</sparql>\n";
    return out;
  }
  if (r.kind == QueryResult::Kind::Boolean) return r.boolean ? "true\n" : "false\n";
  std::ostringstream os;
  if (f == ResultFormat::Csv) {
    for (std::size_t i = 0; i < r.variables.size(); ++i) os << (i ? "," : "") << csv_field(r.variables[i]);
    os << "\r\n";
    for (const auto& row : r.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) os << (i ? "," : "") << csv_field(term_text(row[i]));
      os << "\r\n";
    }
    return os.str();
  }
  if (f == ResultFormat::Tsv) {
    for (std::size_t i = 0; i < r.variables.size(); ++i) os << (i ? "\t" : "") << "?" << r.variables[i];
    os << "\n";
    for (const auto& row : r.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) os << (i ? "\t" : "") << tsv_term(row[i]);
      os << "\n";
    }
    return os.str();
  }
  // Table.
  std::vector<std::size_t> width(r.variables.size());
  for (std::size_t i = 0; i < r.variables.size(); ++i) width[i] = display_width(r.variables[i]);
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::string s = term_text(row[i]);
      for (auto& c : s)
        if (c == '\n' || c == '\t') c = ' ';
      width[i] = std::max(width[i], display_width(s));
      line.push_back(std::move(s));
    }
    cells.push_back(std::move(line));
  }
  auto rule = [&]() {
    for (std::size_t i = 0; i < width.size(); ++i) os << "+" << std::string(width[i] + 2, '-');
    os << "+\n";
  };
  auto line = [&](const std::vector<std::string>& v) {
    for (std::size_t i = 0; i < width.size(); ++i) {
      const std::string& s = i < v.size() ? v[i] : std::string();
      os << "| " << s << std::string(width[i] - display_width(s) + 1, ' ');
    }
    os << "|\n";
  };
  rule();
  line(r.variables);
  rule();
  for (const auto& c : cells) line(c);
  rule();
  os << r.rows.size() << (r.rows.size() == 1 ? " row\n" : " rows\n");
  return os.str();
}

}  // namespace ckg
