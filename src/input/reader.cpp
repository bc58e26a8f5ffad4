#include "input/reader.h"

#include <unistd.h>

#include <simdjson.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/embedded_data.h"
#include "input/decode.h"
#include "util/utf8.h"

namespace ckg {
namespace fs = std::filesystem;

InputKind input_kind(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt") return InputKind::Text;
  if (ext == ".md" || ext == ".markdown") return InputKind::Markdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputKind::Html;
  if (ext == ".jsonl" || ext == ".ndjson") return InputKind::Jsonl;
  return InputKind::Unknown;
}

std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths, std::vector<InputIssue>& issues) {
  std::vector<InputFile> out;
  for (const auto& p : paths) {
    fs::path path(p);
    std::error_code ec;
    const auto st = fs::symlink_status(path, ec);
    if (ec || !fs::exists(st)) {
      issues.push_back({p, "no such file or folder", true});
      continue;
    }
    if (fs::is_symlink(st) && !fs::exists(path, ec)) {
      issues.push_back({p, "dangling symbolic link", true});
      continue;
    }
    if (fs::is_directory(path, ec)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        issues.push_back({p, "cannot read folder: " + ec.message(), true});
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          issues.push_back({p, "cannot read folder: " + ec.message(), true});
          break;
        }
        const auto& entry = *it;
        std::error_code e2;
        const auto est = entry.symlink_status(e2);
        if (fs::is_symlink(est) && !fs::exists(entry.path(), e2)) {
          if (input_kind(entry.path()) != InputKind::Unknown)
            issues.push_back({entry.path().string(), "dangling symbolic link", true});
          continue;
        }
        if (entry.is_directory(e2) && !fs::is_symlink(est) && ::access(entry.path().c_str(), R_OK | X_OK) != 0) {
          // recursive_directory_iterator would skip it silently.
          issues.push_back({entry.path().string(), std::string("cannot read folder: ") + std::strerror(errno), true});
          it.disable_recursion_pending();
          continue;
        }
        if (!entry.is_regular_file(e2)) continue;
        if (input_kind(entry.path()) == InputKind::Unknown) continue;  // other files in a folder are not inputs
        found.push_back({entry.path(), entry.path().string()});
      }
      std::sort(found.begin(), found.end(),
                [](const InputFile& a, const InputFile& b) { return a.display < b.display; });
      out.insert(out.end(), found.begin(), found.end());
    } else {
      if (input_kind(path) == InputKind::Unknown) {
        issues.push_back({p, "unsupported file type (use .txt, .md, .html or .jsonl)", true});
        continue;
      }
      out.push_back({path, p});
    }
  }
  return out;
}

std::string normalize_date(std::string_view s) {
  // Find Y, M, D as the first three numbers with a plausible year first.
  int parts[3] = {0, 0, 0};
  int k = 0;
  for (std::size_t i = 0; i < s.size() && k < 3;) {
    if (s[i] >= '0' && s[i] <= '9') {
      int v = 0, digits = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 5) {
        v = v * 10 + (s[i] - '0');
        ++i;
        ++digits;
      }
      if (k == 0 && (v < 1900 || v > 2100)) continue;
      parts[k++] = v;
    } else {
      ++i;
    }
  }
  if (k < 3 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", parts[0], parts[1], parts[2]);
  return buf;
}

MarkdownText markdown_to_text(std::string_view md) {
  MarkdownText out;
  std::istringstream in{std::string(md)};
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!first) out.text.push_back('\n');
    first = false;
    std::size_t h = 0;
    while (h < line.size() && line[h] == '#') ++h;
    if (h > 0 && h < line.size() && line[h] == ' ') {
      line = line.substr(h + 1);
      if (out.title.empty()) out.title = line;
    }
    std::string clean;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if ((line[i] == '*' || line[i] == '_') && i + 1 < line.size() && line[i + 1] == line[i]) {
        ++i;
        continue;
      }
      if (line[i] == '`') continue;
      if (line[i] == '[') {  // [text](url) -> text
        auto close = line.find("](", i);
        auto end = close == std::string::npos ? std::string::npos : line.find(')', close);
        if (end != std::string::npos) {
          clean += line.substr(i + 1, close - i - 1);
          i = end;
          continue;
        }
      }
      clean.push_back(line[i]);
    }
    out.text += clean;
  }
  return out;
}

