#include "eval/event_scorer.h"

#include <algorithm>
#include <functional>

namespace herodotus::eval {
namespace {

// The code a prediction's actor is judged by: its CAMEO code, else its
// country, else "" (unknown / no actor).
std::string_view ActorCode(const std::optional<ActorRef>& a) {
  if (!a) return {};
  if (!a->code.empty()) return a->code;
  return a->country;
}

std::string_view Cut(std::string_view s, ScoreLevel level) {
  return level == ScoreLevel::kDyad ? s.substr(0, 3) : s;
}

bool ActorMatches(const GoldActor& gold, const std::optional<ActorRef>& pred, ScoreLevel level) {
  if (gold.any) return true;
  std::string_view code = ActorCode(pred);
  if (gold.prefixes.empty()) return code.empty();  // [] = "no actor"
  if (code.empty()) return false;
  std::string_view c = Cut(code, level);
  for (const std::string& p : gold.prefixes) {
    std::string_view prefix = Cut(p, level);
    if (c.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

std::string RootOf(const Event& e) {
  if (!e.root.empty()) return e.root;
  return e.code.substr(0, 2);
}

bool Contains(const std::vector<std::string>& list, std::string_view v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

bool TypeMatches(const GoldEvent& gold, const Event& pred, ScoreLevel level) {
  if (level == ScoreLevel::kDyad && !gold.plovers.empty()) {
    return Contains(gold.plovers, pred.plover_event);
  }
  if (!gold.roots.empty() && !Contains(gold.roots, RootOf(pred))) return false;
  if (!gold.plovers.empty() && !Contains(gold.plovers, pred.plover_event)) return false;
  return true;
}

bool DyadMatches(const GoldEvent& gold, const Event& pred, ScoreLevel level) {
  if (ActorMatches(gold.source, pred.source, level) &&
      ActorMatches(gold.target, pred.target, level)) {
    return true;
  }
  return gold.symmetric && ActorMatches(gold.source, pred.target, level) &&
         ActorMatches(gold.target, pred.source, level);
}

bool StatusAccepted(const GoldEvent& gold, const Event& pred, ScoreLevel level) {
  bool occurred = ClaimsOccurrence(pred.status);
  if (gold.statuses.empty()) return occurred;
  if (level == ScoreLevel::kDyad) {
    // Only the occurrence class has to agree at the dyad level.
    return std::any_of(gold.statuses.begin(), gold.statuses.end(),
                       [&](EventStatus s) { return ClaimsOccurrence(s) == occurred; });
  }
  return std::find(gold.statuses.begin(), gold.statuses.end(), pred.status) !=
         gold.statuses.end();
}

std::string Join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string DescribeActor(const GoldActor& a) {
  if (a.any) return "*";
  if (a.prefixes.empty()) return "(none)";
  return Join(a.prefixes, "|");
}

std::string DescribeStatuses(const GoldEvent& g) {
  if (g.statuses.empty()) return "occurred";
  std::vector<std::string> names;
  for (EventStatus s : g.statuses) names.emplace_back(StatusName(s));
  return Join(names, "|");
}

std::string Clip(std::string_view s, size_t max = 300) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return std::string(s.substr(0, cut)) + "…";
}

// Maximum bipartite matching (Kuhn's augmenting paths): gold i may take any
// prediction j with ok(i, j). Returns for each gold event its prediction or -1.
std::vector<int> MatchOneToOne(size_t n_gold, size_t n_pred,
                               const std::function<bool(size_t, size_t)>& ok) {
  std::vector<std::vector<size_t>> adj(n_gold);
  for (size_t i = 0; i < n_gold; ++i)
    for (size_t j = 0; j < n_pred; ++j)
      if (ok(i, j)) adj[i].push_back(j);
  std::vector<int> pred_owner(n_pred, -1);
  std::vector<char> seen;
  std::function<bool(size_t)> augment = [&](size_t i) {
    for (size_t j : adj[i]) {
      if (seen[j]) continue;
      seen[j] = 1;
      if (pred_owner[j] < 0 || augment(static_cast<size_t>(pred_owner[j]))) {
        pred_owner[j] = static_cast<int>(i);
        return true;
      }
    }
    return false;
  };
  for (size_t i = 0; i < n_gold; ++i) {
    seen.assign(n_pred, 0);
    augment(i);
  }
  std::vector<int> gold_match(n_gold, -1);
  for (size_t j = 0; j < n_pred; ++j)
    if (pred_owner[j] >= 0) gold_match[static_cast<size_t>(pred_owner[j])] = static_cast<int>(j);
  return gold_match;
}

std::string GoldRootKey(const GoldEvent& g) { return g.roots.empty() ? "--" : g.roots[0]; }
std::string GoldPloverKey(const GoldEvent& g) { return g.plovers.empty() ? "--" : g.plovers[0]; }
std::string PredRootKey(const Event& e) {
  std::string r = RootOf(e);
  return r.empty() ? "--" : r;
}
std::string PredPloverKey(const Event& e) {
  return e.plover_event.empty() ? "--" : e.plover_event;
}

}  // namespace

bool MatchesGold(const GoldEvent& gold, const Event& pred, ScoreLevel level, bool check_status) {
  if (!TypeMatches(gold, pred, level) || !DyadMatches(gold, pred, level)) return false;
  if (!check_status) return true;
  if (!StatusAccepted(gold, pred, level)) return false;
  if (level == ScoreLevel::kFull && !ActorMatches(gold.source_of_claim, pred.source_of_claim, level))
    return false;
  return true;
}

bool TripsForbidden(const GoldEvent& trap, const Event& pred, ScoreLevel level) {
  if (!ClaimsOccurrence(pred.status)) return false;
  if (!trap.statuses.empty() &&
      std::find(trap.statuses.begin(), trap.statuses.end(), pred.status) == trap.statuses.end())
    return false;
  if (!TypeMatches(trap, pred, level) || !DyadMatches(trap, pred, level)) return false;
  return ActorMatches(trap.source_of_claim, pred.source_of_claim, level);
}

void EventScorer::Add(const GoldRecord& record, const std::vector<Event>& predicted) {
  EventScoreReport& r = report_;
  const ScoreLevel level = options_.level;
  ++r.records;
  auto sentence_of = [&](const Event& e) {
    return Clip(e.sentence_text.empty() ? std::string_view(record.text) : e.sentence_text);
  };

  std::vector<int> match = MatchOneToOne(record.events.size(), predicted.size(), [&](size_t i, size_t j) {
    return MatchesGold(record.events[i], predicted[j], level, true);
  });
  std::vector<char> used(predicted.size(), 0);
  for (int j : match)
    if (j >= 0) used[static_cast<size_t>(j)] = 1;
  // A joint act matched in one direction ("France and Germany held talks")
  // is one event however many directions a coder writes it in: its mirror
  // (source and target swapped, same code) is neither a hit nor a false alarm.
  for (size_t i = 0; i < record.events.size(); ++i) {
    if (match[i] < 0 || !record.events[i].symmetric) continue;
    const Event& hit = predicted[static_cast<size_t>(match[i])];
    for (size_t k = 0; k < predicted.size(); ++k) {
      const Event& e = predicted[k];
      if (!used[k] && e.code == hit.code && ActorCode(e.source) == ActorCode(hit.target) &&
          ActorCode(e.target) == ActorCode(hit.source)) {
        used[k] = 1;
        break;
      }
    }
  }

  // Near matches (everything but status) among the leftovers, for the status
  // confusion table and for more helpful error lines.
  std::vector<char> near_used = used;
  for (size_t i = 0; i < record.events.size(); ++i) {
    const GoldEvent& g = record.events[i];
    std::string got = "(none)";
    int near = -1;
    if (match[i] >= 0) {
      got = std::string(StatusName(predicted[static_cast<size_t>(match[i])].status));
    } else {
      for (size_t j = 0; j < predicted.size(); ++j) {
        if (!near_used[j] && MatchesGold(g, predicted[j], level, false)) {
          near = static_cast<int>(j);
          near_used[j] = 1;
          got = std::string(StatusName(predicted[j].status));
          break;
        }
      }
    }
    ++r.status_confusion[DescribeStatuses(g)][got];
    if (match[i] >= 0) {
      ++r.total.tp;
      ++r.per_root[GoldRootKey(g)].tp;
      ++r.per_plover[GoldPloverKey(g)].tp;
    } else {
      ++r.total.fn;
      ++r.per_root[GoldRootKey(g)].fn;
      ++r.per_plover[GoldPloverKey(g)].fn;
      if (options_.keep_errors) {
        r.errors.push_back({record.id, "miss", DescribeGold(g),
                            near >= 0 ? "nearest: " + DescribeEvent(predicted[static_cast<size_t>(near)])
                                      : "",
                            Clip(record.text)});
      }
    }
  }

  for (size_t j = 0; j < predicted.size(); ++j) {
    if (used[j]) continue;
    const Event& e = predicted[j];
    if (!ClaimsOccurrence(e.status)) {
      ++r.unscored;
      continue;
    }
    ++r.total.fp;
    ++r.per_root[PredRootKey(e)].fp;
    ++r.per_plover[PredPloverKey(e)].fp;
    if (options_.keep_errors)
      r.errors.push_back({record.id, "false alarm", "", DescribeEvent(e), sentence_of(e)});
  }

  bool failed = false;
  for (const GoldEvent& trap : record.forbidden) {
    ++r.trap_entries;
    for (const Event& e : predicted) {
      if (!TripsForbidden(trap, e, level)) continue;
      ++r.trap_failures;
      failed = true;
      // Trap lines are always kept: they are the failures that matter most.
      r.errors.push_back({record.id, "trap", DescribeGold(trap), DescribeEvent(e), sentence_of(e)});
      break;
    }
  }
  if (failed) r.trap_records.push_back(record.id);
}

std::string DescribeEvent(const Event& e) {
  std::string s = std::string(ActorCode(e.source).empty() ? "(none)" : ActorCode(e.source));
  s += " -> ";
  s += ActorCode(e.target).empty() ? "(none)" : std::string(ActorCode(e.target));
  s += " " + (e.code.empty() ? std::string("?") : e.code) + "/" + RootOf(e);
  if (!e.plover_event.empty()) s += " " + e.plover_event;
  s += " ";
  s += StatusName(e.status);
  if (e.source_of_claim) {
    std::string_view c = ActorCode(e.source_of_claim);
    s += " by " + (c.empty() ? e.source_of_claim->text : std::string(c));
  }
  if (!e.trigger.empty()) s += " [" + e.trigger + "]";
  return s;
}

std::string DescribeGold(const GoldEvent& g) {
  std::string s = DescribeActor(g.source) + (g.symmetric ? " <-> " : " -> ") + DescribeActor(g.target);
  if (!g.roots.empty()) s += " root " + Join(g.roots, "|");
  if (!g.plovers.empty()) s += " " + Join(g.plovers, "|");
  s += " " + DescribeStatuses(g);
  if (!g.source_of_claim.any) s += " by " + DescribeActor(g.source_of_claim);
  return s;
}

}  // namespace herodotus::eval
