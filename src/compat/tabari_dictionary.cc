// TABARI dictionary reader: actors, agents, verbs (synsets, verb forms,
// patterns), kept in TABARI's own terms; the phrase indexes both formats use.
#include "compat/tabari_dictionary.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "compat/legacy_text_util.h"
#include "util/ascii.h"

namespace herodotus::compat {

using internal::Brackets;
using internal::ExpandAlternatives;
using internal::ForEachLine;
using internal::ParseCodeBlock;
using internal::StripComment;
using internal::Trim;
using internal::Weight;

void TabariDictionary::Report(std::string_view file, uint32_t line, std::string reason) {
  diags_.push_back({std::string(file), line, std::move(reason)});
}

void TabariDictionary::AddPhrase(Index* index, const LegacyPhrase& p, uint32_t entry) {
  (*index)[p.words[0].text].push_back({p, entry});
}

void TabariDictionary::Candidates(const Index& index, std::string_view word,
                                  std::vector<const PhraseRef*>* out) {
  out->clear();
  std::string key;
  for (size_t len = 1; len <= word.size(); ++len) {
    key.assign(word.substr(0, len));
    auto it = index.find(key);
    if (it == index.end()) continue;
    for (const PhraseRef& r : it->second) out->push_back(&r);
  }
}

void TabariDictionary::DiscardCandidates(std::string_view w, std::vector<const PhraseRef*>* out) const {
  Candidates(discard_index_, w, out);
}
void TabariDictionary::ActorCandidates(std::string_view w, std::vector<const PhraseRef*>* out) const {
  Candidates(actor_index_, w, out);
}
void TabariDictionary::AgentCandidates(std::string_view w, std::vector<const PhraseRef*>* out) const {
  Candidates(agent_index_, w, out);
}
void TabariDictionary::VerbCandidates(std::string_view w, std::vector<const PhraseRef*>* out) const {
  Candidates(verb_index_, w, out);
}

void TabariDictionary::AddActors(std::string_view file, std::string_view text) {
  enum { kEntries, kNouns, kAdjectives } section = kEntries;
  std::vector<LegacyPhrase> pending;  // names of the entry being read
  ActorEntry entry;
  uint32_t entry_line = 0;
  auto finish = [&] {
    if (!pending.empty()) {
      if (entry.codes.empty()) {
        Report(file, entry_line, "actor without a code");
      } else {
        // Undated codes go last so dated ones are tried first.
        std::stable_partition(entry.codes.begin(), entry.codes.end(),
                              [](const DatedCode& c) { return c.from != 0 || c.to != 0; });
        uint32_t id = static_cast<uint32_t>(actors_.size());
        actors_.push_back(entry);
        for (const LegacyPhrase& p : pending) {
          AddPhrase(&actor_index_, p, id);
          ++actor_phrases_;
        }
      }
    }
    pending.clear();
    entry = ActorEntry();
  };
  ForEachLine(text, [&](uint32_t n, std::string_view raw) {
    std::string_view line = Trim(StripComment(raw));
    if (line.empty() || line[0] == '#') return;
    if (line.substr(0, 2) == "~~") {
      finish();
      return;
    }
    std::string up = AsciiUpper(line);
    if (up == "<NOUN>") { finish(); section = kNouns; return; }
    if (up == "<ADJECTIVE>") { finish(); section = kAdjectives; return; }
    if (up == "</NOUN>" || up == "</ADJECTIVE>") { section = kEntries; return; }
    if (section != kEntries) {
      std::string w(Trim(std::string_view(up).substr(0, up.find_first_of(" \t"))));
      while (!w.empty() && (w.back() == '_' || w.back() == '=')) w.pop_back();
      if (w.empty()) return;
      (section == kNouns ? nouns_ : adjectives_)[w] = 1;
      return;
    }
    std::string_view before;
    std::vector<std::string_view> blocks = Brackets(line, &before);
    bool continuation = std::isspace(static_cast<unsigned char>(raw[0])) || line[0] == '[' || line[0] == '+';
    if (!continuation || (line[0] != '[' && line[0] != '+')) {
      // A new entry: NAME [CODE]... or NAME alone (codes follow).
      if (line[0] != '[' && line[0] != '+') {
        finish();
        LegacyPhrase p;
        if (!ParseLegacyPhrase(before, &p, default_mode_)) {
          Report(file, n, "actor line without a name");
          return;
        }
        pending.push_back(p);
        entry_line = n;
      }
    }
    if (line[0] == '+') {
      if (pending.empty()) {
        Report(file, n, "synonym outside an actor entry");
        return;
      }
      LegacyPhrase p;
      if (ParseLegacyPhrase(before.substr(1), &p, default_mode_)) pending.push_back(p);
      else Report(file, n, "empty synonym");
    } else if (line[0] == '[' && pending.empty()) {
      Report(file, n, "code outside an actor entry");
      return;
    }
    for (std::string_view b : blocks) {
      DatedCode c;
      std::string reason;
      if (ParseCodeBlock(b, &c, &reason)) entry.codes.push_back(c);
      else Report(file, n, reason);
    }
  });
  finish();
}

void TabariDictionary::AddAgents(std::string_view file, std::string_view text) {
  bool skip_section = false;
  ForEachLine(text, [&](uint32_t n, std::string_view raw) {
    std::string_view line = Trim(StripComment(raw));
    if (line.empty() || line[0] == '#' || line.substr(0, 2) == "~~") return;
    if (line[0] == '<') {
      skip_section = line[1] != '/';
      return;
    }
    if (skip_section) return;
    std::string_view before;
    std::vector<std::string_view> blocks = Brackets(line, &before);
    LegacyPhrase p;
    if (blocks.empty() || !ParseLegacyPhrase(before, &p, default_mode_)) {
      Report(file, n, "agent line without a phrase and a [code]");
      return;
    }
    DatedCode c;
    std::string reason;
    if (!ParseCodeBlock(blocks[0], &c, &reason) || c.code.find('~') == std::string::npos) {
      Report(file, n, reason.empty() ? "agent code without ~" : reason);
      return;
    }
    uint32_t id = static_cast<uint32_t>(agents_.size());
    agents_.push_back(c.code);
    AddPhrase(&agent_index_, p, id);
    ++agent_phrases_;
  });
}

std::vector<std::string> TabariDictionary::ExpandSynsets(const std::string& s, int depth, size_t* budget) const {
  size_t amp = s.find('&');
  if (amp == std::string::npos || depth > 4 || *budget == 0) return {s};
  --*budget;  // bounds the work of nested synsets, whatever their sizes
  size_t end = amp + 1;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-')) ++end;
  std::string name = s.substr(amp, end - amp);
  auto it = synsets_.find(name);
  std::string head = s.substr(0, amp), tail = s.substr(end);
  std::vector<std::string> out;
  if (it == synsets_.end()) {
    // Unknown synset: kept as a word that matches nothing.
    return {head + "&" + name.substr(1) + "=" + tail};
  }
  for (const std::string& m : it->second) {
    for (const std::string& e : ExpandSynsets(head + m + tail, depth + 1, budget)) {
      if (out.size() >= kMaxVariants) return out;
      out.push_back(e);
    }
  }
  return out;
}

void TabariDictionary::SortPatterns(size_t first_list) {
  for (size_t i = first_list; i < pattern_lists_.size(); ++i) {
    std::stable_sort(pattern_lists_[i].begin(), pattern_lists_[i].end(),
                     [](const VerbPattern& a, const VerbPattern& b) { return a.weight > b.weight; });
  }
}

void TabariDictionary::AddPattern(std::string_view file, uint32_t line, std::string_view body, std::string code,
                                  size_t list) {
  std::vector<VerbPattern>& patterns = pattern_lists_[list];
  if (std::count(body.begin(), body.end(), '{') > 8) {
    Report(file, line, "more than 8 sets of alternatives: " + std::string(body.substr(0, 80)));
    return;
  }
  size_t budget = 4 * kMaxVariants;
  for (const std::string& alt : ExpandAlternatives(AsciiUpper(body), kMaxVariants)) {
    size_t weight = Weight(alt);
    for (const std::string& text : ExpandSynsets(alt, 0, &budget)) {
      // Split at the verb marker '*'.
      size_t star = text.find('*');
      if (star == std::string::npos || text.find('*', star + 1) != std::string::npos) {
        Report(file, line, "pattern needs exactly one *: " + std::string(body));
        return;
      }
      VerbPattern p;
      p.code = code;
      p.weight = weight;
      p.text = std::string(Trim(body));
      WordMode mode = default_mode_;
      auto parse_side = [mode](std::string side, std::vector<PatternItem>* items) {
        // Slot markers become words first so ParseLegacyPhrase keeps the links.
        for (char& c : side) {
          if (c == '+') c = '\x01';
          else if (c == '$') c = '\x02';
          else if (c == '%') c = '\x03';
          else if (c == '^') c = '\x04';
        }
        LegacyPhrase ph;
        if (!ParseLegacyPhrase(side, &ph, mode)) return;
        for (size_t i = 0; i < ph.words.size(); ++i) {
          PatternItem it;
          const std::string& w = ph.words[i].text;
          if (w == "\x01") it.kind = PatternItem::kTarget;
          else if (w == "\x02") it.kind = PatternItem::kSource;
          else if (w == "\x03") it.kind = PatternItem::kCompound;
          else if (w == "\x04") it.kind = PatternItem::kSkip;
          else it.word = ph.words[i];
          if (i + 1 < ph.words.size()) it.adjacent_next = ph.adjacent[i];
          items->push_back(it);
        }
      };
      std::string left = text.substr(0, star), right = text.substr(star + 1);
      // "WORD_*" and "*_WORD" tie the word to the verb; "WORD_ *" does not.
      p.before_adjacent = !left.empty() && left.back() == '_';
      p.after_adjacent = !right.empty() && right.front() == '_';
      parse_side(left, &p.before);
      parse_side(right, &p.after);
      if (p.before.empty() && p.after.empty()) {
        Report(file, line, "pattern without words: " + std::string(body));
        return;
      }
      patterns.push_back(std::move(p));
      ++patterns_;
    }
  }
}

void TabariDictionary::AddVerbs(std::string_view file, std::string_view text) {
  enum { kVerbs, kSynsets, kTime, kSkip } section = kVerbs;
  std::string synset;
  bool have_verb = false;
  size_t first_new = pattern_lists_.size();
  ForEachLine(text, [&](uint32_t n, std::string_view raw) {
    std::string_view line = Trim(StripComment(raw));
    if (line.empty() || line[0] == '#' || line.substr(0, 2) == "~~") return;
    std::string up = AsciiUpper(line);
    if (up == "<SYNSETS>") { section = kSynsets; return; }
    if (up == "</SYNSETS>" || up == "</TIME>" || up == "</NOUN>" || up == "</ADJECTIVE>") {
      section = kVerbs;
      return;
    }
    if (up == "<TIME>") { section = kTime; return; }
    if (up[0] == '<') { section = kSkip; return; }
    if (section == kSkip) return;
    if (section == kTime) {
      // Time shifts are not applied; a time phrase coded ### discards the
      // sentence and +++ makes it complex, as in TABARI.
      if (up[0] == '-') return;
      std::string_view before;
      std::vector<std::string_view> blocks = Brackets(up, &before);
      LegacyPhrase p;
      if (blocks.empty() || !ParseLegacyPhrase(before, &p, default_mode_)) {
        Report(file, n, "unreadable time phrase");
        return;
      }
      std::string code(Trim(blocks.back()));
      if (code == "###") AddPhrase(&discard_index_, p, 0);
      else if (code == "+++") AddPhrase(&discard_index_, p, 1);
      return;
    }
    if (section == kSynsets) {
      if (up[0] == '&') {
        synset = std::string(Trim(std::string_view(up).substr(0, up.find_first_of(" \t"))));
        synsets_[synset];
      } else if (up[0] == '+' && !synset.empty()) {
        synsets_[synset].push_back(std::string(Trim(std::string_view(up).substr(1))));
      } else {
        Report(file, n, "unreadable synset line");
      }
      return;
    }
    if (up[0] == '{') {
      if (!have_verb) {
        Report(file, n, "verb forms outside a verb entry");
        return;
      }
      size_t close = up.find('}');
      std::string inner = up.substr(1, close == std::string::npos ? std::string::npos : close - 1);
      size_t i = 0;
      while (i < inner.size()) {
        while (i < inner.size() && std::isspace(static_cast<unsigned char>(inner[i]))) ++i;
        size_t j = i;
        while (j < inner.size() && !std::isspace(static_cast<unsigned char>(inner[j]))) ++j;
        LegacyPhrase p;
        if (j > i && ParseLegacyPhrase(std::string_view(inner).substr(i, j - i), &p, default_mode_))
          AddPhrase(&verb_index_, p, static_cast<uint32_t>(verbs_.size() - 1));
        i = j;
      }
      return;
    }
    std::string_view before;
    std::vector<std::string_view> blocks = Brackets(up, &before);
    if (blocks.empty()) {
      Report(file, n, "line without a [code]");
      return;
    }
    std::string code(Trim(blocks.back()));
    if (code.empty()) {
      Report(file, n, "empty [code]");
      return;
    }
    if (up[0] == '-') {
      if (!have_verb) {
        Report(file, n, "pattern outside a verb entry");
        return;
      }
      AddPattern(file, n, before.substr(1), code, verbs_.back().pattern_list);
      return;
    }
    LegacyPhrase p;
    if (!ParseLegacyPhrase(before, &p, default_mode_)) {
      Report(file, n, "verb line without a verb");
      return;
    }
    VerbEntry v;
    v.code = code;
    v.name = std::string(before);
    v.pattern_list = static_cast<uint32_t>(pattern_lists_.size());
    pattern_lists_.emplace_back();
    verbs_.push_back(std::move(v));
    AddPhrase(&verb_index_, p, static_cast<uint32_t>(verbs_.size() - 1));
    have_verb = true;
  });
  SortPatterns(first_new);
}

}  // namespace herodotus::compat
