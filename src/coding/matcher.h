// Frame matching on the dependency tree: which frame of the dictionary a
// trigger word instantiates, and which tokens fill its source, target and
// embedded-event slots. The element kinds and their UD relations are
// specified in src/lexicon/frame.h and docs/frames.md.
//
// Lexical constraints (particles, prepositions, object nouns, xcomp verbs,
// content clauses) must be present unless written optional; actor slots
// (subject, object) may be empty — the actor is then unknown. Among the
// frames that match, the one binding the most elements wins; a matching stop
// pattern ("heart attack") suppresses the trigger. Stateless, thread-safe.
#ifndef HERODOTUS_CODING_MATCHER_H_
#define HERODOTUS_CODING_MATCHER_H_

#include <optional>
#include <vector>

#include "coding/tree.h"
#include "lexicon/frame_dictionary.h"

namespace herodotus::coding {

struct FrameMatch {
  const lexicon::Frame* frame = nullptr;
  int trigger = -1;
  int source = -1, target = -1, event = -1;  // token heads, -1 = unfilled
  int score = 0;
  std::vector<int> absorbed;  // tokens that are part of this frame, not events of their own
};

// The best frame for token i, or nullopt.
std::optional<FrameMatch> MatchTrigger(const Tree& t, const lexicon::FrameDictionary& frames,
                                       int i);

// The subject of a verb, following control and coordination ("agreed to
// meet", "attacked X and killed Y", "militias that attacked"); -1 if none.
int SubjectOf(const Tree& t, int verb);

// The noun a measure noun stands for ("1,000 tons *of grain*", "10 days *of
// war games*"), or -1.
int Measured(const Tree& t, int noun);

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_MATCHER_H_
