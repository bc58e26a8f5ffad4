#include "util/xml_escape.h"

#include <doctest/doctest.h>

#include <string>

namespace ckg {

TEST_CASE("xml_clean: drops what XML 1.0 cannot hold and keeps the rest") {
  CHECK(xml_clean("产业\x01集群\x1F") == "产业集群");
  CHECK(xml_clean("a\tb\nc\rd") == "a\tb\nc\rd");
  CHECK(xml_clean(std::string("x\0y", 3)) == "xy");
  CHECK(xml_clean("\xEF\xBF\xBE\xEF\xBF\xBF") == "");  // U+FFFE, U+FFFF
  CHECK(xml_clean("a\xFF"
                  "b") ==
        "a\xEF\xBF\xBD"
        "b");                                                                  // invalid byte -> U+FFFD
  CHECK(xml_clean("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate is not UTF-8
  CHECK(xml_clean("𠮷野家🙂") == "𠮷野家🙂");
}

TEST_CASE("xml_escape: entities for markup characters on top of xml_clean") {
  CHECK(xml_escape("A&B <产业> \"集群\"") == "A&amp;B &lt;产业&gt; &quot;集群&quot;");
  CHECK(xml_escape("it's") == "it's");  // safe in double-quoted attributes and in content
  CHECK(xml_escape("a\x01"
                   "b\xEF\xBF\xBF<") == "ab&lt;");
  CHECK(xml_escape("\xFF&") == "\xEF\xBF\xBD&amp;");
  CHECK(xml_escape("") == "");
}

}  // namespace ckg
