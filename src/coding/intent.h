// Stances toward an act as events. CAMEO codes the stance a speaker takes
// toward an act as an event of its own, with sub-codes that mirror the act's
// root: "Portugal will support Turkey" is Portugal expressing an intent to
// cooperate diplomatically (032); "Iran would close the strait if attacked"
// Iran threatening military force (138); "the U.S. would not meet the
// demands" a refusal to yield (124); "Sudan must return the helicopter, Russia
// said" Russia demanding that Sudan yield (1053); "…should negotiate" an
// appeal to meet (026). The act itself stays `hypothetical` (DESIGN.md
// attribution model). Stateless, thread-safe.
#ifndef HERODOTUS_CODING_INTENT_H_
#define HERODOTUS_CODING_INTENT_H_

#include <string>
#include <string_view>

namespace herodotus::coding {

enum class Stance {
  kIntent,   // will do it: 03 for cooperation, 13 (threat) for coercion and force
  kRefusal,  // will not do it: 12
  kDemand,   // another must do it: 10
  kAppeal,   // another should do it: 02
};

// The CAMEO code of taking `stance` toward an act coded `code`, or "" when
// CAMEO has none (a statement or accusation announced for later is not an
// intent to act; refusing to attack is not a rejection).
std::string StanceCode(std::string_view code, Stance stance);

// Back-compatible shorthand for StanceCode(code, Stance::kIntent).
inline std::string IntentCode(std::string_view code) { return StanceCode(code, Stance::kIntent); }

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_INTENT_H_
