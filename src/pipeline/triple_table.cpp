#include "pipeline/triple_table.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <numeric>
#include <queue>
#include <stdexcept>

#include "pipeline/spill.h"

namespace ckg {

namespace {

// A term from its key (kind byte, value, '\0', datatype, '\0', lang) and the
// length of its value (which may itself hold '\0').
TermView parse_key(std::string_view k, std::uint32_t value_size) {
  TermView t;
  t.kind = k[0] == '\0' ? Term::Kind::Iri : Term::Kind::Literal;
  t.value = k.substr(1, value_size);
  const std::string_view rest = k.substr(value_size + 2);  // datatype '\0' lang
  const auto z = rest.find('\0');
  t.datatype = rest.substr(0, z);
  t.lang = rest.substr(z + 1);
  return t;
}

}  // namespace

// The sorted runs on disk.
struct TripleRuns {
  SpillFile file;
  std::size_t budget = 0;                                     // bytes of terms and triples kept in memory
  std::vector<std::pair<std::uint64_t, std::uint64_t>> runs;  // [begin, end) in file
  std::atomic<long long> merged_size{-1};                     // distinct triples, once counted
};

TripleTable::TripleTable() = default;
TripleTable::~TripleTable() = default;
TripleTable::TripleTable(TripleTable&&) noexcept = default;
TripleTable& TripleTable::operator=(TripleTable&&) noexcept = default;

void TripleTable::spill_to(const std::string& dir, std::size_t memory_bytes) {
  auto r = std::make_unique<TripleRuns>();
  if (auto err = r->file.open(dir); !err.empty()) throw std::runtime_error(err);
  r->budget = memory_bytes;
  runs_ = std::move(r);
}

std::size_t TripleTable::run_count() const { return runs_ ? runs_->runs.size() : 0; }
std::uint64_t TripleTable::spilled_bytes() const { return runs_ ? runs_->file.bytes() : 0; }

std::size_t TripleTable::memory_bytes() const {
  return arena_.capacity() + offsets_.capacity() * sizeof(std::uint64_t) +
         value_size_.capacity() * sizeof(std::uint32_t) + slots_.capacity() * sizeof(Slot) +
         triples_.capacity() * sizeof(triples_[0]);
}

std::size_t TripleTable::hash(Term::Kind kind, std::string_view value, std::string_view datatype,
                              std::string_view lang) {
  std::size_t h = std::hash<std::string_view>{}(value) + static_cast<std::size_t>(kind);
  if (!datatype.empty()) h = (h ^ std::hash<std::string_view>{}(datatype)) * 0x9E3779B97F4A7C15ull;
  if (!lang.empty()) h = (h ^ std::hash<std::string_view>{}(lang)) * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 29);
}

bool TripleTable::same(std::uint32_t k, const Term& t) const {
  const std::string_view s = key(k);
  const std::size_t v = value_size_[k];
  if ((s[0] == '\0') != (t.kind == Term::Kind::Iri) || v != t.value.size()) return false;
  if (s.compare(1, v, t.value) != 0) return false;
  // The rest is datatype '\0' lang.
  const std::string_view rest = s.substr(v + 2);
  return rest.size() == t.datatype.size() + 1 + t.lang.size() && rest.compare(0, t.datatype.size(), t.datatype) == 0 &&
         rest[t.datatype.size()] == '\0' && rest.substr(t.datatype.size() + 1) == t.lang;
}

void TripleTable::grow() {
  std::vector<Slot> slots(slots_.empty() ? 1024 : slots_.size() * 2);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t k = 0; k < value_size_.size(); ++k) {
    const TermView t = view(k);
    const std::size_t h = hash(t.kind, t.value, t.datatype, t.lang);
    std::size_t i = h & mask;
    while (slots[i].key != 0) i = (i + 1) & mask;
    slots[i] = {k + 1, static_cast<std::uint32_t>(h >> 32)};
  }
  slots_ = std::move(slots);
}

