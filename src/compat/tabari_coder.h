// TabariCoder: codes text with a TabariDictionary by TABARI's shallow
// sequence rules (the TABARI manual's "Coding" chapter, and the feature
// records of TABARI's validation suite):
//   - actors and agents are the longest dictionary phrases; an agent joins
//     the actor next to it ("Gondor police", "activists in Gondor") and adds
//     its code unless the actor's code already has it;
//   - actors joined by AND / NOR / commas (determiners and adjectives of
//     the .actors <ADJECTIVE> list allowed) form a compound: one event per
//     actor; a code "FRO/BIL" is a compound too;
//   - text between two commas that do not join actors is a subordinate
//     clause and is dropped; BUT, AND (outside compounds) and ';' start a new
//     clause whose subject, if it has none, is the previous clause's;
//   - a verb is a dictionary verb that is not shifted to a noun by a
//     determiner before it or by capitalisation inside the sentence;
//     patterns ("- LEFT * RIGHT [code]") are tried longest first; the source
//     is the pattern's $ (or %), else the clause's first actor; the target
//     the pattern's +, else the first actor after the verb; a passive verb
//     ("was opposed by X") swaps them; paired codes "032:033" give an event
//     each way;
//   - codes "---" (null), "+++" (complex: the sentence is not coded) and
//     "###" (discard) on actors, verbs or patterns; dated actor codes use
//     the article's date; options COMPLEX VERBS[n] CONJ[n] NOACTPRIOR.
// Thread-safe for const use (Code keeps no state); never fails on any text.
#ifndef HERODOTUS_COMPAT_TABARI_CODER_H_
#define HERODOTUS_COMPAT_TABARI_CODER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compat/tabari_dictionary.h"

namespace herodotus::compat {

struct LegacyEvent {
  std::string source, target, code;  // actor codes, event code as in the dictionary
  size_t sentence = 0;               // index of the sentence in the text
  uint32_t verb_begin = 0, verb_end = 0;  // bytes of the verb in the text
  std::string pattern;               // the matched pattern, "" for the verb's own code
};

struct LegacyCodeStats {
  size_t sentences = 0, discarded = 0, complex = 0;
  size_t too_long = 0;  // sentences over 250 words, not coded
};

// TABARI's FORWARD option: a pronoun with no actor before it in its sentence
// stands for the subject of the story's previous sentence (its actor code
// without agents), or of the story's first sentence when the previous one
// had only a forwarded subject itself. One per story, in sentence order.
struct LegacyStoryContext {
  std::string story;                   // the caller's story key
  std::vector<std::string> first, last;  // subjects (actor codes)
  bool last_forwarded = false;
  void Reset(const std::string& key) { *this = LegacyStoryContext(); story = key; }
};

class TabariCoder {
 public:
  explicit TabariCoder(const TabariDictionary* dict) : dict_(dict) {}
  // Codes `text` as of `date` (yyyymmdd, 0 unknown: dated codes never hold).
  // `story` (may be null) carries subjects between the sentences and
  // articles of one story when the FORWARD option is on.
  std::vector<LegacyEvent> Code(std::string_view text, int32_t date, LegacyCodeStats* stats = nullptr,
                                LegacyStoryContext* story = nullptr) const;

 private:
  const TabariDictionary* dict_;
};

}  // namespace herodotus::compat

#endif  // HERODOTUS_COMPAT_TABARI_CODER_H_
