// Text for XML 1.0 documents that are written by hand (the SPARQL XML results,
// the HTML-like labels of the Graphviz picture); the GraphML and GEXF writers
// go through libxml2 (export/xml_text.h) and use xml_clean alone.
#pragma once

#include <string>
#include <string_view>

namespace ckg {

// Text made safe for XML 1.0: drops the C0 controls other than tab, LF and
// CR, U+FFFE and U+FFFF, and replaces invalid UTF-8 bytes with U+FFFD.
std::string xml_clean(std::string_view s);

// xml_clean(s) with &, <, > and " written as entities: safe in element
// content and in double-quoted attribute values.
std::string xml_escape(std::string_view s);

}  // namespace ckg
