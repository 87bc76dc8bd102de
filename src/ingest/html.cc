#include "ingest/html.h"

#include "ingest/text_article.h"

namespace herodotus::ingest_internal {

std::string ExtractHtmlText(std::string_view html, Article* meta) { return std::string(html); }

std::string ExtractHtmlArticle(std::string_view html, const IngestOptions& options, Article* a) {
  return BuildTextArticle(ExtractHtmlText(html, a), options, a);
}

}  // namespace herodotus::ingest_internal
