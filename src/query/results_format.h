// Query results as text: an aligned table (CJK counted as two columns), CSV
// and TSV (SPARQL 1.1 CSV/TSV), SPARQL 1.1 Query Results JSON written with
// nlohmann/json, and Turtle/N-Triples for CONSTRUCT results.
#pragma once

#include <string>

#include "query/sparql.h"

namespace ckg {

enum class ResultFormat { Table, Csv, Tsv, Json, Xml };

bool parse_result_format(const std::string& s, ResultFormat& out);
std::string format_result(const QueryResult& r, ResultFormat f);
// Display width of a UTF-8 string in a terminal.
std::size_t display_width(const std::string& s);
// CONSTRUCT results as N-Triples (one statement per line, sorted).
std::string format_triples_ntriples(const std::vector<Triple>& triples);

}  // namespace ckg
