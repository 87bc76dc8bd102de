// Word clustering for the syntax models: the exchange algorithm (Kneser & Ney
// 1993; Martin, Liermann & Ney 1998) that maximizes the likelihood of a
// class-bigram model, the flat counterpart of Brown clustering. Each pass
// moves every word to the class that most improves the objective; the change
// is computed from the word's sparse neighbour-class counts, so one pass costs
// O(classes x distinct neighbour classes) per word.
//
// Build-time only (herodotus_train). Deterministic for given inputs.
// Thread-safety: functions own their state; different calls may run on
// different threads.
#ifndef HERODOTUS_TRAIN_WORD_CLUSTERS_H_
#define HERODOTUS_TRAIN_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"
#include "syntax/clusters.h"

namespace herodotus::train {

// A corpus of sentences as word ids over a vocabulary of ClusterForms.
struct ClusterCorpus {
  std::vector<std::string> vocab;            // id -> ClusterForm; id 0 = sentence boundary, 1 = rare word
  std::vector<uint64_t> count;               // id -> occurrences
  std::vector<std::vector<uint32_t>> sents;  // word ids
};

// Collects the words of `sentences` (treebank) and of the plain-text files
// `text_paths` (one or more sentences per line; tokenized and split into
// sentences with the project's text stage) and keeps words seen at least
// `min_count` times (the rest become one rare-word id).
Result<ClusterCorpus> ReadClusterCorpus(const std::vector<Sentence>& sentences,
                                        const std::vector<std::string>& text_paths, int min_count);

// Class (0..num_classes-1) of every vocabulary word after `passes` exchange
// passes. The boundary and rare-word ids are clustered like other words.
std::vector<uint16_t> ExchangeClusters(const ClusterCorpus& corpus, int num_classes, int passes, bool verbose);

// Fine and coarse clusterings of the corpus (run on two threads) as the
// run-time table.
syntax::WordClusters BuildWordClusters(const ClusterCorpus& corpus, int fine_classes, int coarse_classes,
                                       int passes);

}  // namespace herodotus::train

#endif  // HERODOTUS_TRAIN_WORD_CLUSTERS_H_
