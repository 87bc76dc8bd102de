#include "train/beam_trainer.h"

#include <algorithm>
#include <limits>

namespace herodotus::train {

using syntax::Parser;
using syntax::ParseState;

BeamTrainer::Outcome BeamTrainer::Train(const syntax::ParseInput& in, const GoldTree& gold,
                                        const std::vector<int>& kids, AveragedPerceptron* model) {
  Outcome out;
  const int n = static_cast<int>(gold.head.size()) - 1;
  const int steps = 2 * n;
  const size_t k = static_cast<size_t>(beam_);
  if (n <= 0) return out;

  // 1. The gold sequence and its features (the gold prefix is scored with the
  //    current weights as the beam advances).
  gold_action_.resize(steps);
  gold_feats_.resize(static_cast<size_t>(steps) * kF);
  gold_nf_.resize(steps);
  ParseState& g = gold_state_;
  g.Init(n);
  for (int t = 0; t < steps; ++t) {
    const int a = StaticAction(g, gold, kids);
    if (a < 0 || !g.Valid(a)) {
      model->Tick();
      return out;
    }
    gold_action_[t] = a;
    gold_nf_[t] = static_cast<uint16_t>(Parser::Features(in, g, &gold_feats_[static_cast<size_t>(t) * kF]));
    g.Apply(a);
  }
  out.usable = true;

  // 2. Beam decoding with history.
  if (cur_.size() < k) {
    cur_.resize(k);
    next_.resize(k);
  }
  cur_score_.assign(k, 0.0);
  next_score_.assign(k, 0.0);
  cur_gold_.assign(k, 0);
  next_gold_.assign(k, 0);
  cand_.resize(k);
  scores_.resize(k * na_);
  feats_.resize(static_cast<size_t>(steps) * k * kF);
  nf_.resize(static_cast<size_t>(steps) * k);
  parent_.resize(static_cast<size_t>(steps) * k);
  action_.resize(static_cast<size_t>(steps) * k);
  cur_[0].Init(n);
  cur_score_[0] = 0;
  cur_gold_[0] = 1;
  size_t m = 1;
  double gold_score = 0;
  int t_star = -1;
  double max_violation = -std::numeric_limits<double>::infinity();
  gold_row_.resize(na_);
  for (int t = 0; t < steps; ++t) {
    const size_t base = static_cast<size_t>(t) * k;
    for (size_t i = 0; i < m; ++i) {
      uint64_t* f = &feats_[(base + i) * kF];
      nf_[base + i] = static_cast<uint16_t>(Parser::Features(in, cur_[i], f));
      model->Score(f, nf_[base + i], &scores_[i * na_]);
    }
    model->Score(&gold_feats_[static_cast<size_t>(t) * kF], gold_nf_[t], gold_row_.data());
    gold_score += gold_row_[gold_action_[t]];
    size_t c = 0;
    auto offer = [&](double total, int i, int a) {
      if (c == k && total <= cand_[c - 1].total) return;
      size_t j = c < k ? c++ : c - 1;
      while (j > 0 && cand_[j - 1].total < total) {
        cand_[j] = cand_[j - 1];
        --j;
      }
      cand_[j] = {total, i, a};
    };
    for (size_t i = 0; i < m; ++i) {
      const ParseState& st = cur_[i];
      const float* row = &scores_[i * na_];
      const double s = cur_score_[i];
      if (st.CanShift()) offer(s + row[0], static_cast<int>(i), 0);
      const bool cl = st.CanLeft(), cr = st.CanRight();
      for (int a = 1; a < na_; ++a)
        if ((a - 1) % 2 == 0 ? cl : cr) offer(s + row[a], static_cast<int>(i), a);
    }
    bool gold_in = false;
    for (size_t j = 0; j < c; ++j) {
      const int i = cand_[j].item;
      next_[j] = cur_[i];
      next_[j].Apply(cand_[j].action);
      next_score_[j] = cand_[j].total;
      next_gold_[j] = cur_gold_[i] && cand_[j].action == gold_action_[t];
      gold_in = gold_in || next_gold_[j];
      parent_[base + j] = i;
      action_[base + j] = cand_[j].action;
    }
    if (!gold_in && cand_[0].total - gold_score > max_violation) {
      max_violation = cand_[0].total - gold_score;
      t_star = t;
    }
    std::swap(cur_, next_);
    std::swap(cur_score_, next_score_);
    std::swap(cur_gold_, next_gold_);
    m = c;
  }
  // The gold sequence stayed in the beam: update only if it did not win.
  if (t_star < 0) {
    if (cur_gold_[0]) {
      out.steps = steps;
      model->Tick();
      return out;
    }
    t_star = steps - 1;
  }

  // 3. Update along the best item's history at t_star against the gold prefix.
  std::vector<std::pair<int, int>> path(t_star + 1);  // (item expanded at step t, its action)
  for (int t = t_star, j = 0; t >= 0; --t) {
    const size_t base = static_cast<size_t>(t) * k;
    path[t] = {parent_[base + j], action_[base + j]};
    j = parent_[base + j];
  }
  bool same = true;
  for (int t = 0; t <= t_star; ++t) {
    const auto [item, a] = path[t];
    same = same && a == gold_action_[t];
    if (same) continue;  // identical states and actions: the two updates cancel
    model->AddAll(&gold_feats_[static_cast<size_t>(t) * kF], gold_nf_[t], gold_action_[t], 1.0f);
    const size_t fi = static_cast<size_t>(t) * k + item;
    model->AddAll(&feats_[fi * kF], nf_[fi], a, -1.0f);
  }
  out.updated = true;
  out.steps = t_star + 1;
  model->Tick();
  return out;
}

}  // namespace herodotus::train
