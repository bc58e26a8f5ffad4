#include "export/graphml_writer.h"

#include <doctest/doctest.h>

#include <map>
#include <set>

#include "export/xml_test_util.h"
#include "graph/fixture_graph.h"

namespace ckg {

using test::attr;
using test::TempDir;
using test::XmlDoc;

TEST_CASE("graphml: valid against the GraphML schema") {
  TempDir dir;
  REQUIRE(write_graphml(fixture::graph(), dir / "g.graphml").empty());
  XmlDoc doc(dir / "g.graphml");
  REQUIRE(doc.ok());
  CHECK(test::validate(doc.get(), test::schema_dir() / "graphml" / "graphml.xsd") == "");
}

TEST_CASE("graphml: the schema check can fail") {
  // A key type outside the GraphML list is rejected, so the check above means something.
  TempDir dir;
  test::write_file(dir / "bad.graphml",
                   "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                   "<key id=\"d0\" for=\"node\" attr.name=\"a\" attr.type=\"decimal\"/>"
                   "<graph edgedefault=\"directed\"/></graphml>");
  XmlDoc doc(dir / "bad.graphml");
  REQUIRE(doc.ok());
  CHECK(test::validate(doc.get(), test::schema_dir() / "graphml" / "graphml.xsd") != "");
}

TEST_CASE("graphml: keys that Gephi and networkx and igraph all read") {
  TempDir dir;
  REQUIRE(write_graphml(fixture::graph(), dir / "g.graphml").empty());
  XmlDoc doc(dir / "g.graphml");
  REQUIRE(doc.ok());
  CHECK(doc.count("/g:graphml/g:graph[@edgedefault='directed']") == 1);
  const std::set<std::string> types = {"boolean", "int", "long", "float", "double", "string"};
  std::map<std::string, std::set<std::string>> names;  // domain -> attr.name
  std::set<std::string> ids;
  for (auto* k : doc.nodes("/g:graphml/g:key")) {
    const auto domain = attr(k, "for");
    CHECK((domain == "node" || domain == "edge"));
    CHECK(types.count(attr(k, "attr.type")) == 1);
    CHECK(names[domain].insert(attr(k, "attr.name")).second);  // unique per domain
    CHECK(ids.insert(attr(k, "id")).second);
    CHECK(attr(k, "id") != "id");
    CHECK(attr(k, "attr.name") != "id");
  }
  for (const char* name : {"label", "full_name", "type", "code", "iri", "latitude", "longitude", "r", "g", "b", "size",
                           "x", "y", "degree", "articles", "first_seen", "last_seen"})
    CHECK_MESSAGE(names["node"].count(name), name);
  for (const char* name : {"label", "weight", "relation", "first_seen", "last_seen", "articles"})
    CHECK_MESSAGE(names["edge"].count(name), name);
  CHECK(doc.value("/g:graphml/g:key[@attr.name='latitude']/@attr.type") == "double");
  CHECK(doc.value("/g:graphml/g:key[@attr.name='r']/@attr.type") == "int");
  CHECK(doc.value("/g:graphml/g:key[@attr.name='weight']/@attr.type") == "double");
}

TEST_CASE("graphml: values and missing values and escaping") {
  TempDir dir;
  REQUIRE(write_graphml(fixture::graph(), dir / "g.graphml").empty());
  XmlDoc doc(dir / "g.graphml");
  REQUIRE(doc.ok());
  auto key = [&](const std::string& domain, const std::string& name) {
    return doc.value("/g:graphml/g:key[@for='" + domain + "' and @attr.name='" + name + "']/@id");
  };
  const std::string full = key("node", "full_name"), lat = key("node", "latitude"), label = key("node", "label");
  CHECK(doc.count("//g:node") == 15);
  CHECK(doc.count("//g:edge") == 12);
  // A province: its point with full precision, its short label.
  const std::string zj = "//g:node[g:data[@key='" + full + "']='浙江省']";
  CHECK(doc.value(zj + "/g:data[@key='" + lat + "']") == "30.267");
  CHECK(doc.value(zj + "/g:data[@key='" + label + "']") == "浙江");
  CHECK(doc.value("//g:node[g:data[@key='" + full + "']='杭州市']/g:data[@key='" + key("node", "longitude") + "']") ==
        "120.15507");
  // No point, no latitude element (not 0): Gephi sees null, networkx no key, igraph NaN.
  CHECK(doc.count("//g:node[g:data[@key='" + full + "']='测试人']/g:data[@key='" + lat + "']") == 0);
  CHECK(doc.count("//g:data[@key='" + lat + "' and (.='0' or .='')]") == 0);
  // XML specials come back as written; the control character is gone.
  CHECK(doc.count("//g:node[g:data[@key='" + full + "']='A&B<测试>\"公司\"尾']") == 1);
  CHECK(test::read_file(dir / "g.graphml").find('\x01') == std::string::npos);
  // Edge label is the relation, weight the number of articles.
  const std::string rel = key("edge", "label"), weight = key("edge", "weight");
  CHECK(doc.count("//g:edge[g:data[@key='" + rel + "']='memberOf' and g:data[@key='" + weight + "']='2']") == 1);
  // Two relations between the zone and 杭州市 stay two edges with their own ids.
  const std::string zone = doc.value("//g:node[g:data[@key='" + full + "']='杭州测试园区']/@id");
  const std::string city = doc.value("//g:node[g:data[@key='" + full + "']='杭州市']/@id");
  CHECK(doc.count("//g:edge[@source='" + zone + "' and @target='" + city + "']") == 2);
}

TEST_CASE("graphml: same graph and same bytes and a failed write leaves nothing") {
  TempDir dir;
  REQUIRE(write_graphml(fixture::graph(), dir / "a.graphml").empty());
  REQUIRE(write_graphml(fixture::graph(), dir / "b.graphml").empty());
  CHECK(test::read_file(dir / "a.graphml") == test::read_file(dir / "b.graphml"));
  const auto err = write_graphml(fixture::graph(), dir / "missing" / "c.graphml");
  CHECK(err.find("missing") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "missing"));
}

}  // namespace ckg
