// Lemmatizer: treebank lookup first, learned suffix rules for unseen words.
//
//  1. (form, UPOS, XPOS), then (form, UPOS), then (lower-case form, UPOS):
//     the lemma most often seen in the training treebank.
//     A capitalized NOUN known only as PROPN takes the PROPN lemma; a form
//     seen with another tag only takes that lemma.
//  2. Unseen NNPS: the NNS suffix rules with the case kept ("Sadrists" ->
//     "Sadrist"); unseen NUM with digit groups drops the commas ("12,000" ->
//     "12000", EWT's convention); other unseen PROPN/NUM/PUNCT/SYM/X keep
//     their form; unseen all-capitals words are lower-cased acronyms.
//  3. Other unseen words: suffix-edit rules ("strip 3, add e") learned per
//     XPOS from the treebank, indexed by word suffixes of length 6..1. The
//     longest suffix with rules wins; unless its commonest edit keeps the
//     word, a candidate that is a known lemma of that UPOS is preferred (so
//     "upgrading" becomes "upgrade" when "upgrade" is a known verb, and a
//     "trading"-like suffix decides otherwise).
//
// Thread-safety: immutable after Load; Lemma() is const and reentrant.
#ifndef HERODOTUS_SYNTAX_LEMMATIZER_H_
#define HERODOTUS_SYNTAX_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "herodotus/article.h"
#include "syntax/bytes.h"
#include "util/flat_map.h"

namespace herodotus::syntax {

class Lemmatizer {
 public:
  struct Rule {
    uint8_t strip = 0;
    std::string append;
  };
  static constexpr int kMaxSuffix = 6;

  std::string Lemma(const std::string& form, const std::string& upos, const std::string& xpos) const;
  void Apply(Sentence* s) const {
    for (auto& t : s->tokens) t.lemma = Lemma(t.form, t.upos, t.xpos);
  }

  // Keys (see lemmatizer.cc for how they are formed).
  static uint64_t ExactKey(const std::string& form, const std::string& upos, const std::string& xpos);
  static uint64_t FormKey(const std::string& form, const std::string& upos);
  static uint64_t SuffixKey(const std::string& suffix, const std::string& xpos);
  static uint64_t KnownKey(const std::string& lemma, const std::string& upos);
  // The edit that turns `lower` into `lemma` (both lower-case).
  static Rule EditOf(const std::string& lower, const std::string& lemma);

  // Model parts (filled by the builder in src/train or Load).
  std::vector<std::string> strings;                   // lemma strings
  FlatMap64<uint32_t> exact;                       // ExactKey -> strings id
  FlatMap64<uint32_t> by_form;                     // FormKey (form and lower-case) -> id
  std::vector<Rule> rules;
  // SuffixKey -> rule ids, most frequent first (flattened: begin, count).
  FlatMap64<std::pair<uint32_t, uint32_t>> suffix_rules;
  std::vector<uint32_t> rule_lists;
  std::unordered_set<uint64_t> known;                 // KnownKey of every training lemma

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_LEMMATIZER_H_
