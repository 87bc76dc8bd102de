// Fixed events for the writer golden tests and the store tests: one of each
// shape the writers must handle (full attribution, unknown actors, no
// location, text needing escapes, a hypothetical event).
#ifndef HERODOTUS_OUTPUT_TEST_EVENTS_H_
#define HERODOTUS_OUTPUT_TEST_EVENTS_H_

#include <vector>

#include "herodotus/event.h"

namespace herodotus::testing {

inline std::vector<Event> GoldenEvents() {
  std::vector<Event> v;
  {
    Event e;
    e.article_id = "a1";
    e.sentence = 3;
    e.event_id = "a1-3-0";
    e.date = {2018, 10, 3};
    e.code = "112";
    e.root = "11";
    e.quad_class = 3;
    e.goldstein = -2.0;
    e.plover_event = "ACCUSE";
    e.plover_mode = "allege";
    e.source = ActorRef{"Mike Pompeo", "USAGOV", "USA", {"GOV"}, "", 0, 11};
    e.target = ActorRef{"Iran", "IRN", "IRN", {}, "", 20, 24};
    e.status = EventStatus::kAsserted;
    e.location = Location{"Basra", "", "IRQ", 0, 30.51, 47.78, true, "sentence"};
    e.sentence_text = "Mike Pompeo blamed Iran for the rocket attack on the consulate in Basra.";
    e.trigger = "blamed";
    e.trigger_start = 12;
    e.trigger_end = 18;
    v.push_back(e);
  }
  {
    Event e;
    e.article_id = "a1";
    e.sentence = 3;
    e.event_id = "a1-3-1";
    e.date = {2018, 10, 3};
    e.code = "183";
    e.root = "18";
    e.quad_class = 4;
    e.goldstein = -10.0;
    e.plover_event = "ASSAULT";
    e.plover_mode = "";
    e.source = ActorRef{"Iran-backed militias", "IRNREBMIL", "IRN", {"REB", "MIL"}, "IRN", 30, 50};
    e.target = ActorRef{"the consulate", "USAGOV", "USA", {"GOV"}, "", 60, 73};
    e.status = EventStatus::kAlleged;
    e.source_of_claim = ActorRef{"Mike Pompeo", "USAGOV", "USA", {"GOV"}, "", 0, 11};
    e.location = Location{"Basra", "Basra Governorate", "IRQ", 99532, 30.508, 47.7804, true, "attached"};
    e.claim_group = "a1-g0";
    e.sentence_text = "Mike Pompeo blamed Iran for the rocket attack on the consulate in Basra.";
    e.trigger = "attack";
    e.trigger_start = 39;
    e.trigger_end = 45;
    v.push_back(e);
  }
  {
    // Unknown actors, no location, text with quotes, tab, newline and a
    // comma; non-ASCII and an invalid byte.
    Event e;
    e.article_id = "b\"2";
    e.sentence = 0;
    e.event_id = "b\"2-0-0";
    e.date = {2019, 5, 20};
    e.date_precision = "month";
    e.code = "036";
    e.root = "03";
    e.quad_class = 1;
    e.goldstein = 4.5;
    e.plover_event = "AGREE";
    e.plover_mode = "";
    e.plover_context = "political";
    e.status = EventStatus::kHypothetical;
    e.sentence_text = "Macron said \"we would meet\",\tperhaps\nin Zürich \xff soon.";
    e.trigger = "meet";
    e.trigger_start = 22;
    e.trigger_end = 26;
    v.push_back(e);
  }
  {
    // Target only, an IGO actor, a place without coordinates, unknown date.
    Event e;
    e.article_id = "c3";
    e.sentence = 7;
    e.event_id = "c3-7-0";
    e.code = "0874";
    e.root = "08";
    e.quad_class = 2;
    e.goldstein = 10.0;
    e.plover_event = "RETREAT";
    e.plover_mode = "surrender";
    e.target = ActorRef{"the United Nations", "IGOUNO", "", {}, "", 5, 23};
    e.status = EventStatus::kDenied;
    e.source_of_claim = ActorRef{"a spokesman", "", "", {}, "", 0, 0};
    e.location = Location{"Goma", "", "COD", 0, 0, 0, false, "dateline"};
    e.sentence_text = "Officials denied that the United Nations had withdrawn.";
    e.trigger = "withdrawn";
    e.trigger_start = 45;
    e.trigger_end = 54;
    v.push_back(e);
  }
  return v;
}

}  // namespace herodotus::testing

#endif  // HERODOTUS_OUTPUT_TEST_EVENTS_H_
