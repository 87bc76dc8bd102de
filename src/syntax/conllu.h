// CoNLL-U reading and writing (https://universaldependencies.org/format.html)
// into the project's data model (herodotus/article.h).
//
// Reading keeps `# sent_id` → Sentence::id, `# text` → Sentence::text,
// `# newpar` / `# newdoc` → Sentence::paragraph_start. A multiword-token range
// line ("3-4 don't") sets Token::mwt_span and Token::mwt_form on its first
// word; SpaceAfter=No in MISC (on the word or on its range line) sets
// Token::space_after = false. Empty nodes ("8.1") are skipped. Token byte
// offsets (start/end) are offsets into Sentence::text when the forms can be
// found there in order, else 0.
//
// Bad input never aborts a read: a malformed sentence is skipped whole, counted
// in `bad_sentences`, and described as "file:line: reason" in `errors`.
// Thread-safety: free functions over caller-owned values.
#ifndef HERODOTUS_SYNTAX_CONLLU_H_
#define HERODOTUS_SYNTAX_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"

namespace herodotus::syntax {

struct ConlluCorpus {
  std::vector<Sentence> sentences;
  size_t bad_sentences = 0;         // skipped because malformed
  std::vector<std::string> errors;  // "file:line: reason", one per skipped sentence
};

// Parses CoNLL-U text. `name` is used in error messages (a file name).
// Never fails: malformed sentences are reported in the result.
ConlluCorpus ParseConllu(std::string_view text, std::string_view name);

// Reads a file ("-" = stdin). Fails only if the file cannot be read.
Result<ConlluCorpus> ReadConlluFile(const std::string& path);

// Appends one sentence in CoNLL-U (comments, MWT range lines, 10 columns,
// trailing blank line). Empty syntax fields are written as "_", head -1 as "_".
// Sentence::text is reconstructed from forms and space_after when empty.
void AppendConllu(const Sentence& sentence, std::string* out);

// The surface text of a sentence from its tokens (MWT forms, space_after).
std::string SurfaceText(const Sentence& sentence);

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_CONLLU_H_
