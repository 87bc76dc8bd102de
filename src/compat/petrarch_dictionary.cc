// PETRARCH-2 dictionary readers: CAMEO.2.0-format verb blocks, actors,
// agents with {plurals} and !X! substitutions, discards; PETRARCH's options.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "compat/legacy_text_util.h"
#include "compat/tabari_dictionary.h"
#include "util/ascii.h"

namespace herodotus::compat {

using internal::Brackets;
using internal::ExpandAlternatives;
using internal::ForEachLine;
using internal::ParseCodeBlock;
using internal::StripComment;
using internal::Trim;
using internal::Weight;

namespace {

// The whitespace-separated words of the "{…}" that opens at `open` in `b`
// (to the end of `b` when it is not closed); none when `open` is npos.
std::vector<std::string_view> BracedWords(std::string_view b, size_t open) {
  std::vector<std::string_view> out;
  if (open == std::string_view::npos) return out;
  const size_t close = b.find('}', open);
  std::string_view inner =
      b.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
  size_t i = 0;
  while (i < inner.size()) {
    while (i < inner.size() && std::isspace(static_cast<unsigned char>(inner[i]))) ++i;
    size_t j = i;
    while (j < inner.size() && !std::isspace(static_cast<unsigned char>(inner[j]))) ++j;
    if (j > i) out.push_back(inner.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::string StripPetrarchComments(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_block = false, in_line = false;
  int bracket = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_block) {
      if (c == '\n') out += c;
      if (text.compare(i, 3, "-->") == 0) {
        in_block = false;
        i += 2;
      }
      continue;
    }
    if (c == '\n') {
      in_line = false;
      bracket = 0;
      out += c;
      continue;
    }
    if (in_line) continue;
    if (text.compare(i, 4, "<!--") == 0) {
      in_block = true;
      i += 3;
      continue;
    }
    if (c == '[') ++bracket;
    if (c == ']' && bracket > 0) --bracket;
    if (c == '#' && bracket == 0) {
      in_line = true;
      continue;
    }
    out += c;
  }
  return out;
}

void TabariDictionary::UsePetrarchOptions() {
  if (petrarch_options_) return;  // set once: later Config lines must stay
  petrarch_options_ = true;
  options_.minimum_words = 0;
  // PETRARCH-2's defaults (PETR_config.ini): comma clauses of 2-8 words
  // inside and at the end are dropped, none at the start; events need a dyad.
  options_.comma = true;
  options_.comma_min = 2;
  options_.comma_max = 8;
  options_.comma_emin = 2;
  options_.comma_emax = 8;
  options_.comma_bmin = 255;
  options_.comma_bmax = 0;
  options_.require_dyad = true;
  options_.capital_noun_shift = false;
  options_.split_contractions = true;
  options_.agents_over_compounds = true;
  options_.loose_compounds = true;
  options_.unknown_actor_agents = true;
  options_.default_target = "---";
  options_.no_actor_prior = false;
  options_.complex_verbs = options_.complex_conj = 0;
}

void TabariDictionary::AddPetrarchActors(std::string_view file, std::string_view text) {
  default_mode_ = WordMode::kRegular;
  UsePetrarchOptions();
  AddActors(file, StripPetrarchComments(text));
}

void TabariDictionary::AddPetrarchAgents(std::string_view file, std::string_view text) {
  default_mode_ = WordMode::kRegular;
  UsePetrarchOptions();
  std::map<std::string, std::vector<std::string>> subst;  // "!PERSON!" → words
  std::string clean = StripPetrarchComments(text);
  ForEachLine(clean, [&](uint32_t n, std::string_view raw) {
    std::string up = AsciiUpper(Trim(raw));
    if (up.empty()) return;
    if (up[0] == '!') {
      size_t eq = up.find('=');
      size_t close = up.find('!', 1);
      if (eq == std::string::npos || close == std::string::npos || close > eq) {
        Report(file, n, "unreadable substitution line");
        return;
      }
      std::string key = up.substr(0, close + 1);
      std::vector<std::string>& words = subst[key];
      std::string_view rest = std::string_view(up).substr(eq + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string w(Trim(rest.substr(0, comma)));
        if (!w.empty() && words.size() < 64) words.push_back(w);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
      return;
    }
    std::string_view before;
    std::vector<std::string_view> blocks = Brackets(up, &before);
    DatedCode c;
    std::string reason;
    if (blocks.empty() || !ParseCodeBlock(blocks.back(), &c, &reason) || c.code.find('~') == std::string::npos) {
      Report(file, n, reason.empty() ? "agent line without a [~CODE]" : reason);
      return;
    }
    // NAME {PLURAL PLURAL} → every form is a phrase.
    std::vector<std::string> names;
    std::string_view b = before;
    size_t open = b.find('{');
    names.emplace_back(Trim(b.substr(0, open)));
    for (std::string_view w : BracedWords(b, open)) names.emplace_back(w);
    uint32_t id = static_cast<uint32_t>(agents_.size());
    agents_.push_back(c.code);
    for (const std::string& nm : names) {
      std::vector<std::string> forms = {nm};
      for (size_t guard = 0; guard < 4; ++guard) {
        std::vector<std::string> next;
        bool changed = false;
        for (const std::string& f : forms) {
          size_t a = f.find('!');
          size_t z = a == std::string::npos ? a : f.find('!', a + 1);
          auto it = z == std::string::npos ? subst.end() : subst.find(f.substr(a, z - a + 1));
          if (it == subst.end()) {
            next.push_back(f);
            continue;
          }
          changed = true;
          for (const std::string& w : it->second) next.push_back(f.substr(0, a) + w + f.substr(z + 1));
        }
        forms.swap(next);
        if (!changed || forms.size() > kMaxVariants) break;
      }
      for (const std::string& f : forms) {
        LegacyPhrase p;
        if (f.find('!') != std::string::npos) {
          Report(file, n, "unknown substitution in " + f);
          continue;
        }
        if (ParseLegacyPhrase(f, &p, default_mode_)) {
          AddPhrase(&agent_index_, p, id);
          ++agent_phrases_;
        }
      }
    }
  });
}

void TabariDictionary::AddDiscards(std::string_view file, std::string_view text) {
  (void)file;
  std::string clean = StripPetrarchComments(text);
  ForEachLine(clean, [&](uint32_t, std::string_view raw) {
    std::string_view line = Trim(StripComment(raw));
    if (!line.empty() && line[0] == '+') line.remove_prefix(1);  // story-level: coded per sentence here
    LegacyPhrase p;
    if (line.empty() || !ParseLegacyPhrase(line, &p, WordMode::kRegular)) return;
    AddPhrase(&discard_index_, p, 0);
  });
}

void TabariDictionary::AddPetrarchVerbs(std::string_view file, std::string_view text) {
  default_mode_ = WordMode::kRegular;
  UsePetrarchOptions();
  std::string clean = StripPetrarchComments(text);
  std::string synset;
  bool in_synset = false;
  std::string block_code;
  bool in_block = false;
  std::vector<size_t> block;  // verb entries of the current block
  size_t block_list = 0;      // their shared pattern list
  size_t first_new = pattern_lists_.size();
  auto add_phrase = [&](std::string_view t, size_t entry) {
    std::string s(t);
    s.erase(std::remove(s.begin(), s.end(), '+'), s.end());  // "WIRE_+TAP": + marks the verb word
    LegacyPhrase p;
    if (ParseLegacyPhrase(s, &p, default_mode_)) AddPhrase(&verb_index_, p, static_cast<uint32_t>(entry));
  };
  ForEachLine(clean, [&](uint32_t n, std::string_view raw) {
    std::string up = AsciiUpper(Trim(raw));
    if (up.empty()) {
      in_synset = false;
      return;
    }
    if (up[0] == '&') {
      synset = std::string(Trim(std::string_view(up).substr(0, up.find_first_of(" \t"))));
      while (synset.size() > 1 && synset.back() == '_') synset.pop_back();
      synsets_[synset];
      in_synset = true;
      return;
    }
    if (up[0] == '+' && in_synset) {
      synsets_[synset].push_back(std::string(Trim(std::string_view(up).substr(1))));
      return;
    }
    in_synset = false;
    if (up.rfind("---", 0) == 0) {
      std::string_view before;
      std::vector<std::string_view> blocks = Brackets(up, &before);
      if (blocks.empty()) {
        Report(file, n, "verb block header without a [code]");
        in_block = false;
        return;
      }
      block_code = std::string(Trim(blocks[0]));
      block.clear();
      block_list = pattern_lists_.size();
      pattern_lists_.emplace_back();
      in_block = true;
      return;
    }
    if (!in_block) {
      Report(file, n, "line outside a verb block");
      return;
    }
    std::string_view before;
    std::vector<std::string_view> blocks = Brackets(up, &before);
    if (up[0] == '-') {
      if (blocks.empty()) {
        Report(file, n, "pattern without a [code]");
        return;
      }
      if (block.empty()) {
        Report(file, n, "pattern before any verb of its block");
        return;
      }
      std::string code(Trim(blocks.back()));
      AddPattern(file, n, before.substr(1), code, block_list);
      return;
    }
    // A verb line: VERB {FORMS} [code]
    VerbEntry v;
    v.code = blocks.empty() ? block_code : std::string(Trim(blocks.back()));
    std::string_view b = before;
    size_t open = b.find('{');
    v.name = std::string(Trim(b.substr(0, open)));
    if (v.name.empty()) {
      Report(file, n, "verb line without a verb");
      return;
    }
    v.pattern_list = static_cast<uint32_t>(block_list);
    verbs_.push_back(v);
    size_t e = verbs_.size() - 1;
    block.push_back(e);
    add_phrase(v.name, e);
    for (std::string_view w : BracedWords(b, open)) add_phrase(w, e);
  });
  SortPatterns(first_new);
}

}  // namespace herodotus::compat
