// Layout of a plain-text news file, as scraped or saved by hand:
//
//   Title line                                  (optional)
//   - Outlet - Wednesday, October 3, 2018       (optional outlet/date lines, bylines)
//
//   PLACE, Oct 3 (Agency) - First paragraph ... (optional dateline)
//
//   More paragraphs, boilerplate lines mixed in.
//
// Header lines are recognised only among the first few non-blank lines and the
// place dateline only at the start of the body, so the body text is never
// searched for datelines.
#include "ingest/text_article.h"

#include <simdjson.h>

#include <cstring>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/dateline.h"

namespace herodotus::ingest_internal {
namespace {

constexpr int kMaxHeaderLines = 6;

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e + 1 - b);
}

bool IsByline(std::string_view line) {
  return line.size() < 100 && (line.starts_with("By ") || line.starts_with("BY ")) &&
         line.find_first_of(".!?") == std::string_view::npos;
}

// A headline: short, one line, not ending like a sentence.
bool LooksLikeTitle(std::string_view line) {
  if (line.empty() || line.size() > 250) return false;
  char last = line.back();
  if (last == '.' || last == ':' || last == ',' || last == '"') return false;
  if (line.ends_with("\xE2\x80\x9D")) return false;  // closing curly quote
  Dateline d;  // "WASHINGTON (AP) — Senate passes bill" opens the body
  return !(ParseDateline(line, &d) && d.kind == Dateline::kPlace);
}

bool IsHeaderDateline(std::string_view line, Dateline* d) {
  return ParseDateline(line, d) && d->kind != Dateline::kPlace;
}

}  // namespace

std::string BuildTextArticle(std::string_view data, const IngestOptions& options, Article* a) {
  if (const void* nul = std::memchr(data.data(), 0, data.size()))
    return "NUL byte at offset " + std::to_string(static_cast<const char*>(nul) - data.data());
  if (!simdjson::validate_utf8(data.data(), data.size())) return "invalid UTF-8";
  if (data.starts_with("\xEF\xBB\xBF")) data.remove_prefix(3);

  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos <= data.size();) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    pos = nl + 1;
  }

  // Header: title, outlet and date lines, bylines, boilerplate.
  Date header_date;
  std::string header_source;
  std::string title;
  size_t i = 0;
  for (int seen = 0; i < lines.size() && seen < kMaxHeaderLines; ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty()) continue;
    ++seen;
    Dateline d;
    if (IsHeaderDateline(line, &d)) {
      if (!header_date.known()) header_date = Date{d.year, d.month, d.day};
      if (header_source.empty()) header_source = d.source;
      continue;
    }
    if (IsByline(line) || IsBoilerplateLine(line)) continue;
    if (seen == 1 && a->title.empty() && LooksLikeTitle(line)) {
      // Only a line set apart (blank or header line next) is a headline.
      std::string_view next = i + 1 < lines.size() ? Trim(lines[i + 1]) : std::string_view();
      Dateline nd;
      if (next.empty() || IsByline(next) || IsHeaderDateline(next, &nd)) {
        title.assign(line);
        continue;
      }
    }
    break;
  }

  // Body: an opening place dateline, then every line but boilerplate, with
  // runs of blank lines folded to one paragraph break.
  Dateline place;
  bool has_place = false;
  std::string text;
  bool pending_break = false;
  for (; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (Trim(line).empty()) {
      pending_break = !text.empty();
      continue;
    }
    if (IsBoilerplateLine(line)) continue;
    if (text.empty() && !has_place) {
      Dateline d;
      if (ParseDateline(line, &d) && d.kind == Dateline::kPlace) {
        has_place = true;
        place = d;
        line.remove_prefix(d.length);
        if (Trim(line).empty()) continue;  // "WASHINGTON (AP) —" alone on its line
      }
    }
    if (!text.empty()) text += pending_break ? "\n\n" : "\n";
    pending_break = false;
    text.append(text.empty() ? line.substr(line.find_first_not_of(" \t")) : line);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
  if (text.empty()) return "empty text";
  if (text.size() > options.max_article_bytes)
    return "text larger than " + std::to_string(options.max_article_bytes) + " bytes";

  a->text = std::move(text);
  if (a->title.empty()) a->title = std::move(title);
  if (has_place) a->dateline = place.place;
  if (a->source.empty()) a->source = !header_source.empty() ? header_source : place.source;
  if (!a->date.known()) {
    if (header_date.known()) {
      a->date = header_date;
    } else if (has_place && place.year != 0) {
      a->date = Date{place.year, place.month, place.day};
    } else if (has_place && place.month != 0 && options.default_date.known() &&
               Date::Valid(options.default_date.year, place.month, place.day)) {
      a->date = Date{options.default_date.year, place.month, place.day};
    } else {
      a->date = options.default_date;
    }
  }
  if (!a->date.known() && options.require_date)
    return "no date (no dated header or dateline, and no default date)";
  return "";
}

}  // namespace herodotus::ingest_internal
