#include "lexicon/import_petrarch.h"

#include <string>

#include "util/ascii.h"

namespace herodotus::lexicon {

std::string_view LegacyFileKindName(LegacyFileKind k) {
  switch (k) {
    case LegacyFileKind::kActors: return "actors";
    case LegacyFileKind::kAgents: return "agents";
    case LegacyFileKind::kVerbs: return "verbs";
    case LegacyFileKind::kDiscards: return "discards";
    case LegacyFileKind::kIssues: return "issues";
    case LegacyFileKind::kOptions: return "options";
    case LegacyFileKind::kProject: return "project";
    case LegacyFileKind::kUnknown: break;
  }
  return "unknown";
}

LegacyFileKind PetrarchFileKind(std::string_view path, std::string_view text) {
  size_t slash = path.find_last_of('/');
  std::string name = AsciiLower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  auto has = [&](std::string_view s) { return name.find(s) != std::string::npos; };
  if (has("verbs") || has("cameo")) return LegacyFileKind::kVerbs;
  if (has("agents")) return LegacyFileKind::kAgents;
  if (has("discard")) return LegacyFileKind::kDiscards;
  if (has("issue")) return LegacyFileKind::kIssues;
  if (has("actors")) return LegacyFileKind::kActors;
  if (has("options")) return LegacyFileKind::kOptions;
  // Content: verb blocks, agent codes, else actors when code blocks appear.
  if (text.find("\n--- ") != std::string_view::npos) return LegacyFileKind::kVerbs;
  if (text.find("[~") != std::string_view::npos) return LegacyFileKind::kAgents;
  if (text.find('[') != std::string_view::npos) return LegacyFileKind::kActors;
  return LegacyFileKind::kUnknown;
}

LegacyFileKind ImportPetrarchFile(LegacyImport* imp, std::string_view path, std::string_view text) {
  LegacyFileKind k = PetrarchFileKind(path, text);
  switch (k) {
    case LegacyFileKind::kActors: imp->AddActors(path, text); break;
    case LegacyFileKind::kAgents: imp->AddAgents(path, text); break;
    case LegacyFileKind::kVerbs: imp->AddVerbs(path, text); break;
    case LegacyFileKind::kDiscards: imp->AddDiscards(path, text); break;
    case LegacyFileKind::kOptions: imp->AddOptions(path, text); break;
    case LegacyFileKind::kIssues: imp->AddDiscards(path, text); break;  // counted, not supported
    default: break;
  }
  return k;
}

}  // namespace herodotus::lexicon
