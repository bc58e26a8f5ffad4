// Everything extraction knows before it reads an article: the gazetteer, the
// lexicons and one Aho-Corasick matcher over all their names. Built once,
// read-only afterwards, shared by all extraction threads.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/extraction.h"
#include "extract/lexicon.h"
#include "extract/matcher.h"
#include "link/gazetteer.h"

namespace ckg {

enum class HitKind : std::uint8_t {
  DivisionFull,   // index into Gazetteer::divisions()
  DivisionShort,  // index into Gazetteer::divisions()
  Region,         // index into Gazetteer::regions()
  Sector,         // index into Lexicon::sectors()
  Organization,   // index into Lexicon::organizations()
  Trigger,        // index into triggers()
  Cue,            // index into cues()
};

struct HitPayload {
  HitKind kind;
  int index;
};

class Knowledge {
 public:
  static const Knowledge& instance();
  Knowledge(const Gazetteer& gazetteer, const Lexicon& lexicon);

  const Gazetteer& gazetteer() const { return gaz_; }
  const Lexicon& lexicon() const { return lex_; }
  const Matcher& matcher() const { return matcher_; }
  // The place record of division `index` (place_info of it), made once.
  const PlaceInfo& division_place(int index) const { return division_places_[static_cast<std::size_t>(index)]; }
  // The place record of a region: no code, no point.
  const PlaceInfo& region_place() const { return region_place_; }
  // Whether a pattern has a payload of kind k: one byte per pattern, so the
  // rules skip the hits that are not theirs without reading the payloads.
  bool has(std::uint32_t pattern, HitKind k) const { return (kinds_[pattern] >> static_cast<unsigned>(k)) & 1u; }
  // The payloads of kind k of a pattern (in the order they were added). All
  // payloads are stored one after another, those of a pattern sorted by kind.
  std::span<const HitPayload> payloads(std::uint32_t pattern, HitKind k) const {
    if (!has(pattern, k)) return {};
    const HitPayload* first = flat_.data() + offsets_[pattern];
    const HitPayload* last = flat_.data() + offsets_[pattern + 1];
    while (first != last && first->kind != k) ++first;
    const HitPayload* end = first;
    while (end != last && end->kind == k) ++end;
    return {first, end};
  }

 private:
  void add(std::u32string_view name, HitPayload p);
  const Gazetteer& gaz_;
  const Lexicon& lex_;
  Matcher matcher_;
  std::vector<std::vector<HitPayload>> payloads_;  // while building; moved into flat_
  std::vector<HitPayload> flat_;
  std::vector<std::uint32_t> offsets_;  // payloads of pattern p: flat_[offsets_[p], offsets_[p + 1])
  std::vector<std::uint8_t> kinds_;     // per pattern: bit k set if a payload has HitKind k
  std::vector<PlaceInfo> division_places_;
  PlaceInfo region_place_;
};

}  // namespace ckg
