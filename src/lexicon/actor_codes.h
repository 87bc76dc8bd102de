// CAMEO actor codes: a run of three-letter groups, general to specific
// (CAMEO manual 1.1b3, "Actor codes"). The first group is an ISO 3166-1
// alpha-3 country or an international prefix (IGO, NGO, IMG, ...); the groups
// after it are role (sector) codes such as GOV or MIL, or an organization's
// own id (UNO in IGOUNO, TAL in AFGINSTAL).
//
// Pure functions over static tables; thread-safe.
#ifndef HERODOTUS_LEXICON_ACTOR_CODES_H_
#define HERODOTUS_LEXICON_ACTOR_CODES_H_

#include <string>
#include <string_view>
#include <vector>

namespace herodotus::lexicon {

// A code split into what the rest of the pipeline needs.
struct CodeInfo {
  std::string code;                  // "IRQGOV", "IGOUNOWHO", "AFGINSTAL"
  std::string country;               // "IRQ"; "" for international actors
  std::vector<std::string> sectors;  // recognized role groups: {"GOV"}, {"INS"}
};

// A CAMEO role/sector code (GOV, MIL, REB, INS, COP, JUD, ..., religions).
bool IsSectorCode(std::string_view group);
// A non-country first group: IGO, NGO, NGM, IMG, MNC, INT, UIS, or a
// CAMEO region (WST, AFR, MEA, ...).
bool IsInternationalPrefix(std::string_view group);
// Upper-case ASCII letters, length a positive multiple of 3, at most 18.
bool WellFormedCode(std::string_view code);

// Splits a well-formed code (no validation of the groups). A code that
// starts with a sector (an agent code such as GOVMIL) has no country.
CodeInfo DescribeCode(std::string_view code);

// Every sector code, for documentation and tests.
const std::vector<std::string_view>& AllSectorCodes();

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_ACTOR_CODES_H_
