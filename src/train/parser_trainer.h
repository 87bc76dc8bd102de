// Trains syntax::Parser: arc-hybrid transitions, averaged perceptron, either
// greedy with the dynamic oracle and exploration (Goldberg & Nivre 2013) or
// with a beam and global max-violation updates; dev-set early stopping on
// LAS (decoded as at run time). Build-time only; single-threaded and
// deterministic for a given seed.
#ifndef HERODOTUS_TRAIN_PARSER_TRAINER_H_
#define HERODOTUS_TRAIN_PARSER_TRAINER_H_

#include <cstdint>
#include <vector>

#include "herodotus/article.h"
#include "syntax/clusters.h"
#include "syntax/parser.h"

namespace herodotus::train {

struct ParserTrainOptions {
  int epochs = 15;
  uint64_t seed = 1;
  double explore = 0.9;       // probability of following a wrong prediction
  int explore_from_epoch = 2;
  float prune = 0.0f;
  bool verbose = true;
  const syntax::WordClusters* clusters = nullptr;  // cluster features when non-null and non-empty
  // Beam width: 1 = greedy decoding trained with the dynamic oracle; > 1 =
  // beam decoding trained globally with max-violation updates (beam_trainer.h).
  // The width is stored in the model as its decoding default.
  int beam = 1;
  // Feature-frequency cutoff: only features that occur at least this often
  // in the gold (static-oracle) transition sequences of the training set get
  // weights (0 or 1 = no cutoff). Fewer features make a smaller weight table,
  // and the run-time scorer waits on that table's cache lines.
  int min_feature_count = 0;
};

// `*_tags` hold tagger class ids per token (predicted, ideally jackknifed);
// `class_upos` maps a class id to its UPOS (the parser's coarse tags).
syntax::Parser TrainParser(const std::vector<Sentence>& train, const std::vector<std::vector<int>>& train_tags,
                           const std::vector<Sentence>& dev, const std::vector<std::vector<int>>& dev_tags,
                           const std::vector<std::string>& class_upos, const ParserTrainOptions& opts, int* best_epoch = nullptr,
                           std::vector<syntax::LinearModel::Row>* rows = nullptr);

}  // namespace herodotus::train

#endif  // HERODOTUS_TRAIN_PARSER_TRAINER_H_
