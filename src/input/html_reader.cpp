// HTML to text through libxml2's forgiving HTML parser: scripts, styles and
// other non-content elements are dropped, block elements become line breaks,
// the title and the publication date come from <title>, <meta> or <time>.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>

#include "input/reader.h"

namespace ckg {
namespace {

bool is_skipped(const char* name) {
  static const char* kSkip[] = {"script", "style",  "noscript", "template", "svg",
                                "iframe", "object", "head",     "nav",      "footer"};
  for (const char* s : kSkip)
    if (std::strcmp(name, s) == 0) return true;
  return false;
}

bool is_block(const char* name) {
  static const char* kBlock[] = {"p",     "div", "br", "li",      "tr",      "h1",     "h2",         "h3",
                                 "h4",    "h5",  "h6", "section", "article", "header", "blockquote", "pre",
                                 "table", "ul",  "ol", "dd",      "dt",      "hr"};
  for (const char* s : kBlock)
    if (std::strcmp(name, s) == 0) return true;
  return false;
}

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

void walk(xmlNode* n, HtmlText& out, int depth) {
  if (depth > 200) return;  // pathological nesting
  for (xmlNode* c = n; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) {
      const char* name = reinterpret_cast<const char*>(c->name);
      if (std::strcmp(name, "title") == 0 && out.title.empty()) {
        xmlChar* t = xmlNodeGetContent(c);
        if (t) {
          out.title = reinterpret_cast<const char*>(t);
          xmlFree(t);
        }
      }
      if (std::strcmp(name, "meta") == 0 && out.date.empty()) {
        std::string key = attr(c, "name");
        if (key.empty()) key = attr(c, "property");
        if (key.empty()) key = attr(c, "itemprop");
        for (auto& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (key == "publishdate" || key == "pubdate" || key == "date" || key == "publish_date" ||
            key == "article:published_time" || key == "datepublished" || key == "og:published_time" ||
            key == "dc.date" || key == "dc.date.issued")
          out.date = normalize_date(attr(c, "content"));
      }
      if (std::strcmp(name, "time") == 0 && out.date.empty()) out.date = normalize_date(attr(c, "datetime"));
      if (std::strcmp(name, "head") == 0) {
        walk(c->children, out, depth + 1);  // title and meta only: text nodes in head are ignored below
        continue;
      }
      if (is_skipped(name)) continue;
      const bool block = is_block(name);
      if (block && !out.text.empty() && out.text.back() != '\n') out.text.push_back('\n');
      walk(c->children, out, depth + 1);
      if (block && !out.text.empty() && out.text.back() != '\n') out.text.push_back('\n');
    } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      // Text directly inside <head> (other than <title>) is not content.
      if (c->parent && c->parent->name && std::strcmp(reinterpret_cast<const char*>(c->parent->name), "head") == 0)
        continue;
      if (c->parent && c->parent->name && std::strcmp(reinterpret_cast<const char*>(c->parent->name), "title") == 0)
        continue;
      if (c->content) {
        std::string t(reinterpret_cast<const char*>(c->content));
        for (auto& ch : t)
          if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        out.text += t;
      }
    }
  }
}

}  // namespace

HtmlText html_to_text(std::string_view html) {
  HtmlText out;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                      HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT);
  if (!doc) return out;
  walk(xmlDocGetRootElement(doc), out, 0);
  xmlFreeDoc(doc);
  // Trim the lines.
  std::string clean;
  std::size_t start = 0;
  while (start <= out.text.size()) {
    std::size_t nl = out.text.find('\n', start);
    std::string line = out.text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    auto b = line.find_first_not_of(' ');
    auto e = line.find_last_not_of(' ');
    if (b != std::string::npos) {
      clean += line.substr(b, e - b + 1);
      clean.push_back('\n');
    }
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  out.text = std::move(clean);
  auto tb = out.title.find_first_not_of(" \n\r\t");
  auto te = out.title.find_last_not_of(" \n\r\t");
  out.title = tb == std::string::npos ? "" : out.title.substr(tb, te - tb + 1);
  return out;
}

}  // namespace ckg
