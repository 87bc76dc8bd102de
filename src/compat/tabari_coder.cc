// TABARI's shallow coding rules over TabariDictionary (see tabari_coder.h).
#include "compat/tabari_coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <tuple>

#include "compat/tabari_text.h"

namespace herodotus::compat {
namespace {

// kPatternExact: TABARI pattern words ending in '_' take no endings
// (KNOWN_ is not KNOWNED); PETRARCH pattern words do (kPattern).
enum class Ctx { kNoun, kVerb, kPattern, kPatternExact };
constexpr size_t kMaxGap = 3;  // words allowed between two space-separated dictionary words

bool WordMatches(const LegacyWord& lw, const std::string& w, Ctx ctx) {
  if (lw.mode == WordMode::kExact) return w == lw.text;
  if (ctx == Ctx::kPatternExact && lw.mode == WordMode::kRegular) return w == lw.text;
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
size_t PhraseChars(const LegacyPhrase& p) {
  size_t n = 0;
  for (const LegacyWord& w : p.words) n += w.text.size();
  return n;
}

bool IsWord(const LegacyToken& t, std::string_view w) { return t.kind == LegacyToken::kWord && t.word == w; }

bool IsDeterminer(const std::string& w) { return w == "THE" || w == "A" || w == "AN"; }

bool IsPronoun(const std::string& w) {
  return w == "HE" || w == "SHE" || w == "IT" || w == "THEY" || w == "HIM" || w == "HER" || w == "THEM";
}

std::vector<std::string> SplitCodes(const std::string& code) {
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
std::string Compose(const std::string& actor, const std::string& agent) {
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
  PatternMatcher(const SentenceState& s, bool exact) : s_(s), exact_(exact) {}

  bool Forward(const std::vector<PatternItem>& items, size_t k, size_t pos, bool adjacent, Bindings* b) const {
    if (k == items.size()) return true;
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
           WordMatches(w, t.word, exact_ ? Ctx::kPatternExact : Ctx::kPattern);
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
  bool exact_;
};

class SentenceCoder {
 public:
  SentenceCoder(const TabariDictionary& d, int32_t date) : d_(d), date_(date) {}

  // Returns false when the sentence is discarded or complex (no events).
  bool Code(const LegacySentence& sent, size_t index, std::vector<LegacyEvent>* out, LegacyCodeStats* stats);

 private:
  std::vector<Actor> FindActors(const std::vector<LegacyToken>& t, std::vector<bool>* noun) const;
  void Prepare(const LegacySentence& sent);
  void Emit(const std::vector<std::string>& src, const std::vector<std::string>& tgt, const std::string& code,
            size_t index, size_t verb_begin, size_t verb_end, const std::string& pattern);

  const TabariDictionary& d_;
  int32_t date_;
  SentenceState s_;
  std::vector<LegacyEvent> events_;
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  std::vector<std::string> conj_words_;
  size_t conjunctions_ = 0;
};

std::vector<Actor> SentenceCoder::FindActors(const std::vector<LegacyToken>& t, std::vector<bool>* noun) const {
  std::vector<Actor> actors;
  std::vector<const PhraseRef*> cands;
  noun->assign(t.size(), false);
  std::vector<bool> used(t.size(), false);
  auto free_tok = [&](size_t k) { return !used[k]; };
  // Actors, longest phrase first at each word.
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != LegacyToken::kWord) continue;
    d_.ActorCandidates(t[i].word, &cands);
    size_t best_end = 0, best_words = 0;
    const PhraseRef* best = nullptr;
    for (const PhraseRef* c : cands) {
      size_t end = MatchPhrase(c->phrase, t, i, Ctx::kNoun, free_tok);
      if (end == 0) continue;
      size_t words = c->phrase.words.size();
      if (words > best_words ||
          (words == best_words && (end < best_end || (end == best_end && PhraseChars(c->phrase) > PhraseChars(best->phrase))))) {
        best = c;
        best_end = end;
        best_words = words;
      }
    }
    if (best == nullptr) {
      if (IsPronoun(t[i].word) && !t[i].possessive) {
        Actor a;
        a.begin = i;
        a.end = i + 1;
        a.pronoun = true;
        actors.push_back(a);
        used[i] = true;
      }
      continue;
    }
    std::string code = d_.actor(best->entry).CodeOn(date_);
    for (size_t k = i; k < best_end; ++k) used[k] = true;
    if (code.empty() || code == "---") {
      for (size_t k = i; k < best_end; ++k) (*noun)[k] = true;  // TABARI: a null-coded actor is a noun
    } else {
      Actor a;
      a.begin = i;
      a.end = best_end;
      if (code == "###" || code == "+++") a.special = code;
      else a.codes = SplitCodes(code);
      actors.push_back(a);
    }
    i = best_end - 1;
  }
  // Agents on the words left, joined to the actor next to them.
  struct Agent {
    size_t begin, end;
    std::string code;
  };
  std::vector<Agent> agents;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != LegacyToken::kWord || used[i]) continue;
    d_.AgentCandidates(t[i].word, &cands);
    size_t best_end = 0, best_words = 0;
    const PhraseRef* best = nullptr;
    for (const PhraseRef* c : cands) {
      size_t end = MatchPhrase(c->phrase, t, i, Ctx::kNoun, free_tok);
      if (end == 0) continue;
      if (c->phrase.words.size() > best_words ||
          (c->phrase.words.size() == best_words && PhraseChars(c->phrase) > PhraseChars(best->phrase))) {
        best = c;
        best_end = end;
        best_words = c->phrase.words.size();
      }
    }
    if (best == nullptr) continue;
    for (size_t k = i; k < best_end; ++k) used[k] = true;
    agents.push_back({i, best_end, d_.agent_code(best->entry)});
    i = best_end - 1;
  }
  std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) { return a.begin < b.begin; });
  for (const Agent& ag : agents) {
    Actor* host = nullptr;
    for (Actor& a : actors)
      if (!a.pronoun && a.special.empty() && a.end == ag.begin) host = &a;
    if (host != nullptr) {
      host->end = ag.end;
    } else {
      size_t j = ag.end;
      if (j < t.size() && (IsWord(t[j], "OF") || IsWord(t[j], "IN") || IsWord(t[j], "FROM"))) ++j;
      if (j < t.size() && IsWord(t[j], "THE")) ++j;
      for (Actor& a : actors)
        if (!a.pronoun && a.special.empty() && a.begin == j) host = &a;
      if (host != nullptr) host->begin = ag.begin;
    }
    // TABARI: FORMER before the agent or its actor makes the agent an elite (~ELI).
    std::string code = ag.code;
    auto former = [&](size_t k) { return k > 0 && IsWord(t[k - 1], "FORMER"); };
    if (former(ag.begin) || (host != nullptr && former(host->begin))) code = "~ELI";
    if (host != nullptr) {
      for (std::string& c : host->codes) c = Compose(c, code);
      // PETRARCH: "ambassadors of A, B and C" gives the agent to every member.
      if (d_.options().agents_over_compounds && host->begin == ag.begin) {
        size_t end = host->end;
        for (Actor& next : actors) {
          if (next.begin < end || next.pronoun || !next.special.empty()) continue;
          bool joined = true;
          for (size_t k = end; k < next.begin && joined; ++k)
            joined = t[k].kind == LegacyToken::kComma ||
                     (t[k].kind == LegacyToken::kWord && (t[k].word == "AND" || IsDeterminer(t[k].word)));
          if (!joined || next.begin == end) break;
          for (std::string& c : next.codes) c = Compose(c, code);
          end = next.end;
        }
      }
    } else if (d_.options().convert_agents || d_.options().unknown_actor_agents) {
      Actor a;
      a.begin = ag.begin;
      a.end = ag.end;
      a.codes = {d_.options().convert_agents ? ag.code : Compose("---", ag.code)};
      actors.push_back(a);
    } else {
      for (size_t k = ag.begin; k < ag.end; ++k) (*noun)[k] = true;
    }
  }
  std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) { return a.begin < b.begin; });
  return actors;
}

