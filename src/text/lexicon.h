// Small closed word lists the tokenizer and sentence splitter consult:
// abbreviations that keep their period, titles that never end a sentence,
// and capitalized words that very likely start one. Hand-written English
// knowledge (no data derived from any treebank). Immutable tables; thread-safe.
#ifndef HERODOTUS_TEXT_LEXICON_H_
#define HERODOTUS_TEXT_LEXICON_H_

#include <string_view>

namespace herodotus::text {

// `word` without its final period ("Mr", "etc", "Calif"). True when "word."
// is an abbreviation whose period belongs to the token. Case matters for
// capitalized forms ("Gen" yes, "gen" no) but "etc", "vs", "approx" are
// accepted in any case.
bool IsAbbreviation(std::string_view word);

// Titles and other abbreviations that are always followed by more of the
// same sentence: "Mr", "Dr", "Col", "Gen", "Sen", "St", "No" (before a number).
bool IsTitleAbbreviation(std::string_view word);

// A capitalized word that typically starts a sentence and rarely continues a
// name ("He", "The", "But", "In"). Used to split after "U.S." or "Inc.".
bool IsSentenceStarter(std::string_view word);

// A prefix that stays attached before a hyphen in UD English ("e-mail",
// "non-profit", "co-worker", "anti-war"); compared lowercase.
bool IsHyphenPrefix(std::string_view word);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_LEXICON_H_
