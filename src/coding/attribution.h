// Attribution and modality: given the predicate of a candidate event in a
// parsed sentence, decide its status (DESIGN.md attribution model) and who,
// if anyone, claims it.
//
//   "Turkish jets shot down a Russian warplane."          → asserted
//   "…, the military said." / "according to officials"     → attributed by the speaker
//   "Pompeo blamed Iran for the attack" (attack)           → alleged by Pompeo
//   "Russia denied that its troops crossed the border"     → denied by Russia
//   "The prime minister did not meet the envoy."           → negated
//   "Iran would close the strait if …" / threats / plans   → hypothetical
//
// The rules read only the dependency tree and closed-class word lists; they
// are stateless and thread-safe.
#ifndef HERODOTUS_CODING_ATTRIBUTION_H_
#define HERODOTUS_CODING_ATTRIBUTION_H_

#include <string_view>

#include "coding/tree.h"
#include "herodotus/event.h"

namespace herodotus::coding {

// How a governing verb or noun frames the clause below it.
enum class ClaimKind : uint8_t {
  kNone,
  kReport,  // say, tell, announce, confirm, "according to": states as fact
  kAllege,  // claim, accuse, blame, allege: an interested assertion
  kDeny,    // deny, reject, dismiss: says it did not happen
  kFuture,  // warn, threaten, vow, plan, want: not (yet) happened
  kAsk,     // ask, demand, urge, call on: a request, not a happening
  kFail,    // refuse, fail, decline: did not happen
};

// The class of a speech / claim / intention word (lowercase lemma).
ClaimKind ClassifyClaimWord(std::string_view lemma);

struct Attribution {
  EventStatus status = EventStatus::kAsserted;
  ClaimKind kind = ClaimKind::kNone;
  int claim_word = -1;  // token of the governing speech/claim word, or -1
  int speaker = -1;     // head token of who makes the claim, or -1
  // Hypothetical because someone means to do it — "will", "would", "going
  // to", "vowed to", "is ready to" — rather than because it is conditional,
  // asked for or asked about. Expressing an intent is itself an event
  // (CAMEO 03 / 13); `intent_word` is the token that expresses it.
  bool intent = false;
  int intent_word = -1;
  // "would not meet the demands", "will never accept": a refusal (CAMEO 12),
  // said of the clause's own subject.
  bool refusal = false;
  // "Sudan must return the helicopter" / "should withdraw": what the speaker
  // demands (CAMEO 10, `must`) or appeals for (CAMEO 02, `should`) of the
  // clause's subject.
  enum class Obligation : uint8_t { kNone, kMust, kShould } obligation = Obligation::kNone;
  // The clause carries an "unless …" condition: an intent so conditioned
  // is a threat ("will withdraw its force unless elections are held").
  bool unless = false;
  // "tried to hack into", "an attempt to assassinate": the word that makes
  // the act an attempt, or -1. An attempted act of force is coded as the
  // act (the PLOVER manual counts attempted killings as ASSAULT), with the
  // attempt's own status; other attempts stay hypothetical.
  int attempt_word = -1;
};

// `predicate` is the event's trigger (a verb, or a noun for nominal events);
// `clause` the verb heading its clause when the trigger is an object noun of
// a light verb ("held talks": clause = "held"), else the trigger itself.
Attribution Attribute(const Tree& tree, int predicate, int clause);

// Local modality of one verb: negation, modal auxiliaries, conditional
// markers. Returns kAsserted when none applies.
EventStatus LocalModality(const Tree& tree, int verb);

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_ATTRIBUTION_H_