namespace {

// Larger than any news article: a single "article" of this size is a dump or
// a mistake, and extracting from it would take minutes and gigabytes.
constexpr std::size_t kMaxArticleBytes = 16u << 20;
// JSONL files larger than this are streamed (read_jsonl_stream).
constexpr std::uintmax_t kStreamJsonlBytes = 64u << 20;

std::string too_large(std::size_t bytes) {
  return "too large for one article (" + std::to_string(bytes >> 20) + " MB; the limit is " +
         std::to_string(kMaxArticleBytes >> 20) + " MB): split it into articles, e.g. one per line in a .jsonl file";
}

void emit(const InputFile& f, std::string text, std::string title, std::string date, std::string url, std::string id,
          std::string source, const ArticleSink& sink) {
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.title = std::move(title);
  a.date = std::move(date);
  a.url = std::move(url);
  a.text = std::move(text);
  (void)f;
  finalize_article(a);
  sink(std::move(a));
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

// The article of a JSONL line, from its fields. The JSON parser has checked
// that the strings are UTF-8; only NULs (written \u0000) are taken out of the
// text. (Running decode_text on it would call a short text with control
// characters binary: found by jsonl_reader_fuzz.)
void emit_jsonl_article(const InputFile& f, const std::string& where, std::string text, std::string title,
                        std::string date, std::string url, std::string id, const ArticleSink& sink,
                        std::vector<InputIssue>& issues) {
  if (const auto nul = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\0')); nul > 0) {
    text.erase(std::remove(text.begin(), text.end(), '\0'), text.end());
    issues.push_back({where, std::to_string(nul) + " NUL character(s) removed from \"text\"", false});
  }
  if (is_blank(text)) {
    issues.push_back({where, "empty \"text\"", true});
    return;
  }
  emit(f, std::move(text), std::move(title), normalize_date(date), std::move(url), std::move(id), where, sink);
}

// The common case of a JSONL line, parsed by simdjson (about ten times
// faster than nlohmann/json, which was most of the reader thread's time):
// an object whose "text" is a string and whose title, date, url and id are
// strings, null or absent. Both parsers take the last of repeated keys and
// reject the same malformed lines (bad UTF-8, lone surrogates, overflowing
// numbers); everything simdjson does not accept, or that is not this case,
// returns false and goes the nlohmann way, which words the issue. Returns
// true when the line was handled.
bool read_jsonl_line_fast(const InputFile& f, std::string_view line, const std::string& where, const ArticleSink& sink,
                          std::vector<InputIssue>& issues) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object object;
  if (parser.parse(line.data(), line.size(), true).get(object) != simdjson::SUCCESS) return false;
  static constexpr std::string_view kKeys[] = {"text", "title", "date", "url", "id"};
  simdjson::dom::element found[5];
  bool have[5] = {};
  for (auto field : object)
    for (std::size_t k = 0; k < 5; ++k)
      if (field.key == kKeys[k]) {
        found[k] = field.value;
        have[k] = true;
      }
  std::string_view value[5];
  for (std::size_t k = 0; k < 5; ++k) {
    if (!have[k] || found[k].is_null()) {
      if (k == 0) return false;  // no "text": the nlohmann way words the issue
      continue;
    }
    if (found[k].get(value[k]) != simdjson::SUCCESS) return false;  // a number, object, ...
  }
  emit_jsonl_article(f, where, std::string(value[0]), std::string(value[1]), std::string(value[2]),
                     std::string(value[3]), std::string(value[4]), sink, issues);
  return true;
}

// One line of a JSONL file (line_no counts from 1).
void read_jsonl_line(const InputFile& f, std::string_view line, std::size_t line_no, const ArticleSink& sink,
                     std::vector<InputIssue>& issues) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (is_blank(line)) return;
  const std::string where = f.display + ":" + std::to_string(line_no);
  if (line.size() > kMaxArticleBytes) {
    issues.push_back({where, "line " + too_large(line.size()), true});
    return;
  }
  if (read_jsonl_line_fast(f, line, where, sink, issues)) return;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and also out_of_range for a number that overflows
    // (1e999999): found by jsonl_reader_fuzz, it used to end the process.
    issues.push_back({where, std::string("malformed JSON: ") + e.what(), true});
    return;
  }
  if (!j.is_object()) {
    issues.push_back({where, "a JSONL line must be an object with a \"text\" field", true});
    return;
  }
  auto str = [&](const char* k) -> std::string {
    auto it = j.find(k);
    if (it == j.end() || it->is_null()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number()) return it->dump();
    return "";
  };
  auto it = j.find("text");
  if (it == j.end() || !it->is_string()) {
    issues.push_back({where, "no \"text\" string field", true});
    return;
  }
  emit_jsonl_article(f, where, it->get<std::string>(), str("title"), str("date"), str("url"), str("id"), sink, issues);
}

