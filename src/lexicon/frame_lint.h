// Lint of the event frame dictionary: everything Load checks (syntax,
// unknown CAMEO codes and synsets, duplicates) plus warnings a loader need
// not care about — probable plural lemmas ("talks" where "talk" is used:
// UD lemmatizers give "talk"), unused named synsets, codes of the CAMEO table
// no frame covers. `herodotus dict lint` calls this beside the actor lint.
// Thread-compatible; writes only to `diag`.
#ifndef HERODOTUS_LEXICON_FRAME_LINT_H_
#define HERODOTUS_LEXICON_FRAME_LINT_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace herodotus::lexicon {

struct FrameLintResult {
  size_t files = 0, lines = 0, frames = 0, errors = 0, warnings = 0;
  std::map<std::string, size_t> lines_per_root;   // "01".."20" → frame lines
  std::vector<std::string> uncovered_codes;        // CAMEO codes with no frame
  bool ok() const { return errors == 0; }
};

// `paths`: frame files or directories (their *.frames, sorted). `cameo_tsv`:
// the compiled CAMEO table (dict/cameo/cameo.tsv); "" skips code checks.
// Prints one line per problem ("file:line: error: ...") and a summary to `diag`.
FrameLintResult LintFrames(const std::vector<std::string>& paths, const std::string& cameo_tsv,
                           std::ostream& diag);

// The same for `herodotus dict lint`: every problem becomes one finding
// ("file:line: error: ..."), `summary` one line of counts. The CAMEO table is
// found beside the frames (../cameo/cameo.tsv of the first file's folder);
// without it codes are checked for shape only. Never fails: unreadable files
// are findings too.
void LintFrames(const std::vector<std::string>& files, std::vector<std::string>* findings, std::string* summary);

// "dict/frames/19_fight.frames" → "dict/cameo/cameo.tsv" when that exists, else "".
std::string CameoTableBeside(const std::string& frame_file);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_FRAME_LINT_H_
