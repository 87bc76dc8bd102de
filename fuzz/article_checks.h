// Invariants every Article from ingest must hold, checked by the fuzz targets.
// A violation aborts, which libFuzzer reports as a crash with its input.
#ifndef HERODOTUS_FUZZ_ARTICLE_CHECKS_H_
#define HERODOTUS_FUZZ_ARTICLE_CHECKS_H_

#include <cstdlib>
#include <string_view>

#include "herodotus/article.h"
#include "herodotus/ingest.h"

namespace herodotus::fuzz {

inline void Check(bool ok) {
  if (!ok) std::abort();
}

// Strict UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
inline bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    unsigned cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < n; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = cp << 6 | (d & 0x3F);
    }
    static constexpr unsigned kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

inline void CheckArticle(const Article& a, const IngestOptions& opt) {
  Check(!a.text.empty() && a.text.size() <= opt.max_article_bytes);
  Check(a.text.find('\0') == std::string::npos);
  Check(ValidUtf8(a.text) && ValidUtf8(a.title) && ValidUtf8(a.id) && ValidUtf8(a.dateline));
  Check(!opt.require_date || a.date.known());
  Check(!a.date.known() || Date::Valid(a.date.year, a.date.month, a.date.day));
}

// Reads every article of `data` as `name` and checks each one.
inline void ReadAllAndCheck(const uint8_t* data, size_t size, const char* name,
                            const IngestOptions& opt) {
  auto reader = ArticleReader::FromString(std::string(reinterpret_cast<const char*>(data), size),
                                          name, opt);
  reader->set_issue_handler([](const IngestIssue& issue) { Check(!issue.reason.empty()); });
  Article a;
  size_t n = 0;
  while (reader->Next(&a)) {
    CheckArticle(a, opt);
    ++n;
  }
  Check(reader->read() == n);
}

}  // namespace herodotus::fuzz

#endif  // HERODOTUS_FUZZ_ARTICLE_CHECKS_H_
