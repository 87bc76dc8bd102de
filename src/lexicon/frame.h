// Event frames: the compiled form of one line of dict/frames/*.frames.
//
// A frame says "this trigger lemma, with these dependents, is CAMEO code X,
// and this dependent is the source / the target / an embedded event". The
// text format and its mapping onto Universal Dependencies are specified in
// docs/frames.md; this header is the in-memory contract the matcher
// (src/coding/) reads. Everything here is plain immutable data owned by a
// FrameDictionary (frame_dictionary.h); pointers (Element::nouns) stay valid
// for the dictionary's lifetime. Safe to read from any number of threads.
#ifndef HERODOTUS_LEXICON_FRAME_H_
#define HERODOTUS_LEXICON_FRAME_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/event.h"

namespace herodotus::lexicon {

// Part of speech of the trigger word (UD UPOS VERB / NOUN / ADJ; a verb
// frame also matches AUX-less copular "be" predicates only through adj frames).
enum class TriggerKind : uint8_t { kVerb = 0, kNoun = 1, kAdjective = 2 };
std::string_view TriggerKindName(TriggerKind k);

// What a pattern element is bound to when the frame matches.
enum class Role : uint8_t {
  kNone = 0,  // a lexical constraint only (particle, object noun, xcomp verb)
  kSource,    // SRC: the actor doing the event
  kTarget,    // TGT: the actor the event is done to
  kEvent,     // ...: an embedded event (content clause, gerund, event noun)
};

// How an element hangs off its predicate in a UD parse (basic relations; the
// enhanced subtypes obl:on, nmod:with, obl:agent are read the same way).
enum class ElementKind : uint8_t {
  kSubject,         // verb/adj: nsubj (active) — in a passive, obl with case
                    // "by" (obl:agent); the passive nsubj:pass fills kObject.
                    // noun: nmod:poss ("Israel's strikes"), amod/compound
                    // ("Israeli strikes", "U.S. sanctions").
  kObject,          // obj (in a passive: nsubj:pass)
  kIndirectObject,  // iobj ("offered Kyiv aid": Kyiv)
  kParticle,        // compound:prt (parsers also give advmod) with a listed lemma
  kOblique,         // verb: obl, noun: nmod — whose `case` child is `preps`
                    // (a multiword preposition "on_behalf_of" = case + fixed)
  kModifier,        // noun frames: amod/compound with a lemma in `nouns`
  kXcomp,           // "to VERB": xcomp (or advcl marked "to") whose lemma is
                    // in `words`; later elements attach to it. "of VERB",
                    // "for VERB" ("accuse TGT of shelling"): advcl/acl marked
                    // by `marks` (the verb is a gerund; UD lemma = the verb).
                    // A word right after an object slot, no marker: a
                    // secondary predicate ("hold TGT responsible", "find TGT
                    // guilty", "shoot TGT dead"), xcomp in UD
  kCcomp,           // "that TGT withdraw" / "TGT withdraw": a content clause
                    // (ccomp) whose lemma is in `verbs`; the slot before the
                    // verb is its subject (a kSubject attached to it) and later
                    // elements attach to it. Part of this frame's event.
  kClause,          // "...": the embedded event. prep "" = ccomp or an event
                    // noun as obj; "that" = ccomp; "to" = xcomp/advcl;
                    // another word = advcl marked by it or obl/nmod with it
                    // as case ("accuse X of attacking" / "of the attack")
};
std::string_view ElementKindName(ElementKind k);

// A synonym set of noun lemmas, named (@WEAPON) or inline ({talk|meeting}).
// A member may be a multiword lemma written with underscores:
//   "martial_law"        head "law", modifiers {"martial"} (amod/compound)
//   "state_of_emergency" head "state", complement {"emergency"} with
//                        complement_case "of" (nmod of the head + case);
//                        the inner preposition may be of/against/for/on/in/to
struct SynsetMember {
  std::string text;                       // as written: "state_of_emergency"
  std::string head;                       // UD lemma of the head noun
  std::vector<std::string> modifiers;     // amod/compound lemmas of the head
  std::vector<std::string> complement;    // nmod lemmas after the inner preposition
  std::string complement_case;            // that preposition ("of"), "" when none
};
struct Synset {
  std::string name;  // "WEAPON" for @WEAPON; "" for an inline set
  std::vector<SynsetMember> members;
  // True when some member has this head lemma (modifiers still to be checked).
  bool HasHead(std::string_view lemma) const;
};

struct Element {
  ElementKind kind = ElementKind::kObject;
  Role role = Role::kNone;
  // kParticle: the particle lemmas; kOblique / kClause: the preposition or
  // marker alternatives ("on", "against"); kXcomp / kCcomp: the verb lemmas.
  std::vector<std::string> words;
  // kXcomp: the marker ("to", "of", "for"); empty for kCcomp ("that" optional).
  std::vector<std::string> marks;
  // Lexical constraint on the element's head noun (object, oblique,
  // modifier), or nullptr for any.
  const Synset* nouns = nullptr;
  // "TGT's {asset}": the actor is the nmod:poss (or nmod with case "of") of
  // the constrained noun, not the noun itself. kNone when absent.
  Role possessor = Role::kNone;
  bool optional = false;  // written in parentheses
  // Index of the kXcomp / kCcomp element this element hangs off, or -1 for
  // the trigger.
  int8_t attach = -1;
};

enum FrameFlag : uint32_t {
  kFrameSymmetric = 1u << 0,  // [sym]: source and target act jointly (meet, sign)
  kFrameStop = 1u << 1,       // code STOP: when it matches, no frame of this trigger fires
  kFrameObject = 1u << 2,     // [obj]: only the transitive sense ("returned the bodies",
                              // not "returned to Geneva"): the object slot must be filled
};

struct Frame {
  std::string code;          // CAMEO code ("0231"); "" for a stop pattern
  TriggerKind kind = TriggerKind::kVerb;
  std::string trigger;       // UD lemma: "attack", "talk", "crack"
  std::vector<Element> elements;
  uint32_t flags = 0;
  // Status given to the embedded event (Role::kEvent) when the frame has one.
  // The embedded event is the "..." element or, in a frame with a status flag
  // and no "...", its first kXcomp/kCcomp ("threaten to attack TGT": the
  // attack is coded by its own frame, hypothetical):
  // "accuse ... of ..." → alleged, "deny ..." → denied, "threaten to ..." →
  // hypothetical, "say ..." → attributed. The frame's own event is asserted
  // (the accusation itself happened) unless the matcher finds otherwise.
  bool has_content_status = false;
  EventStatus content_status = EventStatus::kAsserted;
  int specificity = 0;       // required lexical constraints; higher wins
  std::string file;          // where the frame was written, for messages
  uint32_t line = 0;
  std::string pattern;       // the pattern as written (for evidence / lint)

  bool stop() const { return (flags & kFrameStop) != 0; }
  bool symmetric() const { return (flags & kFrameSymmetric) != 0; }
  bool needs_object() const { return (flags & kFrameObject) != 0; }
  // First element with this role, or nullptr.
  const Element* Find(Role r) const;
};

// English prepositions (UD `case` lemmas) a frame may use; a word after a
// slot that is not one of these starts a content clause ("demand TGT withdraw").
bool IsPreposition(std::string_view word);

// Particles that may follow a verb trigger as compound:prt ("crack down",
// "step down", "pull out"). A word from this list directly after the verb is
// a particle unless an argument (slot, noun set, "...") follows it.
bool IsParticle(std::string_view word);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_FRAME_H_