void read_jsonl(const InputFile& f, std::string_view content, const ArticleSink& sink,
                std::vector<InputIssue>& issues) {
  std::size_t line_no = 0, start = 0;
  while (start < content.size()) {
    std::size_t nl = content.find('\n', start);
    std::string_view line = content.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? content.size() : nl + 1;
    read_jsonl_line(f, line, ++line_no, sink, issues);
  }
}

// A streamed line with bytes that are not UTF-8, or raw NULs: repaired as
// decode_text would (U+FFFD, NULs removed), with a warning naming the line.
std::string repair_line(const InputFile& f, std::string_view line, std::size_t line_no,
                        std::vector<InputIssue>& issues) {
  std::string out;
  std::size_t invalid = 0, nul = 0;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t len = utf8::valid_sequence_length(line, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++invalid;
      ++i;
    } else if (line[i] == '\0') {
      ++nul;
      ++i;
    } else {
      out.append(line, i, len);
      i += len;
    }
  }
  const std::string where = f.display + ":" + std::to_string(line_no);
  if (invalid > 0)
    issues.push_back({where, std::to_string(invalid) + " invalid UTF-8 sequence(s) replaced by U+FFFD", false});
  if (nul > 0) issues.push_back({where, std::to_string(nul) + " NUL byte(s) removed", false});
  return out;
}

bool clean_utf8(std::string_view s) { return utf8::valid(s) && std::memchr(s.data(), '\0', s.size()) == nullptr; }

}  // namespace

