#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "input/decode.h"
#include "input/reader.h"

using namespace ckg;

namespace {

struct Read {
  std::vector<Article> articles;
  std::vector<InputIssue> issues;
};

Read read(const std::string& name, const std::string& bytes) {
  Read r;
  read_input(
      InputFile{name, name}, bytes, [&](Article&& a) { r.articles.push_back(std::move(a)); }, r.issues);
  return r;
}

}  // namespace

TEST_CASE("Big5 text is not mistaken for GB18030") {
  // 新竹科學園區 in Big5: every byte pair is also valid GBK.
  const std::string big5 = "\xB7\x73\xA6\xCB\xAC\xEC\xBE\xC7\xB6\xE9\xB0\xCF";
  const Decoded d = decode_text(big5 + big5 + big5 + big5 + big5 + big5 + big5 + big5 + big5);
  CHECK(d.encoding == "Big5");
  CHECK(d.text.rfind("新竹科學園區", 0) == 0);
  // 苏州工业园区 in GB18030.
  const std::string gb = "\xCB\xD5\xD6\xDD\xB9\xA4\xD2\xB5\xD4\xB0\xC7\xF8";
  const Decoded g = decode_text(gb + gb + gb + gb + gb + gb + gb + gb + gb);
  CHECK(g.encoding == "GB18030");
  CHECK(g.text.rfind("苏州工业园区", 0) == 0);
}

TEST_CASE("bytes in no known encoding are reported not guessed") {
  std::string junk;
  for (int i = 0; i < 400; ++i) junk.push_back(static_cast<char>(0x80 + (i * 37) % 128));
  const Decoded d = decode_text(junk);
  CHECK(d.error.find("unknown encoding") != std::string::npos);
  auto r = read("junk.txt", junk);
  CHECK(r.articles.empty());
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].skipped);
}

TEST_CASE("NUL bytes are removed with a warning naming the offset") {
  auto r = read("nul.txt", std::string("苏州工业园区\0\0产业集群", 32));
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text == "苏州工业园区产业集群");
  REQUIRE(r.issues.size() == 1);
  CHECK_FALSE(r.issues[0].skipped);
  CHECK(r.issues[0].reason == "2 NUL byte(s) removed, first at byte 18");
}

TEST_CASE("invalid UTF-8 is replaced and its first offset reported") {
  auto r = read("bad.txt", "苏州\xFF工业园区");
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text == "苏州\xEF\xBF\xBD工业园区");
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].reason == "1 invalid UTF-8 sequence(s) replaced by U+FFFD, first at byte 6");
}

TEST_CASE("an article over the size limit is skipped and JSONL keeps its other lines") {
  const std::string huge(17u << 20, 'x');
  auto r = read("huge.txt", huge);
  CHECK(r.articles.empty());
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].reason.find("too large for one article (17 MB") == 0);
  auto j = read("feed.jsonl", "{\"text\":\"" + huge + "\"}\n{\"text\":\"合肥市新能源汽车\"}\n");
  REQUIRE(j.articles.size() == 1);
  REQUIRE(j.issues.size() == 1);
  CHECK(j.issues[0].file == "feed.jsonl:1");
}

TEST_CASE("a JSONL text with control characters is kept not called binary") {
  // Found by jsonl_reader_fuzz: a short text with \u0000 was decoded as binary and emitted empty.
  auto r = read("feed.jsonl", "{\"text\":\"0 \\u0000 nul\"}\n{\"text\":\"\\u0001\\u0002ab\"}\n");
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].text == "0  nul");
  CHECK(r.articles[1].text ==
        "\x01\x02"
        "ab");
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].reason == "1 NUL character(s) removed from \"text\"");
  CHECK_FALSE(r.issues[0].skipped);
}

TEST_CASE("a JSONL number that overflows is a malformed line not a crash") {
  // Found by jsonl_reader_fuzz: nlohmann's out_of_range was not caught.
  auto r = read("feed.jsonl", "{\"n\":1e999999,\"text\":\"a\"}\n{\"text\":\"合肥市\"}\n");
  REQUIRE(r.articles.size() == 1);
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].file == "feed.jsonl:1");
  CHECK(r.issues[0].reason.find("number overflow") != std::string::npos);
}

TEST_CASE("streamed JSONL gives the same articles and issues as reading the file whole") {
  const std::string huge(17u << 20, 'x');
  std::string bytes = "\xEF\xBB\xBF{\"id\":\"a\",\"title\":\"标题\",\"text\":\"合肥市新能源汽车产业集群\"}\r\n";
  bytes += "\n   \n";  // blank lines
  // Over the limit: skipped; streamed past in 4 MB chunks, its whole size reported.
  bytes += "{\"text\":\"" + huge + "\"}\n";
  bytes += "not json\n";                                         // malformed: skipped
  bytes += "{\"title\":\"no text\"}\n";                          // no text: skipped
  bytes += "{\"id\":\"b\",\"text\":\"武汉市 \\u0000 光谷\"}\n";  // escaped NUL: warning
  for (int i = 0; i < 2000; ++i)                                 // many lines across chunk borders
    bytes += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"苏州市第" + std::to_string(i) + "篇\"}\n";
  bytes += "{\"id\":\"last\",\"text\":\"没有换行的最后一行\"}";  // no newline at the end
  const auto whole = read("feed.jsonl", bytes);
  REQUIRE(whole.articles.size() == 2003);
  // From a stream that can seek (a large file), and from one that cannot
  // (stdin: the first 64 KB are read to choose, then handed on).
  for (bool from_stdin : {false, true}) {
    CAPTURE(from_stdin);
    Read streamed;
    std::istringstream in(bytes);
    const ArticleSink sink = [&](Article&& a) { streamed.articles.push_back(std::move(a)); };
    if (from_stdin)
      read_jsonl_input(InputFile{"feed.jsonl", "feed.jsonl"}, in, sink, streamed.issues);
    else
      read_jsonl_stream(InputFile{"feed.jsonl", "feed.jsonl"}, in, sink, streamed.issues);
    REQUIRE(streamed.articles.size() == whole.articles.size());
    for (std::size_t i = 0; i < whole.articles.size(); ++i) {
      CHECK(streamed.articles[i].id == whole.articles[i].id);
      CHECK(streamed.articles[i].text == whole.articles[i].text);
      CHECK(streamed.articles[i].title == whole.articles[i].title);
      CHECK(streamed.articles[i].source == whole.articles[i].source);
    }
    REQUIRE(streamed.issues.size() == whole.issues.size());
    for (std::size_t i = 0; i < whole.issues.size(); ++i) {
      CHECK(streamed.issues[i].file == whole.issues[i].file);
      CHECK(streamed.issues[i].reason == whole.issues[i].reason);
      CHECK(streamed.issues[i].skipped == whole.issues[i].skipped);
    }
  }
}

