// `herodotus eval`: scores the pipeline against gold data. A small dispatcher:
// each evaluation mode is one entry in kModes (a predicate on the options and
// a runner), so new modes (event gold, NER) are one function and one row.
//
//   herodotus eval --conllu en_ewt-ud-test.conllu            # raw text → CoNLL 2018 table
//   herodotus eval --conllu gold.conllu --gold-tokenization  # tagging/parsing on gold tokens
//   herodotus eval --conllu gold.conllu --system out.conllu  # score a CoNLL-U file
//   herodotus eval --actors actors.jsonl                     # actor country/sector accuracy
#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/actor_mentions.h"
#include "cli/command.h"
#include "eval/actor_gold.h"
#include "eval/conllu_score.h"
#include "eval/event_run.h"
#include "herodotus/pipeline.h"
#include "syntax/conllu.h"
#include "util/file.h"

namespace herodotus::cli {
namespace {

struct EvalOpts {
  std::string conllu;            // gold CoNLL-U
  std::string system;            // a system CoNLL-U file to score instead of running
  bool gold_tokenization = false;
  std::string output;            // write the system's CoNLL-U here
  int show_errors = 0;           // print this many sentence/token boundary errors
  std::string model_dir;
  // --gold: event gold (DESIGN.md "Gold for herodotus eval").
  std::string gold;
  std::string level = "full";    // which level's report and errors come first: full | dyad
  int max_trap_failures = -1;    // fail (exit 1) above this many; -1 = no limit
  double min_f1 = -1;            // fail (exit 1) below this F1 at `level`; -1 = no limit
  // --actors: actor gold (src/eval/actor_gold.h).
  std::string actors;
  std::string dict_dir;
  double min_country = -1;       // fail (exit 1) below this country accuracy; -1 = no limit
};

// Reads gold CoNLL-U, printing its bad sentences. *skipped counts them.
bool ReadGold(const std::string& path, syntax::ConlluCorpus* out, size_t* skipped) {
  Result<syntax::ConlluCorpus> c = syntax::ReadConlluFile(path);
  if (!c.ok()) {
    std::cerr << "herodotus: " << c.status().ToString() << "\n";
    return false;
  }
  for (const std::string& e : c->errors) std::cerr << e << "\n";
  *skipped += c->bad_sentences;
  *out = std::move(*c);
  return true;
}

// The raw text a system would have seen: sentences joined by a space, a blank
// line before each new paragraph/document; tokens by their SpaceAfter.
std::string RawText(const std::vector<Sentence>& gold) {
  std::string raw;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (i > 0) raw += gold[i].paragraph_start ? "\n\n" : " ";
    raw += syntax::SurfaceText(gold[i]);
  }
  return raw;
}

// Prints boundary errors: sentence ends in one side only, with context.
void ShowSentenceErrors(const std::vector<Sentence>& gold, const std::vector<Sentence>& sys,
                        const std::string& raw, int limit) {
  // Gold sentence end offsets in raw, recomputed the way RawText builds it.
  std::vector<size_t> gold_ends, sys_ends;
  size_t pos = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (i > 0) pos += gold[i].paragraph_start ? 2 : 1;
    pos += syntax::SurfaceText(gold[i]).size();
    gold_ends.push_back(pos);
  }
  for (const Sentence& s : sys) sys_ends.push_back(s.end);
  const auto context = [&](size_t at) {
    const size_t b = at >= 60 ? at - 60 : 0;
    std::string s = raw.substr(b, at - b) + " ‖ " + raw.substr(at, 40);
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
  };
  int shown = 0;
  size_t i = 0, j = 0;
  while ((i < gold_ends.size() || j < sys_ends.size()) && shown < limit) {
    if (j >= sys_ends.size() || (i < gold_ends.size() && gold_ends[i] < sys_ends[j])) {
      std::cout << "MISSED  " << context(gold_ends[i++]) << "\n";
      ++shown;
    } else if (i >= gold_ends.size() || sys_ends[j] < gold_ends[i]) {
      std::cout << "EXTRA   " << context(sys_ends[j++]) << "\n";
      ++shown;
    } else {
      ++i;
      ++j;
    }
  }
}

