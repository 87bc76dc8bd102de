// Fuzz target: the event frame parser (dict/frames/*.frames format).
// Input bytes are one frame file; the first byte, when odd, splits the rest
// into two files so cross-file synsets and duplicates are exercised too.
// Every input must load without crashing, and every frame kept must satisfy
// the invariants the matcher relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/frame_dictionary.h"

using herodotus::lexicon::Element;
using herodotus::lexicon::Frame;
using herodotus::lexicon::FrameDictionary;
using herodotus::lexicon::FrameLoadReport;
using herodotus::lexicon::Role;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<std::pair<std::string, std::string>> files;
  if (data[0] & 1) {
    size_t half = text.size() / 2;
    files.emplace_back("a.frames", "# herodotus-frames 1\n" + text.substr(0, half));
    files.emplace_back("b.frames", "# herodotus-frames 1\n" + text.substr(half));
  } else {
    files.emplace_back("a.frames", (data[0] & 2) ? text : "# herodotus-frames 1\n" + text);
  }
  FrameLoadReport report;
  auto dict = FrameDictionary::LoadFromStrings(files, nullptr, &report, (data[0] & 4) != 0);
  if (!dict.ok()) return 0;
  for (const Frame& f : (*dict)->frames()) {
    if (f.trigger.empty() || f.line == 0) std::abort();
    int events = 0;
    for (const Element& e : f.elements) {
      if (e.attach >= static_cast<int>(f.elements.size())) std::abort();
      events += e.role == Role::kEvent;
    }
    if (events > 1 || (events == 1) != f.has_content_status) std::abort();
    if ((*dict)->ForTrigger(f.trigger, f.kind).empty()) std::abort();
  }
  return 0;
}
