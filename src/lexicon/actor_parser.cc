#include "lexicon/actor_parser.h"

#include <algorithm>
#include <charconv>

#include "lexicon/actor_codes.h"
#include "lexicon/actor_normalize.h"

namespace herodotus::lexicon {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits off the first whitespace-delimited word.
std::string_view FirstWord(std::string_view s, std::string_view* rest) {
  size_t e = s.find_first_of(" \t");
  std::string_view w = s.substr(0, e);
  *rest = e == std::string_view::npos ? std::string_view() : Trim(s.substr(e));
  return w;
}

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':';
  });
}

// Collapses runs of blanks so names compare and print uniformly.
std::string CleanName(std::string_view s) {
  std::string out;
  for (char c : Trim(s)) {
    if (c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool ParseDate(std::string_view s, Date* d) {
  if (s.empty()) {
    *d = Date{};
    return true;
  }
  return Date::Parse(s, d);
}

struct Ctx {
  const std::string& file;
  std::vector<Finding>* findings;
  void Report(int line, std::string msg) { findings->push_back({file, line, std::move(msg)}); }
};

void ParseActorLine(std::string_view line, int ln, Ctx& ctx, ParsedDictionary* out) {
  std::string_view rest;
  std::string_view kw = FirstWord(line, &rest);
  if (kw == "actor" || kw == "extend") {
    std::string_view more;
    std::string_view id = FirstWord(rest, &more);
    if (!ValidId(id) || !more.empty()) {
      ctx.Report(ln, "malformed '" + std::string(kw) + "' line: expected one id of [A-Za-z0-9_.:-]");
      // Keep an unnamed entry so its fields are not attached to the previous one.
      out->actors.push_back(RawActor{});
      out->actors.back().id = "";
      out->actors.back().file = ctx.file;
      out->actors.back().line = ln;
      return;
    }
    RawActor a;
    a.id = std::string(id);
    a.extend = kw == "extend";
    a.file = ctx.file;
    a.line = ln;
    out->actors.push_back(std::move(a));
    return;
  }
  if (out->actors.empty()) {
    ctx.Report(ln, "'" + std::string(kw) + "' before any 'actor' line");
    return;
  }
  RawActor& a = out->actors.back();
  if (a.id.empty()) return;  // fields of a malformed entry: already reported
  if (kw == "type") {
    ActorType t = ParseActorType(rest);
    if (t == ActorType::kUnknown) {
      ctx.Report(ln, "unknown type '" + std::string(rest) +
                         "' (country territory igo ngo nsag party org group person place)");
    } else {
      a.type = t;
    }
  } else if (kw == "code") {
    if (!WellFormedCode(rest)) {
      ctx.Report(ln, "malformed code '" + std::string(rest) + "' (groups of three capital letters)");
    } else {
      a.code = std::string(rest);
    }
  } else if (kw == "country") {
    if (rest == "-") {
      a.country.clear();
    } else if (rest.size() != 3 || !WellFormedCode(rest)) {
      ctx.Report(ln, "malformed country '" + std::string(rest) + "' (ISO 3166-1 alpha-3 or '-')");
    } else {
      a.country = std::string(rest);
    }
  } else if (kw == "name" || kw == "adj" || kw == "metonym" || kw == "surname") {
    NameKind kind = kw == "name"      ? NameKind::kName
                    : kw == "adj"     ? NameKind::kAdjective
                    : kw == "metonym" ? NameKind::kMetonym
                                      : NameKind::kSurname;
    std::string code;
    if (size_t arrow = rest.find("->"); arrow != std::string_view::npos) {
      std::string_view c = Trim(rest.substr(arrow + 2));
      if (!WellFormedCode(c)) {
        ctx.Report(ln, "malformed code after '->': '" + std::string(c) + "'");
        return;
      }
      code = std::string(c);
      rest = Trim(rest.substr(0, arrow));
    }
    if (rest.empty()) {
      ctx.Report(ln, "'" + std::string(kw) + "' without a name");
      return;
    }
    size_t pos = 0;
    while (pos <= rest.size()) {
      size_t bar = rest.find('|', pos);
      if (bar == std::string_view::npos) bar = rest.size();
      std::string name = CleanName(rest.substr(pos, bar - pos));
      pos = bar + 1;
      if (name.empty()) {
        ctx.Report(ln, "empty name between '|'");
        continue;
      }
      int words = 0;
      if (NameKey(name, nullptr, &words).empty()) {
        ctx.Report(ln, "name '" + name + "' has no letters or digits");
        continue;
      }
      a.names.push_back({std::move(name), kind, code, ln});
    }
  } else if (kw == "role") {
    std::string_view dates;
    std::string_view code = FirstWord(rest, &dates);
    std::string_view title;
    std::string_view range = FirstWord(dates, &title);
    RawRole r;
    if (!WellFormedCode(code)) {
      ctx.Report(ln, "malformed role code '" + std::string(code) + "'");
      return;
    }
    if (!ParseDateRange(range, &r.from, &r.to)) {
      ctx.Report(ln, "malformed role dates '" + std::string(range) +
                         "' (YYYY-MM-DD..YYYY-MM-DD, either side may be empty)");
      return;
    }
    r.code = std::string(code);
    r.title = CleanName(title);
    r.line = ln;
    a.roles.push_back(std::move(r));
  } else {
    ctx.Report(ln, "unknown keyword '" + std::string(kw) + "'");
  }
}

void ParseAgentLine(std::string_view line, int ln, Ctx& ctx, ParsedDictionary* out) {
  std::string_view rest;
  std::string_view code = FirstWord(line, &rest);
  if (!WellFormedCode(code)) {
    ctx.Report(ln, "malformed agent code '" + std::string(code) + "'");
    return;
  }
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string_view g = code.substr(i, 3);
    if (!IsSectorCode(g) && !(i == 0 && IsInternationalPrefix(g))) {
      ctx.Report(ln, "unknown sector code '" + std::string(g) + "' in '" + std::string(code) + "'");
      return;
    }
  }
  if (rest.empty()) {
    ctx.Report(ln, "agent line without nouns");
    return;
  }
  size_t pos = 0;
  while (pos <= rest.size()) {
    size_t bar = rest.find('|', pos);
    if (bar == std::string_view::npos) bar = rest.size();
    std::string name = CleanName(rest.substr(pos, bar - pos));
    pos = bar + 1;
    if (name.empty() || NameKey(name, nullptr, nullptr).empty()) {
      ctx.Report(ln, "empty agent noun");
      continue;
    }
    out->agents.push_back({std::move(name), std::string(code), ctx.file, ln});
  }
}

}  // namespace

std::string_view ActorTypeName(ActorType t) {
  switch (t) {
    case ActorType::kCountry: return "country";
    case ActorType::kTerritory: return "territory";
    case ActorType::kIgo: return "igo";
    case ActorType::kNgo: return "ngo";
    case ActorType::kNsag: return "nsag";
    case ActorType::kParty: return "party";
    case ActorType::kOrg: return "org";
    case ActorType::kGroup: return "group";
    case ActorType::kPerson: return "person";
    case ActorType::kPlace: return "place";
    case ActorType::kUnknown: break;
  }
  return "unknown";
}

ActorType ParseActorType(std::string_view s) {
  for (int i = 0; i < static_cast<int>(ActorType::kUnknown); ++i) {
    auto t = static_cast<ActorType>(i);
    if (ActorTypeName(t) == s) return t;
  }
  return ActorType::kUnknown;
}

std::string_view NameKindName(NameKind k) {
  switch (k) {
    case NameKind::kName: return "name";
    case NameKind::kAdjective: return "adj";
    case NameKind::kMetonym: return "metonym";
    case NameKind::kSurname: return "surname";
  }
  return "name";
}

std::string Finding::ToString() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

bool ParseDateRange(std::string_view s, Date* from, Date* to) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) return false;
  if (!ParseDate(s.substr(0, dots), from) || !ParseDate(s.substr(dots + 2), to)) return false;
  if (from->known() && to->known()) {
    auto key = [](const Date& d) { return d.year * 10000 + d.month * 100 + d.day; };
    if (key(*from) > key(*to)) return false;
  }
  return true;
}

