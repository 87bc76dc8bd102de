// Sentence preparation for the legacy coder: actors and agents, compounds,
// dropped comma clauses, pronouns and clauses (rules in tabari_coder.h).
#include <algorithm>
#include <string>
#include <vector>

#include "compat/tabari_match.h"

namespace herodotus::compat::internal {
namespace {

std::vector<Actor> FindActors(const TabariDictionary& d, int32_t date, const std::vector<LegacyToken>& t,
                              std::vector<bool>* noun) {
  std::vector<Actor> actors;
  std::vector<const PhraseRef*> cands;
  noun->assign(t.size(), false);
  std::vector<bool> used(t.size(), false);
  auto free_tok = [&](size_t k) { return !used[k]; };
  // Actors, longest phrase first at each word.
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != LegacyToken::kWord) continue;
    d.ActorCandidates(t[i].word, &cands);
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
    std::string code = d.actor(best->entry).CodeOn(date);
    for (size_t k = i; k < best_end; ++k) used[k] = true;
    if (code.empty() || code == "---") {
      for (size_t k = i; k < best_end; ++k) (*noun)[k] = true;  // TABARI: a null-coded actor is a noun
    } else {
      Actor a;
      a.begin = i;
      a.end = best_end;
      if (code == "###" || code == "+++") a.special = code;
      else a.codes = a.base = SplitCodes(code);
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
    d.AgentCandidates(t[i].word, &cands);
    size_t best_end = 0;
    const PhraseRef* best = LongestMatch(cands, t, i, Ctx::kNoun, free_tok, &best_end);
    if (best == nullptr) continue;
    for (size_t k = i; k < best_end; ++k) used[k] = true;
    agents.push_back({i, best_end, d.agent_code(best->entry)});
    i = best_end - 1;
  }
  std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) { return a.begin < b.begin; });
  const TabariOptions& opt = d.options();
  std::vector<std::vector<size_t>> hosts_of(agents.size());  // actors each agent went to
  std::vector<size_t> deferred;                              // PETRARCH: "media and government"
  std::vector<std::string> codes_of(agents.size());
  for (size_t ai = 0; ai < agents.size(); ++ai) {
    const Agent& ag = agents[ai];
    const size_t none = actors.size();
    size_t host = none;
    for (size_t x = 0; x < actors.size(); ++x)
      if (!actors[x].pronoun && actors[x].special.empty() && actors[x].end == ag.begin) host = x;
    if (host != none) {
      actors[host].end = ag.end;
    } else {
      size_t j = ag.end;
      if (j < t.size() && (IsWord(t[j], "OF") || IsWord(t[j], "IN") || IsWord(t[j], "FROM"))) ++j;
      if (j < t.size() && IsWord(t[j], "THE")) ++j;
      for (size_t x = 0; x < actors.size(); ++x)
        if (!actors[x].pronoun && actors[x].special.empty() && actors[x].begin == j) host = x;
      if (host != none) actors[host].begin = ag.begin;
    }
    // TABARI: FORMER before the agent or its actor makes the agent an elite (~ELI).
    std::string code = ag.code;
    auto former = [&](size_t k) { return k > 0 && IsWord(t[k - 1], "FORMER"); };
    if (former(ag.begin) || (host != none && former(actors[host].begin))) code = "~ELI";
    codes_of[ai] = code;
    if (host != none) {
      for (std::string& c : actors[host].codes) c = Compose(c, code);
      hosts_of[ai].push_back(host);
      // PETRARCH: "ambassadors of A, B and C" gives the agent to every member.
      if (opt.agents_over_compounds && actors[host].begin == ag.begin) {
        size_t end = actors[host].end;
        for (size_t x = 0; x < actors.size(); ++x) {
          Actor& next = actors[x];
          if (next.begin < end || next.pronoun || !next.special.empty()) continue;
          bool joined = true;
          for (size_t k = end; k < next.begin && joined; ++k)
            joined = t[k].kind == LegacyToken::kComma ||
                     (t[k].kind == LegacyToken::kWord && (t[k].word == "AND" || IsDeterminer(t[k].word)));
          if (!joined || next.begin == end) break;
          for (std::string& c : next.codes) c = Compose(c, code);
          hosts_of[ai].push_back(x);
          end = next.end;
        }
      }
    } else {
      deferred.push_back(ai);  // decided once every agent has its actor
    }
  }
  for (size_t ai : deferred) {
    const Agent& ag = agents[ai];
    // PETRARCH: an agent joined by AND to an agent of an actor ("Danish media
    // and government", "lawmakers and officials in A") belongs to it too.
    std::vector<size_t> hosts;
    if (opt.agents_over_compounds) {
      for (size_t aj = 0; aj < agents.size(); ++aj) {
        if (aj == ai || hosts_of[aj].empty()) continue;
        const Agent& other = agents[aj];
        bool before = ag.end + 1 == other.begin && IsWord(t[ag.end], "AND");
        bool after = other.end + 1 == ag.begin && IsWord(t[other.end], "AND");
        if (before || after) hosts = hosts_of[aj];
      }
    }
    if (!hosts.empty()) {
      for (size_t h : hosts) {
        Actor& a = actors[h];
        for (const std::string& b : a.base) a.codes.push_back(Compose(b, codes_of[ai]));
        // The actor's span takes the joined agent in, so its AND joins, not splits.
        if (ag.begin >= a.end && ag.begin - a.end <= 2) a.end = ag.end;
        if (ag.end <= a.begin && a.begin - ag.end <= 2) a.begin = ag.begin;
      }
      for (size_t k = ag.begin; k < ag.end; ++k) (*noun)[k] = true;
    } else if (opt.convert_agents || opt.unknown_actor_agents) {
      Actor a;
      a.begin = ag.begin;
      a.end = ag.end;
      a.codes = {opt.convert_agents ? ag.code : Compose("---", ag.code)};
      actors.push_back(a);
    } else {
      for (size_t k = ag.begin; k < ag.end; ++k) (*noun)[k] = true;
    }
  }
  std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) { return a.begin < b.begin; });
  return actors;
}

}  // namespace

