// PETRARCH-2 / TABARI verb patterns → frame lines (docs/compat.md says what
// maps and what does not). Every produced line is checked with the frame
// parser; lines it refuses are counted as unconvertible, never written.
#include <algorithm>
#include <cctype>

#include "lexicon/cameo_table.h"
#include "lexicon/frame.h"
#include "lexicon/frame_parser.h"
#include "lexicon/import_legacy.h"
#include "util/ascii.h"

namespace herodotus::lexicon {
namespace internal {
bool AllDigits(std::string_view s);
}  // namespace internal

namespace {

bool IsEventCode(std::string_view c) { return c.size() >= 2 && c.size() <= 4 && internal::AllDigits(c); }

// Splits a pattern into tokens: marks, brackets, "&NAME" and words.
std::vector<std::string> Tokens(std::string_view text, const std::map<std::string, std::vector<std::string>>& sets) {
  std::vector<std::string> chunks;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) chunks.push_back(cur);
    cur.clear();
  };
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      flush();
    } else if (c == '{' || c == '}' || c == '(' || c == ')' || c == '|') {
      flush();
      chunks.emplace_back(1, c);
    } else {
      cur.push_back(c);
    }
  }
  flush();
  std::vector<std::string> out;
  for (const auto& ch : chunks) {
    std::vector<std::string> parts;
    size_t s = 0;
    while (s <= ch.size()) {
      size_t u = ch.find('_', s);
      if (u == std::string::npos) u = ch.size();
      if (u > s) parts.push_back(ch.substr(s, u - s));
      s = u + 1;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      if (parts[i][0] == '&' && parts[i].size() > 1) {
        // Longest run of parts naming a known synset ("&MIL_FORCE").
        std::string best = AsciiUpper(parts[i].substr(1));
        size_t best_j = i;
        std::string name = best;
        for (size_t j = i + 1; j < parts.size(); ++j) {
          name += "_" + AsciiUpper(parts[j]);
          if (sets.count(name)) {
            best = name;
            best_j = j;
          }
        }
        out.push_back("&" + best);
        i = best_j;
      } else {
        out.push_back(parts[i]);
      }
    }
  }
  return out;
}

}  // namespace

std::string LegacyImport::ConvertPattern(const std::string& verb, const std::string& text, std::string* reason) {
  auto toks = Tokens(text, synsets_);
  auto star = std::find(toks.begin(), toks.end(), "*");
  if (star == toks.end()) {
    *reason = "no '*' verb mark";
    return "";
  }
  for (auto it = toks.begin(); it != star; ++it) {
    if (*it == "$" || *it == "^" || *it == "(" || *it == ")") continue;
    *reason = *it == "+" ? "target before the verb" : "words before the verb";
    return "";
  }
  std::string trigger = verb;
  std::vector<std::string> elems;
  std::string prep;
  std::vector<std::string> np;
  bool src_after = false;
  auto render_np = [&](const std::vector<std::string>& words, std::string* out) -> bool {
    // Only a synset: its name. Otherwise inline members, a synset expanded.
    size_t sets = 0, at = 0;
    for (size_t i = 0; i < words.size(); ++i)
      if (words[i][0] == '&') ++sets, at = i;
    if (sets > 1) return (*reason = "two synsets in one phrase"), false;
    if (sets == 1) {
      std::string name = words[at].substr(1);
      if (!emitted_synsets_.count(name)) return (*reason = "unknown or empty synset"), false;
      if (words.size() == 1) return (*out = "@" + name), true;
      std::vector<std::string> alts;
      for (const auto& m : SynsetMembers(name, 0)) {
        std::string s;
        for (size_t i = 0; i < words.size(); ++i) {
          if (i) s += '_';
          s += i == at ? m : (i + 1 == words.size() ? LegacyNounLemma(words[i]) : AsciiLower(words[i]));
        }
        SynsetMember sm;
        if (ParseSynsetMember(s, &sm) && alts.size() < 64) alts.push_back(s);
      }
      if (alts.empty()) return (*reason = "unreadable noun phrase"), false;
      std::string s = "{";
      for (size_t i = 0; i < alts.size(); ++i) s += (i ? "|" : "") + alts[i];
      return (*out = s + "}"), true;
    }
    std::string s;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) s += '_';
      s += i + 1 == words.size() ? LegacyNounLemma(words[i]) : AsciiLower(words[i]);
    }
    SynsetMember sm;
    if (!ParseSynsetMember(s, &sm)) return (*reason = "unreadable noun phrase"), false;
    return (*out = "{" + s + "}"), true;
  };
  auto flush = [&]() -> bool {
    if (np.empty()) return true;
    std::string set;
    if (!render_np(np, &set)) return false;
    elems.push_back(prep.empty() ? set : prep + " " + set);
    prep.clear();
    np.clear();
    return true;
  };
  for (auto it = star + 1; it != toks.end(); ++it) {
    const std::string& t = *it;
    bool last = it + 1 == toks.end();
    if (t == "(" || t == ")" || t == "^") continue;
    if (t == "*") return (*reason = "two verb marks"), "";
    if (t == "%") return (*reason = "compound actor mark '%'"), "";
    if (t == "+" || t == "$") {
      if (!flush()) return "";
      src_after = src_after || t == "$";
      elems.push_back((prep.empty() ? "" : prep + " ") + (t == "+" ? "TGT" : "SRC"));
      prep.clear();
      continue;
    }
    if (t == "{") {
      if (!flush()) return "";
      std::vector<std::vector<std::string>> alts(1);
      bool closed = false;
      for (++it; it != toks.end(); ++it) {
        if (*it == "}") {
          closed = true;
          break;
        }
        if (*it == "|") alts.emplace_back();
        else if (*it != "(" && *it != ")") alts.back().push_back(*it);
      }
      if (!closed) return (*reason = "'{' without '}'"), "";
      std::string joined;
      for (const auto& a : alts) {
        if (a.empty()) continue;
        std::string s;
        if (!render_np(a, &s)) return "";
        if (s[0] == '@') return (*reason = "synset inside alternatives"), "";
        joined += (joined.empty() ? "" : "|") + s.substr(1, s.size() - 2);
      }
      if (joined.empty()) return (*reason = "empty '{}'"), "";
      elems.push_back((prep.empty() ? "" : prep + " ") + "{" + joined + "}");
      prep.clear();
      continue;
    }
    if (t == "}" || t == "|") return (*reason = "unbalanced braces"), "";
    if (t[0] == '&') {
      auto members = SynsetMembers(t.substr(1), 0);
      bool preps = !members.empty() && std::all_of(members.begin(), members.end(), [](const std::string& m) { return IsPreposition(m); });
      if (preps) {
        if (!flush()) return "";
        if (!prep.empty()) return (*reason = "two prepositions in a row"), "";
        for (size_t i = 0; i < members.size(); ++i) prep += (i ? "|" : "") + members[i];
        continue;
      }
      np.push_back(t);
      continue;
    }
    std::string w = AsciiLower(t);
    if (!std::all_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-' || c == '\''; }))
      return (*reason = "unreadable word"), "";
    if (elems.empty() && np.empty() && prep.empty() && trigger == verb && trigger.find('_') == std::string::npos &&
        IsParticle(w) && (last || (*(it + 1) != "+" && *(it + 1) != "$"))) {
      trigger += "_" + w;
      continue;
    }
    if (IsPreposition(w) && !last) {
      if (!flush()) return "";
      if (!prep.empty()) return (*reason = "two prepositions in a row"), "";
      prep = w;
      continue;
    }
    np.push_back(t);
  }
  if (!flush()) return "";
  if (!prep.empty()) return (*reason = "preposition without an object"), "";
  std::string out = src_after ? "" : "SRC ";
  out += trigger;
  for (const auto& e : elems) out += " " + e;
  return out;
}

