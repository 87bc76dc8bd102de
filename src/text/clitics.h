// Splitting a surface token into UD syntactic words, as UD English-EWT does
// with multiword tokens: don't → do + n't, can't → ca + n't, won't → wo + n't,
// it's → it + 's, Bush's → Bush + 's, students' → students + ', I'm → I + 'm,
// cannot → can + not, gonna → gon + na, and apostrophe-less web spellings
// (dont → do + nt, Im → I + m). Every word is a contiguous piece of the token,
// so word spans are byte sub-spans of the original text.
// Thread-safety: pure function.
#ifndef HERODOTUS_TEXT_CLITICS_H_
#define HERODOTUS_TEXT_CLITICS_H_

#include <cstddef>
#include <string_view>

namespace herodotus::text {

// Returns the byte offset inside `token` where its second word starts, or 0
// when the token is a single word.
size_t CliticSplit(std::string_view token);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_CLITICS_H_