void ShowTokenErrors(const eval::SpanCorpus& g, const eval::SpanCorpus& s, int limit) {
  int shown = 0;
  size_t i = 0, j = 0;
  const auto ctx = [&](const eval::SpanCorpus::Span& sp) {
    const size_t b = sp.start >= 30 ? sp.start - 30 : 0;
    return g.chars.substr(b, sp.start - b) + " [" + g.chars.substr(sp.start, sp.end - sp.start) + "] " +
           g.chars.substr(sp.end, 30);
  };
  while (i < g.tokens.size() && j < s.tokens.size() && shown < limit) {
    const auto& a = g.tokens[i];
    const auto& b = s.tokens[j];
    if (a.start == b.start && a.end == b.end) { ++i; ++j; continue; }
    if (a.start == b.start || a.end <= b.start || (a.start < b.start)) {
      std::cout << "GOLD    " << ctx(a) << "\n";
      ++i;
    } else {
      std::cout << "SYSTEM  " << ctx(b) << "\n";
      ++j;
    }
    ++shown;
  }
}

Result<std::unique_ptr<Pipeline>> OpenPipeline(const EvalOpts& o) {
  Options options;
  options.model_dir = o.model_dir;
  options.max_article_bytes = size_t{1} << 31;
  return Pipeline::Open(options);
}

int Report(const Result<eval::ConlluScores>& r, bool tagging, size_t skipped) {
  if (!r.ok()) {
    std::cerr << "herodotus: " << r.status().ToString() << "\n";
    return kExitFatal;
  }
  std::cout << eval::FormatScores(*r, tagging);
  return skipped > 0 ? kExitSkipped : kExitOk;
}

bool HasTags(const std::vector<Sentence>& sentences) {
  for (const Sentence& s : sentences) {
    for (const Token& t : s.tokens) {
      if (!t.upos.empty() || t.head >= 0) return true;
    }
  }
  return false;
}

// --conllu: run the pipeline on the gold's raw text (or on its tokens).
int RunConllu(const EvalOpts& o) {
  size_t skipped = 0;
  syntax::ConlluCorpus gold;
  if (!ReadGold(o.conllu, &gold, &skipped)) return kExitFatal;
  std::vector<Sentence> sys;
  eval::SpanCorpus gold_spans = eval::SpansFromForms(gold.sentences);
  eval::SpanCorpus sys_spans;
  std::string raw;
  if (!o.system.empty()) {
    syntax::ConlluCorpus s;
    if (!ReadGold(o.system, &s, &skipped)) return kExitFatal;
    sys = std::move(s.sentences);
    sys_spans = eval::SpansFromForms(sys);
  } else {
    auto p = OpenPipeline(o);
    if (!p.ok()) {
      std::cerr << "herodotus: " << p.status().ToString() << "\n";
      return kExitFatal;
    }
    if (o.gold_tokenization) {
      for (const Sentence& g : gold.sentences) {
        Sentence s;
        s.id = g.id;
        s.text = g.text;
        for (const Token& t : g.tokens) {
          Token c;
          c.form = t.form;
          c.mwt_span = t.mwt_span;
          c.mwt_form = t.mwt_form;
          c.space_after = t.space_after;
          s.tokens.push_back(std::move(c));
        }
        if (Status st = (*p)->Parse(&s); !st.ok()) {
          std::cerr << "herodotus: " << st.ToString() << "\n";
          return kExitFatal;
        }
        sys.push_back(std::move(s));
      }
      sys_spans = eval::SpansFromForms(sys);
    } else {
      raw = RawText(gold.sentences);
      Article a;
      a.id = o.conllu;
      a.text = raw;
      Document doc;
      if (Status st = (*p)->Analyze(a, &doc); !st.ok()) {
        std::cerr << "herodotus: " << st.ToString() << "\n";
        return kExitFatal;
      }
      sys = std::move(doc.sentences);
      sys_spans = eval::SpansFromOffsets(sys, raw);
    }
  }
  if (!o.output.empty()) {
    std::string out;
    for (const Sentence& s : sys) syntax::AppendConllu(s, &out);
    if (Status st = WriteFileAtomic(o.output, out); !st.ok()) {
      std::cerr << "herodotus: " << st.ToString() << "\n";
      return kExitFatal;
    }
  }
  if (o.show_errors > 0 && !raw.empty()) {
    ShowSentenceErrors(gold.sentences, sys, raw, o.show_errors);
    ShowTokenErrors(gold_spans, sys_spans, o.show_errors);
  }
  return Report(eval::ScoreSpans(gold_spans, sys_spans), HasTags(sys), skipped);
}

