// TABARI dictionaries (.actors, .verbs, .agents, .options; a .project file
// names them) → the project's formats through LegacyImport. Not thread-safe;
// errors go to the LegacyImport's diagnostics, never abort.
#ifndef HERODOTUS_LEXICON_IMPORT_TABARI_H_
#define HERODOTUS_LEXICON_IMPORT_TABARI_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/import_petrarch.h"

namespace herodotus::lexicon {

LegacyFileKind TabariFileKind(std::string_view path, std::string_view text);
// Adds one TABARI file; a .project file is not read here (see ProjectFiles).
LegacyFileKind ImportTabariFile(LegacyImport* imp, std::string_view path, std::string_view text);
// The dictionary files a .project names (<actorsfile> X, <verbsfile> X,
// <agentsfile> X, <optionsfile> X), as written (relative to the project).
std::vector<std::string> TabariProjectFiles(std::string_view text);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_IMPORT_TABARI_H_
