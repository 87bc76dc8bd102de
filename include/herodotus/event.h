// herodotus — coded events, the product's output (DESIGN.md "Event output").
//
// Plain value types. An Event says who did what to whom, and — through
// `status` and `source_of_claim` — who says so. Events whose status is
// denied, negated or hypothetical did not happen as far as the text goes:
// they are reported, never counted.
#ifndef HERODOTUS_EVENT_H_
#define HERODOTUS_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"

namespace herodotus {

enum class EventStatus : uint8_t {
  kAsserted,      // the writer states it as fact
  kAttributed,    // reported through a source that states it as fact
  kAlleged,       // an interested party claims or accuses
  kDenied,        // a party says it did not happen / was not responsible
  kNegated,       // the text says it did not happen
  kHypothetical,  // future, conditional, intended, threatened, asked
};
std::string_view StatusName(EventStatus s);
bool ParseStatus(std::string_view name, EventStatus* out);
// True for asserted, attributed and alleged: a claim that it happened.
inline bool ClaimsOccurrence(EventStatus s) {
  return s == EventStatus::kAsserted || s == EventStatus::kAttributed ||
         s == EventStatus::kAlleged;
}

// An actor as resolved from text. `code` is empty when unknown ("Mr. Smith"
// with no dictionary entry keeps its text and has code "").
struct ActorRef {
  std::string text;                  // the mention as written
  std::string code;                  // CAMEO-style actor code: "USAGOV", "IRN", "IGOUNO"
  std::string country;               // ISO 3166-1 alpha-3, or "" (IGOs: "")
  std::vector<std::string> sectors;  // CAMEO sectors: GOV, MIL, REB, ...
  std::string backed_by;             // "IRN" for "Iran-backed militias"
  uint32_t start = 0, end = 0;       // byte span in Article::text
};

struct Location {
  std::string name, admin1, country;  // country: ISO3
  int64_t geonameid = 0;              // 0 = not in the gazetteer
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  std::string basis;                  // "attached", "sentence", "dateline"
};

struct Event {
  std::string article_id;
  int sentence = 0;                  // index of the sentence in the article
  std::string event_id;              // "<article>-<sentence>-<n>"
  Date date;                         // event date (publication date unless the text says otherwise)
  std::string date_precision = "day";
  std::string code;                  // CAMEO code, e.g. "112"
  std::string root;                  // CAMEO root, e.g. "11"
  int quad_class = 0;                // 0 neutral, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  std::string plover_event, plover_mode, plover_context;
  std::optional<ActorRef> source, target;
  EventStatus status = EventStatus::kAsserted;
  std::optional<ActorRef> source_of_claim;
  std::optional<Location> location;
  std::string claim_group;           // "" = none
  std::string sentence_text;
  std::string trigger;               // the word(s) that triggered the event
  uint32_t trigger_start = 0, trigger_end = 0;
};

// A direct quotation and who said it (`herodotus code --quotes`).
struct Quote {
  std::string article_id;
  int sentence = 0;                  // sentence where the quote starts
  uint32_t start = 0, end = 0;       // byte span of the quoted words in Article::text
  std::string text;
  std::optional<ActorRef> speaker;   // null when no speaker was found
  bool continued = false;            // continues the previous paragraph's quote
  bool indirect = false;             // reported speech ("X said the convoy was hit")
};

}  // namespace herodotus

#endif  // HERODOTUS_EVENT_H_