// --gold: run Pipeline::Code on each gold record's text with its date and
// score the events at both levels (src/eval/event_scorer.h).
int RunEventGold(const EvalOpts& o) {
  Result<eval::GoldSet> gold = eval::ReadEventGold(o.gold);
  if (!gold.ok()) {
    std::cerr << "herodotus: " << gold.status().ToString() << "\n";
    return kExitFatal;
  }
  for (const std::string& e : gold->errors) std::cerr << e << "\n";
  auto p = OpenPipeline(o);
  if (!p.ok()) {
    std::cerr << "herodotus: " << p.status().ToString() << "\n";
    return kExitFatal;
  }
  const Pipeline& pipeline = **p;
  eval::CodeFn code = [&pipeline](const Article& a, std::vector<Event>* events) {
    Document doc;
    return pipeline.Code(a, &doc, events);
  };
  Result<eval::EventEvalResult> r = eval::RunEventEval(*gold, code, o.show_errors != 0);
  if (!r.ok()) {
    // No coder loaded, or a model/dictionary it needs is not installed: the
    // evaluation cannot run (ctest reports this as skipped, not passed).
    if (r.status().code() == StatusCode::kUnsupported || r.status().code() == StatusCode::kNotFound) {
      std::cerr << "herodotus eval: event coder not available: " << r.status().message() << "\n";
    } else {
      std::cerr << "herodotus: " << r.status().ToString() << "\n";
    }
    return kExitFatal;
  }
  for (const std::string& e : r->errors) std::cerr << e << "\n";
  const bool dyad = o.level == "dyad";
  eval::EventScoreReport& main = dyad ? r->dyad : r->full;
  const eval::EventScoreReport& other = dyad ? r->full : r->dyad;
  if (o.show_errors > 0 && main.errors.size() > static_cast<size_t>(o.show_errors))
    main.errors.resize(static_cast<size_t>(o.show_errors));
  std::cout << "gold: " << o.gold << " (" << r->coded << " records coded, "
            << gold->skipped + r->skipped << " skipped)\n";
  std::cout << eval::FormatEventReport(main, o.show_errors != 0);
  char line[160];
  std::snprintf(line, sizeof line, "%s level: precision %.4f  recall %.4f  F1 %.4f  trap failures %zu\n",
                dyad ? "full" : "dyad + PLOVER", other.total.precision(), other.total.recall(),
                other.total.f1(), other.trap_failures);
  std::cout << line;
  if (o.max_trap_failures >= 0 && main.trap_failures > static_cast<size_t>(o.max_trap_failures)) {
    std::cerr << "herodotus eval: " << main.trap_failures << " trap failures (allowed "
              << o.max_trap_failures << ")\n";
    return kExitFatal;
  }
  if (o.min_f1 >= 0 && main.total.f1() < o.min_f1) {
    std::cerr << "herodotus eval: F1 " << main.total.f1() << " below " << o.min_f1 << "\n";
    return kExitFatal;
  }
  return gold->skipped + r->skipped > 0 ? kExitSkipped : kExitOk;
}

