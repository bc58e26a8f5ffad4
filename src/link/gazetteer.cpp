#include "link/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "core/embedded_data.h"
#include "util/tsv.h"

namespace ckg {
namespace {

const std::vector<int> kNone;

bool parse_double(std::string_view s, double& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc();
}

}  // namespace

const Gazetteer& Gazetteer::instance() {
  static const Gazetteer g(embedded::find("data/places/china_admin_divisions.csv").value_or(""),
                           embedded::find("data/places/regions.tsv").value_or(""));
  return g;
}

Gazetteer::Gazetteer(std::string_view divisions_csv, std::string_view regions_tsv) {
  for (const auto& row : read_rows(divisions_csv, ',')) {
    if (row.size() < 7) continue;
    Division d;
    d.code = row[0];
    d.name = row[1];
    d.type = row[2] == "province" ? EntityType::Province : row[2] == "city" ? EntityType::City : EntityType::District;
    d.parent_code = row[3];
    d.has_point = parse_double(row[4], d.lng) && parse_double(row[5], d.lat);
    d.short_name = row[6];
    divisions_.push_back(std::move(d));
  }
  // Municipalities: the xx0100 city row duplicates the province; districts
  // hang off the province directly.
  std::unordered_map<std::string, std::string> redirect;
  for (auto& d : divisions_) {
    if (d.type == EntityType::City && d.code.size() == 6 && d.code.substr(4) == "00" && d.code.substr(2, 2) == "01") {
      for (const auto& p : divisions_)
        if (p.type == EntityType::Province && p.code == d.parent_code && p.name == d.name) {
          d.municipality_city_row = true;
          redirect[d.code] = p.code;
        }
    }
  }
  for (auto& d : divisions_) {
    auto it = redirect.find(d.parent_code);
    if (it != redirect.end()) d.parent_code = it->second;
  }
  std::size_t slots = 16;
  while (slots < 2 * divisions_.size()) slots *= 2;
  code_slots_.assign(slots, CodeSlot{});
  for (int i = 0; i < static_cast<int>(divisions_.size()); ++i) {
    const auto& d = divisions_[static_cast<std::size_t>(i)];
    by_code_[d.code] = i;
    if (const std::uint32_t v = numeric_code(d.code); v != 0)
      code_slots_[code_slot(v)] = {v, i};  // a repeated code keeps the last row, as by_code_ does
    if (d.municipality_city_row) continue;
    by_full_[d.name].push_back(i);
    if (!d.short_name.empty() && d.short_name != d.name) by_short_[d.short_name].push_back(i);
  }
  for (const auto& row : read_rows(regions_tsv, '\t')) {
    if (row.size() < 2) continue;
    RegionInfo r;
    r.key = row[0];
    r.name = row[1];
    if (row.size() > 2 && !row[2].empty())
      for (auto a : split(row[2], '|')) r.aliases.emplace_back(a);
    if (row.size() > 3 && !row[3].empty())
      for (auto m : split(row[3], '|')) r.members.emplace_back(m);
    if (row.size() > 4) r.en = row[4];
    regions_.push_back(std::move(r));
  }
  for (int i = 0; i < static_cast<int>(regions_.size()); ++i) {
    region_by_name_.emplace(regions_[static_cast<std::size_t>(i)].name, i);
    for (const auto& a : regions_[static_cast<std::size_t>(i)].aliases) region_by_name_.emplace(a, i);
  }
  // Regions per division: a region contains a division when one of its member
  // codes is the division or an ancestor.
  Map<std::vector<int>> regions_of_member;
  for (int r = 0; r < static_cast<int>(regions_.size()); ++r)
    for (const auto& m : regions_[static_cast<std::size_t>(r)].members) {
      auto& v = regions_of_member[m];
      if (v.empty() || v.back() != r) v.push_back(r);
    }
  ancestors_.resize(divisions_.size());
  for (std::size_t i = 0; i < divisions_.size(); ++i) {
    const Division* d = &divisions_[i];
    for (int guard = 0; d && guard < 8; ++guard) {
      ancestors_[i].push_back(d->code);
      if (d->parent_code.empty()) break;
      d = by_code(d->parent_code);
    }
  }
  for (const auto& d : divisions_) types_.push_back(d.type);
  ancestor_indexes_.resize(divisions_.size());
  for (std::size_t i = 0; i < divisions_.size(); ++i) {
    ancestor_indexes_[i].push_back(static_cast<int>(i));
    for (std::size_t k = 1; k < ancestors_[i].size(); ++k)
      if (const int a = index_of(ancestors_[i][k]); a >= 0) ancestor_indexes_[i].push_back(a);
  }
  regions_of_.resize(divisions_.size());
  for (std::size_t i = 0; i < divisions_.size(); ++i) {
    std::vector<int> rs;
    for (const auto& code : ancestors(divisions_[i].code)) {
      auto it = regions_of_member.find(code);
      if (it != regions_of_member.end()) rs.insert(rs.end(), it->second.begin(), it->second.end());
    }
    std::sort(rs.begin(), rs.end());
    rs.erase(std::unique(rs.begin(), rs.end()), rs.end());
    regions_of_[i] = std::move(rs);
  }
}

std::uint32_t Gazetteer::numeric_code(std::string_view code) {
  if (code.size() != 6) return 0;
  std::uint32_t v = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return v;
}

std::size_t Gazetteer::code_slot(std::uint32_t v) const {
  const std::size_t mask = code_slots_.size() - 1;
  std::size_t k = (v * 2654435761u) & mask;
  while (code_slots_[k].code != 0 && code_slots_[k].code != v) k = (k + 1) & mask;
  return k;
}

int Gazetteer::index_of(std::string_view code) const {
  if (const std::uint32_t v = numeric_code(code); v != 0 && !code_slots_.empty()) {
    const CodeSlot& s = code_slots_[code_slot(v)];
    return s.code == v ? s.index : -1;
  }
  auto it = by_code_.find(code);
  return it == by_code_.end() ? -1 : it->second;
}

const std::vector<int>& Gazetteer::regions_containing(std::string_view code) const {
  const int i = index_of(code);
  return i < 0 ? kNone : regions_of_[static_cast<std::size_t>(i)];
}

const Division* Gazetteer::by_code(std::string_view code) const {
  const int i = index_of(code);
  return i < 0 ? nullptr : &divisions_[static_cast<std::size_t>(i)];
}

const std::vector<int>& Gazetteer::by_full_name(std::string_view name) const {
  auto it = by_full_.find(name);
  return it == by_full_.end() ? kNone : it->second;
}

const std::vector<int>& Gazetteer::by_short_name(std::string_view name) const {
  auto it = by_short_.find(name);
  return it == by_short_.end() ? kNone : it->second;
}

const RegionInfo* Gazetteer::region_by_name(std::string_view name) const {
  auto it = region_by_name_.find(name);
  return it == region_by_name_.end() ? nullptr : &regions_[static_cast<std::size_t>(it->second)];
}

const RegionInfo* Gazetteer::region_by_key(std::string_view key) const {
  for (const auto& r : regions_)
    if (r.key == key) return &r;
  return nullptr;
}

const std::vector<int>& Gazetteer::ancestor_indexes(std::string_view code) const {
  static const std::vector<int> kNone;
  const int i = index_of(code);
  return i < 0 ? kNone : ancestor_indexes_[static_cast<std::size_t>(i)];
}

const std::vector<std::string>& Gazetteer::ancestors(std::string_view code) const {
  static const std::vector<std::string> kNoCodes;
  const int i = index_of(code);
  return i < 0 ? kNoCodes : ancestors_[static_cast<std::size_t>(i)];
}

std::string Gazetteer::province_of(std::string_view code) const {
  const auto& chain = ancestors(code);
  return chain.empty() ? std::string() : chain.back();
}

bool Gazetteer::is_within(std::string_view code, std::string_view ancestor) const {
  for (const auto& c : ancestors(code))
    if (c == ancestor) return true;
  return false;
}

}  // namespace ckg
