// Gold files and scoring for actor resolution: does the actor the pipeline
// resolves for a gold actor mention carry the gold country and sector?
//
// JSON Lines, one text per line (the project's own format; converters such as
// scripts/eval_actor_gold.py write it from third-party gold, never committed):
//   {"id": "a1", "date": "2000-01-01", "text": "Senior Hungarian officials met …",
//    "actors": [{"text": "Hungarian", "country": "HUN", "sector": "GOV"},
//               {"text": "European Community", "country": "", "code": "IGO"}]}
// `country` is ISO 3166-1 alpha-3 or "" (an organisation without a country);
// `sector` a CAMEO sector or "" (none given); `code` optional (documentation).
//
// Matching a gold mention to a prediction (ScoreActorRecord): the gold text is
// found in the record text (first occurrence, exact case, else any case; a
// text with a gap, "U.S. ... negotiators", by its first and last pieces);
// then the prediction with exactly that span, else the smallest known
// prediction covering it, else the largest known prediction inside it, else
// the known prediction overlapping it most.
// Country accuracy counts gold mentions with a country; sector accuracy
// counts gold mentions with a sector (a prediction is right when the sector is
// among its sectors).
//
// Bad input never aborts a read: a malformed line is described as
// "file:line: reason" in `errors`, counted in `skipped`, and left out.
// Thread-safety: free functions over caller-owned values.
#ifndef HERODOTUS_EVAL_ACTOR_GOLD_H_
#define HERODOTUS_EVAL_ACTOR_GOLD_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"

namespace herodotus::eval {

struct ActorGoldMention {
  std::string text, country, sector, code;
};

struct ActorGoldRecord {
  std::string id;
  Date date;
  std::string text;
  std::vector<ActorGoldMention> actors;
  std::string origin;  // "file:line"
};

struct ActorGoldSet {
  std::vector<ActorGoldRecord> records;
  std::vector<std::string> errors;
  size_t skipped = 0;
};

// Reads a gold file; fails only when the file cannot be read.
Result<ActorGoldSet> ReadActorGold(const std::string& path);
// Same from text (file name for messages).
ActorGoldSet ParseActorGold(std::string_view text, const std::string& file);

// One actor the pipeline resolved: byte span in the record text, code
// ("" = unknown), country, sectors.
struct PredictedActor {
  uint32_t start = 0, end = 0;
  std::string code, country;
  std::vector<std::string> sectors;
};

struct ActorScore {
  size_t with_country = 0, country_found = 0, country_correct = 0;
  size_t with_sector = 0, sector_correct = 0;
  size_t not_in_text = 0;  // gold text not found in the record text
  std::map<std::string, size_t> sector_gold, sector_hit;  // per gold sector
  std::vector<std::string> errors;                        // one line per miss
  double country_accuracy() const { return with_country ? double(country_correct) / with_country : 0; }
  double sector_accuracy() const { return with_sector ? double(sector_correct) / with_sector : 0; }
};

// Scores one record's gold mentions against the predictions; appends to *score.
void ScoreActorRecord(const ActorGoldRecord& gold, const std::vector<PredictedActor>& predicted,
                      ActorScore* score);

// Human-readable summary: counts and accuracies, per-sector table, and (when
// show_errors) every miss.
std::string FormatActorScore(const ActorScore& score, bool show_errors);

}  // namespace herodotus::eval

#endif  // HERODOTUS_EVAL_ACTOR_GOLD_H_
