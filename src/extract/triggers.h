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

// Institution suffixes that also end plain words (研发中心, 联合体, 中试平台): a name needs a
// proper part before them, and an earlier one does not end the name of a later institution
// (京津冀生物医药中试平台共享联盟).
bool weak_institution_suffix(std::u32string_view suffix);

// True if the trigger is a weak institution suffix that `after` (the text right after it)
// turns into part of a project's name (极光芯硅光芯片研发中心项目).
bool in_project_name(const Trigger& tr, std::u32string_view after);

}  // namespace ckg
