#include "export/xml_text.h"

#include <doctest/doctest.h>

#include <cstdlib>

#include "export/xml_test_util.h"

namespace ckg {

TEST_CASE("format_double: shortest form that reads back exactly") {
  CHECK(format_double(30.267) == "30.267");
  CHECK(format_double(120.15507) == "120.15507");
  CHECK(format_double(218000000000.0) == "218000000000");
  CHECK(format_double(-0.0) == "0");
  CHECK(format_double(0.1 + 0.2) == "0.30000000000000004");
  const double v = 1.0 / 7.0;
  CHECK(std::strtod(format_double(v).c_str(), nullptr) == v);
}

TEST_CASE("XmlWriter: escapes and comments and atomic files") {
  test::TempDir dir;
  {
    XmlWriter w(dir / "a.xml");
    w.start("root");
    w.attr("name", "a\"b<c>&d\x02");
    w.comment("two -- dashes-");
    w.start("t");
    w.text("x < y & 长三角");
    w.end();
    w.end();
    REQUIRE(w.finish().empty());
  }
  test::XmlDoc doc(dir / "a.xml");
  REQUIRE(doc.ok());
  CHECK(doc.value("/root/@name") == "a\"b<c>&d");
  CHECK(doc.value("/root/t") == "x < y & 长三角");
  const std::string text = test::read_file(dir / "a.xml");
  CHECK(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(text.find("长三角") != std::string::npos);  // raw UTF-8, not character references
  CHECK(text.find("<!-- two - - dashes- -->") != std::string::npos);
  // Only the final file is left in the folder.
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);

  XmlWriter bad(dir / "no-such-folder" / "b.xml");
  bad.start("root");
  bad.end();
  CHECK(bad.finish().find("no-such-folder") != std::string::npos);
}

}  // namespace ckg
