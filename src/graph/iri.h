// Deterministic IRIs built from canonical keys: the admin code for divisions,
// a slug for regions, the normalised name otherwise. The same entity gets the
// same IRI whichever articles it was built from.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/vocab.h"

namespace ckg {

// Percent-encodes what is not an IRI unreserved character (RFC 3987
// iunreserved); CJK and other non-ASCII letters stay as they are.
std::string iri_escape(std::string_view s);

std::string entity_iri(EntityType t, std::string_view key);
std::string article_iri(std::string_view article_id);
std::string sentence_iri(std::string_view article_id, int sentence_index);
std::string amount_iri(std::string_view subject_iri, Relation r, std::string_view value, std::optional<int> year);
std::string assertion_iri(std::string_view article_id, std::string_view subject_iri, Relation r,
                          std::string_view object);
std::string sector_scheme_iri();
// Concept IRI of a sector name (the same as entity_iri(Sector, name)).
std::string sector_iri(std::string_view name);

}  // namespace ckg
