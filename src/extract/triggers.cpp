#include "extract/triggers.h"

#include <array>

namespace ckg {
namespace {

using F = TriggerFamily;
using T = EntityType;

constexpr std::array<Trigger, 79> kTriggers = {{
    // Companies: legal and group suffixes.
    {U"股份有限公司", F::Company, T::Company, 20},
    {U"有限责任公司", F::Company, T::Company, 20},
    {U"有限公司", F::Company, T::Company, 20},
    {U"集团有限公司", F::Company, T::Company, 16},
    {U"集团股份有限公司", F::Company, T::Company, 16},
    {U"集团公司", F::Company, T::Company, 14},
    {U"集团", F::Company, T::Company, 12},
    {U"控股", F::Company, T::Company, 10},
    {U"股份", F::Company, T::Company, 10},
    // Funds.
    {U"基金", F::Fund, T::Fund, 16},
    // Government organs.
    {U"人民政府", F::Government, T::GovernmentBody, 10},
    {U"政府", F::Government, T::GovernmentBody, 8},
    {U"办公厅", F::Government, T::GovernmentBody, 14},
    {U"办公室", F::Government, T::GovernmentBody, 14},
    {U"新闻办", F::Government, T::GovernmentBody, 12},
    {U"管委会", F::Government, T::GovernmentBody, 16},
    {U"管理委员会", F::Government, T::GovernmentBody, 16},
    {U"党工委", F::Government, T::GovernmentBody, 16},
    {U"委员会", F::Government, T::GovernmentBody, 16},
    {U"省委", F::Government, T::GovernmentBody, 8},
    {U"市委", F::Government, T::GovernmentBody, 8},
    {U"区委", F::Government, T::GovernmentBody, 8},
    {U"县委", F::Government, T::GovernmentBody, 8},
    {U"宣传部", F::Government, T::GovernmentBody, 12},
    {U"组织部", F::Government, T::GovernmentBody, 12},
    {U"统战部", F::Government, T::GovernmentBody, 12},
    {U"管理局", F::Government, T::GovernmentBody, 14},
    {U"发展局", F::Government, T::GovernmentBody, 14},
    {U"商务局", F::Government, T::GovernmentBody, 10},
    {U"统计局", F::Government, T::GovernmentBody, 10},
    {U"工信局", F::Government, T::GovernmentBody, 10},
    {U"科技局", F::Government, T::GovernmentBody, 10},
    {U"财政局", F::Government, T::GovernmentBody, 10},
    {U"发改委", F::Government, T::GovernmentBody, 10},
    {U"经信委", F::Government, T::GovernmentBody, 10},
    {U"工信厅", F::Government, T::GovernmentBody, 10},
    {U"商务厅", F::Government, T::GovernmentBody, 10},
    {U"科技厅", F::Government, T::GovernmentBody, 10},
    {U"财政厅", F::Government, T::GovernmentBody, 10},
    {U"信息化厅", F::Government, T::GovernmentBody, 12},
    {U"农业农村厅", F::Government, T::GovernmentBody, 10},
    {U"发展司", F::Government, T::GovernmentBody, 16},
    // Universities, institutes, associations, alliances.
    {U"大学", F::Institution, T::Institution, 12},
    {U"学院", F::Institution, T::Institution, 14},
    {U"研究院", F::Institution, T::Institution, 20},
    {U"研究所", F::Institution, T::Institution, 20},
    {U"研究生院", F::Institution, T::Institution, 20},
    {U"科学院", F::Institution, T::Institution, 10},
    {U"工程院", F::Institution, T::Institution, 10},
    {U"协会", F::Institution, T::Institution, 16},
    {U"学会", F::Institution, T::Institution, 16},
    {U"商会", F::Institution, T::Institution, 16},
    {U"联盟", F::Institution, T::Institution, 16},
    {U"实验室", F::Institution, T::Institution, 18},
    {U"研究中心", F::Institution, T::Institution, 18},
    {U"创新中心", F::Institution, T::Institution, 18},
    // Development zones and parks.
    {U"经济技术开发区", F::Zone, T::Zone, 8},
    {U"高新技术产业开发区", F::Zone, T::Zone, 8},
    {U"经济开发区", F::Zone, T::Zone, 8},
    {U"高新区", F::Zone, T::Zone, 8},
    {U"开发区", F::Zone, T::Zone, 8},
    {U"新区", F::Zone, T::Zone, 6},
    {U"产业园", F::Zone, T::Zone, 14},
    {U"产业园区", F::Zone, T::Zone, 14},
    {U"工业园区", F::Zone, T::Zone, 10},
    {U"工业园", F::Zone, T::Zone, 10},
    {U"科技园", F::Zone, T::Zone, 10},
    {U"小镇", F::Zone, T::Zone, 6},
    {U"自贸区", F::Zone, T::Zone, 6},
    {U"综合保税区", F::Zone, T::Zone, 8},
    // Clusters.
    {U"产业集群", F::Cluster, T::IndustrialCluster, 20},
    // Events.
    {U"招商会", F::Event, T::Event, 20},
    {U"发布会", F::Event, T::Event, 30},
    {U"大会", F::Event, T::Event, 20},
    {U"论坛", F::Event, T::Event, 20},
    {U"洽谈会", F::Event, T::Event, 20},
    {U"博览会", F::Event, T::Event, 20},
    {U"仪式", F::Event, T::Event, 24},
    // Projects.
    {U"项目", F::Project, T::Project, 20},
}};

}  // namespace

std::span<const Trigger> triggers() { return kTriggers; }

}  // namespace ckg
