// Internal representation of ActorDictionary, shared by the compiler
// (actor_compiler.cc) and the matcher (actor_dictionary.cc). Not public API.
#ifndef HERODOTUS_LEXICON_ACTOR_DICTIONARY_IMPL_H_
#define HERODOTUS_LEXICON_ACTOR_DICTIONARY_IMPL_H_

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/actor_dictionary.h"

namespace herodotus::lexicon {

// One way of naming one entry.
struct NameCandidate {
  uint32_t entry = 0;
  NameKind kind = NameKind::kName;
  CasePolicy policy = CasePolicy::kAny;
  const CodeInfo* code = nullptr;  // "-> CODE" override, else null (entry's code)
  uint32_t order = 0;              // load order; earlier wins ties
  // Where the name's words meet, as key offsets (bit k: a word ends after k
  // key bytes; bit 63: any offset from 63 on). A text match must break
  // between tokens only there, so "Israel is" does not match "Israelis".
  uint64_t bounds = 0;
};

// The word boundaries of a dictionary name as NameCandidate::bounds.
uint64_t NameBounds(std::string_view name);

struct AgentCandidate {
  uint32_t agent = 0;
  CasePolicy policy = CasePolicy::kAny;
};

// Name keys → candidates, plus every word-boundary prefix of a key so a
// scan can stop as soon as no longer name can start with what it has read.
// Prefixes are kept as 64-bit hashes: a collision only lets a scan read one
// more token before it stops, never changes a match.
template <typename C>
struct KeyIndex {
  std::unordered_map<std::string, std::vector<C>> map;
  std::unordered_set<uint64_t> prefixes;
  static uint64_t Hash(std::string_view key) { return std::hash<std::string_view>{}(key); }
  bool HasPrefix(std::string_view key) const { return prefixes.count(Hash(key)) > 0; }
};

struct ActorDictionary::Impl {
  std::deque<CodeInfo> codes;  // interned; pointers stay valid
  std::unordered_map<std::string, const CodeInfo*> code_by_string;
  std::vector<ActorEntry> entries;
  std::unordered_map<std::string, uint32_t> entry_by_id;
  KeyIndex<NameCandidate> names;
  std::vector<AgentEntry> agents;
  KeyIndex<AgentCandidate> agent_names;

  const CodeInfo* Intern(const std::string& code) {
    auto it = code_by_string.find(code);
    if (it != code_by_string.end()) return it->second;
    codes.push_back(DescribeCode(code));
    code_by_string.emplace(code, &codes.back());
    return &codes.back();
  }
};

// Compiles parsed files into *impl, appending findings.
void CompileDictionary(std::vector<ParsedDictionary>& parsed, ActorDictionary::Impl* impl,
                       LoadReport* report);

// Longest match shared by actor and agent scans: calls accept(key, end) for
// each span i..end whose key is in index.map; accept returns true to record it.
inline constexpr size_t kMaxSpanTokens = 16;

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_ACTOR_DICTIONARY_IMPL_H_
