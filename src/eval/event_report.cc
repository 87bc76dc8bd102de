// Text rendering of an EventScoreReport (see event_scorer.h).
#include <cstdio>
#include <string>

#include "eval/event_scorer.h"

namespace herodotus::eval {
namespace {

std::string Fmt(const char* format, auto... args) {
  char buf[512];
  std::snprintf(buf, sizeof buf, format, args...);
  return buf;
}

std::string CountsLine(const std::string& key, const Counts& c) {
  return Fmt("  %-12s tp %4zu  fp %4zu  fn %4zu  P %.3f  R %.3f  F1 %.3f\n", key.c_str(), c.tp,
             c.fp, c.fn, c.precision(), c.recall(), c.f1());
}

}  // namespace

std::string FormatEventReport(const EventScoreReport& r, bool show_errors) {
  std::string out;
  out += Fmt("level: %s\n", r.level == ScoreLevel::kFull
                                ? "full (actor prefixes, root/PLOVER, status, claimant)"
                                : "dyad (country-level source/target + PLOVER event)");
  out += Fmt("records: %zu\n", r.records);
  out += Fmt("events: tp %zu  fp %zu  fn %zu\n", r.total.tp, r.total.fp, r.total.fn);
  out += Fmt("precision %.4f  recall %.4f  F1 %.4f\n", r.total.precision(), r.total.recall(),
             r.total.f1());
  out += Fmt("unscored non-occurrence predictions: %zu\n", r.unscored);
  out += Fmt("trap failures: %zu of %zu forbidden entries", r.trap_failures, r.trap_entries);
  if (!r.trap_records.empty()) {
    out += " in";
    for (const std::string& id : r.trap_records) out += " " + id;
  }
  out += "\n";

  out += "per root (gold root for tp/fn, predicted root for fp):\n";
  for (const auto& [key, c] : r.per_root) out += CountsLine(key, c);
  out += "per PLOVER event:\n";
  for (const auto& [key, c] : r.per_plover) out += CountsLine(key, c);
  if (r.level == ScoreLevel::kFull && !r.status_confusion.empty()) {
    out += "status (gold accepted -> predicted, ignoring status when pairing):\n";
    for (const auto& [gold, row] : r.status_confusion) {
      out += "  " + gold + ":";
      for (const auto& [pred, n] : row) out += Fmt(" %s=%zu", pred.c_str(), n);
      out += "\n";
    }
  }

  if (show_errors) {
    out += "errors:\n";
    for (const ScoreError& e : r.errors) {
      out += "  [" + e.kind + "] " + e.record_id + "\n";
      if (!e.expected.empty()) out += "    gold: " + e.expected + "\n";
      if (!e.got.empty()) out += "    got:  " + e.got + "\n";
      out += "    text: " + e.sentence + "\n";
    }
  }
  return out;
}

}  // namespace herodotus::eval