std::uint32_t TripleTable::id(const Term& t) {
  if (value_size_.size() * 2 >= slots_.size()) grow();
  const std::size_t h = hash(t.kind, t.value, t.datatype, t.lang);
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (; slots_[i].key != 0; i = (i + 1) & mask)
    if (slots_[i].tag == tag && same(slots_[i].key - 1, t)) return slots_[i].key - 1;
  if (value_size_.size() >= 0xFFFFFFFEu) throw std::length_error("more than 2^32 distinct RDF terms");
  const auto k = static_cast<std::uint32_t>(value_size_.size());
  arena_ += t.kind == Term::Kind::Iri ? '\0' : '\1';  // Kind::Iri < Kind::Literal
  arena_ += t.value;
  arena_ += '\0';
  arena_ += t.datatype;
  arena_ += '\0';
  arena_ += t.lang;
  offsets_.push_back(arena_.size());
  value_size_.push_back(static_cast<std::uint32_t>(t.value.size()));
  slots_[i] = {k + 1, tag};
  return k;
}

void TripleTable::add(const Triple& t) {
  triples_.push_back({id(t.s), id(t.p), id(t.o)});
  if (runs_ && (triples_.size() & 4095) == 0 && memory_bytes() > runs_->budget) flush_run();
}

TermView TripleTable::term(std::uint32_t rank) const { return view(order_[rank]); }

TermView TripleTable::view(std::uint32_t id) const { return parse_key(key(id), value_size_[id]); }

TripleView TripleTable::triple(std::size_t i) const {
  const auto& t = triples_[i];
  return {term(t[0]), term(t[1]), term(t[2]), t};
}

void TripleTable::sort_unique() {
  // The hash index is not needed any more.
  std::vector<Slot>().swap(slots_);
  // Rank terms by (kind, value, datatype, lang): the key's byte order. A value
  // holding '\0' would break the tie order, but such terms are not valid RDF.
  order_.resize(term_count());
  std::iota(order_.begin(), order_.end(), 0u);
  std::sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
  std::vector<std::uint32_t> rank(order_.size());
  for (std::uint32_t r = 0; r < order_.size(); ++r) rank[order_[r]] = r;
  for (auto& t : triples_)
    for (auto& x : t) x = rank[x];
  std::sort(triples_.begin(), triples_.end());
  triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
  triples_.shrink_to_fit();
}

void TripleTable::finish() {
  if (run_count() == 0) return sort_unique();
  if (!triples_.empty()) flush_run();
}

// A run is a sequence of records, one per triple, in sorted order:
//   u32 record length, then for s, p, o: u32 key length, u32 value length, key
// (a key as in the arena: kind byte, value, '\0', datatype, '\0', lang).
namespace {

void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
std::uint32_t get_u32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

}  // namespace

void TripleTable::flush_run() {
  sort_unique();
  SpillFile& file = runs_->file;
  const std::uint64_t begin = file.bytes();
  std::string buf;
  buf.reserve(8u << 20);
  auto write = [&] {
    if (auto err = file.append_bytes(buf); !err.empty())
      throw std::runtime_error(err + " (sorted triples of the build)");
    buf.clear();
  };
  for (const auto& t : triples_) {
    std::size_t len = 0;
    for (auto r : t) len += 8 + key(order_[r]).size();
    if (len > 0xFFFFFFFFu) throw std::length_error("an RDF triple larger than 4 GiB");
    put_u32(buf, static_cast<std::uint32_t>(len));
    for (auto r : t) {
      const std::string_view k = key(order_[r]);
      put_u32(buf, static_cast<std::uint32_t>(k.size()));
      put_u32(buf, value_size_[order_[r]]);
      buf += k;
    }
    if (buf.size() >= (8u << 20)) write();
  }
  write();
  runs_->runs.emplace_back(begin, file.bytes());
  // Start again with empty memory.
  std::string().swap(arena_);
  offsets_.assign(1, 0);
  offsets_.shrink_to_fit();
  std::vector<std::uint32_t>().swap(value_size_);
  std::vector<Slot>().swap(slots_);
  std::vector<std::uint32_t>().swap(order_);
  std::vector<std::array<std::uint32_t, 3>>().swap(triples_);
}

