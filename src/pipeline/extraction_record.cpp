#include "pipeline/extraction_record.h"

#include <cstdint>
#include <cstring>

namespace ckg {
namespace {

constexpr unsigned char kMagic = 0xC7;  // first byte of every record
constexpr unsigned char kVersion = 1;   // bump when the layout changes

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void u(std::uint64_t v) {
    char buf[10];
    int n = 0;
    while (v >= 0x80) {
      buf[n++] = static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    buf[n++] = static_cast<char>(v);
    out_.append(buf, static_cast<std::size_t>(n));
  }
  // Signed values that are mostly small or -1 (indexes, years).
  void i(std::int64_t v) { u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
  void d(double v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void s(std::string_view v) {
    u(v.size());
    out_.append(v);
  }
  void strings(const std::vector<std::string>& v) {
    u(v.size());
    for (const auto& x : v) s(x);
  }
  void span(const Span& v) {
    u(v.begin);
    u(v.end - v.begin);  // ends follow begins: the length is the short number
  }

 private:
  std::string& out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  bool at_end() const { return pos_ == in_.size(); }
  std::uint64_t u() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return fail("record is truncated");
      const auto b = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    return fail("a number in the record is too long");
  }
  std::int64_t i() {
    const std::uint64_t z = u();
    return static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
  }
  std::uint32_t u32() {
    const std::uint64_t v = u();
    if (v > UINT32_MAX) fail("a position in the record is out of range");
    return static_cast<std::uint32_t>(v);
  }
  int small(std::int64_t lo, std::int64_t hi, const char* what) {
    const std::int64_t v = i();
    if (v < lo || v > hi) fail(std::string(what) + " out of range");
    return static_cast<int>(v);
  }
  double d() {
    double v = 0;
    if (in_.size() - pos_ < sizeof v) return fail("record is truncated");
    std::memcpy(&v, in_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  bool b() { return u() != 0; }
  // A count of things that each take at least one byte: more than the bytes
  // left means a damaged record (and must not size a vector).
  std::size_t count() {
    const std::uint64_t n = u();
    if (n > in_.size() - pos_) return static_cast<std::size_t>(fail("a count in the record is larger than the record"));
    return static_cast<std::size_t>(n);
  }
  void s(std::string& out) {
    const std::size_t n = count();
    if (failed()) return;
    out.assign(in_.data() + pos_, n);
    pos_ += n;
  }
  void strings(std::vector<std::string>& out) {
    const std::size_t n = count();
    out.resize(n);
    for (auto& x : out) s(x);
  }
  Span span() {
    const std::uint32_t b = u32();
    const std::uint64_t len = u();
    if (len > UINT32_MAX - b) fail("a span in the record is out of range");
    return {b, static_cast<std::uint32_t>(b + len)};
  }

 private:
  std::uint64_t fail(std::string why) {
    if (error_.empty()) error_ = std::move(why);
    pos_ = in_.size();  // every later read fails fast
    return 0;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  std::string error_;
};

}  // namespace

void pack_extraction(const ArticleExtraction& x, std::string& out) {
  Writer w(out);
  out.push_back(static_cast<char>(kMagic));
  out.push_back(static_cast<char>(kVersion));
  const Article& a = x.article;
  for (const std::string* f : {&a.id, &a.source, &a.url, &a.title, &a.date, &a.content_hash}) w.s(*f);
  w.u(x.sentences.size());
  for (const auto& s : x.sentences) {
    w.span(s.span);
    w.s(s.text);
  }
  w.u(x.entities.size());
  for (const auto& e : x.entities) {
    w.i(static_cast<int>(e.type));
    w.s(e.name);
    w.s(e.key);
    w.strings(e.aliases);
    w.strings(e.local_aliases);
    w.u(e.lexicon_name);
    w.u(e.mentions.size());
    for (const auto& m : e.mentions) {
      w.span(m.span);
      w.s(m.surface);
    }
    w.s(e.merge_reason);
    w.d(e.confidence);
    w.u(e.place.has_value());
    if (e.place) {
      w.s(e.place->code);
      w.s(e.place->parent_code);
      w.d(e.place->lat);
      w.d(e.place->lng);
      w.u(e.place->has_point);
    }
    w.strings(e.broader);
  }
  w.u(x.facts.size());
  for (const auto& f : x.facts) {
    w.i(f.subject);
    w.i(static_cast<int>(f.relation));
    w.i(f.object);
    w.s(f.value);
    w.u(f.year.has_value());
    if (f.year) w.i(*f.year);
    w.d(f.confidence);
    w.i(f.sentence);
    w.s(f.rule);
  }
}

std::string pack_extraction(const ArticleExtraction& x) {
  std::string out;
  pack_extraction(x, out);
  return out;
}

std::string unpack_extraction(std::string_view record, ArticleExtraction& out) {
  out = ArticleExtraction{};
  if (record.size() < 2 || static_cast<unsigned char>(record[0]) != kMagic) return "not an extraction record";
  if (static_cast<unsigned char>(record[1]) != kVersion)
    return "extraction record version " + std::to_string(static_cast<unsigned char>(record[1])) +
           " (this clusterkg reads " + std::to_string(kVersion) + ")";
  Reader r(record.substr(2));
  Article& a = out.article;
  for (std::string* f : {&a.id, &a.source, &a.url, &a.title, &a.date, &a.content_hash}) r.s(*f);
  if (!r.failed() && a.id.empty()) {
    out = ArticleExtraction{};
    return "extraction record without an article id";
  }
  out.sentences.resize(r.count());
  for (auto& s : out.sentences) {
    s.span = r.span();
    r.s(s.text);
  }
  out.entities.resize(r.count());
  for (auto& e : out.entities) {
    e.type = static_cast<EntityType>(r.small(0, kEntityTypeCount - 1, "entity type"));
    r.s(e.name);
    r.s(e.key);
    r.strings(e.aliases);
    r.strings(e.local_aliases);
    e.lexicon_name = r.b();
    e.mentions.resize(r.count());
    for (auto& m : e.mentions) {
      m.span = r.span();
      r.s(m.surface);
    }
    r.s(e.merge_reason);
    e.confidence = r.d();
    if (r.b()) {
      PlaceInfo& p = e.place.emplace();
      r.s(p.code);
      r.s(p.parent_code);
      p.lat = r.d();
      p.lng = r.d();
      p.has_point = r.b();
    }
    r.strings(e.broader);
    if (r.failed()) break;
  }
  const int n_entities = static_cast<int>(out.entities.size());
  const int n_sentences = static_cast<int>(out.sentences.size());
  out.facts.resize(r.count());
  for (auto& f : out.facts) {
    f.subject = r.small(0, n_entities - 1, "a fact's subject");
    f.relation = static_cast<Relation>(r.small(0, kRelationCount - 1, "relation"));
    f.object = r.small(-1, n_entities - 1, "a fact's object");
    r.s(f.value);
    if (r.b()) f.year = r.small(INT32_MIN, INT32_MAX, "year");
    f.confidence = r.d();
    f.sentence = r.small(-1, n_sentences - 1, "a fact's sentence");
    r.s(f.rule);
    if (r.failed()) break;
  }
  std::string why = r.failed() ? r.error() : r.at_end() ? "" : "extraction record has bytes after its end";
  if (!why.empty()) out = ArticleExtraction{};  // nothing of a damaged record is kept
  return why;
}

}  // namespace ckg
