// Reading of the PETRARCH-2 / TABARI line formats (actors, agents, discards,
// options). The verb dictionaries are in import_legacy_verbs.cc. Written from
// the published format descriptions; see docs/compat.md.
#include "lexicon/import_legacy.h"

#include <algorithm>
#include <cctype>

#include "lexicon/actor_codes.h"
#include "util/ascii.h"

namespace herodotus::lexicon {
namespace internal {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits text into lines, removing <!-- --> comments (which may span lines)
// and the rest of a line after '#' or ';' (both dialects' comment marks).
std::vector<std::string> CleanLines(std::string_view text) {
  std::vector<std::string> lines;
  bool in_xml = false;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    std::string out;
    size_t i = 0;
    while (i < raw.size()) {
      if (in_xml) {
        size_t close = raw.find("-->", i);
        if (close == std::string_view::npos) {
          i = raw.size();
        } else {
          in_xml = false;
          i = close + 3;
        }
        continue;
      }
      if (raw.compare(i, 4, "<!--") == 0) {
        in_xml = true;
        i += 4;
        continue;
      }
      if (raw[i] == '#' || raw[i] == ';') break;
      out.push_back(raw[i] == '\t' || raw[i] == '\r' ? ' ' : raw[i]);
      ++i;
    }
    lines.emplace_back(Trim(out));
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

// A dictionary phrase ("GAZA_CITY", "AL GORE_") as lower-case words.
std::string PhraseText(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYMMDD (two-digit years up to 30 are 20xx) or YYYYMMDD → YYYY-MM-DD.
bool LegacyDate(std::string_view s, std::string* out) {
  if (!AllDigits(s) || (s.size() != 6 && s.size() != 8)) return false;
  std::string y;
  if (s.size() == 6) {
    int yy = (s[0] - '0') * 10 + (s[1] - '0');
    y = (yy <= 30 ? "20" : "19") + std::string(s.substr(0, 2));
    s.remove_prefix(2);
  } else {
    y = std::string(s.substr(0, 4));
    s.remove_prefix(4);
  }
  int m = (s[0] - '0') * 10 + (s[1] - '0');
  int d = (s[2] - '0') * 10 + (s[3] - '0');
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *out = y + "-" + std::string(s.substr(0, 2)) + "-" + std::string(s.substr(2, 2));
  return true;
}

}  // namespace internal

using internal::CleanLines;
using internal::PhraseText;
using internal::Trim;

std::string ImportDiagnostic::ToString() const {
  return file + ":" + std::to_string(line) + ": " + reason;
}

void LegacyImport::Report(std::string_view file, uint32_t line, std::string reason) {
  ++counts_.unreadable;
  diags_.push_back({std::string(file), line, std::move(reason)});
}

// ---------------------------------------------------------------- actors

void LegacyImport::FinishEntry() {
  if (!has_current_) return;
  has_current_ = false;
  if (current_.names.empty()) return;
  if (current_.code.empty() && current_.roles.empty()) {
    ++counts_.actors_skipped;
    return;
  }
  ++counts_.actors;
  counts_.actor_names += current_.names.size();
  counts_.roles += current_.roles.size();
  entries_.push_back(std::move(current_));
}

// "[USAGOV >090120]", "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]".
bool LegacyImport::ParseCodeBlock(std::string_view file, uint32_t line, std::string_view inside) {
  inside = Trim(inside);
  size_t sp = inside.find_first_of(" \t<>");
  std::string code = AsciiUpper(Trim(inside.substr(0, sp)));
  std::string dates;
  if (sp != std::string_view::npos)
    for (char c : inside.substr(sp))
      if (!std::isspace(static_cast<unsigned char>(c))) dates.push_back(c);
  if (!code.empty() && code[0] == '~') code.erase(0, 1);
  if (code == "---" || code == "###" || code == "+++") {
    current_.null_code = true;
    return true;
  }
  if (!WellFormedCode(code)) {
    Report(file, line, "actor code '" + code + "' is not letters in groups of three; skipped");
    return false;
  }
  if (dates.empty()) {
    current_.code = code;
    return true;
  }
  Entry::Role role{code, "", ""};
  bool ok = true;
  if (dates[0] == '<') {
    ok = internal::LegacyDate(dates.substr(1), &role.to);
  } else if (dates[0] == '>') {
    ok = internal::LegacyDate(dates.substr(1), &role.from);
  } else {
    size_t dash = dates.find('-');
    ok = dash != std::string::npos && internal::LegacyDate(dates.substr(0, dash), &role.from) &&
         internal::LegacyDate(dates.substr(dash + 1), &role.to) && role.from <= role.to;
  }
  if (!ok) {
    Report(file, line, "bad date range '" + dates + "' in code block; skipped");
    return false;
  }
  current_.roles.push_back(std::move(role));
  return true;
}

void LegacyImport::AddActors(std::string_view file, std::string_view text) {
  auto lines = CleanLines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    uint32_t ln = static_cast<uint32_t>(i + 1);
    if (l.empty()) continue;
    if (l[0] == '<') continue;  // TABARI section tags
    std::string_view head = l;
    if (l[0] == '[') {
      head = {};
    } else {
      size_t b = l.find('[');
      head = Trim(l.substr(0, b == std::string_view::npos ? l.size() : b));
      l = b == std::string_view::npos ? std::string_view{} : l.substr(b);
    }
    if (!head.empty()) {
      bool alias = head[0] == '+';
      if (alias) head.remove_prefix(1);
      if (!alias) {
        FinishEntry();
        current_ = Entry{};
        has_current_ = true;
      } else if (!has_current_) {
        Report(file, ln, "alias before any actor; skipped");
        continue;
      }
      std::string name = PhraseText(head);
      if (name.empty() || name.find_first_of("|[]{}") != std::string::npos) {
        Report(file, ln, "unreadable actor name; skipped");
      } else {
        current_.names.push_back(std::move(name));
      }
    }
    // Code blocks, possibly several on the line.
    while (!l.empty()) {
      l = Trim(l);
      if (l.empty()) break;
      if (l[0] != '[') {
        Report(file, ln, "text after a code block: '" + std::string(l.substr(0, 40)) + "'");
        break;
      }
      size_t close = l.find(']');
      if (close == std::string_view::npos) {
        Report(file, ln, "code block without ']'; skipped");
        break;
      }
      if (!has_current_) {
        Report(file, ln, "code block before any actor; skipped");
      } else {
        ParseCodeBlock(file, ln, l.substr(1, close - 1));
      }
      l.remove_prefix(close + 1);
    }
  }
  FinishEntry();
}

std::string LegacyImport::ActorsText() const {
  std::string out = "# herodotus-actors 1\n# Converted by `herodotus dict import`; do not commit.\n";
  size_t n = 0;
  for (const Entry& e : entries_) {
    ++n;
    const std::string& first = e.code.empty() ? e.roles.front().code : e.code;
    CodeInfo info = DescribeCode(first);
    std::string type = !e.roles.empty()               ? "person"
                       : first.size() == 3 && !IsInternationalPrefix(first) ? "country"
                       : first.rfind("IGO", 0) == 0   ? "igo"
                       : first.rfind("NGO", 0) == 0   ? "ngo"
                                                      : "group";
    out += "actor imp" + std::to_string(n) + "\n  type " + type + "\n";
    out += "  code " + (e.code.empty() ? (info.country.empty() ? first : info.country) : e.code) + "\n";
    out += "  country " + (info.country.empty() ? std::string("-") : info.country) + "\n";
    out += "  name ";
    for (size_t i = 0; i < e.names.size(); ++i) out += (i ? " | " : "") + e.names[i];
    out += "\n";
    for (const auto& r : e.roles) out += "  role " + r.code + " " + r.from + ".." + r.to + "\n";
  }
  return out;
}

// ---------------------------------------------------------------- agents

void LegacyImport::AddAgents(std::string_view file, std::string_view text) {
  auto lines = CleanLines(text);
  std::map<std::string, std::vector<std::string>> subst;  // "!PERSON!" → words
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    uint32_t ln = static_cast<uint32_t>(i + 1);
    if (l.empty() || l[0] == '<') continue;
    if (l[0] == '!') {
      size_t close = l.find('!', 1);
      size_t eq = l.find('=');
      if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
        Report(file, ln, "unreadable !substitution! line; skipped");
        continue;
      }
      std::string key = AsciiUpper(l.substr(0, close + 1));
      auto& words = subst[key];
      std::string_view rest = l.substr(eq + 1);
      size_t s = 0;
      while (s <= rest.size()) {
        size_t c = rest.find(',', s);
        if (c == std::string_view::npos) c = rest.size();
        std::string w = AsciiUpper(Trim(rest.substr(s, c - s)));
        if (!w.empty()) words.push_back(w);
        s = c + 1;
      }
      continue;
    }
    size_t lb = l.find('[');
    size_t rb = l.find(']', lb == std::string_view::npos ? 0 : lb);
    if (lb == std::string_view::npos || rb == std::string_view::npos) {
      Report(file, ln, "agent line without [code]; skipped");
      continue;
    }
    std::string code;
    for (char c : l.substr(lb + 1, rb - lb - 1))
      if (c != '~' && !std::isspace(static_cast<unsigned char>(c))) code.push_back(c);
    code = AsciiUpper(code);
    if (!WellFormedCode(code)) {
      Report(file, ln, "agent code '" + code + "' is not letters in groups of three; skipped");
      continue;
    }
    std::string_view head = l.substr(0, lb);
    std::vector<std::string> forms;
    size_t lc = head.find('{');
    if (lc != std::string_view::npos) {
      size_t rc = head.find('}', lc);
      if (rc == std::string_view::npos) {
        Report(file, ln, "'{' without '}'; skipped");
        continue;
      }
      std::string_view plurals = head.substr(lc + 1, rc - lc - 1);
      size_t s = 0;
      while (s < plurals.size()) {
        size_t e = plurals.find(' ', s);
        if (e == std::string_view::npos) e = plurals.size();
        if (e > s) forms.push_back(AsciiUpper(plurals.substr(s, e - s)));
        s = e + 1;
      }
      head = head.substr(0, lc);
    }
    forms.insert(forms.begin(), AsciiUpper(Trim(head)));
    // Expand !X! markers (cross product, bounded).
    std::vector<std::string> done;
    std::vector<std::string> todo = forms;
    for (size_t guard = 0; !todo.empty() && guard < 256; ++guard) {
      std::string f = todo.back();
      todo.pop_back();
      size_t a = f.find('!');
      size_t b = a == std::string::npos ? std::string::npos : f.find('!', a + 1);
      if (b == std::string::npos) {
        done.push_back(f);
        continue;
      }
      auto it = subst.find(f.substr(a, b - a + 1));
      if (it == subst.end()) {
        Report(file, ln, "unknown substitution " + f.substr(a, b - a + 1) + "; form skipped");
        continue;
      }
      for (const auto& w : it->second) todo.push_back(f.substr(0, a) + w + f.substr(b + 1));
    }
    for (const auto& f : done) {
      std::string noun = PhraseText(f);
      if (noun.empty() || noun.find_first_of("|[]{}!") != std::string::npos) continue;
      if (agents_[code].insert(noun).second) ++counts_.agents;
    }
  }
}

std::string LegacyImport::AgentsText() const {
  std::string out = "# herodotus-agents 1\n# Converted by `herodotus dict import`; do not commit.\n";
  for (const auto& [code, nouns] : agents_) {
    out += code;
    bool first = true;
    for (const auto& n : nouns) {
      out += first ? " " : " | ";
      out += n;
      first = false;
    }
    out += "\n";
  }
  return out;
}

// ---------------------------------------------------------------- others

void LegacyImport::AddDiscards(std::string_view file, std::string_view text) {
  size_t n = 0;
  for (const auto& l : CleanLines(text))
    if (!l.empty()) ++n;
  counts_.discards += n;
  if (n) diags_.push_back({std::string(file), 0, std::to_string(n) + " discard phrases read; discards are not supported (ignored)"});
}

void LegacyImport::AddOptions(std::string_view file, std::string_view text) {
  size_t n = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = Trim(text.substr(start, end - start));
    if (!l.empty() && l.substr(0, 2) != "//") ++n;
    start = end + 1;
  }
  counts_.options += n;
  if (n) diags_.push_back({std::string(file), 0, std::to_string(n) + " option lines read; options are not supported (ignored)"});
}

}  // namespace herodotus::lexicon
