// TABARI project loading and the legacy event JSON line.
#include "compat/legacy_load.h"

#include <cstdio>
#include <filesystem>

#include "lexicon/cameo_table.h"
#include "lexicon/import_petrarch.h"
#include "lexicon/import_tabari.h"
#include "util/file.h"

namespace herodotus::compat {
namespace {

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          *out += buf;
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

Status AddFile(const std::string& path, TabariDictionary* dict, int depth) {
  std::string text;
  Status st = ReadFile(path, &text);
  if (!st.ok()) return st;
  switch (lexicon::TabariFileKind(path, text)) {
    case lexicon::LegacyFileKind::kActors: dict->AddActors(path, text); break;
    case lexicon::LegacyFileKind::kAgents: dict->AddAgents(path, text); break;
    case lexicon::LegacyFileKind::kVerbs: dict->AddVerbs(path, text); break;
    case lexicon::LegacyFileKind::kOptions: dict->AddOptions(path, text); break;
    case lexicon::LegacyFileKind::kProject: {
      if (depth > 0) break;  // a project naming a project: ignored, never loops
      std::filesystem::path dir = std::filesystem::path(path).parent_path();
      for (const std::string& f : lexicon::TabariProjectFiles(text)) {
        Status s = AddFile((dir / f).string(), dict, depth + 1);
        if (!s.ok()) return s;
      }
      break;
    }
    default: break;  // discards, issues: TABARI has none; unknown kinds skipped
  }
  return Status();
}

}  // namespace

Status LoadTabariFiles(const std::vector<std::string>& paths, TabariDictionary* dict) {
  for (const std::string& p : paths) {
    Status st = AddFile(p, dict, 0);
    if (!st.ok()) return st;
  }
  return Status();
}

Status LoadPetrarchFiles(const std::vector<std::string>& paths, TabariDictionary* dict) {
  for (const std::string& p : paths) {
    std::string text;
    Status st = ReadFile(p, &text);
    if (!st.ok()) return st;
    switch (lexicon::PetrarchFileKind(p, text)) {
      case lexicon::LegacyFileKind::kActors: dict->AddPetrarchActors(p, text); break;
      case lexicon::LegacyFileKind::kAgents: dict->AddPetrarchAgents(p, text); break;
      case lexicon::LegacyFileKind::kVerbs: dict->AddPetrarchVerbs(p, text); break;
      case lexicon::LegacyFileKind::kDiscards: dict->AddDiscards(p, text); break;
      default: break;  // issues files do not change event codes
    }
  }
  return Status();
}

std::string LegacyEventJson(const Article& a, const LegacyEvent& e, const lexicon::CameoTable* cameo) {
  std::string out = "{\"article_id\":";
  AppendJsonString(&out, a.id);
  out += ",\"date\":";
  AppendJsonString(&out, a.date.ToString());
  out += ",\"sentence\":" + std::to_string(e.sentence);
  out += ",\"code\":";
  AppendJsonString(&out, e.code);
  const lexicon::CameoCode* c = cameo ? cameo->Find(e.code) : nullptr;
  if (c != nullptr) {
    out += ",\"cameo_root\":";
    AppendJsonString(&out, c->root);
    out += ",\"quad_class\":" + std::to_string(c->quad_class);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", c->goldstein);
    out += ",\"goldstein\":";
    out += buf;
  }
  out += ",\"source\":{\"code\":";
  AppendJsonString(&out, e.source);
  out += "},\"target\":{\"code\":";
  AppendJsonString(&out, e.target);
  out += "},\"trigger\":";
  std::string_view verb;
  if (e.verb_end <= a.text.size() && e.verb_begin <= e.verb_end)
    verb = std::string_view(a.text).substr(e.verb_begin, e.verb_end - e.verb_begin);
  AppendJsonString(&out, verb);
  out += ",\"pattern\":";
  AppendJsonString(&out, e.pattern);
  out += ",\"engine\":\"tabari\"}";
  return out;
}

Event ToEvent(const Article& a, const LegacyEvent& e, const lexicon::CameoTable* cameo) {
  Event ev;
  ev.article_id = a.id;
  ev.sentence = static_cast<int>(e.sentence);
  ev.date = a.date;
  ev.code = e.code;
  if (const lexicon::CameoCode* c = cameo ? cameo->Find(e.code) : nullptr) {
    ev.root = c->root;
    ev.quad_class = c->quad_class;
    ev.goldstein = c->goldstein;
    ev.plover_event = c->plover_event;
    ev.plover_mode = c->plover_mode;
    ev.plover_context = c->plover_context;
  }
  auto actor = [](const std::string& code) {
    ActorRef r;
    r.code = code;
    bool letters = code.size() >= 3;
    for (size_t i = 0; i < 3 && i < code.size(); ++i)
      if (code[i] < 'A' || code[i] > 'Z') letters = false;
    if (letters) r.country = code.substr(0, 3);
    return r;
  };
  if (!e.source.empty()) ev.source = actor(e.source);
  if (!e.target.empty()) ev.target = actor(e.target);
  ev.trigger_start = e.verb_begin;
  ev.trigger_end = e.verb_end;
  if (e.verb_end <= a.text.size() && e.verb_begin <= e.verb_end)
    ev.trigger = a.text.substr(e.verb_begin, e.verb_end - e.verb_begin);
  return ev;
}

}  // namespace herodotus::compat
