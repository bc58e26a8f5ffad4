#include "extract/matcher.h"

#include <algorithm>
#include <stdexcept>

namespace ckg {

std::uint32_t Matcher::add(std::u32string_view pattern) {
  if (built_) throw std::logic_error("Matcher::add after build");
  std::int32_t node = 0;
  for (char32_t c : pattern) {
    std::int32_t next = -1;
    for (const auto& e : trie_[static_cast<std::size_t>(node)].children)
      if (e.label == c) {
        next = e.target;
        break;
      }
    if (next < 0) {
      next = static_cast<std::int32_t>(trie_.size());
      trie_[static_cast<std::size_t>(node)].children.push_back({c, next});
      trie_.emplace_back();
    }
    node = next;
  }
  auto& out = trie_[static_cast<std::size_t>(node)].output;
  if (out < 0) {
    out = static_cast<std::int32_t>(pattern_len_.size());
    pattern_len_.push_back(static_cast<std::uint32_t>(pattern.size()));
  }
  return static_cast<std::uint32_t>(out);
}

[[gnu::always_inline]] inline std::int32_t Matcher::child(std::int32_t node, char32_t c) const {
  if (node == 0 && c < root_dense_.size()) return root_dense_[c];
  const Node& n = nodes_[static_cast<std::size_t>(node)];
  if (n.edges_end - n.edges_begin == 1) return n.only_label == c ? n.only_target : -1;
  auto first = edges_.begin() + n.edges_begin, last = edges_.begin() + n.edges_end;
  if (last - first <= 8) {  // most nodes below the root have one or two edges
    for (; first != last; ++first)
      if (first->label == c) return first->target;
    return -1;
  }
  auto it = std::lower_bound(first, last, c, [](const Edge& e, char32_t v) { return e.label < v; });
  return it != last && it->label == c ? it->target : -1;
}

void Matcher::build() {
  // Compact the trie: nodes keep their ids, edges sorted per node.
  nodes_.assign(trie_.size(), Node{});
  edges_.clear();
  for (std::size_t i = 0; i < trie_.size(); ++i) {
    auto& ch = trie_[i].children;
    std::sort(ch.begin(), ch.end(), [](const Edge& a, const Edge& b) { return a.label < b.label; });
    nodes_[i].edges_begin = static_cast<std::uint32_t>(edges_.size());
    edges_.insert(edges_.end(), ch.begin(), ch.end());
    nodes_[i].edges_end = static_cast<std::uint32_t>(edges_.size());
    if (ch.size() == 1) {
      nodes_[i].only_label = ch[0].label;
      nodes_[i].only_target = ch[0].target;
    }
    nodes_[i].output = trie_[i].output;
  }
  // A dense table of the root's transitions pays off for the big shared
  // matcher; a small per-article one searches the root's few edges.
  root_dense_.clear();
  if (trie_[0].children.size() >= 256) {
    root_dense_.assign(0x10000, -1);
    for (const auto& e : trie_[0].children)
      if (e.label < 0x10000) root_dense_[e.label] = e.target;
  }
  // Failure links, breadth first.
  std::vector<std::int32_t> queue;
  queue.reserve(trie_.size());
  for (const auto& e : trie_[0].children) {
    nodes_[static_cast<std::size_t>(e.target)].fail = 0;
    queue.push_back(e.target);
  }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const std::int32_t u = queue[head];
    for (const auto& e : trie_[static_cast<std::size_t>(u)].children) {
      const std::int32_t v = e.target;
      std::int32_t f = nodes_[static_cast<std::size_t>(u)].fail;
      std::int32_t target = -1;
      while (true) {
        target = child(f, e.label);
        if (target >= 0 || f == 0) break;
        f = nodes_[static_cast<std::size_t>(f)].fail;
      }
      nodes_[static_cast<std::size_t>(v)].fail = (target >= 0 && target != v) ? target : 0;
      const auto& fn = nodes_[static_cast<std::size_t>(nodes_[static_cast<std::size_t>(v)].fail)];
      nodes_[static_cast<std::size_t>(v)].dict_link =
          fn.output >= 0 ? nodes_[static_cast<std::size_t>(v)].fail : fn.dict_link;
      queue.push_back(v);
    }
  }
  trie_.clear();
  trie_.shrink_to_fit();
  built_ = true;
}

[[gnu::always_inline]] inline std::int32_t Matcher::step(std::int32_t node, char32_t c) const {
  while (true) {
    std::int32_t next = child(node, c);
    if (next >= 0) return next;
    if (node == 0) return 0;
    node = nodes_[static_cast<std::size_t>(node)].fail;
  }
}

std::vector<Matcher::Match> Matcher::find_all(std::u32string_view text) const {
  std::vector<Match> out;
  if (!built_) return out;
  out.reserve(text.size() / 2);
  std::int32_t node = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    node = step(node, text[i]);
    for (std::int32_t k = nodes_[static_cast<std::size_t>(node)].output >= 0
                              ? node
                              : nodes_[static_cast<std::size_t>(node)].dict_link;
         k >= 0; k = nodes_[static_cast<std::size_t>(k)].dict_link) {
      const auto pid = static_cast<std::uint32_t>(nodes_[static_cast<std::size_t>(k)].output);
      const auto end = static_cast<std::uint32_t>(i + 1);
      out.push_back({end - pattern_len_[pid], end, pid});
    }
  }
  return out;
}

std::int64_t Matcher::find_exact(std::u32string_view s) const {
  if (!built_) return -1;
  std::int32_t node = 0;
  for (char32_t c : s) {
    node = child(node, c);
    if (node < 0) return -1;
  }
  return nodes_[static_cast<std::size_t>(node)].output;
}

}  // namespace ckg