void PrepareSentence(const TabariDictionary& d, int32_t date, const LegacySentence& sent, SentenceState* s,
                     size_t* conjunctions) {
  const std::vector<LegacyToken>& t = sent.tokens;
  std::vector<bool> noun;
  std::vector<Actor> actors = FindActors(d, date, t, &noun);
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
          joined = c || (x.kind == LegacyToken::kWord && (IsDeterminer(x.word) || d.IsAdjective(x.word)));
          if (!joined && d.options().loose_compounds && x.kind == LegacyToken::kWord && !x.possessive && ++other <= 2 &&
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
  const TabariOptions& opt = d.options();
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
  *s = SentenceState();
  std::vector<size_t> compact(t.size(), SIZE_MAX);
  for (size_t k = 0; k < t.size(); ++k) {
    if (!live[k] || t[k].kind == LegacyToken::kComma) continue;
    compact[k] = s->t.size();
    s->t.push_back(t[k]);
    s->orig.push_back(k);
    s->noun.push_back(noun[k]);
  }
  s->group_at.assign(s->t.size(), -1);
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
    int gi = static_cast<int>(s->groups.size());
    for (size_t k = g.begin; k < g.end; ++k) s->group_at[k] = gi;
    s->groups.push_back(std::move(g));
  }
  // Pronouns stand for the first actor of the sentence before them.
  for (Group& g : s->groups) {
    if (!g.pronoun) continue;
    for (const Group& h : s->groups) {
      if (h.begin >= g.begin) break;
      if (!h.pronoun && h.special.empty() && !h.codes.empty()) {
        g.codes = h.codes;
        break;
      }
    }
  }
  // Clauses: BUT, AND outside compounds, and stops start a new one.
  s->clause.assign(s->t.size(), 0);
  int clause = 0;
  *conjunctions = 0;
  for (size_t k = 0; k < s->t.size(); ++k) {
    const LegacyToken& x = s->t[k];
    bool conj_word = x.kind == LegacyToken::kWord &&
                     (x.word == "AND" || x.word == "BUT" || x.word == "OR" || x.word == "NOR");
    if (conj_word && s->group_at[k] < 0) ++*conjunctions;
    if (x.kind == LegacyToken::kStop || (s->group_at[k] < 0 && (x.word == "BUT" || x.word == "AND"))) ++clause;
    s->clause[k] = clause;
  }
}

}  // namespace herodotus::compat::internal
