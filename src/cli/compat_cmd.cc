// `herodotus compat code --tabari FILE… | --petrarch FILE… [--option LINE…]
// INPUT…`: codes articles with TABARI dictionaries (a .project or
// .actors/.verbs/.agents/.options files) or PETRARCH-2 dictionaries loaded as
// they are by the legacy pattern engine
// (src/compat/, docs/compat.md), writing one event JSON line per event.
// Unreadable dictionary lines go to stderr as file:line: reason and are
// skipped; the summary goes to stderr. Exit 3 when input records were
// skipped, 2 on a usage or load error.
// `herodotus compat eval --gold GOLD.jsonl --tabari|--petrarch FILE…` scores
// the same engine on an event gold set, as `herodotus eval --gold` does.
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "compat/legacy_load.h"
#include "compat/tabari_coder.h"
#include "compat/tabari_dictionary.h"
#include "eval/event_gold.h"
#include "eval/event_run.h"
#include "eval/event_scorer.h"
#include "herodotus/ingest.h"
#include "herodotus/status.h"
#include "lexicon/cameo_table.h"

namespace herodotus::cli {
namespace {

struct CompatOpts {
  std::vector<std::string> tabari, petrarch;
  std::vector<std::string> options;
  std::string cameo = "dict/cameo/cameo.tsv";
  std::string output = "-";
  std::vector<std::string> inputs;
  std::string gold;
  bool quiet = false;
};

// --gold: scores the legacy coder on an event gold set as `herodotus eval
// --gold` scores the pipeline (both levels printed).
int RunCompatEval(const CompatOpts& o, const compat::TabariCoder& coder, const lexicon::CameoTable* cameo) {
  auto gold = eval::ReadEventGold(o.gold);
  if (!gold.ok()) {
    std::cerr << "herodotus compat code: " << gold.status().ToString() << "\n";
    return kExitUsage;
  }
  auto code = [&](const Article& a, std::vector<Event>* out) -> Status {
    int32_t date = a.date.known() ? a.date.year * 10000 + a.date.month * 100 + a.date.day : 0;
    for (const compat::LegacyEvent& e : coder.Code(a.text, date)) out->push_back(compat::ToEvent(a, e, cameo));
    return Status();
  };
  auto r = eval::RunEventEval(*gold, code, false);
  if (!r.ok()) {
    std::cerr << "herodotus compat code: " << r.status().ToString() << "\n";
    return kExitFatal;
  }
  std::cout << "== dyad level ==\n" << eval::FormatEventReport(r->dyad, false);
  std::cout << "== full level ==\n" << eval::FormatEventReport(r->full, false);
  return r->skipped > 0 ? kExitSkipped : 0;
}

int RunCompatCode(const CompatOpts& o) {
  auto t0 = std::chrono::steady_clock::now();
  if (o.tabari.empty() == o.petrarch.empty()) {
    std::cerr << "herodotus compat code: give the dictionaries with --tabari (a .project or files) or --petrarch\n";
    return kExitUsage;
  }
  compat::TabariDictionary dict;
  Status st = o.tabari.empty() ? compat::LoadPetrarchFiles(o.petrarch, &dict)
                               : compat::LoadTabariFiles(o.tabari, &dict);
  if (!st.ok()) {
    std::cerr << "herodotus compat code: " << st.ToString() << "\n";
    return kExitUsage;
  }
  for (const std::string& line : o.options)
    if (!dict.ApplyOption(line)) std::cerr << "herodotus compat code: option not supported: " << line << "\n";
  if (!o.quiet)
    for (const auto& d : dict.diagnostics()) std::cerr << d.ToString() << "\n";
  std::unique_ptr<lexicon::CameoTable> cameo;
  if (auto c = lexicon::CameoTable::Load(o.cameo); c.ok()) cameo = std::move(*c);
  else std::cerr << "herodotus compat code: no CAMEO table (" << c.status().ToString() << "): codes only\n";

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (o.output != "-") {
    file.open(o.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "herodotus compat code: cannot write " << o.output << "\n";
      return kExitFatal;
    }
    out = &file;
  }
  compat::TabariCoder coder(&dict);
  if (!o.gold.empty()) return RunCompatEval(o, coder, cameo.get());
  compat::LegacyCodeStats stats;
  compat::LegacyStoryContext story;
  size_t articles = 0, events = 0, skipped = 0;
  IngestOptions iopt;
  iopt.require_date = false;
  for (const std::string& in : o.inputs) {
    auto reader = ArticleReader::Open(in, iopt);
    if (!reader.ok()) {
      std::cerr << in << ":0: " << reader.status().ToString() << "\n";
      ++skipped;
      continue;
    }
    Article a;
    while ((*reader)->Next(&a)) {
      ++articles;
      int32_t date = a.date.known() ? a.date.year * 10000 + a.date.month * 100 + a.date.day : 0;
      // FORWARD: articles whose ids differ only after the last '-' are one story.
      std::string key = a.id.substr(0, a.id.rfind('-'));
      if (key != story.story) story.Reset(key);
      for (const compat::LegacyEvent& e : coder.Code(a.text, date, &stats, &story)) {
        *out << compat::LegacyEventJson(a, e, cameo.get()) << "\n";
        ++events;
      }
    }
    skipped += (*reader)->skipped();
  }
  out->flush();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "compat code: " << dict.actor_phrases() << " actor phrases, " << dict.agent_phrases()
            << " agent phrases, " << dict.verb_count() << " verbs, " << dict.pattern_count() << " patterns, "
            << dict.diagnostics().size() << " unreadable lines; " << articles << " articles, " << stats.sentences
            << " sentences, " << events << " events, " << stats.discarded << " discarded, " << stats.complex
            << " complex, " << stats.too_long << " too long, " << skipped << " skipped records; " << secs << " s\n";
  return skipped > 0 ? kExitSkipped : 0;
}

const bool kRegistered = Register({"compat code",
                                   "Code articles with TABARI dictionaries and TABARI's own pattern rules",
                                   [](CLI::App& sub) -> Runner {
  auto o = std::make_shared<CompatOpts>();
  sub.add_option("--tabari", o->tabari, "TABARI .project or .actors/.verbs/.agents/.options files");
  sub.add_option("--petrarch", o->petrarch, "PETRARCH-2 verbs (CAMEO.2.0 format), actors, agents, discards files");
  sub.add_option("--option", o->options, "an extra .options line, e.g. \"SET: CONVERT AGENT = TRUE\"")
      ->allow_extra_args(false);
  sub.add_option("--cameo", o->cameo, "CAMEO table for root, quad class and Goldstein");
  sub.add_option("-o,--output", o->output, "events JSONL (default stdout)");
  sub.add_flag("--quiet", o->quiet, "do not print unreadable dictionary lines");
  sub.add_option("inputs", o->inputs, "articles (JSONL, text or HTML; - = stdin)")->required();
  return [o] { return RunCompatCode(*o); };
}, 60});

const bool kRegisteredEval = Register({"compat eval",
                                       "Score the legacy engine with old dictionaries on an event gold set",
                                       [](CLI::App& sub) -> Runner {
  auto o = std::make_shared<CompatOpts>();
  sub.add_option("--gold", o->gold, "event gold JSONL (as herodotus eval --gold)")->required();
  sub.add_option("--tabari", o->tabari, "TABARI .project or .actors/.verbs/.agents/.options files");
  sub.add_option("--petrarch", o->petrarch, "PETRARCH-2 verbs (CAMEO.2.0 format), actors, agents, discards files");
  sub.add_option("--option", o->options, "an extra .options line")->allow_extra_args(false);
  sub.add_option("--cameo", o->cameo, "CAMEO table for root and PLOVER event");
  sub.add_flag("--quiet", o->quiet, "do not print unreadable dictionary lines");
  return [o] { return RunCompatCode(*o); };
}, 61});

}  // namespace
}  // namespace herodotus::cli
