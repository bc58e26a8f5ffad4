// Cue words matched by the same Aho-Corasick pass as the lexicons: words that
// refer back to an entity (该市, 园区, 该集群) and the titles that come before
// a person's name. One table, so that rules need no extra scans of the text.
#pragma once

#include <span>
#include <string_view>

#include "core/vocab.h"

namespace ckg {

enum class CueKind : unsigned char {
  Reference,    // refers to the latest entity of `type` (该市 -> City)
  PersonTitle,  // 主任, 董事长 … before a name
  FocusVerb,    // 主攻, 重点发展 … before a list of product lines (extract/sectors.cpp)
  GatherVerb,   // 集聚, 覆盖 … before a list of product lines that ends in 企业/领域/环节
};

struct Cue {
  std::u32string_view word;
  CueKind kind;
  EntityType type;               // Reference: the type referred to
  std::u32string_view name_end;  // Reference: the referred name must end so ("" = any)
  bool clause_start = false;     // Reference: only when it opens a clause (项目位于…)
  bool needs_subject = false;    // FocusVerb: a firm, zone, cluster or fund right before it
};

std::span<const Cue> cues();

}  // namespace ckg
