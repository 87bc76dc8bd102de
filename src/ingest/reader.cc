// ArticleReader: picks the format, streams records, counts and reports the
// bad ones. The per-format work lives in jsonl.cc, text_article.cc, html.cc.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

#include "herodotus/ingest.h"
#include "ingest/html.h"
#include "ingest/jsonl.h"
#include "ingest/source.h"
#include "ingest/text_article.h"

namespace herodotus {
namespace ingest_internal {

struct ReaderState {
  std::unique_ptr<Source> source;
  std::string name;    // for messages and Article::origin
  std::string format;  // resolved: jsonl | txt | html ("auto" until sniffed)
  IngestOptions options;
  std::unique_ptr<LineReader> lines;  // jsonl only
  JsonlParser jsonl;
  std::string line;
  std::string sniffed;  // bytes read to guess the format, replayed first
  bool done = false;
};

namespace {

std::string_view Extension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return dot == std::string_view::npos ? std::string_view() : base.substr(dot + 1);
}

std::string BaseName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot));
}

// "" when the extension does not say.
std::string FormatFromName(std::string_view name) {
  std::string ext(Extension(name));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return "jsonl";
  if (ext == "txt" || ext == "text") return "txt";
  if (ext == "html" || ext == "htm" || ext == "xhtml") return "html";
  return "";
}

// A source that first replays bytes already read for sniffing.
class ReplaySource : public Source {
 public:
  ReplaySource(std::string head, std::unique_ptr<Source> rest)
      : head_(std::move(head)), rest_(std::move(rest)) {}
  size_t Read(char* buf, size_t n) override {
    if (pos_ < head_.size()) {
      size_t k = std::min(n, head_.size() - pos_);
      head_.copy(buf, k, pos_);
      pos_ += k;
      return k;
    }
    return rest_->Read(buf, n);
  }
  const Status& status() const override { return rest_->status(); }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<Source> rest_;
};

// Guesses the format from the first non-space byte; keeps what it read.
std::string Sniff(std::unique_ptr<Source>* src) {
  std::string head(4096, '\0');
  size_t n = (*src)->Read(head.data(), head.size());
  head.resize(n);
  size_t i = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");  // also skips a UTF-8 BOM
  std::string format = "txt";
  if (i != std::string::npos && head[i] == '{') format = "jsonl";
  if (i != std::string::npos && head[i] == '<') format = "html";
  *src = std::make_unique<ReplaySource>(std::move(head), std::move(*src));
  return format;
}

}  // namespace
}  // namespace ingest_internal

using ingest_internal::ReaderState;

namespace {

Result<std::unique_ptr<ReaderState>> MakeState(std::unique_ptr<ingest_internal::Source> source,
                                               const std::string& name,
                                               const IngestOptions& options, bool is_stdin) {
  auto st = std::make_unique<ReaderState>();
  st->name = name;
  st->options = options;
  std::string format = options.format;
  if (format == "auto") format = is_stdin ? "jsonl" : ingest_internal::FormatFromName(name);
  if (format.empty()) format = ingest_internal::Sniff(&source);
  if (format != "jsonl" && format != "txt" && format != "html")
    return Status::InvalidArgument("unknown input format \"" + options.format +
                                   "\" (want auto, jsonl, txt or html)");
  st->format = format;
  st->source = std::move(source);
  if (format == "jsonl") {
    // JSON escapes make a line longer than the text it carries.
    size_t max_line = options.max_article_bytes * 2 + 4096;
    st->lines = std::make_unique<ingest_internal::LineReader>(st->source.get(), max_line);
  }
  return st;
}

}  // namespace

ArticleReader::ArticleReader(std::unique_ptr<ReaderState> state) : state_(std::move(state)) {
  on_issue_ = [](const IngestIssue& issue) {
    if (issue.line > 0)
      std::fprintf(stderr, "%s:%zu: %s\n", issue.file.c_str(), issue.line, issue.reason.c_str());
    else
      std::fprintf(stderr, "%s: %s\n", issue.file.c_str(), issue.reason.c_str());
  };
}