void read_jsonl_stream(const InputFile& f, std::istream& in, const ArticleSink& sink, std::vector<InputIssue>& issues,
                       std::string_view prefix) {
  std::vector<char> chunk(4u << 20);
  std::string buf;
  std::size_t line_no = 0;
  bool first = true;
  std::size_t skipping = 0;  // > 0: bytes of a line too large to hold, whose end is not read yet
  auto line_done = [&](std::string_view line) {
    ++line_no;
    if (clean_utf8(line)) {
      read_jsonl_line(f, line, line_no, sink, issues);
    } else {
      read_jsonl_line(f, repair_line(f, line, line_no, issues), line_no, sink, issues);
    }
  };
  auto skipped_line_done = [&]() {
    ++line_no;
    issues.push_back({f.display + ":" + std::to_string(line_no), "line " + too_large(skipping), true});
    skipping = 0;
  };
  while (in || !prefix.empty()) {
    std::string_view data = prefix;
    if (prefix.empty()) {
      in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      const auto n = static_cast<std::size_t>(in.gcount());
      if (n == 0) break;
      data = std::string_view(chunk.data(), n);
    }
    prefix = {};
    if (first && data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
    first = false;
    while (!data.empty()) {
      const auto nl = data.find('\n');
      if (skipping > 0) {  // only count the bytes up to the end of the line
        skipping += nl == std::string_view::npos ? data.size() : nl;
        if (nl == std::string_view::npos) break;
        skipped_line_done();
        data.remove_prefix(nl + 1);
        continue;
      }
      if (nl == std::string_view::npos) {
        buf.append(data);
        if (buf.size() > kMaxArticleBytes + 1) {  // do not hold a giant line in memory
          skipping = buf.size();
          std::string().swap(buf);
        }
        break;
      }
      if (buf.empty()) {
        line_done(data.substr(0, nl));
      } else {
        buf.append(data.substr(0, nl));
        line_done(buf);
        buf.clear();
      }
      data.remove_prefix(nl + 1);
    }
  }
  if (in.bad()) {
    issues.push_back({f.display, std::string("read error: ") + std::strerror(errno), true});
    return;
  }
  if (skipping > 0) {
    skipped_line_done();
  } else if (!buf.empty()) {
    line_done(buf);
  }
}

void read_jsonl_input(const InputFile& f, std::istream& in, const ArticleSink& sink, std::vector<InputIssue>& issues) {
  // The first lines decide, as for a large file: UTF-8 is read line by line;
  // another encoding is read whole and decoded.
  auto read_failed = [&] {
    if (in.bad()) issues.push_back({f.display, std::string("read error: ") + std::strerror(errno), true});
    return in.bad();
  };
  std::string head(64u << 10, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (read_failed()) return;
  const auto last_nl = head.rfind('\n');
  const Decoded d = decode_text(last_nl == std::string::npos ? std::string_view(head)
                                                             : std::string_view(head).substr(0, last_nl + 1));
  if (d.error.empty() && d.encoding == "UTF-8") {
    read_jsonl_stream(f, in, sink, issues, head);
    return;
  }
  std::string content = std::move(head);
  content.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!read_failed()) read_input(f, content, sink, issues);
}

void read_input(const InputFile& f, std::string_view content, const ArticleSink& sink,
                std::vector<InputIssue>& issues) {
  const InputKind kind = input_kind(f.path);
  if (content.empty()) {
    issues.push_back({f.display, "empty file", true});
    return;
  }
  if (kind != InputKind::Jsonl && content.size() > kMaxArticleBytes) {
    issues.push_back({f.display, too_large(content.size()), true});
    return;
  }
  Decoded d = decode_text(content);
  if (!d.error.empty()) {
    issues.push_back({f.display, d.error, true});
    return;
  }
  if (d.replaced > 0) {
    std::string where = d.encoding == "UTF-8" ? ", first at byte " + std::to_string(d.first_bad_offset) : "";
    issues.push_back({f.display,
                      std::to_string(d.replaced) + " invalid " + d.encoding + " sequence(s) replaced by U+FFFD" + where,
                      false});
  }
  if (const auto nul = static_cast<std::size_t>(std::count(d.text.begin(), d.text.end(), '\0')); nul > 0) {
    const std::size_t first = d.text.find('\0');
    d.text.erase(std::remove(d.text.begin(), d.text.end(), '\0'), d.text.end());
    issues.push_back({f.display,
                      std::to_string(nul) + " NUL byte(s) removed, first at byte " + std::to_string(first) +
                          (d.encoding == "UTF-8" ? "" : " of the decoded text"),
                      false});
  }
  switch (kind) {
    case InputKind::Jsonl:
      read_jsonl(f, d.text, sink, issues);
      return;
    case InputKind::Html: {
      HtmlText h = html_to_text(d.text);
      if (is_blank(h.text)) {
        issues.push_back({f.display, "no text in the HTML page", true});
        return;
      }
      emit(f, std::move(h.text), std::move(h.title), std::move(h.date), "", "", f.display, sink);
      return;
    }
    case InputKind::Markdown: {
      MarkdownText m = markdown_to_text(d.text);
      if (is_blank(m.text)) {
        issues.push_back({f.display, "no text", true});
        return;
      }
      emit(f, std::move(m.text), std::move(m.title), "", "", "", f.display, sink);
      return;
    }
    default:
      if (is_blank(d.text)) {
        issues.push_back({f.display, "no text (only whitespace)", true});
        return;
      }
      emit(f, std::move(d.text), "", "", "", "", f.display, sink);
  }
}

void read_input_file(const InputFile& f, const ArticleSink& sink, std::vector<InputIssue>& issues) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(f.path, ec);
  if (!ec && size > kMaxArticleBytes && input_kind(f.path) != InputKind::Jsonl) {
    issues.push_back({f.display, too_large(size), true});  // not even read into memory
    return;
  }
  std::ifstream in(f.path, std::ios::binary);
  if (!in) {
    issues.push_back({f.display, std::string("cannot read: ") + std::strerror(errno), true});
    return;
  }
  // A large JSONL file in UTF-8 is read line by line: memory does not grow
  // with the file. (Others, and files in other encodings, are decoded whole.)
  if (!ec && size > kStreamJsonlBytes && input_kind(f.path) == InputKind::Jsonl) {
    std::string head(64u << 10, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const Decoded d = decode_text(head);
    if (d.error.empty() && d.encoding == "UTF-8") {
      in.clear();
      in.seekg(0);
      read_jsonl_stream(f, in, sink, issues);
      return;
    }
    in.clear();
    in.seekg(0);
  }
  std::string content;
  if (!ec) {
    content.resize(static_cast<std::size_t>(size));
    in.read(content.data(), static_cast<std::streamsize>(size));
    content.resize(static_cast<std::size_t>(in.gcount()));
  }
  if (ec || in.gcount() == static_cast<std::streamsize>(size)) {  // unknown size, or the file grew: read the rest
    std::ostringstream rest;
    rest << in.rdbuf();
    content += rest.str();
  }
  if (in.bad()) {
    issues.push_back({f.display, std::string("read error: ") + std::strerror(errno), true});
    return;
  }
  read_input(f, content, sink, issues);
}

void read_sample_corpus(const ArticleSink& sink, std::vector<InputIssue>& issues) {
  for (const auto& file : embedded::files()) {
    if (file.path.rfind("data/sample/", 0) != 0) continue;
    InputFile f{fs::path(std::string(file.path)), std::string(file.path)};
    if (input_kind(f.path) == InputKind::Unknown) continue;
    read_input(f, file.content, sink, issues);
  }
}

}  // namespace ckg
