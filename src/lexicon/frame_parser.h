// Parser of the frame text format (docs/frames.md), one file at a time.
//
// Two passes so that named synsets may be used in any file of a load set:
// CollectSynsets() over every file, then ParseFrames() over every file. Bad
// lines become diagnostics with file:line and are skipped; parsing goes on.
// Never throws, never aborts on any input (there is a fuzz target).
// Not thread-safe while parsing; the produced Frames and Synsets are
// immutable afterwards.
#ifndef HERODOTUS_LEXICON_FRAME_PARSER_H_
#define HERODOTUS_LEXICON_FRAME_PARSER_H_

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/frame.h"

namespace herodotus::lexicon {

class CameoTable;

// First line of every frame file; a higher version is refused.
inline constexpr std::string_view kFramesFormatLine = "# herodotus-frames 1";

struct FrameDiagnostic {
  std::string file;
  uint32_t line = 0;
  bool error = true;  // false: a warning (the line was still used)
  std::string message;
  // "dict/frames/19_fight.frames:12: error: unknown synset @WEAPN"
  std::string ToString() const;
};

// Owns every synset (named and inline); addresses are stable.
class SynsetTable {
 public:
  const Synset* Find(std::string_view name) const;
  // nullptr when `name` is already defined; `where` is "file:line".
  const Synset* Define(std::string name, std::vector<SynsetMember> members, std::string where);
  const Synset* AddInline(std::vector<SynsetMember> members);
  size_t named_count() const { return named_.size(); }
  // Where each named synset was defined ("file:line"), for messages.
  const std::string* DefinedAt(std::string_view name) const;

 private:
  std::deque<Synset> sets_;
  std::unordered_map<std::string, const Synset*> named_;
  std::unordered_map<std::string, std::string> where_;
};

class FrameParser {
 public:
  // `codes` may be nullptr: then codes are only checked for shape (2-4 digits).
  FrameParser(SynsetTable* synsets, const CameoTable* codes) : synsets_(synsets), codes_(codes) {}

  // Pass 1: checks the format line and defines the file's @NAME synsets.
  // Returns false when the file must be skipped (missing or newer header).
  bool CollectSynsets(std::string_view file, std::string_view text, std::vector<FrameDiagnostic>* diags);
  // Pass 2: appends the file's frames (one per trigger alternative) to *out.
  // Exact duplicates of earlier frames (same trigger and elements) are errors.
  void ParseFrames(std::string_view file, std::string_view text, std::vector<Frame>* out,
                   std::vector<FrameDiagnostic>* diags);

  // Lines longer than this are rejected (the format is one short frame a line).
  static constexpr size_t kMaxLineBytes = 2000;
  static constexpr size_t kMaxElements = 16;

 private:
  SynsetTable* synsets_;
  const CameoTable* codes_;
  // canonical form → "file:line (code)" of its first definition
  std::unordered_map<std::string, std::string> seen_;
};

// Parses a synset member "state_of_emergency"; false when malformed.
bool ParseSynsetMember(std::string_view text, SynsetMember* out);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_FRAME_PARSER_H_
