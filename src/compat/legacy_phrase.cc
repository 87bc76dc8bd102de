// Legacy dictionary words and phrases (TABARI and PETRARCH-2 markers),
// dates and code blocks.
#include <cctype>
#include <string>

#include "compat/legacy_text_util.h"
#include "compat/tabari_dictionary.h"
#include "util/ascii.h"

namespace herodotus::compat {
namespace internal {

// "[CODE restriction]" contents → DatedCode; false and a reason when unreadable.
bool ParseCodeBlock(std::string_view inside, DatedCode* out, std::string* reason) {
  inside = Trim(inside);
  size_t sp = 0;
  while (sp < inside.size() && !std::isspace(static_cast<unsigned char>(inside[sp])) && inside[sp] != '<' &&
         inside[sp] != '>')
    ++sp;
  std::string code = AsciiUpper(inside.substr(0, sp));
  std::string rest;
  for (char c : inside.substr(sp))
    if (!std::isspace(static_cast<unsigned char>(c))) rest += c;
  if (code.empty() || std::isdigit(static_cast<unsigned char>(code[0]))) {
    *reason = "code block without a code: [" + std::string(inside) + "]";
    return false;
  }
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '~' && c != '/' && c != '-' && c != '#' && c != '+' &&
        c != '!' && c != '?' && c != ':' && c != '_') {
      *reason = "unreadable code: [" + std::string(inside) + "]";
      return false;
    }
  }
  out->code = code;
  out->from = out->to = 0;
  if (rest.empty()) return true;
  if (rest[0] == '<' || rest[0] == '>') {
    int32_t d = ParseLegacyDate(rest.substr(1));
    if (d == 0) {
      *reason = "unreadable date in [" + std::string(inside) + "]";
      return false;
    }
    // TABARI: "<D" before D, ">D" from D on.
    if (rest[0] == '<') out->to = d - 1;
    else out->from = d;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    *reason = "unreadable date restriction in [" + std::string(inside) + "]";
    return false;
  }
  int32_t a = ParseLegacyDate(rest.substr(0, dash)), b = ParseLegacyDate(rest.substr(dash + 1));
  if (a == 0 || b == 0) {
    *reason = "unreadable date range in [" + std::string(inside) + "]";
    return false;
  }
  out->from = a;
  out->to = b;
  return true;
}

}  // namespace internal

using internal::IsDigits;
using internal::Trim;

int32_t ParseLegacyDate(std::string_view s) {
  s = Trim(s);
  if (!IsDigits(s) || (s.size() != 6 && s.size() != 8)) return 0;
  int32_t v = std::stoi(std::string(s));
  int32_t year, md;
  if (s.size() == 6) {
    int32_t yy = v / 10000;
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    md = v % 10000;
  } else {
    year = v / 10000;
    md = v % 10000;
  }
  if (md / 100 < 1 || md / 100 > 12 || md % 100 < 1 || md % 100 > 31) return 0;
  return year * 10000 + md;
}

bool ParseLegacyPhrase(std::string_view text, LegacyPhrase* out, WordMode plain) {
  out->words.clear();
  out->adjacent.clear();
  std::string s = AsciiUpper(Trim(text));
  size_t i = 0;
  bool after_space = true;
  while (i < s.size()) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      after_space = true;
      ++i;
      continue;
    }
    if (s[i] == '_') {
      // A leading underscore ties the word to the previous one.
      if (after_space && !out->words.empty()) out->adjacent.back() = true;
      after_space = false;
      ++i;
      continue;
    }
    after_space = false;
    size_t j = i;
    // An inner hyphen ("BARAD-DUR") ties two words, as the text splitter splits them.
    auto inner_hyphen = [&](size_t k) {
      return s[k] == '-' && k > i && std::isalnum(static_cast<unsigned char>(s[k - 1])) && k + 1 < s.size() &&
             std::isalnum(static_cast<unsigned char>(s[k + 1]));
    };
    while (j < s.size() && s[j] != '_' && !std::isspace(static_cast<unsigned char>(s[j])) && !inner_hyphen(j)) ++j;
    std::string w = s.substr(i, j - i);
    bool hyphen = j < s.size() && inner_hyphen(j);
    i = hyphen ? j + 1 : j;
    LegacyWord lw;
    lw.mode = plain;
    bool stem_mark = false;
    while (!w.empty() && (w.back() == '=' || w.back() == '~')) {
      if (w.back() == '=') lw.mode = WordMode::kExact;
      else {
        stem_mark = true;
        lw.mode = WordMode::kStem;
      }
      w.pop_back();
    }
    if (w.empty()) continue;
    bool underscore = j < s.size() && s[j] == '_';
    if (lw.mode != WordMode::kExact && underscore && !stem_mark) lw.mode = WordMode::kRegular;
    lw.text = w;
    out->words.push_back(lw);
    out->adjacent.push_back(hyphen);
    if (underscore) {
      size_t k = j;
      while (k < s.size() && s[k] == '_') ++k;
      if (k < s.size() && !std::isspace(static_cast<unsigned char>(s[k]))) out->adjacent.back() = true;
    }
  }
  if (!out->words.empty()) out->adjacent.resize(out->words.size() - 1);
  return !out->words.empty();
}

std::string ActorEntry::CodeOn(int32_t date) const {
  for (const DatedCode& c : codes) {
    if (c.from == 0 && c.to == 0) continue;
    if (date == 0) continue;
    if ((c.from == 0 || date >= c.from) && (c.to == 0 || date <= c.to)) return c.code;
  }
  for (const DatedCode& c : codes)
    if (c.from == 0 && c.to == 0) return c.code;
  return "";
}

}  // namespace herodotus::compat
