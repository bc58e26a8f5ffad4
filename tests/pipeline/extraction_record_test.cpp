// The binary extraction record: what goes in comes out, and damaged bytes
// give an error naming what is wrong, never a crash or a half-filled result.
#include "pipeline/extraction_record.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>

#include "extract/extractor.h"
#include "pipeline/extraction_json.h"
#include "scale/corpus_helpers.h"
#include "support/helpers.h"

using namespace ckg;

namespace {

// An extraction with every optional part filled and values that text forms
// tend to lose: doubles that need 17 digits, a negative year, empty strings.
ArticleExtraction every_field() {
  ArticleExtraction x;
  x.article.id = "a1";
  x.article.source = "in.jsonl:3";
  x.article.url = "https://example.org/1";
  x.article.title = "标题";
  x.article.date = "2026-01-02";
  x.article.content_hash = "00ff";
  x.sentences.push_back({{0, 12}, "武汉发布江城基金。"});
  x.sentences.push_back({{4000000000u, 4000000001u}, ""});
  ExtractedEntity e;
  e.type = EntityType::City;
  e.name = "武汉市";
  e.key = "420100";
  e.aliases = {"武汉", "江城"};
  e.local_aliases = {"该市"};
  e.lexicon_name = true;
  e.mentions.push_back({{0, 2}, "武汉"});
  e.merge_reason = "same name";
  e.confidence = 0.1 + 0.2;
  e.place = PlaceInfo{"420100", "420000", 30.593099, 114.305393, true};
  e.broader = {"x", ""};
  x.entities.push_back(e);
  ExtractedEntity f;
  f.type = EntityType::Fund;
  f.name = "江城基金";
  f.key = "江城基金";
  x.entities.push_back(f);
  ExtractedFact fact;
  fact.subject = 1;
  fact.relation = Relation::locatedIn;
  fact.object = 0;
  fact.sentence = 0;
  fact.rule = "fund-in-city";
  fact.confidence = std::nextafter(0.9, 1.0);
  x.facts.push_back(fact);
  ExtractedFact value;
  value.subject = 1;
  value.relation = static_cast<Relation>(kRelationCount - 1);
  value.object = -1;
  value.value = "12000000000";
  value.year = -7;
  value.sentence = -1;
  x.facts.push_back(value);
  return x;
}

}  // namespace

TEST_CASE("an extraction record gives back every field") {
  const ArticleExtraction x = every_field();
  const std::string record = pack_extraction(x);
  ArticleExtraction back;
  REQUIRE(unpack_extraction(record, back) == "");
  CHECK(extraction_to_json(back) == extraction_to_json(x));
  // Doubles bit for bit (the JSON above prints them rounded to 17 digits).
  CHECK(std::memcmp(&back.entities[0].confidence, &x.entities[0].confidence, sizeof(double)) == 0);
  CHECK(std::memcmp(&back.entities[0].place->lat, &x.entities[0].place->lat, sizeof(double)) == 0);
  CHECK(back.facts[1].year == -7);
  CHECK_FALSE(back.facts[0].year.has_value());
  CHECK(back.sentences[1].span.begin == 4000000000u);
  CHECK_FALSE(back.entities[1].place.has_value());
  // Appending to a buffer gives the same bytes after what was there.
  std::string buf = "xy";
  pack_extraction(x, buf);
  CHECK(buf == "xy" + record);
}

TEST_CASE("extraction records of the sample corpus give back what was packed") {
  for (const auto& a : test::sample_articles()) {
    ArticleExtraction x = extract_article(a);
    compact_extraction(x);
    ArticleExtraction back;
    REQUIRE(unpack_extraction(pack_extraction(x), back) == "");
    CHECK(extraction_to_json(back) == extraction_to_json(x));
  }
}

TEST_CASE("a damaged extraction record is an error and the result is left empty") {
  const std::string record = pack_extraction(every_field());
  ArticleExtraction out;
  CHECK(unpack_extraction("", out) == "not an extraction record");
  CHECK(unpack_extraction("{\"v\":1}", out) == "not an extraction record");
  std::string other = record;
  other[1] = 9;
  CHECK(unpack_extraction(other, out).find("version 9") != std::string::npos);
  CHECK(unpack_extraction(record + "z", out) == "extraction record has bytes after its end");
  CHECK(out.article.id.empty());
  // Every cut short: an error, and nothing of the record is kept.
  for (std::size_t n = 0; n < record.size(); ++n) {
    INFO(n);
    out = every_field();
    CHECK_FALSE(unpack_extraction(std::string_view(record).substr(0, n), out).empty());
    CHECK(out.entities.empty());
    CHECK(out.article.id.empty());
  }
  // Random bytes changed: an error or a record, never a crash (ASan and
  // UBSan watch this in CI); indexes that come back point inside.
  test::Rng rng(7);
  int errors = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string bad = record;
    for (int k = 0; k < 3; ++k)
      bad[rng.next(static_cast<std::uint32_t>(bad.size()))] = static_cast<char>(rng.next(256));
    if (!unpack_extraction(bad, out).empty()) {
      ++errors;
      continue;
    }
    for (const auto& f : out.facts) {
      CHECK(f.subject >= 0);
      CHECK(f.subject < static_cast<int>(out.entities.size()));
      CHECK(f.object < static_cast<int>(out.entities.size()));
      CHECK(f.sentence < static_cast<int>(out.sentences.size()));
    }
  }
  CHECK(errors > 0);
}

TEST_CASE("a fact that points past the record's entities or sentences is named") {
  ArticleExtraction x = every_field();
  x.facts[0].object = 2;
  ArticleExtraction out;
  CHECK(unpack_extraction(pack_extraction(x), out) == "a fact's object out of range");
  x = every_field();
  x.facts[0].sentence = 2;
  CHECK(unpack_extraction(pack_extraction(x), out) == "a fact's sentence out of range");
  x = every_field();
  x.article.id.clear();
  CHECK(unpack_extraction(pack_extraction(x), out) == "extraction record without an article id");
}
