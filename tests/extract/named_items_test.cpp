// Policies, events, projects and persons.
#include <doctest/doctest.h>

#include "extract/extract_helpers.h"

using namespace ckg;
using test::extract_text;

TEST_CASE("policies in book-title brackets - with a declared short name and their issuer") {
  const auto r = extract_text(
      "云南省人民政府办公厅印发《云南省咖啡产业高质量发展行动方案(2025—2027年)》(以下简称《行动方案》)"
      "。《行动方案》提出目标。");
  INFO(r.dump());
  const auto* p = r.entity(EntityType::Policy, "云南省咖啡产业高质量发展行动方案(2025—2027年)");
  REQUIRE(p);
  CHECK(std::find(p->aliases.begin(), p->aliases.end(), "行动方案") != p->aliases.end());
  CHECK(r.count(EntityType::Policy) == 1);
  CHECK(r.fact("云南省咖啡产业高质量发展行动方案(2025—2027年)", Relation::issuedBy, "云南省人民政府办公厅"));
  // A book that is not a policy.
  CHECK(extract_text("他写了《咖啡的故事》。").count(EntityType::Policy) == 0);
}

TEST_CASE("policies named 关于…的若干措施 and numbered programmes") {
  const auto r = extract_text("会议发布了关于支持低空经济发展的若干措施。全市深入推进“3515”产业工程。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Policy, "关于支持低空经济发展的若干措施"));
  CHECK(r.has(EntityType::Policy, "3515产业工程"));
  CHECK_FALSE(extract_text("实施“强基固本”工程。").has(EntityType::Policy, "强基固本工程"));
}

TEST_CASE("events with a proper prefix and where they were held") {
  const auto r = extract_text("2025中国储能产业博览会在合肥成功举办。星河基金揭牌仪式暨合作签约活动在芜湖举行。");
  INFO(r.dump());
  CHECK(r.fact("2025中国储能产业博览会", Relation::heldIn, "合肥市"));
  CHECK(r.has(EntityType::Event, "星河基金揭牌仪式暨合作签约活动"));
  CHECK(r.fact("星河基金揭牌仪式暨合作签约活动", Relation::heldIn, "芜湖市"));
  // Generic occasions are not events.
  CHECK(extract_text("召开新闻发布会并举行签约仪式。").count(EntityType::Event) == 0);
}

TEST_CASE("projects by suffix - quoted names and lists") {
  const auto r = extract_text("嘉兴市推进“沪嘉氢能走廊”项目。青松光伏组件、白杨储能电站等项目加快建设。");
  INFO(r.dump());
  CHECK(r.any("沪嘉氢能走廊"));
  CHECK(r.has(EntityType::Project, "青松光伏组件项目"));
  CHECK(r.has(EntityType::Project, "白杨储能电站项目"));
  CHECK(r.fact("青松光伏组件项目", Relation::locatedIn, "嘉兴市"));
  // Kinds of projects are not names.
  const auto r2 = extract_text("对新能源重大项目优先保障用地，一批项目和配套项目加快建设。");
  CHECK(r2.count(EntityType::Project) == 0);
}

TEST_CASE("airports are projects with their short forms") {
  const auto r = extract_text("宜昌三峡国际机场扩建。三峡机场货运量增长。");
  INFO(r.dump());
  CHECK(r.count(EntityType::Project) == 1);
  CHECK(r.fact("宜昌三峡国际机场", Relation::locatedIn, "宜昌市"));
  CHECK(extract_text("打造全国首座专业货运机场。").count(EntityType::Project) == 0);
}

TEST_CASE("persons after a title - before a verb of speech - and in bylines") {
  const auto r = extract_text("市发改委主任张海涛表示将加快推进。返乡青年刘晓雯回乡创办企业。作者 : 陈远");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "张海涛"));
  CHECK(r.has(EntityType::Person, "陈远"));
  CHECK(extract_text("一位入驻园区的商家表示满意。").count(EntityType::Person) == 0);
}

