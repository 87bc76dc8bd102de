// FrameDictionary: every event frame of dict/frames/, indexed by trigger.
//
//   lexicon::FrameLoadReport report;
//   auto dict = lexicon::FrameDictionary::Load(files, cameo.get(), &report, /*strict=*/false);
//   for (const Frame& f : dict.value()->ForTrigger("attack", TriggerKind::kVerb)) ...
//
// Immutable after Load: safe to share between threads without locking.
// Errors: bad lines (malformed pattern, unknown CAMEO code or synset,
// duplicate) are reported in FrameLoadReport with file:line and skipped; Load
// then still succeeds with the good frames unless `strict`, in which case it
// returns InvalidArgument naming the first error. An unreadable file is
// NotFound; a file with a newer format line is Unsupported (both always fatal).
#ifndef HERODOTUS_LEXICON_FRAME_DICTIONARY_H_
#define HERODOTUS_LEXICON_FRAME_DICTIONARY_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "herodotus/status.h"
#include "lexicon/frame.h"
#include "lexicon/frame_parser.h"

namespace herodotus::lexicon {

class CameoTable;

struct FrameLoadReport {
  size_t files = 0;
  size_t frames = 0;    // frames kept (one per trigger alternative)
  size_t lines = 0;     // frame lines kept
  size_t synsets = 0;   // named synsets
  size_t errors = 0;
  size_t warnings = 0;
  std::vector<FrameDiagnostic> diagnostics;
};

class FrameDictionary {
 public:
  // Loads the given frame files (order matters only for ties: earlier first).
  // `codes` may be nullptr (codes are then checked for shape only).
  static Result<std::unique_ptr<FrameDictionary>> Load(const std::vector<std::string>& files,
                                                       const CameoTable* codes, FrameLoadReport* report,
                                                       bool strict);
  // Same from memory: pairs of (name, text). For tests and fuzzing.
  static Result<std::unique_ptr<FrameDictionary>> LoadFromStrings(
      const std::vector<std::pair<std::string, std::string>>& files, const CameoTable* codes,
      FrameLoadReport* report, bool strict);
  // The *.frames files of a directory, sorted by name.
  static Result<std::vector<std::string>> ListFiles(const std::string& dir);

  FrameDictionary(const FrameDictionary&) = delete;
  FrameDictionary& operator=(const FrameDictionary&) = delete;

  // Frames whose trigger is `lemma` with this part of speech: stop patterns
  // first, then by decreasing specificity; among equals the more specific
  // CAMEO code first (195 before 190, 1952 before 195), then file order.
  // Empty when none.
  std::span<const Frame> ForTrigger(std::string_view lemma, TriggerKind kind) const;
  bool HasTrigger(std::string_view lemma, TriggerKind kind) const { return !ForTrigger(lemma, kind).empty(); }
  const Synset* FindSynset(std::string_view name) const { return synsets_.Find(name); }

  const std::vector<Frame>& frames() const { return frames_; }
  size_t size() const { return frames_.size(); }

 private:
  FrameDictionary() = default;
  void BuildIndex();

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  SynsetTable synsets_;
  std::vector<Frame> frames_;
  // One index per TriggerKind: lemma → [begin, end) in frames_.
  std::unordered_map<std::string, std::pair<uint32_t, uint32_t>, Hash, std::equal_to<>> index_[3];
};

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_FRAME_DICTIONARY_H_
