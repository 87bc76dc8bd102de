// Word clusters: a distributional class for each word, learned by the
// project's own clustering (src/train/word_clusters.h) from unlabeled news
// text plus the training treebank. They generalize the tagger's and the
// parser's word features to words the treebank has seen rarely or never
// (Koo, Carreras & Collins 2008).
//
// Two flat clusterings of different granularity (a fine one with a few
// hundred classes, a coarse one with a few dozen) stand in for Brown-cluster
// bit-string prefixes. Words are looked up by ClusterForm (ASCII lower case,
// digits as 0); unknown words have class 0 in both.
//
// Thread-safety: immutable after Load/Build; Of() is const and reentrant.
#ifndef HERODOTUS_SYNTAX_CLUSTERS_H_
#define HERODOTUS_SYNTAX_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "syntax/bytes.h"
#include "util/flat_map.h"

namespace herodotus::syntax {

// Packed classes of one word: fine class in the low 16 bits, coarse class in
// the high 16; 0 means unknown (known words have classes >= 1).
inline uint32_t FineCluster(uint32_t packed) { return packed & 0xffff; }
inline uint32_t CoarseCluster(uint32_t packed) { return packed >> 16; }

// The normalized form clusters are keyed by.
std::string ClusterForm(const std::string& form);

class WordClusters {
 public:
  bool empty() const { return table_.empty(); }
  size_t size() const { return table_.size(); }
  uint32_t Lookup(const std::string& form) const;
  // Packed classes of every token of `s`.
  void Of(const Sentence& s, std::vector<uint32_t>* out) const;

  // `words` are ClusterForms; fine and coarse are class ids (0-based) per word.
  void Build(const std::vector<std::string>& words, const std::vector<uint16_t>& fine,
             const std::vector<uint16_t>& coarse);

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);

 private:
  FlatMap64<uint32_t> table_;  // StringKey(ClusterForm) -> packed classes
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_CLUSTERS_H_
