// A read-only view of one parsed sentence as a dependency tree: children
// lists, base relations and lowercase lemmas computed once, so the matcher and
// the attribution rules can walk the tree without string work.
#ifndef HERODOTUS_CODING_TREE_H_
#define HERODOTUS_CODING_TREE_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"

namespace herodotus::coding {

class Tree {
 public:
  // The sentence must outlive the Tree. Tokens with head -1 (unparsed) are
  // treated as roots. Three newswire misparses are repaired on the way in:
  // a subject noun made the root of a verbless sentence whose verb was read
  // as a participle ("rebels launched/amod drones"); a
  // weekday or "today" parsed as a verb's object ("lifted Friday a
  // blockade", "signed Monday an accord") is a time modifier, and the noun
  // hung on it as an apposition is the object; an expletive "it" of a
  // readiness adjective ("it is willing to withdraw") is its subject; the
  // reporters of a clause hung on it ("…, officials and witnesses said") are
  // the reporting verb's subjects.
  explicit Tree(const Sentence& s);

  int size() const { return static_cast<int>(head_.size()); }
  const Token& tok(int i) const { return s_->tokens[i]; }
  int head(int i) const { return head_[i]; }                   // -1 = root
  std::string_view rel(int i) const { return rel_[i]; }        // "obl" of "obl:tmod"
  std::string_view fullrel(int i) const { return full_[i]; }  // "obl:tmod"
  const std::string& lemma(int i) const { return lemma_[i]; }  // lowercase
  std::string_view upos(int i) const { return s_->tokens[i].upos; }
  std::span<const int> children(int i) const {
    return {kids_.data() + kid_begin_[i], kids_.data() + kid_begin_[i + 1]};
  }
  int root() const { return root_; }

  // First child of i with base relation rel, or -1.
  int Child(int i, std::string_view rel) const;
  // The case-marking word (lowercase lemma) of a nominal, "" if none: "on"
  // for "on the consulate"; multiword "according to" → "according".
  std::string_view CaseOf(int i) const;
  // Subtree span [first, last] of token i (projective assumption not needed).
  void Span(int i, int* first, int* last) const {
    *first = first_[i];
    *last = last_[i];
  }
  bool IsPassive(int verb) const;
  // A relative clause whose pronoun is its object, oblique or passive
  // subject ("Chaudhry, whom they had taken hostage", "a helicopter which
  // was captured by the authorities"):
  // it describes the noun; the sentence does not report it.
  bool DescribesItsObject(int verb) const;
  bool IsReducedRelative(int verb) const;

 private:
  void RepairVerblessRoot(const Sentence& s);
  void RepairReporterSubject(const Sentence& s);
  void RepairVerbInNounPhrase(const Sentence& s);
  void RepairUpToSubject();
  int OnlyRoot() const;
  // Hangs word i on `head` (-1: the root) with relation `rel` (a literal).
  void Attach(int i, int head, std::string_view rel);
  void BreakCycles();

  const Sentence* s_;
  std::vector<int> head_;
  std::vector<std::string_view> full_;  // relation with subtype
  std::vector<std::string_view> rel_;
  std::vector<std::string> lemma_;
  // Children of i, in token order: kids_[kid_begin_[i] .. kid_begin_[i + 1]).
  // One array for the sentence, not one per word: a tree is built for every
  // sentence coded.
  std::vector<int> kids_, kid_begin_;
  std::vector<int> first_, last_;  // subtree spans
  int root_ = -1;
};

// Adjectives of readiness ("is willing to withdraw", "stands ready to
// help"): the stance of the subject toward the act of their to-clause.
bool IsReadinessAdjective(std::string_view lemma);

// "today", "Tuesday", "last month", "June": words of time, never actors.
bool IsTimeWord(const Tree& t, int i);

// An infinitive marked "to" ("to halt"; not a gerund after the preposition:
// "resorted to throwing stones").
bool HasMarkTo(const Tree& t, int verb);

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_TREE_H_
