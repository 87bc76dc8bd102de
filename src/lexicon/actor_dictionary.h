// The compiled actor dictionary: countries, organisations, armed groups,
// people with dated roles, and agents (role nouns → CAMEO sectors).
//
// Built once from the text dictionaries (dict/README.md) into hash maps from
// normalized name keys (lexicon/actor_normalize.h) to candidates; afterwards
// immutable, so one instance is shared by all threads without locking.
//
//   LoadReport report;
//   auto dict = ActorDictionary::Load(ActorDictionary::FilesIn("dict"), &report, false);
//   if (!dict.ok()) ...;                     // unreadable files, or findings with strict
//   std::vector<std::string> forms = {"Secretary", "Mike", "Pompeo", "said"};
//   auto m = (*dict)->Match(forms, 1, Date{2018, 10, 3});
//   // m->length == 2, m->code->code == "USAGOV", m->kind == NameKind::kName
//
// Matching is longest-first over the tokens starting at i. A person's name
// resolves to the code of the role they held on the date; outside every role
// a full name resolves to the person's country with no sector (the role no
// longer applies, the nationality does), and a bare surname resolves only
// when exactly one person with that surname holds a role on the date. A
// single hyphenated token that matches nothing as a whole is tried by its
// first part ("Iran-backed" → IRN, partial = true) for the resolver's
// "X-backed" / "X-led" handling.
// Errors: Load reports every problem as a Finding (file:line) and keeps the
// valid entries; with strict=true any finding makes Load fail.
#ifndef HERODOTUS_LEXICON_ACTOR_DICTIONARY_H_
#define HERODOTUS_LEXICON_ACTOR_DICTIONARY_H_

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"
#include "lexicon/actor_codes.h"
#include "lexicon/actor_normalize.h"
#include "lexicon/actor_parser.h"

namespace herodotus::lexicon {

struct ActorRole {
  const CodeInfo* code = nullptr;
  int from = 0, to = 99999999;  // YYYYMMDD, inclusive; open ends are 0 / 99999999
  std::string title;
};

struct ActorEntry {
  std::string id;
  ActorType type = ActorType::kUnknown;
  std::string name;                   // first name listed, for display
  const CodeInfo* code = nullptr;     // code when named; for people, the country
  std::vector<ActorRole> roles;       // sorted by start
  std::string origin;                 // "file:line" of the entry
  // The role held on `date` (the latest-starting one if several); nullptr if none.
  const ActorRole* RoleOn(Date date) const;
};

struct ActorMatch {
  size_t length = 0;                 // tokens consumed, starting at i
  const CodeInfo* code = nullptr;    // code, country, sectors that apply on the date
  const ActorEntry* actor = nullptr; // the entry matched
  const ActorRole* role = nullptr;   // the dated role used, if any
  NameKind kind = NameKind::kName;   // how it was named (name, adjective, metonym, surname)
  bool partial = false;              // only the part before a hyphen matched ("Iran-backed")
  ActorType type() const { return actor->type; }
  const std::string& entry_id() const { return actor->id; }
};

struct AgentEntry {
  std::string name;                  // as written in the dictionary
  const CodeInfo* code = nullptr;    // "GOV" / "GOVMIL" (sectors) or absolute "IGOPKO"
  bool absolute = false;             // code starts with an international prefix
  std::string origin;                // "file:line"
};

struct AgentMatch {
  size_t length = 0;
  const AgentEntry* agent = nullptr;
};

struct LoadReport {
  std::vector<Finding> findings;
  size_t files = 0, actors = 0, people = 0, names = 0, roles = 0, agents = 0, agent_forms = 0;
  double seconds = 0;      // wall time of Load
  double cpu_seconds = 0;  // CPU time of Load (wall time suffers on a busy machine)
};

class ActorDictionary {
 public:
  ActorDictionary(const ActorDictionary&) = delete;
  ActorDictionary& operator=(const ActorDictionary&) = delete;
  ~ActorDictionary();

  // Reads and compiles the files (actor and agent formats, told apart by
  // their header line). Fails only on unreadable files, or with strict on
  // any finding. `report` may be null.
  static Result<std::unique_ptr<ActorDictionary>> Load(const std::vector<std::string>& files,
                                                       LoadReport* report, bool strict);
  // Same from in-memory texts: {file name for messages, text}.
  static Result<std::unique_ptr<ActorDictionary>> LoadTexts(
      const std::vector<std::pair<std::string, std::string>>& texts, LoadReport* report,
      bool strict);
  // Every *.txt under dir whose first line is an actor or agent header;
  // hand-written files first, then dir/generated/ (earlier files win ties).
  static std::vector<std::string> FilesIn(const std::string& dir);

  // Normalizes the forms once for repeated matching.
  static std::vector<NormToken> Prepare(std::span<const std::string> forms);

  // Longest actor name starting at token i on this date; nullopt if none.
  std::optional<ActorMatch> Match(std::span<const std::string> forms, size_t i, Date date) const;
  std::optional<ActorMatch> Match(std::span<const NormToken> tokens, size_t i, Date date) const;

  // The country of the people with the surname at token i, whatever the
  // date ("President Obama" in an undated text): the country of most of
  // those who led a state or government, if one leads; else the country all
  // of them share; nullptr when none or ambiguous. For titled names only: a
  // bare surname resolves through Match on its date.
  const CodeInfo* SurnameCountry(std::span<const NormToken> tokens, size_t i) const;

  // The agent for one noun (lemma or surface form, any case): "spokesman",
  // "troops"; nullptr if none.
  const AgentEntry* Agent(std::string_view lemma) const;
  // Longest agent phrase starting at token i ("security forces", "prime minister").
  std::optional<AgentMatch> MatchAgent(std::span<const NormToken> tokens, size_t i) const;

  const ActorEntry* Find(std::string_view id) const;
  size_t actor_count() const;
  size_t agent_count() const;

  struct Impl;  // compiled tables (actor_dictionary_impl.h)

 private:
  explicit ActorDictionary(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_ACTOR_DICTIONARY_H_
