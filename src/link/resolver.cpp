#include "link/resolver.h"

#include <algorithm>
#include <set>

#include "util/utf8.h"

namespace ckg {
namespace {

bool links_by_name(const ExtractedEntity& e) {
  // Divisions link by their code; everything else by names.
  return !(is_admin_division(e.type) && e.place && !e.place->code.empty()) && e.type != EntityType::Region;
}

}  // namespace

int EntityResolver::id_of(const NameKey& k) {
  auto it = ids_.find(k);
  if (it != ids_.end()) return it->second;
  const int id = static_cast<int>(names_.size());
  ids_.emplace(k, id);
  names_.push_back(k);
  parent_.push_back(id);
  lexicon_.push_back(false);
  chosen_.push_back(0);
  reason_.emplace_back();
  return id;
}

int EntityResolver::find(int x) const {
  while (parent_[static_cast<std::size_t>(x)] != x) {
    parent_[static_cast<std::size_t>(x)] = parent_[static_cast<std::size_t>(parent_[static_cast<std::size_t>(x)])];
    x = parent_[static_cast<std::size_t>(x)];
  }
  return x;
}

void EntityResolver::observe(const ArticleExtraction& a) {
  for (const auto& e : a.entities) {
    if (!links_by_name(e)) continue;
    const int t = static_cast<int>(e.type);
    const int id = id_of({t, e.key});
    const int nid = id_of({t, e.name});
    if (e.lexicon_name) lexicon_[static_cast<std::size_t>(nid)] = true;
    ++chosen_[static_cast<std::size_t>(nid)];
    auto unite = [&](int x, int y) {
      x = find(x);
      y = find(y);
      if (x != y) parent_[static_cast<std::size_t>(std::max(x, y))] = std::min(x, y);
    };
    unite(id, nid);
    for (const auto& al : e.aliases) unite(id, id_of({t, al}));
    // The reason from the article with the greatest id (the last in id order),
    // whatever the order of observation.
    auto& r = reason_[static_cast<std::size_t>(nid)];
    if (!e.merge_reason.empty() && a.article.id >= r.first) r = {a.article.id, e.merge_reason};
  }
}

void EntityResolver::finalize() {
  std::map<int, std::vector<int>> groups;
  for (int i = 0; i < static_cast<int>(names_.size()); ++i) groups[find(i)].push_back(i);
  for (auto& [root, members] : groups) {
    Canonical c;
    std::set<std::string> names;
    int best = -1;
    for (int m : members) {
      const auto& n = names_[static_cast<std::size_t>(m)].second;
      names.insert(n);
      if (best < 0) {
        best = m;
        continue;
      }
      const auto& bn = names_[static_cast<std::size_t>(best)].second;
      const bool ml = lexicon_[static_cast<std::size_t>(m)], bl = lexicon_[static_cast<std::size_t>(best)];
      if (ml != bl) {
        if (ml) best = m;
        continue;
      }
      const int cm = chosen_[static_cast<std::size_t>(m)], cb = chosen_[static_cast<std::size_t>(best)];
      if (cm != cb) {
        if (cm > cb) best = m;
        continue;
      }
      const auto lm = utf8::length(n), lb = utf8::length(bn);
      if (lm != lb ? lm > lb : n < bn) best = m;
    }
    c.name = names_[static_cast<std::size_t>(best)].second;
    c.key = c.name;
    c.names.assign(names.begin(), names.end());
    std::set<std::string> reasons;
    for (int m : members)
      if (!reason_[static_cast<std::size_t>(m)].second.empty())
        reasons.insert(reason_[static_cast<std::size_t>(m)].second);
    if (names.size() > 1) {
      std::string r = "same entity under the names ";
      bool first = true;
      for (const auto& n : names) {
        r += (first ? "" : ", ") + n;
        first = false;
      }
      for (const auto& x : reasons) r += "; " + x;
      c.reason = r;
    }
    canon_[root] = std::move(c);
  }
  finalized_ = true;
}

EntityResolver::Canonical EntityResolver::canonical(const ExtractedEntity& e) const {
  if (links_by_name(e) && finalized_) {
    auto it = ids_.find({static_cast<int>(e.type), e.key});
    if (it != ids_.end()) return canon_.at(find(it->second));
  }
  Canonical c;
  c.key = e.key;
  c.name = e.name;
  c.names = e.aliases;
  c.names.push_back(e.name);
  std::sort(c.names.begin(), c.names.end());
  return c;
}

}  // namespace ckg
