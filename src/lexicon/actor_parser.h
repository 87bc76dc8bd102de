// Parser of the actor and agent dictionary text formats (dict/README.md).
//
//   # herodotus-actors 1            # herodotus-agents 1
//   actor USA                        GOV      spokesman | spokeswoman
//     type country                   MIL      troops | warplane
//     name United States | U.S.      IGOPKO   peacekeeper
//     adj American
//     metonym Pentagon -> USAMIL
//     role USAGOV 2018-04-26..2021-01-20 secretary of state
//
// The parser checks each line on its own (syntax, dates, code shape, UTF-8);
// cross-entry checks (duplicates, overlapping roles, unknown countries) are
// done by the compiler (actor_dictionary.cc). A bad line is reported with
// file:line and skipped; the rest of the file is still read. Never throws.
// Pure function; thread-safe.
#ifndef HERODOTUS_LEXICON_ACTOR_PARSER_H_
#define HERODOTUS_LEXICON_ACTOR_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"

namespace herodotus::lexicon {

enum class ActorType : uint8_t {
  kCountry, kTerritory, kIgo, kNgo, kNsag, kParty, kOrg, kGroup, kPerson, kPlace, kUnknown
};
std::string_view ActorTypeName(ActorType t);
ActorType ParseActorType(std::string_view s);  // kUnknown when not a type name

enum class NameKind : uint8_t {
  kName,       // the actor's name or alias: "Iraq", "the Islamic Republic"
  kAdjective,  // adjective / demonym: "Iraqi", "Iraqis"
  kMetonym,    // a seat or capital standing for an institution: "the Pentagon"
  kSurname,    // a person's surname: applies only when unambiguous on the date
};
std::string_view NameKindName(NameKind k);

// A problem found in a dictionary file.
struct Finding {
  std::string file;
  int line = 0;  // 1-based; 0 when about the whole file
  std::string message;
  std::string ToString() const;  // "file:line: message"
};

struct RawName {
  std::string text;
  NameKind kind = NameKind::kName;
  std::string code;  // "-> CODE" override; "" = the entry's code
  int line = 0;
};

struct RawRole {
  std::string code;    // e.g. USAGOV
  Date from, to;       // unknown (year 0) = open-ended on that side
  std::string title;   // free text after the dates ("secretary of state")
  int line = 0;
};

struct RawActor {
  std::string id;
  bool extend = false;  // "extend ID": adds names and roles to another entry
  ActorType type = ActorType::kUnknown;
  std::string code;     // default code when named (countries: ISO3)
  std::string country;  // ISO3, "" for none
  std::vector<RawName> names;
  std::vector<RawRole> roles;
  std::string file;
  int line = 0;
};

struct RawAgent {
  std::string name;  // "spokesman", "security forces"
  std::string code;  // sectors ("GOV", "GOVMIL") or an absolute code ("IGOPKO")
  std::string file;
  int line = 0;
};

struct ParsedDictionary {
  std::vector<RawActor> actors;
  std::vector<RawAgent> agents;
};

// The first-line headers and the only version this build reads.
inline constexpr std::string_view kActorsHeader = "# herodotus-actors";
inline constexpr std::string_view kAgentsHeader = "# herodotus-agents";
inline constexpr int kDictionaryVersion = 1;

// Parses the text of one file named `file` (for messages) into *out,
// appending a Finding for every line it could not take.
void ParseDictionaryText(std::string_view text, const std::string& file, ParsedDictionary* out,
                         std::vector<Finding>* findings);

// "2018-04-26..2021-01-20", "..2004-12-31", "2025-01-20..".
bool ParseDateRange(std::string_view s, Date* from, Date* to);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_ACTOR_PARSER_H_
