// syntax::Analyzer — the syntax stage's run-time API: POS tags, morphological
// features, lemmas and labelled dependencies for tokenized sentences.
//
//   auto a = syntax::Analyzer::Load(syntax::Analyzer::DefaultPath(opts.model_dir));
//   if (!a.ok()) return a.status();   // names the file: missing, corrupt, newer...
//   (*a)->Analyze(&sentence);          // fills upos xpos feats lemma head deprel
//
// Model file (models/en_ewt.syntax.hdm), all integers little-endian:
//   "HDSYNTAX" | u32 format version | u32 reserved | u64 payload size |
//   u64 compressed size | u64 XXH64(compressed) | zstd(payload)
// The loader checks every field, that the whole file was consumed, and re-runs
// the self-test sentences stored in the payload (their analysis must equal the
// stored one). Any failure is a Status naming the file; never a crash.
//
// Thread-safety: an Analyzer is immutable after Load; Analyze() is const and
// may be called from many threads at once.
#ifndef HERODOTUS_SYNTAX_ANALYZER_H_
#define HERODOTUS_SYNTAX_ANALYZER_H_

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"
#include "syntax/clusters.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace herodotus::syntax {

inline constexpr char kSyntaxModelFile[] = "en_ewt.syntax.hdm";
// Version 2 added word clusters (read after the info text); version 3 the
// parser's beam width (after the parser section). Older files still load
// (as greedy, beam width 1).
inline constexpr uint32_t kSyntaxFormatVersion = 3;

class Analyzer {
 public:
  // `model_dir` or, when empty, the HERODOTUS_MODEL_DIR compiled in, + file name.
  static std::string DefaultPath(const std::string& model_dir);
  // `self_test` = false skips only the self-test re-run (for tools that
  // rebuild a component and then record new self-tests); every other check stays.
  static Result<std::unique_ptr<Analyzer>> Load(const std::string& path, bool self_test = true);
  // Same checks on bytes in memory; `name` is used in messages.
  static Result<std::unique_ptr<Analyzer>> FromBytes(std::string_view bytes, const std::string& name,
                                                     bool self_test = true);

  // Tags, lemmatizes and (if `parse`) parses one sentence in place.
  void Analyze(Sentence* s, bool parse = true) const;

  // Parser beam width at run time: 0 = the model's (parser.beam_width), 1 =
  // greedy (fastest), larger = more accurate and slower (about linearly).
  // Set it before sharing the Analyzer between threads.
  void SetBeamWidth(int width) { beam_override_ = width < 0 ? 0 : std::min(width, Parser::kMaxBeam); }
  int BeamWidth() const { return beam_override_ > 0 ? beam_override_ : parser.beam_width; }

  // The complete model file. Self-tests are the current output on `samples`
  // (tokenized sentences), recorded by SetSelfTests.
  std::string Serialize() const;
  void SetSelfTests(const std::vector<Sentence>& samples);

  WordClusters clusters;  // empty in models trained without them
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  std::string info;                     // free text: data, scores, date
  std::vector<std::string> self_tests;  // CoNLL-U of expected analyses

 private:
  // Self-tests always use the model's own beam width, whatever the override.
  Status CheckSelfTests(const std::string& name) const;
  void Run(Sentence* s, bool parse, int beam) const;
  int beam_override_ = 0;
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_ANALYZER_H_
