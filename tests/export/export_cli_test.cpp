// End-to-end: `clusterkg build` writes graph.gexf, and `clusterkg export` /
// `render` read a build back through graph.nq.
#include <doctest/doctest.h>

#include "export/xml_test_util.h"

namespace ckg {
namespace {

using Args = std::vector<std::string>;

test::RunResult build(const test::TempDir& dir, const std::string& name = "out") {
  return test::run_clusterkg({"build", "-o", (dir / name).string()});
}

}  // namespace

TEST_CASE("cli export: without a view it gives back exactly what build wrote") {
  test::TempDir dir;
  REQUIRE(build(dir).status == 0);
  const std::string data = (dir / "out").string();
  for (const char* f : {"graph.graphml", "graph.gexf", "graph.nq"}) REQUIRE(std::filesystem::exists(dir / "out" / f));
  REQUIRE(test::run_clusterkg({"export", "--data", data, "-o", (dir / "e.graphml").string()}).status == 0);
  REQUIRE(test::run_clusterkg({"export", "--data", data, "-o", (dir / "e.gexf").string()}).status == 0);
  CHECK(test::read_file(dir / "e.graphml") == test::read_file(dir / "out" / "graph.graphml"));
  CHECK(test::read_file(dir / "e.gexf") == test::read_file(dir / "out" / "graph.gexf"));
}

TEST_CASE("cli build: graph.gexf and graph.graphml are byte-identical across runs") {
  test::TempDir dir;
  REQUIRE(build(dir, "a").status == 0);
  REQUIRE(build(dir, "b").status == 0);
  CHECK(test::read_file(dir / "a" / "graph.gexf") == test::read_file(dir / "b" / "graph.gexf"));
  CHECK(test::read_file(dir / "a" / "graph.graphml") == test::read_file(dir / "b" / "graph.graphml"));
  // The sample's files validate (the GEXF once the viz elements are set aside).
  test::XmlDoc doc(dir / "a" / "graph.gexf");
  REQUIRE(doc.ok());
  CHECK(test::strip_viz(xmlDocGetRootElement(doc.get())) > 0);
  CHECK(test::validate(doc.get(), test::schema_dir() / "gexf" / "1.3" / "gexf.xsd") == "");
  CHECK(doc.count("//x:spell") > 0);
  test::XmlDoc graphml(dir / "a" / "graph.graphml");
  REQUIRE(graphml.ok());
  CHECK(test::validate(graphml.get(), test::schema_dir() / "graphml" / "graphml.xsd") == "");
}

TEST_CASE("cli export: a province view") {
  test::TempDir dir;
  REQUIRE(build(dir).status == 0);
  const auto r = test::run_clusterkg({"export", "--data", (dir / "out").string(), "--within", "广东", "--depth", "0",
                                      "-o", (dir / "gd.gexf").string()});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(r.err.find("view: within=广东 depth=0") != std::string::npos);
  test::XmlDoc doc(dir / "gd.gexf");
  REQUIRE(doc.ok());
  test::XmlDoc all(dir / "out" / "graph.gexf");
  CHECK(doc.count("//x:node") > 1);
  CHECK(doc.count("//x:node") < all.count("//x:node"));
  CHECK(doc.count("//x:node[x:attvalues/x:attvalue[@for='full_name' and @value='广东省']]") == 1);
  // Every division in the view is 广东's (its code starts with 44).
  for (auto* v : doc.nodes("//x:attvalue[@for='code']")) CHECK(test::attr(v, "value").rfind("44", 0) == 0);
  CHECK(doc.value("/x:gexf/x:meta/x:description").find("within=广东") != std::string::npos);
}

TEST_CASE("cli export and render: errors and exit codes") {
  test::TempDir dir;
  REQUIRE(build(dir).status == 0);
  const std::string data = (dir / "out").string();
  auto r = test::run_clusterkg({"export", "--data", data, "--types", "Factory", "-o", (dir / "x.graphml").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown type 'Factory'") != std::string::npos);
  r = test::run_clusterkg({"export", "--data", data, "-o", (dir / "x.csv").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot tell the format") != std::string::npos);
  r = test::run_clusterkg({"render", "--data", data, "-o", (dir / "x.gexf").string()});  // pictures only
  CHECK(r.status == 2);
  r = test::run_clusterkg({"export", "--data", (dir / "missing").string(), "-o", (dir / "x.gexf").string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("missing") != std::string::npos);
  r = test::run_clusterkg({"render", "--data", data, "--max-nodes", "3", "-o", (dir / "x.png").string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("at most 3") != std::string::npos);
  for (const char* f : {"x.graphml", "x.csv", "x.gexf", "x.png"}) CHECK_FALSE(std::filesystem::exists(dir / f));
}

TEST_CASE("cli render: a PNG and an SVG of a view") {
  test::TempDir dir;
  REQUIRE(build(dir).status == 0);
  const std::string data = (dir / "out").string();
  const auto r = test::run_clusterkg({"render", "--data", data, "--within", "江苏省", "-o", (dir / "js.png").string()});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(test::read_file(dir / "js.png").compare(0, 4, "\x89PNG") == 0);
  REQUIRE(test::run_clusterkg(
              {"export", "--data", data, "--sector", "新型储能", "-f", "svg", "-o", (dir / "s.out").string()})
              .status == 0);
  CHECK(test::read_file(dir / "s.out").find("新型储能") != std::string::npos);
}

}  // namespace ckg
