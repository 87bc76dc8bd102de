#include "lexicon/import_tabari.h"

#include <string>

#include "util/ascii.h"

namespace herodotus::lexicon {
namespace internal {
std::string_view Trim(std::string_view s);
}  // namespace internal

LegacyFileKind TabariFileKind(std::string_view path, std::string_view text) {
  size_t dot = path.find_last_of('.');
  std::string ext = AsciiLower(dot == std::string_view::npos ? "" : path.substr(dot + 1));
  if (ext == "actors") return LegacyFileKind::kActors;
  if (ext == "verbs") return LegacyFileKind::kVerbs;
  if (ext == "agents") return LegacyFileKind::kAgents;
  if (ext == "options") return LegacyFileKind::kOptions;
  if (ext == "project") return LegacyFileKind::kProject;
  return PetrarchFileKind(path, text);
}

LegacyFileKind ImportTabariFile(LegacyImport* imp, std::string_view path, std::string_view text) {
  LegacyFileKind k = TabariFileKind(path, text);
  switch (k) {
    case LegacyFileKind::kActors: imp->AddActors(path, text); break;
    case LegacyFileKind::kAgents: imp->AddAgents(path, text); break;
    case LegacyFileKind::kVerbs: imp->AddVerbs(path, text); break;
    case LegacyFileKind::kOptions: imp->AddOptions(path, text); break;
    case LegacyFileKind::kDiscards: imp->AddDiscards(path, text); break;
    default: break;
  }
  return k;
}

std::vector<std::string> TabariProjectFiles(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = internal::Trim(text.substr(start, end - start));
    start = end + 1;
    size_t close = l.find('>');
    if (l.empty() || l[0] != '<' || close == std::string_view::npos) continue;
    std::string tag = AsciiLower(l.substr(1, close - 1));
    if (tag != "actorsfile" && tag != "verbsfile" && tag != "agentsfile" && tag != "optionsfile") continue;
    std::string_view f = internal::Trim(l.substr(close + 1));
    if (!f.empty()) out.emplace_back(f);
  }
  return out;
}

}  // namespace herodotus::lexicon
