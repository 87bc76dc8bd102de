// Small file helpers shared by the stages.
#ifndef HERODOTUS_UTIL_FILE_H_
#define HERODOTUS_UTIL_FILE_H_

#include <string>

#include "herodotus/status.h"

namespace herodotus {

// Reads a whole file ("-" = stdin) into *out.
Status ReadFile(const std::string& path, std::string* out);
// Writes data to path atomically (temporary file + rename).
Status WriteFileAtomic(const std::string& path, const std::string& data);

}  // namespace herodotus

#endif  // HERODOTUS_UTIL_FILE_H_
