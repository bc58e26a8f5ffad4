// The place gazetteer: all provincial, prefecture and county-level divisions
// (data/places/china_admin_divisions.csv, GB/T 2260 codes, GCJ-02 points) and
// multi-province regions (data/places/regions.tsv), loaded once from the data
// compiled into the binary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/vocab.h"
#include "util/hash.h"

namespace ckg {

struct Division {
  std::string code;
  std::string name;                        // official full name: 广东省, 武汉市, 七星关区
  std::string short_name;                  // 广东, 武汉, 七星关
  EntityType type = EntityType::District;  // Province, City or District
  std::string parent_code;                 // "" for provinces; municipality districts point at the province
  double lng = 0, lat = 0;
  bool has_point = false;
  bool municipality_city_row = false;  // 110100-style duplicate of a municipality
};

struct RegionInfo {
  std::string key;   // ASCII slug used in the IRI
  std::string name;  // canonical name
  std::vector<std::string> aliases;
  std::vector<std::string> members;  // division codes
  std::string en;
};

class Gazetteer {
 public:
  // The gazetteer built from the embedded data (thread-safe lazy init).
  static const Gazetteer& instance();
  // Builds from explicit content (tests).
  Gazetteer(std::string_view divisions_csv, std::string_view regions_tsv);

  const std::vector<Division>& divisions() const { return divisions_; }
  // divisions()[index].type from a compact array (a byte each: no read of the record).
  EntityType type_of(int index) const { return types_[static_cast<std::size_t>(index)]; }
  const std::vector<RegionInfo>& regions() const { return regions_; }
  const Division* by_code(std::string_view code) const;
  // Divisions whose full name is `name` (several for 鼓楼区, 朝阳区 ...).
  const std::vector<int>& by_full_name(std::string_view name) const;
  // Divisions whose short name is `name`.
  const std::vector<int>& by_short_name(std::string_view name) const;
  const RegionInfo* region_by_name(std::string_view name) const;  // name or alias
  const RegionInfo* region_by_key(std::string_view key) const;
  // Codes from the division up to its province, the division first.
  const std::vector<std::string>& ancestors(std::string_view code) const;
  // The same chain as indexes into divisions() (no lookup by code per step).
  const std::vector<int>& ancestor_indexes(std::string_view code) const;
  // The chain of divisions()[index], by index: no lookup at all.
  const std::vector<int>& ancestor_chain(int index) const { return ancestor_indexes_[static_cast<std::size_t>(index)]; }
  // The province code of a division.
  std::string province_of(std::string_view code) const;
  // True if `ancestor` is `code` or one of its ancestors.
  bool is_within(std::string_view code, std::string_view ancestor) const;
  // Indexes into regions() of the regions that contain the division `code`
  // (a member code is the division or one of its ancestors), in regions() order.
  const std::vector<int>& regions_containing(std::string_view code) const;

 private:
  // Lookups by std::string_view without building a std::string.
  template <class V>
  using Map = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;
  int index_of(std::string_view code) const;
  // Six-digit codes (all of GB/T 2260) as numbers in an open-addressing
  // table: the lookup the extraction rules make most, without string hashing.
  struct CodeSlot {
    std::uint32_t code = 0;  // 0: empty (no division has code 000000)
    int index = -1;
  };
  std::vector<CodeSlot> code_slots_;
  // The slot that holds numeric code v, or the empty slot where it would go.
  std::size_t code_slot(std::uint32_t v) const;
  std::vector<EntityType> types_;                            // per division index
  static std::uint32_t numeric_code(std::string_view code);  // 0 unless six ASCII digits
  std::vector<Division> divisions_;
  std::vector<RegionInfo> regions_;
  Map<int> by_code_;
  Map<std::vector<int>> by_full_;
  Map<std::vector<int>> by_short_;
  Map<int> region_by_name_;
  std::vector<std::vector<int>> regions_of_;         // per division index
  std::vector<std::vector<std::string>> ancestors_;  // per division index
  std::vector<std::vector<int>> ancestor_indexes_;   // per division index
};

}  // namespace ckg
