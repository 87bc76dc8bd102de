// Fuzzes the NER model loader. Inputs that start like a model file are parsed
// as they are (header, checksum, size checks); anything else is wrapped as a
// payload with a valid header and checksum, so the fuzzer reaches the payload
// parser and the self-tests instead of stopping at the checksum.
#include <cstdint>
#include <string_view>

#include "ner/model_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.starts_with("HDNER")) {
    (void)herodotus::ner::ParseModel(bytes, "fuzz.hdm");
    return 0;
  }
  auto file = herodotus::ner::EncodeModelFile(bytes);
  if (file.ok()) {
    auto model = herodotus::ner::ParseModel(*file, "fuzz.hdm");
    if (model.ok()) (void)herodotus::ner::TagWords(*model->model, {"Zork", "spoke", "in", "Paris"});
  }
  return 0;
}
