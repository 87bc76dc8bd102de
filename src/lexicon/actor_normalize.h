// Name normalization shared by the actor dictionary compiler and its lookup.
//
// A dictionary name and a run of text tokens match when their *keys* are
// equal. A key is the concatenation of the normalized pieces of the tokens:
//   - Unicode case folding and accent stripping (utf8proc): "Élysée" = "elysee";
//   - only letters and digits are kept: "U.S." = "US" = "us",
//     "al-Qaeda" = "al Qaeda" = "alQaeda", "Cote d'Ivoire" = "Côte d’Ivoire";
//   - the Arabic article "al"/"el" is dropped when it is a token of its own
//     or joined by a hyphen: "al-Qaeda" = "Al Qaeda" = "Qaeda",
//     "al-Sudani" = "Sudani".
// Case is not part of the key; each dictionary name instead carries a
// CasePolicy checked against the text (so "US" does not match "us").
//
// Pure functions; thread-safe.
#ifndef HERODOTUS_LEXICON_ACTOR_NORMALIZE_H_
#define HERODOTUS_LEXICON_ACTOR_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

namespace herodotus::lexicon {

// How the letters of the text must look for a dictionary name to apply.
enum class CasePolicy : unsigned char {
  kAny,          // name written in lower case ("al-Qaeda", "rebels"): any case
  kCapitalized,  // "Jordan", "Chad": the first letter in the text is upper case
  kAcronym,      // "US", "U.S.", "NATO": every letter in the text is upper case
};

// One normalized token.
struct NormToken {
  std::string key;        // folded letters and digits ("" for punctuation)
  bool particle = false;  // the token was a bare "al"/"el" (key is "")
  bool joiner = false;    // "-", ".", "'" alone: a name may run through it
  // Case shape of the token's letters (after a dropped "al-"/"el-").
  bool first_upper = false;  // first letter is upper case
  bool all_upper = false;    // has letters and all of them are upper case
  // For "Iran-backed": the key of the part before the first inner hyphen
  // ("iran") and whether its letters are all capitals; "" otherwise.
  std::string head_key;
  bool head_all_upper = false;
};

// Normalizes one text token (a UTF-8 form; invalid bytes are dropped).
NormToken NormalizeToken(std::string_view form);

// Splits a dictionary name into words (at spaces) and returns its key; also
// the case policy the name implies and the number of words. Returns "" for a
// name without letters or digits.
std::string NameKey(std::string_view name, CasePolicy* policy, int* words);

// True when `tok` (the first token of a match, or every token for acronyms)
// satisfies the policy.
bool CaseAllows(CasePolicy policy, const NormToken& tok);

// Every key prefix at a word boundary of the name ("southkorea" gives "south"
// and "southkorea"); boundaries are spaces, hyphens, periods and apostrophes.
std::vector<std::string> NameKeyPrefixes(std::string_view name);

// True when the bytes are valid UTF-8.
bool ValidUtf8(std::string_view s);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_ACTOR_NORMALIZE_H_
