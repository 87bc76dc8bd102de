// TABARI-style text preparation: a record's text → sentences of upper-case
// words with TABARI's shallow marks (possessive 's, commas, clause stops,
// original capitalisation), keeping byte offsets into the input.
//
// TABARI reads words, not syntax: punctuation other than commas and clause
// stops is dropped, "'S" is a noun ending, '_' and '"' separate words, and a
// sentence ends at '.', '?' or '!' after a word that is not an abbreviation
// ("U.S."). Pure functions; thread-safe; never fail (any bytes are input).
#ifndef HERODOTUS_COMPAT_TABARI_TEXT_H_
#define HERODOTUS_COMPAT_TABARI_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace herodotus::compat {

struct LegacyToken {
  enum Kind : uint8_t { kWord, kComma, kStop } kind = kWord;  // kStop: ';' ':' "--"
  std::string word;       // upper case, possessive 's removed
  bool possessive = false;
  bool capitalized = false;  // first letter upper case in the input
  uint32_t begin = 0, end = 0;  // bytes in the input text
};

struct LegacySentence {
  std::vector<LegacyToken> tokens;
  bool all_caps = false;  // the input has no lower-case letter (TABARI's ALLCAPS)
};

// split_contractions: "didn't" → DID N'T, "can't" → CA N'T (Penn TreeBank
// words, as PETRARCH dictionaries write them); TABARI keeps DIDN'T whole.
// split_hyphens: "Al-Gore" → AL GORE (dictionary phrases split the same way).
std::vector<LegacySentence> SplitLegacySentences(std::string_view text, bool split_contractions = false,
                                                 bool split_hyphens = true);

}  // namespace herodotus::compat

#endif  // HERODOTUS_COMPAT_TABARI_TEXT_H_
