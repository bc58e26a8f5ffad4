// Reading the inputs of a build: .txt/.md (one article each), .html (text via
// libxml2's HTML parser, with title and publication date), .jsonl (one
// article per line: id, title, url, date, text) and folders (recursively, in
// sorted order). Problems are reported per file, never fatal for the others.
#pragma once

#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace ckg {

struct InputIssue {
  std::string file;     // the file (and ":line" for JSONL)
  std::string reason;   // what is wrong
  bool skipped = true;  // false: a warning, the input was still read
};

struct InputFile {
  std::filesystem::path path;
  std::string display;  // path as given by the user (relative stays relative)
};

enum class InputKind { Text, Markdown, Html, Jsonl, Unknown };
InputKind input_kind(const std::filesystem::path& p);

// Expands the user's paths into the input files, sorted; reports missing
// paths, dangling symlinks and unreadable folders as issues.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths, std::vector<InputIssue>& issues);

using ArticleSink = std::function<void(Article&&)>;

// Reads one file into articles. `content` are the file's bytes.
void read_input(const InputFile& file, std::string_view content, const ArticleSink& sink,
                std::vector<InputIssue>& issues);
// Reads one file from disk.
void read_input_file(const InputFile& file, const ArticleSink& sink, std::vector<InputIssue>& issues);
// Reads UTF-8 JSONL line by line from `in` (read_input_file does so for
// large .jsonl files): the same articles and issues as read_input on the
// same bytes, except that bytes that are not UTF-8 and raw NULs are reported
// per line.
// `prefix`: bytes already taken from `in`, read first.
void read_jsonl_stream(const InputFile& file, std::istream& in, const ArticleSink& sink,
                       std::vector<InputIssue>& issues, std::string_view prefix = {});
// Reads JSONL from a stream that cannot seek (stdin): line by line when its
// first 64 KB are UTF-8, else whole and decoded like a file (GB18030, UTF-16).
void read_jsonl_input(const InputFile& file, std::istream& in, const ArticleSink& sink,
                      std::vector<InputIssue>& issues);

// The bundled sample corpus (compiled into the binary).
void read_sample_corpus(const ArticleSink& sink, std::vector<InputIssue>& issues);

// Plain text of an HTML document, with its title and publication date.
struct HtmlText {
  std::string title, date, text;
};
HtmlText html_to_text(std::string_view html);

// Text of a Markdown document with markup removed; title from the first heading.
struct MarkdownText {
  std::string title, text;
};
MarkdownText markdown_to_text(std::string_view md);

// YYYY-MM-DD from common date spellings (2024-10-21, 2024/10/21, 2024年10月21日,
// 2024-10-21T08:00:00+08:00); "" if none.
std::string normalize_date(std::string_view s);

}  // namespace ckg
