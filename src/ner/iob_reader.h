// Reader for NER training/evaluation files in IOB/CoNLL column formats.
//
// Accepted layouts, one token per line, blank line between sentences:
//   UNER / CoNLL-U style   "ID<TAB>FORM<TAB>TAG[<TAB>...]"  (ID numeric)
//   CoNLL 2-column         "FORM TAG" or "FORM<TAB>TAG"     (WikiGold, WNUT17)
// Lines "# ..." without a tag column are comments; "-DOCSTART-" lines end the
// sentence and are skipped. Tags are O, B-X, I-X (IOB1 input is converted to
// IOB2 with conlleval semantics). A malformed line makes its whole sentence be
// skipped: the error ("file:line: reason") is recorded and reading goes on.
// Pure functions; thread-safe.
#ifndef HERODOTUS_NER_IOB_READER_H_
#define HERODOTUS_NER_IOB_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"
#include "ner/tags.h"

namespace herodotus::ner {

struct IobCorpus {
  // Token::form and Token::ner (IOB2) are set; other fields are defaults.
  std::vector<Sentence> sentences;
  std::vector<int> first_line;        // 1-based line of each sentence's first token
  std::vector<std::string> errors;    // "file:line: reason", at most kMaxErrors kept
  int skipped_sentences = 0;
  int error_count = 0;                // all errors, including those not kept
  static constexpr int kMaxErrors = 100;
};

// Parses IOB text; `name` is used in error messages. `types` (may be empty)
// renames or drops entity types (see TypeMap).
IobCorpus ParseIob(std::string_view text, std::string_view name, const TypeMap& types = {});

// Reads and parses a file ("-" = stdin). Fails only when the file cannot be
// read; malformed lines are reported in IobCorpus::errors.
Result<IobCorpus> ReadIobFile(const std::string& path, const TypeMap& types = {});

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_IOB_READER_H_
