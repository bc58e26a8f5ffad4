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

// Frequent characters of Chinese news text, simplified and traditional, with
// the usual punctuation: the right legacy decoding of an article has many of
// them, a wrong one (Big5 bytes read as GB18030 or the reverse) very few.
const std::u32string& common_characters() {
  static const std::u32string chars = utf8::decode(
      "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工"
      "也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着等部度家电電力里裡如水化高自二理起小物现現"
      "实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表"
      "间間样樣与與关關各重新线線内內数數正心反你明看原又么麼利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月"
      "公无無系军軍很情者最立代想已通并並提直题題党黨程展五果料象员員革位入常文总總次品式活设設及管特件长長求老头頭基"
      "资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別她手角期根论論运運农農指几幾九区區强強放决決西被干做必"
      "战戰先回则則任取据據处處队隊南给給色光门門即保治北造百规規热熱领領七海口东東导導器压壓志世金增争爭济濟阶階油思"
      "术術极極交受联聯什认認六共权權收证證改清己美再采转轉更单單风風切打白教速花带帶安场場身车車例真务務具万萬每目至"
      "达達走积積示议議声聲报報完类類八离離华華名确確才科张張信马馬节節话話米整空元况況今集温溫传傳土许許步群广廣石"
      "记記需段研界拉林律且究观觀越织織装裝影算低持音众眾书書布复復容须須际際商非验驗连連断斷深难難近千周委素技备備半"
      "办辦青省列习習响響约約支般史感劳勞便团團往历歷市克何除消构構府称稱太准準精值号號率族维維划劃选選标標写寫存候"
      "亿億投资企园園区集群链鏈项項目圳州京津沪滬苏蘇浙粤粵闽閩湾灣台臺港澳汽药藥医醫科技智造芯片材能源"
      "，。、：；“”‘’（）《》！？…—·");
  return chars;
}

// How much a decoding looks like Chinese text: common characters and ASCII
// count for it; substitutions and everything else against it.
long long text_score(const std::string& text, std::size_t substitutions) {
  const auto& common = common_characters();
  long long score = -4 * static_cast<long long>(substitutions);
  for (char32_t c : utf8::decode(text)) {
    if (c < 0x80)
      score += (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') ? 1 : -1;
    else if (common.find(c) != std::u32string::npos)
      score += 3;
    else if (c >= 0x4E00 && c <= 0x9FFF)
      score += 0;  // a rarer ideograph: neutral
    else
      score -= 2;
  }
  return score;
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
  // UTF-8? (simdjson's validator says yes at memory speed; a no is counted below.)
  if (utf8::valid(bytes)) {
    d.encoding = "UTF-8";
    d.text.assign(bytes);
    return d;
  }
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
  // Mostly invalid as UTF-8: try the Chinese legacy encodings. Big5 bytes are
  // almost all valid GB18030 too (and the reverse), so both are decoded and
  // the one that reads more like Chinese text wins.
  if (invalid * 20 > bytes.size() / 3 || invalid > 16) {
    std::string best_text, best_cs;
    std::size_t best_subs = 0;
    long long best_score = 0;
    for (const char* cs : {"GB18030", "Big5"}) {
      std::string out;
      std::size_t subs = 0;
      if (!convert(bytes, cs, out, subs) || subs * 200 > bytes.size()) continue;
      const long long score = text_score(out, subs);
      if (best_cs.empty() || score > best_score) {
        best_cs = cs;
        best_text = std::move(out);
        best_subs = subs;
        best_score = score;
      }
    }
    if (!best_cs.empty() && best_score > 0) {
      d.encoding = best_cs;
      d.text = std::move(best_text);
      d.replaced = best_subs;
      return d;
    }
    if (invalid * 4 > bytes.size()) {
      d.error = "unknown encoding: " + std::to_string(invalid * 100 / bytes.size()) +
                "% of the bytes are not UTF-8, and neither GB18030, Big5 nor UTF-16 fits";
      return d;
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
