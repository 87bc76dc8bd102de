// TabariDictionary: TABARI dictionaries (.actors, .agents, .verbs with
// synsets and patterns, .options) loaded as they are, with TABARI's own word
// semantics, for the legacy sequence-pattern coder (tabari_coder.h).
//
//   compat::TabariDictionary dict;
//   dict.AddActors("Demo.actors", text);   // also agents, verbs, options
//   for (const auto& d : dict.diagnostics()) std::cerr << d.ToString() << "\n";
//
// Word semantics of the old format (TABARI manual, "Dictionaries"):
//   WORD    a stem: matches any text word that starts with WORD;
//   WORD_   the word itself plus regular endings (verbs -S -ES -ED -D -EN
//           -ING, nouns -S -ES); an underscore between two words also means
//           the words are adjacent in the text;
//   WORD=   exactly the word; WORD~ a stem even before an underscore.
// A space between words allows other words in between.
//
// Every line that cannot be read becomes an ImportDiagnostic (file:line:
// reason) and is skipped; loading is linear in the input (alternatives and
// synsets in patterns expand to at most kMaxVariants patterns each). Not
// thread-safe while loading; const access afterwards is safe to share.
#ifndef HERODOTUS_COMPAT_TABARI_DICTIONARY_H_
#define HERODOTUS_COMPAT_TABARI_DICTIONARY_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/import_legacy.h"

namespace herodotus::compat {

using lexicon::ImportDiagnostic;

enum class WordMode : uint8_t { kStem, kRegular, kExact };

struct LegacyWord {
  std::string text;  // upper case, without the markers
  WordMode mode = WordMode::kStem;
};

// A phrase of dictionary words; adjacent[i] says words i and i+1 must be
// consecutive in the text.
struct LegacyPhrase {
  std::vector<LegacyWord> words;
  std::vector<bool> adjacent;
};

// A code that holds between two dates (yyyymmdd; 0 = open side).
struct DatedCode {
  std::string code;  // "GON", "---" (null), "###" (discard), "+++" (complex), "FRO/BIL"
  int32_t from = 0, to = 0;
};

struct ActorEntry {
  std::vector<DatedCode> codes;  // dated first, the undated fallback last
  // The code on `date` (yyyymmdd), "" when none applies.
  std::string CodeOn(int32_t date) const;
};

// One element of a verb pattern.
struct PatternItem {
  enum Kind : uint8_t { kWord, kSource, kTarget, kCompound, kSkip } kind = kWord;
  LegacyWord word;                // kWord
  bool adjacent_next = false;     // must be immediately followed by the next item
};

struct VerbPattern {
  std::vector<PatternItem> before;  // words before the verb, in text order
  std::vector<PatternItem> after;   // words after the verb, in text order
  bool before_adjacent = false;     // last `before` item touches the verb
  bool after_adjacent = false;      // first `after` item touches the verb
  std::string code;                 // "064", "032:033", "---", "+++", "###"
  size_t weight = 0;                // characters of the pattern: longer tried first
  std::string text;                 // as written, for messages
};

struct VerbEntry {
  std::string code;  // default code ("---" none, "023?" subordinate)
  uint32_t pattern_list = 0;  // index of its patterns (TabariDictionary::patterns); a
                              // PETRARCH block's verbs share one list
  std::string name;
};

// A dictionary phrase pointing at an entry: actors, agents and verb forms.
struct PhraseRef {
  LegacyPhrase phrase;
  uint32_t entry = 0;
};

struct TabariOptions {
  int complex_verbs = 0;  // COMPLEX: VERBS[n]; 0 off
  int complex_conj = 0;   // COMPLEX: CONJ[n]
  bool no_actor_prior = false;  // COMPLEX: NOACTPRIOR
  bool convert_agents = false;  // SET: CONVERT AGENT = TRUE
  int minimum_words = 8;        // SET: MINIMUM WORDS = n: shorter sentences are not coded
  // COMMA: comma-delimited clauses of these lengths (words) are dropped:
  // internal (between two commas), end (last comma to the end), beginning.
  bool comma = true;  // COMMA: OFF
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 255, comma_bmax = 0;
  // TABARI shifts a capitalised verb inside a sentence to a noun; PETRARCH
  // (which reads a parse) does not.
  bool capital_noun_shift = true;
  // PETRARCH conventions: contractions split as in the Penn TreeBank, an
  // agent with no actor is coded "---" + agent ("---GOV"), a missing target "---".
  bool split_contractions = false;
  bool agents_over_compounds = false;  // PETRARCH: "X of A and B" → AX, BX
  bool loose_compounds = false;        // PETRARCH: up to two unlisted words in "A and the evil B"
  bool require_dyad = false;           // PETRARCH require_dyad: no event with an unknown (---) actor
  bool forward = false;                // TABARI FORWARD: pronouns carry subjects across a story
  bool unknown_actor_agents = false;
  // DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER: codes used when none is found.
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;
};

class TabariDictionary {
 public:
  static constexpr size_t kMaxVariants = 512;

