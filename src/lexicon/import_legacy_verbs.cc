// Verb dictionaries of PETRARCH-2 (CAMEO.2.0: "--- VERB [code] ---" blocks
// of synonym verbs followed by "- pattern [code]" lines) and TABARI ("VERB
// [code]" lines each followed by their patterns), with "&SET" synsets, into
// frame lines. Pattern marks: '*' the verb, '+' the target, '$' the source,
// '_' joins words, "{A B}" a noun phrase (TABARI: "{A | B}" alternatives),
// "(PREP NOUN)" a prepositional phrase, '%' compound actors, '^' skip.
#include <algorithm>
#include <cctype>

#include "lexicon/cameo_table.h"
#include "lexicon/frame.h"
#include "lexicon/frame_parser.h"
#include "lexicon/import_legacy.h"
#include "util/ascii.h"

namespace herodotus::lexicon {
namespace internal {
std::string_view Trim(std::string_view s);
std::vector<std::string> CleanLines(std::string_view text);
bool AllDigits(std::string_view s);
}  // namespace internal

using internal::Trim;

namespace {

constexpr size_t kMaxAlternatives = 64;

std::string SynsetName(std::string_view s) {
  std::string n = AsciiUpper(Trim(s));
  while (!n.empty() && n.back() == '_') n.pop_back();
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') c = '_';
  return n;
}

// "[042:043]" → "042"; "[---]" → "---"; "" when absent.
std::string CodeOf(std::string_view l, std::string_view* rest) {
  size_t lb = l.rfind('[');
  size_t rb = lb == std::string_view::npos ? std::string_view::npos : l.find(']', lb);
  if (rb == std::string_view::npos) {
    *rest = l;
    return "";
  }
  *rest = Trim(l.substr(0, lb));
  std::string_view inside = Trim(l.substr(lb + 1, rb - lb - 1));
  size_t colon = inside.find(':');
  std::string_view first = Trim(inside.substr(0, colon));
  if (first.empty() && colon != std::string_view::npos) first = Trim(inside.substr(colon + 1));
  return std::string(first);
}

// Member text ("FIGHTER_JET", "JUMBO JET") → frame member ("fighter_jet").
std::string MemberText(std::string_view raw) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : raw) {
    if (c == '_' || std::isspace(static_cast<unsigned char>(c))) {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(cur);
  if (words.empty()) return "";
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += '_';
    out += i + 1 == words.size() ? LegacyNounLemma(words[i]) : AsciiLower(words[i]);
  }
  SynsetMember m;
  if (!ParseSynsetMember(out, &m)) return "";
  return out;
}

}  // namespace

std::string LegacyNounLemma(std::string_view word) {
  std::string w = AsciiLower(word);
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 1 && w.compare(w.size() - s.size(), s.size(), s) == 0; };
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("oes")) return w.substr(0, w.size() - 2);
  if (ends("men")) return w.substr(0, w.size() - 3) + "man";
  if (ends("sses") || ends("ches") || ends("shes") || ends("xes")) return w.substr(0, w.size() - 2);
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && w.size() > 3) return w.substr(0, w.size() - 1);
  return w;
}

