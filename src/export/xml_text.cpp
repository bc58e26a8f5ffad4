#include "export/xml_text.h"

#include <libxml/xmlwriter.h>

#include <charconv>
#include <cmath>

namespace ckg {

std::string format_double(double v) {
  if (!std::isfinite(v)) return "0";
  if (v == 0) return "0";  // also turns -0 into 0
  char buf[64];
  // Plain digits in the usual range (218000000000, not 2.18e+11).
  const double a = std::fabs(v);
  const auto fmt = a >= 1e-6 && a < 1e17 ? std::chars_format::fixed : std::chars_format::general;
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, fmt);
  if (ec != std::errc()) return "0";
  return std::string(buf, end);
}

struct XmlWriter::Impl {
  AtomicFile file;
  xmlTextWriterPtr writer = nullptr;
  std::string error;
  explicit Impl(const std::filesystem::path& target) : file(target) {}
};

namespace {

int write_callback(void* context, const char* buffer, int len) {
  auto* file = static_cast<AtomicFile*>(context);
  file->write(std::string_view(buffer, static_cast<std::size_t>(len)));
  return file->ok() ? len : -1;
}

int close_callback(void*) { return 0; }

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

}  // namespace

XmlWriter::XmlWriter(const std::filesystem::path& target) : impl_(std::make_unique<Impl>(target)) {
  if (!impl_->file.ok()) {
    impl_->error = impl_->file.error();
    return;
  }
  xmlOutputBufferPtr out = xmlOutputBufferCreateIO(write_callback, close_callback, &impl_->file, nullptr);
  if (!out) {
    impl_->error = "cannot create an XML output buffer for " + target.string();
    return;
  }
  impl_->writer = xmlNewTextWriter(out);  // owns `out` from here
  if (!impl_->writer) {
    xmlOutputBufferClose(out);
    impl_->error = "cannot create an XML writer for " + target.string();
    return;
  }
  check(xmlTextWriterSetIndent(impl_->writer, 1), "indent");
  check(xmlTextWriterSetIndentString(impl_->writer, x("  ")), "indent");
  check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", nullptr), "start document");
}

XmlWriter::~XmlWriter() {
  if (impl_->writer) xmlFreeTextWriter(impl_->writer);
}

void XmlWriter::check(int rc, const char* what) {
  if (rc < 0 && impl_->error.empty()) {
    impl_->error = impl_->file.error().empty()
                       ? std::string("XML writer failed (") + what + ") on " + impl_->file.target().string()
                       : impl_->file.error();
  }
}

void XmlWriter::start(const char* element) {
  if (!impl_->error.empty()) return;
  check(xmlTextWriterStartElement(impl_->writer, x(element)), "start element");
}

void XmlWriter::attr(const char* name, std::string_view value) {
  if (!impl_->error.empty()) return;
  const std::string clean = xml_clean(value);
  check(xmlTextWriterWriteAttribute(impl_->writer, x(name), x(clean.c_str())), "attribute");
}

void XmlWriter::text(std::string_view value) {
  if (!impl_->error.empty()) return;
  const std::string clean = xml_clean(value);
  check(xmlTextWriterWriteString(impl_->writer, x(clean.c_str())), "text");
}

void XmlWriter::comment(std::string_view value) {
  if (!impl_->error.empty()) return;
  std::string clean = xml_clean(value);
  for (auto pos = clean.find("--"); pos != std::string::npos; pos = clean.find("--", pos)) clean.insert(pos + 1, " ");
  check(xmlTextWriterWriteComment(impl_->writer, x((" " + clean + " ").c_str())), "comment");
}

void XmlWriter::end() {
  if (!impl_->error.empty()) return;
  check(xmlTextWriterEndElement(impl_->writer), "end element");
}

std::string XmlWriter::finish() {
  if (impl_->error.empty()) check(xmlTextWriterEndDocument(impl_->writer), "end document");
  if (impl_->writer) {
    // Flushes the remaining output through the callback.
    xmlFreeTextWriter(impl_->writer);
    impl_->writer = nullptr;
  }
  if (impl_->error.empty() && !impl_->file.ok()) impl_->error = impl_->file.error();
  if (!impl_->error.empty()) return impl_->error;
  if (!impl_->file.commit()) return impl_->file.error();
  return "";
}

}  // namespace ckg