std::size_t TripleTable::size() const {
  if (run_count() == 0) return triples_.size();
  if (runs_->merged_size.load() < 0) merge_runs([](const TripleView&) {});
  return static_cast<std::size_t>(runs_->merged_size.load());
}

void TripleTable::merge_runs(const std::function<void(const TripleView&)>& fn) const {
  // One reader per run, each with its own buffer: for_each may run on
  // several threads at once.
  struct Reader {
    const SpillFile* file;
    std::uint64_t off, end;
    std::string buf;
    std::size_t pos = 0;
    std::array<std::string_view, 3> keys{};
    std::array<std::uint32_t, 3> value_sizes{};
    // Makes n bytes available at pos; false at the end of the run.
    bool need(std::size_t n) {
      if (buf.size() - pos >= n) return true;
      buf.erase(0, pos);
      pos = 0;
      const std::uint64_t left = end - off;
      if (left == 0) return false;
      const std::size_t want = std::max<std::size_t>(n - buf.size(), 1u << 20);
      const auto take = static_cast<std::size_t>(std::min<std::uint64_t>(left, want));
      const std::size_t old = buf.size();
      buf.resize(old + take);
      if (auto err = file->read_bytes(off, take, buf.data() + old); !err.empty()) throw std::runtime_error(err);
      off += take;
      if (buf.size() - pos < n) throw std::runtime_error("a sorted run of triples is cut short");
      return true;
    }
    bool next() {
      if (!need(4)) return false;
      const std::uint32_t len = get_u32(buf.data() + pos);
      pos += 4;
      if (!need(len)) throw std::runtime_error("a sorted run of triples is cut short");
      const char* p = buf.data() + pos;
      for (int k = 0; k < 3; ++k) {
        const std::uint32_t kl = get_u32(p);
        value_sizes[static_cast<std::size_t>(k)] = get_u32(p + 4);
        keys[static_cast<std::size_t>(k)] = std::string_view(p + 8, kl);
        p += 8 + kl;
      }
      pos += len;
      return true;
    }
  };
  std::vector<Reader> readers;
  readers.reserve(runs_->runs.size());
  for (const auto& [b, e] : runs_->runs) readers.push_back(Reader{&runs_->file, b, e, {}, 0, {}, {}});
  auto greater = [](const Reader* a, const Reader* b) { return b->keys < a->keys; };
  std::priority_queue<Reader*, std::vector<Reader*>, decltype(greater)> heap(greater);
  for (auto& r : readers)
    if (r.next()) heap.push(&r);
  // The emitted triple's keys, in two slots: the previous triple stays valid.
  std::array<std::string, 3> slot[2];
  std::array<std::uint32_t, 3> ids{};
  long long count = 0;
  int cur = 0;
  bool first = true;
  while (!heap.empty()) {
    Reader* r = heap.top();
    heap.pop();
    const auto& prev = slot[cur];
    const bool same = !first && r->keys[0] == prev[0] && r->keys[1] == prev[1] && r->keys[2] == prev[2];
    if (!same) {
      const int nxt = 1 - cur;
      for (std::size_t k = 0; k < 3; ++k) {
        if (first || r->keys[k] != prev[k]) ++ids[k];
        slot[nxt][k].assign(r->keys[k]);
      }
      TripleView t;
      t.s = parse_key(slot[nxt][0], r->value_sizes[0]);
      t.p = parse_key(slot[nxt][1], r->value_sizes[1]);
      t.o = parse_key(slot[nxt][2], r->value_sizes[2]);
      t.ids = ids;
      cur = nxt;
      first = false;
      ++count;
      fn(t);
    }
    if (r->next()) heap.push(r);
  }
  runs_->merged_size.store(count);
}

}  // namespace ckg
