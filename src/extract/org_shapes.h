// Helpers shared by the rules that build organisation, zone and project
// names from their shape: places inside a name, short forms, candidates.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/triggers.h"

namespace ckg {

// A name cut at 与 that joins two fields after a place (长安氢能与新能源汽车…基金,
// 舟山船舶与海洋工程研究院) starts at the place; not when what stands before 与 is no
// sector (华中科技大学与武汉理工大学 are two names). Returns the start, moved or not.
std::uint32_t start_over_joined_fields(const Document& doc, std::uint32_t start, std::uint32_t min_start);

// A name start that a length limit put inside another name (长沙 cut to 沙, 柳州
// to 州): the start of the candidate of `pred` that covers it, ends by `end` and
// starts at or after min_start; else start unchanged.
template <class Pred>
std::uint32_t start_before_cut(const Document& doc, std::uint32_t start, std::uint32_t end, std::uint32_t min_start,
                               Pred pred) {
  std::uint32_t b = start;
  doc.candidates_in(start > 16 ? start - 16 : 0, start, [&](const Candidate& c) {
    if (c.end > start && c.end <= end && c.begin >= min_start && pred(c)) b = std::min(b, c.begin);
  });
  return b;
}

// Start of a name extended left over bracketed parts (中国(广西)自由贸易试验区,
// 博海传动(长沙)有限公司): each bracket and the name part before it.
std::uint32_t extend_over_brackets(const Document& doc, std::uint32_t start, std::uint32_t min_start,
                                   std::uint32_t limit);
// A name opening with a place after places joined by dashes (寿光—兰陵—莘县…联盟, 江阴—靖江工业园区):
// the start moves back over them.
std::uint32_t extend_over_dashed_places(const Document& doc, std::uint32_t start, std::uint32_t min_start);

// The places (divisions, regions) inside [b, e), outermost first, without overlaps.
std::vector<PlaceRef> places_inside(const Document& doc, std::uint32_t b, std::uint32_t e);
// End of the chain of places that starts exactly at b (安徽省芜湖市…), or b.
std::uint32_t place_chain_end(const Document& doc, std::uint32_t b, std::uint32_t limit);
// A candidate for the name text[b, e) built from its shape.
Candidate shaped_candidate(const Document& doc, std::uint32_t b, std::uint32_t e, EntityType t, const char* rule,
                           double confidence, int priority);
// The start of a name moved past any candidate that begins before it and ends
// inside it (…信息化局|联合滇中新区: the name cannot begin inside another one).
std::uint32_t after_overlapping(const Document& doc, std::uint32_t start, std::uint32_t limit);
// The start of a name moved back to the start of a place that it cuts in two
// (呼和|浩特生物技术产业投资基金: 和 stopped the scan inside 呼和浩特), not before min_start.
std::uint32_t back_over_place(const Document& doc, std::uint32_t start, std::uint32_t min_start);
// A scanned name start made whole and clear of other names: back over a place it cuts
// (back_over_place), then past a name that overlaps it (after_overlapping, up to limit).
std::uint32_t clear_name_start(const Document& doc, std::uint32_t start, std::uint32_t limit, std::uint32_t min_start);
// Short forms of a company name used to merge mentions within an article:
// 中电科芜湖钻石飞机制造有限公司 -> 中电科芜湖钻石飞机制造, 中电科芜湖钻石飞机.
std::vector<std::string> company_short_forms(const Document& doc, std::uint32_t b, std::uint32_t e);
// The name without the places that open it (贵州毕节高新区 -> 毕节高新区 keeps
// the last place; 上海市张江人工智能岛 -> 张江人工智能岛), or "" if nothing changes.
std::string without_leading_places(const Document& doc, std::uint32_t b, std::uint32_t e, bool keep_last);
// Trigger (name suffix) that ends at `end` and belongs to `family`, longest first.
const Trigger* trigger_ending_at(const Document& doc, std::uint32_t end, TriggerFamily family);
// True if no longer trigger (of any family) ends where h ends (招商会 over 商会).
bool is_longest_trigger(const Document& doc, const Matcher::Match& h);
// Zone rules (extract/zones.cpp) and government organs (extract/government.cpp).
void find_zones(Document& doc);
void find_government(Document& doc);

}  // namespace ckg
