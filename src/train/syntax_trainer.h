// `herodotus train syntax`: the whole syntax model from CoNLL-U files.
//
// 0. Word clusters from unlabeled text (optional; word_clusters.h).
// 1. Tagger on the full training set (dev-set early stopping), and K
//    jackknife taggers on K-1 folds each that tag the held-out fold, so the
//    parser trains on realistic (predicted) tags. Runs on `threads` threads.
// 2. Lemmatizer tables and suffix rules from the training lemmas.
// 3. Parser on the jackknifed tags (dev-set early stopping on LAS), plus any
//    extra auto-parsed sentences tagged by the final tagger.
// 4. Model file with self-tests; reloaded and scored on dev before returning.
// Build-time only. Deterministic for a given seed and thread count.
#ifndef HERODOTUS_TRAIN_SYNTAX_TRAINER_H_
#define HERODOTUS_TRAIN_SYNTAX_TRAINER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::train {

struct SyntaxTrainOptions {
  std::string train_path, dev_path, out_path;
  int tagger_epochs = 12;
  int parser_epochs = 15;
  uint64_t seed = 1;
  int threads = 2;
  int jackknife = 4;          // folds; 0 or 1 = tag the training set with the final tagger
  float tagger_prune = -1.0f;  // |averaged weight| below this is dropped; < 0 = choose on dev
  float parser_prune = -1.0f;
  int parser_beam = 1;  // 1 = greedy (dynamic oracle); > 1 = beam with global training
  int parser_min_feature_count = 0;  // ParserTrainOptions::min_feature_count
  // Uptraining (Petrov et al. 2010): CoNLL-U files of automatically parsed
  // text whose trees are added to the parser's training set (the tagger,
  // lemmatizer and clusters still learn from `train_path` alone). Their tags
  // are replaced by the final tagger's, the tags the parser sees at run time.
  // At most `extra_parser_limit` sentences are taken, in file order (0 = all).
  std::vector<std::string> extra_parser_train_paths;
  size_t extra_parser_limit = 0;
  // Word clusters (docs/syntax.md): learned from these plain-text files plus
  // the training treebank when non-empty; 0 classes = no clusters.
  std::vector<std::string> unlabeled_paths;
  int fine_clusters = 256, coarse_clusters = 32, cluster_passes = 10, cluster_min_count = 3;
};

// Writes opts.out_path. *report receives the dev scores and sizes (human text).
Status TrainSyntaxModel(const SyntaxTrainOptions& opts, std::string* report);

// Post-training pruning of a saved model: drops the smallest weights of the
// parser (and tagger) as long as dev LAS (UPOS) loses at most `max_loss`
// points, re-records the self-tests and writes `out_path`. A cut >= 0 is
// used as given instead of searched (0 keeps every weight). `beam` > 0 sets
// the parser's stored decoding beam width (scored and recorded with it).
Status PruneSyntaxModel(const std::string& model_path, const std::string& dev_path, const std::string& out_path,
                        double max_loss, std::string* report, const std::string& lemma_train_path = "",
                        int tagger_cut = -1, int parser_cut = -1, int beam = 0);

}  // namespace herodotus::train

#endif  // HERODOTUS_TRAIN_SYNTAX_TRAINER_H_