ArticleReader::~ArticleReader() = default;

Result<std::unique_ptr<ArticleReader>> ArticleReader::Open(const std::string& path,
                                                           const IngestOptions& options) {
  auto source = ingest_internal::OpenFileSource(path);
  if (!source.ok()) return source.status();
  bool is_stdin = path == "-";
  auto state = MakeState(std::move(source).value(), is_stdin ? "<stdin>" : path, options, is_stdin);
  if (!state.ok()) return state.status();
  return std::unique_ptr<ArticleReader>(new ArticleReader(std::move(state).value()));
}

std::unique_ptr<ArticleReader> ArticleReader::FromString(std::string data, const std::string& name,
                                                         const IngestOptions& options) {
  auto state = MakeState(ingest_internal::StringSource(std::move(data)), name, options, false);
  if (!state.ok()) {
    // Unknown format name: a reader that reports it once and yields nothing.
    IngestOptions fallback = options;
    fallback.format = "txt";
    auto st = MakeState(ingest_internal::StringSource(""), name, fallback, false);
    auto reader = std::unique_ptr<ArticleReader>(new ArticleReader(std::move(st).value()));
    reader->status_ = state.status();
    reader->state_->done = true;
    return reader;
  }
  return std::unique_ptr<ArticleReader>(new ArticleReader(std::move(state).value()));
}

const std::string& ArticleReader::format() const { return state_->format; }

void ArticleReader::set_issue_handler(std::function<void(const IngestIssue&)> handler) {
  on_issue_ = std::move(handler);
}

void ArticleReader::Report(size_t line, std::string reason) {
  ++skipped_;
  if (on_issue_) on_issue_(IngestIssue{state_->name, line, std::move(reason)});
}

bool ArticleReader::Next(Article* out) {
  if (state_->done) return false;
  bool got = state_->format == "jsonl" ? NextJsonl(out) : NextWholeFile(out);
  if (got) ++read_;
  return got;
}

bool ArticleReader::NextJsonl(Article* out) {
  ReaderState& st = *state_;
  size_t line_no = 0;
  while (true) {
    auto r = st.lines->Next(&st.line, &line_no);
    if (r == ingest_internal::LineReader::kEnd) break;
    if (r == ingest_internal::LineReader::kTooLong) {
      Report(line_no, "record longer than " + std::to_string(st.options.max_article_bytes * 2 + 4096) +
                          " bytes");
      continue;
    }
    if (!st.line.empty() && st.line.back() == '\r') st.line.pop_back();
    if (st.line.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
    std::string reason = st.jsonl.Parse(&st.line, st.options, out);
    if (!reason.empty()) {
      Report(line_no, std::move(reason));
      continue;
    }
    out->origin = st.name + ":" + std::to_string(line_no);
    return true;
  }
  st.done = true;
  status_ = st.source->status();
  return false;
}

bool ArticleReader::NextWholeFile(Article* out) {
  ReaderState& st = *state_;
  st.done = true;
  // Markup makes a page several times larger than the article it carries.
  size_t limit = st.options.max_article_bytes * (st.format == "html" ? 2 : 1);
  std::string data;
  bool truncated = false;
  status_ = ingest_internal::ReadAtMost(st.source.get(), limit, &data, &truncated);
  if (!status_.ok()) return false;
  if (truncated) {
    Report(0, "file larger than " + std::to_string(limit) + " bytes");
    return false;
  }
  *out = Article();
  out->id = ingest_internal::BaseName(st.name);
  std::string reason = st.format == "html"
                           ? ingest_internal::ExtractHtmlArticle(data, st.options, out)
                           : ingest_internal::BuildTextArticle(data, st.options, out);
  if (!reason.empty()) {
    Report(0, std::move(reason));
    return false;
  }
  out->origin = st.name;
  return true;
}

}  // namespace herodotus
