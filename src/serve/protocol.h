// The pure parts of the SPARQL 1.1 Protocol endpoint, kept apart from the
// HTTP server so they can be tested directly: Accept negotiation, the
// read-only check, the result bodies with their media types, the service
// description.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/sparql.h"

namespace ckg::serve {

// Media types offered for SELECT/ASK results and for CONSTRUCT results; the
// first of each list is the default (Accept missing or */*).
const std::vector<std::string>& bindings_media_types();
const std::vector<std::string>& graph_media_types();

// The offered media type the Accept header prefers (q-values, type/* and */*
// wildcards, order of `offered` breaks ties), or nothing if it accepts none.
std::optional<std::string> negotiate(const std::string& accept, const std::vector<std::string>& offered);

// The `format` request parameter (json, xml, csv, tsv, turtle, ntriples,
// rdfxml) as a media type, or nothing if unknown.
std::optional<std::string> format_parameter_media_type(const std::string& format);

// Why a query may not run on a read-only endpoint (SPARQL Update, LOAD,
// SERVICE, FROM / FROM NAMED which would read other data), or nothing.
std::optional<std::string> read_only_refusal(const std::string& query);

// The bytes and the Content-Type header of a response.
struct Body {
  int status = 200;
  std::string content_type;
  std::string text;
  bool truncated = false;  // rows (or triples) beyond the row limit were dropped
  std::size_t rows = 0;    // rows (or triples) sent
};

// A query result as a response body: SPARQL Results JSON/XML/CSV/TSV for
// bindings and booleans, Turtle/N-Triples/RDF-XML for graphs, keeping at most
// `row_limit` rows (0 = no limit). `accept` is the Accept header or a media
// type; 406 if it accepts nothing offered for this kind of result.
Body result_body(QueryResult result, const std::string& accept, std::size_t row_limit);

// A plain-text error body (status and message).
Body error_body(int status, const std::string& message);

// The SPARQL 1.1 Service Description of the endpoint at `endpoint_url`, in
// Turtle.
std::string service_description(const std::string& endpoint_url, std::size_t triples, std::size_t row_limit,
                                long timeout_ms);

// Valid UTF-8 (shortest forms, no surrogates)?
bool is_valid_utf8(const std::string& s);

}  // namespace ckg::serve
