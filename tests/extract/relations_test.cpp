// Relations: figures attached to their subject with the right kind and year,
// enterprise counts, founders and members, locations of organisations, funds
// and projects, zones and their places and sectors.
#include <doctest/doctest.h>

#include "extract/extract_helpers.h"

using namespace ckg;
using test::extract_text;

TEST_CASE("a fund's 首期规模 is its current scale - its 总规模 its target") {
  const auto r = extract_text("长沙设立星河产业投资基金，总规模200亿元，首期规模50亿元。");
  INFO(r.dump());
  CHECK(r.value("星河产业投资基金", Relation::targetScale, "20000000000"));
  CHECK(r.value("星河产业投资基金", Relation::currentScale, "5000000000"));
  CHECK(r.facts(Relation::investment) == 0);
}

TEST_CASE("targets carry their year - effects are not scales") {
  const auto r = extract_text("到2030年，成都航空航天产业集群规模力争突破3000亿元，带动1000亿元配套投资。");
  INFO(r.dump());
  CHECK(r.value("成都航空航天产业集群", Relation::targetScale, "300000000000", 2030));
  CHECK_FALSE(r.value("成都航空航天产业集群", Relation::targetScale, "100000000000"));
  const auto r2 = extract_text("到“十五五”末，青岛海洋装备产业集群规模争取达到2000亿元。");
  CHECK(r2.value("青岛海洋装备产业集群", Relation::targetScale, "200000000000", 2030));
}

TEST_CASE("current scales carry the year of the figure") {
  const auto r = extract_text("2024年，宁波绿色石化产业集群实现营业收入4500亿元。");
  INFO(r.dump());
  CHECK(r.value("宁波绿色石化产业集群", Relation::currentScale, "450000000000", 2024));
}

TEST_CASE("investment of a project - also when the figure comes first") {
  const auto r = extract_text("合肥将建总投资超过26亿元“庐州储能谷”项目。");
  INFO(r.dump());
  CHECK(r.value("庐州储能谷", Relation::investment, "2600000000"));
  const auto r2 = extract_text("苏州星河电池项目开工。项目总投资85亿元。");
  CHECK(r2.value("苏州星河电池项目", Relation::investment, "8500000000"));
}

TEST_CASE("enterprise counts go to the cluster or zone that gathers them") {
  const auto r = extract_text("武进高新区目前已汇聚120家新能源企业。该园区还吸引了多家研究院。");
  INFO(r.dump());
  CHECK(r.value("武进高新区", Relation::enterpriseCount, "120"));
  CHECK(r.fact("武进高新区", Relation::inSector, "新能源"));
  // Firms taking part are not counted.
  const auto r2 = extract_text("义乌小商品产业集群建设中，近900家企业参与。");
  CHECK(r2.facts(Relation::enterpriseCount) == 0);
}

TEST_CASE("founders of a cluster are its members - listed firms of a one-cluster item are members") {
  const auto r = extract_text(
      "合肥智能语音产业集群由科大讯飞、中国科学技术大学和星河声学有限公司共同发起。青松电子、白杨科技等一批企业相继加入"
      "。");
  INFO(r.dump());
  CHECK(r.fact("合肥智能语音产业集群", Relation::foundedBy, "科大讯飞"));
  CHECK(r.fact("合肥智能语音产业集群", Relation::foundedBy, "星河声学有限公司"));
  CHECK(r.fact("科大讯飞", Relation::memberOf, "合肥智能语音产业集群"));
  CHECK(r.fact("青松电子", Relation::memberOf, "合肥智能语音产业集群"));
}

TEST_CASE("joining a cluster or being its leading firm makes a member - becoming its strength does not") {
  const auto r = extract_text(
      "星河电子有限公司和蓝海科技有限公司是合肥智能语音产业集群的龙头企业。青松精密有限公司已正式加入合肥智能语音产业集"
      "群。"
      "白杨材料有限公司成为合肥智能语音产业集群成员单位。红枫声学有限公司成为合肥智能语音产业集群的重要力量。");
  INFO(r.dump());
  CHECK(r.fact("星河电子有限公司", Relation::memberOf, "合肥智能语音产业集群"));
  CHECK(r.fact("蓝海科技有限公司", Relation::memberOf, "合肥智能语音产业集群"));
  CHECK(r.fact("青松精密有限公司", Relation::memberOf, "合肥智能语音产业集群"));
  CHECK(r.fact("白杨材料有限公司", Relation::memberOf, "合肥智能语音产业集群"));
  // Being its strength states no membership; the firm is only guessed a member because the
  // text is about this one cluster (a low-confidence rule of its own).
  CHECK(r.rule_of("红枫声学有限公司", Relation::memberOf, "合肥智能语音产业集群") == "member-article-cluster");
  // The subject of the sentence, named before a place: the leading firm of the cluster.
  const auto r2 =
      extract_text("淮安金卓储能技术集团有限公司总部位于天津市蓟州区，是天津市数据交易产业集群的龙头企业。");
  INFO(r2.dump());
  CHECK(r2.fact("淮安金卓储能技术集团有限公司", Relation::memberOf, "天津数据交易产业集群"));
}

TEST_CASE("organs opening a sentence found the fund they set up") {
  const auto r = extract_text("株洲市委、市政府研究决定，组建株洲星火基金。");
  INFO(r.dump());
  CHECK(r.fact("株洲星火基金", Relation::foundedBy, "株洲市委"));
  CHECK(r.fact("株洲星火基金", Relation::foundedBy, "株洲市人民政府"));
  CHECK(r.fact("株洲星火基金", Relation::locatedIn, "株洲市"));
}

TEST_CASE("companies are where a verb of location puts them - else in their name's place") {
  const auto r = extract_text("云帆科技是一家传感器企业，落户在苏州工业园区。昆山青松精密有限公司在昆山扩产。");
  INFO(r.dump());
  CHECK(r.fact("云帆科技", Relation::locatedIn, "苏州工业园区"));
  CHECK(r.fact("昆山青松精密有限公司", Relation::locatedIn, "昆山市"));
  // A known company gets no place from the lexicon.
  CHECK(extract_text("比亚迪发布新车。").facts(Relation::locatedIn) == 0);
}

TEST_CASE("zones are part of the place in their name - or of the place of 位于…的") {
  const auto r = extract_text("位于江苏省常州市武进区的星河小镇发展迅速。南通经济技术开发区扩区。");
  INFO(r.dump());
  CHECK(r.fact("星河小镇", Relation::partOf, "武进区"));
  CHECK(r.fact("南通经济技术开发区", Relation::partOf, "南通市"));
}

TEST_CASE("a cluster's layout places it - 由X牵头 以X为核心 布局在X") {
  const auto r = extract_text(
      "广西壮族自治区印发方案。新能源汽车产业集群由柳州市牵头。装备制造产业集群以玉林市为核心。电子信息产业集群重点布局"
      "北海市和钦州市。高端化工产业集群由烟台市和淄博市共同牵头。");
  INFO(r.dump());
  CHECK(r.fact("广西新能源汽车产业集群", Relation::locatedIn, "柳州市"));
  CHECK(r.fact("广西装备制造产业集群", Relation::locatedIn, "玉林市"));
  CHECK(r.fact("广西电子信息产业集群", Relation::locatedIn, "北海市"));
  CHECK(r.fact("广西电子信息产业集群", Relation::locatedIn, "钦州市"));
  CHECK_FALSE(r.fact("广西新能源汽车产业集群", Relation::locatedIn, "玉林市"));
}

TEST_CASE("where a project is built - and the sum that builds it later in the sentence") {
  const auto r = extract_text("讯远光电股份有限公司计划投资25亿元，在鄠邑区建设光模块制造基地项目。");
  INFO(r.dump());
  CHECK(r.fact("光模块制造基地项目", Relation::locatedIn, "鄠邑区"));
  CHECK(r.fact("讯远光电股份有限公司", Relation::locatedIn, "鄠邑区"));
  CHECK(r.value("光模块制造基地项目", Relation::investment, "2500000000"));
}

TEST_CASE("figures after 分别 go to the listed subjects in order") {
  const auto r =
      extract_text("四川省提出，到2027年，全省电子信息产业集群和装备制造产业集群营业收入分别突破2万亿元、1万亿元。");
  INFO(r.dump());
  CHECK(r.value("四川电子信息产业集群", Relation::targetScale, "2000000000000", 2027));
  CHECK(r.value("四川装备制造产业集群", Relation::targetScale, "1000000000000", 2027));
  CHECK_FALSE(r.value("四川装备制造产业集群", Relation::targetScale, "2000000000000"));
}

TEST_CASE("founders named before 发起的X - members gathered by a cluster of a many-cluster text") {
  const auto r = extract_text(
      "由高新区管委会与青枫投资控股有限公司联合发起的星河光子产业投资基金亮相。吉林汽车产业集群规模扩大。通化医药健康产"
      "业集群"
      "集聚青松药业、白杨制药等药企180余家。");
  INFO(r.dump());
  CHECK(r.fact("星河光子产业投资基金", Relation::foundedBy, "青枫投资控股有限公司"));
  CHECK(r.fact("青松药业", Relation::memberOf, "通化医药健康产业集群"));
  CHECK(r.fact("白杨制药", Relation::memberOf, "通化医药健康产业集群"));
  CHECK_FALSE(r.fact("青松药业", Relation::memberOf, "吉林汽车产业集群"));
}