void SentenceCoder::Prepare(const LegacySentence& sent) {
  const std::vector<LegacyToken>& t = sent.tokens;
  std::vector<bool> noun;
  std::vector<Actor> actors = FindActors(t, &noun);
  // Compounds: actors joined by AND/NOR/commas with determiners and adjectives.
  std::vector<bool> joined_comma(t.size(), false);
  std::vector<std::vector<size_t>> compounds;
  for (size_t a = 0; a < actors.size(); ++a) {
    bool joined = false;
    if (a > 0 && !compounds.empty() && !actors[a].pronoun && actors[a].special.empty()) {
      const Actor& prev = actors[compounds.back().back()];
      if (!prev.pronoun && prev.special.empty() && prev.end < actors[a].begin) {
        joined = true;
        bool conj = false;
        size_t other = 0;  // words that are no conjunction, determiner or listed adjective
        for (size_t k = prev.end; k < actors[a].begin && joined; ++k) {
          const LegacyToken& x = t[k];
          bool c = x.kind == LegacyToken::kComma || (x.kind == LegacyToken::kWord && (x.word == "AND" || x.word == "NOR"));
          conj |= c;
          joined = c || (x.kind == LegacyToken::kWord && (IsDeterminer(x.word) || d_.IsAdjective(x.word)));
          if (!joined && d_.options().loose_compounds && x.kind == LegacyToken::kWord && !x.possessive && ++other <= 2 &&
              x.word != "OF" && x.word != "IN" && x.word != "WITH" && x.word != "TO" && x.word != "FOR" &&
              x.word != "BY" && x.word != "ON" && x.word != "AT" && x.word != "FROM")
            joined = true;  // PETRARCH's parse joins "A and the evil B" whatever the adjectives
        }
        if (other > 0 && !conj) joined = false;
        if (joined)
          for (size_t k = prev.end; k < actors[a].begin; ++k)
            if (t[k].kind == LegacyToken::kComma) joined_comma[k] = true;
      }
    }
    if (joined) compounds.back().push_back(a);
    else compounds.push_back({a});
  }
  // Comma-delimited clauses (commas that do not join actors) of the lengths
  // the COMMA option gives are dropped: internal, at the end, at the start.
  std::vector<bool> live(t.size(), true);
  const TabariOptions& opt = d_.options();
  std::vector<size_t> commas;
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].kind == LegacyToken::kComma && !joined_comma[k]) commas.push_back(k);
  if (opt.comma && !commas.empty()) {
    auto words = [&](size_t a, size_t b) {
      int n = 0;
      for (size_t k = a; k < b; ++k) n += t[k].kind == LegacyToken::kWord ? 1 : 0;
      return n;
    };
    auto drop = [&](size_t a, size_t b) {
      for (size_t k = a; k < b; ++k) live[k] = false;
    };
    int nb = words(0, commas[0]);
    bool drop_begin = nb >= opt.comma_bmin && nb <= opt.comma_bmax;
    for (size_t i = 0; i + 1 < commas.size(); ++i) {
      int n = words(commas[i] + 1, commas[i + 1]);
      if (n >= opt.comma_min && n <= opt.comma_max) drop(commas[i], commas[i + 1]);
    }
    // The end clause starts at the last comma unless that comma closed a
    // dropped internal clause ("X, rumoured in Y, that Z attacked W").
    bool last_closed = commas.size() >= 2 && !live[commas[commas.size() - 2]];
    int ne = words(commas.back() + 1, t.size());
    if (!last_closed && ne >= opt.comma_emin && ne <= opt.comma_emax) drop(commas.back(), t.size());
    if (drop_begin) drop(0, commas[0] + 1);
  }
  s_ = SentenceState();
  std::vector<size_t> compact(t.size(), SIZE_MAX);
  for (size_t k = 0; k < t.size(); ++k) {
    if (!live[k] || t[k].kind == LegacyToken::kComma) continue;
    compact[k] = s_.t.size();
    s_.t.push_back(t[k]);
    s_.orig.push_back(k);
    s_.noun.push_back(noun[k]);
  }
  s_.group_at.assign(s_.t.size(), -1);
  for (const std::vector<size_t>& c : compounds) {
    Group g;
    bool first = true;
    for (size_t a : c) {
      const Actor& ac = actors[a];
      bool alive = true;
      for (size_t k = ac.begin; k < ac.end; ++k)
        if (!live[k]) alive = false;
      if (!alive) continue;
      if (first) g.begin = compact[ac.begin];
      first = false;
      size_t last = ac.end - 1;
      while (compact[last] == SIZE_MAX) --last;  // agent words are live; commas are not
      g.end = compact[last] + 1;
      g.codes.insert(g.codes.end(), ac.codes.begin(), ac.codes.end());
      g.pronoun = ac.pronoun;
      if (!ac.special.empty()) g.special = ac.special;
    }
    if (first) continue;
    int gi = static_cast<int>(s_.groups.size());
    for (size_t k = g.begin; k < g.end; ++k) s_.group_at[k] = gi;
    s_.groups.push_back(std::move(g));
  }
  // Pronouns stand for the first actor of the sentence before them.
  for (Group& g : s_.groups) {
    if (!g.pronoun) continue;
    for (const Group& h : s_.groups) {
      if (h.begin >= g.begin) break;
      if (!h.pronoun && h.special.empty() && !h.codes.empty()) {
        g.codes = h.codes;
        break;
      }
    }
  }
  // Clauses: BUT, AND outside compounds, and stops start a new one.
  s_.clause.assign(s_.t.size(), 0);
  int clause = 0;
  conjunctions_ = 0;
  for (size_t k = 0; k < s_.t.size(); ++k) {
    const LegacyToken& x = s_.t[k];
    bool conj_word = x.kind == LegacyToken::kWord &&
                     (x.word == "AND" || x.word == "BUT" || x.word == "OR" || x.word == "NOR");
    if (conj_word && s_.group_at[k] < 0) ++conjunctions_;
    if (x.kind == LegacyToken::kStop || (s_.group_at[k] < 0 && (x.word == "BUT" || x.word == "AND"))) ++clause;
    s_.clause[k] = clause;
  }
}

