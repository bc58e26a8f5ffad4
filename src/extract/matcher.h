// Aho-Corasick dictionary matcher over code points. Built once from the
// gazetteer and lexicons, then shared read-only by all extraction threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace ckg {

class Matcher {
 public:
  struct Match {
    std::uint32_t begin;  // in the text, end exclusive
    std::uint32_t end;
    std::uint32_t pattern;  // id returned by add()
  };

  // Adds a pattern; returns its id. The same string added twice gets the
  // same id. Call before build().
  std::uint32_t add(std::u32string_view pattern);
  void build();
  bool built() const { return built_; }
  std::size_t pattern_count() const { return pattern_len_.size(); }
  std::uint32_t pattern_length(std::uint32_t id) const { return pattern_len_[id]; }

  // Every occurrence of every pattern (overlapping), ordered by end position,
  // then by decreasing length.
  std::vector<Match> find_all(std::u32string_view text) const;
  // Id of the pattern equal to s, or -1.
  std::int64_t find_exact(std::u32string_view s) const;

 private:
  struct Node {
    std::uint32_t edges_begin = 0, edges_end = 0;  // into edges_ (sorted by label)
    char32_t only_label = 0;                       // the edge of a node with one, kept here (no read of edges_)
    std::int32_t only_target = -1;
    std::int32_t fail = 0;
    std::int32_t output = -1;     // pattern ending here, or -1
    std::int32_t dict_link = -1;  // nearest node on the fail chain with output
  };
  struct Edge {
    char32_t label;
    std::int32_t target;
  };
  std::int32_t child(std::int32_t node, char32_t c) const;
  std::int32_t step(std::int32_t node, char32_t c) const;

  // Build-time trie (children as unsorted lists), compacted by build().
  struct BuildNode {
    std::vector<Edge> children;
    std::int32_t output = -1;
  };
  std::vector<BuildNode> trie_{BuildNode{}};
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<std::int32_t> root_dense_;  // root transitions for the BMP
  std::vector<std::uint32_t> pattern_len_;
  bool built_ = false;
};

}  // namespace ckg
