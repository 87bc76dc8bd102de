// `herodotus analyze INPUT...`: sentences and tokens (and syntax, when a model
// is loaded) for every article, as JSON Lines (default) or CoNLL-U.
//
// JSONL, one sentence per line:
//   {"article_id": "a1", "sentence": 0, "text": "...", "start": 0, "end": 42,
//    "paragraph_start": true,
//    "tokens": [{"form": "do", "start": 3, "end": 5, "mwt": 2}, {"form": "n't", ...}, ...]}
// Offsets are bytes into the article text; "mwt" marks the first word of a
// multiword token; "space_after": false when no space follows; upos, xpos,
// feats, lemma, head, deprel appear when the syntax stage filled them.
// Exit codes: 0 ok, 3 some records skipped (file:line: reason on stderr),
// 2 usage, 1 fatal.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/run_setup.h"
#include "herodotus/batch.h"
#include "herodotus/ingest.h"
#include "herodotus/pipeline.h"
#include "output/json_text.h"
#include "syntax/conllu.h"

namespace herodotus::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string input_format = "auto";
  std::string output = "-";
  std::string date;
  std::string model_dir;
  bool no_syntax = false;
  int threads = 1;
  int beam = 0;
};

void AppendField(std::string* out, const char* name, const std::string& value) {
  if (value.empty()) return;
  *out += ", \"";
  *out += name;
  *out += "\": ";
  output::AppendJsonString(out, value);
}

void AppendJsonSentence(const Document& doc, size_t index, std::string* out) {
  const Sentence& s = doc.sentences[index];
  const std::string& text = doc.article.text;
  *out += "{\"article_id\": ";
  output::AppendJsonString(out, doc.article.id);
  *out += ", \"sentence\": " + std::to_string(index) + ", \"text\": ";
  output::AppendJsonString(out, std::string_view(text).substr(s.start, s.end - s.start));
  *out += ", \"start\": " + std::to_string(s.start) + ", \"end\": " + std::to_string(s.end);
  *out += s.paragraph_start ? ", \"paragraph_start\": true" : ", \"paragraph_start\": false";
  *out += ", \"tokens\": [";
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (i > 0) *out += ", ";
    *out += "{\"form\": ";
    output::AppendJsonString(out, t.form);
    *out += ", \"start\": " + std::to_string(t.start) + ", \"end\": " + std::to_string(t.end);
    if (t.mwt_span > 1) *out += ", \"mwt\": " + std::to_string(t.mwt_span);
    if (!t.space_after) *out += ", \"space_after\": false";
    AppendField(out, "upos", t.upos);
    AppendField(out, "xpos", t.xpos);
    AppendField(out, "feats", t.feats);
    AppendField(out, "lemma", t.lemma);
    if (t.head >= 0) *out += ", \"head\": " + std::to_string(t.head);
    AppendField(out, "deprel", t.deprel);
    AppendField(out, "ner", t.ner);
    *out += '}';
  }
  *out += "]}\n";
}

void AppendConlluDocument(Document& doc, std::string* out) {
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    Sentence& s = doc.sentences[i];
    if (i == 0) *out += "# newdoc id = " + doc.article.id + "\n";
    if (s.paragraph_start) *out += "# newpar\n";
    s.id = doc.article.id + "-" + std::to_string(i + 1);
    s.text = doc.article.text.substr(s.start, s.end - s.start);
    std::replace_if(s.text.begin(), s.text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    syntax::AppendConllu(s, out);
  }
}

int RunAnalyze(const AnalyzeArgs& a) {
  Options opt;
  opt.model_dir = a.model_dir;
  opt.syntax = !a.no_syntax;
  opt.threads = a.threads;
  opt.parser_beam = a.beam;
  IngestOptions in;
  if (!SetUpInput("analyze", a.input_format, a.date, &in, &opt)) return kExitUsage;
  // Analysis needs no date; keep undated articles.
  in.require_date = false;
  auto pipeline = Pipeline::Open(opt);
  if (!pipeline.ok()) {
    std::cerr << "herodotus analyze: " << pipeline.status().ToString() << "\n";
    return kExitFatal;
  }
  FilePtr out_file(nullptr, &std::fclose);
  std::FILE* out = OpenOutput("analyze", a.output, &out_file);
  if (!out) return kExitFatal;
  size_t skipped = 0;
  bool fatal = false;
  BatchOptions bo;
  bo.threads = a.threads;
  bo.code = false;
  std::string buf;
  for (const std::string& path : a.inputs) {
    auto reader = ArticleReader::Open(path, in);
    if (!reader.ok()) {
      std::cerr << path << ":0: " << reader.status().message() << "\n";
      ++skipped;
      continue;
    }
    Status st = RunBatch(**pipeline, **reader, bo, [&](BatchItem& item) {
      if (!item.status.ok()) {
        if (item.status.code() == StatusCode::kBadInput) {
          std::cerr << item.doc.article.origin << ": " << item.status.message() << "\n";
          ++skipped;
          return true;
        }
        std::cerr << "herodotus analyze: " << item.status.ToString() << "\n";
        fatal = true;
        return false;
      }
      buf.clear();
      if (a.format == "conllu") {
        AppendConlluDocument(item.doc, &buf);
      } else {
        for (size_t i = 0; i < item.doc.sentences.size(); ++i) AppendJsonSentence(item.doc, i, &buf);
      }
      if (std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) {
        std::cerr << "herodotus analyze: write error\n";
        fatal = true;
        return false;
      }
      return true;
    });
    skipped += (*reader)->skipped();
    if (!st.ok()) {
      std::cerr << path << ": " << st.ToString() << "\n";
      fatal = true;
    }
    if (fatal) break;
  }
  if (std::fflush(out) != 0) fatal = true;
  if (fatal) return kExitFatal;
  return skipped > 0 ? kExitSkipped : kExitOk;
}

const bool kRegistered = Register({"analyze", "Sentences, tokens and syntax of articles (JSONL or CoNLL-U)",
                                   [](CLI::App& sub) -> Runner {
  auto a = std::make_shared<AnalyzeArgs>();
  sub.add_option("input", a->inputs, "Article files (.jsonl, .txt, .html; - = stdin)")->required();
  sub.add_option("--format", a->format, "Output format")->check(CLI::IsMember({"jsonl", "conllu"}));
  sub.add_option("--input-format", a->input_format, "Input format")
      ->check(CLI::IsMember({"auto", "jsonl", "txt", "html"}));
  sub.add_option("-o,--output", a->output, "Output file (- = stdout)");
  sub.add_option("--date", a->date, "Publication date (YYYY-MM-DD) for inputs without one");
  sub.add_option("--model-dir", a->model_dir, "Folder with the model files");
  sub.add_flag("--no-syntax", a->no_syntax, "Tokens and sentences only");
  sub.add_option("--threads", a->threads, "Worker threads (0 = all cores)");
  sub.add_option("--beam", a->beam, "Parser beam width (0 = the model's, 1 = greedy)")->check(CLI::Range(0, 64));
  return [a] { return RunAnalyze(*a); };
}, 10});

}  // namespace
}  // namespace herodotus::cli
