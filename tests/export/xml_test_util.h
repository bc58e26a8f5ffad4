// Test helpers (on top of support/helpers.h): reading an XML file back with libxml2,
// XPath queries with the GraphML/GEXF namespaces, and XSD validation against
// the schema copies in tests/schemas (no network).
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/helpers.h"

namespace ckg::test {

inline std::filesystem::path schema_dir() { return source_dir() / "tests" / "schemas"; }

// An owned libxml2 document with namespace-aware XPath helpers.
class XmlDoc {
 public:
  explicit XmlDoc(const std::filesystem::path& p)
      : doc_(xmlReadFile(p.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOBLANKS)) {}
  XmlDoc(const XmlDoc&) = delete;
  XmlDoc& operator=(const XmlDoc&) = delete;
  ~XmlDoc() {
    if (doc_) xmlFreeDoc(doc_);
  }
  bool ok() const { return doc_ != nullptr; }
  xmlDocPtr get() const { return doc_; }

  // Nodes matching `xpath` (prefixes g: GraphML, x: GEXF, viz: GEXF viz).
  std::vector<xmlNodePtr> nodes(const std::string& xpath) const {
    std::vector<xmlNodePtr> out;
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc_);
    xmlXPathRegisterNs(ctx, BAD_CAST "g", BAD_CAST "http://graphml.graphdrawing.org/xmlns");
    xmlXPathRegisterNs(ctx, BAD_CAST "x", BAD_CAST "http://gexf.net/1.3");
    xmlXPathRegisterNs(ctx, BAD_CAST "viz", BAD_CAST "http://gexf.net/1.3/viz");
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST xpath.c_str(), ctx);
    if (r && r->nodesetval)
      for (int i = 0; i < r->nodesetval->nodeNr; ++i) out.push_back(r->nodesetval->nodeTab[i]);
    if (r) xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return out;
  }
  std::size_t count(const std::string& xpath) const { return nodes(xpath).size(); }
  // Text (or attribute value) of the first match, "" if none.
  std::string value(const std::string& xpath) const {
    auto ns = nodes(xpath);
    if (ns.empty()) return "";
    xmlChar* c = xmlNodeGetContent(ns[0]);
    std::string s = c ? reinterpret_cast<const char*>(c) : "";
    if (c) xmlFree(c);
    return s;
  }

 private:
  xmlDocPtr doc_;
};

inline std::string attr(xmlNodePtr n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  if (v) xmlFree(v);
  return s;
}

// Context-level structured handlers: they win over a global handler that
// another library (raptor) may have installed in the same process.
inline void collect_schema_error(void* ctx, xmlErrorPtr error) {
  auto* e = static_cast<std::string*>(ctx);
  if (error && error->message && e->size() < 2000) *e += error->message;
}

// Validates `doc` against an XSD. Returns "" or the first errors.
inline std::string validate(xmlDocPtr doc, const std::filesystem::path& xsd) {
  std::string errors;
  xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(xsd.c_str());
  xmlSchemaSetParserStructuredErrors(pctx, collect_schema_error, &errors);
  xmlSchemaPtr schema = xmlSchemaParse(pctx);
  xmlSchemaFreeParserCtxt(pctx);
  if (!schema) return "cannot load schema " + xsd.string() + ": " + errors;
  xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(schema);
  xmlSchemaSetValidStructuredErrors(vctx, collect_schema_error, &errors);
  const int rc = xmlSchemaValidateDoc(vctx, doc);
  xmlSchemaFreeValidCtxt(vctx);
  xmlSchemaFree(schema);
  if (rc != 0 && errors.empty()) errors = "invalid (code " + std::to_string(rc) + ")";
  return rc == 0 ? "" : errors;
}

// Removes every element of the GEXF viz namespace (the published GEXF 1.3
// XSD declares color/position/size in the main namespace, so it rejects the
// viz:* elements that Gephi and the primer use).
inline int strip_viz(xmlNodePtr n) {
  int removed = 0;
  for (xmlNodePtr c = n ? n->children : nullptr; c;) {
    xmlNodePtr next = c->next;
    if (c->type == XML_ELEMENT_NODE && c->ns && c->ns->href &&
        std::string(reinterpret_cast<const char*>(c->ns->href)) == "http://gexf.net/1.3/viz") {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
      ++removed;
    } else {
      removed += strip_viz(c);
    }
    c = next;
  }
  return removed;
}

}  // namespace ckg::test
