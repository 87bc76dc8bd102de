// The CAMEO event ontology as facts: code → label, root, quad class,
// Goldstein score, PLOVER event/mode/context.
//
// Loaded from dict/cameo/cameo.tsv, which scripts/compile_cameo.py generates
// from the CAMEO code file, the Goldstein table and the CAMEO→PLOVER mapping
// (see NOTICE). Immutable after Load; safe to share between threads.
// Errors: Load returns NotFound (no file), Unsupported (a newer format
// version), DataLoss (a malformed row, with file:line).
#ifndef HERODOTUS_LEXICON_CAMEO_TABLE_H_
#define HERODOTUS_LEXICON_CAMEO_TABLE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::lexicon {

struct CameoCode {
  std::string code;            // "0231", "112", "19" (roots are rows too)
  std::string label;           // "Appeal for economic aid"
  std::string root;            // "02"
  int quad_class = 0;          // 0 neutral (01), 1 verbal coop (02-05), 2 material coop
                               // (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)
  double goldstein = 0;
  std::string plover_event;    // "" for roots 01 and 02 (PLOVER drops them)
  std::string plover_mode;     // may be ""
  std::string plover_context;  // may be ""; several joined by ';'
  std::string derived;         // fields inherited from an ancestor code (see the script)
};

class CameoTable {
 public:
  // The format line the table file starts with.
  static constexpr std::string_view kFormatLine = "# herodotus-cameo 1";

  static Result<std::unique_ptr<CameoTable>> Load(const std::string& path);
  // Parses the table from memory; `name` is used in messages.
  static Result<std::unique_ptr<CameoTable>> Parse(std::string_view name, std::string_view text);

  CameoTable(const CameoTable&) = delete;
  CameoTable& operator=(const CameoTable&) = delete;

  // nullptr when the code is not a CAMEO event code.
  const CameoCode* Find(std::string_view code) const;
  bool Contains(std::string_view code) const { return Find(code) != nullptr; }
  // All codes, roots first within each root, in code order.
  const std::vector<CameoCode>& codes() const { return codes_; }
  size_t size() const { return codes_.size(); }

 private:
  CameoTable() = default;
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string_view, size_t> index_;
};

}  // namespace herodotus::lexicon

#endif  // HERODOTUS_LEXICON_CAMEO_TABLE_H_
