// Line-level boilerplate rules shared by plain text and HTML: newsletter
// sign-ups, copyright lines, "Click to Read More", "Read more: ...", comment
// prompts, share buttons, ad labels, wire credits ("Reporting by ...").
// Internal to src/ingest; pure function, thread-safe.
//
// Rules look at whole short lines only (a line over 300 bytes is never
// boilerplate), so a sentence that merely mentions a newsletter stays.
#ifndef HERODOTUS_INGEST_BOILERPLATE_H_
#define HERODOTUS_INGEST_BOILERPLATE_H_

#include <string_view>

namespace herodotus {

bool IsBoilerplateLine(std::string_view line);

}  // namespace herodotus

#endif  // HERODOTUS_INGEST_BOILERPLATE_H_