TEST_CASE("sectors inside a fund's or project's name - 母基金 refers to the fund") {
  const auto r =
      extract_text("合肥市新能源汽车产业母基金揭牌，总规模200亿元。母基金将重点投向动力电池和汽车芯片等领域。");
  INFO(r.dump());
  CHECK(r.fact("合肥市新能源汽车产业母基金", Relation::inSector, "新能源汽车"));
  CHECK(r.fact("合肥市新能源汽车产业母基金", Relation::inSector, "动力电池"));
}

TEST_CASE("an industry's scale goes to the article's one cluster of that sector - 茶企 are firms") {
  const auto r = extract_text(
      "2024年，安溪乌龙茶产业集群全产业链产值达到392亿元，集聚茶企2800余家。安溪县委书记表示，力争到2027年乌龙茶产业全"
      "产业链"
      "产值突破500亿元。");
  INFO(r.dump());
  CHECK(r.value("安溪乌龙茶产业集群", Relation::targetScale, "50000000000", 2027));
  CHECK(r.value("安溪乌龙茶产业集群", Relation::enterpriseCount, "2800"));
}

TEST_CASE("members named in a sentence opening 在这一集群中 - funds founded by 出资 - signers of an agreement") {
  const auto r = extract_text(
      "合肥市人民政府、常州市人民政府共同签署《长三角新能源汽车产业链协同发展合作协议》，携手打造长三角新能源汽车产业集"
      "群。"
      "在这一集群中，安徽星启新能源汽车股份有限公司是链主企业。广东芯链产业发展基金由广东省财政厅出资引导设立，总规模20"
      "0亿元。");
  INFO(r.dump());
  CHECK(r.fact("安徽星启新能源汽车股份有限公司", Relation::memberOf, "长三角新能源汽车产业集群"));
  CHECK(r.fact("广东芯链产业发展基金", Relation::foundedBy, "广东省财政厅"));
  CHECK(r.has(EntityType::Policy, "长三角新能源汽车产业链协同发展合作协议"));
  CHECK(r.fact("长三角新能源汽车产业链协同发展合作协议", Relation::issuedBy, "合肥市人民政府"));
  CHECK(r.fact("长三角新能源汽车产业链协同发展合作协议", Relation::issuedBy, "常州市人民政府"));
}

TEST_CASE("a count of firms above size when it is the only one - firms named as a cluster's leading firms") {
  const auto r = extract_text(
      "2023年，赣州稀土新材料产业集群实现营业收入1012亿元，集群内规模以上企业达到318家。集群骨干企业赣州鑫远科技股份有"
      "限公司扩产。");
  INFO(r.dump());
  CHECK(r.value("赣州稀土新材料产业集群", Relation::enterpriseCount, "318"));
  CHECK(r.fact("赣州鑫远科技股份有限公司", Relation::memberOf, "赣州稀土新材料产业集群"));
  // With a count of all firms, the one above size is not taken.
  const auto r2 = extract_text("南县小龙虾产业集群聚集企业420余家，其中规模以上加工企业31家。");
  CHECK(r2.value("南县小龙虾产业集群", Relation::enterpriseCount, "420"));
  CHECK_FALSE(r2.value("南县小龙虾产业集群", Relation::enterpriseCount, "31"));
}

TEST_CASE("founders before 发起设立的X - members stated as 都是集群成员") {
  const auto r = extract_text(
      "2024年，宜昌新能源电池材料产业集群实现产值620亿元，华锂新材料股份有限公司、楚源磷化有限公司均是集群成员企业。"
      "宜昌市人民政府发起设立的宜昌长江新能源产业投资基金对该项目投资8亿元。");
  INFO(r.dump());
  CHECK(r.fact("华锂新材料股份有限公司", Relation::memberOf, "宜昌新能源电池材料产业集群"));
  CHECK(r.fact("楚源磷化有限公司", Relation::memberOf, "宜昌新能源电池材料产业集群"));
  CHECK(r.fact("宜昌长江新能源产业投资基金", Relation::foundedBy, "宜昌市人民政府"));
}

TEST_CASE("a size class after 迈上 with 力争在 a year is a target of that year") {
  const auto r = extract_text("宜昌新能源电池材料产业集群产值620亿元。按照规划，该集群力争在2026年迈上千亿级台阶。");
  INFO(r.dump());
  CHECK(r.value("宜昌新能源电池材料产业集群", Relation::targetScale, "100000000000", 2026));
}

TEST_CASE("an article about one located cluster makes the firms it presents members - not with two clusters") {
  const auto r = extract_text(
      "梧州市六堡茶产业集群去年产值达到48亿元。茶业龙头梧州青山茶业有限公司今年新建两条生产线，苍梧县松岭茶叶有限公司"
      "则扩大了窖藏规模。梧州市茶产业投资有限公司为两家企业提供贷款贴息。");
  INFO(r.dump());
  CHECK(r.rule_of("梧州青山茶业有限公司", Relation::memberOf, "梧州市六堡茶产业集群") == "member-article-cluster");
  CHECK(r.fact("苍梧县松岭茶叶有限公司", Relation::memberOf, "梧州市六堡茶产业集群"));
  // An investment firm is not taken for a member.
  CHECK_FALSE(r.fact("梧州市茶产业投资有限公司", Relation::memberOf, "梧州市六堡茶产业集群"));
  // Two clusters: which one a firm belongs to is not guessed.
  const auto r2 =
      extract_text("梧州市六堡茶产业集群和梧州市再生资源产业集群同日发布年报。梧州青山茶业有限公司新建两条生产线。");
  INFO(r2.dump());
  CHECK(r2.facts(Relation::memberOf) == 0);
}

