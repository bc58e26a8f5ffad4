// Sectors named in the text, from the sector lexicon (a SKOS scheme with
// broader terms, data/lexicon/sectors.tsv).
#include "extract/document.h"

namespace ckg {

void find_sectors(Document& doc) {
  const auto& lex = doc.kb.lexicon();
  for (const auto& h : doc.hits) {
    for (const auto& p : doc.kb.payloads(h.pattern)) {
      if (p.kind != HitKind::Sector) continue;
      const auto& s = lex.sectors()[static_cast<std::size_t>(p.index)];
      Candidate c;
      c.begin = h.begin;
      c.end = h.end;
      c.type = EntityType::Sector;
      c.name = s.name;
      c.key = s.name;
      c.confidence = 0.85;
      c.priority = 1;
      c.rule = "lexicon-sector";
      c.from_lexicon = true;
      const auto surface = doc.str(h.begin, h.end);
      if (surface != s.name) c.aliases.push_back(surface);
      doc.candidates.push_back(std::move(c));
    }
  }
}

}  // namespace ckg