// --actors: run the pipeline and the actor resolver on each gold record and
// score country and sector of the actor standing for each gold mention.
int RunActorGold(const EvalOpts& o) {
  Result<eval::ActorGoldSet> gold = eval::ReadActorGold(o.actors);
  if (!gold.ok()) {
    std::cerr << "herodotus: " << gold.status().ToString() << "\n";
    return kExitFatal;
  }
  for (const std::string& e : gold->errors) std::cerr << e << "\n";
  ActorMentionRun run;
  if (Status st = run.Open(o.model_dir, o.dict_dir, false); !st.ok()) {
    std::cerr << "herodotus: " << st.ToString() << "\n";
    return kExitFatal;
  }
  eval::ActorScore score;
  for (const eval::ActorGoldRecord& r : gold->records) {
    Article a;
    a.id = r.id;
    a.date = r.date;
    a.text = r.text;
    Document doc;
    std::vector<ActorMentionRun::Found> found;
    if (Status st = run.Run(a, &doc, &found); !st.ok()) {
      std::cerr << r.origin << ": " << st.ToString() << "\n";
      continue;
    }
    std::vector<eval::PredictedActor> pred;
    for (const auto& f : found) {
      if (f.actor.end <= f.actor.start) continue;
      pred.push_back({f.actor.start, f.actor.end, f.actor.code, f.actor.country, f.actor.sectors});
    }
    eval::ScoreActorRecord(r, pred, &score);
  }
  std::cout << "gold: " << o.actors << " (" << gold->records.size() << " records, " << gold->skipped
            << " skipped)\n";
  std::cout << eval::FormatActorScore(score, o.show_errors != 0);
  if (o.min_country >= 0 && score.country_accuracy() < o.min_country) {
    std::cerr << "herodotus eval: country accuracy " << score.country_accuracy() << " below "
              << o.min_country << "\n";
    return kExitFatal;
  }
  return gold->skipped > 0 ? kExitSkipped : kExitOk;
}

struct Mode {
  const char* name;
  std::function<bool(const EvalOpts&)> selected;
  std::function<int(const EvalOpts&)> run;
};

// One row per evaluation mode; the first selected one runs.
const std::vector<Mode>& Modes() {
  static const std::vector<Mode> modes = {
      {"conllu", [](const EvalOpts& o) { return !o.conllu.empty(); }, RunConllu},
      {"gold", [](const EvalOpts& o) { return !o.gold.empty(); }, RunEventGold},
      {"actors", [](const EvalOpts& o) { return !o.actors.empty(); }, RunActorGold},
  };
  return modes;
}

const bool kRegistered = Register({"eval", "Score the pipeline against gold data (CoNLL-U, ...)",
                                   [](CLI::App& sub) -> Runner {
  auto o = std::make_shared<EvalOpts>();
  sub.add_option("--conllu", o->conllu, "Gold CoNLL-U file: CoNLL 2018 scores (tokens, sentences, tags, trees)")
      ->check(CLI::ExistingFile);
  sub.add_flag("--gold-tokenization", o->gold_tokenization,
               "With --conllu: tag and parse the gold tokens instead of the raw text");
  sub.add_option("--system", o->system, "With --conllu: score this CoNLL-U file instead of running the pipeline")
      ->check(CLI::ExistingFile);
  sub.add_option("--output", o->output, "With --conllu: write the system's CoNLL-U here");
  sub.add_option("--show-errors", o->show_errors,
                 "Print up to N sentence and token boundary errors (--conllu) or event misses, "
                 "false alarms and traps (--gold; all when N is left out)")
      ->expected(0, 1)
      ->default_str("1000000");
  sub.add_option("--gold", o->gold, "Event gold JSONL (DESIGN.md gold contract): precision, recall, F1, traps")
      ->check(CLI::ExistingFile);
  sub.add_option("--level", o->level, "With --gold: report level shown in full, full or dyad (country + PLOVER)")
      ->check(CLI::IsMember({"full", "dyad"}));
  sub.add_option("--max-trap-failures", o->max_trap_failures, "With --gold: exit 1 above this many trap failures");
  sub.add_option("--min-f1", o->min_f1, "With --gold: exit 1 below this F1");
  sub.add_option("--actors", o->actors,
                 "Actor gold JSONL (src/eval/actor_gold.h): country and sector accuracy of resolved actors")
      ->check(CLI::ExistingFile);
  sub.add_option("--min-country", o->min_country, "With --actors: exit 1 below this country accuracy (0..1)");
  sub.add_option("--dict-dir", o->dict_dir, "With --actors: dictionary folder (default: the built-in dict/)");
  sub.add_option("--model-dir", o->model_dir, "Folder with the model files");
  return [o] {
    for (const Mode& m : Modes()) {
      if (m.selected(*o)) return m.run(*o);
    }
    std::cerr << "herodotus eval: give --conllu GOLD.conllu, --gold GOLD.jsonl or --actors GOLD.jsonl (see --help)\n";
    return static_cast<int>(kExitUsage);
  };
}, 40});

}  // namespace
}  // namespace herodotus::cli
