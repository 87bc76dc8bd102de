#include "herodotus/event.h"

namespace herodotus {

namespace {
constexpr std::string_view kNames[] = {"asserted", "attributed", "alleged",
                                       "denied",   "negated",    "hypothetical"};
}  // namespace

std::string_view StatusName(EventStatus s) { return kNames[static_cast<int>(s)]; }

bool ParseStatus(std::string_view name, EventStatus* out) {
  for (int i = 0; i < 6; ++i) {
    if (kNames[i] == name) {
      *out = static_cast<EventStatus>(i);
      return true;
    }
  }
  return false;
}

}  // namespace herodotus
