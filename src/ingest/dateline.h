// Datelines and date lines at the head of a news text. Internal to
// src/ingest; pure functions, thread-safe.
//
//   "BAGHDAD, Oct 3 (Reuters) - Iraqi ..."      place BAGHDAD, agency, Oct 3
//   "WASHINGTON (AP) — The ..."                   place, agency
//   "KABUL, Afghanistan, Oct. 3, 2018 — ..."      place "KABUL, Afghanistan", date
//   "- The Washington Times - Wednesday, October 3, 2018"   outlet line
//   "February 27, 2019 / 9:14 AM", "Published: 3 October 2018"   date line
//
// Dates are checked: "February 30, 2019" is not a date, so the line is not a
// dateline. A dateline without a year ("Oct 3") leaves year == 0.
#ifndef HERODOTUS_INGEST_DATELINE_H_
#define HERODOTUS_INGEST_DATELINE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace herodotus {

struct Dateline {
  enum Kind {
    kPlace,   // "PLACE[, Region][, date] [(Agency)] —" opening the body
    kOutlet,  // "- Outlet - [Weekday,] Month D, YYYY" on its own line
    kDate,    // "[Weekday,] Month D, YYYY [time]" on its own line
  };
  Kind kind = kPlace;
  int year = 0, month = 0, day = 0;  // 0 = not given
  std::string place;                 // "BAGHDAD", "KABUL, Afghanistan"
  std::string source;                // agency or outlet: "Reuters", "The Washington Times"
  // Bytes of `text` the dateline takes, with its dash and the spaces after it
  // (kPlace), or up to the end of its line without the '\n' (kOutlet, kDate).
  size_t length = 0;
};

// Parses a dateline at the start of `text` (leading spaces allowed). Returns
// false, leaving *out unspecified, when there is none or its date is invalid.
bool ParseDateline(std::string_view text, Dateline* out);

}  // namespace herodotus

#endif  // HERODOTUS_INGEST_DATELINE_H_