TEST_CASE("a project's name starts after the verb that builds it - not at the company or the sum") {
  const auto r = extract_text("青岚动力有限公司投资28亿元建设高端轴承智能制造项目。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "高端轴承智能制造项目"));
  CHECK(r.has(EntityType::Company, "青岚动力有限公司"));
  CHECK(r.value("高端轴承智能制造项目", Relation::investment, "2800000000"));
  // "其…项目" and "研发及生产基地项目".
  const auto r2 =
      extract_text("蓝湖光电有限公司看好激光雷达赛道，其激光雷达研发及生产基地项目总投资16亿元，选址江宁区。");
  INFO(r2.dump());
  CHECK(r2.has(EntityType::Project, "激光雷达研发及生产基地项目"));
  CHECK(r2.fact("激光雷达研发及生产基地项目", Relation::locatedIn, "江宁区"));
  CHECK(r2.value("激光雷达研发及生产基地项目", Relation::investment, "1600000000"));
}

TEST_CASE("event names cross a dash between names and a bracketed city") {
  const auto r = extract_text("2025中国—东盟智能装备合作论坛在南宁举行。第十届中国(长沙)国际轨道交通博览会同日开幕。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "2025中国—东盟智能装备合作论坛"));
  CHECK(r.has(EntityType::Event, "第十届中国(长沙)国际轨道交通博览会"));
  CHECK(r.fact("2025中国—东盟智能装备合作论坛", Relation::heldIn, "南宁市"));
}

TEST_CASE("signing events keep their verbs and projects - long names keep their start") {
  const auto r = extract_text(
      "当天，长沙经济技术开发区2024年工程机械产业链项目集中签约仪式举行。2025成渝地区双城经济圈汽车产业协同发展大会在重"
      "庆开幕。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "长沙经济技术开发区2024年工程机械产业链项目集中签约仪式"));
  CHECK(r.has(EntityType::Event, "2025成渝地区双城经济圈汽车产业协同发展大会"));
  CHECK(r.count(EntityType::Project) == 0);
  // Verbs alone name no event; 三项目标 is no project.
  CHECK(extract_text("双方举行签约仪式，明确三项目标。").count(EntityType::Event) == 0);
  CHECK(extract_text("双方举行签约仪式，明确三项目标。").count(EntityType::Project) == 0);
}

TEST_CASE("a person's name stops before 说") {
  const auto r = extract_text("星河生物科技有限公司董事长刘婧说，新药将在河北投产。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "刘婧"));
  CHECK_FALSE(r.any("刘婧说"));
}

TEST_CASE("persons after reporter and association titles") {
  const auto r = extract_text("仁怀市酒业协会会长罗志远介绍，协会正牵头制定标准。(记者 陈思远 通讯员 刘晓敏)");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "罗志远"));
  CHECK(r.has(EntityType::Person, "陈思远"));
  CHECK(r.has(EntityType::Person, "刘晓敏"));
}

TEST_CASE("project names keep decimals and joined verbs - and start after the owner") {
  const auto r = extract_text(
      "九江瑞星新材料有限公司年产2万吨高端锂电铜箔项目开工。总投资12亿元的年产1.5万吨高性能钕铁硼永磁材料项目投产。"
      "绿氢制备及加注一体化项目落地。2024榆林能源转型与氢能产业发展论坛举行。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "年产2万吨高端锂电铜箔项目"));
  CHECK(r.has(EntityType::Company, "九江瑞星新材料有限公司"));
  CHECK(r.has(EntityType::Project, "年产1.5万吨高性能钕铁硼永磁材料项目"));
  CHECK(r.has(EntityType::Project, "绿氢制备及加注一体化项目"));
  CHECK(r.has(EntityType::Event, "2024榆林能源转型与氢能产业发展论坛"));
}

TEST_CASE("a congress keeps its session in its name - projects located by 集群内 are no project") {
  const auto r = extract_text(
      "湖北省第十四届人民代表大会第三次会议在武汉开幕。报告提出对集群内重大项目给予支持，并委托湖北宏泰集团有限公司管理"
      "基金。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "湖北省第十四届人民代表大会第三次会议"));
  CHECK(r.count(EntityType::Project) == 0);
  CHECK(r.has(EntityType::Company, "湖北宏泰集团有限公司"));
  CHECK_FALSE(r.any("委托湖北宏泰集团有限公司"));
}

TEST_CASE("two products joined by 及 name one project - A项目及B项目 are two") {
  const auto r = extract_text(
      "赣锋新能源有限公司投资建设年产4万吨电池级氢氧化锂及2万吨磷酸铁锂项目。园区还将推进污水处理项目及道路配套项目。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "年产4万吨电池级氢氧化锂及2万吨磷酸铁锂项目"));
  CHECK_FALSE(r.has(EntityType::Project, "2万吨磷酸铁锂项目"));
  CHECK(r.has(EntityType::Project, "道路配套项目"));
}

TEST_CASE("new kinds of events - a design week and a food festival") {
  const auto r = extract_text("首届柯桥时尚面料设计周在柯桥开幕。第五届淄博烧烤美食节于6月在淄博市举办。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "首届柯桥时尚面料设计周"));
  CHECK(r.has(EntityType::Event, "第五届淄博烧烤美食节"));
}

TEST_CASE("a titled name before an everyday verb is a person - kinds and shares of projects are no project") {
  const auto r = extract_text(
      "合作社理事长刘德胜算了一笔账。公司总经理林志伟给记者介绍新品。园区签约加工增值类项目12个，占全省同类项目三成，"
      "十大项目和技改项目进展顺利。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "刘德胜"));
  CHECK(r.has(EntityType::Person, "林志伟"));
  CHECK(r.count(EntityType::Project) == 0);
}

TEST_CASE("names of minority languages after a title - rarer surnames - more titles") {
  const auto r = extract_text(
      "本报记者 次仁卓玛 通讯员 张宇报道。巴州工业和信息化局局长艾尔肯·吐尔逊介绍了情况。合作社理事长其木格介绍，"
      "惠州市工业和信息化局副局长邝永强说，生产主管吕国峰掏出手机。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "次仁卓玛"));
  CHECK(r.has(EntityType::Person, "张宇"));
  CHECK(r.has(EntityType::Person, "艾尔肯·吐尔逊"));
  CHECK(r.has(EntityType::Person, "其木格"));
  CHECK(r.has(EntityType::Person, "邝永强"));
  CHECK(r.has(EntityType::Person, "吕国峰"));
}

TEST_CASE("an event named across a middle dot - counted activities and ordinary projects are no names") {
  const auto r = extract_text(
      "第二届温州·长治产业协作对接会在长治市举行。活动周期间举办6场活动，签约常规项目12个。温州（长治）产业转移园已引进"
      "企业57家。"
      "江苏省镇江市丹阳市司徒镇的眼镜厂扩产。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "第二届温州长治产业协作对接会"));  // names drop the middle dot
  CHECK(r.count(EntityType::Event) == 1);
  CHECK(r.count(EntityType::Project) == 0);
  CHECK(r.has(EntityType::Zone, "温州(长治)产业转移园"));
  CHECK(r.count(EntityType::GovernmentBody) == 0);
}

TEST_CASE("events joined by 暨 are one name - a university's school with 与 in its field") {
  const auto r = extract_text(
      "2025射洪锂电产业供应商大会暨配套项目签约仪式在射洪市举行。东华大学材料科学与工程学院与园区共建实验室。"
      "园区内碳谷绿湾产业园已入驻企业30家。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "2025射洪锂电产业供应商大会暨配套项目签约仪式"));
  CHECK(r.has(EntityType::Institution, "东华大学材料科学与工程学院"));
  CHECK_FALSE(r.any("区内碳谷绿湾产业园"));
}

TEST_CASE("kinds and shares of projects are no project names - a fund's running total opens none") {
  const auto r = extract_text(
      "本次签约外资项目7个，代表性项目包括年产5万吨锂电铜箔项目。园区首个投产的化工下游项目落地，"
      "更多配套项目将向县域布局，电解铝及其配套项目同步推进。江淮母基金累计参投项目300个。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "年产5万吨锂电铜箔项目"));
  CHECK(r.has(EntityType::Project, "电解铝及其配套项目"));
  CHECK_FALSE(r.any("外资项目"));
  CHECK_FALSE(r.any("代表性项目"));
  CHECK_FALSE(r.any("化工下游项目"));
  CHECK_FALSE(r.any("更多配套项目"));
  CHECK_FALSE(r.any("江淮母基金累计参投项目"));
}

TEST_CASE("a signing of a sector's projects is an event - a bare signing is not") {
  const auto r = extract_text("推进会现场举行了光伏装备重点项目集中签约仪式。随后双方举行了签约仪式。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "光伏装备重点项目集中签约仪式"));
  CHECK(r.count(EntityType::Event) == 1);
}

TEST_CASE(
    "a sector's project or production base that a firm builds and pays for is a project - a kind of project is not") {
  const auto r = extract_text(
      "龙岗区的锐能储能科技有限公司在合作区建设储能电池项目，一期投资15亿元。"
      "北京华瑞制药有限公司投资9.5亿元，在沧州建设原料药生产基地。"
      "全市将加快推进储能电池项目建设。该市是全国重要的原料药生产基地。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "储能电池项目"));
  CHECK(r.value("储能电池项目", Relation::investment, "1500000000"));
  CHECK(r.has(EntityType::Project, "原料药生产基地"));
  CHECK(r.count(EntityType::Project) == 2);
}

TEST_CASE("a quoted long project name is whole and money for projects or a count of them names none") {
  const auto r = extract_text(
      "签约项目中，“航空发动机单晶涡轮叶片精密铸造关键技术攻关项目”备受关注。"
      "对按期完成任务的项目再给予最高500万元后补助，对团队给予最高300万元项目资助。"
      "基地预计每年可承接中试项目80个以上。为保障项目资金，市里设立专项基金。"
      "兰州新区管委会签订年产5万吨高纯镍钴新材料项目。长沙经开区工程机械中试基地开园。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "航空发动机单晶涡轮叶片精密铸造关键技术攻关项目"));
  CHECK(r.has(EntityType::Project, "年产5万吨高纯镍钴新材料项目"));
  CHECK(r.has(EntityType::Project, "长沙经开区工程机械中试基地"));
  CHECK(r.count(EntityType::Project) == 3);
  CHECK(r.count(EntityType::Person) == 0);
}

TEST_CASE("reporters listed after one title are all persons") {
  const auto r = extract_text("（记者 杨帆 吴梦洁）早上七点半，车间已经开工。通讯员 盘晓燕报道。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "杨帆"));
  CHECK(r.has(EntityType::Person, "吴梦洁"));
  CHECK(r.has(EntityType::Person, "盘晓燕"));
}

TEST_CASE("a fair's signing ceremony is an event and a fair is held where it closes - a superlative names no cluster") {
  const auto r = extract_text(
      "为期四天的2025世界制造业大会23日在安徽合肥闭幕。在21日举行的世界制造业大会重大项目集中签约仪式上，44个项目签约。"
      "开幕当天举行的中博会重大项目签约仪式上，江西共签约项目156个。"
      "泉州纺织鞋服产业集群是福建省规模最大的产业集群之一。");
  INFO(r.dump());
  CHECK(r.fact("2025世界制造业大会", Relation::heldIn, "合肥市"));
  CHECK(r.has(EntityType::Event, "世界制造业大会重大项目集中签约仪式"));
  CHECK(r.has(EntityType::Event, "中博会重大项目签约仪式"));
  CHECK(r.count(EntityType::IndustrialCluster) == 1);
  CHECK_FALSE(r.any("规模最"));
}

TEST_CASE("a project named with 建设项目 - a foreign name after a title - a secretary of the board") {
  const auto r = extract_text(
      "（二）沃川新能坪山研发中心建设项目，项目总投资6.8亿元。公司董事会秘书郑雅文表示，进展顺利。"
      "克莱默中国区总裁托马斯·贝克表示，很好。公司投资10亿元建设项目。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "沃川新能坪山研发中心建设项目"));
  CHECK(r.has(EntityType::Person, "郑雅文"));
  CHECK(r.has(EntityType::Person, "托马斯·贝克"));
  CHECK(r.count(EntityType::Project) == 1);
}

TEST_CASE("officials named after their titles in meeting news - a project name with Latin letters") {
  const auto r = extract_text("岳州市委书记王建国参加调研。市委书记、航空装备制造产业链链长方明远主持会议。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "王建国"));
  CHECK(r.has(EntityType::Person, "方明远"));
  const auto r2 = extract_text("锐能新能源宣布在惠阳区投资68亿元，建设锐能新能源20GWh储能电池及PACK项目。");
  INFO(r2.dump());
  CHECK(r2.has(EntityType::Project, "锐能新能源20GWh储能电池及PACK项目"));
}

TEST_CASE("a meeting named after a cluster of two lines - a phase named again - kinds of projects are none") {
  const auto r = extract_text("3月5日,绍兴市纺织和服装产业集群发展推进会在柯桥区召开。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Event, "绍兴市纺织和服装产业集群发展推进会"));
  CHECK(r.fact("绍兴市纺织和服装产业集群发展推进会", Relation::heldIn, "柯桥区"));
  const auto p = extract_text(
      "柳州汽车零部件产业园三期项目昨日开工。三期项目总投资20亿元。基金投向企业的海外项目。"
      "建立项目退出机制，退出项目腾出的土地统一收回。");
  INFO(p.dump());
  CHECK(p.has(EntityType::Project, "柳州汽车零部件产业园三期项目"));
  CHECK(p.value("柳州汽车零部件产业园三期项目", Relation::investment, "2000000000"));
  CHECK(p.count(EntityType::Project) == 1);
}

TEST_CASE("侨商 and 商人 are titles - 则 ends a name after a title only") {
  const auto r = extract_text(
      "旅法侨商林国华则在老家投资眼镜厂。来自塔什干的商人阿里·卡里莫夫则表示满意。"
      "投资于本市项目的金额原则上不低于实缴规模。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Person, "林国华"));
  CHECK(r.has(EntityType::Person, "阿里·卡里莫夫"));
  CHECK(r.count(EntityType::Person) == 2);
}

TEST_CASE("entries of a project list - a numbered item's number - capacities per year - 新上") {
  const auto r = extract_text(
      "今年的重点项目如下:\n"
      "1.20万吨级智能仓储物流基地项目。建设单位:星河物流有限公司;建设地点:鄂州市华容区;总投资12亿元。\n"
      "2.高端轴承及滚子PACK及储能基地项目。建设单位:洛阳精工有限公司;建设地点:洛阳市涧西区;"
      "总投资9800万元。\n"
      "此外,宁东基地的300万吨/年煤制油二期项目已经投产,华晟公司今年新上年产3万吨铜箔项目。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Project, "20万吨级智能仓储物流基地项目"));
  CHECK(r.fact("20万吨级智能仓储物流基地项目", Relation::locatedIn, "华容区"));
  CHECK(r.value("20万吨级智能仓储物流基地项目", Relation::investment, "1200000000"));
  CHECK(r.has(EntityType::Project, "高端轴承及滚子PACK及储能基地项目"));
  CHECK(r.fact("高端轴承及滚子PACK及储能基地项目", Relation::locatedIn, "涧西区"));
  CHECK(r.value("高端轴承及滚子PACK及储能基地项目", Relation::investment, "98000000"));
  CHECK(r.has(EntityType::Project, "300万吨/年煤制油二期项目"));
  CHECK(r.has(EntityType::Project, "年产3万吨铜箔项目"));
  const auto h = extract_text("本报讯 记者获悉,荆门市2026年先进制造业重点项目已经确定,共32个,计划总投资580亿元。");
  INFO(h.dump());
  CHECK(h.count(EntityType::Project) == 0);
}

TEST_CASE("a fair named after two lines joined by 及 - 明确 and 办好 open no name") {
  const auto r = extract_text(
      "通知明确宜昌高新技术产业开发区为核心承载区。今年将继续办好第三届中国·宜昌磷化工及新能源材料产业博览会,"
      "博览会每年在宜昌市举办。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Zone, "宜昌高新技术产业开发区"));
  CHECK(r.any("明确宜昌高新技术产业开发区") == nullptr);
  const auto* fair = r.any("第三届中国宜昌磷化工及新能源材料产业博览会");  // the dot is no part of the key
  REQUIRE(fair != nullptr);
  CHECK(fair->type == EntityType::Event);
}
