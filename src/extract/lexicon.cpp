#include "extract/lexicon.h"

#include "core/embedded_data.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace ckg {

const Lexicon& Lexicon::instance() {
  static const Lexicon lex(embedded::find("data/lexicon/sectors.tsv").value_or(""),
                           embedded::find("data/lexicon/organizations.tsv").value_or(""));
  return lex;
}

Lexicon::Lexicon(std::string_view sectors_tsv, std::string_view organizations_tsv) {
  for (const auto& row : read_rows(sectors_tsv, '\t')) {
    if (row.empty() || row[0].empty()) continue;
    SectorEntry s;
    s.name = row[0];
    if (row.size() > 1) s.broader = row[1];
    if (row.size() > 2 && !row[2].empty())
      for (auto a : split(row[2], '|'))
        if (!a.empty()) s.aliases.emplace_back(a);
    if (row.size() > 3) s.en = row[3];
    if (row.size() > 4) s.strict = row[4] == "strict";
    sectors_.push_back(std::move(s));
  }
  for (int i = 0; i < static_cast<int>(sectors_.size()); ++i) {
    const auto& s = sectors_[static_cast<std::size_t>(i)];
    sector_index_.emplace(s.name, i);
  }
  for (int i = 0; i < static_cast<int>(sectors_.size()); ++i)
    for (const auto& a : sectors_[static_cast<std::size_t>(i)].aliases) sector_index_.emplace(a, i);
  // Broader chains, nearest first, at most 16 links (a cycle in the file stops there).
  broader_.resize(sectors_.size());
  for (std::size_t i = 0; i < sectors_.size(); ++i) {
    const SectorEntry* s = &sectors_[i];
    for (int guard = 0; s && !s->broader.empty() && guard < 16; ++guard) {
      broader_[i].push_back(s->broader);
      s = sector(s->broader);
    }
  }

  for (const auto& row : read_rows(organizations_tsv, '\t')) {
    if (row.size() < 2 || row[1].empty()) continue;
    auto type = parse_type(row[0]);
    if (!type) continue;
    OrgEntry o;
    o.type = *type;
    o.name = row[1];
    if (row.size() > 2 && !row[2].empty())
      for (auto a : split(row[2], '|'))
        if (!a.empty()) o.aliases.emplace_back(a);
    if (row.size() > 3) o.place_code = row[3];
    if (row.size() > 4) o.sector = row[4];
    if (row.size() > 5) o.strict = row[5] == "strict";
    orgs_.push_back(std::move(o));
  }
  for (int i = 0; i < static_cast<int>(orgs_.size()); ++i) {
    org_index_.emplace(orgs_[static_cast<std::size_t>(i)].name, i);
  }
  for (int i = 0; i < static_cast<int>(orgs_.size()); ++i)
    for (const auto& a : orgs_[static_cast<std::size_t>(i)].aliases) org_index_.emplace(a, i);
  std::u32string first_chars;
  org_index_.for_each_name([&](std::string_view name) {
    std::size_t k = 0;
    first_chars.push_back(utf8::next(name, k));
  });
  org_first_ = CharSet(first_chars);
}

const SectorEntry* Lexicon::sector(std::string_view name) const {
  const int i = sector_index_.find(name);
  return i < 0 ? nullptr : &sectors_[static_cast<std::size_t>(i)];
}

const std::vector<std::string>& Lexicon::broader_chain(std::string_view name) const {
  static const std::vector<std::string> kNone;
  const SectorEntry* s = sector(name);
  return s ? broader_[static_cast<std::size_t>(s - sectors_.data())] : kNone;
}

const OrgEntry* Lexicon::organization(std::string_view name) const {
  if (name.empty()) return nullptr;
  std::size_t i = 0;
  if (const char32_t c = utf8::next(name, i); c < CharSet::kSize && !org_first_(c)) return nullptr;
  const int k = org_index_.find(name);
  return k < 0 ? nullptr : &orgs_[static_cast<std::size_t>(k)];
}

}  // namespace ckg
