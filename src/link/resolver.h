// Cross-article entity resolution. One entity named in several articles, or
// under several names (江城产业投资基金 / 江城基金), becomes one node: names
// and declared aliases of the same type are unioned across all articles, and
// each group takes one canonical name (a gazetteer/lexicon name first, then
// the name most articles chose as canonical, then the longest, ties broken by
// code point order). The result does not depend on the order in which
// articles are observed.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/extraction.h"

namespace ckg {

class EntityResolver {
 public:
  // Records the names of every entity of one article.
  void observe(const ArticleExtraction& a);
  // Computes the groups; call once after all observe() calls.
  void finalize();

  struct Canonical {
    std::string key;                 // canonical key for the IRI
    std::string name;                // canonical name
    std::vector<std::string> names;  // every name of the group, sorted
    std::string reason;              // why several names are one entity ("" if one name)
  };
  // The canonical form of an entity of an observed article.
  Canonical canonical(const ExtractedEntity& e) const;

 private:
  using NameKey = std::pair<int, std::string>;  // (type, name)
  int id_of(const NameKey& k);
  int find(int x) const;
  struct NameKeyHash {
    std::size_t operator()(const NameKey& k) const {
      return std::hash<std::string>{}(k.second) ^ (static_cast<std::size_t>(k.first) * 0x9E3779B97F4A7C15ull);
    }
  };
  std::unordered_map<NameKey, int, NameKeyHash> ids_;
  mutable std::vector<int> parent_;
  std::vector<NameKey> names_;
  std::vector<bool> lexicon_;                                // name is authoritative
  std::vector<int> chosen_;                                  // articles that chose this name as canonical
  std::vector<std::pair<std::string, std::string>> reason_;  // (article id, merge reason) per name
  std::unordered_map<int, Canonical> canon_;                 // by root
  bool finalized_ = false;
};

}  // namespace ckg
