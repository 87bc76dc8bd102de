#include "text/clitics.h"

#include <algorithm>
#include <cctype>

namespace herodotus::text {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != b[i]) return false;
  }
  return true;
}

// The last apostrophe (' ` or U+2019) in token: its offset and byte length.
bool LastApostrophe(std::string_view t, size_t* pos, size_t* len) {
  for (size_t i = t.size(); i-- > 0;) {
    if (t[i] == '\'' || t[i] == '`') { *pos = i; *len = 1; return true; }
    if (i >= 2 && static_cast<unsigned char>(t[i - 2]) == 0xE2 &&
        static_cast<unsigned char>(t[i - 1]) == 0x80 && static_cast<unsigned char>(t[i]) == 0x99) {
      *pos = i - 2; *len = 3; return true;
    }
  }
  return false;
}

struct Fused { std::string_view word; size_t split; };
// Apostrophe-less forms EWT annotates as multiword tokens. Sorted.
constexpr Fused kFused[] = {
    {"arent", 3}, {"cannot", 3}, {"cant", 2}, {"couldnt", 5}, {"didnt", 3}, {"doesnt", 4},
    {"dont", 2}, {"gimme", 3}, {"gonna", 3}, {"gotta", 3}, {"hadnt", 3}, {"hasnt", 3},
    {"havent", 4}, {"im", 1}, {"isnt", 2}, {"shouldnt", 6}, {"thats", 4}, {"wanna", 3},
    {"wasnt", 3}, {"werent", 4}, {"wont", 2}, {"wouldnt", 5}, {"youre", 3},
};

}  // namespace

size_t CliticSplit(std::string_view t) {
  size_t pos, len;
  if (LastApostrophe(t, &pos, &len)) {
    if (pos == 0) return 0;
    const std::string_view suffix = t.substr(pos + len);
    if (suffix.empty()) {
      // students' → students + '
      const char last = Lower(t[pos - 1]);
      return last == 's' ? pos : 0;
    }
    if (EqualsNoCase(suffix, "t")) {
      // n't: the n belongs to the clitic (do + n't, ca + n't).
      return pos >= 2 && Lower(t[pos - 1]) == 'n' ? pos - 1 : 0;
    }
    if (EqualsNoCase(suffix, "s") || EqualsNoCase(suffix, "re") || EqualsNoCase(suffix, "ve") ||
        EqualsNoCase(suffix, "ll") || EqualsNoCase(suffix, "d") || EqualsNoCase(suffix, "m")) {
      return pos;
    }
    return 0;
  }
  if (t.size() < 2 || t.size() > 8) return 0;
  char buf[8];
  for (size_t i = 0; i < t.size(); ++i) buf[i] = Lower(t[i]);
  const std::string_view lower(buf, t.size());
  const auto it = std::lower_bound(std::begin(kFused), std::end(kFused), lower,
                                   [](const Fused& f, std::string_view w) { return f.word < w; });
  if (it != std::end(kFused) && it->word == lower) return it->split;
  return 0;
}

}  // namespace herodotus::text