void LegacyImport::AddVerbs(std::string_view file, std::string_view text) {
  auto lines = internal::CleanLines(text);
  bool petrarch_blocks = false;
  for (const auto& l : lines)
    if (l.rfind("---", 0) == 0) petrarch_blocks = true;
  enum { kNone, kSynset, kVerb, kSkip } ctx = kNone;
  std::string synset;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    uint32_t ln = static_cast<uint32_t>(i + 1);
    std::string where = std::string(file) + ":" + std::to_string(ln);
    if (l.empty()) continue;
    if (l[0] == '<') {  // TABARI sections: <SYNSETS> is read; <TIME>, <NOUN>, <ADJECTIVE> are not
      std::string tag = AsciiUpper(l);
      if (tag == "<TIME>" || tag == "<NOUN>" || tag == "<ADJECTIVE>") ctx = kSkip;
      else if (tag.rfind("</", 0) == 0 || tag == "<SYNSETS>") ctx = kNone;
      else Report(file, ln, "unknown section tag; skipped");
      continue;
    }
    if (ctx == kSkip) continue;
    if (l[0] == '~') {
      Unconvertible("transformation rule");
      continue;
    }
    if (l[0] == '&') {
      synset = SynsetName(l.substr(1));
      if (synset.empty()) {
        Report(file, ln, "synset without a name; skipped");
        ctx = kNone;
        continue;
      }
      synsets_[synset];
      ++counts_.synsets;
      ctx = kSynset;
      continue;
    }
    if (l.rfind("---", 0) == 0) {
      std::string_view inner = Trim(l.substr(3));
      while (!inner.empty() && inner.back() == '-') inner.remove_suffix(1);
      std::string_view rest;
      std::string code = CodeOf(inner, &rest);
      blocks_.push_back(Block{{}, code == "---" ? "" : code, {}});
      ctx = kVerb;
      continue;
    }
    if (l[0] == '-') {
      if (blocks_.empty()) {
        Report(file, ln, "pattern before any verb; skipped");
        continue;
      }
      std::string_view body;
      std::string code = CodeOf(l.substr(1), &body);
      Pattern p{std::string(Trim(body)), code, where, code == "---"};
      if (code.empty()) {
        Report(file, ln, "pattern without [code]; skipped");
        continue;
      }
      ++counts_.patterns;
      blocks_.back().patterns.push_back(std::move(p));
      continue;
    }
    if (l[0] == '+' && ctx == kSynset) {
      std::string m = AsciiUpper(Trim(l.substr(1)));
      if (!m.empty()) synsets_[synset].push_back(m);
      continue;
    }
    // A verb line: "ATTACK", "HURRY {HURRIES HURRIED}", "ABANDON [345]", "+FORM".
    std::string_view v = l[0] == '+' ? l.substr(1) : l;
    size_t brace = v.find('{');
    std::string_view rest;
    std::string code = CodeOf(brace == std::string_view::npos ? v : v.substr(0, brace), &rest);
    if (brace != std::string_view::npos) {
      std::string_view after;
      std::string c2 = CodeOf(v.substr(brace), &after);
      if (!c2.empty()) code = c2;
    }
    std::string lemma = AsciiLower(Trim(rest));
    bool exact = !lemma.empty() && lemma.back() == '_';
    while (!lemma.empty() && lemma.back() == '_') lemma.pop_back();
    for (char& c : lemma)
      if (c == ' ') c = '_';
    if (lemma.empty()) {
      Report(file, ln, "unreadable line; skipped");
      continue;
    }
    if (!petrarch_blocks || blocks_.empty()) {
      if (l[0] == '+' && !blocks_.empty()) {
        // TABARI/KEDS alternative form of the previous verb.
      } else {
        blocks_.push_back(Block{{}, code == "---" ? "" : code, {}});
      }
    }
    ctx = kVerb;
    size_t us = lemma.find('_');
    if (us != std::string::npos) {
      std::string second = lemma.substr(us + 1);
      if (second.find('_') != std::string::npos || !IsParticle(second)) {
        Unconvertible("multiword verb (not verb + particle)");
        continue;
      }
    }
    bool ok = std::all_of(lemma.begin(), lemma.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
    if (!ok) {
      Report(file, ln, "unreadable verb '" + lemma + "'; skipped");
      continue;
    }
    ++counts_.verbs;
    blocks_.back().verbs.push_back({lemma, code == "---" ? "" : code});
    // TABARI verbs are stems matched as prefixes ("RESTOR" for restore,
    // restored): the lemma may need its final e. A trigger that is no
    // English lemma never matches, so both are kept.
    if (dialect_ == LegacyDialect::kTabari && !exact && lemma.find('_') == std::string::npos &&
        lemma.back() != 'e')
      blocks_.back().verbs.push_back({lemma + "e", code == "---" ? "" : code});
  }
}

std::vector<std::string> LegacyImport::SynsetMembers(const std::string& name, int depth) const {
  std::vector<std::string> out;
  auto it = synsets_.find(name);
  if (it == synsets_.end() || depth > 4) return out;
  for (const auto& raw : it->second) {
    if (!raw.empty() && raw[0] == '&') {
      // Nested set, possibly with words around it ("&TIETYPES_MEMOS") — only plain nesting here.
      for (auto& m : SynsetMembers(SynsetName(raw.substr(1)), depth + 1)) out.push_back(m);
      continue;
    }
    std::string m = MemberText(raw);
    if (!m.empty() && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  }
  return out;
}

std::string LegacyImport::SynsetsText() {
  std::string out = "# herodotus-frames 1\n# Synsets converted by `herodotus dict import`; do not commit.\n";
  for (const auto& [name, raw] : synsets_) {
    auto members = SynsetMembers(name, 0);
    if (members.empty()) continue;
    out += "@" + name + " = ";
    for (size_t i = 0; i < members.size(); ++i) out += (i ? "|" : "") + members[i];
    out += "\n";
    emitted_synsets_.insert(name);
  }
  return out;
}
}  // namespace herodotus::lexicon