void ParseDictionaryText(std::string_view text, const std::string& file, ParsedDictionary* out,
                         std::vector<Finding>* findings) {
  Ctx ctx{file, findings};
  // Header: "# herodotus-actors 1" or "# herodotus-agents 1".
  size_t nl = text.find('\n');
  std::string_view first = Trim(text.substr(0, nl));
  if (first.size() >= 3 && static_cast<unsigned char>(first[0]) == 0xEF &&
      static_cast<unsigned char>(first[1]) == 0xBB && static_cast<unsigned char>(first[2]) == 0xBF) {
    first.remove_prefix(3);  // UTF-8 byte order mark
  }
  bool agents;
  std::string_view version;
  if (first.substr(0, kActorsHeader.size()) == kActorsHeader) {
    agents = false;
    version = Trim(first.substr(kActorsHeader.size()));
  } else if (first.substr(0, kAgentsHeader.size()) == kAgentsHeader) {
    agents = true;
    version = Trim(first.substr(kAgentsHeader.size()));
  } else {
    ctx.Report(1, "missing header '# herodotus-actors 1' or '# herodotus-agents 1'; file skipped");
    return;
  }
  int v = 0;
  auto r = std::from_chars(version.data(), version.data() + version.size(), v);
  if (r.ec != std::errc() || r.ptr != version.data() + version.size()) {
    ctx.Report(1, "malformed version '" + std::string(version) + "'; file skipped");
    return;
  }
  if (v != kDictionaryVersion) {
    ctx.Report(1, "format version " + std::to_string(v) + " is not supported (this build reads " +
                      std::to_string(kDictionaryVersion) + "); file skipped");
    return;
  }
  // One entry per "actor"/"extend" line: reserve to avoid moving entries.
  size_t entries = 0;
  for (size_t p = text.find("\nactor "); p != std::string_view::npos; p = text.find("\nactor ", p + 1)) ++entries;
  out->actors.reserve(out->actors.size() + entries + 1);
  int ln = 1;
  size_t pos = nl == std::string_view::npos ? text.size() : nl + 1;
  while (pos < text.size()) {
    ++ln;
    size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(pos, e - pos);
    pos = e + 1;
    if (!ValidUtf8(line)) {
      ctx.Report(ln, "invalid UTF-8; line skipped");
      continue;
    }
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    if (line.find('\0') != std::string_view::npos) {
      ctx.Report(ln, "NUL byte; line skipped");
      continue;
    }
    if (agents) {
      ParseAgentLine(line, ln, ctx, out);
    } else {
      ParseActorLine(line, ln, ctx, out);
    }
  }
}

}  // namespace herodotus::lexicon