std::string LegacyImport::FramesText(const CameoTable* codes) {
  if (emitted_synsets_.empty()) SynsetsText();
  // A private copy of the table with the dictionaries' own codes, so that the
  // parser checks exactly what `herodotus code` will load.
  std::string header = "# herodotus-frames 1\n";
  SynsetTable table;
  FrameParser parser(&table, nullptr);
  std::vector<FrameDiagnostic> diags;
  parser.CollectSynsets("synsets", SynsetsText(), &diags);
  std::string out = header + "# Frames converted by `herodotus dict import`; do not commit.\n";
  std::vector<Frame> sink;
  auto emit = [&](const std::string& code, const std::string& body, const std::string& where) {
    std::string line = code + "  " + body;
    std::vector<FrameDiagnostic> d;
    size_t before = sink.size();
    parser.ParseFrames(where, header + line + "\n", &sink, &d);
    bool bad = sink.size() == before;
    for (const auto& x : d) bad = bad || x.error;
    if (bad) {
      std::string msg = d.empty() ? std::string("refused by the frame parser") : d.front().message;
      if (msg.find("duplicate") != std::string::npos) return;  // same frame twice: nothing lost
      size_t q = msg.find('\'');
      Unconvertible("frame parser: " + msg.substr(0, q == std::string::npos ? msg.size() : q));
      return;
    }
    if (code != "STOP") used_codes_.insert(code);
    ++counts_.frames;
    out += line + "   # " + where + "\n";
  };
  for (const Block& b : blocks_) {
    for (const Verb& v : b.verbs) {
      std::string code = v.code.empty() ? b.code : v.code;
      if (!IsEventCode(code)) continue;
      emit(code, "SRC " + v.lemma + " TGT", "verb " + v.lemma);
      // The old coders take the first actor after the verb as the target,
      // often inside a prepositional phrase ("met with X", "appealed to X").
      emit(code, "SRC " + v.lemma + " to|with|against|on|in|for|at|into|from|toward|towards TGT", "verb " + v.lemma);
    }
    for (const Pattern& p : b.patterns) {
      std::string code = p.null_code ? "STOP" : p.code;
      if (!p.null_code && !IsEventCode(code)) {
        Unconvertible("code is not a 2-4 digit CAMEO event code");
        continue;
      }
      if (b.verbs.empty()) {
        Unconvertible("pattern of a block without a usable verb");
        continue;
      }
      for (const Verb& v : b.verbs) {
        std::string reason;
        std::string body = ConvertPattern(v.lemma, p.text, &reason);
        if (body.empty()) {
          Unconvertible(reason);
          break;  // the same reason for every verb of the block: count once
        }
        // No target in the pattern: the old coders take the next actor after
        // the verb; an optional prepositional target keeps that reading.
        if (body.find("TGT") == std::string::npos && code != "STOP")
          body += " (to|with|against|on|in|for|at|into|from|toward|towards TGT)";
        emit(code, body, p.where);
      }
    }
  }
  (void)codes;
  return out;
}

std::vector<std::string> LegacyImport::ExtraCodes(const CameoTable* codes) const {
  std::set<std::string> extra;
  for (const auto& c : used_codes_) {
    if (codes && codes->Contains(c)) continue;
    extra.insert(c);
    if (!codes || !codes->Contains(c.substr(0, 2))) extra.insert(c.substr(0, 2));
  }
  return {extra.begin(), extra.end()};
}

}  // namespace herodotus::lexicon
