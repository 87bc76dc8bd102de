// TABARI's shallow coding rules over TabariDictionary (see tabari_coder.h):
// verbs, patterns, source and target, events.
#include "compat/tabari_coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <tuple>

#include "compat/tabari_match.h"
#include "compat/tabari_text.h"

namespace herodotus::compat {
namespace {

using namespace internal;

constexpr size_t kMaxSentenceWords = 250;

class SentenceCoder {
 public:
  SentenceCoder(const TabariDictionary& d, int32_t date, LegacyStoryContext* story)
      : d_(d), date_(date), story_(story) {}

  // Returns false when the sentence is discarded or complex (no events).
  bool Code(const LegacySentence& sent, size_t index, std::vector<LegacyEvent>* out, LegacyCodeStats* stats);

 private:
  void Emit(const std::vector<std::string>& src, const std::vector<std::string>& tgt, const std::string& code,
            size_t index, size_t verb_begin, size_t verb_end, const std::string& pattern);

  const TabariDictionary& d_;
  int32_t date_;
  LegacyStoryContext* story_;  // null unless FORWARD is on
  SentenceState s_;
  std::vector<LegacyEvent> events_;
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  size_t conjunctions_ = 0;
};

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
  PrepareSentence(d_, date_, sent, &s_, &conjunctions_);
  // FORWARD: pronouns with no antecedent take the story's forwarded subject.
  bool forwarded = false;
  if (story_ != nullptr) {
    const std::vector<std::string>& fw = story_->last_forwarded ? story_->first : story_->last;
    for (Group& g : s_.groups) {
      if (g.pronoun && g.codes.empty() && !fw.empty()) {
        g.codes = {fw.front()};  // a compound forwards its first member only
        forwarded = true;
      }
    }
  }
  bool subject_recorded = false;
  auto record_subject = [&](int group) {
    if (story_ == nullptr || subject_recorded || group < 0) return;
    subject_recorded = true;
    const Group& g = s_.groups[group];
    if (g.pronoun) {
      story_->last_forwarded = forwarded;
      if (!forwarded) story_->last = g.codes;
      return;
    }
    std::vector<std::string> base;
    for (const std::string& c : g.codes) base.push_back(c.size() > 3 && c.rfind("---", 0) != 0 ? c.substr(0, 3) : c);
    story_->last = base;
    story_->last_forwarded = false;
    if (story_->first.empty()) story_->first = base;
  };
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
  // TABARI's MAX_LEX: an over-long "sentence" (a table, a run-on list) is not coded.
  if (nwords > kMaxSentenceWords) {
    if (stats) ++stats->too_long;
    return false;
  }
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
    size_t best_end = 0;
    const PhraseRef* best = LongestMatch(cands, t, p, Ctx::kVerb, usable, &best_end);
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
    for (const Group& g : s_.groups)
      std::fprintf(stderr, "actor %zu-%zu %s%s\n", g.begin, g.end, g.codes.empty() ? "?" : g.codes[0].c_str(),
                   g.codes.size() > 1 ? " ..." : "");
    std::fprintf(stderr, "conjunctions %zu\n", conjunctions_);
  }
  if ((opt.complex_verbs > 0 && verbs.size() >= static_cast<size_t>(opt.complex_verbs)) ||
      (opt.complex_conj > 0 && conjunctions_ >= static_cast<size_t>(opt.complex_conj))) {
    if (stats) ++stats->complex;
    return false;
  }
  PatternMatcher matcher(s_);
  std::vector<std::string> last_source;
  int last_clause = -1;
  bool first_verb = true;
  for (const Verb& v : verbs) {
    const VerbEntry& entry = d_.verb(v.entry);
    Bindings b;
    const VerbPattern* hit = nullptr;
    for (const VerbPattern& pat : d_.patterns(entry)) {
      Bindings tryb;
      matcher.ResetBudget();
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
    record_subject(src);
    Emit(source, target, code, index, vb, ve, pattern);
  }
  out->insert(out->end(), events_.begin(), events_.end());
  return true;
}

}  // namespace

std::vector<LegacyEvent> TabariCoder::Code(std::string_view text, int32_t date, LegacyCodeStats* stats,
                                           LegacyStoryContext* story) const {
  std::vector<LegacyEvent> out;
  std::vector<LegacySentence> sentences = SplitLegacySentences(text, dict_->options().split_contractions);
  if (!dict_->options().forward) story = nullptr;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (stats) ++stats->sentences;
    SentenceCoder coder(*dict_, date, story);
    coder.Code(sentences[i], i, &out, stats);
  }
  return out;
}

}  // namespace herodotus::compat