TEST_CASE("the firm that builds a project named after a product is in that product's sector") {
  const auto r = extract_text(
      "钦江新材料有限公司投资30亿元建设年产20万吨锂电池电解液项目，预计明年投产。滨港物流有限公司与园区签订了合作协议"
      "。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Sector, "锂电池电解液"));
  CHECK(r.fact("年产20万吨锂电池电解液项目", Relation::inSector, "锂电池电解液"));
  CHECK(r.rule_of("钦江新材料有限公司", Relation::inSector, "锂电池电解液") == "company-project-sector");
  CHECK_FALSE(r.fact("滨港物流有限公司", Relation::inSector, "锂电池电解液"));
}

TEST_CASE("products listed after a firm's verb of focus are its sectors - a list that runs into a phrase is not") {
  const auto r = extract_text(
      "岷江商用车有限公司专注纯电动客车和城市物流车，蜀南整车有限公司主攻乘用车。"
      "川江动力有限公司专注提升企业的管理水平和服务能力。");
  INFO(r.dump());
  CHECK(r.fact("岷江商用车有限公司", Relation::inSector, "纯电动客车"));
  CHECK(r.fact("岷江商用车有限公司", Relation::inSector, "城市物流车"));
  CHECK(r.fact("蜀南整车有限公司", Relation::inSector, "乘用车"));
  CHECK_FALSE(r.any("提升企业"));
  CHECK(r.count(EntityType::Sector) == 3);
}

TEST_CASE("a zone that gathers firms of listed sectors is in each - a later clause with its own subject is not") {
  const auto r = extract_text(
      "赣江经济技术开发区已集聚稀土永磁及驱动电机企业86家，吉安市则主攻通信终端和印制电路板。漯河市重点发展肉制品、休闲"
      "食品和"
      "预制菜三大板块。");
  INFO(r.dump());
  CHECK(r.fact("赣江经济技术开发区", Relation::inSector, "稀土永磁"));
  CHECK(r.fact("赣江经济技术开发区", Relation::inSector, "驱动电机"));
  CHECK_FALSE(r.fact("赣江经济技术开发区", Relation::inSector, "通信终端"));
  CHECK(r.has(EntityType::Sector, "印制电路板"));
  CHECK(r.has(EntityType::Sector, "预制菜"));
  CHECK_FALSE(r.any("预制菜三大板块"));
}

TEST_CASE(
    "a project of an item about one zone is in that zone - a cluster named after a chain of places is in the last") {
  const auto r = extract_text(
      "东江经济技术开发区今天集中签约项目6个。东江经济技术开发区管委会主任介绍，园区将加快配套建设。锐晶科技有限公司投"
      "资12亿元"
      "建设年产5万吨高纯石英砂项目。东江经济技术开发区今年已引进企业40家。");
  INFO(r.dump());
  CHECK(r.rule_of("年产5万吨高纯石英砂项目", Relation::locatedIn, "东江经济技术开发区") == "project-item-zone");
  const auto r2 = extract_text("内蒙古自治区鄂尔多斯市东胜区羊绒服装产业集群入选名单。");
  INFO(r2.dump());
  CHECK(r2.fact("内蒙古自治区鄂尔多斯市东胜区羊绒服装产业集群", Relation::locatedIn, "东胜区"));
  CHECK_FALSE(r2.fact("内蒙古自治区鄂尔多斯市东胜区羊绒服装产业集群", Relation::locatedIn, "鄂尔多斯市"));
  CHECK_FALSE(r2.fact("内蒙古自治区鄂尔多斯市东胜区羊绒服装产业集群", Relation::locatedIn, "内蒙古自治区"));
}

TEST_CASE("leading firms listed after the one cluster of their sentence are its members") {
  const auto r = extract_text(
      "一是巩固优势集群。做强徐州工程机械产业集群，支持徐工机械、徐州重型机械有限公司等链主企业加快转型。推动常州新能源"
      "产业集群扩大规模。");
  INFO(r.dump());
  CHECK(r.fact("徐工机械", Relation::memberOf, "徐州工程机械产业集群"));
  CHECK(r.fact("徐州重型机械有限公司", Relation::memberOf, "徐州工程机械产业集群"));
  CHECK_FALSE(r.fact("徐工机械", Relation::memberOf, "常州新能源产业集群"));
}

TEST_CASE("a count stated of a cluster's firms - founders joined by 共同 or 共建 - founders of the clause") {
  const auto r = extract_text(
      "2024年，烟台绿色石化产业集群实现营业收入2100亿元，规上企业达640家。由烟台市财政局和烟台国丰投资控股集团有限公司"
      "共同"
      "出资的烟台石化产业基金首期规模20亿元。烟台市人民政府与烟台大学在开发区内共建的烟台化工新材料研究院揭牌。为支持集"
      "群"
      "发展，烟台市工业和信息化局出资设立烟台石化创新基金。");
  INFO(r.dump());
  CHECK(r.value("烟台绿色石化产业集群", Relation::enterpriseCount, "640"));
  CHECK(r.fact("烟台石化产业基金", Relation::foundedBy, "烟台市财政局"));
  CHECK(r.fact("烟台石化产业基金", Relation::foundedBy, "烟台国丰投资控股集团有限公司"));
  CHECK(r.fact("烟台化工新材料研究院", Relation::foundedBy, "烟台市人民政府"));
  CHECK(r.fact("烟台化工新材料研究院", Relation::foundedBy, "烟台大学"));
  CHECK(r.fact("烟台石化创新基金", Relation::foundedBy, "烟台市工业和信息化局"));
}

TEST_CASE("venues after 于 or before a town - a national meeting and a congress's session are events") {
  const auto r = extract_text(
      "2025中国（永康）五金文化节在浙江省金华市永康市芝英镇开幕。在5月8日于衢州市柯城区举行的2025衢州氟硅产业对接会上，"
      "12家企业签约。6月2日，工业和信息化部在北京召开全国中小企业特色产业集群发展工作推进会。在杭州召开的浙江省制造业重"
      "点"
      "产业集群推进大会上，多地作了交流。2024义乌小商品博览会于10月21日在义乌市举行。");
  INFO(r.dump());
  CHECK(r.fact("2025中国(永康)五金文化节", Relation::heldIn, "永康市"));
  CHECK(r.fact("2025衢州氟硅产业对接会", Relation::heldIn, "柯城区"));
  CHECK(r.fact("全国中小企业特色产业集群发展工作推进会", Relation::heldIn, "北京市"));
  CHECK(r.fact("浙江省制造业重点产业集群推进大会", Relation::heldIn, "杭州市"));
  CHECK(r.fact("2024义乌小商品博览会", Relation::heldIn, "义乌市"));
}

TEST_CASE("firms a zone has brought in are in the zone - a firm that funds a project is not where the project lands") {
  const auto r = extract_text(
      "红寺堡风电装备产业园已引进金风科技、宁夏塞上风电叶片有限公司等整机及配套企业14家。华芯智能终端产业园项目，由宜宾"
      "华芯"
      "智造科技有限公司投资62亿元，落户叙州区。");
  INFO(r.dump());
  CHECK(r.rule_of("宁夏塞上风电叶片有限公司", Relation::locatedIn, "红寺堡风电装备产业园") == "zone-gathers-firms");
  CHECK(r.fact("金风科技", Relation::locatedIn, "红寺堡风电装备产业园"));
  CHECK_FALSE(r.fact("宜宾华芯智造科技有限公司", Relation::locatedIn, "叙州区"));
}

TEST_CASE("founders of an institute built together - and no founders of a cluster built together") {
  const auto r = extract_text(
      "由浙江海洋大学与舟山市人民政府共建的舟山船舶与海洋工程研究院攻克关键技术27项。宁海县人民政府与宁波大学共建的宁海"
      "模具"
      "产业创新服务综合体已帮助企业解决难题60余项。甘肃省工业和信息化厅、青海省工业和信息化厅共建西北光伏产业集群。");
  INFO(r.dump());
  CHECK(r.fact("舟山船舶与海洋工程研究院", Relation::foundedBy, "浙江海洋大学"));
  CHECK(r.fact("舟山船舶与海洋工程研究院", Relation::foundedBy, "舟山市人民政府"));
  CHECK(r.fact("宁海模具产业创新服务综合体", Relation::foundedBy, "宁波大学"));
  CHECK(r.facts(Relation::foundedBy) == 4);
}

TEST_CASE("a firm placed by a zone with its short name - by an opening place clause - by a sum built in a zone") {
  const auto r = extract_text(
      "位于保定国家高新技术产业开发区(以下简称保定高新区)的保定天威电气股份有限公司今年交付变压器23台;在竞秀区,"
      "河北冀电智能"
      "装备有限公司扩大产能。海南鲜锐食品有限公司在海口综合保税区投资5.8亿元建设的进口牛肉精深加工项目已封顶。");
  INFO(r.dump());
  CHECK(r.fact("保定天威电气股份有限公司", Relation::locatedIn, "保定国家高新技术产业开发区"));
  CHECK(r.fact("河北冀电智能装备有限公司", Relation::locatedIn, "竞秀区"));
  CHECK(r.fact("海南鲜锐食品有限公司", Relation::locatedIn, "海口综合保税区"));
  CHECK(r.fact("进口牛肉精深加工项目", Relation::locatedIn, "海口综合保税区"));
}

TEST_CASE("a figure of 集群 in a sentence without a cluster is the latest cluster's - not the fund's before it") {
  const auto r = extract_text(
      "2024年，滨海新区信创产业集群营收2160亿元。滨海新区信创产业发展基金首期规模30亿元。新区将深化合作，到2027年力争集"
      "群"
      "产业规模突破3000亿元。");
  INFO(r.dump());
  CHECK(r.value("滨海新区信创产业集群", Relation::targetScale, "300000000000", 2027));
  CHECK_FALSE(r.value("滨海新区信创产业发展基金", Relation::targetScale, "300000000000"));
}

TEST_CASE("a heading's target year governs the numbered list under it") {
  const auto r = extract_text(
      "《实施意见》明确，到2027年，重点产业集群营业收入分别达到以下目标：\n1.南昌电子信息产业集群，突破5000亿元；\n"
      "2.鹰潭铜基新材料产业集群，达到3000亿元。\n2024年，南昌电子信息产业集群营业收入3600亿元。");
  INFO(r.dump());
  CHECK(r.value("南昌电子信息产业集群", Relation::targetScale, "500000000000", 2027));
  CHECK(r.value("鹰潭铜基新材料产业集群", Relation::targetScale, "300000000000", 2027));
  CHECK(r.value("南昌电子信息产业集群", Relation::currentScale, "360000000000"));
  CHECK_FALSE(r.value("鹰潭铜基新材料产业集群", Relation::currentScale, "300000000000"));
}

TEST_CASE(
    "firms listed under a heading about a cluster's leading firms are members - issuers after 由 in the policy's "
    "sentence") {
  const auto r = extract_text(
      "江苏省无锡市集成电路产业集群入选名单。无锡集成电路产业集群去年规模2380亿元。集群首批链主和骨干企业名录共3家：\n"
      "1.华润微电子有限公司，主攻功率半导体；\n2.无锡芯澜微电子有限公司，专注射频芯片。\n"
      "临沂依据《临沂市市级产业集群认定管理办法》开展认定，该办法由临沂市工业和信息化局、临沂市财政局联合印发。");
  INFO(r.dump());
  CHECK(r.rule_of("华润微电子有限公司", Relation::memberOf, "江苏无锡集成电路产业集群") == "member-listed");
  CHECK(r.fact("无锡芯澜微电子有限公司", Relation::memberOf, "江苏无锡集成电路产业集群"));
  CHECK(r.fact("临沂市市级产业集群认定管理办法", Relation::issuedBy, "临沂市工业和信息化局"));
  CHECK(r.fact("临沂市市级产业集群认定管理办法", Relation::issuedBy, "临沂市财政局"));
}

TEST_CASE("firms of a sector counted for a city go to that sector's one cluster - founders before a size") {
  const auto r = extract_text(
      "金昌有色金属新材料产业集群加快发展。据统计，全市有色金属新材料相关企业已达86家。"
      "丹阳市人民政府印发行动计划，并由丹阳市财政局牵头设立规模5亿元的丹阳眼镜产业转型升级基金。");
  INFO(r.dump());
  CHECK(r.value("金昌有色金属新材料产业集群", Relation::enterpriseCount, "86"));
  CHECK(r.fact("丹阳眼镜产业转型升级基金", Relation::foundedBy, "丹阳市财政局"));
}

TEST_CASE("founders before a date - an alliance referred to by 该联盟 - leading firms under a heading cluster") {
  const auto r = extract_text(
      "洪都航空产业基金由江西省人民政府于2022年发起设立。\n"
      "芜湖储能产业创新联盟昨日揭牌。该联盟由芜湖储能产业集群内的安徽澜锋储能科技有限公司、芜湖启辰电池有限公司等"
      "20家企业，联合安徽工程大学、芜湖职业技术学院等4所院校共同发起。\n"
      "一是青岛智能家电产业集群。发挥海尔等链主企业带动作用，到2027年营收达到4000亿元。\n"
      "二是烟台高端化工产业集群。推动万华化学等龙头企业向新材料延伸。");
  INFO(r.dump());
  CHECK(r.fact("洪都航空产业基金", Relation::foundedBy, "江西省人民政府"));
  CHECK(r.fact("芜湖储能产业创新联盟", Relation::foundedBy, "安徽澜锋储能科技有限公司"));
  CHECK(r.fact("芜湖储能产业创新联盟", Relation::foundedBy, "芜湖启辰电池有限公司"));
  CHECK(r.fact("芜湖储能产业创新联盟", Relation::foundedBy, "安徽工程大学"));
  CHECK(r.fact("芜湖储能产业创新联盟", Relation::foundedBy, "芜湖职业技术学院"));
  CHECK(r.fact("海尔", Relation::memberOf, "青岛智能家电产业集群"));
  CHECK(r.fact("万华化学", Relation::memberOf, "烟台高端化工产业集群"));
  CHECK_FALSE(r.fact("万华化学", Relation::memberOf, "青岛智能家电产业集群"));
}

TEST_CASE("firms inside a cluster are members - colleges that join them to found an alliance are not") {
  const auto r = extract_text(
      "芜湖储能产业创新联盟揭牌。该联盟由芜湖储能产业集群内的安徽澜锋储能科技有限公司、芜湖启辰电池有限公司等"
      "20家企业，联合安徽工程大学、芜湖职业技术学院等4所高校院所共同发起。");
  INFO(r.dump());
  CHECK(r.fact("安徽澜锋储能科技有限公司", Relation::memberOf, "芜湖储能产业集群"));
  CHECK(r.fact("芜湖储能产业创新联盟", Relation::foundedBy, "安徽工程大学"));
  CHECK_FALSE(r.fact("安徽工程大学", Relation::memberOf, "芜湖储能产业集群"));
}

TEST_CASE("a count's change and a part of it are no counts - a numbered item's cluster gets its count") {
  const auto r = extract_text(
      "河池有色金属产业集群拥有规模以上工业企业137家，比上年增加15家。\n"
      "（一）柳州汽车零部件产业集群。目前已集聚规上企业410家，到2027年规模超过3000亿元。\n"
      "（二）桂林电子信息产业集群。集群内规上企业290家，其中为整车厂配套的企业超过100家。");
  INFO(r.dump());
  CHECK(r.value("河池有色金属产业集群", Relation::enterpriseCount, "137"));
  CHECK_FALSE(r.value("河池有色金属产业集群", Relation::enterpriseCount, "15"));
  CHECK(r.value("柳州汽车零部件产业集群", Relation::enterpriseCount, "410"));
  CHECK(r.value("桂林电子信息产业集群", Relation::enterpriseCount, "290"));
  CHECK_FALSE(r.value("桂林电子信息产业集群", Relation::enterpriseCount, "100"));
}

TEST_CASE("an event named after its city is held there unless a venue is stated or it is a press conference") {
  const auto r = extract_text(
      "2025泉州国际鞋服产业博览会将于下月开幕。第三届绵阳科技城产业大会在游仙区举行。"
      "贵州省召开毕节专场新闻发布会。");
  INFO(r.dump());
  CHECK(r.rule_of("2025泉州国际鞋服产业博览会", Relation::heldIn, "泉州市") == "event-name-place");
  CHECK(r.fact("第三届绵阳科技城产业大会", Relation::heldIn, "游仙区"));
  CHECK_FALSE(r.fact("第三届绵阳科技城产业大会", Relation::heldIn, "绵阳市"));
  CHECK_FALSE(r.fact("贵州省召开毕节专场新闻发布会", Relation::heldIn, "毕节市"));
  CHECK_FALSE(r.fact("毕节专场新闻发布会", Relation::heldIn, "毕节市"));
}

TEST_CASE("a chain leader named with 以…为链主 or before a comma after 作为 is a member - 核心企业 too") {
  const auto r = extract_text(
      "芜湖新能源汽车产业集群加快发展，以奇瑞汽车为链主，带动配套企业集聚。\n"
      "作为合肥智能家电产业集群链主企业，美的集团近三年带动落地配套项目30余个。\n"
      "宁波四维光学科技有限公司是宁波光学电子产业集群的核心企业。");
  INFO(r.dump());
  CHECK(r.rule_of("奇瑞", Relation::memberOf, "芜湖新能源汽车产业集群") == "member-leader");
  CHECK(r.rule_of("美的", Relation::memberOf, "合肥智能家电产业集群") == "member-leading-firm");
  CHECK(r.fact("宁波四维光学科技有限公司", Relation::memberOf, "宁波光学电子产业集群"));
}

TEST_CASE("the sum a firm invests to build a project is the project's investment") {
  const auto r = extract_text("赣州云帆包装材料有限公司投资9.5亿元建设的赣南高端纸箱生产线项目已在南康区投产。");
  INFO(r.dump());
  CHECK(r.value("赣南高端纸箱生产线项目", Relation::investment, "950000000"));
}

TEST_CASE("a count of sized firms of a sector goes to that sector's one cluster") {
  const auto r = extract_text("台州汽车零部件产业集群加快壮大。据统计，全市汽车零部件规上企业1180家。");
  INFO(r.dump());
  CHECK(r.value("台州汽车零部件产业集群", Relation::enterpriseCount, "1180"));
}

TEST_CASE("a fund co-founds a fund - a signing's total belongs to no project unless one follows it") {
  const auto r = extract_text(
      "由南平市国有资产投资集团有限公司与福建省政府投资基金共同出资的南平竹产业投资基金正式设立。"
      "推进会上共签约项目9个，总投资215亿元。全年新签约项目27个，总投资120亿元的建瓯竹材精深加工项目开工。");
  INFO(r.dump());
  CHECK(r.fact("南平竹产业投资基金", Relation::foundedBy, "南平市国有资产投资集团有限公司"));
  CHECK(r.fact("南平竹产业投资基金", Relation::foundedBy, "福建省政府投资基金"));
  CHECK_FALSE(r.value("南平竹产业投资基金", Relation::investment, "21500000000"));
  CHECK(r.value("建瓯竹材精深加工项目", Relation::investment, "12000000000"));
}

TEST_CASE("a zone's leading lines after 以 or a count of leading industries are its sectors") {
  const auto r = extract_text(
      "漯河经济技术开发区以休闲食品为主导产业。西安高新技术产业开发区已形成集成电路、生物医药两大主导产业。");
  INFO(r.dump());
  CHECK(r.fact("漯河经济技术开发区", Relation::inSector, "休闲食品"));
  CHECK(r.fact("西安高新技术产业开发区", Relation::inSector, "集成电路"));
  CHECK(r.fact("西安高新技术产业开发区", Relation::inSector, "生物医药"));
}

TEST_CASE("a firm's products after a clause on where it is - a product line the firm adds") {
  const auto r = extract_text(
      "澳芯半导体材料有限公司位于珠海高新区，主要生产光刻胶。"
      "集群配套企业川南锂能材料有限公司位于叙州区，今年新上两条磷酸铁锂产线。");
  INFO(r.dump());
  CHECK(r.fact("澳芯半导体材料有限公司", Relation::inSector, "光刻胶"));
  CHECK(r.rule_of("川南锂能材料有限公司", Relation::inSector, "磷酸铁锂") == "company-line");
}

TEST_CASE("a cluster's lines after 重点发展 or 涵盖 in a clause of its own sentence") {
  const auto r = extract_text(
      "依托湘江新区建设长沙人工智能产业集群，重点发展算力服务、工业软件和智能网联汽车。"
      "慈溪家电产业集群涵盖小家电、厨房电器、电动工具等多个门类。");
  INFO(r.dump());
  CHECK(r.fact("长沙人工智能产业集群", Relation::inSector, "工业软件"));
  CHECK(r.fact("长沙人工智能产业集群", Relation::inSector, "智能网联汽车"));
  CHECK(r.fact("慈溪家电产业集群", Relation::inSector, "电动工具"));
}

TEST_CASE("a firm named after a word for a firm of a sector is in it - and so are the firms listed with it") {
  const auto r = extract_text(
      "落户巢湖市的工业机器人企业翼鸿智能科技有限公司今年交付800台。"
      "园区引进医疗器械企业康衡医疗科技有限公司、启瑞医疗器械有限公司和滨湖生物科技有限公司。"
      "专注盾构机研发制造的云泽重工有限公司落户经开区。"
      "湖畔物流有限公司负责园区配送。");
  INFO(r.dump());
  CHECK(r.rule_of("翼鸿智能科技有限公司", Relation::inSector, "工业机器人") == "company-kind");
  CHECK(r.fact("康衡医疗科技有限公司", Relation::inSector, "医疗器械"));
  CHECK(r.fact("启瑞医疗器械有限公司", Relation::inSector, "医疗器械"));
  CHECK(r.fact("滨湖生物科技有限公司", Relation::inSector, "医疗器械"));
  CHECK(r.rule_of("云泽重工有限公司", Relation::inSector, "盾构机") == "company-product");
  CHECK_FALSE(r.fact("湖畔物流有限公司", Relation::inSector, "医疗器械"));
}

TEST_CASE("the firms of an item on an industrial chain are in its sector - up to the next chain") {
  const auto r = extract_text(
      "1.智能家居产业链：江城智能科技有限公司、楚天电器有限公司。\n"
      "2.工程机械产业链:副市长某某任链长,链主企业为汉阳重工机械有限公司。\n"
      "光伏产业链的链主企业为东湖光能有限公司，动力电池产业链的链主企业为沌口储能科技有限公司。");
  INFO(r.dump());
  CHECK(r.rule_of("江城智能科技有限公司", Relation::inSector, "智能家居") == "company-chain");
  CHECK(r.fact("楚天电器有限公司", Relation::inSector, "智能家居"));
  CHECK(r.fact("汉阳重工机械有限公司", Relation::inSector, "工程机械"));
  CHECK(r.fact("东湖光能有限公司", Relation::inSector, "光伏"));
  CHECK(r.fact("沌口储能科技有限公司", Relation::inSector, "动力电池"));
  CHECK_FALSE(r.fact("东湖光能有限公司", Relation::inSector, "动力电池"));
  CHECK_FALSE(r.fact("沌口储能科技有限公司", Relation::inSector, "光伏"));
}

TEST_CASE("firms listed right after a cluster and 内的 are its members - not of a cluster named later") {
  const auto r = extract_text(
      "支持湘江工程机械产业集群内的岳麓重工有限公司、麓谷机械有限公司和星沙智能装备有限公司等链主企业牵头组建"
      "促进机构，推动株洲轨道交通装备产业集群骨干企业株洲时代轨道车辆有限公司发挥引领作用。"
      "合肥高新区量子信息产业集群龙头企业量启计算科技有限公司、国盾通信技术有限公司加快突破。");
  INFO(r.dump());
  CHECK(r.fact("岳麓重工有限公司", Relation::memberOf, "湘江工程机械产业集群"));
  CHECK(r.fact("麓谷机械有限公司", Relation::memberOf, "湘江工程机械产业集群"));
  CHECK(r.fact("星沙智能装备有限公司", Relation::memberOf, "湘江工程机械产业集群"));
  CHECK_FALSE(r.fact("岳麓重工有限公司", Relation::memberOf, "株洲轨道交通装备产业集群"));
  CHECK(r.fact("株洲时代轨道车辆有限公司", Relation::memberOf, "株洲轨道交通装备产业集群"));
  CHECK(r.fact("量启计算科技有限公司", Relation::memberOf, "合肥高新区量子信息产业集群"));
  CHECK(r.fact("国盾通信技术有限公司", Relation::memberOf, "合肥高新区量子信息产业集群"));
}

TEST_CASE("every organ listed with the one that issues a policy issues it too") {
  const auto r = extract_text(
      "会上，福建省发展和改革委员会与宁夏回族自治区发展和改革委员会联合印发《闽宁产业协作行动计划》。"
      "北京市科学技术委员会、天津市科学技术局和河北省科学技术厅在会上联合发布《京津冀仪器共享方案》。");
  INFO(r.dump());
  CHECK(r.fact("闽宁产业协作行动计划", Relation::issuedBy, "福建省发展和改革委员会"));
  CHECK(r.fact("闽宁产业协作行动计划", Relation::issuedBy, "宁夏回族自治区发展和改革委员会"));
  CHECK(r.fact("京津冀仪器共享方案", Relation::issuedBy, "北京市科学技术委员会"));
  CHECK(r.fact("京津冀仪器共享方案", Relation::issuedBy, "天津市科学技术局"));
  CHECK(r.fact("京津冀仪器共享方案", Relation::issuedBy, "河北省科学技术厅"));
  CHECK_FALSE(r.fact("闽宁产业协作行动计划", Relation::issuedBy, "北京市科学技术委员会"));
}

TEST_CASE("the firm that leads before 牵头 and 联合 founds the alliance with the list after it") {
  const auto r = extract_text(
      "保定天威保变电气股份有限公司主攻特高压变压器。同日，由天威保变牵头，联合华北电力大学等32家单位组建的"
      "保定输变电装备产业创新联盟揭牌成立。");
  INFO(r.dump());
  CHECK(r.fact("保定输变电装备产业创新联盟", Relation::foundedBy, "保定天威保变电气股份有限公司"));
  CHECK(r.fact("保定输变电装备产业创新联盟", Relation::foundedBy, "华北电力大学"));
}

TEST_CASE("a zone named as the vehicle of a place's industries is in each of them - the place's other zone is not") {
  const auto r = extract_text(
      "按照方案，宜宾市将以临港高新区为主要承载地，重点发展集成电路、新型显示和软件服务；"
      "中牟县依托雁鸣汽车产业园，重点发展汽车零部件。宜宾临港经济开发区去年营收增长一成。");
  INFO(r.dump());
  CHECK(r.rule_of("临港高新区", Relation::inSector, "集成电路") == "zone-vehicle-sector");
  CHECK(r.fact("临港高新区", Relation::inSector, "新型显示"));
  CHECK(r.fact("临港高新区", Relation::inSector, "软件服务"));
  CHECK(r.fact("雁鸣汽车产业园", Relation::inSector, "汽车零部件"));
  CHECK_FALSE(r.fact("宜宾临港经济开发区", Relation::inSector, "集成电路"));
  CHECK_FALSE(r.fact("雁鸣汽车产业园", Relation::inSector, "集成电路"));
}

TEST_CASE("the lines a cluster is known for are its sectors - before its name or after 以") {
  const auto r = extract_text(
      "唐山高新区已形成以焊接机器人、特种机器人为特色的唐山机器人产业集群。"
      "武汉集成电路产业集群以存储芯片见长，排名第四。");
  INFO(r.dump());
  CHECK(r.rule_of("唐山机器人产业集群", Relation::inSector, "焊接机器人") == "cluster-known-for");
  CHECK(r.fact("唐山机器人产业集群", Relation::inSector, "特种机器人"));
  CHECK(r.fact("武汉集成电路产业集群", Relation::inSector, "存储芯片"));
  CHECK_FALSE(r.fact("武汉集成电路产业集群", Relation::inSector, "焊接机器人"));
}

TEST_CASE("firms named as a cluster's leaders in its item are members - of that item's cluster only") {
  const auto r = extract_text(
      "首批链主企业覆盖以下集群：\n"
      "1.武汉光电子信息产业集群。以东湖高新区为主阵地，链主企业为长飞光纤光缆股份有限公司、华工科技产业股份有限公司。\n"
      "2.宜昌绿色化工产业集群。链主企业为湖北兴发化工集团股份有限公司，集群重点发展精细磷化工。\n"
      "3.宁波磁性材料产业集群。宁波韵升股份有限公司、宁波科宁达工业有限公司均为集群骨干企业。\n");
  INFO(r.dump());
  CHECK(r.rule_of("长飞光纤光缆股份有限公司", Relation::memberOf, "武汉光电子信息产业集群") == "member-leaders-named");
  CHECK(r.fact("华工科技产业股份有限公司", Relation::memberOf, "武汉光电子信息产业集群"));
  CHECK(r.fact("湖北兴发化工集团股份有限公司", Relation::memberOf, "宜昌绿色化工产业集群"));
  CHECK_FALSE(r.fact("湖北兴发化工集团股份有限公司", Relation::memberOf, "武汉光电子信息产业集群"));
  CHECK(r.fact("宁波韵升股份有限公司", Relation::memberOf, "宁波磁性材料产业集群"));
  CHECK(r.fact("宁波科宁达工业有限公司", Relation::memberOf, "宁波磁性材料产业集群"));
}

TEST_CASE("the organisations between 是 and the verb found the institute - and a fund set up by two after 共同") {
  const auto r = extract_text(
      "成都智能感知研究院是电子科技大学与成都市人民政府于2023年共同发起、落户天府新区的新型研发机构。"
      "由成都高新投资集团有限公司与成都市新都区人民政府共同发起设立成都感知产业基金，目标规模50亿元。");
  INFO(r.dump());
  CHECK(r.rule_of("成都智能感知研究院", Relation::foundedBy, "电子科技大学") == "founded-by-is");
  CHECK(r.fact("成都智能感知研究院", Relation::foundedBy, "成都市人民政府"));
  CHECK(r.fact("成都感知产业基金", Relation::foundedBy, "成都高新投资集团有限公司"));
  CHECK(r.fact("成都感知产业基金", Relation::foundedBy, "成都市新都区人民政府"));
  CHECK_FALSE(r.fact("成都智能感知研究院", Relation::foundedBy, "成都高新投资集团有限公司"));
}

TEST_CASE("a university's proof-of-concept centre keeps the university in its name and is founded by it") {
  const auto r = extract_text("当天，由重庆大学牵头建设的重庆大学智能装备概念验证中心正式揭牌。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Institution, "重庆大学智能装备概念验证中心"));
  CHECK(r.fact("重庆大学智能装备概念验证中心", Relation::foundedBy, "重庆大学"));
}

TEST_CASE("a declared short name that opens with a place is the firm - in its bracket and later") {
  const auto r = extract_text(
      "常州科创成果基金由常州市产业投资控股有限公司（简称“常州产控”）与河海大学共同发起，"
      "由常州产控旗下团队管理。");
  INFO(r.dump());
  CHECK(r.fact("常州科创成果基金", Relation::foundedBy, "常州市产业投资控股有限公司"));
  CHECK(r.fact("常州科创成果基金", Relation::foundedBy, "河海大学"));
  const auto* firm = r.entity(EntityType::Company, "常州市产业投资控股有限公司");
  REQUIRE(firm != nullptr);
  CHECK(firm->mentions.size() == 3);
}

TEST_CASE("firms called the cluster's leaders or put on its list are members") {
  const auto r = extract_text(
      "芜湖机器人产业集群2024年产值达到420亿元。作为集群链主企业，埃夫特智能装备股份有限公司全年交付机器人1.2万台。"
      "芜湖瑞泰精密机械有限公司今年被纳入芜湖机器人产业集群重点培育企业名单。\n"
      "另讯，宁德锂电新能源产业集群规模突破3000亿元。东电化能源科技有限公司、新能时代科技有限公司等集群骨干企业加快扩产"
      "。");
  INFO(r.dump());
  CHECK(r.rule_of("埃夫特智能装备股份有限公司", Relation::memberOf, "芜湖机器人产业集群") == "member-stated");
  CHECK(r.rule_of("芜湖瑞泰精密机械有限公司", Relation::memberOf, "芜湖机器人产业集群") == "member-joined");
  CHECK(r.fact("东电化能源科技有限公司", Relation::memberOf, "宁德锂电新能源产业集群"));
  CHECK(r.fact("新能时代科技有限公司", Relation::memberOf, "宁德锂电新能源产业集群"));
  CHECK_FALSE(r.fact("东电化能源科技有限公司", Relation::memberOf, "芜湖机器人产业集群"));
}

TEST_CASE("a firm's lines before 为主 are its sectors and a chemical park after a new area is one zone") {
  const auto r = extract_text(
      "园区内，内蒙古君正化工有限公司以电石、聚氯乙烯和烧碱为主。"
      "榆林高新区化工园区重点布局农药中间体和医药中间体。湖北省重点化工园区名单同步公布。");
  INFO(r.dump());
  CHECK(r.fact("内蒙古君正化工有限公司", Relation::inSector, "电石"));
  CHECK(r.fact("内蒙古君正化工有限公司", Relation::inSector, "聚氯乙烯"));
  CHECK(r.fact("内蒙古君正化工有限公司", Relation::inSector, "烧碱"));
  CHECK(r.has(EntityType::Zone, "榆林高新区化工园区"));
  CHECK(r.fact("榆林高新区化工园区", Relation::inSector, "农药中间体"));
  CHECK_FALSE(r.any("湖北省重点化工园区"));
}

TEST_CASE("two bodies that jointly 发起 a fund found it - a cluster is not founded that way") {
  const auto r = extract_text(
      "姑苏创新投资集团有限公司与梵净山国有资本运营有限公司共同发起苏黔协作产业发展基金，首期规模6亿元。"
      "昆明市人民政府与贵阳市人民政府共同发起滇黔有色金属产业集群。");
  INFO(r.dump());
  CHECK(r.has(EntityType::IndustrialCluster, "滇黔有色金属产业集群"));
  CHECK_FALSE(r.fact("滇黔有色金属产业集群", Relation::foundedBy, "昆明市人民政府"));
  CHECK(r.fact("苏黔协作产业发展基金", Relation::foundedBy, "姑苏创新投资集团有限公司"));
  CHECK(r.fact("苏黔协作产业发展基金", Relation::foundedBy, "梵净山国有资本运营有限公司"));
}

TEST_CASE("what a firm makes after 生产的 or supplies before 的 is its sector - a place's plan after it is not") {
  const auto r = extract_text(
      "集群龙头企业河南恒碳材料有限公司生产的锂电负极材料已进入头部电池企业供应链。"
      "为整车厂供应动力电池的江苏锂恒动力科技有限公司位于常州。"
      "内蒙古恒昇新材料集团有限公司(简称恒昇新材)的聚烯烃车间里一派繁忙，合作方澜湖石化有限公司也派人到场。"
      "射阳港经济开发区以盐城海缆科技有限公司为龙头，重点发展海底电缆。");
  INFO(r.dump());
  CHECK(r.rule_of("河南恒碳材料有限公司", Relation::inSector, "锂电负极材料") == "company-focus");
  CHECK(r.rule_of("江苏锂恒动力科技有限公司", Relation::inSector, "动力电池") == "company-product");
  CHECK(r.rule_of("内蒙古恒昇新材料集团有限公司", Relation::inSector, "聚烯烃") == "company-line");
  CHECK_FALSE(r.fact("澜湖石化有限公司", Relation::inSector, "聚烯烃"));
  CHECK_FALSE(r.fact("盐城海缆科技有限公司", Relation::inSector, "海底电缆"));
}

TEST_CASE("a zone named after a common-word industry is in it and a mountain's east foot is no province") {
  const auto r = extract_text(
      "洛阳市伊川轴承产业园集聚企业50家。宜兴陶瓷产业园区今年新签项目12个。"
      "宁夏贺兰山东麓葡萄酒产区迎来采摘季。南通海工装备和高技术船舶产业集群规模达到3000亿元。");
  INFO(r.dump());
  CHECK(r.rule_of("伊川轴承产业园", Relation::inSector, "轴承") == "zone-name-sector");
  CHECK(r.fact("宜兴陶瓷产业园区", Relation::inSector, "陶瓷"));
  CHECK_FALSE(r.has(EntityType::Province, "山东省"));
  CHECK(r.fact("南通海工装备和高技术船舶产业集群", Relation::inSector, "高技术船舶"));
  CHECK(r.fact("南通海工装备和高技术船舶产业集群", Relation::inSector, "海洋工程装备"));
}

TEST_CASE("an investor is not in the zone its item is about and a cluster is where 以…为主要承载地 puts it") {
  const auto r = extract_text(
      "宝鸡高新区今年新签约项目23个。该区产业基金由宝鸡高新区管委会联合宝鸡财金投资管理有限公司设立，首期规模5亿元。"
      "区内的宝鸡钛锐新材料有限公司扩建钛合金产线。\n"
      "西安航空产业集群以阎良区和西安航空基地为主要承载地，目前集聚航空相关企业400余家。");
  INFO(r.dump());
  CHECK_FALSE(r.fact("宝鸡财金投资管理有限公司", Relation::locatedIn, "宝鸡高新区"));
  CHECK(r.fact("宝鸡财金投资管理有限公司", Relation::locatedIn, "宝鸡市"));
  CHECK(r.fact("宝鸡钛锐新材料有限公司", Relation::locatedIn, "宝鸡高新区"));
  CHECK(r.rule_of("西安航空产业集群", Relation::locatedIn, "阎良区") == "cluster-layout");
  CHECK(r.fact("西安航空产业集群", Relation::locatedIn, "西安航空基地"));
  CHECK(r.value("西安航空产业集群", Relation::enterpriseCount, "400"));
  CHECK_FALSE(r.value("西安航空基地", Relation::enterpriseCount, "400"));
}

TEST_CASE("a province that only qualifies its cities is not part of the region they form") {
  const auto r = extract_text(
      "长三角的上海市，江苏省南京、苏州，浙江省杭州、宁波，安徽省合肥等城市联合发布清单。"
      "上海大都市圈由上海市和江苏省苏州、无锡、常州、南通，浙江省宁波、湖州、嘉兴、舟山共9座城市组成。"
      "京津冀三地中，北京市、天津市和河北省将共建产业链。");
  INFO(r.dump());
  CHECK_FALSE(r.fact("江苏省", Relation::partOf, "长江三角洲"));
  CHECK_FALSE(r.fact("安徽省", Relation::partOf, "长江三角洲"));
  CHECK_FALSE(r.fact("江苏省", Relation::partOf, "上海大都市圈"));
  CHECK_FALSE(r.fact("浙江省", Relation::partOf, "上海大都市圈"));
  CHECK(r.fact("河北省", Relation::partOf, "京津冀"));
}

TEST_CASE("a holding or a fund manager near an article's one cluster is no member") {
  const auto r = extract_text(
      "广元铝基新材料产业集群去年实现产值412亿元。集群内的广元恒铝新材料有限公司新建再生铝产线，"
      "四川蜀发控股有限责任公司与浙江省产业基金有限公司共同出资支持集群项目。");
  INFO(r.dump());
  CHECK(r.rule_of("广元恒铝新材料有限公司", Relation::memberOf, "广元铝基新材料产业集群") != "");
  CHECK_FALSE(r.fact("四川蜀发控股有限责任公司", Relation::memberOf, "广元铝基新材料产业集群"));
  CHECK_FALSE(r.fact("浙江省产业基金有限公司", Relation::memberOf, "广元铝基新材料产业集群"));
}

TEST_CASE("firms listed before 均位于 or 均在…扎根 all take the place and a described firm after 位于…的 too") {
  const auto r = extract_text(
      "骨干企业闽南澜石化有限公司、漳州腾海芳烃有限公司均位于古雷港经济开发区。"
      "长沙锐工机械股份有限公司和湖南恒岳重工有限公司的总部均位于长沙经济技术开发区。"
      "苏州澜星生物制药有限公司、苏州禾康医药科技有限公司等创新药企业均在苏州工业园区扎根。"
      "位于淄博高新技术产业开发区的先进陶瓷企业淄博中恒精瓷科技有限公司营收增长两成。"
      "在安溪经济开发区，集群配套企业福建茶联智能装备有限公司的车间里正在装箱。");
  INFO(r.dump());
  CHECK(r.fact("闽南澜石化有限公司", Relation::locatedIn, "古雷港经济开发区"));
  CHECK(r.fact("漳州腾海芳烃有限公司", Relation::locatedIn, "古雷港经济开发区"));
  CHECK(r.fact("长沙锐工机械股份有限公司", Relation::locatedIn, "长沙经济技术开发区"));
  CHECK(r.fact("苏州澜星生物制药有限公司", Relation::locatedIn, "苏州工业园区"));
  CHECK(r.fact("苏州禾康医药科技有限公司", Relation::locatedIn, "苏州工业园区"));
  CHECK(r.fact("淄博中恒精瓷科技有限公司", Relation::locatedIn, "淄博高新技术产业开发区"));
  CHECK(r.fact("福建茶联智能装备有限公司", Relation::locatedIn, "安溪经济开发区"));
}

TEST_CASE("the place before the first firm of a list and a district before 企业 place the firm") {
  const auto r = extract_text(
      "总部位于贵阳的黔云物流科技有限公司、贵州朗数信息技术股份有限公司营收均保持增长。"
      "首批拟投项目中，秀屿区企业福建鞋联智造科技有限公司的智能鞋厂项目总投资2.8亿元。"
      "位于合肥的甲辰汽车有限公司与安庆乙巳电子有限公司签约。");
  INFO(r.dump());
  CHECK(r.fact("黔云物流科技有限公司", Relation::locatedIn, "贵阳市"));
  CHECK(r.fact("贵州朗数信息技术股份有限公司", Relation::locatedIn, "贵阳市"));
  CHECK(r.fact("福建鞋联智造科技有限公司", Relation::locatedIn, "秀屿区"));
  CHECK_FALSE(r.fact("安庆乙巳电子有限公司", Relation::locatedIn, "合肥市"));
}

TEST_CASE("a cluster is in the zone that carries it - before it with 以…为核心的 and after it with 是…的核心承载区") {
  const auto r = extract_text(
      "株洲高新区位于天元区,是株洲轨道交通装备产业集群的核心承载区。"
      "以钦州港经开区为核心的钦州绿色化工新材料产业集群已集聚企业150余家。"
      "烟台高端化工新材料产业集群以万华化学为龙头。龙口市是该集群的另一重要承载地。");
  INFO(r.dump());
  CHECK(r.rule_of("株洲轨道交通装备产业集群", Relation::locatedIn, "株洲高新区") == "cluster-vehicle");
  CHECK(r.fact("钦州绿色化工新材料产业集群", Relation::locatedIn, "钦州港经开区"));
  CHECK(r.fact("烟台高端化工新材料产业集群", Relation::locatedIn, "龙口市"));
  CHECK_FALSE(r.fact("株洲轨道交通装备产业集群", Relation::locatedIn, "天元区"));
}

TEST_CASE("a project is in the zone where the firm invests before a comma and in the zone that opens its name") {
  const auto r = extract_text(
      "松江企业沪澜半导体科技有限公司将在宣城经济技术开发区投资22亿元，建设功率器件晶圆制造项目。"
      "长治高新区今年开工项目12个，长治高新区燃料电池电堆生产线项目总投资15亿元。"
      "绿源食品集团预制菜中央厨房项目，落户南昌县，投资8.5亿元。");
  INFO(r.dump());
  CHECK(r.fact("功率器件晶圆制造项目", Relation::locatedIn, "宣城经济技术开发区"));
  CHECK_FALSE(r.fact("功率器件晶圆制造项目", Relation::locatedIn, "宣城市"));
  CHECK(r.rule_of("长治高新区燃料电池电堆生产线项目", Relation::locatedIn, "长治高新区") == "name-zone");
  CHECK(r.has(EntityType::Company, "绿源食品集团"));
  CHECK(r.fact("绿源食品集团预制菜中央厨房项目", Relation::locatedIn, "南昌县"));
  CHECK_FALSE(r.fact("绿源食品集团", Relation::locatedIn, "南昌县"));
}

TEST_CASE("a fund is where it is registered") {
  const auto r = extract_text(
      "1.遵义酱香白酒产业子基金,规模15亿元,注册于仁怀市,重点支持白酒产业。"
      "2.铜仁锰系新材料产业子基金,规模17亿元,注册地在碧江区。");
  INFO(r.dump());
  CHECK(r.fact("遵义酱香白酒产业子基金", Relation::locatedIn, "仁怀市"));
  CHECK(r.fact("铜仁锰系新材料产业子基金", Relation::locatedIn, "碧江区"));
}

TEST_CASE("the entries of a chain map put each firm in its link") {
  const auto r = extract_text(
      "1.上游环节。动力电池领域以总部位于包河区的国轩高科为龙头,正极材料有合肥锂澜新材料有限公司,"
      "电解液有安徽澄鼎化学科技有限公司。\n2.中游环节。电驱电控领域集聚了合肥芯巢电驱科技有限公司等企业。\n"
      "3.下游环节。整车领域汇聚蔚来、江淮汽车等企业,充换电服务由合肥链快能源服务有限公司等承担。\n"
      "——创新药板块,连云港的恒瑞医药、苏州工业园区的信达生物入选。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "合肥锂澜新材料有限公司"));
  CHECK(r.rule_of("合肥锂澜新材料有限公司", Relation::inSector, "正极材料") == "chain-map-entry");
  CHECK(r.fact("安徽澄鼎化学科技有限公司", Relation::inSector, "电解液"));
  CHECK(r.fact("国轩高科", Relation::inSector, "动力电池"));
  CHECK(r.fact("合肥芯巢电驱科技有限公司", Relation::inSector, "电驱动系统"));
  CHECK(r.fact("蔚来", Relation::inSector, "整车"));
  CHECK(r.fact("合肥链快能源服务有限公司", Relation::inSector, "充换电设施"));
  CHECK(r.fact("信达生物", Relation::inSector, "创新药"));
}

TEST_CASE("firms named above are members when 上述企业 are said to be the cluster's core") {
  const auto r = extract_text(
      "中游,滁州经济技术开发区的滁州澜晶光能科技有限公司电池片产能达30GW,来安县的安徽辉熠光电有限公司主攻组件,"
      "凤阳县的凤阳镜明光伏玻璃有限公司生产光伏玻璃。2024年,滁州光伏产业集群营收1320亿元,上述两家企业均是集群骨干。");
  INFO(r.dump());
  CHECK(r.rule_of("凤阳镜明光伏玻璃有限公司", Relation::memberOf, "滁州光伏产业集群") == "member-named-above");
  CHECK(r.fact("安徽辉熠光电有限公司", Relation::memberOf, "滁州光伏产业集群"));
  CHECK_FALSE(r.fact("滁州澜晶光能科技有限公司", Relation::memberOf, "滁州光伏产业集群"));
}

TEST_CASE("a firm that will join a cluster is a member - named by 企业 or 公司 or opening a list item") {
  const auto r = extract_text(
      "渝澜汽车科技有限公司当天签约。渝澜汽车负责人表示，企业将加入重庆智能网联新能源汽车产业集群。"
      "▲京信创华科技有限公司服务器生产基地项目，总投资12亿元，落户石家庄市鹿泉区，同时宣布加入石家庄信创产业集群；"
      "翼航科技有限公司已被纳入芜湖低空经济产业集群。");
  INFO(r.dump());
  CHECK(r.fact("渝澜汽车科技有限公司", Relation::memberOf, "重庆智能网联新能源汽车产业集群"));
  CHECK(r.fact("京信创华科技有限公司", Relation::memberOf, "石家庄信创产业集群"));
  CHECK(r.fact("翼航科技有限公司", Relation::memberOf, "芜湖低空经济产业集群"));
}

TEST_CASE("firms and their lines or clusters paired by 分别 in the order given") {
  const auto r = extract_text(
      "4.生物医药产业链：杭州沐川生物科技有限公司、杭州禾岭医药科技有限公司。两家企业均落户钱塘区，"
      "分别主攻抗体药物和细胞治疗。宝桐钢铁有限公司、中澜炼化有限公司相继投产,"
      "分别成为湛江绿色钢铁产业集群和湛江绿色石化产业集群的“链主”企业。");
  INFO(r.dump());
  CHECK(r.rule_of("杭州沐川生物科技有限公司", Relation::inSector, "抗体药物") == "company-focus-respectively");
  CHECK(r.fact("杭州禾岭医药科技有限公司", Relation::inSector, "细胞治疗"));
  CHECK_FALSE(r.fact("杭州沐川生物科技有限公司", Relation::inSector, "细胞治疗"));
  CHECK(r.rule_of("宝桐钢铁有限公司", Relation::memberOf, "湛江绿色钢铁产业集群") == "member-respectively");
  CHECK(r.fact("中澜炼化有限公司", Relation::memberOf, "湛江绿色石化产业集群"));
  CHECK_FALSE(r.fact("宝桐钢铁有限公司", Relation::memberOf, "湛江绿色石化产业集群"));
}

TEST_CASE("firms located here by 于此 or 在此 are in the sentence's zone or first division") {
  const auto r = extract_text(
      "尖草坪区是太原的老工业区，不锈钢企业太原钢铁（集团）有限公司就坐落于此。"
      "位于官渡区的昆明经济技术开发区聚焦电子元器件，昆明云芯微电子有限公司等一批企业已在此落地投产。");
  INFO(r.dump());
  CHECK(r.rule_of("太原钢铁(集团)有限公司", Relation::locatedIn, "尖草坪区") == "org-located-here");
  CHECK(r.fact("昆明云芯微电子有限公司", Relation::locatedIn, "昆明经济技术开发区"));
  CHECK_FALSE(r.fact("昆明云芯微电子有限公司", Relation::locatedIn, "官渡区"));
}

TEST_CASE("a zone's leading firms and the firms it brings in are in it") {
  const auto r = extract_text(
      "射阳县的射阳港经济开发区,以远景能源、盐城澜风海缆有限公司为龙头,重点发展海底电缆。"
      "钦州市以中国(广西)自由贸易试验区钦州港片区为平台,引进华谊集团、恒逸石化等龙头企业。"
      "西安聚集了西安电子科技大学、西北工业大学等高校。"
      "青岛市打造以青岛澜海轨道装备有限公司为龙头的青岛轨道交通装备产业集群。");
  INFO(r.dump());
  CHECK(r.rule_of("盐城澜风海缆有限公司", Relation::locatedIn, "射阳港经济开发区") == "org-leads-zone");
  CHECK(r.fact("恒逸石化", Relation::locatedIn, "中国(广西)自由贸易试验区钦州港片区"));
  CHECK(r.rule_of("西北工业大学", Relation::locatedIn, "西安市") == "place-gathers-firms");
  CHECK_FALSE(r.rule_of("青岛澜海轨道装备有限公司", Relation::locatedIn, "青岛市") == "org-leads-zone");
}

TEST_CASE("a cluster built on the places a sentence names as its core") {
  const auto r = extract_text(
      "日喀则市以桑珠孜区、白朗县、江孜县为核心区,推动种植加工一体化,日喀则青稞产业集群逐步成型。"
      "广东省提出以广州、深圳、珠海、东莞四市为主体，按照分工，共建珠三角集成电路产业集群。");
  INFO(r.dump());
  CHECK(r.rule_of("日喀则青稞产业集群", Relation::locatedIn, "白朗县") == "cluster-built-on");
  CHECK(r.fact("日喀则青稞产业集群", Relation::locatedIn, "江孜县"));
  CHECK(r.fact("珠三角集成电路产业集群", Relation::locatedIn, "东莞市"));
}

TEST_CASE("what is set up at a place is there - and projects listed above by 以上项目均落户") {
  const auto r = extract_text(
      "双方将在湛江共建绿色化工联合实验室。\n（一）星河电驱系统项目，总投资18亿元；\n"
      "（二）澜川数控机床智能工厂项目，总投资8.6亿元。\n以上两个项目均落户沈阳经济技术开发区。");
  INFO(r.dump());
  CHECK(r.rule_of("绿色化工联合实验室", Relation::locatedIn, "湛江市") == "org-built-at");
  CHECK(r.fact("星河电驱系统项目", Relation::locatedIn, "沈阳经济技术开发区"));
  CHECK(r.fact("澜川数控机床智能工厂项目", Relation::locatedIn, "沈阳经济技术开发区"));
}

TEST_CASE("a bare 基金 is the fund the story is about - a firm is placed by its full name") {
  const auto r = extract_text(
      "江苏远途智能科技股份有限公司与常州市产业投资基金共同发起设立常州星耀新能源产业投资基金（简称“星耀基金”）。"
      "星耀基金目标规模20亿元，常州市产业投资基金认缴3.9亿元。基金注册地为江苏省常州市武进区。");
  INFO(r.dump());
  CHECK(r.fact("常州星耀新能源产业投资基金", Relation::locatedIn, "武进区"));
  CHECK_FALSE(r.fact("常州市产业投资基金", Relation::locatedIn, "武进区"));
  const auto r2 = extract_text(
      "沃川新能定增获批\n深圳市沃川新能源股份有限公司（简称“沃川新能”）发布公告。募投项目包括深圳市坪山区的研发中心。");
  INFO(r2.dump());
  CHECK(r2.fact("深圳市沃川新能源股份有限公司", Relation::locatedIn, "深圳市"));
  CHECK_FALSE(r2.has(EntityType::Project, "募投项目"));
}

TEST_CASE("firms a cluster is built on or led by and firms of a cluster named before - not a customer elsewhere") {
  const auto r = extract_text(
      "黑龙江省佳木斯市以佳联农机集团为龙头建设佳木斯农机装备产业集群。"
      "齐齐哈尔市依托北冶重工集团有限公司建设齐齐哈尔重型装备产业集群。"
      "辽宁省鞍山市重点建设鞍山菱镁新材料产业集群,支持集群内的鞍山华镁耐材股份有限公司扩大产能。"
      "作为鞍山菱镁新材料产业集群的链主企业，海城镁晶科技有限公司今年新上两条产线。");
  INFO(r.dump());
  CHECK(r.rule_of("佳联农机集团", Relation::memberOf, "佳木斯农机装备产业集群") == "member-leader");
  CHECK(r.rule_of("北冶重工集团有限公司", Relation::memberOf, "齐齐哈尔重型装备产业集群") == "member-built-on");
  CHECK(r.fact("鞍山华镁耐材股份有限公司", Relation::memberOf, "鞍山菱镁新材料产业集群"));
  CHECK(r.fact("海城镁晶科技有限公司", Relation::memberOf, "鞍山菱镁新材料产业集群"));
  const auto r2 = extract_text(
      "湖北荆门新能源电池产业集群持续壮大。集群内的湖北楚钒新材料有限公司位于荆门高新区，"
      "产品供应给位于福建省宁德市的宁川储能科技有限公司。");
  INFO(r2.dump());
  CHECK(r2.fact("湖北楚钒新材料有限公司", Relation::memberOf, "荆门新能源电池产业集群"));
  CHECK_FALSE(r2.fact("宁川储能科技有限公司", Relation::memberOf, "荆门新能源电池产业集群"));
}

TEST_CASE("a figure of now 截至 a year - a list under a target heading - a bare 集群 in a numbered item") {
  const auto r = extract_text(
      "近年来，锡州集成电路产业集群持续壮大。截至2024年底，集群产业规模达2380亿元。"
      "市政府印发行动计划，明确了三项任务：\n1.到2027年，集群产业规模突破3000亿元；\n"
      "2.在新吴区、锡山区分别建设特色园区；\n3.设立锡州产业母基金，首期规模20亿元。");
  INFO(r.dump());
  CHECK(r.value("锡州集成电路产业集群", Relation::currentScale, "238000000000"));
  CHECK_FALSE(r.value("锡州集成电路产业集群", Relation::targetScale, "238000000000"));
  CHECK(r.value("锡州集成电路产业集群", Relation::targetScale, "300000000000", 2027));
  const auto r2 = extract_text(
      "柳江汽车产业集群现有规上企业320家。到2027年联合体将实现以下目标：\n一是共建产业学院12个；\n"
      "二是助力柳江汽车产业集群产值突破3500亿元。");
  INFO(r2.dump());
  CHECK(r2.value("柳江汽车产业集群", Relation::targetScale, "350000000000", 2027));
}

TEST_CASE("what a fund puts in - what it focuses on is not the sector of the firm that set it up") {
  const auto r = extract_text(
      "项目资金中，湘潭功率半导体产业基金出资8亿元。该基金由湖南省财政厅和湘潭市产业投资集团共同发起，"
      "规模30亿元，专注投资IGBT等功率半导体领域。");
  INFO(r.dump());
  CHECK(r.value("湘潭功率半导体产业基金", Relation::investment, "800000000"));
  CHECK(r.fact("湘潭功率半导体产业基金", Relation::inSector, "IGBT"));
  CHECK_FALSE(r.fact("湘潭市产业投资集团", Relation::inSector, "IGBT"));
}

TEST_CASE("founders after 共同牵头组建 - founders after 由 are not placed by 选址 - a firm named after its city") {
  const auto r = extract_text(
      "3月17日，南宁市汽车产业市域产教联合体成立大会举行。联合体由南宁城市职业学院与南宁五菱汽车股份有限公司"
      "共同牵头组建。");
  INFO(r.dump());
  CHECK(r.fact("南宁市汽车产业市域产教联合体", Relation::foundedBy, "南宁城市职业学院"));
  CHECK(r.fact("南宁市汽车产业市域产教联合体", Relation::foundedBy, "南宁五菱汽车股份有限公司"));
  const auto r2 = extract_text("研究院由西安交通大学与洛阳市人民政府共建,选址洛阳高新区。");
  INFO(r2.dump());
  CHECK_FALSE(r2.fact("西安交通大学", Relation::locatedIn, "洛阳高新技术产业开发区"));
  const auto r3 = extract_text(
      "清晨七点,滨州经济技术开发区(简称滨州经开区)一座调度中心的大屏上,上万台装载机正回传数据。\n"
      "运营中心设在滨州经开区的擎天工业互联网平台由集群龙头企业滨州重科机械集团有限公司牵头建设。");
  INFO(r3.dump());
  CHECK(r3.fact("滨州重科机械集团有限公司", Relation::locatedIn, "滨州市"));
  CHECK_FALSE(r3.fact("滨州重科机械集团有限公司", Relation::locatedIn, "滨州经济技术开发区"));
}

TEST_CASE("a new area that opens a clause is the article's zone - and what a zone 培育") {
  const auto r = extract_text(
      "河北雄安新区加快建设。新区重点发展空天信息、新材料两大产业。"
      "宁乡经济技术开发区加快培育储能材料产业。");
  INFO(r.dump());
  CHECK(r.fact("雄安新区", Relation::inSector, "空天信息"));
  CHECK(r.fact("宁乡经济技术开发区", Relation::inSector, "储能"));
}

TEST_CASE("a firm's line after 以…为主业 in a later clause and after 以…起家") {
  const auto r = extract_text(
      "华锂新能源科技有限公司总部位于常州市金坛区,以动力电池为主业,是集群的骨干企业。"
      "濠江药业有限公司以中成药起家。");
  INFO(r.dump());
  CHECK(r.fact("华锂新能源科技有限公司", Relation::inSector, "动力电池"));
  CHECK(r.fact("濠江药业有限公司", Relation::inSector, "中成药"));
}

TEST_CASE("a count of firms to reach by a year is a target - a park is built by a verb before it") {
  const auto r = extract_text(
      "宜宾动力电池产业集群现有规上企业64家。到2028年,集群规模突破3000亿元,规上企业达到100家。"
      "截至2025年底,江北新区集聚企业800家。宁德港务公司将在蕉城区建设宁德临港冷链物流园项目。");
  INFO(r.dump());
  CHECK(r.value("宜宾动力电池产业集群", Relation::enterpriseCount, "64"));
  CHECK_FALSE(r.value("宜宾动力电池产业集群", Relation::enterpriseCount, "100"));
  CHECK(r.value("江北新区", Relation::enterpriseCount, "800"));
  CHECK(r.has(EntityType::Project, "宁德临港冷链物流园项目"));
  CHECK(r.fact("宁德临港冷链物流园项目", Relation::locatedIn, "蕉城区"));
  CHECK(r.count(EntityType::Zone) == 1);
}
