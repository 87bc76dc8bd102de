// `herodotus merge EVENTS.jsonl…`: events of many articles (the JSONL that
// `herodotus code` writes) → one event per happening, with every mention
// (discourse/merge.h). Each output line is the event line of the contract
// with three keys added at its end:
//   "mentions": [{"article_id", "sentence", "event_id", "date",
//                 "date_precision", "code", "status", "source_of_claim"}…],
//   "num_mentions": N, "num_articles": M
// A bad line is reported as file:line: reason, skipped and counted (exit 3).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/run_setup.h"
#include "discourse/dedup.h"
#include "discourse/event_jsonl.h"
#include "discourse/merge.h"
#include "herodotus/status.h"
#include "output/formats.h"
#include "output/json_text.h"

namespace herodotus::cli {
namespace {

struct MergeArgs {
  std::vector<std::string> inputs;
  std::string output = "-";
  bool one_a_day = false;
  int max_day_gap = 1;
};

void AppendClaimant(std::string* out, const std::optional<ActorRef>& a) {
  if (!a) {
    out->append("null");
    return;
  }
  out->append("{\"text\":");
  output::AppendJsonString(out, a->text);
  out->append(",\"code\":");
  output::AppendJsonString(out, a->code);
  out->append(",\"country\":");
  output::AppendJsonString(out, a->country);
  out->push_back('}');
}

// The contract's line, its closing brace replaced by the mention keys.
void FormatMerged(const discourse::MergedEvent& m, std::string* out) {
  output::FormatEventJson(m.event, out);
  out->resize(out->size() - 2);  // "}\n"
  out->append(",\"mentions\":[");
  for (size_t i = 0; i < m.mentions.size(); ++i) {
    const discourse::Mention& x = m.mentions[i];
    if (i) out->push_back(',');
    out->append("{\"article_id\":");
    output::AppendJsonString(out, x.article_id);
    out->append(",\"sentence\":" + std::to_string(x.sentence) + ",\"event_id\":");
    output::AppendJsonString(out, x.event_id);
    out->append(",\"date\":");
    if (x.date.known()) output::AppendJsonString(out, x.date.ToString()); else out->append("null");
    out->append(",\"date_precision\":");
    output::AppendJsonString(out, x.date_precision);
    out->append(",\"code\":");
    output::AppendJsonString(out, x.code);
    out->append(",\"status\":");
    output::AppendJsonString(out, StatusName(x.status));
    out->append(",\"source_of_claim\":");
    AppendClaimant(out, x.source_of_claim);
    out->push_back('}');
  }
  out->append("],\"num_mentions\":" + std::to_string(m.mentions.size()) +
              ",\"num_articles\":" + std::to_string(m.num_articles()) + "}\n");
}

// Reads every event of one input; returns false when it cannot be opened.
bool ReadEvents(const std::string& path, discourse::EventLineParser* parser,
                std::vector<discourse::MergedEvent>* events, int64_t* skipped) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return false;
    in = &file;
  }
  std::string line;
  int64_t no = 0;
  while (std::getline(*in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    discourse::MergedEvent m;
    std::string reason = parser->Parse(&line, &m);
    if (!reason.empty()) {
      std::cerr << path << ":" << no << ": " << reason << "\n";
      ++*skipped;
      continue;
    }
    events->push_back(std::move(m));
  }
  return true;
}

int RunMerge(const MergeArgs& a) {
  if (a.max_day_gap < 0) {
    std::cerr << "herodotus merge: --max-day-gap must be >= 0\n";
    return kExitUsage;
  }
  discourse::EventLineParser parser;
  std::vector<discourse::MergedEvent> events;
  int64_t skipped = 0;
  for (const std::string& path : a.inputs) {
    if (!ReadEvents(path, &parser, &events, &skipped)) {
      std::cerr << path << ":0: cannot read\n";
      ++skipped;
    }
  }
  const size_t read = events.size();
  size_t dropped = a.one_a_day ? discourse::OneADay(&events) : 0;
  discourse::MergeOptions mo;
  mo.max_day_gap = a.max_day_gap;
  std::vector<discourse::MergedEvent> merged = discourse::MergeEvents(std::move(events), mo);

  FilePtr out_file(nullptr, &std::fclose);
  std::FILE* out = OpenOutput("merge", a.output, &out_file);
  if (!out) return kExitFatal;
  std::string line;
  size_t mentions = 0;
  for (const discourse::MergedEvent& m : merged) {
    line.clear();
    FormatMerged(m, &line);
    mentions += m.mentions.size();
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) {
      std::cerr << "herodotus merge: cannot write " << a.output << "\n";
      return kExitFatal;
    }
  }
  if (std::fflush(out) != 0) {
    std::cerr << "herodotus merge: cannot write " << a.output << "\n";
    return kExitFatal;
  }
  std::cerr << "herodotus merge: " << read << " events read, " << dropped
            << " one-a-day duplicates dropped, " << merged.size() << " merged events of "
            << mentions << " mentions, " << skipped << " skipped\n";
  return skipped > 0 ? kExitSkipped : kExitOk;
}

const bool kRegistered = Register({"merge",
    "Merge events of many articles that describe the same happening (mention counts)",
    [](CLI::App& sub) -> Runner {
      auto a = std::make_shared<MergeArgs>();
      sub.add_option("inputs", a->inputs, "event JSONL files (herodotus code output); - for stdin")
          ->required();
      sub.add_option("-o,--output", a->output, "merged event output file (- = stdout)")
          ->capture_default_str();
      sub.add_flag("--one-a-day", a->one_a_day,
                   "first drop all but the first event per (date, source, target, code)");
      sub.add_option("--max-day-gap", a->max_day_gap,
                     "day-precise dates this many days apart can be one happening")
          ->capture_default_str();
      return [a] { return RunMerge(*a); };
    }, 25});

}  // namespace
}  // namespace herodotus::cli
