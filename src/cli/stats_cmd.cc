// `herodotus stats --db F [--by day|dyad|root|status] [filters]`: event
// counts. Without --by, a summary of the store and the counts by status.
// "occurred" counts only events whose status claims they happened
// (asserted, attributed, alleged) — the figure to use for event counts.
#include <cstdio>
#include <iostream>

#include "cli/command.h"
#include "cli/store_filter.h"

namespace herodotus::cli {
namespace {

struct StatsArgs {
  FilterArgs filter;
  std::string by;
};

void PrintRows(const char* what, const std::vector<StatsRow>& rows) {
  std::printf("%s\tevents\toccurred\n", what);
  for (const auto& r : rows) {
    std::printf("%s\t%lld\t%lld\n", r.key.empty() ? "(none)" : r.key.c_str(),
                static_cast<long long>(r.events), static_cast<long long>(r.occurred));
  }
}

int RunStats(const StatsArgs& a) {
  EventFilter filter;
  std::string error;
  if (!ParseFilter(a.filter, &filter, &error)) {
    std::cerr << "herodotus stats: " << error << "\n";
    return kExitUsage;
  }
  Store::StatsBy by = Store::StatsBy::kStatus;
  if (a.by == "day") by = Store::StatsBy::kDay;
  else if (a.by == "dyad") by = Store::StatsBy::kDyad;
  else if (a.by == "root") by = Store::StatsBy::kRoot;
  else if (a.by == "status" || a.by.empty()) by = Store::StatsBy::kStatus;
  else {
    std::cerr << "herodotus stats: --by must be day, dyad, root or status, got '" << a.by << "'\n";
    return kExitUsage;
  }
  auto store = OpenForReading("stats", a.filter.db);
  if (!store) return kExitFatal;
  if (a.by.empty()) {
    auto sum = store->Summary();
    if (!sum.ok()) {
      std::cerr << "herodotus stats: " << sum.status().ToString() << "\n";
      return kExitFatal;
    }
    std::printf("articles\t%lld\nevents\t%lld\nsentences\t%lld\nquotes\t%lld\n"
                "claim_groups\t%lld\nruns\t%lld\nschema\t%d\n\n",
                static_cast<long long>(sum->articles), static_cast<long long>(sum->events),
                static_cast<long long>(sum->sentences), static_cast<long long>(sum->quotes),
                static_cast<long long>(sum->claim_groups), static_cast<long long>(sum->runs),
                sum->schema_version);
  }
  auto rows = store->Stats(by, filter);
  if (!rows.ok()) {
    std::cerr << "herodotus stats: " << rows.status().ToString() << "\n";
    return kExitFatal;
  }
  static const char* kNames[] = {"day", "dyad", "root", "status"};
  PrintRows(kNames[static_cast<int>(by)], *rows);
  return kExitOk;
}

const bool kRegistered = Register({"stats", "Count stored events by day, dyad, root or status",
    [](CLI::App& sub) -> Runner {
      auto a = std::make_shared<StatsArgs>();
      AddFilterOptions(sub, &a->filter);
      sub.add_option("--by", a->by, "day | dyad | root | status (default: summary + status)");
      return [a] { return RunStats(*a); };
    }, 32});

}  // namespace
}  // namespace herodotus::cli
