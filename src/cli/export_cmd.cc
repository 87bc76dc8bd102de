// `herodotus export --db F --format jsonl|csv|phoenix-tsv|plover [-o out]`:
// the whole store (or a filtered part) in one exchange format. The output
// file is written beside its final name and renamed when complete, so an
// interrupted export never leaves a truncated file that looks finished.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/store_filter.h"
#include "herodotus/writer.h"

namespace herodotus::cli {
namespace {

struct ExportArgs {
  FilterArgs filter;
  std::string format = "jsonl";
  std::string output = "-";
};

int RunExport(const ExportArgs& a) {
  EventFilter filter;
  std::string error;
  if (!ParseFilter(a.filter, &filter, &error)) {
    std::cerr << "herodotus export: " << error << "\n";
    return kExitUsage;
  }
  bool known = false;
  for (auto f : EventWriter::Formats()) known |= f == a.format;
  if (!known) {
    std::cerr << "herodotus export: unknown --format '" << a.format
              << "' (jsonl, csv, phoenix-tsv, plover, tsv)\n";
    return kExitUsage;
  }
  auto store = OpenForReading("export", a.filter.db);
  if (!store) return kExitFatal;

  std::FILE* out = stdout;
  std::string tmp;
  if (a.output != "-") {
    tmp = a.output + ".tmp-" + std::to_string(::getpid());
    out = std::fopen(tmp.c_str(), "wb");
    if (!out) {
      std::cerr << "herodotus export: cannot write " << tmp << ": " << std::strerror(errno) << "\n";
      return kExitFatal;
    }
  }
  auto writer = EventWriter::Create(a.format, out);
  Status s = writer.ok() ? Status::Ok() : writer.status();
  int64_t n = 0;
  if (s.ok()) {
    s = store->ForEachEvent(filter, [&](const Event& e, const StoredOrigin& o) {
      ++n;
      return (*writer)->Write(e, o.view());
    });
  }
  if (s.ok()) s = (*writer)->Flush();
  if (!tmp.empty()) {
    if (std::fclose(out) != 0 && s.ok()) s = Status::IoError("closing " + tmp);
    std::error_code ec;
    if (s.ok()) {
      std::filesystem::rename(tmp, a.output, ec);
      if (ec) s = Status::IoError("renaming " + tmp + " to " + a.output + ": " + ec.message());
    }
    if (!s.ok()) std::filesystem::remove(tmp, ec);
  }
  if (!s.ok()) {
    std::cerr << "herodotus export: " << s.ToString() << "\n";
    return kExitFatal;
  }
  if (a.output != "-") {
    std::cerr << "herodotus export: " << n << " events to " << a.output << "\n";
  }
  return kExitOk;
}

const bool kRegistered = Register({"export", "Export an event store as JSONL, CSV, Phoenix TSV or PLOVER",
    [](CLI::App& sub) -> Runner {
      auto a = std::make_shared<ExportArgs>();
      AddFilterOptions(sub, &a->filter);
      sub.add_option("--format", a->format, "jsonl | csv | phoenix-tsv | plover | tsv")
          ->capture_default_str();
      sub.add_option("-o,--output", a->output, "output file (- = stdout)")->capture_default_str();
      return [a] { return RunExport(*a); };
    }, 31});

}  // namespace
}  // namespace herodotus::cli
