// Actor resolution on the dependency parse, with the article's coreference
// memory.
//
// An argument of an event is a noun phrase in the tree. Its actor is composed
// from what the dictionaries recognize inside it:
//   "Iraqi Ministry of Foreign Affairs spokesman Ahmed Mahjoub" → IRQGOV
//   "Army Col. Sean Ryan, a spokesman for the coalition"      → the coalition's code
//   "Iran-backed militants"                                    → REB, backed_by IRN
//   "Mike Pompeo" on 2018-10-03                                → USAGOV (dated role)
// and from what the article said before: "Mr. Mahjoub" and "he" three
// paragraphs later, "the spokesman", "the ministry". Unknown named people keep
// their text with an empty code rather than a guess.
//
// One resolver per article (it holds that article's memory); not thread-safe.
// The dictionary must outlive it.
#ifndef HERODOTUS_CODING_ACTORS_H_
#define HERODOTUS_CODING_ACTORS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "coding/tree.h"
#include "herodotus/event.h"
#include "lexicon/actor_dictionary.h"

namespace herodotus::coding {

class ActorResolver {
 public:
  ActorResolver(const lexicon::ActorDictionary& dict, const Article& article);

  // Call once per sentence, in order, before resolving its arguments.
  void StartSentence(const Sentence& s, const Tree& t);

  // The actor(s) a noun phrase headed by `head` stands for: one per
  // conjunct ("Israel and Egypt"). Never empty; an entry may have an empty
  // code (unknown actor) — `known()` below.
  std::vector<ActorRef> Resolve(int head);
  ActorRef ResolveOne(int head);

  static bool known(const ActorRef& a) { return !a.code.empty(); }

 private:
  struct Found {
    int start = 0, len = 0;
    std::optional<lexicon::ActorMatch> actor;
    const lexicon::AgentEntry* agent = nullptr;
  };
  ActorRef Compose(int head, int depth);
  std::vector<int> PhraseTokens(int head) const;
  ActorRef FromCode(const lexicon::CodeInfo* code) const;
  void Remember(int head, const ActorRef& ref, bool person, const std::string& agent_key);
  std::string SpanText(int first, int last, ActorRef* ref) const;

  const lexicon::ActorDictionary& dict_;
  const Article& article_;
  const Sentence* sentence_ = nullptr;
  const Tree* tree_ = nullptr;
  std::vector<lexicon::NormToken> norm_;
  // Coreference memory for the article.
  std::unordered_map<std::string, ActorRef> by_surname_;  // "mahjoub" → IRQGOV
  std::unordered_map<std::string, ActorRef> by_role_;     // "spokesman" → last one
  ActorRef last_person_, last_group_;
};

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_ACTORS_H_
