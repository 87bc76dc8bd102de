// herodotus — article ingest: JSON Lines, plain text and HTML in, Articles out.
//
//   herodotus::IngestOptions opt;
//   auto r = herodotus::ArticleReader::Open("news.jsonl", opt);
//   if (!r.ok()) { report r.status(); }
//   herodotus::Article a;
//   while ((*r)->Next(&a)) { ... }
//   if (!(*r)->status().ok()) { an I/O error ended the stream early }
//   if ((*r)->skipped() > 0) { exit code 3 }
//
// Formats (IngestOptions::format, "auto" picks by file extension, then by the
// first byte: '{' JSON Lines, '<' HTML, else plain text; "-" = stdin, read as
// JSON Lines unless a format is given):
//   jsonl  one article per line, {"id","date","text","title"?,"url"?,"source"?}
//          (DESIGN.md). Blank lines are ignored.
//   txt    the whole file is one article. Leading header lines give the title,
//          the publication date ("- The Washington Times - Wednesday, October
//          3, 2018", "October 3, 2018 / 9:14 AM") and the body's dateline
//          ("BAGHDAD, Oct 3 (Reuters) -", "WASHINGTON (AP) —") gives place,
//          agency and date; the dateline is cut from the text. Boilerplate
//          lines (newsletter sign-ups, copyright, "Click to Read More", comment
//          prompts, share buttons) are dropped.
//   html   the article body (<article>/<main>, else the densest text block)
//          without navigation, scripts, forms, asides and boilerplate; then as
//          txt. Title/date/url/source come from <title>, <h1> and <meta>.
// Article::text keeps paragraphs separated by one blank line; within a line
// the bytes are exactly those of the input (txt) or the decoded HTML text.
// Article::id is the JSON "id", or the file name without extension.
//
// Bad input never stops a stream: each bad record (invalid JSON or UTF-8, a
// NUL byte, missing or malformed fields, an impossible or missing date, empty
// text, a record over the size budget) is skipped, counted in skipped() and
// passed to the issue handler (default: "file:line: reason" on stderr; line 0
// means the whole file). Memory stays flat in input size: JSON Lines are read
// line by line and an over-long line is discarded while it is read.
//
// An ArticleReader is not thread-safe; use one per thread or share behind a
// lock. Errors: Open fails with kNotFound / kIoError for an unreadable path
// and kInvalidArgument for an unknown format; a read error mid-stream ends
// Next() and is kept in status().
#ifndef HERODOTUS_INGEST_H_
#define HERODOTUS_INGEST_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "herodotus/article.h"
#include "herodotus/status.h"

namespace herodotus {

struct IngestOptions {
  // An article whose text is larger is skipped. A JSON line may be up to
  // twice this (escapes), an HTML page twice this (markup).
  size_t max_article_bytes = 10u << 20;
  // Used when a record gives no date (JSON "date" absent, null or ""; a text
  // without a dated dateline). Also gives the year for "Oct 3" datelines.
  Date default_date;
  // A record with no date and no default_date is skipped when true.
  bool require_date = true;
  // "auto", "jsonl", "txt" or "html".
  std::string format = "auto";
};

struct IngestIssue {
  std::string file;    // path as given ("<stdin>" for "-")
  size_t line = 0;     // 1-based line of the record; 0 = the whole file
  std::string reason;  // "invalid UTF-8", "missing field \"id\"", ...
};

namespace ingest_internal { struct ReaderState; }

class ArticleReader {
 public:
  // Opens path ("-" = stdin). The file is read lazily by Next().
  static Result<std::unique_ptr<ArticleReader>> Open(const std::string& path,
                                                     const IngestOptions& options);
  // Reads from memory instead of a file (tests, fuzzing, HTTP). `name` is
  // used in issues, as Article::origin and for "auto" format detection.
  static std::unique_ptr<ArticleReader> FromString(std::string data, const std::string& name,
                                                   const IngestOptions& options);

  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;
  ~ArticleReader();

  // Fills *out with the next good article; false at the end of input or after
  // a read error (see status()). Bad records are skipped and reported.
  bool Next(Article* out);

  size_t read() const { return read_; }        // good articles returned
  size_t skipped() const { return skipped_; }  // bad records skipped
  // Ok, or the I/O error that ended the stream.
  const Status& status() const { return status_; }
  // Replaces the default stderr reporter.
  void set_issue_handler(std::function<void(const IngestIssue&)> handler);
  // The resolved format: "jsonl", "txt" or "html".
  const std::string& format() const;

 private:
  explicit ArticleReader(std::unique_ptr<ingest_internal::ReaderState> state);
  void Report(size_t line, std::string reason);
  bool NextJsonl(Article* out);
  bool NextWholeFile(Article* out);

  std::unique_ptr<ingest_internal::ReaderState> state_;
  std::function<void(const IngestIssue&)> on_issue_;
  size_t read_ = 0, skipped_ = 0;
  Status status_;
};

}  // namespace herodotus

#endif  // HERODOTUS_INGEST_H_
