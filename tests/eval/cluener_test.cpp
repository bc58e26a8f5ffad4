// CLUENER2020 evaluation: spans from the annotation, the mapping of entity
// types to labels, places that follow each other as one address.
#include <doctest/doctest.h>

#include "eval/cluener.h"
#include "eval/runner.h"
#include "extract/extractor.h"

using namespace ckg;

TEST_CASE("a CLUENER line gives the spans of the evaluated labels - end exclusive") {
  std::string error;
  const auto r = eval::parse_cluener_line(
      R"({"text":"星展银行在北京市海淀区开设分行。","label":{"company":{"星展银行":[[0,3]]},"address":{"北京市海淀区":[[5,10]]},"name":{"某人":[[0,1]]}}})",
      error);
  REQUIRE(r);
  REQUIRE(r->gold.size() == 2);
  CHECK(r->gold[0].label == "address");
  CHECK(r->gold[0].begin == 5);
  CHECK(r->gold[0].end == 11);
  CHECK(r->gold[1].label == "company");
  CHECK_FALSE(eval::parse_cluener_line(R"({"text":"短","label":{"company":{"x":[[0,5]]}}})", error));
  CHECK(error.find("outside") != std::string::npos);
  CHECK_FALSE(eval::parse_cluener_line("not json", error));
}

TEST_CASE("places that follow each other are one address - nested places are not addresses") {
  Article a;
  std::string error;
  REQUIRE(eval::read_article("c", "星展银行在北京市海淀区开设分行，北京市人民政府表示欢迎。", a, error));
  const auto spans = eval::cluener_spans(extract_article(a));
  bool company = false, address = false, government = false, nested = false;
  for (const auto& s : spans) {
    if (s.label == "company" && s.begin == 0 && s.end == 4) company = true;
    if (s.label == "address" && s.begin == 5 && s.end == 11) address = true;
    if (s.label == "government" && s.begin == 16 && s.end == 23) government = true;
    if (s.label == "address" && s.begin == 16) nested = true;
  }
  CHECK(company);
  CHECK(address);
  CHECK(government);
  CHECK_FALSE(nested);
}

TEST_CASE("scores per label and the micro average") {
  eval::ClueRecord rec;
  rec.text = "甲乙丙丁";
  rec.gold = {{"company", 0, 2}, {"government", 2, 4}};
  eval::ClueScores s;
  eval::score_cluener(rec, {{"company", 0, 2}, {"address", 2, 4}}, s);
  CHECK(s.by_label["company"].tp == 1);
  CHECK(s.by_label["government"].gold == 1);
  CHECK(s.by_label["government"].tp == 0);
  CHECK(s.by_label["address"].pred == 1);
  const auto out = eval::format_cluener(s, true);
  CHECK(out.find("micro") != std::string::npos);
  CHECK(out.find("spurious address 丙丁") != std::string::npos);
}
