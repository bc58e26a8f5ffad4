#include "pipeline/ntriples_writer.h"

#include <cstdio>

namespace ckg {
namespace {

const char* const kHex = "0123456789ABCDEF";

void append_u(std::string& out, char32_t cp) {
  char buf[10];
  int n;
  if (cp < 0x10000) {
    buf[0] = '\\';
    buf[1] = 'u';
    for (int i = 0; i < 4; ++i) buf[2 + i] = kHex[(cp >> (4 * (3 - i))) & 0xF];
    n = 6;
  } else {
    buf[0] = '\\';
    buf[1] = 'U';
    for (int i = 0; i < 8; ++i) buf[2 + i] = kHex[(cp >> (4 * (7 - i))) & 0xF];
    n = 10;
  }
  out.append(buf, static_cast<std::size_t>(n));
}

// raptor's N-Triples string escaping.
void append_escaped(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // A run of printable ASCII that needs no escape.
    std::size_t j = i;
    while (j < n && p[j] >= 0x20 && p[j] < 0x7F && p[j] != '"' && p[j] != '\\') ++j;
    if (j > i) {
      out.append(s, i, j - i);
      i = j;
      if (i >= n) break;
    }
    const unsigned char c = p[i];
    if (c < 0x80) {
      switch (c) {
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        default:  // other controls and DEL
          append_u(out, c);
      }
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence (the pipeline's text is valid UTF-8; a
    // broken byte is written as U+FFFD).
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    char32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : c & 0x1F;
    bool ok = len > 1 && i + static_cast<std::size_t>(len) <= n;
    for (int k = 1; ok && k < len; ++k) {
      const unsigned char cc = p[i + static_cast<std::size_t>(k)];
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) {
      cp = 0xFFFD;
      len = 1;
    }
    append_u(out, cp);
    i += static_cast<std::size_t>(len);
  }
}

TermView view(const Term& t) { return {t.kind, t.value, t.datatype, t.lang}; }

}  // namespace

void append_ntriples_term(std::string& out, const Term& t) { append_ntriples_term(out, view(t)); }

void append_ntriples_term(std::string& out, const TermView& t) {
  if (t.kind == Term::Kind::Iri) {
    out += '<';
    append_escaped(out, t.value);
    out += '>';
    return;
  }
  out += '"';
  append_escaped(out, t.value);
  out += '"';
  if (!t.lang.empty()) {
    out += '@';
    out += t.lang;
  } else if (!t.datatype.empty()) {
    out += "^^<";
    append_escaped(out, t.datatype);
    out += '>';
  }
}

NTriplesWriter::NTriplesWriter(const std::filesystem::path& target) : file_(target) {
  if (!file_.ok()) error_ = file_.error();
  buf_.reserve(1 << 20);
}

namespace {

// One line: the three terms and `tail` (" .\n", or " <graph> .\n" escaped).
template <class T>
void append_line(std::string& out, const T& t, std::string_view tail) {
  append_ntriples_term(out, t.s);
  out += ' ';
  append_ntriples_term(out, t.p);
  out += ' ';
  append_ntriples_term(out, t.o);
  out += tail;
}

std::string line_tail(const std::string& graph) {
  if (graph.empty()) return " .\n";
  std::string tail = " <";
  append_escaped(tail, graph);
  tail += "> .\n";
  return tail;
}

}  // namespace

void append_ntriples_line(std::string& out, const Triple& t, const std::string& graph) {
  append_line(out, t, line_tail(graph));
}

void append_nquads(std::string& out, const std::vector<Triple>& triples, const std::string& graph) {
  const std::string tail = line_tail(graph);  // escaped once per article
  for (const auto& t : triples) append_line(out, t, tail);
}

void NTriplesWriter::write_text(std::string_view text) {
  if (!error_.empty()) return;
  buf_ += text;
  if (buf_.size() >= (1u << 20)) flush();
}

void NTriplesWriter::write(const Triple& t, const std::string& graph) {
  if (!error_.empty()) return;
  append_ntriples_line(buf_, t, graph);
  if (buf_.size() >= (1u << 20)) flush();
}

void NTriplesWriter::write(const TripleView& t) {
  if (!error_.empty()) return;
  append_line(buf_, t, " .\n");
  if (buf_.size() >= (1u << 20)) flush();
}

void NTriplesWriter::flush() {
  if (error_.empty() && !buf_.empty()) {
    file_.write(buf_);
    if (!file_.ok()) error_ = file_.error();
  }
  buf_.clear();
}

std::string NTriplesWriter::finish() {
  if (finished_) return error_;
  finished_ = true;
  flush();
  if (error_.empty() && !file_.commit()) error_ = file_.error();
  return error_;
}

}  // namespace ckg
