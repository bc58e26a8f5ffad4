#include "extract/cues.h"

namespace ckg {
namespace {

using K = CueKind;
using T = EntityType;

constexpr Cue kCues[] = {
    // The place of the article or item.
    {U"该市", K::Reference, T::City, U""},
    {U"我市", K::Reference, T::City, U""},
    {U"全市", K::Reference, T::City, U""},
    {U"本市", K::Reference, T::City, U""},
    {U"该省", K::Reference, T::Province, U""},
    {U"我省", K::Reference, T::Province, U""},
    {U"全省", K::Reference, T::Province, U""},
    {U"本省", K::Reference, T::Province, U""},
    {U"该区", K::Reference, T::District, U""},
    {U"全区", K::Reference, T::District, U""},
    {U"该县", K::Reference, T::District, U""},
    {U"全县", K::Reference, T::District, U""},
    {U"我县", K::Reference, T::District, U""},
    {U"当地", K::Reference, T::City, U""},
    // Zones, clusters, funds, institutions, projects, companies named before.
    {U"该园区", K::Reference, T::Zone, U""},
    {U"园区", K::Reference, T::Zone, U""},
    {U"该产业园", K::Reference, T::Zone, U""},
    {U"产业园", K::Reference, T::Zone, U"产业园"},
    {U"小镇", K::Reference, T::Zone, U"小镇"},
    {U"该小镇", K::Reference, T::Zone, U"小镇"},
    {U"该开发区", K::Reference, T::Zone, U""},
    {U"该高新区", K::Reference, T::Zone, U""},
    {U"高新区", K::Reference, T::Zone, U"高新区"},
    {U"该新区", K::Reference, T::Zone, U"新区"},
    {U"该集群", K::Reference, T::IndustrialCluster, U""},
    {U"这一集群", K::Reference, T::IndustrialCluster, U""},
    {U"该产业集群", K::Reference, T::IndustrialCluster, U""},
    {U"该专业镇", K::Reference, T::IndustrialCluster, U""},
    {U"该基金", K::Reference, T::Fund, U""},
    {U"该母基金", K::Reference, T::Fund, U""},
    {U"母基金", K::Reference, T::Fund, U"母基金"},
    {U"基金", K::Reference, T::Fund, U"", true},
    {U"集群", K::Reference, T::IndustrialCluster, U"", true},
    {U"该研究院", K::Reference, T::Institution, U"研究院"},
    {U"研究院", K::Reference, T::Institution, U"研究院"},
    {U"该联盟", K::Reference, T::Institution, U"联盟"},
    {U"联盟", K::Reference, T::Institution, U"联盟"},
    {U"该项目", K::Reference, T::Project, U""},
    {U"项目", K::Reference, T::Project, U"", true},
    {U"该公司", K::Reference, T::Company, U""},
    // Titles before a person's name.
    {U"副主任", K::PersonTitle, T::Person, U""},
    {U"主任", K::PersonTitle, T::Person, U""},
    {U"副书记", K::PersonTitle, T::Person, U""},
    {U"书记", K::PersonTitle, T::Person, U""},
    {U"副局长", K::PersonTitle, T::Person, U""},
    {U"局长", K::PersonTitle, T::Person, U""},
    {U"副市长", K::PersonTitle, T::Person, U""},
    {U"市长", K::PersonTitle, T::Person, U""},
    {U"副省长", K::PersonTitle, T::Person, U""},
    {U"省长", K::PersonTitle, T::Person, U""},
    {U"区长", K::PersonTitle, T::Person, U""},
    {U"县长", K::PersonTitle, T::Person, U""},
    {U"部长", K::PersonTitle, T::Person, U""},
    {U"院长", K::PersonTitle, T::Person, U""},
    {U"总裁", K::PersonTitle, T::Person, U""},
    {U"董事长", K::PersonTitle, T::Person, U""},
    {U"总经理", K::PersonTitle, T::Person, U""},
    {U"主席", K::PersonTitle, T::Person, U""},
    {U"理事长", K::PersonTitle, T::Person, U""},
    {U"秘书长", K::PersonTitle, T::Person, U""},
    {U"教授", K::PersonTitle, T::Person, U""},
    {U"研究员", K::PersonTitle, T::Person, U""},
    {U"负责人", K::PersonTitle, T::Person, U""},
    {U"总监", K::PersonTitle, T::Person, U""},
    {U"创始人", K::PersonTitle, T::Person, U""},
    {U"首席执行官", K::PersonTitle, T::Person, U""},
    {U"CEO", K::PersonTitle, T::Person, U""},
    {U"处长", K::PersonTitle, T::Person, U""},
    {U"科长", K::PersonTitle, T::Person, U""},
    {U"院士", K::PersonTitle, T::Person, U""},
    {U"厅长", K::PersonTitle, T::Person, U""},
    {U"司长", K::PersonTitle, T::Person, U""},
    {U"工程师", K::PersonTitle, T::Person, U""},
    {U"委员", K::PersonTitle, T::Person, U""},
    {U"经理", K::PersonTitle, T::Person, U""},
    {U"博士", K::PersonTitle, T::Person, U""},
    {U"记者", K::PersonTitle, T::Person, U""},
    {U"专家", K::PersonTitle, T::Person, U""},
};

}  // namespace

std::span<const Cue> cues() { return kCues; }

}  // namespace ckg