  void AddActors(std::string_view file, std::string_view text);
  void AddAgents(std::string_view file, std::string_view text);
  void AddVerbs(std::string_view file, std::string_view text);
  void AddOptions(std::string_view file, std::string_view text);
  // PETRARCH-2 files (CAMEO.2.0-format verbs with "--- VERB [code] ---"
  // blocks, actors, agents with {plurals} and !X! substitutions, discards).
  // Their words are whole words with regular endings, not stems, and the
  // options become PETRARCH's: no minimum length, no comma clauses, no
  // capital-letter noun shift, no NOACTPRIOR.
  void AddPetrarchVerbs(std::string_view file, std::string_view text);
  void AddPetrarchActors(std::string_view file, std::string_view text);
  void AddPetrarchAgents(std::string_view file, std::string_view text);
  void AddDiscards(std::string_view file, std::string_view text);
  void UsePetrarchOptions();
  // Applies one option line ("SET: CONVERT AGENT = TRUE"); false if unknown.
  bool ApplyOption(std::string_view line);

  // Phrases whose first word could match `word` (upper case), for each
  // kind. Callers check the whole phrase.
  void ActorCandidates(std::string_view word, std::vector<const PhraseRef*>* out) const;
  void AgentCandidates(std::string_view word, std::vector<const PhraseRef*>* out) const;
  void VerbCandidates(std::string_view word, std::vector<const PhraseRef*>* out) const;

  const ActorEntry& actor(uint32_t i) const { return actors_[i]; }
  const std::string& agent_code(uint32_t i) const { return agents_[i]; }
  const VerbEntry& verb(uint32_t i) const { return verbs_[i]; }
  // The patterns of a verb, longest first.
  const std::vector<VerbPattern>& patterns(const VerbEntry& v) const { return pattern_lists_[v.pattern_list]; }
  // Discard phrases (PETRARCH discards, TABARI ### time phrases: entry 0)
  // and complex phrases (TABARI +++ time phrases: entry 1).
  void DiscardCandidates(std::string_view word, std::vector<const PhraseRef*>* out) const;
  bool IsNoun(std::string_view w) const { return nouns_.count(std::string(w)) > 0; }
  bool IsAdjective(std::string_view w) const { return adjectives_.count(std::string(w)) > 0; }

  const TabariOptions& options() const { return options_; }
  TabariOptions* mutable_options() { return &options_; }
  const std::vector<ImportDiagnostic>& diagnostics() const { return diags_; }
  size_t actor_phrases() const { return actor_phrases_; }
  size_t agent_phrases() const { return agent_phrases_; }
  size_t verb_count() const { return verbs_.size(); }
  size_t pattern_count() const { return patterns_; }

 private:
  using Index = std::unordered_map<std::string, std::vector<PhraseRef>>;
  void Report(std::string_view file, uint32_t line, std::string reason);
  void AddPhrase(Index* index, const LegacyPhrase& p, uint32_t entry);
  static void Candidates(const Index& index, std::string_view word, std::vector<const PhraseRef*>* out);
  void AddPattern(std::string_view file, uint32_t line, std::string_view body, std::string code, size_t list);
  void SortPatterns(size_t first_list);
  std::vector<std::string> ExpandSynsets(const std::string& text, int depth, size_t* budget) const;

  std::vector<ActorEntry> actors_;
  std::vector<std::string> agents_;
  std::vector<VerbEntry> verbs_;
  std::vector<std::vector<VerbPattern>> pattern_lists_;
  Index actor_index_, agent_index_, verb_index_, discard_index_;
  WordMode default_mode_ = WordMode::kStem;  // PETRARCH: kRegular
  bool petrarch_options_ = false;
  std::map<std::string, std::vector<std::string>> synsets_;  // "&NAME" → members as written
  std::map<std::string, int> nouns_, adjectives_;
  TabariOptions options_;
  std::vector<ImportDiagnostic> diags_;
  size_t actor_phrases_ = 0, agent_phrases_ = 0, patterns_ = 0;
};

// Parses one dictionary phrase ("UNITED_NATIONS", "AL GORE", "MOUSE=");
// false when it holds no word.
bool ParseLegacyPhrase(std::string_view text, LegacyPhrase* out, WordMode plain = WordMode::kStem);
// PETRARCH-2 comments removed: <!-- ... --> (over lines; line breaks kept so
// line numbers hold) and '#' to the end of the line outside [...].
std::string StripPetrarchComments(std::string_view text);
// Parses "YYMMDD" or "YYYYMMDD" (two-digit years <= 30 are 20xx) → yyyymmdd; 0 if bad.
int32_t ParseLegacyDate(std::string_view s);

}  // namespace herodotus::compat

#endif  // HERODOTUS_COMPAT_TABARI_DICTIONARY_H_
