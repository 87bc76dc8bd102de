// Entity-level NER scoring with conlleval semantics: an entity counts as
// correct only when its type and both boundaries match exactly; precision,
// recall and F1 per type and micro-averaged overall. Pure; thread-safe.
#ifndef HERODOTUS_NER_SCORE_H_
#define HERODOTUS_NER_SCORE_H_

#include <map>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"

namespace herodotus::ner {

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct NerScores {
  Counts overall;
  std::map<std::string, Counts> by_type;  // every type seen in gold or predicted
  long tokens = 0, sentences = 0;
  // A conlleval-like table, percentages with two decimals.
  std::string ToString() const;
};

// Adds one sentence's IOB tags (gold and predicted, same length) to *scores.
void AddSentence(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                 NerScores* scores);

// Scores Token::ner of aligned sentence lists (an empty tag counts as O).
// Fails with InvalidArgument when the sentence counts or token counts differ.
Result<NerScores> ScoreIob(const std::vector<Sentence>& gold, const std::vector<Sentence>& predicted);

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_SCORE_H_