TEST_CASE("JSONL on stdin in GB18030 is decoded whole and short input is read too") {
  // {"id":"g1","text":"苏州工业园区…"} with the text in GB18030, several lines.
  const std::string gb = "\xCB\xD5\xD6\xDD\xB9\xA4\xD2\xB5\xD4\xB0\xC7\xF8";
  std::string bytes;
  for (int i = 0; i < 3; ++i) bytes += "{\"id\":\"g" + std::to_string(i) + "\",\"text\":\"" + gb + gb + gb + "\"}\n";
  Read r;
  std::istringstream in(bytes);
  read_jsonl_input(
      InputFile{"stdin.jsonl", "split-1"}, in, [&](Article&& a) { r.articles.push_back(std::move(a)); }, r.issues);
  const auto whole = read("stdin.jsonl", bytes);
  REQUIRE(r.articles.size() == 3);
  REQUIRE(whole.articles.size() == 3);
  CHECK(r.articles[0].text.rfind("苏州工业园区", 0) == 0);
  CHECK(r.articles[2].text == whole.articles[2].text);
  CHECK(r.issues.size() == whole.issues.size());
}

TEST_CASE("streamed JSONL repairs a line that is not UTF-8 and names it") {
  const std::string bytes = "{\"text\":\"合肥\"}\n{\"text\":\"bad \xFF\xFE byte\"}\n{\"text\":\"芜湖\"}\n";
  Read r;
  std::istringstream in(bytes);
  read_jsonl_stream(
      InputFile{"feed.jsonl", "feed.jsonl"}, in, [&](Article&& a) { r.articles.push_back(std::move(a)); }, r.issues);
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[1].text == "bad \xEF\xBF\xBD\xEF\xBF\xBD byte");
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].file == "feed.jsonl:2");
  CHECK(r.issues[0].reason == "2 invalid UTF-8 sequence(s) replaced by U+FFFD");
  CHECK_FALSE(r.issues[0].skipped);
}

TEST_CASE("JSONL lines read the same on the fast path and the full parser") {
  // Lines simdjson takes (string/null fields) and lines it hands to
  // nlohmann/json (numbers, bad escapes) must read as one parser would.
  const std::string bytes =
      "{\"id\":\"a\",\"text\":\"first\",\"text\":\"\\u5408\\u80a5\\u5e02\",\"title\":null}\n"   // last key wins
      "{\"id\":42,\"text\":\"苏州\",\"date\":\"2024-03-05\",\"extra\":{\"k\":[1,2.5,true]}}\n"  // number id
      "{\"text\":\"emoji \\ud83d\\ude00 ok\",\"url\":\"https://x.cn/a\"}\n"                     // surrogate pair
      "{\"text\":\"lone \\ud800 surrogate\"}\n"                                                 // malformed
      "{\"title\":\"no text\"}\n"
      "{\"text\":7}\n"
      "{\"text\":\"  \"}\n"
      "[1,2]\n"
      "{\"text\":\"a\\u0000b\",\"id\":\"nul\"}\n";
  const auto r = read("feed.jsonl", bytes);
  REQUIRE(r.articles.size() == 4);
  CHECK(r.articles[0].id == "a");
  CHECK(r.articles[0].text == "合肥市");
  CHECK(r.articles[0].title.empty());
  CHECK(r.articles[1].id == "42");
  CHECK(r.articles[1].text == "苏州");
  CHECK(r.articles[1].date == "2024-03-05");
  CHECK(r.articles[2].text == "emoji \xF0\x9F\x98\x80 ok");
  CHECK(r.articles[2].url == "https://x.cn/a");
  CHECK(r.articles[3].id == "nul");
  CHECK(r.articles[3].text == "ab");
  REQUIRE(r.issues.size() == 6);
  CHECK(r.issues[0].file == "feed.jsonl:4");
  CHECK(r.issues[0].reason.rfind("malformed JSON", 0) == 0);
  CHECK(r.issues[1].file == "feed.jsonl:5");
  CHECK(r.issues[1].reason == "no \"text\" string field");
  CHECK(r.issues[2].file == "feed.jsonl:6");
  CHECK(r.issues[2].reason == "no \"text\" string field");
  CHECK(r.issues[3].file == "feed.jsonl:7");
  CHECK(r.issues[3].reason == "empty \"text\"");
  CHECK(r.issues[4].file == "feed.jsonl:8");
  CHECK(r.issues[5].file == "feed.jsonl:9");
  CHECK(!r.issues[5].skipped);
}
