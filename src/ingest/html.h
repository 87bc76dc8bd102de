// An HTML page → Article, with gumbo: the article body (<article>, <main>, or
// the element holding the most paragraph text) without navigation, headers,
// footers, asides, scripts, styles, forms or share/newsletter/comment blocks;
// title, date, url and source from <title>, <h1> and <meta>. The extracted
// text then goes through BuildTextArticle (datelines, boilerplate lines).
// Internal to src/ingest; stateless and thread-safe.
#ifndef HERODOTUS_INGEST_HTML_H_
#define HERODOTUS_INGEST_HTML_H_

#include <string>
#include <string_view>

#include "herodotus/article.h"
#include "herodotus/ingest.h"

namespace herodotus::ingest_internal {

// The page's body text: paragraphs separated by one blank line.
std::string ExtractHtmlText(std::string_view html, Article* meta);

// Returns "" and fills *a, or the reason the page is bad.
std::string ExtractHtmlArticle(std::string_view html, const IngestOptions& options, Article* a);

}  // namespace herodotus::ingest_internal

#endif  // HERODOTUS_INGEST_HTML_H_
