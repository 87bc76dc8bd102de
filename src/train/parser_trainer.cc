#include "train/parser_trainer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>

#include "train/beam_trainer.h"
#include "train/oracle.h"
#include "train/perceptron.h"

namespace herodotus::train {
namespace {

using syntax::ParseInput;
using syntax::Parser;
using syntax::ParseState;

struct Example {
  ParseInput in;
  GoldTree gold;
  std::vector<int> kids;  // gold child counts (static oracle of the beam trainer)
};

// A copy whose UPOS fields hold the predicted tags, as at run time.
Sentence WithPredictedUpos(const Sentence& s, const std::vector<int>& tags, const std::vector<std::string>& upos) {
  Sentence c = s;
  for (size_t i = 0; i < c.tokens.size() && i < tags.size(); ++i)
    c.tokens[i].upos = tags[i] >= 0 && static_cast<size_t>(tags[i]) < upos.size() ? upos[tags[i]] : "X";
  return c;
}

int ArgmaxValid(const ParseState& st, const std::vector<float>& scores) {
  int best = -1;
  float bs = -1e30f;
  const bool cs = st.CanShift(), cl = st.CanLeft(), cr = st.CanRight();
  if (cs) best = 0, bs = scores[0];
  for (size_t a = 1; a < scores.size(); ++a) {
    bool ok = (a - 1) % 2 == 0 ? cl : cr;
    if (ok && scores[a] > bs) best = static_cast<int>(a), bs = scores[a];
  }
  return best;
}

}  // namespace

syntax::Parser TrainParser(const std::vector<Sentence>& train, const std::vector<std::vector<int>>& train_tags,
                           const std::vector<Sentence>& dev, const std::vector<std::vector<int>>& dev_tags,
                           const std::vector<std::string>& class_upos, const ParserTrainOptions& opts, int* best_epoch_out,
                           std::vector<syntax::LinearModel::Row>* rows) {
  Parser parser;
  std::map<std::string, int> label_id;
  for (const auto& s : train)
    for (const auto& t : s.tokens) label_id.try_emplace(t.deprel, 0);
  for (auto& [l, id] : label_id) {
    id = static_cast<int>(parser.labels.size());
    parser.labels.push_back(l);
  }
  const int nl = static_cast<int>(parser.labels.size());
  const int na = syntax::NumActions(nl);

  const bool uc = opts.clusters && !opts.clusters->empty();
  std::vector<uint32_t> cl;
  auto Clusters = [&](const Sentence& s, std::vector<uint32_t>* out) -> const std::vector<uint32_t>* {
    if (!uc) return nullptr;
    opts.clusters->Of(s, out);
    return out;
  };
  std::vector<Example> examples;
  size_t skipped = 0, lifted = 0;
  for (size_t i = 0; i < train.size(); ++i) {
    const auto& s = train[i];
    Example e;
    const size_t n = s.tokens.size();
    e.gold.head.assign(n + 1, -1);
    e.gold.label.assign(n + 1, -1);
    for (size_t k = 0; k < n; ++k) {
      e.gold.head[k + 1] = s.tokens[k].head;
      e.gold.label[k + 1] = label_id[s.tokens[k].deprel];
    }
    if (n == 0 || !IsSingleRootTree(e.gold.head)) {
      ++skipped;
      continue;
    }
    lifted += Projectivize(&e.gold.head);
    e.kids = GoldChildCounts(e.gold);
    e.in.Prepare(WithPredictedUpos(s, train_tags[i], class_upos), train_tags[i], Clusters(s, &cl));
    examples.push_back(std::move(e));
  }
  if (opts.verbose)
    std::fprintf(stderr, "parser: %zu training trees (%zu skipped: not single-root trees), %zu arcs lifted, %d labels\n",
                 examples.size(), skipped, lifted, nl);

  std::vector<ParseInput> dev_in(dev.size());
  for (size_t i = 0; i < dev.size(); ++i)
    dev_in[i].Prepare(WithPredictedUpos(dev[i], dev_tags[i], class_upos), dev_tags[i], Clusters(dev[i], &cl));

  AveragedPerceptron model(na);
  if (opts.min_feature_count > 1) {
    // Count every feature of the gold transition sequences; keep the frequent ones.
    std::vector<uint64_t> all;
    uint64_t f[Parser::kMaxFeatures];
    for (const Example& e : examples) {
      ParseState g;
      g.Init(static_cast<int>(e.gold.head.size()) - 1);
      while (!g.Terminal()) {
        const int a = StaticAction(g, e.gold, e.kids);
        if (a < 0 || !g.Valid(a)) break;
        const size_t nf = Parser::Features(e.in, g, f);
        all.insert(all.end(), f, f + nf);
        g.Apply(a);
      }
    }
    std::sort(all.begin(), all.end());
    std::vector<uint64_t> keep;
    size_t distinct = 0;
    for (size_t i = 0, j; i < all.size(); i = j) {
      for (j = i; j < all.size() && all[j] == all[i]; ++j) {}
      ++distinct;
      if (j - i >= static_cast<size_t>(opts.min_feature_count)) keep.push_back(all[i]);
    }
    model.RestrictTo(keep);
    if (opts.verbose)
      std::fprintf(stderr, "parser: %zu of %zu gold features occur >= %d times; only they get weights\n", keep.size(),
                   distinct, opts.min_feature_count);
  }
  BeamTrainer beam_trainer(std::max(1, opts.beam), na);
  std::vector<float> scores(na);
  std::vector<int> costs;
  uint64_t feats[Parser::kMaxFeatures];
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(opts.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<syntax::LinearModel::Row> best_rows;
  double best_las = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t steps = 0, errors = 0;
    if (opts.beam > 1) {
      // Global training: `errors` counts sentences with an update.
      for (size_t idx : order) {
        const Example& e = examples[idx];
        BeamTrainer::Outcome o = beam_trainer.Train(e.in, e.gold, e.kids, &model);
        steps += o.usable;
        errors += o.updated;
      }
    }
    for (size_t idx : order) {
      if (opts.beam > 1) break;
      const Example& e = examples[idx];
      ParseState st;
      st.Init(static_cast<int>(e.gold.head.size()) - 1);
      while (!st.Terminal()) {
        size_t nf = Parser::Features(e.in, st, feats);
        if (nf > Parser::kMaxFeatures) std::abort();  // feature buffer overrun: a programming error
        model.Score(feats, nf, scores.data());
        ActionCosts(st, e.gold, nl, &costs);
        int pred = ArgmaxValid(st, scores);
        int min_cost = *std::min_element(costs.begin(), costs.end());
        int best_gold = -1;
        for (int a = 0; a < na; ++a)
          if (costs[a] == min_cost && (best_gold < 0 || scores[a] > scores[best_gold])) best_gold = a;
        ++steps;
        int next = pred;
        if (costs[pred] > min_cost) {
          ++errors;
          model.Update(feats, nf, best_gold, pred);
          bool explore = epoch >= opts.explore_from_epoch && coin(rng) < opts.explore;
          if (!explore) next = best_gold;
        }
        model.Tick();
        st.Apply(next);
      }
    }
    // Dev with averaged weights; a beam parser is decoded as at run time
    // (quantized weights, same beam).
    size_t tok = 0, uas = 0, las = 0;
    std::vector<syntax::LinearModel::Row> epoch_rows;
    Parser dev_parser;
    if (opts.beam > 1) {
      epoch_rows = model.Averaged();
      dev_parser.model = syntax::LinearModel::Build(na, epoch_rows, 0.0f);
    }
    for (size_t i = 0; i < dev.size(); ++i) {
      const int n = static_cast<int>(dev[i].tokens.size());
      if (n == 0) continue;
      ParseState st;
      if (opts.beam > 1) {
        dev_parser.Decode(dev_in[i], n, opts.beam, &st);
      } else {
        st.Init(n);
        while (!st.Terminal()) {
          size_t nf = Parser::Features(dev_in[i], st, feats);
          model.ScoreAveraged(feats, nf, scores.data());
          st.Apply(ArgmaxValid(st, scores));
        }
      }
      for (int k = 1; k <= n; ++k) {
        const Token& g = dev[i].tokens[k - 1];
        ++tok;
        if (st.head[k] == g.head) {
          ++uas;
          las += st.label[k] >= 0 && parser.labels[st.label[k]] == g.deprel;
        }
      }
    }
    double l = tok ? static_cast<double>(las) / tok : static_cast<double>(epoch);
    if (opts.verbose && opts.beam > 1)
      std::fprintf(stderr, "parser epoch %d (beam %d): updates in %.2f%% of %zu sentences  dev UAS %.2f%%  LAS %.2f%%  (%zu features)\n",
                   epoch, opts.beam, 100.0 * errors / std::max<size_t>(1, steps), steps, tok ? 100.0 * uas / tok : 0.0,
                   100.0 * (tok ? static_cast<double>(las) / tok : 0.0), model.num_features());
    else if (opts.verbose)
      std::fprintf(stderr, "parser epoch %d: train error %.2f%% of %zu steps  dev UAS %.2f%%  LAS %.2f%%  (%zu features)\n",
                   epoch, 100.0 * errors / std::max<size_t>(1, steps), steps, tok ? 100.0 * uas / tok : 0.0,
                   100.0 * l, model.num_features());
    if (l > best_las) {
      best_las = l;
      best_epoch = epoch;
      best_rows = opts.beam > 1 ? std::move(epoch_rows) : model.Averaged();
    }
  }
  if (best_epoch_out) *best_epoch_out = best_epoch;
  parser.model = syntax::LinearModel::Build(na, best_rows, opts.prune);
  parser.beam_width = std::clamp(opts.beam, 1, Parser::kMaxBeam);
  if (rows) *rows = std::move(best_rows);
  return parser;
}

}  // namespace herodotus::train
