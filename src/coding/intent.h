// Expressed intentions as events. CAMEO codes the expression of an intent as
// an event of its own: "Portugal will support Turkey" is Portugal expressing
// an intent to cooperate diplomatically (032), "Iran would close the strait
// if attacked" Iran threatening military force (138). The intended act stays
// `hypothetical` (DESIGN.md attribution model); this maps its code to the
// code of the expression. Stateless, thread-safe.
#ifndef HERODOTUS_CODING_INTENT_H_
#define HERODOTUS_CODING_INTENT_H_

#include <string>
#include <string_view>

namespace herodotus::coding {

// The CAMEO code of expressing an intent to do `code` (root 03 for
// cooperation, 13 for coercion and force), or "" when CAMEO has none — a
// statement, appeal, demand, accusation or rejection announced for later is
// not an intent to act ("will appeal" is not coded as 03).
std::string IntentCode(std::string_view code);

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_INTENT_H_
