// `herodotus code INPUT…`: events from articles, as JSONL (DESIGN.md),
// Phoenix TSV or PLOVER JSONL, optionally into a SQLite store.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "herodotus/batch.h"
#include "herodotus/ingest.h"
#include "herodotus/pipeline.h"
#include "herodotus/store.h"
#include "herodotus/writer.h"

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
};

void WriteQuote(std::FILE* f, const Quote& q);

int RunCode(const CodeArgs& a) {
  Options opt;
  opt.model_dir = a.model_dir;
  opt.dict_dir = a.dict_dir;
  opt.threads = a.threads;
  IngestOptions in;
  in.format = a.input_format;
  if (!a.date.empty() && !Date::Parse(a.date, &in.default_date)) {
    std::cerr << "herodotus code: --date must be YYYY-MM-DD, got '" << a.date << "'\n";
    return kExitUsage;
  }
  opt.default_date = in.default_date;
  in.max_article_bytes = opt.max_article_bytes;

  auto pipeline = Pipeline::Open(opt);
  if (!pipeline.ok()) {
    std::cerr << "herodotus code: " << pipeline.status().ToString() << "\n";
    return kExitFatal;
  }
  std::FILE* out = stdout;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out_file(nullptr, &std::fclose);
  if (a.output != "-") {
    out_file.reset(std::fopen(a.output.c_str(), "wb"));
    if (!out_file) {
      std::cerr << "herodotus code: cannot write " << a.output << "\n";
      return kExitFatal;
    }
    out = out_file.get();
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> quotes_file(nullptr, &std::fclose);
  if (!a.quotes.empty()) {
    quotes_file.reset(std::fopen(a.quotes.c_str(), "wb"));
    if (!quotes_file) {
      std::cerr << "herodotus code: cannot write " << a.quotes << "\n";
      return kExitFatal;
    }
  }
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
    auto r = store->BeginRun("code");
    if (!r.ok()) {
      std::cerr << "herodotus code: " << r.status().ToString() << "\n";
      return kExitFatal;
    }
    run_id = *r;
  }

  RunCounts counts;
  bool fatal = false;
  BatchOptions bo;
  bo.threads = a.threads;
  bo.quotes = quotes_file != nullptr;
  if (store) {
    bo.skip = [&](const Article& art) {
      auto has = store->HasArticle(art.id, Store::ContentHash(art));
      return has.ok() && *has;
    };
  }
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
        return true;
      }
      if (!item.status.ok()) {
        if (item.status.code() == StatusCode::kBadInput) {
          std::cerr << art.origin << ": " << item.status.message() << "\n";
          ++counts.skipped;
          return true;
        }
        std::cerr << "herodotus code: " << item.status.ToString() << "\n";
        fatal = true;
        return false;
      }
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
      if (store) {
        if (Status p = store->PutArticle(item.doc, item.events); !p.ok()) {
          std::cerr << "herodotus code: " << p.ToString() << "\n";
          fatal = true;
          return false;
        }
      }
      ++counts.articles;
      counts.events += static_cast<int64_t>(item.events.size());
      return true;
    });
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
    Status f = store->FinishRun(run_id, counts);
    if (f.ok()) f = store->Flush();
    if (!f.ok()) {
      std::cerr << "herodotus code: " << f.ToString() << "\n";
      fatal = true;
    }
  }
  std::cerr << "herodotus code: " << counts.articles << " articles, " << counts.events
            << " events, " << counts.unchanged << " unchanged, " << counts.skipped
            << " skipped\n";
  if (fatal) return kExitFatal;
  return counts.skipped > 0 ? kExitSkipped : kExitOk;
}

// Quotes as JSON Lines: {"article_id","sentence","start","end","text","speaker",
// "continued"}.
void JsonString(std::FILE* f, std::string_view s) {
  std::fputc('"', f);
  for (unsigned char c : s) {
    switch (c) {
      case '"': std::fputs("\\\"", f); break;
      case '\\': std::fputs("\\\\", f); break;
      case '\n': std::fputs("\\n", f); break;
      case '\r': std::fputs("\\r", f); break;
      case '\t': std::fputs("\\t", f); break;
      default:
        if (c < 0x20) std::fprintf(f, "\\u%04x", c);
        else std::fputc(c, f);
    }
  }
  std::fputc('"', f);
}

void WriteQuote(std::FILE* f, const Quote& q) {
  std::fputs("{\"article_id\": ", f);
  JsonString(f, q.article_id);
  std::fprintf(f, ", \"sentence\": %d, \"start\": %u, \"end\": %u, \"text\": ", q.sentence,
               q.start, q.end);
  JsonString(f, q.text);
  std::fputs(", \"speaker\": ", f);
  if (q.speaker) {
    std::fputs("{\"text\": ", f);
    JsonString(f, q.speaker->text);
    std::fputs(", \"code\": ", f);
    if (q.speaker->code.empty()) std::fputs("null", f);
    else JsonString(f, q.speaker->code);
    std::fputs("}", f);
  } else {
    std::fputs("null", f);
  }
  std::fprintf(f, ", \"continued\": %s}\n", q.continued ? "true" : "false");
}

const bool kRegistered = Register({"code", "Code events from articles (JSONL, TSV, PLOVER; --db for SQLite)",
    [](CLI::App& sub) -> Runner {
      auto a = std::make_shared<CodeArgs>();
      sub.add_option("inputs", a->inputs, "JSONL, .txt or .html files; - for stdin")->required();
      sub.add_option("--format", a->format, "jsonl | tsv | phoenix-tsv | plover | csv")
          ->capture_default_str();
      sub.add_option("-o,--output", a->output, "event output file (- = stdout)")
          ->capture_default_str();
      sub.add_option("--quotes", a->quotes, "also write direct quotations (JSONL) to this file");
      sub.add_option("--db", a->db, "store articles and events in this SQLite file");
      sub.add_option("--input-format", a->input_format, "auto | jsonl | txt | html")
          ->capture_default_str();
      sub.add_option("--date", a->date, "publication date for inputs that give none (YYYY-MM-DD)");
      sub.add_option("--threads", a->threads, "worker threads (0 = all cores)")
          ->capture_default_str();
      sub.add_option("--model-dir", a->model_dir, "folder of the model files");
      sub.add_option("--dict-dir", a->dict_dir, "folder of the dictionaries");
      return [a] { return RunCode(*a); };
    }, 20});

}  // namespace
}  // namespace herodotus::cli
