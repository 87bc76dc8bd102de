// TABARI dictionary reader: actors, agents, verbs (synsets, verb forms,
// patterns) and options, kept in TABARI's own terms.
#include "compat/tabari_dictionary.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace herodotus::compat {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits text into lines, dropping '\r'.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  uint32_t n = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++n;
    if (!(nl == text.size() && line.empty())) f(n, line);
    pos = nl + 1;
  }
}

// Text before a ';' comment.
std::string_view StripComment(std::string_view line) {
  size_t semi = line.find(';');
  return semi == std::string_view::npos ? line : line.substr(0, semi);
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "[CODE restriction]" contents → DatedCode; false and a reason when unreadable.
bool ParseCodeBlock(std::string_view inside, DatedCode* out, std::string* reason) {
  inside = Trim(inside);
  size_t sp = 0;
  while (sp < inside.size() && !std::isspace(static_cast<unsigned char>(inside[sp])) && inside[sp] != '<' &&
         inside[sp] != '>')
    ++sp;
  std::string code = Upper(inside.substr(0, sp));
  std::string rest;
  for (char c : inside.substr(sp))
    if (!std::isspace(static_cast<unsigned char>(c))) rest += c;
  if (code.empty() || std::isdigit(static_cast<unsigned char>(code[0]))) {
    *reason = "code block without a code: [" + std::string(inside) + "]";
    return false;
  }
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '~' && c != '/' && c != '-' && c != '#' && c != '+' &&
        c != '!' && c != '?' && c != ':' && c != '_') {
      *reason = "unreadable code: [" + std::string(inside) + "]";
      return false;
    }
  }
  out->code = code;
  out->from = out->to = 0;
  if (rest.empty()) return true;
  if (rest[0] == '<' || rest[0] == '>') {
    int32_t d = ParseLegacyDate(rest.substr(1));
    if (d == 0) {
      *reason = "unreadable date in [" + std::string(inside) + "]";
      return false;
    }
    // TABARI: "<D" before D, ">D" from D on.
    if (rest[0] == '<') out->to = d - 1;
    else out->from = d;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    *reason = "unreadable date restriction in [" + std::string(inside) + "]";
    return false;
  }
  int32_t a = ParseLegacyDate(rest.substr(0, dash)), b = ParseLegacyDate(rest.substr(dash + 1));
  if (a == 0 || b == 0) {
    *reason = "unreadable date range in [" + std::string(inside) + "]";
    return false;
  }
  out->from = a;
  out->to = b;
  return true;
}

// Finds every "[...]" in s (comment already removed).
std::vector<std::string_view> Brackets(std::string_view s, std::string_view* before) {
  std::vector<std::string_view> out;
  size_t open = s.find('[');
  *before = Trim(s.substr(0, open == std::string_view::npos ? s.size() : open));
  while (open != std::string_view::npos) {
    size_t close = s.find(']', open);
    if (close == std::string_view::npos) {
      out.push_back(s.substr(open + 1));
      break;
    }
    out.push_back(s.substr(open + 1, close - open - 1));
    open = s.find('[', close);
  }
  return out;
}

