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

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "coding/tree.h"
#include "herodotus/event.h"
#include "lexicon/actor_dictionary.h"

namespace herodotus::coding {

// A state itself (code = country) or only its organs: government, armed
// forces, police, intelligence, parliament, courts ("ISR", "SYRMIL").
bool IsStateOrOrgan(const ActorRef& a);

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
  // Resolve plus conjoined modifiers of the head, each with the head's
  // agent: "Hungarian and Romanian officials" → HUNGOV, ROUGOV. For the
  // coder's joint acts, which pair such actors with each other.
  std::vector<ActorRef> ResolveConjoined(int head);

  static bool known(const ActorRef& a) { return !a.code.empty(); }
  // Makes `a` someone of `country`, keeping its sectors: code = country + sectors.
  static void SetCountry(ActorRef* a, std::string_view country) {
    a->country = std::string(country);
    a->code = a->country;
    for (const std::string& sector : a->sectors) a->code += sector;
  }

  // Every noun phrase of the current sentence that may stand for an actor
  // (nominal and personal-pronoun heads, not the inner words of a name or
  // compound), resolved in order, known or not. For evaluation and for
  // dictionary maintenance (`herodotus actors --unknown`); the coder resolves
  // only event arguments.
  struct Mention {
    int head = -1;
    ActorRef actor;
  };
  std::vector<Mention> ResolveAll();

 private:
  struct Found {
    int start = 0, len = 0;
    std::optional<lexicon::ActorMatch> actor;
    const lexicon::AgentEntry* agent = nullptr;
  };
  bool SponsorAfter(int start, int end, bool partial) const;
  std::vector<Found> ScanPhrase(int head, const std::vector<int>& pos);
  // The dictionary's actor and agent matches starting at token i, looked
  // up once per sentence: a sentence's phrases overlap and are composed
  // again for every frame and speaker that names them.
  const std::optional<lexicon::ActorMatch>& ActorAt(int i);
  const std::optional<lexicon::AgentMatch>& AgentAt(int i);
  ActorRef Compose(int head, int depth);
  // Names inside the phrase of `head` that stand for actors of their own:
  // conjoined modifiers ("Hungarian and Romanian officials", each with the
  // head's agent) and, when `all`, every other name that is not the
  // phrase's own ("Pakistan" in a misparsed "Pakistan today"). Used by
  // ResolveAll and ResolveConjoined, not by Resolve: only joint acts pair
  // conjoined actors with each other.
  std::vector<ActorRef> NamedModifiers(int head, const ActorRef& ref, bool all);
  std::vector<int> PhraseTokens(int head) const;
  ActorRef FromCode(const lexicon::CodeInfo* code) const;
  void Remember(int head, const ActorRef& ref, bool person, const std::string& agent_key);
  // The salient person ("he", "his") or group ("it", "its", "they") for a
  // pronoun at token `before`: the last one named as a subject before it in
  // this sentence, else (groups) in earlier ones, else the last one named.
  const ActorRef& SalientPerson(int before) const;
  const ActorRef& SalientGroup(int before) const;
  std::string SpanText(int first, int last, ActorRef* ref) const;

  const lexicon::ActorDictionary& dict_;
  const Article& article_;
  const Sentence* sentence_ = nullptr;
  const Tree* tree_ = nullptr;
  std::vector<lexicon::NormToken> norm_;
  struct TokenMatches {
    bool actor_known = false, agent_known = false;
    std::optional<lexicon::ActorMatch> actor;
    std::optional<lexicon::AgentMatch> agent;
  };
  std::vector<TokenMatches> matches_;  // per token of the sentence
  // Coreference memory for the article.
  std::unordered_map<std::string, ActorRef> by_surname_;  // "mahjoub" → IRQGOV
  std::unordered_map<std::string, ActorRef> by_role_;     // "spokesman" → last one
  // As of the start of the sentence (mentions are resolved in the order the
  // coder needs them, not in text order, so the sentence's own mentions are
  // kept apart with their positions and folded in at the next sentence).
  ActorRef last_person_, last_group_;
  ActorRef last_subject_group_;  // the last group named as a subject: "it", "they" first
  struct Named {
    int head;
    ActorRef ref;
    bool person, subject;
  };
  std::vector<Named> named_;  // this sentence's resolved mentions
  // The last person (or group) named before token `before` in this
  // sentence, and the last one named as a subject.
  struct Latest {
    const Named* any = nullptr;
    const Named* subject = nullptr;
  };
  Latest LastNamed(int before, bool person) const;
};

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_ACTORS_H_
