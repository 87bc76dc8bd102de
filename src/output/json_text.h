// Hand-rolled JSON text building for the writers: strings escaped in one pass,
// numbers in a fixed style. No DOM: writers append straight into a line buffer.
//
// Strings: '"' and '\\' escaped, control characters as \n \t \r \b \f or
// \u00XX, everything else copied as UTF-8. Bytes that are not valid UTF-8
// become U+FFFD so every line written is valid JSON even for bad input.
#ifndef HERODOTUS_OUTPUT_JSON_TEXT_H_
#define HERODOTUS_OUTPUT_JSON_TEXT_H_

#include <string>
#include <string_view>

namespace herodotus::output {

// Appends `s` as a quoted JSON string.
void AppendJsonString(std::string* out, std::string_view s);
// Appends a number: integral values keep one decimal ("-2.0"), others the
// shortest text that round-trips ("30.51"); NaN and infinities become null.
void AppendJsonNumber(std::string* out, double v);
// Same digits without the null fallback (NaN → "nan"): for TSV/CSV cells.
void AppendNumberText(std::string* out, double v);
// Appends `s` with invalid UTF-8 replaced by U+FFFD (for TSV/CSV cells).
void AppendValidUtf8(std::string* out, std::string_view s);

}  // namespace herodotus::output

#endif  // HERODOTUS_OUTPUT_JSON_TEXT_H_
