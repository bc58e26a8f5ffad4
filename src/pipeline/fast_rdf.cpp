#include "pipeline/fast_rdf.h"

#include <algorithm>
#include <mutex>
#include <string_view>

#include "util/atomic_file.h"

namespace ckg {
namespace {

const std::string kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

struct NotExact {};  // a term the fast path does not replicate: use raptor

bool is_name(std::string_view s) {
  if (s.empty()) return false;
  auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
  if (!alpha(s[0])) return false;
  for (char c : s)
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '-') return false;
  return true;
}

bool plain_iri(std::string_view s) {
  for (unsigned char c : s)
    if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '\\' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`')
      return false;
  return !s.empty();
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class Writer {
 public:
  explicit Writer(const std::filesystem::path& target) : file_(target) { buf_.reserve(1 << 20); }
  bool ok() const { return file_.ok(); }
  const std::string& error() const { return file_.error(); }
  std::string& buf() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= (1u << 20)) flush();
  }
  void flush() {
    file_.write(buf_);
    buf_.clear();
  }
  std::string commit() {
    flush();
    if (!file_.ok()) return file_.error();
    return file_.commit() ? "" : file_.error();
  }

 private:
  AtomicFile file_;
  std::string buf_;
};

// ---- Turtle ----

struct TurtleNames {
  std::vector<Prefix> prefixes = standard_prefixes();

  void iri(std::string& out, std::string_view v) const {
    for (const auto& p : prefixes)
      if (v.size() > p.ns.size() && v.compare(0, p.ns.size(), p.ns) == 0 && is_name(v.substr(p.ns.size()))) {
        out += p.prefix;
        out += ':';
        out.append(v, p.ns.size());
        return;
      }
    if (!plain_iri(v)) throw NotExact{};
    out += '<';
    out += v;
    out += '>';
  }
  static void quoted(std::string& out, std::string_view v) {
    out += '"';
    for (unsigned char c : v) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
        throw NotExact{};  // raptor drops or long-quotes these
      } else {
        out += static_cast<char>(c);
      }
    }
    out += '"';
  }
  void term(std::string& out, const TermView& t) const {
    if (t.kind == Term::Kind::Iri) return iri(out, t.value);
    if (!t.lang.empty()) {
      quoted(out, t.value);
      out += '@';
      out += t.lang;
      return;
    }
    if (t.datatype.empty()) return quoted(out, t.value);
    if (t.datatype.compare(0, kXsd.size(), kXsd) == 0) {
      const std::string_view local = t.datatype.substr(kXsd.size());
      std::string_view v = t.value;
      if (local == "integer") {
        if (!v.empty() && v[0] == '-') v.remove_prefix(1);
        if (!all_digits(v)) throw NotExact{};
        out += t.value;
        return;
      }
      if (local == "decimal") {
        if (!v.empty() && v[0] == '-') v.remove_prefix(1);
        const auto dot = v.find('.');
        if (dot == std::string_view::npos || !all_digits(v.substr(0, dot)) || !all_digits(v.substr(dot + 1)))
          throw NotExact{};
        out += t.value;
        return;
      }
      if (local == "double" || local == "boolean" || local == "float") throw NotExact{};
    }
    quoted(out, t.value);
    out += "^^";
    iri(out, t.datatype);
  }
};

std::string write_turtle(const std::filesystem::path& target, const TripleTable& table) {
  if (table.size() == 0) throw NotExact{};
  Writer w(target);
  if (!w.ok()) return w.error();
  TurtleNames names;
  std::string& out = w.buf();
  const std::string rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  out += "@prefix rdf: <" + rdf_ns + "> .\n";
  for (const auto& p : names.prefixes)
    if (std::string_view(p.prefix) != "rdf") out += std::string("@prefix ") + p.prefix + ": <" + p.ns + "> .\n";
  out += "\n";
  TripleView prev;
  bool first = true;
  table.for_each([&](const TripleView& t) {
    if (first || t.ids[0] != prev.ids[0]) {
      if (!first) out += " .\n\n";
      names.term(out, t.s);
      out += "\n    ";
      if (t.p.value == kRdfType)
        out += 'a';
      else
        names.iri(out, t.p.value);
      out += ' ';
    } else if (t.ids[1] != prev.ids[1]) {
      out += " ;\n    ";
      if (t.p.value == kRdfType)
        out += 'a';
      else
        names.iri(out, t.p.value);
      out += ' ';
    } else {
      // raptor orders literals of equal text by its own rule (datatype
      // before language); leave such ties to it.
      if (t.o.kind == Term::Kind::Literal && prev.o.kind == Term::Kind::Literal && t.o.value == prev.o.value)
        throw NotExact{};
      out += ", ";
    }
    names.term(out, t.o);
    first = false;
    prev = t;
    w.maybe_flush();
  });
  out += " .\n\n";
  return w.commit();
}

// ---- RDF/XML ----

void xml_text(std::string& out, std::string_view v, bool attribute) {
  for (unsigned char c : v) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\r':
        if (attribute) throw NotExact{};
        out += "&#xD;";
        break;
      case '"':
        if (attribute) throw NotExact{};
        out += '"';
        break;
      default:
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (attribute && c < 0x20)) throw NotExact{};
        out += static_cast<char>(c);
    }
  }
}

std::string write_rdfxml(const std::filesystem::path& target, const TripleTable& table) {
  if (table.size() == 0) throw NotExact{};
  auto prefixes = standard_prefixes();
  std::sort(prefixes.begin(), prefixes.end(),
            [](const Prefix& a, const Prefix& b) { return std::string_view(a.prefix) < std::string_view(b.prefix); });
  Writer w(target);
  if (!w.ok()) return w.error();
  std::string& out = w.buf();
  out += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF";
  for (const auto& p : prefixes) {
    out += std::string(" xmlns:") + p.prefix + "=\"";
    xml_text(out, p.ns, true);
    out += '"';
  }
  out += ">\n";
  std::string qname;
  table.for_each([&](const TripleView& t) {
    qname.clear();
    for (const auto& p : prefixes)
      if (t.p.value.size() > p.ns.size() && t.p.value.compare(0, p.ns.size(), p.ns) == 0 &&
          is_name(t.p.value.substr(p.ns.size()))) {
        qname = p.prefix;
        qname += ':';
        qname += t.p.value.substr(p.ns.size());
        break;
      }
    if (qname.empty()) throw NotExact{};  // raptor would declare a new namespace here
    if (t.s.kind != Term::Kind::Iri) throw NotExact{};
    out += "  <rdf:Description rdf:about=\"";
    xml_text(out, t.s.value, true);
    out += "\">\n    <" + qname;
    if (t.o.kind == Term::Kind::Iri) {
      out += " rdf:resource=\"";
      xml_text(out, t.o.value, true);
      out += "\"/>\n";
    } else {
      if (t.o.value.empty()) throw NotExact{};
      if (!t.o.lang.empty()) {
        out += " xml:lang=\"";
        xml_text(out, t.o.lang, true);
        out += '"';
      } else if (!t.o.datatype.empty()) {
        out += " rdf:datatype=\"";
        xml_text(out, t.o.datatype, true);
        out += '"';
      }
      out += '>';
      xml_text(out, t.o.value, false);
      out += "</" + qname + ">\n";
    }
    out += "  </rdf:Description>\n";
    w.maybe_flush();
  });
  out += "</rdf:RDF>\n";
  return w.commit();
}

std::string write_with_raptor(const std::filesystem::path& target, RdfFormat format, const TripleTable& table) {
  // Files may be written in parallel; raptor runs one at a time.
  static std::mutex raptor_mutex;
  std::lock_guard lock(raptor_mutex);
  RdfFileWriter w(target, format);
  table.for_each([&](const TripleView& t) { w.write(t.to_triple()); });
  return w.finish();
}

}  // namespace

std::string write_sorted_rdf(const std::filesystem::path& target, RdfFormat format, const TripleTable& table,
                             bool* used_raptor) {
  if (used_raptor) *used_raptor = false;
  try {
    if (format == RdfFormat::Turtle) return write_turtle(target, table);
    if (format == RdfFormat::RdfXml) return write_rdfxml(target, table);
  } catch (const NotExact&) {
    // The temporary file of the fast writer is gone (AtomicFile's destructor).
  }
  if (used_raptor) *used_raptor = true;
  return write_with_raptor(target, format, table);
}

}  // namespace ckg
