#include "serve/protocol.h"

#include <raptor2.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/vocab.h"
#include "query/results_format.h"
#include "util/utf8.h"

namespace ckg::serve {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

// Aliases clients send for the offered types.
std::string canonical_media_type(const std::string& t) {
  if (t == "application/json") return "application/sparql-results+json";
  if (t == "application/xml" || t == "text/xml") return "application/sparql-results+xml";
  if (t == "text/tsv") return "text/tab-separated-values";
  if (t == "application/x-turtle") return "text/turtle";
  if (t == "text/plain" || t == "application/ntriples") return "application/n-triples";
  return t;
}

struct Range {
  std::string type;  // "a/b", "a/*" or "*/*"
  double q = 1.0;
};

std::vector<Range> parse_accept(const std::string& accept) {
  std::vector<Range> out;
  std::stringstream ss(accept);
  std::string item;
  while (std::getline(ss, item, ',')) {
    std::stringstream parts(item);
    std::string part;
    Range r;
    bool first = true;
    while (std::getline(parts, part, ';')) {
      part = lower(trim(part));
      if (first) {
        r.type = canonical_media_type(part);
        first = false;
      } else if (part.rfind("q=", 0) == 0) {
        try {
          r.q = std::stod(part.substr(2));
        } catch (...) {
          r.q = 0;
        }
      }
    }
    if (!r.type.empty()) out.push_back(r);
  }
  return out;
}

// How well a range matches a type: 3 exact, 2 type/*, 1 */*, 0 no match.
int specificity(const std::string& range, const std::string& type) {
  if (range == type) return 3;
  if (range == "*/*" || range == "*") return 1;
  if (range.size() > 2 && range.compare(range.size() - 2, 2, "/*") == 0 &&
      type.compare(0, range.size() - 1, range, 0, range.size() - 1) == 0)
    return 2;
  return 0;
}

std::string content_type_header(const std::string& media) {
  if (media.rfind("text/", 0) == 0) return media + "; charset=utf-8";
  return media;
}

// Turtle/N-Triples/RDF-XML through raptor's serializers, base URI NULL so no
// IRI is made relative.
std::string serialize_graph(const std::vector<Triple>& triples, const char* syntax, std::string& error) {
  raptor_world* w = raptor_new_world();
  if (!w || raptor_world_open(w) != 0) {
    error = "cannot start raptor";
    return "";
  }
  raptor_serializer* ser = raptor_new_serializer(w, syntax);
  if (!ser) {
    raptor_free_world(w);
    error = std::string("raptor has no serializer for ") + syntax;
    return "";
  }
  void* buffer = nullptr;
  size_t length = 0;
  raptor_serializer_start_to_string(ser, nullptr, &buffer, &length);
  const std::pair<const char*, std::string_view> prefixes[] = {
      {"ckg", kOntologyNs}, {"id", kDataNs},         {"rdf", kRdfNs},   {"rdfs", kRdfsNs},
      {"xsd", kXsdNs},      {"skos", kSkosNs},       {"prov", kProvNs}, {"schema", kSchemaNs},
      {"geo", kGeoNs},      {"dcterms", kDctermsNs}, {"org", kOrgNs}};
  for (const auto& [prefix, ns] : prefixes) {
    raptor_uri* u = raptor_new_uri_from_counted_string(w, reinterpret_cast<const unsigned char*>(ns.data()), ns.size());
    raptor_serializer_set_namespace(ser, u, reinterpret_cast<const unsigned char*>(prefix));
    raptor_free_uri(u);
  }
  auto term = [&](const Term& t) -> raptor_term* {
    if (t.kind == Term::Kind::Iri) {
      if (t.value.rfind("_:", 0) == 0)
        return raptor_new_term_from_blank(w, reinterpret_cast<const unsigned char*>(t.value.c_str() + 2));
      return raptor_new_term_from_uri_string(w, reinterpret_cast<const unsigned char*>(t.value.c_str()));
    }
    raptor_uri* dt =
        t.datatype.empty() ? nullptr : raptor_new_uri(w, reinterpret_cast<const unsigned char*>(t.datatype.c_str()));
    raptor_term* r = raptor_new_term_from_counted_literal(
        w, reinterpret_cast<const unsigned char*>(t.value.data()), t.value.size(), dt,
        t.lang.empty() ? nullptr : reinterpret_cast<const unsigned char*>(t.lang.c_str()),
        static_cast<unsigned char>(t.lang.size()));
    if (dt) raptor_free_uri(dt);
    return r;
  };
  for (const auto& t : triples) {
    raptor_statement* st = raptor_new_statement_from_nodes(w, term(t.s), term(t.p), term(t.o), nullptr);
    if (st) {
      raptor_serializer_serialize_statement(ser, st);
      raptor_free_statement(st);
    }
  }
  raptor_serializer_serialize_end(ser);
  raptor_free_serializer(ser);
  std::string out;
  if (buffer) {
    out.assign(static_cast<const char*>(buffer), length);
    raptor_free_memory(buffer);
  }
  raptor_free_world(w);
  return out;
}

}  // namespace

