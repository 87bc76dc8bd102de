// Loading old dictionaries for the legacy coder: a TABARI .project (which
// names its .actors/.verbs/.agents/.options files) or dictionary files given
// one by one, kind from the file name (lexicon::TabariFileKind); and the
// event JSON line written for each coded event.
//
// Errors: LoadTabariFiles fails (NotFound/IoError) only when a named file
// cannot be read; unreadable lines inside files are the dictionary's
// diagnostics (file:line: reason). Thread-safe (no shared state).
#ifndef HERODOTUS_COMPAT_LEGACY_LOAD_H_
#define HERODOTUS_COMPAT_LEGACY_LOAD_H_

#include <string>
#include <vector>

#include "compat/tabari_coder.h"
#include "compat/tabari_dictionary.h"
#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/status.h"

namespace herodotus::lexicon {
class CameoTable;
}

namespace herodotus::compat {

// Adds every file to `dict`; a .project adds the files it names (paths
// relative to the project's folder).
Status LoadTabariFiles(const std::vector<std::string>& paths, TabariDictionary* dict);
// PETRARCH-2 files, kind from the name (lexicon::PetrarchFileKind).
Status LoadPetrarchFiles(const std::vector<std::string>& paths, TabariDictionary* dict);

// One event as a JSON line (DESIGN.md event fields that a shallow coder
// can fill): article_id, date, sentence, code, cameo root/quad class/
// goldstein when `cameo` knows the code, source and target {code}, the verb
// text and the matched pattern, engine "tabari".
std::string LegacyEventJson(const Article& a, const LegacyEvent& e, const lexicon::CameoTable* cameo);

// The same event in the project's model (for the scorers): code, root,
// quad class, Goldstein and PLOVER from `cameo` when it knows the code;
// source/target codes (the country is the first three letters when they are
// letters and not "---"); status asserted.
Event ToEvent(const Article& a, const LegacyEvent& e, const lexicon::CameoTable* cameo);

}  // namespace herodotus::compat

#endif  // HERODOTUS_COMPAT_LEGACY_LOAD_H_
