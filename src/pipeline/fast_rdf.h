// Fast Turtle and RDF/XML writers for the sorted triples of a build. They
// write the same bytes as raptor 2.0.15's `turtle` and `rdfxml` serializers
// do for the same sorted statements (checked by
// tests/pipeline/fast_rdf_test.cpp) but stream: raptor's Turtle writer keeps
// every statement in memory and is the slowest stage of a large build. On a
// term whose raptor form is not replicated exactly (control characters,
// newlines in literals, unusual IRIs or numbers) they hand the whole file to
// raptor instead, so output never depends on which path ran.
#pragma once

#include <filesystem>
#include <string>

#include "export/rdf_writer.h"
#include "pipeline/triple_table.h"

namespace ckg {

// format: Turtle or RdfXml. `used_raptor` tells whether the fallback ran.
std::string write_sorted_rdf(const std::filesystem::path& target, RdfFormat format, const TripleTable& table,
                             bool* used_raptor = nullptr);

}  // namespace ckg
