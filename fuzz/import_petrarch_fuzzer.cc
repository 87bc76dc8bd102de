// Fuzz target: the petrarch dictionary importer (see legacy_import_fuzz.h).
#include "legacy_import_fuzz.h"
#include "lexicon/import_petrarch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return herodotus::fuzz::FuzzLegacyImport(herodotus::lexicon::LegacyDialect::kPetrarch,
                                           herodotus::lexicon::ImportPetrarchFile, data, size);
}
