#include "extract/knowledge.h"

#include <algorithm>
#include <unordered_set>

#include "extract/cues.h"
#include "extract/document.h"
#include "extract/triggers.h"
#include "util/utf8.h"

namespace ckg {
namespace {

// An alias that is another sector name plus an industry word (医药产业 next
// to 医药) is not matched: the industry word is context, and matching it
// would make 光芯片产业 cross 芯片产业.
bool redundant_sector_alias(const std::string& alias, const std::unordered_set<std::string>& names) {
  for (std::string_view suffix : {"产业链", "产业", "工业", "行业", "经济", "业"}) {
    if (alias.size() > suffix.size() && alias.ends_with(suffix) &&
        names.count(alias.substr(0, alias.size() - suffix.size())))
      return true;
  }
  return false;
}

}  // namespace

const Knowledge& Knowledge::instance() {
  static const Knowledge k(Gazetteer::instance(), Lexicon::instance());
  return k;
}

void Knowledge::add(std::u32string_view name, HitPayload p) {
  if (name.size() < 2) return;
  const auto id = matcher_.add(name);
  if (id >= payloads_.size()) {
    payloads_.resize(id + 1);
    kinds_.resize(id + 1, 0);
  }
  for (const auto& q : payloads_[id])
    if (q.kind == p.kind && q.index == p.index) return;
  payloads_[id].push_back(p);
  kinds_[id] = static_cast<std::uint8_t>(kinds_[id] | (1u << static_cast<unsigned>(p.kind)));
}

Knowledge::Knowledge(const Gazetteer& gazetteer, const Lexicon& lexicon) : gaz_(gazetteer), lex_(lexicon) {
  const auto& divs = gaz_.divisions();
  division_places_.reserve(divs.size());
  for (const auto& d : divs) division_places_.push_back(place_info(d));
  for (int i = 0; i < static_cast<int>(divs.size()); ++i) {
    const auto& d = divs[static_cast<std::size_t>(i)];
    if (d.municipality_city_row) continue;
    // 城区, 郊区, 矿区 are district names of several cities and, in news, mostly plain words.
    if (d.name == "城区" || d.name == "郊区" || d.name == "矿区") continue;
    add(utf8::decode(d.name), {HitKind::DivisionFull, i});
    if (!d.short_name.empty() && d.short_name != d.name) add(utf8::decode(d.short_name), {HitKind::DivisionShort, i});
  }
  const auto& regions = gaz_.regions();
  for (int i = 0; i < static_cast<int>(regions.size()); ++i) {
    add(utf8::decode(regions[static_cast<std::size_t>(i)].name), {HitKind::Region, i});
    for (const auto& a : regions[static_cast<std::size_t>(i)].aliases) add(utf8::decode(a), {HitKind::Region, i});
  }
  const auto& sectors = lex_.sectors();
  std::unordered_set<std::string> sector_names;
  for (const auto& s : sectors) {
    sector_names.insert(s.name);
    sector_names.insert(s.aliases.begin(), s.aliases.end());
  }
  for (int i = 0; i < static_cast<int>(sectors.size()); ++i) {
    add(utf8::decode(sectors[static_cast<std::size_t>(i)].name), {HitKind::Sector, i});
    for (const auto& a : sectors[static_cast<std::size_t>(i)].aliases)
      if (!redundant_sector_alias(a, sector_names)) add(utf8::decode(a), {HitKind::Sector, i});
  }
  const auto& orgs = lex_.organizations();
  for (int i = 0; i < static_cast<int>(orgs.size()); ++i) {
    add(utf8::decode(orgs[static_cast<std::size_t>(i)].name), {HitKind::Organization, i});
    for (const auto& a : orgs[static_cast<std::size_t>(i)].aliases) add(utf8::decode(a), {HitKind::Organization, i});
  }
  const auto trig = triggers();
  for (int i = 0; i < static_cast<int>(trig.size()); ++i)
    add(trig[static_cast<std::size_t>(i)].suffix, {HitKind::Trigger, i});
  const auto cue = cues();
  for (int i = 0; i < static_cast<int>(cue.size()); ++i) add(cue[static_cast<std::size_t>(i)].word, {HitKind::Cue, i});
  matcher_.build();
  offsets_.reserve(payloads_.size() + 1);
  for (auto& list : payloads_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const HitPayload& a, const HitPayload& b) { return a.kind < b.kind; });
    offsets_.push_back(static_cast<std::uint32_t>(flat_.size()));
    flat_.insert(flat_.end(), list.begin(), list.end());
  }
  offsets_.push_back(static_cast<std::uint32_t>(flat_.size()));
  std::vector<std::vector<HitPayload>>().swap(payloads_);
}

}  // namespace ckg
