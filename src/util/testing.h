// Test helpers: where the shared data and the source tree are.
#ifndef HERODOTUS_UTIL_TESTING_H_
#define HERODOTUS_UTIL_TESTING_H_

#include <string>

namespace herodotus::testing {

// The source tree (from HERODOTUS_SOURCE_DIR, set by CTest).
std::string SourceDir();
// ../shared/data beside the source tree, or $HERODOTUS_SHARED_DATA; "" when absent.
std::string SharedDataDir();

}  // namespace herodotus::testing

// Skips the current test with a one-line reason when the shared data is absent.
#define HERODOTUS_REQUIRE_SHARED_DATA(var)                                            \
  std::string var = ::herodotus::testing::SharedDataDir();                           \
  if (var.empty()) GTEST_SKIP() << "../shared/data not found (set HERODOTUS_SHARED_DATA)"

#endif  // HERODOTUS_UTIL_TESTING_H_
