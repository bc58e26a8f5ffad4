#include "graph/iri.h"

#include "util/hash.h"
#include "util/utf8.h"

namespace ckg {

std::string iri_escape(std::string_view s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t len = utf8::valid_sequence_length(s, i);
      if (len > 1) {
        // ucschar ranges: all of them except the few compatibility/private areas
        // we never produce; keep the characters raw.
        out.append(s.substr(i, len));
        i += len;
        continue;
      }
    }
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
    ++i;
  }
  return out;
}

std::string entity_iri(EntityType t, std::string_view key) {
  std::string s(kDataNs);
  s += type_slug(t);
  s += '/';
  s += iri_escape(key);
  return s;
}

std::string article_iri(std::string_view article_id) {
  std::string s(kDataNs);
  s += "article/";
  s += iri_escape(article_id);
  return s;
}

std::string sentence_iri(std::string_view article_id, int sentence_index) {
  return article_iri(article_id) + "/s" + std::to_string(sentence_index);
}

std::string amount_iri(std::string_view subject_iri, Relation r, std::string_view value, std::optional<int> year) {
  std::string basis(subject_iri);
  basis += '|';
  basis += relation_name(r);
  basis += '|';
  basis += value;
  basis += '|';
  if (year) basis += std::to_string(*year);
  return std::string(kDataNs) + "amount/" + hex64(fnv1a64(basis));
}

std::string assertion_iri(std::string_view article_id, std::string_view subject_iri, Relation r,
                          std::string_view object) {
  std::string basis(article_id);
  basis += '|';
  basis += subject_iri;
  basis += '|';
  basis += relation_name(r);
  basis += '|';
  basis += object;
  return std::string(kDataNs) + "assertion/" + hex64(fnv1a64(basis));
}

std::string sector_scheme_iri() { return std::string(kDataNs) + "sector-scheme"; }

std::string sector_iri(std::string_view name) { return entity_iri(EntityType::Sector, name); }

}  // namespace ckg
