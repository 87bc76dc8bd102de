// LegacyImport: converts PETRARCH-2 and TABARI dictionaries (actors, agents,
// verbs with synsets and patterns, discards, options) into the project's own
// text formats (dict/README.md actor and agent files, frame files).
//
//   lexicon::LegacyImport imp(lexicon::LegacyDialect::kPetrarch);
//   imp.AddVerbs("CAMEO.2.0.txt", text);
//   imp.AddActors("Phoenix.Countries.actors.txt", text);
//   std::string frames = imp.FramesText(cameo_table);
//
// The old formats are loose; every line that cannot be read becomes an
// ImportDiagnostic (file:line: reason) and is skipped. Patterns that are read
// but cannot be expressed as frames are counted by reason (unconvertible()).
// Never throws or aborts on any input (fuzz targets in this folder).
// Not thread-safe; one instance per conversion.
#ifndef HERODOTUS_LEXICON_IMPORT_LEGACY_H_
#define HERODOTUS_LEXICON_IMPORT_LEGACY_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace herodotus::lexicon {

class CameoTable;

enum class LegacyDialect { kPetrarch, kTabari };

struct ImportDiagnostic {
  std::string file;
  uint32_t line = 0;
  std::string reason;
  std::string ToString() const;  // "file:line: reason"
};

struct ImportCounts {
  size_t actors = 0;          // actor entries written
  size_t actor_names = 0;     // names and aliases written
  size_t roles = 0;           // dated roles written
  size_t actors_skipped = 0;  // entries without a usable code (null "---" codes included)
  size_t agents = 0;          // agent nouns written (after !X! expansion)
  size_t discards = 0;        // discard phrases read (not supported: ignored)
  size_t options = 0;         // TABARI option lines read (ignored)
  size_t verbs = 0;           // verb triggers read
  size_t synsets = 0;         // synsets read
  size_t patterns = 0;        // patterns read
  size_t frames = 0;          // frame lines written (default verb frames included)
  size_t unconvertible = 0;   // patterns read but not expressible as frames
  size_t unreadable = 0;      // lines reported as diagnostics
};

class LegacyImport {
 public:
  explicit LegacyImport(LegacyDialect dialect) : dialect_(dialect) {}

  void AddActors(std::string_view file, std::string_view text);
  void AddAgents(std::string_view file, std::string_view text);
  void AddVerbs(std::string_view file, std::string_view text);
  void AddDiscards(std::string_view file, std::string_view text);
  void AddOptions(std::string_view file, std::string_view text);

  // Converted texts, each with its format header line.
  std::string ActorsText() const;
  std::string AgentsText() const;
  // Synsets (@NAME lines) and frames; frames are checked with the project's
  // frame parser against `codes` (nullptr: shape only) plus the event codes
  // the dictionaries use (ExtraCodes); lines it rejects are counted as
  // unconvertible. Call once, after every Add*.
  std::string SynsetsText();
  std::string FramesText(const CameoTable* codes);
  // Event codes used by the patterns that `codes` lacks (2-4 digits), for an
  // extended copy of the CAMEO table.
  std::vector<std::string> ExtraCodes(const CameoTable* codes) const;

  const ImportCounts& counts() const { return counts_; }
  const std::vector<ImportDiagnostic>& diagnostics() const { return diags_; }
  // reason → number of patterns that could not be converted for it.
  const std::map<std::string, size_t>& unconvertible() const { return unconvertible_; }

 private:
  struct Entry {  // one actor
    std::vector<std::string> names;
    std::string code;
    struct Role {
      std::string code, from, to;
    };
    std::vector<Role> roles;
    bool null_code = false;
  };
  struct Pattern {
    std::string text;
    std::string code;  // "" when the pattern has no usable code
    std::string where;
    bool null_code = false;
  };
  struct Verb {
    std::string lemma;  // "attack", "gun_down"
    std::string code;   // default code, "" none
  };
  struct Block {
    std::vector<Verb> verbs;
    std::string code;
    std::vector<Pattern> patterns;
  };

  void Report(std::string_view file, uint32_t line, std::string reason);
  void Unconvertible(const std::string& reason) {
    ++unconvertible_[reason];
    ++counts_.unconvertible;
  }
  void FinishEntry();
  bool ParseCodeBlock(std::string_view file, uint32_t line, std::string_view inside);
  // Pattern → frame line body ("SRC verb ..." without the code); "" and a
  // reason when not expressible.
  std::string ConvertPattern(const std::string& verb, const std::string& text, std::string* reason);
  std::vector<std::string> SynsetMembers(const std::string& name, int depth) const;

  LegacyDialect dialect_;
  ImportCounts counts_;
  std::vector<ImportDiagnostic> diags_;
  std::map<std::string, size_t> unconvertible_;

  Entry current_;
  bool has_current_ = false;
  std::vector<Entry> entries_;
  std::map<std::string, std::set<std::string>> agents_;  // code → nouns
  std::map<std::string, std::vector<std::string>> synsets_;  // name → raw members
  std::vector<Block> blocks_;
  std::set<std::string> used_codes_;
  std::set<std::string> emitted_synsets_;
};

// Noun lemma of an upper-case dictionary word ("TIES" → "tie").
std::string LegacyNounLemma(std::string_view word);

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_IMPORT_LEGACY_H_
