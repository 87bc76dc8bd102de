#include "text/normalizer.h"

#include <utf8proc.h>

#include <cstdlib>

#include "text/unicode.h"

namespace herodotus::text {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  char buf[4];
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp),
                                      reinterpret_cast<utf8proc_uint8_t*>(buf));
  out->append(buf, static_cast<size_t>(n));
}

// The replacement for one code point, or nullptr to keep it.
const char* Replacement(uint32_t cp) {
  if (cp < 0x80) return cp == '`' ? "'" : nullptr;
  if (IsSingleQuote(cp)) return "'";
  if (IsDoubleQuote(cp)) return "\"";
  switch (cp) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: return "-";
    case 0x2014: case 0x2015: return "--";
    case 0x2026: return "...";
    default: break;
  }
  if (Classify(cp) == CharClass::kSpace || Classify(cp) == CharClass::kNewline) return " ";
  return nullptr;
}

}  // namespace

void NormalizeForm(std::string_view original, std::string* out) {
  out->clear();
  bool ascii = true;
  for (char c : original) {
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  }
  if (ascii) {
    out->assign(original);
    for (char& c : *out) {
      if (c == '`') c = '\'';
    }
    return;
  }
  // Map quotes/dashes first (so NFC never sees invalid bytes), then NFC.
  std::string mapped;
  mapped.reserve(original.size());
  const char* p = original.data();
  const char* end = p + original.size();
  while (p < end) {
    uint32_t cp;
    const size_t n = DecodeUtf8(p, end, &cp);
    if (const char* r = Replacement(cp)) {
      mapped += r;
    } else if (cp == 0xFFFD && n == 1) {
      AppendUtf8(0xFFFD, &mapped);
    } else {
      mapped.append(p, n);
    }
    p += n;
  }
  utf8proc_uint8_t* nfc = nullptr;
  const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(mapped.data()),
                                static_cast<utf8proc_ssize_t>(mapped.size()), &nfc,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (len >= 0 && nfc != nullptr) {
    out->assign(reinterpret_cast<const char*>(nfc), static_cast<size_t>(len));
  } else {
    *out = std::move(mapped);  // cannot happen for valid UTF-8; keep the mapped form
  }
  std::free(nfc);
}

std::string NormalizeForm(std::string_view original) {
  std::string out;
  NormalizeForm(original, &out);
  return out;
}

}  // namespace herodotus::text
