// Name suffixes ("triggers") that announce an organisation, zone, cluster,
// event or project: 有限公司, 基金, 人民政府, 研究院, 高新区, 产业集群, 论坛 ...
// They are matched by the same Aho-Corasick pass as the lexicons.
#pragma once

#include <span>
#include <string_view>

#include "core/vocab.h"

namespace ckg {

enum class TriggerFamily : unsigned char {
  Company,
  Fund,
  Government,
  Institution,
  Zone,
  Cluster,
  Event,
  Project,
};

struct Trigger {
  std::u32string_view suffix;
  TriggerFamily family;
  EntityType type;
  int max_core;  // longest name part before the suffix, in characters
};

std::span<const Trigger> triggers();

}  // namespace ckg
