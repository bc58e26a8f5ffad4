// End-to-end: `clusterkg build` writes graph.gexf, and `clusterkg export` /
// `render` read a build back through graph.nq.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>

#include "export/xml_test_util.h"

namespace ckg {
namespace {

struct Run {
  int status = -1;
  std::string err;
};

Run run(const std::string& args, const test::TempDir& dir) {
  const auto err_file = dir / "stderr.txt";
  const std::string cmd = std::string(CKG_BINARY) + " " + args + " 2>" + err_file.string() + " >/dev/null";
  const int rc = std::system(cmd.c_str());
  return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, test::read_text(err_file)};
}

std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("cli export: without a view it gives back exactly what build wrote") {
  test::TempDir dir;
  REQUIRE(run("build -o " + q(dir / "out"), dir).status == 0);
  for (const char* f : {"graph.graphml", "graph.gexf", "graph.nq"}) REQUIRE(std::filesystem::exists(dir / "out" / f));
  REQUIRE(run("export --data " + q(dir / "out") + " -o " + q(dir / "e.graphml"), dir).status == 0);
  REQUIRE(run("export --data " + q(dir / "out") + " -o " + q(dir / "e.gexf"), dir).status == 0);
  CHECK(test::read_text(dir / "e.graphml") == test::read_text(dir / "out" / "graph.graphml"));
  CHECK(test::read_text(dir / "e.gexf") == test::read_text(dir / "out" / "graph.gexf"));
}

TEST_CASE("cli build: graph.gexf and graph.graphml are byte-identical across runs") {
  test::TempDir dir;
  REQUIRE(run("build -o " + q(dir / "a"), dir).status == 0);
  REQUIRE(run("build -o " + q(dir / "b"), dir).status == 0);
  CHECK(test::read_text(dir / "a" / "graph.gexf") == test::read_text(dir / "b" / "graph.gexf"));
  CHECK(test::read_text(dir / "a" / "graph.graphml") == test::read_text(dir / "b" / "graph.graphml"));
  // The sample's GEXF validates once the viz elements are set aside.
  test::XmlDoc doc(dir / "a" / "graph.gexf");
  REQUIRE(doc.ok());
  CHECK(test::strip_viz(xmlDocGetRootElement(doc.get())) > 0);
  CHECK(test::validate(doc.get(), test::schema_dir() / "gexf" / "1.3" / "gexf.xsd") == "");
  CHECK(doc.count("//x:spell") > 0);
  test::XmlDoc graphml(dir / "a" / "graph.graphml");
  CHECK(test::validate(graphml.get(), test::schema_dir() / "graphml" / "graphml.xsd") == "");
}

TEST_CASE("cli export: a province view") {
  test::TempDir dir;
  REQUIRE(run("build -o " + q(dir / "out"), dir).status == 0);
  const Run r = run("export --data " + q(dir / "out") + " --within 广东 --depth 0 -o " + q(dir / "gd.gexf"), dir);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(r.err.find("view: within=广东 depth=0") != std::string::npos);
  test::XmlDoc doc(dir / "gd.gexf");
  REQUIRE(doc.ok());
  test::XmlDoc all(dir / "out" / "graph.gexf");
  CHECK(doc.count("//x:node") > 1);
  CHECK(doc.count("//x:node") < all.count("//x:node"));
  CHECK(doc.count("//x:node[x:attvalues/x:attvalue[@for='full_name' and @value='广东省']]") == 1);
  // Every place in the view is 广东's (its code starts with 44).
  for (auto* v : doc.nodes("//x:attvalue[@for='code']")) CHECK(test::attr(v, "value").rfind("44", 0) == 0);
  CHECK(doc.value("/x:gexf/x:meta/x:description").find("within=广东") != std::string::npos);
}

TEST_CASE("cli export and render: errors and exit codes") {
  test::TempDir dir;
  REQUIRE(run("build -o " + q(dir / "out"), dir).status == 0);
  const std::string data = " --data " + q(dir / "out");
  Run r = run("export" + data + " --types Factory -o " + q(dir / "x.graphml"), dir);
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown type 'Factory'") != std::string::npos);
  r = run("export" + data + " -o " + q(dir / "x.csv"), dir);
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot tell the format") != std::string::npos);
  r = run("render" + data + " -o " + q(dir / "x.gexf"), dir);  // render draws pictures only
  CHECK(r.status == 2);
  r = run("export --data " + q(dir / "missing") + " -o " + q(dir / "x.gexf"), dir);
  CHECK(r.status == 1);
  CHECK(r.err.find("missing") != std::string::npos);
  r = run("render" + data + " --max-nodes 3 -o " + q(dir / "x.png"), dir);
  CHECK(r.status == 1);
  CHECK(r.err.find("at most 3") != std::string::npos);
  for (const char* f : {"x.graphml", "x.csv", "x.gexf", "x.png"}) CHECK_FALSE(std::filesystem::exists(dir / f));
}

TEST_CASE("cli render: a PNG and an SVG of a view") {
  test::TempDir dir;
  REQUIRE(run("build -o " + q(dir / "out"), dir).status == 0);
  const Run r = run("render --data " + q(dir / "out") + " --within 江苏省 -o " + q(dir / "js.png"), dir);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(test::read_text(dir / "js.png").compare(0, 4, "\x89PNG") == 0);
  REQUIRE(run("export --data " + q(dir / "out") + " --sector 新型储能 -f svg -o " + q(dir / "s.out"), dir).status == 0);
  CHECK(test::read_text(dir / "s.out").find("新型储能") != std::string::npos);
}

}  // namespace ckg
