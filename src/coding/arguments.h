// Who did what to whom, read from the phrase around a frame match. The
// matcher binds the frame's slots to tokens (matcher.h); this turns them into
// actors, and where the parse or the frame leaves a slot open, reads the
// actor from the words around it: the owner of an aimed-at thing ("rejected
// an Indian proposal"), the recipient named on the frame's own noun ("halted
// aid to Serbia"), the addressee of a demand ("demanded that the US cancel"),
// the object of an intended act ("threatened to cut off electricity to
// Nakhichevan"), counted groups ("thousands of Iraqi Kurds"), conjoined sides
// of a joint act, and — when the parse gives a verb no subject — the nearest
// actor to its left, as a shallow coder would. Stateless apart from the
// resolver's article memory; one call per match, in sentence order.
#ifndef HERODOTUS_CODING_ARGUMENTS_H_
#define HERODOTUS_CODING_ARGUMENTS_H_

#include <vector>

#include "coding/actors.h"
#include "coding/matcher.h"
#include "coding/tree.h"
#include "herodotus/event.h"
#include "lexicon/frame_dictionary.h"

namespace herodotus::coding {

// Sources and targets of one match, each at least one (possibly unknown:
// empty code) actor; one event is made per known pair.
struct Arguments {
  std::vector<ActorRef> sources, targets;
  // The CAMEO code when the arguments change it ("French and Egyptian
  // warships launched war games": joint exercises, 062), else empty.
  std::string code;
};

Arguments ReadArguments(const Tree& tree, const FrameMatch& m,
                        const std::vector<FrameMatch>& matches,
                        const lexicon::FrameDictionary& frames, ActorResolver* resolver);

// Domestic acts: a material act (roots 06–08, 15, 17–20) whose target is
// nobody named befell the country where it took place ("dispersed
// demonstrators in Monrovia" → LBR); with no place, force by a country's
// police befell its own country. Curfews, states of emergency and
// concessions (080–083) with no counterpart are made at home (or at the
// place attached to them), refusals (12) at home wherever the sentence is
// set; a protest (14) with no addressee is aimed at the protesters' own
// country. Needs the event's location (time and place annotation) and a
// known source.
void DomesticTarget(Event* e);

// The pieces, for the coder's stance events and for tests.
std::vector<ActorRef> KnownOnly(std::vector<ActorRef> r);
std::vector<ActorRef> OwnerOf(const Tree& t, int noun, ActorResolver* resolver, int depth = 0);
std::vector<ActorRef> RecipientOf(const Tree& t, int noun, ActorResolver* resolver);
std::vector<ActorRef> ResolveThroughQuantity(const Tree& t, int head, ActorResolver* resolver);
std::vector<ActorRef> TargetOfClause(const Tree& t, int verb, ActorResolver* resolver,
                                     int depth = 0);
std::vector<ActorRef> LinearSubject(const Tree& t, int verb, ActorResolver* resolver);
// The known party a verb's purpose clause is aimed at ("blocked a road to
// show their disapproval for the United States' policies" → USA).
std::vector<ActorRef> PurposeTarget(const Tree& t, int verb, ActorResolver* resolver);

// The known actors that are the subject of an "if" or "unless" clause of
// `verb` or of a to-clause below it ("… if the United States deploys
// missiles"); empty if none.
std::vector<ActorRef> SubjectOfCondition(const Tree& t, int verb, ActorResolver* resolver);

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_ARGUMENTS_H_
