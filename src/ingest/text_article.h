// A plain-text article (one file) → Article: header lines (title, outlet and
// date lines), the body's dateline, boilerplate lines dropped, paragraphs
// kept. Internal to src/ingest; stateless and thread-safe.
#ifndef HERODOTUS_INGEST_TEXT_ARTICLE_H_
#define HERODOTUS_INGEST_TEXT_ARTICLE_H_

#include <string>
#include <string_view>

#include "herodotus/article.h"
#include "herodotus/ingest.h"

namespace herodotus::ingest_internal {

// Builds *a from data. Fields already set in *a (title, date, source, url —
// e.g. from HTML metadata) are kept over what the text says. Returns "" or
// the reason the file is bad (invalid UTF-8, NUL byte, empty text, no date).
std::string BuildTextArticle(std::string_view data, const IngestOptions& options, Article* a);

}  // namespace herodotus::ingest_internal

#endif  // HERODOTUS_INGEST_TEXT_ARTICLE_H_
