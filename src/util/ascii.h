// ASCII case mapping shared by the stages. Dictionary keys, lemmas, tag
// names and HTML element names are compared in ASCII lower case; bytes
// outside A-Z (UTF-8 included) are left alone, whatever the C locale.
#ifndef HERODOTUS_UTIL_ASCII_H_
#define HERODOTUS_UTIL_ASCII_H_

#include <string>
#include <string_view>

namespace herodotus {

std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);

}  // namespace herodotus

#endif  // HERODOTUS_UTIL_ASCII_H_
