#include "extract/triggers.h"

namespace ckg {
namespace {

using F = TriggerFamily;
using T = EntityType;

// Government organs are found by extract/government.cpp from their organ
// word, not through this table.
constexpr Trigger kTriggers[] = {
    // Companies: legal and group suffixes.
    {U"股份有限公司", F::Company, T::Company, 20},
    {U"有限责任公司", F::Company, T::Company, 20},
    {U"有限公司", F::Company, T::Company, 20},
    {U"株式会社", F::Company, T::Company, 12},
    {U"专业合作社", F::Company, T::Company, 14},
    {U"集团有限公司", F::Company, T::Company, 16},
    {U"集团股份有限公司", F::Company, T::Company, 16},
    {U"集团公司", F::Company, T::Company, 14},
    {U"股份公司", F::Company, T::Company, 14},
    {U"公司", F::Company, T::Company, 14},
    {U"集团", F::Company, T::Company, 12},
    {U"控股", F::Company, T::Company, 10},
    {U"股份", F::Company, T::Company, 10},
    {U"银行", F::Company, T::Company, 12},
    {U"证券", F::Company, T::Company, 8},
    {U"信托", F::Company, T::Company, 8},
    {U"地产", F::Company, T::Company, 8},
    {U"置业", F::Company, T::Company, 8},
    // Funds.
    {U"基金", F::Fund, T::Fund, 18},
    // Universities, institutes, associations, alliances.
    {U"大学", F::Institution, T::Institution, 12},
    {U"学院", F::Institution, T::Institution, 14},
    {U"医院", F::Institution, T::Institution, 10},
    {U"服务综合体", F::Institution, T::Institution, 14},
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
    {U"验证中心", F::Institution, T::Institution, 18},
    {U"研发中心", F::Institution, T::Institution, 18},
    {U"检测中心", F::Institution, T::Institution, 18},
    {U"标准中心", F::Institution, T::Institution, 14},
    {U"质检中心", F::Institution, T::Institution, 14},
    {U"标准化服务中心", F::Institution, T::Institution, 10},
    {U"促进中心", F::Institution, T::Institution, 18},
    {U"中试平台", F::Institution, T::Institution, 14},
    {U"联合体", F::Institution, T::Institution, 16},
    {U"促进会", F::Institution, T::Institution, 16},
    {U"联合会", F::Institution, T::Institution, 16},
    {U"设计院", F::Institution, T::Institution, 20},
    {U"试验站", F::Institution, T::Institution, 16},
    // Development zones and parks.
    {U"经济技术开发区", F::Zone, T::Zone, 8},
    {U"高新技术产业开发区", F::Zone, T::Zone, 8},
    {U"高新技术产业园区", F::Zone, T::Zone, 8},
    {U"经济开发区", F::Zone, T::Zone, 8},
    {U"高新区", F::Zone, T::Zone, 8},
    {U"经开区", F::Zone, T::Zone, 8},
    {U"开发区", F::Zone, T::Zone, 8},
    {U"新区", F::Zone, T::Zone, 6},
    {U"产业园", F::Zone, T::Zone, 14},
    {U"产业转移园", F::Zone, T::Zone, 12},
    {U"航天港", F::Zone, T::Zone, 6},
    {U"产业园区", F::Zone, T::Zone, 14},
    {U"工业园区", F::Zone, T::Zone, 10},
    {U"化工园区", F::Zone, T::Zone, 10},
    {U"工业园", F::Zone, T::Zone, 10},
    {U"科技园", F::Zone, T::Zone, 10},
    {U"科技园区", F::Zone, T::Zone, 10},
    {U"小镇", F::Zone, T::Zone, 6},
    {U"自贸区", F::Zone, T::Zone, 6},
    {U"自由贸易试验区", F::Zone, T::Zone, 8},
    {U"综合保税区", F::Zone, T::Zone, 8},
    {U"保税区", F::Zone, T::Zone, 6},
    {U"科学城", F::Zone, T::Zone, 6},
    {U"科技城", F::Zone, T::Zone, 6},
    {U"生物城", F::Zone, T::Zone, 8},
    {U"航空城", F::Zone, T::Zone, 6},
    {U"物流园", F::Zone, T::Zone, 10},
    {U"经济区", F::Zone, T::Zone, 8},
    {U"特别合作区", F::Zone, T::Zone, 4},
    {U"经济合作区", F::Zone, T::Zone, 12},
    {U"合作区", F::Zone, T::Zone, 12},
    {U"产业合作园", F::Zone, T::Zone, 8},
    {U"综合试验区", F::Zone, T::Zone, 16},
    {U"经济试验区", F::Zone, T::Zone, 8},
    {U"港务区", F::Zone, T::Zone, 6},
    {U"孵化器", F::Zone, T::Zone, 8},
    {U"化学工业区", F::Zone, T::Zone, 8},
    {U"产业合作试验区", F::Zone, T::Zone, 8},
    {U"园区", F::Zone, T::Zone, 6},  // a place's sub-park only (伊宁园区): see extract/zones.cpp
    // Clusters.
    {U"产业集群", F::Cluster, T::IndustrialCluster, 20},
    {U"集群", F::Cluster, T::IndustrialCluster, 20},
    {U"专业镇", F::Cluster, T::IndustrialCluster, 20},
    {U"产业集聚区", F::Cluster, T::IndustrialCluster, 20},
    {U"产业带", F::Cluster, T::IndustrialCluster, 20},
    // Events.
    {U"招商会", F::Event, T::Event, 20},
    {U"推介会", F::Event, T::Event, 20},
    {U"发布会", F::Event, T::Event, 30},
    {U"大会", F::Event, T::Event, 28},
    {U"峰会", F::Event, T::Event, 20},
    {U"论坛", F::Event, T::Event, 20},
    {U"洽谈会", F::Event, T::Event, 20},
    {U"博览会", F::Event, T::Event, 20},
    {U"交易会", F::Event, T::Event, 20},
    {U"展览会", F::Event, T::Event, 20},
    {U"对接会", F::Event, T::Event, 20},
    {U"研讨会", F::Event, T::Event, 20},
    {U"推进会", F::Event, T::Event, 20},
    {U"展销会", F::Event, T::Event, 20},
    {U"交流会", F::Event, T::Event, 20},
    {U"文化节", F::Event, T::Event, 20},
    {U"美食节", F::Event, T::Event, 20},
    {U"开园节", F::Event, T::Event, 16},
    {U"采摘节", F::Event, T::Event, 16},
    {U"丰收节", F::Event, T::Event, 16},
    {U"开茶节", F::Event, T::Event, 16},
    {U"旅游节", F::Event, T::Event, 16},
    {U"电商节", F::Event, T::Event, 16},
    {U"直播节", F::Event, T::Event, 16},
    {U"购物节", F::Event, T::Event, 20},
    {U"设计周", F::Event, T::Event, 20},
    {U"时装周", F::Event, T::Event, 20},
    {U"活动周", F::Event, T::Event, 20},
    {U"展会", F::Event, T::Event, 20},
    {U"大赛", F::Event, T::Event, 20},
    {U"年会", F::Event, T::Event, 16},
    {U"仪式", F::Event, T::Event, 32},
    {U"活动", F::Event, T::Event, 32},
    // Projects.
    {U"项目", F::Project, T::Project, 20},
    {U"机场", F::Project, T::Project, 10},
    {U"工程", F::Project, T::Project, 12},
    // A base that a firm builds (建设原料药生产基地); only after a verb of building.
    {U"生产基地", F::Project, T::Project, 14},
    {U"配套基地", F::Project, T::Project, 14},
    {U"中试基地", F::Project, T::Project, 14},
    {U"分装基地", F::Project, T::Project, 14},
};

}  // namespace

std::span<const Trigger> triggers() { return kTriggers; }

bool weak_institution_suffix(std::u32string_view suffix) {
  return suffix == U"研发中心" || suffix == U"中试平台" || suffix == U"联合体" || suffix == U"检测中心" ||
         suffix == U"促进中心" || suffix == U"质检中心" || suffix == U"标准化服务中心";
}

bool in_project_name(const Trigger& tr, std::u32string_view after) {
  return tr.family == TriggerFamily::Institution && weak_institution_suffix(tr.suffix) && after.starts_with(U"项目");
}

}  // namespace ckg
