// Lexicons of general knowledge compiled by the project: sectors (a SKOS
// scheme with broader terms) and well-known organisations. Loaded from the
// data compiled into the binary (data/lexicon/*.tsv).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/vocab.h"
#include "util/char_set.h"
#include "util/name_index.h"

namespace ckg {

struct SectorEntry {
  std::string name;     // canonical (skos:prefLabel)
  std::string broader;  // canonical name of the broader sector, or ""
  std::vector<std::string> aliases;
  std::string en;
  // A common word that names the sector only in an industry context
  // (物流 in 物流产业, not in 物流效率): column `context` = "strict".
  bool strict = false;
};

struct OrgEntry {
  EntityType type = EntityType::Company;  // Company, GovernmentBody, Institution or Zone
  std::string name;
  std::vector<std::string> aliases;
  std::string place_code;  // where it is based, if known
  std::string sector;      // canonical sector name, if any
  // A name that is also an ordinary word (美的, 联想, 小米): column `context` =
  // "strict"; it counts only where a word of its own does not follow.
  bool strict = false;
};

class Lexicon {
 public:
  static const Lexicon& instance();
  Lexicon(std::string_view sectors_tsv, std::string_view organizations_tsv);

  const std::vector<SectorEntry>& sectors() const { return sectors_; }
  const std::vector<OrgEntry>& organizations() const { return orgs_; }
  // Sector by canonical name or alias.
  const SectorEntry* sector(std::string_view name) const;
  // Broader chain of a sector, nearest first (excluding the sector itself).
  // Computed once per sector when the lexicon is read.
  const std::vector<std::string>& broader_chain(std::string_view name) const;
  const OrgEntry* organization(std::string_view name) const;

 private:
  std::vector<SectorEntry> sectors_;
  std::vector<OrgEntry> orgs_;
  // Looked up by std::string_view without building a std::string.
  NameIndex sector_index_;                         // names and aliases -> index into sectors_
  NameIndex org_index_;                            // names and aliases -> index into orgs_
  std::vector<std::vector<std::string>> broader_;  // per sector index
  // First characters of the organisations' names and aliases: most names
  // asked about (companies' short forms) fail this test without a hash lookup.
  CharSet org_first_{U""};
};

}  // namespace ckg