// Expands "{ A | B }" alternatives textually (cartesian product, capped).
std::vector<std::string> ExpandAlternatives(const std::string& s, size_t cap) {
  size_t open = s.find('{');
  if (open == std::string::npos) return {s};
  size_t close = s.find('}', open);
  if (close == std::string::npos) return {s.substr(0, open) + s.substr(open + 1)};
  std::string head = s.substr(0, open), tail = s.substr(close + 1);
  std::string inner = s.substr(open + 1, close - open - 1);
  std::vector<std::string> options;
  size_t start = 0;
  while (true) {
    size_t bar = inner.find('|', start);
    std::string opt(Trim(std::string_view(inner).substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    options.push_back(opt);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  std::vector<std::string> out;
  for (const std::string& rest : ExpandAlternatives(tail, cap)) {
    for (const std::string& o : options) {
      if (out.size() >= cap) return out;
      out.push_back(head + o + rest);
    }
  }
  return out;
}

// Characters of a pattern without blanks and '_'; a synset reference counts
// as one, so a literal word outranks a synset of the same length.
size_t Weight(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '&') {
      while (i + 1 < s.size() && (std::isalnum(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '-')) ++i;
      ++n;
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '_') ++n;
  }
  return n;
}

}  // namespace

int32_t ParseLegacyDate(std::string_view s) {
  s = Trim(s);
  if (!IsDigits(s) || (s.size() != 6 && s.size() != 8)) return 0;
  int32_t v = std::stoi(std::string(s));
  int32_t year, md;
  if (s.size() == 6) {
    int32_t yy = v / 10000;
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    md = v % 10000;
  } else {
    year = v / 10000;
    md = v % 10000;
  }
  if (md / 100 < 1 || md / 100 > 12 || md % 100 < 1 || md % 100 > 31) return 0;
  return year * 10000 + md;
}

bool ParseLegacyPhrase(std::string_view text, LegacyPhrase* out, WordMode plain) {
  out->words.clear();
  out->adjacent.clear();
  std::string s = Upper(Trim(text));
  size_t i = 0;
  bool after_space = true;
  while (i < s.size()) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      after_space = true;
      ++i;
      continue;
    }
    if (s[i] == '_') {
      // A leading underscore ties the word to the previous one.
      if (after_space && !out->words.empty()) out->adjacent.back() = true;
      after_space = false;
      ++i;
      continue;
    }
    after_space = false;
    size_t j = i;
    // An inner hyphen ("BARAD-DUR") ties two words, as the text splitter splits them.
    auto inner_hyphen = [&](size_t k) {
      return s[k] == '-' && k > i && std::isalnum(static_cast<unsigned char>(s[k - 1])) && k + 1 < s.size() &&
             std::isalnum(static_cast<unsigned char>(s[k + 1]));
    };
    while (j < s.size() && s[j] != '_' && !std::isspace(static_cast<unsigned char>(s[j])) && !inner_hyphen(j)) ++j;
    std::string w = s.substr(i, j - i);
    bool hyphen = j < s.size() && inner_hyphen(j);
    i = hyphen ? j + 1 : j;
    LegacyWord lw;
    lw.mode = plain;
    bool stem_mark = false;
    while (!w.empty() && (w.back() == '=' || w.back() == '~')) {
      if (w.back() == '=') lw.mode = WordMode::kExact;
      else {
        stem_mark = true;
        lw.mode = WordMode::kStem;
      }
      w.pop_back();
    }
    if (w.empty()) continue;
    bool underscore = j < s.size() && s[j] == '_';
    if (lw.mode != WordMode::kExact && underscore && !stem_mark) lw.mode = WordMode::kRegular;
    lw.text = w;
    out->words.push_back(lw);
    out->adjacent.push_back(hyphen);
    if (underscore) {
      size_t k = j;
      while (k < s.size() && s[k] == '_') ++k;
      if (k < s.size() && !std::isspace(static_cast<unsigned char>(s[k]))) out->adjacent.back() = true;
    }
  }
  if (!out->words.empty()) out->adjacent.resize(out->words.size() - 1);
  return !out->words.empty();
}

