// Text helpers shared by the legacy dictionary readers (TABARI and
// PETRARCH-2 formats). Internal to src/compat; pure functions, thread-safe.
#ifndef HERODOTUS_COMPAT_LEGACY_TEXT_UTIL_H_
#define HERODOTUS_COMPAT_LEGACY_TEXT_UTIL_H_

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compat/tabari_dictionary.h"

namespace herodotus::compat::internal {

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits text into lines, dropping '\r'.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  uint32_t n = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++n;
    if (!(nl == text.size() && line.empty())) f(n, line);
    pos = nl + 1;
  }
}

// Text before a ';' comment.
inline std::string_view StripComment(std::string_view line) {
  size_t semi = line.find(';');
  return semi == std::string_view::npos ? line : line.substr(0, semi);
}

inline bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "[CODE restriction]" contents → DatedCode; false and a reason when unreadable.
bool ParseCodeBlock(std::string_view inside, DatedCode* out, std::string* reason);

// Finds every "[...]" in s (comment already removed).
inline std::vector<std::string_view> Brackets(std::string_view s, std::string_view* before) {
  std::vector<std::string_view> out;
  size_t open = s.find('[');
  *before = Trim(s.substr(0, open == std::string_view::npos ? s.size() : open));
  while (open != std::string_view::npos) {
    size_t close = s.find(']', open);
    if (close == std::string_view::npos) {
      out.push_back(s.substr(open + 1));
      break;
    }
    out.push_back(s.substr(open + 1, close - open - 1));
    open = s.find('[', close);
  }
  return out;
}

// Expands "{ A | B }" alternatives textually (cartesian product, capped).
inline std::vector<std::string> ExpandAlternatives(const std::string& s, size_t cap) {
  size_t open = s.find('{');
  if (open == std::string::npos) return {s};
  size_t close = s.find('}', open);
  if (close == std::string::npos) return {s.substr(0, open) + s.substr(open + 1)};
  std::string head = s.substr(0, open), tail = s.substr(close + 1);
  std::string inner = s.substr(open + 1, close - open - 1);
  std::vector<std::string> options;
  size_t start = 0;
  while (true) {
    size_t bar = inner.find('|', start);
    std::string opt(Trim(std::string_view(inner).substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    options.push_back(opt);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  std::vector<std::string> out;
  for (const std::string& rest : ExpandAlternatives(tail, cap)) {
    for (const std::string& o : options) {
      if (out.size() >= cap) return out;
      out.push_back(head + o + rest);
    }
  }
  return out;
}

// Characters of a pattern without blanks and '_'; a synset reference counts
// as one, so a literal word outranks a synset of the same length.
inline size_t Weight(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '&') {
      while (i + 1 < s.size() && (std::isalnum(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '-')) ++i;
      ++n;
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '_') ++n;
  }
  return n;
}

}  // namespace herodotus::compat::internal

#endif  // HERODOTUS_COMPAT_LEGACY_TEXT_UTIL_H_
