// PETRARCH-2 dictionaries (CAMEO.2.0 verbs, Phoenix/PETR actor files with
// dated roles, agents with !X! substitutions, discards, issues) → the
// project's formats through LegacyImport. Kind of a file is read from its
// name (".verbs", "CAMEO", ".actors", ".agents", ".discards", "Issue") and,
// failing that, from its content. Not thread-safe; errors go to the
// LegacyImport's diagnostics (file:line: reason), never abort.
#ifndef HERODOTUS_LEXICON_IMPORT_PETRARCH_H_
#define HERODOTUS_LEXICON_IMPORT_PETRARCH_H_

#include <string_view>

#include "lexicon/import_legacy.h"

namespace herodotus::lexicon {

enum class LegacyFileKind { kActors, kAgents, kVerbs, kDiscards, kIssues, kOptions, kProject, kUnknown };
std::string_view LegacyFileKindName(LegacyFileKind k);

LegacyFileKind PetrarchFileKind(std::string_view path, std::string_view text);
// Adds one PETRARCH-2 file; returns its kind (kUnknown: reported, skipped).
LegacyFileKind ImportPetrarchFile(LegacyImport* imp, std::string_view path, std::string_view text);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_IMPORT_PETRARCH_H_
