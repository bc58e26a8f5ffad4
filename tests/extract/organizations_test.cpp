// Organisations from their shape: companies, funds, government organs,
// institutions, zones; abbreviations declared in the text; short and full
// names of one organisation merged, with the reason.
#include <doctest/doctest.h>

#include "extract/extract_helpers.h"

using namespace ckg;
using test::extract_text;

TEST_CASE("companies by legal and group suffix - without the verb before them") {
  const auto r = extract_text("该项目由湖北青松新材料股份有限公司投资建设，并引入星河控股集团。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "湖北青松新材料股份有限公司"));
  CHECK(r.has(EntityType::Company, "星河控股集团"));
  CHECK_FALSE(r.any("引入星河控股集团"));
}

TEST_CASE("generic phrases with a company suffix are not names") {
  const auto r = extract_text("一批龙头企业和多家上市公司参与，该公司表示欢迎，两家公司将合作。");
  CHECK(r.count(EntityType::Company) == 0);
}

TEST_CASE("a legal form makes a short name ending in a kind word a company - a bare suffix does not") {
  // 电子 ends in 子 and 科技 is a kind of company: with 有限公司 both are names.
  const auto r = extract_text("星河电子有限公司和蓝海科技有限公司签约。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "星河电子有限公司"));
  CHECK(r.has(EntityType::Company, "蓝海科技有限公司"));
  const auto r2 = extract_text("这家新兴科技公司表示欢迎。");
  INFO(r2.dump());
  CHECK(r2.count(EntityType::Company) == 0);
}

TEST_CASE("a list of names before 等…企业 gives companies") {
  const auto r = extract_text("培育出青松新材、白杨电子等一批专精特新企业。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "青松新材"));
  CHECK(r.has(EntityType::Company, "白杨电子"));
  // A list of fields is not a list of companies.
  CHECK(extract_text("聚集金融科技、数据服务等领域企业。").count(EntityType::Company) == 0);
}

TEST_CASE("appositions and titles mark company names") {
  const auto r = extract_text("云帆智能是一家工业机器人制造商。云帆智能董事长李明远表示将扩产。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "云帆智能"));
  CHECK(r.fact("云帆智能", Relation::inSector, "工业机器人"));
  CHECK(r.has(EntityType::Person, "李明远"));
}

TEST_CASE("a company's short form and its legal name are one entity") {
  const auto r = extract_text("星海锂能科技有限公司投产。星海锂能年产能翻番。");
  INFO(r.dump());
  CHECK(r.count(EntityType::Company) == 1);
  const auto* c = r.entity(EntityType::Company, "星海锂能科技有限公司");
  REQUIRE(c);
  CHECK(c->mentions.size() == 2);
}

TEST_CASE("a shape-built company with a known short form takes the lexicon name") {
  const auto r = extract_text("江西赣锋锂业集团股份有限公司宣布扩产。");
  const auto* c = r.entity(EntityType::Company, "赣锋锂业");
  REQUIRE(c);
  CHECK(std::find(c->aliases.begin(), c->aliases.end(), "江西赣锋锂业集团股份有限公司") != c->aliases.end());
}

TEST_CASE("banks and their branches") {
  const auto r = extract_text("厦门银行与星展银行签约，交通银行深圳分行随后跟进。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "厦门银行"));
  CHECK(r.has(EntityType::Company, "星展银行"));
  CHECK(r.has(EntityType::Company, "交通银行深圳分行"));
  CHECK_FALSE(extract_text("多家商业银行下调利率。").has(EntityType::Company, "商业银行"));
}

TEST_CASE("an ordinary-word company name needs context") {
  CHECK(extract_text("美的集团发布财报。").has(EntityType::Company, "美的"));
  CHECK_FALSE(extract_text("这是最美的一段路。").has(EntityType::Company, "美的"));
}

TEST_CASE("funds and their short forms") {
  const auto r = extract_text("江北设立星河产业投资基金。星河基金首期规模50亿元。");
  INFO(r.dump());
  const auto* f = r.entity(EntityType::Fund, "星河产业投资基金");
  REQUIRE(f);
  CHECK(std::find(f->aliases.begin(), f->aliases.end(), "星河基金") != f->aliases.end());
  CHECK(r.count(EntityType::Fund) == 1);
  CHECK_FALSE(f->merge_reason.empty());  // why the two names are one fund
  // A place and fund words only is generic.
  CHECK(extract_text("研究武汉产业基金改革。").count(EntityType::Fund) == 0);
}

TEST_CASE("government organs from a place - zone or known body and an organ word") {
  const auto r = extract_text("昆明市工业和信息化局联合滇中新区管委会、农业农村部乡村产业发展司召开会议。");
  INFO(r.dump());
  CHECK(r.has(EntityType::GovernmentBody, "昆明市工业和信息化局"));
  CHECK(r.has(EntityType::GovernmentBody, "滇中新区管委会"));
  CHECK(r.has(EntityType::GovernmentBody, "农业农村部乡村产业发展司"));
  CHECK(r.has(EntityType::GovernmentBody, "农业农村部"));
}

TEST_CASE("市委 and 市政府 resolve to the city of the news item - [place]政府 is its 人民政府") {
  const auto r = extract_text("5.湖南株洲设立产业基金\n株洲市委、市政府研究决定，由省政府统筹支持。");
  INFO(r.dump());
  CHECK(r.has(EntityType::GovernmentBody, "株洲市委"));
  CHECK(r.has(EntityType::GovernmentBody, "株洲市人民政府"));
  CHECK(r.has(EntityType::GovernmentBody, "湖南省人民政府"));
  const auto r2 = extract_text("贵阳市政府召开会议。");
  const auto* g = r2.entity(EntityType::GovernmentBody, "贵阳市人民政府");
  REQUIRE(g);
  CHECK(std::find(g->aliases.begin(), g->aliases.end(), "贵阳市政府") != g->aliases.end());
}

TEST_CASE("known bodies by abbreviation - and not a title after an organ") {
  const auto r = extract_text("经工信部批准，某市统计局副局长王强介绍了数据。");
  INFO(r.dump());
  CHECK(r.has(EntityType::GovernmentBody, "工业和信息化部"));
  CHECK_FALSE(r.any("统计局副局"));
}

TEST_CASE("institutions - cut after an earlier institution unless a place follows") {
  const auto r = extract_text("清华大学深圳国际研究生院与中国工程院战略咨询中心合作。促成江南大学与企业合作。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Institution, "清华大学深圳国际研究生院"));
  CHECK(r.has(EntityType::Institution, "江南大学"));
  CHECK_FALSE(r.any("促成江南大学"));
}

TEST_CASE("zones by suffix - apposition and verb of location - a province prefix is merged") {
  const auto r =
      extract_text("云岭创谷是云南省数字经济试点园区。公司落户在昆明市滇池科创岛。云南昆明高新区与昆明高新区。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Zone, "云岭创谷"));
  CHECK(r.fact("云岭创谷", Relation::partOf, "云南省"));
  CHECK(r.any("昆明市滇池科创岛"));
  CHECK(r.count(EntityType::Zone) == 3);
}

TEST_CASE("abbreviations declared in brackets") {
  const auto r = extract_text(
      "青松智造产业投资基金(以下简称“青松基金”)成立。北京星河科技有限公司(以下简称“星河科技”)入选。星河科技表示。");
  INFO(r.dump());
  CHECK(r.entity(EntityType::Fund, "青松基金"));
  const auto* c = r.entity(EntityType::Company, "北京星河科技有限公司");
  REQUIRE(c);
  CHECK(std::find(c->aliases.begin(), c->aliases.end(), "星河科技") != c->aliases.end());
  CHECK(c->mentions.size() >= 3);
}

TEST_CASE("a place's state-owned investor is a company - counted firms and verbs before a name are not") {
  const auto r =
      extract_text("由高新区管委会与西安投资控股有限公司联合发起的西安光子产业投资基金亮相，广西投资集团也参与出资。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "西安投资控股有限公司"));
  CHECK(r.has(EntityType::Company, "广西投资集团"));
  CHECK(r.has(EntityType::Fund, "西安光子产业投资基金"));
  CHECK(r.fact("西安光子产业投资基金", Relation::foundedBy, "西安投资控股有限公司"));
  const auto r2 =
      extract_text("开发区与15家企业集中签约，母基金将设立10只基金。长沙市人民政府联合长沙青枫投资集团有限公司出资。");
  INFO(r2.dump());
  CHECK(r2.has(EntityType::Company, "长沙青枫投资集团有限公司"));
  for (const auto& e : r2.x.entities) {
    CHECK(e.name.find("15家") == std::string::npos);
    CHECK(e.name.find("10只") == std::string::npos);
    CHECK(e.name.find("联合") == std::string::npos);
  }
}

TEST_CASE("联合 before a long name is a verb - inside a short one it is the name") {
  const auto r = extract_text("由青松研究所牵头、联合东方理工大学等单位组建创新中心。联合飞机有限公司落户芜湖。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Institution, "东方理工大学"));
  CHECK_FALSE(r.any("联合东方理工大学"));
  CHECK(r.has(EntityType::Company, "联合飞机有限公司"));
}

TEST_CASE("an organ's short type takes its official name - 副厅长 is a title") {
  const auto r = extract_text("江西省工业和信息化厅召开会议。省工信厅副厅长王明表示，将加快推进。");
  INFO(r.dump());
  CHECK(r.count(EntityType::GovernmentBody) == 1);
  const auto* g = r.entity(EntityType::GovernmentBody, "江西省工业和信息化厅");
  REQUIRE(g);
  CHECK(r.has(EntityType::GovernmentBody, "江西省工信厅"));
  const auto r2 = extract_text("广西壮族自治区人民政府印发方案。自治区工信厅负责解读。");
  INFO(r2.dump());
  CHECK(r2.has(EntityType::GovernmentBody, "广西壮族自治区工业和信息化厅"));
}

TEST_CASE("abbreviations join the organisation named in full before them") {
  const auto r = extract_text(
      "长沙青枫产业投资集团有限公司发起设立基金。青枫产投董事长表示，首批资金已经到位。宁波经济技术开发区签约项目。"
      "宁波经开区表示将做好服务。");
  INFO(r.dump());
  CHECK(r.count(EntityType::Company) == 1);
  CHECK(r.has(EntityType::Company, "青枫产投"));
  CHECK(r.count(EntityType::Zone) == 1);
  // Two full names that both fit: neither takes the short one.
  const auto r2 = extract_text("青枫动力有限公司和青枫电力有限公司签约。青枫表示满意。");
  INFO(r2.dump());
  CHECK(r2.count(EntityType::Company) >= 2);
}

TEST_CASE("role words before a company - a place's kind-named fund - organs that are reports or several") {
  const auto r = extract_text(
      "株洲轨道交通装备产业集群骨干企业星河电力机车有限公司扩产。宜宾市设立宜宾市产业发展投资引导基金。辽宁、吉林、黑龙"
      "江三省"
      "人民政府联合印发方案。市长在会上作政府工作报告。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "星河电力机车有限公司"));
  CHECK(r.has(EntityType::Fund, "宜宾市产业发展投资引导基金"));
  for (const auto& e : r.x.entities) {
    CHECK(e.name.find("骨干企业") == std::string::npos);
    CHECK(e.name.find("三省") == std::string::npos);
    CHECK(e.name.find("作政府") == std::string::npos);
  }
}

TEST_CASE("zones - a generic park of a sector is no name - a place cut by the length limit is kept") {
  const auto r = extract_text("株洲建设轨道交通装备配套产业园。柳州螺蛳粉特色小镇举办美食节。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Zone, "柳州螺蛳粉特色小镇"));
  CHECK_FALSE(r.any("轨道交通装备配套产业园"));
  CHECK_FALSE(r.any("建设轨道交通装备配套产业园"));
}

TEST_CASE("descriptions before a company - products in lists - academies' institutes - the rest of the funds") {
  const auto r = extract_text(
      "电子产品企业越远电子科技有限公司入驻园区。叶片、塔筒等配套企业集聚。中国科学院赣江创新研究院揭牌。其余三支基金将"
      "于年内设立。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "越远电子科技有限公司"));
  // Products in a list before 等…企业 are no firms (塔筒 is a product line of the lexicon).
  CHECK_FALSE(r.has(EntityType::Company, "叶片"));
  CHECK_FALSE(r.has(EntityType::Company, "塔筒"));
  CHECK_FALSE(r.has(EntityType::Company, "叶片、塔筒"));
  CHECK(r.has(EntityType::Institution, "中国科学院赣江创新研究院"));
  CHECK(r.count(EntityType::Fund) == 0);
}

TEST_CASE("organs named after a chain of places take the last one - 与 inside an organ's name") {
  const auto r = extract_text("安徽省合肥市人民政府印发方案。福州市海洋与渔业局发布通知。");
  INFO(r.dump());
  CHECK(r.has(EntityType::GovernmentBody, "合肥市人民政府"));
  CHECK(r.has(EntityType::GovernmentBody, "安徽省合肥市人民政府"));  // as an alias of the same organ
  CHECK(r.count(EntityType::GovernmentBody) == 2);
  CHECK(r.has(EntityType::GovernmentBody, "福州市海洋与渔业局"));
}

TEST_CASE("names after a subsidiary word or a joining word or an earlier institution start at the name") {
  const auto r = extract_text(
      "江西华禹新材料股份有限公司通过全资子公司宜春华禹锂电材料有限公司实施项目。桐乡市毛衫行业协会联合嘉兴职业技术学院"
      "开设"
      "培训班，柳州市螺蛳粉产业协会还联合广西科技大学制定标准。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "宜春华禹锂电材料有限公司"));
  CHECK_FALSE(r.any("全资子公司宜春华禹锂电材料有限公司"));
  CHECK(r.has(EntityType::Institution, "嘉兴职业技术学院"));
  CHECK(r.has(EntityType::Institution, "广西科技大学"));
  CHECK_FALSE(r.any("还联合广西科技大学"));
}

TEST_CASE("a fund of two industries joined by 与 after a place - a batch or an object of a verb is no fund") {
  const auto r = extract_text(
      "西安市长安区发布产业政策。长安氢能与新能源汽车产业投资基金规模30亿元。仪式上发布了第二批基金名单，两地国资平台共"
      "设"
      "基金支持项目。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Fund, "长安氢能与新能源汽车产业投资基金"));
  CHECK(r.count(EntityType::Fund) == 1);
}

TEST_CASE("a place in brackets inside a firm's name - a university's hospital - an office joining a college") {
  const auto r = extract_text(
      "常石集团(舟山)"
      "造船有限公司新接订单12艘。四川大学华西医院与园区共建研究院。集群促进办联合重庆文理学院开设培训班。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "常石集团(舟山)造船有限公司"));
  CHECK_FALSE(r.any("造船有限公司"));
  CHECK(r.has(EntityType::Institution, "四川大学华西医院"));
  CHECK(r.has(EntityType::Institution, "重庆文理学院"));
  CHECK_FALSE(r.any("集群促进办联合重庆文理学院"));
}

TEST_CASE("a farmers' cooperative is a firm") {
  const auto r = extract_text("望奎县丰禾玉米种植专业合作社带动农户320户。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "望奎县丰禾玉米种植专业合作社"));
}

TEST_CASE("a slogan or a bare level of government names no fund") {
  const auto r = extract_text("柳州推行一链一基金模式，自治区基金将给予支持，广西汽车产业投资基金首期规模20亿元。");
  INFO(r.dump());
  CHECK(r.count(EntityType::Fund) == 1);
  CHECK(r.has(EntityType::Fund, "广西汽车产业投资基金"));
}

TEST_CASE("founders joined by 联合 - verbs and counts open no names") {
  const auto r = extract_text(
      "《行动方案》明确由江西省工业和信息化厅联合江西省金融控股集团有限公司(简称江西金控)"
      "发起设立江西省专精特新产业投资基金。"
      "项目落地盘锦辽东湾新区。全国230家国家级经开区参加考核。为降低银行放贷顾虑，晋江市设立风险补偿基金。");
  INFO(r.dump());
  CHECK(r.fact("江西省专精特新产业投资基金", Relation::foundedBy, "江西省工业和信息化厅"));
  CHECK(r.fact("江西省专精特新产业投资基金", Relation::foundedBy, "江西省金融控股集团有限公司"));
  CHECK_FALSE(r.any("地盘锦辽东湾新区"));
  CHECK(r.has(EntityType::Zone, "盘锦辽东湾新区"));
  CHECK(r.count(EntityType::Company) == 1);
  CHECK_FALSE(r.any("国230家国家级经开区"));
}

TEST_CASE("联合 before a bracketed firm name is the verb - a batch inside a fund's name is no fund") {
  const auto r = extract_text(
      "西安电子科技大学联合瀚海(中国)电子有限公司共建实验室。贵州省新型工业化产业发展母基金第二批基金完成签约。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "瀚海(中国)电子有限公司"));
  CHECK_FALSE(r.any("联合瀚海(中国)电子有限公司"));
  CHECK(r.has(EntityType::Fund, "贵州省新型工业化产业发展母基金"));
  CHECK(r.count(EntityType::Fund) == 1);
}

TEST_CASE("a sum and 入股 open no firm name - 地处 opens no zone - an organ 会同 a firm") {
  const auto r = extract_text(
      "母基金出资3.6亿元入股晨昊磁材科技有限公司。晨昊磁材地处抚州高新技术产业开发区。"
      "省财政厅会同江淮国有资本运营集团有限责任公司发起设立江淮储能产业基金。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "晨昊磁材科技有限公司"));
  CHECK_FALSE(r.any("出资3.6亿元入股晨昊磁材科技有限公司"));
  CHECK(r.has(EntityType::Zone, "抚州高新技术产业开发区"));
  CHECK_FALSE(r.any("晨昊磁材地处抚州高新技术产业开发区"));
  CHECK(r.has(EntityType::Company, "江淮国有资本运营集团有限责任公司"));
  CHECK_FALSE(r.any("省财政厅会同江淮国有资本运营集团有限责任公司"));
}

TEST_CASE("a numeral that counts nothing opens a firm's name - one that counts does not") {
  const auto r = extract_text("宁波四维光学科技有限公司今年投产。三家科技有限公司参与其中。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "宁波四维光学科技有限公司"));
  CHECK_FALSE(r.any("三家科技有限公司"));
}

TEST_CASE("a county whose name opens with a preposition's character stays in a firm's name") {
  const auto r = extract_text("该基金由于都县城市发展投资集团有限公司出资设立。由于华为公司扩产，订单增加。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "于都县城市发展投资集团有限公司"));
  CHECK_FALSE(r.any("都县城市发展投资集团有限公司"));
  CHECK_FALSE(r.any("于华为公司"));
}

TEST_CASE(
    "a place with a list word inside it stays whole in a fund's name - a known firm before an institute does not join "
    "it") {
  const auto r = extract_text(
      "去年设立的呼和浩特生物发酵产业投资基金已投出3亿元。"
      "河北医科大学与以岭药业共建燕赵现代中药创新研究院，首批开展8项攻关。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Fund, "呼和浩特生物发酵产业投资基金"));
  CHECK_FALSE(r.any("浩特生物发酵产业投资基金"));
  CHECK(r.has(EntityType::Institution, "燕赵现代中药创新研究院"));
  CHECK_FALSE(r.any("岭药业共建燕赵现代中药创新研究院"));
}

TEST_CASE("a special co-operation zone is a zone - the verb of moving before it is not part of its name") {
  const auto r = extract_text("宝安区的华岳模具有限公司整体搬迁至深汕特别合作区，新建厂房12万平方米。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Zone, "深汕特别合作区"));
  CHECK_FALSE(r.any("迁至深汕特别合作区"));
}

TEST_CASE("a county whose name ends with 和 stays in a firm's name - an organ 联合 a firm keeps the verb out") {
  const auto r = extract_text(
      "太和县医药产业园已入驻安徽太和中科药业有限公司等企业。"
      "由太和县人民政府发起设立太和县医药健康产业投资基金。"
      "江西省工业和信息化厅联合江西省金融控股集团有限公司开展调研。"
      "基金由冰城创业投资集团有限公司和龙江振兴投资集团有限公司共同发起。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "安徽太和中科药业有限公司"));
  CHECK_FALSE(r.any("中科药业有限公司"));
  CHECK(r.has(EntityType::Fund, "太和县医药健康产业投资基金"));
  CHECK_FALSE(r.any("和县医药健康产业投资基金"));
  CHECK(r.has(EntityType::Company, "江西省金融控股集团有限公司"));
  CHECK_FALSE(r.any("合江西省金融控股集团有限公司"));
  CHECK(r.has(EntityType::Company, "龙江振兴投资集团有限公司"));
  CHECK_FALSE(r.any("集团有限公司和龙江振兴投资集团有限公司"));
}

TEST_CASE("a laboratory or centre that two bodies build is named even when its name is only a field") {
  const auto r = extract_text(
      "江汉大学与鄂州星桥电气有限公司共建的新型储能装备联合实验室正式启用。"
      "研究院已与岭南理工学院合作建设光感知联合实验室。"
      "由云岭中医药大学与丽水山泉药业有限公司共建的民族药新药研发中心已投入使用。"
      "园区支持企业建设公共服务平台和检验检测中心。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Institution, "新型储能装备联合实验室"));
  CHECK(r.has(EntityType::Institution, "光感知联合实验室"));
  CHECK(r.has(EntityType::Institution, "民族药新药研发中心"));
  CHECK_FALSE(r.any("检验检测中心"));
}

TEST_CASE("a pilot platform names an institution unless 项目 follows - an alliance after one keeps its whole name") {
  const auto r = extract_text(
      "双方将在尖草坪区共建太原特种合金中试平台。"
      "园区今年开工建设合成生物中试平台项目，总投资5亿元。"
      "京津冀生物医药中试平台共享联盟在北京成立。"
      "联盟成员还组建了创新联合体。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Institution, "太原特种合金中试平台"));
  CHECK_FALSE(r.any("尖草坪区共建太原特种合金中试平台"));
  CHECK(r.has(EntityType::Project, "合成生物中试平台项目"));
  CHECK(r.has(EntityType::Sector, "合成生物"));
  CHECK(r.has(EntityType::Institution, "京津冀生物医药中试平台共享联盟"));
  CHECK_FALSE(r.any("创新联合体"));
}

TEST_CASE("a university keeps the institute named right after it - not one it builds") {
  const auto r = extract_text(
      "港区管委会与中原大学在区内共建的中原大学智能终端研究院去年投入使用。"
      "促进会、联合会和设计院也有新名字：汾阳市酿造产业集群促进会、临汾市装备产业联合会和晋南建材研究设计院同日挂牌。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Institution, "中原大学智能终端研究院"));
  CHECK(r.fact("中原大学智能终端研究院", Relation::foundedBy, "中原大学"));
  CHECK(r.has(EntityType::Institution, "汾阳市酿造产业集群促进会"));
  CHECK(r.has(EntityType::Institution, "临汾市装备产业联合会"));
  CHECK(r.has(EntityType::Institution, "晋南建材研究设计院"));
}

TEST_CASE("a role before a firm's name is not part of it - nor is a joint venture or the firm of the article") {
  const auto r = extract_text(
      "笔记本电脑制造商重庆联星电脑制造有限公司去年出货增长。"
      "码头运营方钦州港联运股份有限公司扩建泊位。"
      "轮胎产业集群营收980亿元，集群龙头东营华辰轮胎有限公司销量突破2000万条。"
      "华辰轮胎拟共同出资设立合资公司，该基金未参与此次合资公司出资。"
      "公司董事长马景川表示，项目由公司全资子公司东营鲁华高分子材料有限公司实施。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "重庆联星电脑制造有限公司"));
  CHECK(r.has(EntityType::Company, "钦州港联运股份有限公司"));
  CHECK(r.has(EntityType::Company, "东营华辰轮胎有限公司"));
  CHECK(r.has(EntityType::Company, "东营鲁华高分子材料有限公司"));
  CHECK_FALSE(r.any("笔记本电脑制造商重庆联星电脑制造有限公司"));
  CHECK_FALSE(r.any("集群龙头东营华辰轮胎有限公司"));
  CHECK_FALSE(r.any("合资公司"));
  CHECK_FALSE(r.any("次合资公司"));
  CHECK_FALSE(r.any("公司"));
  CHECK_FALSE(r.any("公司全资子公司"));
}

TEST_CASE("zones - a period or an adverb is no zone and a known zone ends a located name") {
  const auto r = extract_text(
      "这个小镇，如今已是全国知名的汉服生产基地。上半年开发区共实施亿元以上产业项目46个。"
      "纳研科技总部位于苏州工业园区苏州纳米城。上市前，纳研科技曾获得苏州工业园区纳米新材料创业投资基金两轮投资。"
      "长沙经开区工程机械中试基地暨星沙智造孵化器开园仪式举行。诸暨集成电路装备验证中心投用。");
  INFO(r.dump());
  CHECK_FALSE(r.any("如今已"));
  CHECK_FALSE(r.any("上半年开发区"));
  CHECK(r.has(EntityType::Zone, "苏州纳米城"));
  CHECK_FALSE(r.any("苏州工业园区苏州纳米城"));
  CHECK(r.has(EntityType::Fund, "苏州工业园区纳米新材料创业投资基金"));
  CHECK(r.has(EntityType::Zone, "星沙智造孵化器"));
  CHECK(r.has(EntityType::Institution, "诸暨集成电路装备验证中心"));
  CHECK_FALSE(r.has(EntityType::Sector, "孵化器"));
}

TEST_CASE("a province's short science organ is its 科学技术厅") {
  const auto r = extract_text("陕西省科学技术厅发布榜单任务32项。下一步，省科技厅将会同陕西省财政厅开展考核。");
  INFO(r.dump());
  CHECK(r.count(EntityType::GovernmentBody) == 2);
  const auto* g = r.entity(EntityType::GovernmentBody, "陕西省科学技术厅");
  REQUIRE(g != nullptr);
  CHECK(g->mentions.size() == 2);
}

TEST_CASE(
    "a name may start with 数 or 多 and a brand before 股份 follows a description - matters and times are no firms") {
  const auto r = extract_text(
      "杭州的数澜智能科技有限公司在芜湖建设研发中心。多氟多新材料股份有限公司扩产。数家科技公司参会。"
      "清单列出了江苏无锡的光伏银浆企业帝科股份。擎宇动力表示，项目投产后公司将加入集群。"
      "全市在要素保障、绿色低碳改造等方面给予集群企业支持。"
      "数智云谷科技集团正定智算中心项目总投资35亿元。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "数澜智能科技有限公司"));
  CHECK(r.fact("数澜智能科技有限公司", Relation::locatedIn, "杭州市"));
  CHECK(r.has(EntityType::Company, "多氟多新材料股份有限公司"));
  CHECK(r.has(EntityType::Company, "帝科股份"));
  CHECK_FALSE(r.any("项目投产后公司"));
  CHECK_FALSE(r.any("要素保障"));
  CHECK_FALSE(r.any("绿色低碳改造"));
  CHECK(r.has(EntityType::Company, "数智云谷科技集团"));
  CHECK(r.has(EntityType::Project, "数智云谷科技集团正定智算中心项目"));
}

TEST_CASE("foreign firms named with a country and 株式会社 - and their short names") {
  const auto r = extract_text(
      "韩国世衡半导体株式会社宣布在西安扩产。世衡半导体是存储芯片制造商。日本丸荣工业株式会社跟随客户落户璧山。"
      "韩国未来基板株式会社在鄠邑区建厂。本源量子计算科技(合肥)股份有限公司在合肥。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "韩国世衡半导体株式会社"));
  CHECK(r.has(EntityType::Company, "日本丸荣工业株式会社"));
  CHECK(r.has(EntityType::Company, "韩国未来基板株式会社"));
  CHECK(r.has(EntityType::Company, "本源量子计算科技(合肥)股份有限公司"));
  const auto* e = r.entity(EntityType::Company, "韩国世衡半导体株式会社");
  REQUIRE(e);
  CHECK(e->mentions.size() == 2);  // 世衡半导体, despite the sector word 半导体 in it
}

TEST_CASE("no firm from a news site's dateline or the words of a cooperation or a firm's branch") {
  const auto r = extract_text(
      "西部网讯（记者 王璐）三一集团、中联重科将与新项目开展配套合作。"
      "德国克莱默汽车技术集团宣布扩产。克莱默汽车技术集团中国区总裁托马斯·贝克表示，很好。");
  INFO(r.dump());
  CHECK_FALSE(r.any("西部网"));
  CHECK_FALSE(r.any("新项目开展配套"));
  CHECK_FALSE(r.any("默汽车技术集团中国区"));
  CHECK(r.has(EntityType::Person, "托马斯·贝克"));
  CHECK(r.count(EntityType::Company) == 3);
}

TEST_CASE("foreign firms with Latin names are whole words - and their Latin short names") {
  const auto r = extract_text(
      "集群内既有SK海力士、3M、ABB等外资品牌，也有本土龙头。ABBA乐队与13M像素无关。"
      "KBC精密电路（珠海）有限公司扩产。KBC是一家港资背景的电路板企业。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "SK海力士"));
  CHECK(r.has(EntityType::Company, "3M"));
  CHECK(r.has(EntityType::Company, "ABB"));
  CHECK(r.count(EntityType::Company) == 4);
  const auto* kbc = r.entity(EntityType::Company, "KBC精密电路(珠海)有限公司");
  REQUIRE(kbc != nullptr);
  CHECK(test::detail::named(*kbc, "KBC"));
}

TEST_CASE("the one name before 为龙头 is a firm - visits cut names - a long short name in the headline") {
  const auto r = extract_text(
      "以湘潭电机时代半导体为龙头，湘潭功率半导体产业集群已集聚企业60余家。"
      "省委书记陈立群首先来到中国石化长岭炼化公司，察看高端尼龙新材料一体化项目建设进展。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "湘潭电机时代半导体"));
  CHECK(r.fact("湘潭电机时代半导体", Relation::memberOf, "湘潭功率半导体产业集群"));
  CHECK(r.has(EntityType::Company, "中国石化长岭炼化公司"));
  CHECK(r.has(EntityType::Project, "高端尼龙新材料一体化项目"));
  const auto r2 = extract_text(
      "西安交大洛阳轴承研究院揭牌\n5月8日,西安交通大学洛阳轴承研究院揭牌仪式在洛阳高新技术产业开发区举行。");
  INFO(r2.dump());
  CHECK(r2.count(EntityType::Institution) == 1);
}

TEST_CASE("a site filing the story is no firm and hides no name - a court - firms after 创办 or a state owner") {
  const auto r = extract_text(
      "东南网5月6日讯(记者 王明)近日,泉州举行推进会。\n云南网大理6月2日讯 大理州召开会议。\n来源：东南网\n"
      "浙江省温州市中级人民法院裁定批准瓯江阀门有限公司的重整计划。市属国企瓯城投资有限公司出资3亿元。"
      "他回到家乡创办瓯越光学有限公司。");
  INFO(r.dump());
  CHECK_FALSE(r.any("东南网"));
  CHECK_FALSE(r.any("云南网"));
  CHECK_FALSE(r.has(EntityType::Company, "南方电网"));
  CHECK(r.has(EntityType::GovernmentBody, "温州市中级人民法院"));
  CHECK(r.has(EntityType::Company, "瓯江阀门有限公司"));
  CHECK(r.has(EntityType::Company, "瓯城投资有限公司"));
  CHECK(r.has(EntityType::Company, "瓯越光学有限公司"));
  CHECK(r.count(EntityType::Company) == 3);
}

TEST_CASE("a list item ends at a known firm - counts and dates and a second title make no name") {
  const auto r = extract_text(
      "公司产品主要卖给宁德时代、比亚迪等电池企业。到2026年公司营收将翻番。本周沪深两市共有15家上市公司发布公告。"
      "华拓科技董事长兼总经理刘明表示看好前景。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "宁德时代"));
  CHECK(r.has(EntityType::Company, "比亚迪"));
  CHECK(r.has(EntityType::Company, "华拓科技"));
  CHECK(r.count(EntityType::Company) == 3);
  const auto s = extract_text("落户潍坊的国家农机质量标准中心已发布标准30项，并参与国际标准化组织(ISO)的工作。");
  INFO(s.dump());
  CHECK(s.has(EntityType::Institution, "国家农机质量标准中心"));
  CHECK(s.has(EntityType::Institution, "国际标准化组织"));
}

TEST_CASE("a city's port group is a firm - 联合 before a shorter name - 向海经济 inside a fund's name") {
  const auto r = extract_text(
      "钦州港集团还将联合厦门港集团有限公司共建冷链基地。北海市设立规模15亿元的北海市向海经济产业投资基金。");
  INFO(r.dump());
  CHECK(r.has(EntityType::Company, "厦门港集团有限公司"));
  CHECK(r.any("联合厦门港集团有限公司") == nullptr);
  CHECK(r.has(EntityType::Fund, "北海市向海经济产业投资基金"));
}

TEST_CASE("东数西算 is a national project - a zone with its full kind is no short form of another") {
  const auto r = extract_text(
      "作为“东数西算”工程的8个国家数据中心集群之一,中卫数据中心集群去年产值增长三成。"
      "贵安数据中心集群已投运机架12万架。\n"
      "长春汽车经济技术开发区聚集零部件企业300家。长春经济技术开发区则以光电信息产业为主,"
      "长春经开区今年新引进项目15个。");
  INFO(r.dump());
  const auto* p = r.any("东数西算");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::Project);
  CHECK(r.facts(Relation::locatedIn) > 0);
  CHECK_FALSE(r.fact("东数西算", Relation::locatedIn, "中卫市"));
  CHECK(r.count(EntityType::IndustrialCluster) == 2);
  CHECK(r.fact("贵安新区数据中心产业集群", Relation::locatedIn, "贵安新区"));
  const auto* ca = r.entity(EntityType::Zone, "长春汽车经济技术开发区");
  const auto* cj = r.entity(EntityType::Zone, "长春经济技术开发区");
  REQUIRE(ca != nullptr);
  REQUIRE(cj != nullptr);
  CHECK(ca != cj);
  CHECK(std::find(cj->aliases.begin(), cj->aliases.end(), "长春经开区") != cj->aliases.end());
}
