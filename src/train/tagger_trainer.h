// Builds syntax::Tagger and syntax::Lemmatizer models from gold CoNLL-U
// sentences. Build-time only. Thread-safety: functions own their state, so
// different calls may run on different threads.
#ifndef HERODOTUS_TRAIN_TAGGER_TRAINER_H_
#define HERODOTUS_TRAIN_TAGGER_TRAINER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "syntax/clusters.h"
#include "syntax/lemmatizer.h"
#include "syntax/tagger.h"

namespace herodotus::train {

struct TaggerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  float prune = 0.0f;  // drop averaged weights with |w| below this
  bool verbose = true;
  std::string log_prefix = "tagger";
  const syntax::WordClusters* clusters = nullptr;  // cluster features when non-null and non-empty
};

// Trains on `train`; picks the epoch with the best UPOS+XPOS accuracy on `dev`
// (when empty, the last epoch). Sets *best_epoch when given.
syntax::Tagger TrainTagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           const TaggerTrainOptions& opts, int* best_epoch = nullptr,
                           std::vector<syntax::LinearModel::Row>* rows = nullptr,
                           const std::vector<std::vector<int>>* train_look = nullptr,
                           const std::vector<std::vector<int>>* dev_look = nullptr);

// Lookup tables and suffix rules from gold lemmas.
syntax::Lemmatizer BuildLemmatizer(const std::vector<Sentence>& train);

}  // namespace herodotus::train

#endif  // HERODOTUS_TRAIN_TAGGER_TRAINER_H_
