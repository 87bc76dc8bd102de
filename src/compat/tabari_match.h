// Internals of the legacy coder (src/compat): word and phrase matching with
// the old formats' semantics, the prepared sentence (live words, actor
// groups, clauses) and the pattern matcher. Not a public API; pure functions
// and per-sentence objects, thread-safe for const use.
#ifndef HERODOTUS_COMPAT_TABARI_MATCH_H_
#define HERODOTUS_COMPAT_TABARI_MATCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compat/tabari_dictionary.h"
#include "compat/tabari_text.h"

namespace herodotus::compat::internal {

// Pattern words take no endings (TABARI: KNOWN_ is not KNOWNED; PETRARCH:
// RESOLUTION is not RESOLUTIONS); stems still match as stems.
enum class Ctx { kNoun, kVerb, kPattern };
constexpr size_t kMaxGap = 3;  // words allowed between two space-separated dictionary words

inline bool WordMatches(const LegacyWord& lw, const std::string& w, Ctx ctx) {
  if (lw.mode == WordMode::kExact) return w == lw.text;
  if (ctx == Ctx::kPattern && lw.mode == WordMode::kRegular) return w == lw.text;
  if (w.size() < lw.text.size() || w.compare(0, lw.text.size(), lw.text) != 0) return false;
  if (lw.mode == WordMode::kStem) return true;
  std::string_view end = std::string_view(w).substr(lw.text.size());
  if (end.empty()) return true;
  bool noun = ctx != Ctx::kVerb, verb = ctx != Ctx::kNoun;
  if (noun && (end == "S" || end == "ES")) return true;
  if (verb && (end == "S" || end == "ES" || end == "ED" || end == "EN" || end == "ING")) return true;
  if (verb && end == "D" && lw.text.back() == 'E') return true;
  return false;
}

// Matches a dictionary phrase at tokens[i...]; returns the end (exclusive),
// 0 when it does not match. `usable(k)` says token k may take part.
template <typename Usable>
size_t MatchPhrase(const LegacyPhrase& p, const std::vector<LegacyToken>& t, size_t i, Ctx ctx, Usable usable) {
  size_t pos = i;
  for (size_t k = 0; k < p.words.size(); ++k) {
    bool last = k + 1 == p.words.size();
    size_t lo = pos, hi = pos;
    if (k > 0 && !p.adjacent[k - 1]) hi = pos + kMaxGap;
    bool found = false;
    for (size_t c = lo; c <= hi && c < t.size(); ++c) {
      if (t[c].kind != LegacyToken::kWord || !usable(c)) break;
      if (WordMatches(p.words[k], t[c].word, ctx) && (last || !t[c].possessive) &&
          !(ctx == Ctx::kVerb && t[c].possessive)) {
        pos = c + 1;
        found = true;
        break;
      }
      if (t[c].possessive) break;  // a possessive ends the phrase it is in
    }
    if (!found) return 0;
  }
  return pos;
}

// Characters of a phrase's words: on equal word counts the longer entry wins
// (ATTACKED over the stem ATTACK).
inline size_t PhraseChars(const LegacyPhrase& p) {
  size_t n = 0;
  for (const LegacyWord& w : p.words) n += w.text.size();
  return n;
}

// The candidate matching at tokens[i] with the most words, then the most
// characters (the first listed on a tie); null if none matches. Sets *end to
// the end of its match.
template <typename Usable>
const PhraseRef* LongestMatch(const std::vector<const PhraseRef*>& cands, const std::vector<LegacyToken>& t,
                              size_t i, Ctx ctx, Usable usable, size_t* end) {
  const PhraseRef* best = nullptr;
  size_t best_words = 0;
  *end = 0;
  for (const PhraseRef* c : cands) {
    size_t e = MatchPhrase(c->phrase, t, i, ctx, usable);
    if (e == 0) continue;
    if (c->phrase.words.size() > best_words ||
        (c->phrase.words.size() == best_words && PhraseChars(c->phrase) > PhraseChars(best->phrase))) {
      best = c;
      *end = e;
      best_words = c->phrase.words.size();
    }
  }
  return best;
}

inline bool IsWord(const LegacyToken& t, std::string_view w) { return t.kind == LegacyToken::kWord && t.word == w; }

inline bool IsDeterminer(const std::string& w) { return w == "THE" || w == "A" || w == "AN"; }

inline bool IsPronoun(const std::string& w) {
  return w == "HE" || w == "SHE" || w == "IT" || w == "THEY" || w == "HIM" || w == "HER" || w == "THEM";
}

inline std::vector<std::string> SplitCodes(const std::string& code) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= code.size()) {
    size_t slash = code.find('/', start);
    if (slash == std::string::npos) slash = code.size();
    if (slash > start) out.push_back(code.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

// Actor code + agent code ("~GOV" suffix, "NGO~" prefix); an agent the code
// already holds (at a three-letter boundary) is not added again.
inline std::string Compose(const std::string& actor, const std::string& agent) {
  if (agent.empty()) return actor;
  if (agent.front() == '~') {
    std::string suffix = agent.substr(1);
    if (suffix.empty()) return actor;
    for (size_t p = 3; p + suffix.size() <= actor.size(); p += 3)
      if (actor.compare(p, suffix.size(), suffix) == 0) return actor;
    return actor + suffix;
  }
  std::string prefix = agent.substr(0, agent.find('~'));
  if (actor.compare(0, prefix.size(), prefix) == 0) return actor;
  return prefix + actor;
}

struct Actor {
  size_t begin = 0, end = 0;  // tokens
  std::vector<std::string> codes;
  std::vector<std::string> base;  // the dictionary codes, before agents
  bool pronoun = false;
  std::string special;  // "###" or "+++"
};

struct Group {
  size_t begin = 0, end = 0;  // compact positions
  std::vector<std::string> codes;
  bool pronoun = false;
  std::string special;
};

struct Bindings {
  int source = -1, target = -1, compound = -1;
  std::vector<int> skipped;  // groups passed over by ^
};

struct SentenceState {
  std::vector<LegacyToken> t;   // live tokens (subordinate clauses removed)
  std::vector<size_t> orig;     // original index of each live token
  std::vector<Group> groups;
  std::vector<int> group_at;    // token → group index, -1
  std::vector<bool> noun;       // token inside a null-coded actor or an agent
  std::vector<int> clause;      // token → clause number
};

// Pattern matcher over the live tokens, backtracking over gaps.
class PatternMatcher {
 public:
  // Backtracking over gaps is bounded: after kMaxSteps tries a pattern
  // counts as not matching (a pattern of many common words on a long
  // sentence could otherwise take exponential time).
  static constexpr size_t kMaxSteps = 200000;
  explicit PatternMatcher(const SentenceState& s) : s_(s) {}
  void ResetBudget() const { steps_ = 0; }

  bool Forward(const std::vector<PatternItem>& items, size_t k, size_t pos, bool adjacent, Bindings* b) const {
    if (k == items.size()) return true;
    if (++steps_ > kMaxSteps) return false;
    const PatternItem& it = items[k];
    size_t hi = adjacent ? pos : s_.t.size() - 1;
    for (size_t p = pos; p <= hi && p < s_.t.size(); ++p) {
      if (it.kind == PatternItem::kWord) {
        if (WordOk(it.word, p) && Forward(items, k + 1, p + 1, it.adjacent_next, b)) return true;
      } else {
        int g = s_.group_at[p];
        if (g < 0 || s_.groups[g].begin != p || !SlotOk(it, g)) continue;
        Bindings saved = *b;
        Bind(it, g, b);
        if (Forward(items, k + 1, s_.groups[g].end, it.adjacent_next, b)) return true;
        *b = saved;
      }
    }
    return false;
  }

  // Items before the verb, matched from the last one backwards; `pos` is the
  // last usable position + 1.
  bool Backward(const std::vector<PatternItem>& items, size_t k, size_t pos, bool adjacent, Bindings* b) const {
    if (k == 0) return true;
    if (++steps_ > kMaxSteps) return false;
    const PatternItem& it = items[k - 1];
    if (pos == 0) return false;
    size_t lo = adjacent ? pos - 1 : 0;
    for (size_t p1 = pos; p1 > lo; --p1) {
      size_t p = p1 - 1;
      bool adj_prev = k >= 2 && items[k - 2].adjacent_next;
      if (it.kind == PatternItem::kWord) {
        if (WordOk(it.word, p) && Backward(items, k - 1, p, adj_prev, b)) return true;
      } else {
        int g = s_.group_at[p];
        if (g < 0 || s_.groups[g].end != p + 1 || !SlotOk(it, g)) continue;
        Bindings saved = *b;
        Bind(it, g, b);
        if (Backward(items, k - 1, s_.groups[g].begin, adj_prev, b)) return true;
        *b = saved;
      }
    }
    return false;
  }

 private:
  bool WordOk(const LegacyWord& w, size_t p) const {
    const LegacyToken& t = s_.t[p];
    return t.kind == LegacyToken::kWord && s_.group_at[p] < 0 && !t.possessive &&
           WordMatches(w, t.word, Ctx::kPattern);
  }
  bool SlotOk(const PatternItem& it, int g) const {
    const Group& gr = s_.groups[g];
    if (it.kind == PatternItem::kSkip) return true;
    if (!gr.special.empty() || gr.codes.empty()) return false;
    if (it.kind == PatternItem::kCompound) return gr.codes.size() >= 2;
    return true;
  }
  static void Bind(const PatternItem& it, int g, Bindings* b) {
    if (it.kind == PatternItem::kSource) b->source = g;
    else if (it.kind == PatternItem::kTarget) b->target = g;
    else if (it.kind == PatternItem::kCompound) b->compound = g;
    else if (it.kind == PatternItem::kSkip) b->skipped.push_back(g);
  }
  const SentenceState& s_;
  mutable size_t steps_ = 0;
};

// Marks actors, agents, compounds, dropped comma clauses and clauses of one
// sentence (TABARI's rules, see tabari_coder.h); `conjunctions` counts the
// conjunctions outside compounds (COMPLEX CONJ[n]).
void PrepareSentence(const TabariDictionary& d, int32_t date, const LegacySentence& sent, SentenceState* s,
                     size_t* conjunctions);

}  // namespace herodotus::compat::internal

#endif  // HERODOTUS_COMPAT_TABARI_MATCH_H_
