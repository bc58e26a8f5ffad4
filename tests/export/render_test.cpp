#include "export/render.h"

#include <doctest/doctest.h>

#include "export/xml_test_util.h"
#include "graph/fixture_graph.h"

namespace ckg {

TEST_CASE("render: the Graphviz input carries labels and colours and the legend") {
  const auto g = make_export_graph(fixture::graph());
  const std::string dot = graph_to_dot(g);
  CHECK(dot.find("digraph") != std::string::npos);
  CHECK(dot.find("浙江") != std::string::npos);
  CHECK(dot.find(hex_color(type_color(EntityType::IndustrialCluster))) != std::string::npos);
  CHECK(dot.find("产业集群 IndustrialCluster (2)") != std::string::npos);
  CHECK(dot.find("金额 MonetaryAmount (1)") != std::string::npos);
  CHECK(dot.find("Region") == std::string::npos);               // no region node is drawn, so none in the legend
  CHECK(dot.find("A&amp;B&lt;测试&gt;") == std::string::npos);  // node labels are plain strings, not HTML
}

TEST_CASE("render: SVG with the Chinese labels and the legend") {
  test::TempDir dir;
  const auto g = make_export_graph(fixture::graph());
  REQUIRE(render_graph(g, dir / "g.svg", ImageFormat::Svg).empty());
  const std::string svg = test::read_file(dir / "g.svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("杭州测试材料产业集群") != std::string::npos);  // in a tooltip/title (label is cut)
  CHECK(svg.find("省级行政区 Province (3)") != std::string::npos);
  test::XmlDoc doc(dir / "g.svg");
  CHECK(doc.ok());  // well-formed XML, the XML specials escaped
}

TEST_CASE("render: PNG is deterministic") {
  test::TempDir dir;
  const auto g = make_export_graph(fixture::graph());
  REQUIRE(render_graph(g, dir / "a.png", ImageFormat::Png).empty());
  REQUIRE(render_graph(g, dir / "b.png", ImageFormat::Png).empty());
  const std::string png = test::read_file(dir / "a.png");
  REQUIRE(png.size() > 1000);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1A\n") == 0);
  CHECK(png == test::read_file(dir / "b.png"));
}

TEST_CASE("render: refuses what it cannot draw and writes nothing") {
  test::TempDir dir;
  const auto g = make_export_graph(fixture::graph());
  RenderOptions small;
  small.max_nodes = 5;
  CHECK(render_graph(g, dir / "a.svg", ImageFormat::Svg, small).find("at most 5") != std::string::npos);
  RenderOptions odd;
  odd.layout = "spring";
  CHECK(render_graph(g, dir / "b.svg", ImageFormat::Svg, odd).find("unknown layout") != std::string::npos);
  CHECK(render_graph(ExportGraph{}, dir / "c.svg", ImageFormat::Svg).find("no nodes") != std::string::npos);
  CHECK(std::filesystem::is_empty(dir.path()));
  ImageFormat f;
  CHECK(image_format_from_extension("x.png", f));
  CHECK(f == ImageFormat::Png);
  CHECK_FALSE(image_format_from_extension("x.jpg", f));
}

}  // namespace ckg
