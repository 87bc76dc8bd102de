#include "lexicon/actor_normalize.h"

#include <utf8proc.h>

namespace herodotus::lexicon {
namespace {

void AppendUtf8(utf8proc_int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "al-" / "el-" (any case) at the start of a longer token.
bool HasArticlePrefix(std::string_view s) {
  if (s.size() < 4 || s[2] != '-') return false;
  char a = static_cast<char>(s[0] | 0x20), b = static_cast<char>(s[1] | 0x20);
  return (a == 'a' || a == 'e') && b == 'l';
}

}  // namespace

NormToken NormalizeToken(std::string_view form) {
  NormToken t;
  if (HasArticlePrefix(form)) form.remove_prefix(3);
  bool seen_letter = false, all_upper = true;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(form.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(form.size());
  while (left > 0) {
    unsigned char c = *p;
    if (c < 0x80) {  // ASCII fast path
      ++p, --left;
      if (!IsAsciiAlnum(c)) continue;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        bool upper = c <= 'Z';
        if (!seen_letter) t.first_upper = upper;
        seen_letter = true;
        all_upper = all_upper && upper;
        c = static_cast<unsigned char>(c | 0x20);
      }
      t.key.push_back(static_cast<char>(c));
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: skip it
      ++p, --left;
      continue;
    }
    p += n, left -= n;
    utf8proc_category_t cat = utf8proc_category(cp);
    bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    bool digit = cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO;
    if (!letter && !digit) continue;
    if (letter) {
      bool upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      if (!seen_letter) t.first_upper = upper;
      seen_letter = true;
      all_upper = all_upper && upper;
    }
    utf8proc_int32_t dec[8];
    int last = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, dec, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                       UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT),
        &last);
    if (m < 0 || m > 8) continue;
    for (utf8proc_ssize_t k = 0; k < m; ++k) {
      utf8proc_category_t dc = utf8proc_category(dec[k]);
      if ((dc >= UTF8PROC_CATEGORY_LU && dc <= UTF8PROC_CATEGORY_LO) ||
          (dc >= UTF8PROC_CATEGORY_ND && dc <= UTF8PROC_CATEGORY_NO)) {
        if (dec[k] < 0x80) {
          t.key.push_back(static_cast<char>(dec[k]));
        } else {
          AppendUtf8(dec[k], &t.key);
        }
      }
    }
  }
  t.all_upper = seen_letter && all_upper;
  if (size_t hy = form.find('-'); hy != std::string_view::npos && hy > 0 && hy + 1 < form.size() &&
                                     !t.key.empty()) {
    NormToken head = NormalizeToken(form.substr(0, hy));
    if (!head.key.empty() && head.key != t.key) {
      t.head_key = std::move(head.key);
      t.head_all_upper = head.all_upper;
    }
  }
  if (t.key.empty()) {
    t.joiner = form == "-" || form == "." || form == "'" || form == "\u2019" || form == "\u2010" ||
               form == "\u2011";
  }
  if (t.key == "al" || t.key == "el") {
    // Only a bare article is a particle; "Al" as a whole word ("Al Gore")
    // costs a rare false merge, which is the documented trade-off.
    if (form.size() == 2) {
      t.key.clear();
      t.particle = true;
    }
  }
  return t;
}

std::string NameKey(std::string_view name, CasePolicy* policy, int* words) {
  std::string key;
  int n = 0, letters = 0;
  bool all_upper = true, first_set = false, first_upper = false;
  size_t pos = 0;
  while (pos <= name.size()) {
    size_t sp = name.find(' ', pos);
    if (sp == std::string_view::npos) sp = name.size();
    std::string_view w = name.substr(pos, sp - pos);
    pos = sp + 1;
    if (w.empty()) continue;
    NormToken t = NormalizeToken(w);
    if (t.key.empty()) continue;
    ++n;
    key += t.key;
    bool has_letter = false;
    for (unsigned char c : t.key) has_letter = has_letter || !(c >= '0' && c <= '9');
    if (has_letter) {
      letters += static_cast<int>(t.key.size());
      all_upper = all_upper && t.all_upper;
      if (!first_set) first_upper = t.first_upper, first_set = true;
    }
  }
  if (policy) {
    if (letters >= 2 && all_upper) {
      *policy = CasePolicy::kAcronym;
    } else if (first_upper) {
      *policy = CasePolicy::kCapitalized;
    } else {
      *policy = CasePolicy::kAny;
    }
  }
  if (words) *words = n;
  return key;
}

bool CaseAllows(CasePolicy policy, const NormToken& tok) {
  switch (policy) {
    case CasePolicy::kAny: return true;
    case CasePolicy::kCapitalized: return tok.first_upper;
    case CasePolicy::kAcronym: return tok.all_upper;
  }
  return false;
}

std::vector<std::string> NameKeyPrefixes(std::string_view name) {
  std::vector<std::string> out;
  std::string acc;
  size_t start = 0;
  auto flush = [&](size_t end) {
    if (end > start) {
      NormToken t = NormalizeToken(name.substr(start, end - start));
      if (!t.key.empty()) {
        acc += t.key;
        out.push_back(acc);
      }
    }
  };
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == ' ' || c == '-' || c == '.' || c == '\'') {
      flush(i);
      start = i + 1;
    }
  }
  flush(name.size());
  return out;
}

bool ValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    if (*p < 0x80) {
      ++p, --left;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n, left -= n;
  }
  return true;
}

}  // namespace herodotus::lexicon