const std::vector<std::string>& bindings_media_types() {
  static const std::vector<std::string> k = {"application/sparql-results+json", "application/sparql-results+xml",
                                             "text/csv", "text/tab-separated-values"};
  return k;
}

const std::vector<std::string>& graph_media_types() {
  static const std::vector<std::string> k = {"text/turtle", "application/n-triples", "application/rdf+xml"};
  return k;
}

std::optional<std::string> negotiate(const std::string& accept, const std::vector<std::string>& offered) {
  if (offered.empty()) return std::nullopt;
  if (trim(accept).empty()) return offered.front();
  const auto ranges = parse_accept(accept);
  std::optional<std::string> best;
  double best_q = 0;
  for (const auto& type : offered) {
    // The q of the most specific range matching this type.
    int spec = 0;
    double q = 0;
    for (const auto& r : ranges) {
      const int s = specificity(r.type, type);
      if (s > spec) {
        spec = s;
        q = r.q;
      }
    }
    if (spec > 0 && q > best_q) {
      best_q = q;
      best = type;
    }
  }
  return best;
}

std::optional<std::string> format_parameter_media_type(const std::string& format) {
  const std::string f = lower(format);
  if (f == "json" || f == "srj") return "application/sparql-results+json";
  if (f == "xml" || f == "srx") return "application/sparql-results+xml";
  if (f == "csv") return "text/csv";
  if (f == "tsv") return "text/tab-separated-values";
  if (f == "turtle" || f == "ttl") return "text/turtle";
  if (f == "ntriples" || f == "nt") return "application/n-triples";
  if (f == "rdfxml" || f == "rdf") return "application/rdf+xml";
  return std::nullopt;
}

