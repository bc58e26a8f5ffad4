#include "input/decode.h"

#include <unicode/ucnv.h>

#include "util/utf8.h"

namespace ckg {
namespace {

bool convert(std::string_view bytes, const char* charset, std::string& out, std::size_t& substitutions) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return false;
  struct Ctx {
    std::size_t count = 0;
  } ctx;
  ucnv_setToUCallBack(
      from,
      [](const void* context, UConverterToUnicodeArgs* args, const char* codeUnits, int32_t length,
         UConverterCallbackReason reason, UErrorCode* err) {
        if (reason <= UCNV_IRREGULAR) ++static_cast<Ctx*>(const_cast<void*>(context))->count;
        UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
      },
      &ctx, nullptr, nullptr, &status);
  UConverter* to = ucnv_open("UTF-8", &status);
  if (U_FAILURE(status)) {
    ucnv_close(from);
    return false;
  }
  out.assign(bytes.size() * 2 + 16, '\0');
  for (;;) {
    char* target = out.data();
    const char* source = bytes.data();
    status = U_ZERO_ERROR;
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(), nullptr, nullptr,
                   nullptr, nullptr, true, true, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      out.assign(out.size() * 2, '\0');
      ucnv_resetToUnicode(from);
      ucnv_resetFromUnicode(to);
      ctx.count = 0;
      continue;
    }
    out.resize(static_cast<std::size_t>(target - out.data()));
    break;
  }
  ucnv_close(from);
  ucnv_close(to);
  substitutions = ctx.count;
  return U_SUCCESS(status);
}

// Share of bytes that are control characters other than whitespace: binary files.
bool looks_binary(std::string_view b) {
  std::size_t ctrl = 0, n = std::min<std::size_t>(b.size(), 65536);
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) ++ctrl;
  }
  return n > 0 && ctrl * 10 > n;  // over 10%
}

}  // namespace

Decoded decode_text(std::string_view bytes) {
  Decoded d;
  // BOMs.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
  } else if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    d.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (!convert(bytes.substr(2), d.encoding.c_str(), d.text, d.replaced))
      d.error = "cannot convert from " + d.encoding;
    return d;
  }
  // UTF-16 without BOM: many NULs at odd or even positions.
  if (bytes.size() >= 4) {
    std::size_t even = 0, odd = 0, n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t(1);
    for (std::size_t i = 0; i < n; i += 2) {
      if (bytes[i] == 0) ++even;
      if (bytes[i + 1] == 0) ++odd;
    }
    if (odd * 3 > n / 2 && even * 10 < n / 2)
      d.encoding = "UTF-16LE";
    else if (even * 3 > n / 2 && odd * 10 < n / 2)
      d.encoding = "UTF-16BE";
    if (!d.encoding.empty()) {
      if (!convert(bytes, d.encoding.c_str(), d.text, d.replaced)) d.error = "cannot convert from " + d.encoding;
      return d;
    }
  }
  if (looks_binary(bytes)) {
    d.error = "binary data, not text";
    return d;
  }
  // UTF-8?
  std::size_t invalid = 0, first_bad = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8::valid_sequence_length(bytes, i);
    if (len == 0) {
      if (invalid == 0) first_bad = i;
      ++invalid;
      ++i;
    } else {
      i += len;
    }
  }
  if (invalid == 0) {
    d.encoding = "UTF-8";
    d.text.assign(bytes);
    return d;
  }
  // Mostly invalid as UTF-8: try the Chinese legacy encodings.
  if (invalid * 20 > bytes.size() / 3 || invalid > 16) {
    for (const char* cs : {"GB18030", "Big5"}) {
      std::string out;
      std::size_t subs = 0;
      if (convert(bytes, cs, out, subs) && subs * 200 <= bytes.size()) {
        d.encoding = cs;
        d.text = std::move(out);
        d.replaced = subs;
        return d;
      }
    }
  }
  // UTF-8 with some damage: replace and count.
  d.encoding = "UTF-8";
  d.replaced = invalid;
  d.first_bad_offset = first_bad;
  d.text.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8::valid_sequence_length(bytes, i);
    if (len == 0) {
      d.text += "\xEF\xBF\xBD";
      ++i;
    } else {
      d.text.append(bytes.substr(i, len));
      i += len;
    }
  }
  return d;
}

}  // namespace ckg
