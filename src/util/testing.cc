#include "util/testing.h"

#include <cstdlib>
#include <filesystem>

namespace herodotus::testing {

std::string SourceDir() {
  const char* s = std::getenv("HERODOTUS_SOURCE_DIR");
  return s ? s : ".";
}

std::string SharedDataDir() {
  namespace fs = std::filesystem;
  if (const char* s = std::getenv("HERODOTUS_SHARED_DATA"); s && fs::is_directory(s)) return s;
  fs::path p = fs::path(SourceDir()) / ".." / "shared" / "data";
  std::error_code ec;
  if (fs::is_directory(p, ec)) return fs::canonical(p, ec).string();
  return "";
}

}  // namespace herodotus::testing
