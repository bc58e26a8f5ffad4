// References: words that point back to an entity named before (该市, 全省,
// 园区, 小镇, 该集群, 该基金, 研究院) and clusters named without a sector
// (新的千亿级产业集群), resolved to the latest fitting entity of the news item,
// else of the article. Together with the mentions they form the anchors
// that relation rules read.
#include <algorithm>
#include <map>

#include "extract/cues.h"
#include "extract/document.h"
#include "util/utf8.h"

namespace ckg {
namespace {

bool covered_by_mention(const Document& doc, std::uint32_t b, std::uint32_t e) {
  const std::uint32_t lo = b > 64 ? b - 64 : 0;
  for (std::size_t i = doc.first_mention_from(lo); i < doc.mentions.size() && doc.mentions[i].begin < e; ++i)
    if (doc.mentions[i].end > b) return true;
  return false;
}

bool fits(const ExtractedEntity& e, const Cue& cue) {
  if (cue.type == EntityType::District && e.type == EntityType::Zone) return cue.word.ends_with(U"区");
  if (e.type != cue.type) {
    // 当地 / 该市 may point at a municipality named as a province.
    if (cue.type == EntityType::City && cue.word == U"当地") return is_admin_division(e.type);
    return false;
  }
  if (cue.name_end.empty()) return true;
  return utf8::decode(e.name).ends_with(cue.name_end);
}

struct Pending {
  std::uint32_t begin, end;
  const Cue* cue;            // nullptr for a sectorless cluster
  const Candidate* cluster;  // the sectorless cluster
};

}  // namespace

void find_references(Document& doc) {
  std::vector<Pending> pending;
  for (const auto& h : doc.hits)
    for (const auto& p : doc.kb.payloads(h.pattern, HitKind::Cue)) {
      const Cue& cue = cues()[static_cast<std::size_t>(p.index)];
      if (cue.kind != CueKind::Reference || covered_by_mention(doc, h.begin, h.end)) continue;
      // A clause start, or right after a date (到2026年集群产值…).
      if (cue.clause_start && h.begin > 0 && !is_boundary_char(doc.text[h.begin - 1]) && doc.text[h.begin - 1] != U'年')
        continue;
      pending.push_back({h.begin, h.end, &cue, nullptr});
    }
  for (const auto& c : doc.cluster_refs) pending.push_back({c.begin, c.end, nullptr, &c});
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  // Clusters named in each item (for sectorless references).
  std::vector<std::vector<int>> clusters_of_item(doc.items.size());
  for (std::size_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].type == EntityType::IndustrialCluster) {
      auto& v = clusters_of_item[static_cast<std::size_t>(doc.item_at(doc.mentions[i].begin))];
      const int e = doc.mention_entity[i];
      if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
    }

  doc.anchors.clear();
  doc.anchors.reserve(doc.mentions.size() + pending.size());
  for (std::size_t i = 0; i < doc.mentions.size(); ++i)
    doc.anchors.push_back({doc.mentions[i].begin,
                           doc.mentions[i].end,
                           doc.mention_entity[i],
                           doc.mentions[i].type,
                           static_cast<int>(i),
                           {}});
  // Sweep in text order, remembering the latest entities of the current item.
  std::size_t mi = 0;
  int current_item = -1;
  std::vector<int> recent;  // entity indices, latest last (bounded)
  std::vector<int> article_recent;
  auto remember = [](std::vector<int>& v, int e) {
    std::erase(v, e);
    v.push_back(e);
    if (v.size() > 64) v.erase(v.begin());
  };
  std::vector<Anchor> refs;
  for (const auto& p : pending) {
    while (mi < doc.mentions.size() && doc.mentions[mi].end <= p.begin) {
      const int item = doc.item_at(doc.mentions[mi].begin);
      if (item != current_item) {
        recent.clear();
        current_item = item;
      }
      remember(recent, doc.mention_entity[mi]);
      remember(article_recent, doc.mention_entity[mi]);
      ++mi;
    }
    const int item = doc.item_at(p.begin);
    if (item != current_item) {
      recent.clear();
      current_item = item;
    }
    int target = -1;
    if (p.cluster) {
      const auto& v = clusters_of_item[static_cast<std::size_t>(item)];
      if (v.size() == 1) target = v[0];
    } else if (p.cue->word == U"基金") {
      // A bare 基金 opening a clause is the fund the story is about: of the funds named in the
      // item, the one named most often so far (the latest on a tie), not any fund named last
      // ("…市产业投资基金认缴3.9亿元。基金注册地为…" is about the new fund).
      int best_count = 0;
      const auto here = doc.norm.to_original(p.begin, p.end).begin;
      for (int e : recent) {
        if (!fits(doc.entities[static_cast<std::size_t>(e)], *p.cue)) continue;
        int count = 0;
        for (const auto& m : doc.entities[static_cast<std::size_t>(e)].mentions)
          if (m.span.begin < here) ++count;
        if (count >= best_count) {
          best_count = count;
          target = e;
        }
      }
    } else {
      for (auto it = recent.rbegin(); it != recent.rend() && target < 0; ++it)
        if (fits(doc.entities[static_cast<std::size_t>(*it)], *p.cue)) target = *it;
      if (target < 0 && (p.cue->type == EntityType::City || p.cue->type == EntityType::Province))
        for (auto it = article_recent.rbegin(); it != article_recent.rend() && target < 0; ++it)
          if (fits(doc.entities[static_cast<std::size_t>(*it)], *p.cue)) target = *it;
    }
    // In the first sentence of an item (a title or lead), a reference may point forward
    // to the first fitting entity of the item (园区聚集企业300余家 … 鼓楼滨江数字经济产业园).
    if (target < 0 && p.cue && doc.sentence_of(p.begin).begin <= doc.items[static_cast<std::size_t>(item)].begin + 2) {
      const auto& it = doc.items[static_cast<std::size_t>(item)];
      for (std::size_t k = doc.first_mention_from(p.end);
           k < doc.mentions.size() && doc.mentions[k].begin < it.end && target < 0; ++k)
        if (fits(doc.entities[static_cast<std::size_t>(doc.mention_entity[k])], *p.cue)) target = doc.mention_entity[k];
    }
    if (target < 0) continue;
    Anchor a{p.begin, p.end,
             target,  doc.entities[static_cast<std::size_t>(target)].type,
             -1,      p.cluster ? p.cluster->level_value : std::string()};
    refs.push_back(std::move(a));
  }
  auto by_position = [](const Anchor& a, const Anchor& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  };
  // The mentions are in this order already: sort the references and merge
  // (what a stable sort of the whole list gives, mentions first among equals).
  const auto mid = static_cast<std::ptrdiff_t>(doc.anchors.size());
  for (auto& r : refs) doc.anchors.push_back(std::move(r));
  if (std::is_sorted(doc.anchors.begin(), doc.anchors.begin() + mid, by_position)) {
    std::stable_sort(doc.anchors.begin() + mid, doc.anchors.end(), by_position);
    std::inplace_merge(doc.anchors.begin(), doc.anchors.begin() + mid, doc.anchors.end(), by_position);
  } else {
    std::stable_sort(doc.anchors.begin(), doc.anchors.end(), by_position);
  }
}

}  // namespace ckg
