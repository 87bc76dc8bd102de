// Bounds the element nesting of an HTML page before gumbo parses it.
//
// gumbo 0.10 spends time linear in the depth of open elements for every tag
// (scope checks) and frees the tree recursively, so a page of a million
// unclosed <div>s takes minutes and then overflows the stack. No real page
// nests deeper than a few dozen elements; beyond kMaxHtmlNesting, start tags
// (and the end tags that would close them) are dropped, keeping all the text.
// Formatting tags (<a>, <b>, <i>, <font>, ...) are always dropped: misnested,
// the parser re-opens them after every block, nesting without bound.
// Internal to src/ingest; pure function, thread-safe.
#ifndef HERODOTUS_INGEST_HTML_FLATTEN_H_
#define HERODOTUS_INGEST_HTML_FLATTEN_H_

#include <string>
#include <string_view>

namespace herodotus::ingest_internal {

inline constexpr int kMaxHtmlNesting = 200;

// Returns true and fills *out with a flattened copy when `html` has formatting
// tags or nests deeper than max_depth; false (*out untouched) when it needs no change.
bool FlattenDeepHtml(std::string_view html, int max_depth, std::string* out);

}  // namespace herodotus::ingest_internal

#endif  // HERODOTUS_INGEST_HTML_FLATTEN_H_
