// libFuzzer target: the syntax model loader must turn any byte string into
// either a model or a Status, never a crash. Seeds: models/*.syntax.hdm.
// The checksum would reject almost every mutation before the parser code is
// reached, so half of the inputs are re-wrapped with a valid header and
// checksum to fuzz the payload parser itself.
#include <xxhash.h>
#include <zstd.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "syntax/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  (void)herodotus::syntax::Analyzer::FromBytes(in, "fuzz.hdm");
  if (size > 0 && (data[0] & 1)) {
    // Treat the rest as an uncompressed payload and wrap it properly.
    std::string payload(in.substr(1));
    std::string comp(ZSTD_compressBound(payload.size()), '\0');
    size_t c = ZSTD_compress(comp.data(), comp.size(), payload.data(), payload.size(), 1);
    if (ZSTD_isError(c)) return 0;
    comp.resize(c);
    std::string file("HDSYNTAX", 8);
    auto put = [&](auto v) { file.append(reinterpret_cast<const char*>(&v), sizeof v); };
    // Every format version's payload layout (1: no clusters, 2: clusters, 3: beam width).
    put(static_cast<uint32_t>(1 + (data[0] >> 1) % herodotus::syntax::kSyntaxFormatVersion));
    put(uint32_t{0});
    put(uint64_t{payload.size()});
    put(uint64_t{comp.size()});
    put(uint64_t{XXH64(comp.data(), comp.size(), 0)});
    file += comp;
    (void)herodotus::syntax::Analyzer::FromBytes(file, "fuzz.hdm");
  }
  return 0;
}
