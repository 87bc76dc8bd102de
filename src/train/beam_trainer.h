// Global training of the beam parser: one sentence at a time, decode with the
// current weights and a beam, then apply a max-violation perceptron update
// (Huang, Fayong & Guo 2012): at the step where the best beam item leads the
// gold prefix by the most, the gold prefix's features gain its actions and
// the best item's history loses its own. This trains the scores of whole
// transition sequences, which is what beam decoding compares (Zhang & Clark
// 2008; Zhang & Nivre 2011 use early update, the special case of the first
// step the gold prefix falls off the beam).
//
// The gold sequence is the static oracle's on the projectivized tree. Beam
// storage and the per-step feature history live in flat reusable arrays.
// Build-time only; one instance per training thread; deterministic.
#ifndef HERODOTUS_TRAIN_BEAM_TRAINER_H_
#define HERODOTUS_TRAIN_BEAM_TRAINER_H_

#include <cstdint>
#include <vector>

#include "syntax/parser.h"
#include "train/oracle.h"
#include "train/perceptron.h"

namespace herodotus::train {

class BeamTrainer {
 public:
  BeamTrainer(int beam, int num_actions) : beam_(beam), na_(num_actions) {}

  struct Outcome {
    bool usable = false;   // the gold tree is reachable (projective, single root)
    bool updated = false;  // a violation was found and the weights changed
    int steps = 0;         // transitions up to the update (or the whole sequence)
  };
  // Decodes `in` (n words) and updates `model` towards `gold` (kids: gold
  // child counts, GoldChildCounts). Advances the model's clock once.
  Outcome Train(const syntax::ParseInput& in, const GoldTree& gold, const std::vector<int>& kids,
                AveragedPerceptron* model);

 private:
  static constexpr int kF = syntax::Parser::kMaxFeatures;
  int beam_, na_;
  std::vector<int> gold_action_;
  std::vector<uint64_t> gold_feats_;  // step-major, kF per step
  std::vector<uint16_t> gold_nf_;
  std::vector<uint64_t> feats_;       // [step][item] x kF: features of the items expanded at each step
  std::vector<uint16_t> nf_;
  std::vector<int> parent_, action_;  // [step][item]: origin of the items after each step
  std::vector<syntax::ParseState> cur_, next_;
  std::vector<double> cur_score_, next_score_;
  std::vector<char> cur_gold_, next_gold_;
  std::vector<float> scores_, gold_row_;
  syntax::ParseState gold_state_;
  struct Cand {
    double total;
    int item, action;
  };
  std::vector<Cand> cand_;
};

}  // namespace herodotus::train

#endif  // HERODOTUS_TRAIN_BEAM_TRAINER_H_