std::optional<std::string> read_only_refusal(const std::string& query) {
  // Keywords outside comments, strings and IRIs, upper-cased.
  std::string code;
  for (std::size_t i = 0; i < query.size(); ++i) {
    const char c = query[i];
    if (c == '#') {
      while (i < query.size() && query[i] != '\n') ++i;
      code.push_back(' ');
      continue;
    }
    if (c == '"' || c == '\'') {
      for (++i; i < query.size() && query[i] != c; ++i)
        if (query[i] == '\\') ++i;
      code.push_back(' ');
      continue;
    }
    if (c == '<') {
      std::size_t j = i + 1;
      while (j < query.size() && query[j] != '>' && !std::isspace(static_cast<unsigned char>(query[j]))) ++j;
      if (j < query.size() && query[j] == '>') {
        code.push_back(' ');
        i = j;
        continue;
      }
    }
    code.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  auto word_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '?' || c == '$' || c == '-';
  };
  auto has = [&](const std::string& kw) {
    for (std::size_t p = code.find(kw); p != std::string::npos; p = code.find(kw, p + 1)) {
      const std::size_t e = p + kw.size();
      if ((p == 0 || !word_char(code[p - 1])) && (e >= code.size() || !word_char(code[e]))) return true;
    }
    return false;
  };
  for (const char* kw : {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE"})
    if (has(kw))
      return std::string("this endpoint is read-only: SPARQL Update (") + kw +
             ") is refused; rebuild the graph with `clusterkg build` to change data";
  if (has("ADD") && has("TO"))
    return "this endpoint is read-only: SPARQL Update (ADD) is refused; rebuild the graph with `clusterkg build` to "
           "change data";
  if (has("SERVICE"))
    return "SERVICE is refused: this endpoint answers from its own graph only and makes no outside requests";
  if (has("FROM"))
    return "FROM / FROM NAMED is refused: this endpoint answers from its own graph only and loads no other data "
           "(use GRAPH ?g { ... } to select the articles' named graphs)";
  return std::nullopt;
}

Body error_body(int status, const std::string& message) {
  Body b;
  b.status = status;
  b.content_type = "text/plain; charset=utf-8";
  b.text = message + "\n";
  return b;
}

Body result_body(QueryResult result, const std::string& accept, std::size_t row_limit) {
  const bool graph = result.kind == QueryResult::Kind::Graph;
  const auto& offered = graph ? graph_media_types() : bindings_media_types();
  const auto media = negotiate(accept, offered);
  if (!media) {
    std::string list;
    for (const auto& t : offered) list += (list.empty() ? "" : ", ") + t;
    return error_body(406, std::string("Not Acceptable: this ") + (graph ? "CONSTRUCT" : "query") +
                               " result can be sent as " + list + " (Accept was: " + accept + ")");
  }
  Body b;
  b.content_type = content_type_header(*media);
  if (graph) {
    if (row_limit > 0 && result.triples.size() > row_limit) {
      result.triples.resize(row_limit);
      b.truncated = true;
    }
    b.rows = result.triples.size();
    const char* syntax = *media == "text/turtle" ? "turtle" : *media == "application/n-triples" ? "ntriples" : "rdfxml";
    std::string error;
    b.text = serialize_graph(result.triples, syntax, error);
    if (!error.empty()) return error_body(500, error);
    return b;
  }
  if (row_limit > 0 && result.rows.size() > row_limit) {
    result.rows.resize(row_limit);
    b.truncated = true;
  }
  b.rows = result.kind == QueryResult::Kind::Boolean ? 1 : result.rows.size();
  const ResultFormat f = *media == "application/sparql-results+json"  ? ResultFormat::Json
                         : *media == "application/sparql-results+xml" ? ResultFormat::Xml
                         : *media == "text/csv"                       ? ResultFormat::Csv
                                                                      : ResultFormat::Tsv;
  b.text = format_result(result, f);
  if (b.truncated) {
    const std::string note = "result truncated to the server's row limit of " + std::to_string(row_limit) +
                             " rows (clusterkg serve --row-limit)";
    if (f == ResultFormat::Json) {
      auto j = nlohmann::ordered_json::parse(b.text);
      j["clusterkg"] = {{"truncated", true}, {"rowLimit", row_limit}, {"note", note}};
      b.text = j.dump(2) + "\n";
    } else if (f == ResultFormat::Xml) {
      const auto pos = b.text.find("?>");
      if (pos != std::string::npos) b.text.insert(pos + 2, "\n<!-- " + note + " -->");
    }
  }
  return b;
}

std::string service_description(const std::string& endpoint_url, std::size_t triples, std::size_t row_limit,
                                long timeout_ms) {
  std::ostringstream os;
  os << "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        "@prefix fmt: <http://www.w3.org/ns/formats/> .\n"
        "@prefix void: <http://rdfs.org/ns/void#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n"
     << "<" << endpoint_url << "> a sd:Service ;\n"
     << "  sd:endpoint <" << endpoint_url << "> ;\n"
     << "  rdfs:comment \"clusterkg serve: a read-only SPARQL 1.1 Query endpoint (rasqal 0.9.33) over one "
        "knowledge graph; the default graph is the union of the articles' named graphs. Each query runs in its own "
        "process with a time limit of "
     << timeout_ms << " ms and a row limit of " << row_limit << ".\" ;\n"
     << "  sd:supportedLanguage sd:SPARQL11Query ;\n"
     << "  sd:feature sd:UnionDefaultGraph ;\n"
     << "  sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,\n"
     << "    fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:RDF_XML ;\n"
     << "  sd:defaultDataset [\n"
     << "    a sd:Dataset ;\n"
     << "    sd:defaultGraph [ a sd:Graph ; void:triples " << triples << " ]\n"
     << "  ] .\n";
  return os.str();
}

bool is_valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8::valid_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace ckg::serve
