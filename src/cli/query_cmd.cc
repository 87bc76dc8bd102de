// `herodotus query --db F [filters] [--format …]`: matching events from an
// event store, printed in any output format (JSONL by default).
#include <cstdio>
#include <iostream>

#include "cli/command.h"
#include "cli/store_filter.h"
#include "herodotus/writer.h"

namespace herodotus::cli {
namespace {

struct QueryArgs {
  FilterArgs filter;
  std::string format = "jsonl";
};

int RunQuery(const QueryArgs& a) {
  EventFilter filter;
  std::string error;
  if (!ParseFilter(a.filter, &filter, &error)) {
    std::cerr << "herodotus query: " << error << "\n";
    return kExitUsage;
  }
  auto writer = EventWriter::Create(a.format, stdout);
  if (!writer.ok()) {
    std::cerr << "herodotus query: " << writer.status().message() << "\n";
    return kExitUsage;
  }
  auto store = OpenForReading("query", a.filter.db);
  if (!store) return kExitFatal;
  Status s = store->ForEachEvent(filter, [&](const Event& e, const StoredOrigin& o) {
    return (*writer)->Write(e, o.view());
  });
  if (s.ok()) s = (*writer)->Flush();
  if (!s.ok()) {
    std::cerr << "herodotus query: " << s.ToString() << "\n";
    return s.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  return kExitOk;
}

const bool kRegistered = Register({"query", "Print events from an event store that match filters",
    [](CLI::App& sub) -> Runner {
      auto a = std::make_shared<QueryArgs>();
      AddFilterOptions(sub, &a->filter);
      sub.add_option("--format", a->format, "jsonl | tsv | phoenix-tsv | plover | csv")
          ->capture_default_str();
      return [a] { return RunQuery(*a); };
    }, 30});

}  // namespace
}  // namespace herodotus::cli