void SentenceCoder::Emit(const std::vector<std::string>& src, const std::vector<std::string>& tgt,
                         const std::string& code, size_t index, size_t vb, size_t ve, const std::string& pattern) {
  std::string first = code, second;
  size_t colon = code.find(':');
  if (colon != std::string::npos) {
    first = code.substr(0, colon);
    second = code.substr(colon + 1);
  }
  auto add = [&](const std::string& a, const std::string& b, const std::string& c) {
    if (a.empty() || b.empty() || c.empty() || a == b) return;
    if (d_.options().require_dyad && (a == "---" || b == "---")) return;
    if (!seen_.insert({a, b, c}).second) return;
    LegacyEvent e;
    e.source = a;
    e.target = b;
    e.code = c;
    e.sentence = index;
    e.verb_begin = static_cast<uint32_t>(vb);
    e.verb_end = static_cast<uint32_t>(ve);
    e.pattern = pattern;
    events_.push_back(std::move(e));
  };
  for (const std::string& a : src)
    for (const std::string& b : tgt) {
      add(a, b, first);
      if (!second.empty()) add(b, a, second);
    }
}

bool SentenceCoder::Code(const LegacySentence& sent, size_t index, std::vector<LegacyEvent>* out,
                         LegacyCodeStats* stats) {
  Prepare(sent);
  events_.clear();
  seen_.clear();
  const TabariOptions& opt = d_.options();
  for (const Group& g : s_.groups) {
    if (g.special == "###") {
      if (stats) ++stats->discarded;
      return false;
    }
    if (g.special == "+++") {
      if (stats) ++stats->complex;
      return false;
    }
  }
  // Discard phrases (PETRARCH .discards): the sentence is not coded.
  {
    std::vector<const PhraseRef*> dc;
    auto any = [](size_t) { return true; };
    for (size_t p = 0; p < sent.tokens.size(); ++p) {
      if (sent.tokens[p].kind != LegacyToken::kWord) continue;
      d_.DiscardCandidates(sent.tokens[p].word, &dc);
      for (const PhraseRef* c : dc) {
        if (MatchPhrase(c->phrase, sent.tokens, p, Ctx::kNoun, any) != 0) {
          if (stats) ++(c->entry == 1 ? stats->complex : stats->discarded);
          return false;
        }
      }
    }
  }
  size_t nwords = 0;
  for (const LegacyToken& x : sent.tokens) nwords += x.kind == LegacyToken::kWord ? 1 : 0;
  if (nwords < static_cast<size_t>(std::max(0, opt.minimum_words))) return false;
  // Verbs.
  struct Verb {
    size_t begin, end;
    uint32_t entry;
  };
  std::vector<Verb> verbs;
  std::vector<const PhraseRef*> cands;
  const std::vector<LegacyToken>& t = s_.t;
  auto usable = [&](size_t k) { return s_.group_at[k] < 0; };
  for (size_t p = 0; p < t.size(); ++p) {
    if (t[p].kind != LegacyToken::kWord || s_.group_at[p] >= 0 || s_.noun[p] || t[p].possessive) continue;
    // Words of the .actors <NOUN> and <ADJECTIVE> lists are never verbs (LEADER is not LEAD).
    if (d_.IsNoun(t[p].word) || d_.IsAdjective(t[p].word) ||
        (t[p].word.size() > 1 && t[p].word.back() == 'S' && d_.IsNoun(t[p].word.substr(0, t[p].word.size() - 1))))
      continue;
    d_.VerbCandidates(t[p].word, &cands);
    const PhraseRef* best = nullptr;
    size_t best_end = 0, best_words = 0;
    for (const PhraseRef* c : cands) {
      size_t end = MatchPhrase(c->phrase, t, p, Ctx::kVerb, usable);
      if (end == 0) continue;
      if (c->phrase.words.size() > best_words ||
          (c->phrase.words.size() == best_words && PhraseChars(c->phrase) > PhraseChars(best->phrase))) {
        best = c;
        best_end = end;
        best_words = c->phrase.words.size();
      }
    }
    if (best == nullptr) continue;
    const std::string& vcode = d_.verb(best->entry).code;
    bool special = vcode == "###";  // discards hold whatever the form
    if (!special) {
      // TABARI's noun shifts: a determiner before, or a capital letter
      // inside a sentence that is not all capitals.
      if (p > 0 && t[p - 1].kind == LegacyToken::kWord && IsDeterminer(t[p - 1].word)) continue;
      if (opt.capital_noun_shift && t[p].capitalized && s_.orig[p] != 0 && !sent.all_caps) continue;
    }
    verbs.push_back({p, best_end, best->entry});
    p = best_end - 1;
  }
  if (std::getenv("HERODOTUS_COMPAT_TRACE")) {
    for (const Verb& v : verbs) std::fprintf(stderr, "verb %s at %zu\n", t[v.begin].word.c_str(), v.begin);
    std::fprintf(stderr, "conjunctions %zu\n", conjunctions_);
  }
  if ((opt.complex_verbs > 0 && verbs.size() >= static_cast<size_t>(opt.complex_verbs)) ||
      (opt.complex_conj > 0 && conjunctions_ >= static_cast<size_t>(opt.complex_conj))) {
    if (stats) ++stats->complex;
    return false;
  }
  PatternMatcher matcher(s_, !opt.pattern_endings);
  std::vector<std::string> last_source;
  int last_clause = -1;
  bool first_verb = true;
  for (const Verb& v : verbs) {
    const VerbEntry& entry = d_.verb(v.entry);
    Bindings b;
    const VerbPattern* hit = nullptr;
    for (const VerbPattern& pat : d_.patterns(entry)) {
      Bindings tryb;
      if (matcher.Backward(pat.before, pat.before.size(), v.begin, pat.before_adjacent, &tryb) &&
          matcher.Forward(pat.after, 0, v.end, pat.after_adjacent, &tryb)) {
        hit = &pat;
        b = tryb;
        break;
      }
    }
    std::string code = hit ? hit->code : entry.code;
    bool subordinate = entry.code.find('?') != std::string::npos;
    code.erase(std::remove_if(code.begin(), code.end(), [](char c) { return c == '?' || c == '!'; }), code.end());
    if (code == "###") {
      if (stats) ++stats->discarded;
      return false;
    }
    if (code == "+++") {
      if (stats) ++stats->complex;
      return false;
    }
    if (code == "---" || code.empty()) continue;
    size_t vb = sent.tokens[s_.orig[v.begin]].begin, ve = sent.tokens[s_.orig[v.end - 1]].end;
    std::string pattern = hit ? hit->text : "";
    if (b.compound >= 0) {
      const std::vector<std::string>& c = s_.groups[b.compound].codes;
      for (const std::string& x : c)
        for (const std::string& y : c) Emit({x}, {y}, code, index, vb, ve, pattern);
      continue;
    }
    int clause = s_.clause[v.begin];
    auto usable_group = [&](int g) {
      const Group& gr = s_.groups[g];
      return gr.special.empty() && !gr.codes.empty();
    };
    auto skipped = [&](int g) { return std::find(b.skipped.begin(), b.skipped.end(), g) != b.skipped.end(); };
    bool any_prior = false;
    for (size_t g = 0; g < s_.groups.size(); ++g)
      if (s_.groups[g].end <= v.begin && usable_group(static_cast<int>(g))) any_prior = true;
    if (first_verb) {
      first_verb = false;
      // NOACTPRIOR: the sentence is complex when its first verb has no actor before it.
      if (opt.no_actor_prior && !any_prior && b.source < 0 && b.compound < 0 && !opt.default_prior) {
        if (stats) ++stats->complex;
        return false;
      }
    }
    int src = b.source;
    if (src < 0) {
      for (size_t g = 0; g < s_.groups.size(); ++g) {
        const Group& gr = s_.groups[g];
        if (gr.end > v.begin) break;
        if (s_.clause[gr.begin] == clause && usable_group(static_cast<int>(g)) && static_cast<int>(g) != b.target &&
            !skipped(static_cast<int>(g))) {
          src = static_cast<int>(g);
          break;
        }
      }
    }
    if (b.source < 0 && opt.unknown_actor_agents && v.begin > 0) {
      // PETRARCH reads the subject off the parse: an unnamed agent right
      // before the verb ("a senior official said") is its subject.
      // Up to three words of the same noun phrase may follow it ("an
      // official news agency WFNA said").
      size_t k = v.begin - 1;
      for (int skipped_words = 0; skipped_words < 3 && k > 0 && s_.group_at[k] < 0; ++skipped_words, --k) {
        const std::string& w = t[k].word;
        if (t[k].kind != LegacyToken::kWord || w == "AND" || w == "OR" || w == "BUT" || w == "OF" || w == "IN" ||
            w == "TO" || w == "WITH" || w == "FOR" || w == "ON" || w == "AT" || w == "BY" || w == "FROM" ||
            w == "THAT" || w == "AFTER")
          break;
      }
      int g = s_.group_at[k];
      if (g >= 0 && g != src && usable_group(g) && !s_.groups[g].codes.empty() &&
          s_.groups[g].codes[0].rfind("---", 0) == 0)
        src = g;
    }
    std::vector<std::string> source;
    if (src >= 0) source = s_.groups[src].codes;
    else if (last_clause >= 0 && last_clause < clause) source = last_source;
    if (source.empty() && opt.default_prior && !opt.default_source.empty()) source = {opt.default_source};
    if (source.empty() && (b.target >= 0 || (!opt.no_actor_prior && !opt.default_prior))) {
      // The pattern placed the target before the verb ("+ WAS * DEAD"), or
      // no actor is needed before the verb: the first actor after it.
      for (size_t g = 0; g < s_.groups.size(); ++g) {
        const Group& gr = s_.groups[g];
        if (gr.begin >= v.end && usable_group(static_cast<int>(g)) && static_cast<int>(g) != b.target &&
            !skipped(static_cast<int>(g))) {
          src = static_cast<int>(g);
          source = gr.codes;
          break;
        }
      }
    }
    if (source.empty()) continue;  // TABARI: no actor before the verb
    int tgt = b.target;
    if (tgt < 0) {
      for (size_t g = 0; g < s_.groups.size(); ++g) {
        const Group& gr = s_.groups[g];
        if (gr.begin >= v.end && usable_group(static_cast<int>(g)) && static_cast<int>(g) != src &&
            !skipped(static_cast<int>(g)) && gr.codes != source) {  // "assist it": not the source again
          tgt = static_cast<int>(g);
          break;
        }
      }
    }
    if (tgt < 0 && !subordinate && src >= 0) {
      for (size_t g = 0; g < s_.groups.size(); ++g) {
        const Group& gr = s_.groups[g];
        if (gr.begin > s_.groups[src].begin && gr.end <= v.begin && s_.clause[gr.begin] == clause &&
            usable_group(static_cast<int>(g)) && !skipped(static_cast<int>(g))) {
          tgt = static_cast<int>(g);
          break;
        }
      }
    }
    last_source = source;
    last_clause = clause;
    std::vector<std::string> target;
    if (tgt >= 0) target = s_.groups[tgt].codes;
    else if (!opt.default_target.empty()) target = {opt.default_target};
    if (target.empty()) continue;
    // Passive voice: "X was opposed by Y" → Y / X, unless the pattern placed them.
    if (b.source < 0 && b.target < 0 && src >= 0 && tgt >= 0) {
      bool aux = false;
      for (size_t back = 1; back <= 2 && back <= v.begin; ++back) {
        const std::string& w = t[v.begin - back].word;
        if (w == "WAS" || w == "WERE" || w == "BEEN" || w == "IS" || w == "ARE" || w == "BE" || w == "BEING") aux = true;
      }
      if (aux) {
        for (size_t k = v.end; k < t.size() && k <= v.end + 2; ++k) {
          if (!IsWord(t[k], "BY")) continue;
          size_t j = k + 1;
          if (j < t.size() && IsWord(t[j], "THE")) ++j;
          if (j < t.size() && s_.group_at[j] == tgt) std::swap(source, target);
          break;
        }
      }
    }
    Emit(source, target, code, index, vb, ve, pattern);
  }
  out->insert(out->end(), events_.begin(), events_.end());
  return true;
}

}  // namespace

std::vector<LegacyEvent> TabariCoder::Code(std::string_view text, int32_t date, LegacyCodeStats* stats) const {
  std::vector<LegacyEvent> out;
  std::vector<LegacySentence> sentences = SplitLegacySentences(text, dict_->options().split_contractions);
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (stats) ++stats->sentences;
    SentenceCoder coder(*dict_, date);
    coder.Code(sentences[i], i, &out, stats);
  }
  return out;
}

}  // namespace herodotus::compat