std::string ActorEntry::CodeOn(int32_t date) const {
  for (const DatedCode& c : codes) {
    if (c.from == 0 && c.to == 0) continue;
    if (date == 0) continue;
    if ((c.from == 0 || date >= c.from) && (c.to == 0 || date <= c.to)) return c.code;
  }
  for (const DatedCode& c : codes)
    if (c.from == 0 && c.to == 0) return c.code;
  return "";
}

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
    std::string up = Upper(line);
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
  for (const std::string& alt : ExpandAlternatives(Upper(body), kMaxVariants)) {
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
    std::string up = Upper(line);
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

bool TabariDictionary::ApplyOption(std::string_view raw) {
  std::string up = Upper(Trim(StripComment(raw)));
  if (up.rfind("COMPLEX:", 0) == 0) {
    auto num = [&](const char* key) {
      size_t k = up.find(key);
      if (k == std::string::npos) return 0;
      size_t open = up.find('[', k);
      if (open == std::string::npos) return 0;
      int v = 0;
      for (size_t i = open + 1; i < up.size() && std::isdigit(static_cast<unsigned char>(up[i])) && v < 1000; ++i)
        v = v * 10 + (up[i] - '0');
      return v;
    };
    options_.complex_verbs = num("VERBS");
    options_.complex_conj = num("CONJ");
    options_.no_actor_prior = up.find("NOACTPRIOR") != std::string::npos;
    return true;
  }
  auto int_after = [&](const std::string& key, int* out) {
    size_t k = up.find(key);
    if (k == std::string::npos) return false;
    size_t eq = up.find('=', k + key.size());
    if (eq == std::string::npos) return false;
    size_t i = eq + 1;
    while (i < up.size() && up[i] == ' ') ++i;
    int v = 0;
    bool any = false;
    for (; i < up.size() && std::isdigit(static_cast<unsigned char>(up[i])) && v < 100000; ++i) {
      v = v * 10 + (up[i] - '0');
      any = true;
    }
    if (any) *out = v;
    return any;
  };
  if (up.rfind("SET:", 0) == 0 && up.find("CONVERT AGENT") != std::string::npos) {
    options_.convert_agents = up.find("TRUE") != std::string::npos;
    return true;
  }
  if (up.rfind("SET:", 0) == 0 && up.find("MINIMUM WORDS") != std::string::npos)
    return int_after("MINIMUM WORDS", &options_.minimum_words);
  // PETRARCH <Config option="name" value="v"> as "NAME = V".
  if (up.rfind("REQUIRE_DYAD", 0) == 0) {
    options_.require_dyad = up.find("TRUE") != std::string::npos;
    return true;
  }
  if (up.rfind("COMMA_", 0) == 0) {
    static const std::pair<const char*, int TabariOptions::*> kKeys[] = {
        {"COMMA_MIN", &TabariOptions::comma_min},   {"COMMA_MAX", &TabariOptions::comma_max},
        {"COMMA_EMIN", &TabariOptions::comma_emin}, {"COMMA_EMAX", &TabariOptions::comma_emax},
        {"COMMA_BMIN", &TabariOptions::comma_bmin}, {"COMMA_BMAX", &TabariOptions::comma_bmax}};
    std::string key(Trim(std::string_view(up).substr(0, up.find('='))));
    for (const auto& [name, field] : kKeys) {
      if (key == name) {
        options_.comma = true;
        return int_after(name, &(options_.*field));
      }
    }
    return false;
  }
  if (up.rfind("COMMA:", 0) == 0) {
    if (up.find("OFF") != std::string::npos) {
      options_.comma = false;
      return true;
    }
    options_.comma = true;
    int_after(" MIN", &options_.comma_min);
    int_after(" MAX", &options_.comma_max);
    int_after("EMIN", &options_.comma_emin);
    int_after("EMAX", &options_.comma_emax);
    int_after("BMIN", &options_.comma_bmin);
    int_after("BMAX", &options_.comma_bmax);
    return true;
  }
  if (up.rfind("DEFAULT:", 0) == 0) {
    if (up.find("OFF") != std::string::npos) {
      options_.default_source.clear();
      options_.default_target.clear();
      options_.default_prior = options_.default_after = false;
      return true;
    }
    auto code_after = [&](const char* key, std::string* out) {
      size_t k = up.find(key);
      if (k == std::string::npos) return;
      size_t open = up.find('[', k), close = up.find(']', k);
      if (open == std::string::npos || close == std::string::npos || close < open) return;
      *out = std::string(Trim(std::string_view(up).substr(open + 1, close - open - 1)));
    };
    code_after("SOURCE", &options_.default_source);
    code_after("TARGET", &options_.default_target);
    options_.default_prior = up.find("PRIOR") != std::string::npos;
    options_.default_after = up.find("AFTER") != std::string::npos;
    return true;
  }
  return false;
}

void TabariDictionary::AddOptions(std::string_view file, std::string_view text) {
  (void)file;
  ForEachLine(text, [&](uint32_t, std::string_view raw) {
    std::string_view line = Trim(raw);
    if (line.empty() || line.substr(0, 2) == "//") return;
    ApplyOption(line);  // unknown options are TABARI output/interface settings
  });
}

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
  options_.pattern_endings = true;
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
    std::string up = Upper(Trim(raw));
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
    if (open != std::string_view::npos) {
      size_t close = b.find('}', open);
      std::string_view inner = b.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
      size_t i = 0;
      while (i < inner.size()) {
        while (i < inner.size() && std::isspace(static_cast<unsigned char>(inner[i]))) ++i;
        size_t j = i;
        while (j < inner.size() && !std::isspace(static_cast<unsigned char>(inner[j]))) ++j;
        if (j > i) names.emplace_back(inner.substr(i, j - i));
        i = j;
      }
    }
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
    std::string up = Upper(Trim(raw));
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
    if (open != std::string_view::npos) {
      size_t close = b.find('}', open);
      std::string_view inner = b.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
      size_t i = 0;
      while (i < inner.size()) {
        while (i < inner.size() && std::isspace(static_cast<unsigned char>(inner[i]))) ++i;
        size_t j = i;
        while (j < inner.size() && !std::isspace(static_cast<unsigned char>(inner[j]))) ++j;
        if (j > i) add_phrase(inner.substr(i, j - i), e);
        i = j;
      }
    }
  });
  SortPatterns(first_new);
}

}  // namespace herodotus::compat
