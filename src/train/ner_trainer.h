// Trainer for the NER model: an averaged structured perceptron over BILOU
// labels with Viterbi decoding (the same decoder the runtime uses), fixed
// shuffling seed and early stopping on dev entity F1. Build-time tool: lives
// in herodotus_train, never in the runtime. Not thread-safe; one call at a time.
#ifndef HERODOTUS_TRAIN_NER_TRAINER_H_
#define HERODOTUS_TRAIN_NER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"
#include "ner/lexicon.h"

namespace herodotus::ner {

struct NerTrainOptions {
  int max_epochs = 25;
  int ensemble = 3;           // independent runs (seeds seed, seed+1, ...) averaged
  int patience = 4;           // stop after this many epochs without a dev gain
  uint64_t seed = 20240101;   // shuffling seed: same data + seed = same model
  int min_feature_count = 1;  // features seen fewer times in train are dropped
  float prune = 0.05f;        // drop rows whose largest |weight| is below this
  bool tune_o_penalty = true; // tune the O prior on dev after training
  Lexicon lexicon;            // word knowledge stored in the model (may be empty)
  std::string description;    // stored in the model metadata (data files, etc.)
  std::function<void(const std::string&)> log;  // progress lines; may be empty
};

struct NerTrainResult {
  std::string model_bytes;  // the serialized .hdm file
  double dev_f1 = 0;        // of the saved (pruned, quantized) model
  int best_epoch = 0;         // mean early-stopping epoch of the runs
  size_t features = 0;      // rows kept in the model
  double seconds = 0;
};

// Trains on sentences with Token::form and Token::ner (IOB2) set. Dev is used
// for early stopping; it may not be empty. Fails with InvalidArgument on empty
// data or more entity types than the model format holds.
Result<NerTrainResult> TrainNer(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                                const NerTrainOptions& options);

}  // namespace herodotus::ner

#endif  // HERODOTUS_TRAIN_NER_TRAINER_H_
