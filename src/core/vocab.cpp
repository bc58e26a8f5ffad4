#include "core/vocab.h"

namespace ckg {
namespace {

struct TypeInfo {
  EntityType type;
  std::string_view name;
  std::string_view slug;
  std::string_view zh;
};

constexpr std::array<TypeInfo, kEntityTypeCount> kTypes = {{
    {EntityType::Province, "Province", "province", "省级行政区"},
    {EntityType::City, "City", "city", "地级行政区"},
    {EntityType::District, "District", "district", "县级行政区"},
    {EntityType::Region, "Region", "region", "区域"},
    {EntityType::Zone, "Zone", "zone", "园区"},
    {EntityType::Company, "Company", "company", "企业"},
    {EntityType::Fund, "Fund", "fund", "基金"},
    {EntityType::Sector, "Sector", "sector", "产业"},
    {EntityType::IndustrialCluster, "IndustrialCluster", "cluster", "产业集群"},
    {EntityType::GovernmentBody, "GovernmentBody", "gov", "政府机构"},
    {EntityType::Institution, "Institution", "institution", "机构"},
    {EntityType::Policy, "Policy", "policy", "政策"},
    {EntityType::Event, "Event", "event", "活动"},
    {EntityType::Project, "Project", "project", "项目"},
    {EntityType::Person, "Person", "person", "人物"},
}};

struct RelationInfo {
  Relation rel;
  std::string_view name;
  std::string_view zh;
};

constexpr std::array<RelationInfo, kRelationCount> kRelations = {{
    {Relation::locatedIn, "locatedIn", "位于"},
    {Relation::partOf, "partOf", "隶属"},
    {Relation::inSector, "inSector", "所属产业"},
    {Relation::targetScale, "targetScale", "目标规模"},
    {Relation::currentScale, "currentScale", "现有规模"},
    {Relation::investment, "investment", "投资"},
    {Relation::memberOf, "memberOf", "成员"},
    {Relation::foundedBy, "foundedBy", "发起方"},
    {Relation::issuedBy, "issuedBy", "发布机构"},
    {Relation::heldIn, "heldIn", "举办地"},
    {Relation::enterpriseCount, "enterpriseCount", "企业数"},
    {Relation::within, "within", "地处"},
}};

}  // namespace

std::string_view type_name(EntityType t) { return kTypes[static_cast<int>(t)].name; }
std::string_view type_slug(EntityType t) { return kTypes[static_cast<int>(t)].slug; }
std::string_view type_label_zh(EntityType t) { return kTypes[static_cast<int>(t)].zh; }

std::optional<EntityType> parse_type(std::string_view local_name) {
  for (const auto& info : kTypes)
    if (info.name == local_name) return info.type;
  return std::nullopt;
}

bool is_place(EntityType t) {
  return t == EntityType::Province || t == EntityType::City || t == EntityType::District || t == EntityType::Region;
}

bool is_admin_division(EntityType t) {
  return t == EntityType::Province || t == EntityType::City || t == EntityType::District;
}

std::string_view relation_name(Relation r) { return kRelations[static_cast<int>(r)].name; }
std::string_view relation_label_zh(Relation r) { return kRelations[static_cast<int>(r)].zh; }

std::optional<Relation> parse_relation(std::string_view local_name) {
  for (const auto& info : kRelations)
    if (info.name == local_name) return info.rel;
  return std::nullopt;
}

bool is_money_relation(Relation r) {
  return r == Relation::targetScale || r == Relation::currentScale || r == Relation::investment;
}

bool is_count_relation(Relation r) { return r == Relation::enterpriseCount; }

std::string ckg_term(std::string_view local) {
  std::string s(kOntologyNs);
  s += local;
  return s;
}

std::string class_iri(EntityType t) { return ckg_term(type_name(t)); }
std::string relation_iri(Relation r) { return ckg_term(relation_name(r)); }

}  // namespace ckg
