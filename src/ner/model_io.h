// The NER model file (.hdm): versioned, checksummed, compressed.
//
//   offset  size  field
//   0       8     magic "HDNERMDL"
//   8       4     format version (little-endian uint32; this build reads 1)
//   12      4     reserved, 0
//   16      8     payload size before compression
//   24      8     compressed payload size; the file must end exactly after it
//   32      8     XXH64 of bytes [0, 32) followed by the compressed payload
//   40      …     zstd-compressed payload
//
// Payload: feature version, metadata text, labels, quantization step,
// transitions, sorted feature keys with sparse int16 weight rows, the
// lexicon (sorted words with their bits), and
// self-test sentences (words + expected IOB2 tags) that the loader re-tags:
// a model that does not reproduce them is refused. Every parse error names
// the file. Pure functions; thread-safe.
#ifndef HERODOTUS_NER_MODEL_IO_H_
#define HERODOTUS_NER_MODEL_IO_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/status.h"
#include "ner/model.h"

namespace herodotus::ner {

inline constexpr uint32_t kModelFormatVersion = 1;

struct SelfTest {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // IOB2, as produced by the model when saved
};

struct ModelFile {
  std::unique_ptr<Model> model;
  std::string metadata;  // free text: training data, scores, date
  std::vector<SelfTest> self_tests;
};

// Serializes a quantized model (Model::Quantize first). Fails with
// InvalidArgument for a model the format cannot hold.
Result<std::string> SerializeModel(const Model& model, std::string_view metadata,
                                   const std::vector<SelfTest>& self_tests);

// Wraps an uncompressed payload into a complete file (header, checksum,
// zstd). SerializeModel uses it; fuzzers use it to reach the payload parser.
Result<std::string> EncodeModelFile(std::string_view payload);

// Parses file bytes; `name` (usually the path) prefixes every error. Errors:
// DataLoss (truncated, bad magic, checksum, malformed payload, self-test
// mismatch), Unsupported (newer format or feature version).
Result<ModelFile> ParseModel(std::string_view bytes, std::string_view name);

// IOB2 tags for words with a model (used by self-tests and Recognizer).
std::vector<std::string> TagWords(const Model& model, const std::vector<std::string>& words);

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_MODEL_IO_H_
