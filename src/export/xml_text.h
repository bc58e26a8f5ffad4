// Streaming XML output through libxml2's xmlTextWriter, straight into an
// AtomicFile: escaping and encoding are libxml2's, the file appears complete
// or not at all. Used by the GraphML and GEXF writers.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "util/atomic_file.h"
#include "util/xml_escape.h"  // xml_clean

namespace ckg {

// Shortest decimal form that reads back as the same double ("%.17g" is
// longer than needed; write_graphml's default keeps only 6 digits).
std::string format_double(double v);

class XmlWriter {
 public:
  // Opens an indented UTF-8 document written to `target` (atomically).
  explicit XmlWriter(const std::filesystem::path& target);
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void start(const char* element);
  void attr(const char* name, std::string_view value);  // value is cleaned
  void attr(const char* name, double value) { attr(name, format_double(value)); }
  void attr_int(const char* name, long long value) { attr(name, std::to_string(value)); }
  void text(std::string_view value);     // cleaned
  void comment(std::string_view value);  // cleaned, "--" broken up
  void end();
  // Ends the document, syncs and renames the file. Returns "" or the error.
  std::string finish();

  struct Impl;

 private:
  void check(int rc, const char* what);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ckg
