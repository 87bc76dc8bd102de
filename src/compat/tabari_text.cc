// TABARI-style sentence and word splitting (see tabari_text.h).
#include "compat/tabari_text.h"

#include <cctype>

namespace herodotus::compat {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
// Characters dropped around words: quotes, brackets.
bool IsDropped(char c) {
  return c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '`' ||
         c == '*' || c == '<' || c == '>';
}

}  // namespace

std::vector<LegacySentence> SplitLegacySentences(std::string_view text, bool split_contractions, bool split_hyphens) {
  std::vector<LegacySentence> out;
  bool any_lower = false;
  for (char c : text)
    if (c >= 'a' && c <= 'z') any_lower = true;
  LegacySentence cur;
  auto end_sentence = [&] {
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    cur = LegacySentence();
  };
  auto push_punct = [&](LegacyToken::Kind k, size_t at) {
    LegacyToken t;
    t.kind = k;
    t.word = k == LegacyToken::kComma ? "," : ";";
    t.begin = static_cast<uint32_t>(at);
    t.end = static_cast<uint32_t>(at + 1);
    cur.tokens.push_back(std::move(t));
  };
  auto push_word = [&](size_t b, size_t e) {
    // Possessives: X'S → X (noun ending), XS' → XS.
    std::string w;
    for (size_t i = b; i < e; ++i) w += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    LegacyToken t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.capitalized = std::isupper(static_cast<unsigned char>(text[b])) != 0;
    if (w.size() > 2 && w[w.size() - 2] == '\'' && w.back() == 'S') {
      w.resize(w.size() - 2);
      t.possessive = true;
    } else if (w.size() > 1 && w.back() == '\'') {
      w.pop_back();
      t.possessive = true;
    }
    bool has_alnum = false;
    for (char c : w)
      if (std::isalnum(static_cast<unsigned char>(c))) has_alnum = true;
    if (!has_alnum) {
      if (w.find("--") != std::string::npos) push_punct(LegacyToken::kStop, b);
      return;
    }
    if (split_contractions && w.size() > 3 && w.compare(w.size() - 3, 3, "N'T") == 0) {
      LegacyToken neg = t;
      neg.word = "N'T";
      neg.capitalized = false;
      neg.begin = static_cast<uint32_t>(e - 3);
      t.end = neg.begin;
      t.word = w.substr(0, w.size() - 3);
      cur.tokens.push_back(std::move(t));
      cur.tokens.push_back(std::move(neg));
      return;
    }
    t.word = std::move(w);
    cur.tokens.push_back(std::move(t));
  };

  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (IsSpace(text[i]) || IsDropped(text[i]) || text[i] == '_') {
      ++i;
      continue;
    }
    // A chunk up to the next space; punctuation inside is handled below.
    size_t j = i;
    // A hyphen between two letters or digits separates words ("Al-Gore" is
    // AL GORE, as dictionary phrases read it); "anti-" keeps its hyphen.
    while (j < n && !IsSpace(text[j]) && !IsDropped(text[j]) && text[j] != '_' &&
           !(split_hyphens && text[j] == '-' && j > i && std::isalnum(static_cast<unsigned char>(text[j - 1])) &&
             j + 1 < n && std::isalnum(static_cast<unsigned char>(text[j + 1]))))
      ++j;
    if (j < n && text[j] == '-' && split_hyphens && j > i) {
      // handled below as a word boundary
    }
    size_t b = i;
    size_t k = b;
    size_t word_start = b;
    while (k < j) {
      char c = text[k];
      bool last = k + 1 == j;
      if (c == ',' && !(k > b && IsDigit(text[k - 1]) && !last && IsDigit(text[k + 1]))) {
        if (k > word_start) push_word(word_start, k);
        push_punct(LegacyToken::kComma, k);
        word_start = k + 1;
      } else if (c == ';' || c == ':') {
        if (k > word_start) push_word(word_start, k);
        push_punct(LegacyToken::kStop, k);
        word_start = k + 1;
      } else if (c == '?' || c == '!') {
        if (k > word_start) push_word(word_start, k);
        word_start = k + 1;
        end_sentence();
      } else if (c == '.' && (last || !IsAlpha(text[k + 1]))) {
        // A full stop ends the sentence unless the word is an abbreviation
        // with an inner dot ("U.S.") or a number ("11.8" never gets here).
        std::string_view w = text.substr(word_start, k - word_start);
        bool abbrev = w.find('.') != std::string_view::npos || (w.size() == 1 && IsAlpha(w[0]));
        bool number = !w.empty() && IsDigit(w.back()) && !last && IsDigit(text[k + 1]);
        if (number) {
          ++k;
          continue;
        }
        if (abbrev) {
          if (k + 1 > word_start) push_word(word_start, k + 1);
        } else if (k > word_start) {
          push_word(word_start, k);
        }
        word_start = k + 1;
        if (!abbrev) end_sentence();
      }
      ++k;
    }
    if (j > word_start) push_word(word_start, j);
    i = j < n && text[j] == '-' ? j + 1 : j;
  }
  end_sentence();
  for (LegacySentence& s : out) s.all_caps = !any_lower;
  return out;
}

}  // namespace herodotus::compat
