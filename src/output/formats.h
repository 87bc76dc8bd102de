// One formatter per output format: an Event (plus its article's origin) in,
// one complete line with its trailing '\n' appended to *out. Pure functions,
// thread-safe; the EventWriter classes in writer.cc stream what these build.
// Field-by-field mapping of every format: docs/store.md "Output formats".
#ifndef HERODOTUS_OUTPUT_FORMATS_H_
#define HERODOTUS_OUTPUT_FORMATS_H_

#include <string>
#include <string_view>

#include "herodotus/event.h"
#include "herodotus/writer.h"

namespace herodotus::output {

// DESIGN.md "Event output": the herodotus JSONL contract.
void FormatEventJson(const Event& e, std::string* out);

// Phoenix 26 columns, tab separated. `extended` appends the two herodotus
// columns Status and SourceOfClaim (the "tsv" format).
void FormatPhoenixRow(const Event& e, const EventOrigin& origin, bool extended, std::string* out);
std::string_view PhoenixHeader(bool extended);  // with trailing '\n'

// PLOVER JSON record (codebook 0.7 field names) plus herodotus extensions.
void FormatPloverJson(const Event& e, const EventOrigin& origin, std::string* out);

// Every field flat, RFC 4180 quoting.
void FormatCsvRow(const Event& e, const EventOrigin& origin, std::string* out);
std::string_view CsvHeader();  // with trailing '\n'

// The actor's top-level entity: its country, else the IGO code ("IGOUNO"),
// else the first three characters of its code.
std::string_view ActorEntity(const ActorRef& a);

}  // namespace herodotus::output

#endif  // HERODOTUS_OUTPUT_FORMATS_H_
