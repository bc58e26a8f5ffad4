#include "export/gexf_writer.h"

#include <doctest/doctest.h>

#include "export/xml_test_util.h"
#include "graph/fixture_graph.h"

namespace ckg {

using test::attr;
using test::TempDir;
using test::XmlDoc;

namespace {

std::string node_id(const XmlDoc& doc, const std::string& full_name) {
  return doc.value("//x:node[x:attvalues/x:attvalue[@for='full_name' and @value='" + full_name + "']]/@id");
}

}  // namespace

TEST_CASE("gexf: valid against the GEXF 1.3 schema once the viz elements are removed") {
  TempDir dir;
  REQUIRE(write_gexf(fixture::graph(), dir / "g.gexf").empty());
  XmlDoc doc(dir / "g.gexf");
  REQUIRE(doc.ok());
  const auto xsd = test::schema_dir() / "gexf" / "1.3" / "gexf.xsd";
  // The published XSD puts color/position/size in the main namespace, so the
  // viz elements that Gephi reads fail it (this check guards that the strip
  // below is what makes the difference).
  const std::string before = test::validate(doc.get(), xsd);
  INFO(before);
  CHECK(before.find("viz}color") != std::string::npos);
  CHECK(test::strip_viz(xmlDocGetRootElement(doc.get())) == 3 * 15);
  CHECK(test::validate(doc.get(), xsd) == "");
}

TEST_CASE("gexf: header and timeline settings and columns") {
  TempDir dir;
  REQUIRE(write_gexf(fixture::graph(), dir / "g.gexf").empty());
  XmlDoc doc(dir / "g.gexf");
  REQUIRE(doc.ok());
  CHECK(doc.value("/x:gexf/@version") == "1.3");
  CHECK(doc.count("/x:gexf/x:graph[@defaultedgetype='directed' and @mode='dynamic' and @timeformat='date' and "
                  "@timerepresentation='interval']") == 1);
  CHECK(doc.value("/x:gexf/x:graph/x:attributes[@class='node']/x:attribute[@id='latitude']/@type") == "double");
  CHECK(doc.value("/x:gexf/x:graph/x:attributes[@class='node']/x:attribute[@id='year']/@type") == "integer");
  CHECK(doc.value("/x:gexf/x:graph/x:nodes/@count") == "15");
  CHECK(doc.value("/x:gexf/x:graph/x:edges/@count") == "12");
  CHECK(doc.count("//x:node") == 15);
  CHECK(doc.count("//x:edge") == 12);
}

TEST_CASE("gexf: spells parsed back") {
  TempDir dir;
  REQUIRE(write_gexf(fixture::graph(), dir / "g.gexf").empty());
  XmlDoc doc(dir / "g.gexf");
  REQUIRE(doc.ok());
  const std::string cluster = node_id(doc, "杭州测试材料产业集群");
  const std::string company = node_id(doc, "甲乙丙测试科技有限公司");
  const std::string target = node_id(doc, "500亿元（2028年）");
  REQUIRE_FALSE(cluster.empty());
  // The cluster: from its first article to the end of its target year.
  CHECK(doc.value("//x:node[@id='" + cluster + "']/x:spells/x:spell/@start") == "2025-03-01");
  CHECK(doc.value("//x:node[@id='" + cluster + "']/x:spells/x:spell/@end") == "2028-12-31");
  CHECK(doc.count("//x:node[@id='" + cluster + "']/x:spells/x:spell") == 1);
  // An edge stated in two dated articles.
  const std::string member = "//x:edge[@source='" + company + "' and @target='" + cluster + "']";
  CHECK(doc.value(member + "/x:spells/x:spell/@start") == "2025-03-01");
  CHECK(doc.value(member + "/x:spells/x:spell/@end") == "2025-05-20");
  CHECK(doc.value(member + "/@weight") == "2");
  CHECK(doc.value(member + "/@kind") == "memberOf");
  // The target amount and its edge run to the end of 2028.
  CHECK(doc.value("//x:edge[@target='" + target + "']/x:spells/x:spell/@end") == "2028-12-31");
  CHECK(doc.value("//x:node[@id='" + target + "']/x:spells/x:spell/@end") == "2028-12-31");
  // Undated: no spell (present at all times).
  CHECK(doc.count("//x:node[@id='" + node_id(doc, "测试服务") + "']/x:spells") == 0);
  // Every spell has both ends, start <= end, as dates.
  for (auto* s : doc.nodes("//x:spell")) {
    const auto start = attr(s, "start"), end = attr(s, "end");
    CHECK(start.size() == 10);
    CHECK(end.size() == 10);
    CHECK(start <= end);
  }
}

TEST_CASE("gexf: viz colour and position and size and parallel relations") {
  TempDir dir;
  REQUIRE(write_gexf(fixture::graph(), dir / "g.gexf").empty());
  XmlDoc doc(dir / "g.gexf");
  REQUIRE(doc.ok());
  const std::string zj = node_id(doc, "浙江省");
  const Rgb c = type_color(EntityType::Province);
  CHECK(doc.value("//x:node[@id='" + zj + "']/viz:color/@r") == std::to_string(c.r));
  CHECK(doc.value("//x:node[@id='" + zj + "']/viz:color/@b") == std::to_string(c.b));
  CHECK(doc.value("//x:node[@id='" + zj + "']/@label") == "浙江");
  CHECK_FALSE(doc.value("//x:node[@id='" + zj + "']/viz:position/@x").empty());
  CHECK(std::stod(doc.value("//x:node[@id='" + zj + "']/viz:size/@value")) >= 10.0);
  for (auto* n : doc.nodes("//viz:color")) {
    for (const char* ch : {"r", "g", "b"}) {
      const int v = std::stoi(attr(n, ch));
      CHECK(v >= 0);
      CHECK(v <= 255);
    }
  }
  // Parallel relations carry different kinds, so Gephi keeps both.
  const std::string zone = node_id(doc, "杭州测试园区"), city = node_id(doc, "杭州市");
  const std::string pair = "//x:edge[@source='" + zone + "' and @target='" + city + "']";
  CHECK(doc.count(pair) == 2);
  CHECK(doc.count(pair + "[@kind='partOf']") == 1);
  CHECK(doc.count(pair + "[@kind='locatedIn']") == 1);
}

TEST_CASE("gexf: a graph without dates is static") {
  auto articles = fixture::articles();
  KnowledgeGraph kg;
  kg.add(articles[2]);  // the undated article
  TempDir dir;
  REQUIRE(write_gexf(kg, dir / "g.gexf").empty());
  XmlDoc doc(dir / "g.gexf");
  REQUIRE(doc.ok());
  CHECK(doc.count("/x:gexf/x:graph[@mode='static']") == 1);
  CHECK(doc.count("/x:gexf/x:graph/@timeformat") == 0);
  CHECK(doc.count("//x:spell") == 0);
}

}  // namespace ckg
