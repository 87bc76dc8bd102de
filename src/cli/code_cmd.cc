// `herodotus code INPUT…`: events from articles, as JSONL (DESIGN.md),
// Phoenix TSV or PLOVER JSONL, optionally into a SQLite store.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/run_setup.h"
#include "discourse/dedup.h"
#include "herodotus/batch.h"
#include "herodotus/ingest.h"
#include "herodotus/pipeline.h"
#include "herodotus/store.h"
#include "herodotus/writer.h"
#include "output/json_text.h"
#include "pipeline/batch_progress.h"
#include "pipeline/batch_store.h"

namespace herodotus::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string output = "-";
  std::string quotes;
  std::string db;
  std::string input_format = "auto";
  std::string date;
  std::string model_dir, dict_dir;
  int threads = 1;
  bool quiet = false;
  bool one_a_day = false;
};

void WriteQuote(std::FILE* f, const Quote& q);

int RunCode(const CodeArgs& a) {
  Options opt;
  opt.model_dir = a.model_dir;
  opt.dict_dir = a.dict_dir;
  opt.threads = a.threads;
  IngestOptions in;
  if (!SetUpInput("code", a.input_format, a.date, &in, &opt)) return kExitUsage;

  auto pipeline = Pipeline::Open(opt);
  if (!pipeline.ok()) {
    std::cerr << "herodotus code: " << pipeline.status().ToString() << "\n";
    return kExitFatal;
  }
  FilePtr out_file(nullptr, &std::fclose);
  std::FILE* out = OpenOutput("code", a.output, &out_file);
  if (!out) return kExitFatal;
  FilePtr quotes_file(nullptr, &std::fclose);
  if (!a.quotes.empty() && !OpenOutput("code", a.quotes, &quotes_file)) return kExitFatal;
  auto writer = EventWriter::Create(a.format, out);
  if (!writer.ok()) {
    std::cerr << "herodotus code: " << writer.status().ToString() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store;
  int64_t run_id = 0;
  if (!a.db.empty()) {
    auto s = Store::Open(a.db, StoreOptions{});
    if (!s.ok()) {
      std::cerr << "herodotus code: " << s.status().ToString() << "\n";
      return kExitFatal;
    }
    store = std::move(*s);
    auto r = store->BeginRun(CommandLine("herodotus code"));
    if (!r.ok()) {
      std::cerr << "herodotus code: " << r.status().ToString() << "\n";
      return kExitFatal;
    }
    run_id = *r;
  }

  RunCounts counts;
  discourse::OneADayFilter day_filter;  // --one-a-day, across the whole run
  bool fatal = false;
  BatchOptions bo;
  bo.threads = a.threads;
  bo.quotes = quotes_file != nullptr || store != nullptr;  // the store keeps quotes too
  if (store) {
    bo.skip = [&](const Article& art) {
      auto has = store->HasArticle(art.id, Store::ContentHash(art));
      return has.ok() && *has;
    };
  }
  int64_t long_sentences = 0;
  uint64_t total_bytes = 0;
  for (const std::string& path : a.inputs) total_bytes += BatchProgress::InputSize(path);
  BatchProgress progress(stderr,
                         a.quiet ? BatchProgress::Mode::kQuiet : BatchProgress::Mode::kAuto,
                         total_bytes);
  // The store is written on a thread of its own: coding never waits for SQLite.
  std::unique_ptr<StoreWriter> store_writer;
  if (store) store_writer = std::make_unique<StoreWriter>(store.get());
  for (const std::string& path : a.inputs) {
    auto reader = ArticleReader::Open(path, in);
    if (!reader.ok()) {
      std::cerr << path << ":0: " << reader.status().message() << "\n";
      ++counts.skipped;
      continue;
    }
    Status st = RunBatch(**pipeline, **reader, bo, [&](BatchItem& item) {
      const Article& art = item.doc.article;
      if (item.skipped) {
        ++counts.unchanged;
        progress.AddArticle(art, 0);
        return true;
      }
      if (!item.status.ok()) {
        if (item.status.code() == StatusCode::kBadInput) {
          std::cerr << art.origin << ": " << item.status.message() << "\n";
          ++counts.skipped;
          progress.AddArticle(art, 0);
          return true;
        }
        std::cerr << "herodotus code: " << item.status.ToString() << "\n";
        fatal = true;
        return false;
      }
      if (item.doc.long_sentences > 0) {
        // Over-long sentences (a table flattened into text, a missing full
        // stop) are left uncoded so time stays linear; say so and count them.
        std::cerr << art.origin << ": " << item.doc.long_sentences
                  << " sentence(s) longer than " << (*pipeline)->options().max_sentence_tokens
                  << " tokens left uncoded\n";
        long_sentences += static_cast<int64_t>(item.doc.long_sentences);
      }
      if (a.one_a_day) day_filter.Filter(&item.events);
      EventOrigin origin{art.url, art.source, art.title};
      for (const Event& e : item.events) {
        if (Status w = (*writer)->Write(e, origin); !w.ok()) {
          std::cerr << "herodotus code: " << w.ToString() << "\n";
          fatal = true;
          return false;
        }
      }
      if (quotes_file) {
        for (const Quote& q : item.quotes) WriteQuote(quotes_file.get(), q);
      }
      ++counts.articles;
      counts.events += static_cast<int64_t>(item.events.size());
      progress.AddArticle(art, static_cast<int64_t>(item.events.size()));
      if (store_writer && !store_writer->Put(std::move(item.doc), std::move(item.events),
                                             std::move(item.quotes)).ok()) {
        fatal = true;  // reported once, by Finish below
        return false;
      }
      return true;
    });
    progress.EndInput(BatchProgress::InputSize(path));
    counts.skipped += static_cast<int64_t>((*reader)->skipped());
    if (!st.ok()) {
      std::cerr << path << ": " << st.ToString() << "\n";
      fatal = true;
    }
    if (fatal) break;
  }
  if (Status f = (*writer)->Flush(); !f.ok()) {
    std::cerr << "herodotus code: " << f.ToString() << "\n";
    fatal = true;
  }
  if (store) {
    Status f = store_writer->Finish();
    counts.articles = store_writer->written();  // a failed write drops what was queued after it
    if (f.ok()) f = store->FinishRun(run_id, counts);  // a failed run stays unfinished
    if (f.ok()) f = store->Flush();
    if (!f.ok()) {
      std::cerr << "herodotus code: " << f.ToString() << "\n";
      fatal = true;
    }
  }
  std::string summary = std::to_string(counts.articles) + " articles, " +
                        std::to_string(counts.events) + " events, " +
                        std::to_string(counts.unchanged) + " unchanged, " +
                        std::to_string(counts.skipped) + " skipped";
  if (long_sentences > 0) summary += ", " + std::to_string(long_sentences) + " long sentences uncoded";
  progress.Finish("herodotus code", summary);
  if (fatal) return kExitFatal;
  return counts.skipped > 0 ? kExitSkipped : kExitOk;
}

// Quotes as JSON Lines: {"article_id","sentence","start","end","text",
// "speaker": {"text","code"} | null, "continued", "indirect"}.
void WriteQuote(std::FILE* f, const Quote& q) {
  std::string line = "{\"article_id\": ";
  output::AppendJsonString(&line, q.article_id);
  line += ", \"sentence\": " + std::to_string(q.sentence) + ", \"start\": " +
          std::to_string(q.start) + ", \"end\": " + std::to_string(q.end) + ", \"text\": ";
  output::AppendJsonString(&line, q.text);
  line += ", \"speaker\": ";
  if (q.speaker) {
    line += "{\"text\": ";
    output::AppendJsonString(&line, q.speaker->text);
    line += ", \"code\": ";
    if (q.speaker->code.empty()) line += "null";
    else output::AppendJsonString(&line, q.speaker->code);
    line += "}";
  } else {
    line += "null";
  }
  line += q.continued ? ", \"continued\": true" : ", \"continued\": false";
  line += q.indirect ? ", \"indirect\": true}\n" : ", \"indirect\": false}\n";
  std::fwrite(line.data(), 1, line.size(), f);
}

const bool kRegistered = Register({"code", "Code events from articles (JSONL, TSV, PLOVER; --db for SQLite)",
    [](CLI::App& sub) -> Runner {
      auto a = std::make_shared<CodeArgs>();
      sub.add_option("inputs", a->inputs, "JSONL, .txt or .html files; - for stdin")->required();
      sub.add_option("--format", a->format, "jsonl | tsv | phoenix-tsv | plover | csv")
          ->capture_default_str();
      sub.add_option("-o,--output", a->output, "event output file (- = stdout)")
          ->capture_default_str();
      sub.add_option("--quotes", a->quotes, "also write direct and indirect quotations (JSONL) to this file");
      sub.add_option("--db", a->db, "store articles and events in this SQLite file");
      sub.add_option("--input-format", a->input_format, "auto | jsonl | txt | html")
          ->capture_default_str();
      sub.add_option("--date", a->date, "publication date for inputs that give none (YYYY-MM-DD)");
      sub.add_flag("--one-a-day", a->one_a_day,
                   "keep only the first event per (date, source, target, code) of the run (Phoenix)");
      sub.add_option("--threads", a->threads, "worker threads (0 = all cores)")
          ->capture_default_str();
      sub.add_flag("-q,--quiet", a->quiet, "no progress line and no summary (errors still shown)");
      sub.add_option("--model-dir", a->model_dir, "folder of the model files");
      sub.add_option("--dict-dir", a->dict_dir, "folder of the dictionaries");
      return [a] { return RunCode(*a); };
    }, 20});

}  // namespace
}  // namespace herodotus::cli
