// Averaged structured perceptron (Collins 2002) with the lazy averaging
// trick: keep w and u = Σ c·Δw; the average after c steps is w − u/c.
#include "train/ner_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <random>
#include <set>
#include <unordered_map>

#include "ner/features.h"
#include "ner/model.h"
#include "ner/model_io.h"
#include "ner/score.h"
#include "ner/tags.h"

namespace herodotus::ner {
namespace {

// Sentences re-tagged at every model load (written for the project).
const std::vector<std::vector<std::string>> kSelfTestSentences = {
    {"Barack", "Obama", "met", "Angela", "Merkel", "in", "Berlin", "on", "Tuesday", "."},
    {"The", "United", "Nations", "said", "Iraqi", "forces", "entered", "Mosul", "."},
    {"Microsoft", "hired", "John", "Smith", "from", "Google", "in", "New", "York", "."},
    {"i", "went", "to", "the", "store", "yesterday", "."},
};

struct Example {
  std::vector<int> feats;     // row indices, flattened
  std::vector<uint32_t> off;  // n+1 offsets
  std::vector<int> gold;      // label ids
};

class Trainer {
 public:
  Trainer(std::vector<std::string> labels, int rows)
      : L_(static_cast<int>(labels.size())), labels_(std::move(labels)),
        w_(static_cast<size_t>(rows) * L_, 0.f), u_(w_.size(), 0.0),
        tw_((L_ + 1) * L_ + L_, 0.f), tu_(tw_.size(), 0.0) {
    BilouConstraints(labels_, &allowed_, &allowed_end_);
  }

  void Decode(const Example& ex, const std::vector<float>& w, const std::vector<float>& tw,
              std::vector<int>* out) const {
    const int n = static_cast<int>(ex.off.size()) - 1;
    em_.assign(static_cast<size_t>(n) * L_, 0.f);
    for (int i = 0; i < n; ++i) {
      float* e = &em_[static_cast<size_t>(i) * L_];
      for (uint32_t k = ex.off[i]; k < ex.off[i + 1]; ++k) {
        const float* row = &w[static_cast<size_t>(ex.feats[k]) * L_];
        for (int l = 0; l < L_; ++l) e[l] += row[l];
      }
    }
    Viterbi(n, L_, em_.data(), tw.data(), tw.data() + (L_ + 1) * L_, allowed_.data(),
            allowed_end_.data(), out);
  }

  // One perceptron step; returns whether the sentence was wrong.
  bool Step(const Example& ex) {
    ++c_;
    Decode(ex, w_, tw_, &pred_);
    if (pred_ == ex.gold) return false;
    const int n = static_cast<int>(pred_.size());
    for (int i = 0; i < n; ++i) {
      int g = ex.gold[i], p = pred_[i];
      if (g != p) {
        for (uint32_t k = ex.off[i]; k < ex.off[i + 1]; ++k) {
          Bump(w_, u_, static_cast<size_t>(ex.feats[k]) * L_ + g, 1.f);
          Bump(w_, u_, static_cast<size_t>(ex.feats[k]) * L_ + p, -1.f);
        }
      }
      int gp = i == 0 ? L_ : ex.gold[i - 1], pp = i == 0 ? L_ : pred_[i - 1];
      if (g != p || gp != pp) {
        Bump(tw_, tu_, gp * L_ + g, 1.f);
        Bump(tw_, tu_, pp * L_ + p, -1.f);
      }
    }
    int ge = ex.gold[n - 1], pe = pred_[n - 1];
    if (ge != pe) {
      Bump(tw_, tu_, (L_ + 1) * L_ + ge, 1.f);
      Bump(tw_, tu_, (L_ + 1) * L_ + pe, -1.f);
    }
    return true;
  }

  void Averaged(std::vector<float>* w, std::vector<float>* tw) const {
    w->resize(w_.size());
    tw->resize(tw_.size());
    double c = static_cast<double>(std::max<long>(c_, 1));
    for (size_t i = 0; i < w_.size(); ++i) (*w)[i] = static_cast<float>(w_[i] - u_[i] / c);
    for (size_t i = 0; i < tw_.size(); ++i) (*tw)[i] = static_cast<float>(tw_[i] - tu_[i] / c);
  }

  int num_labels() const { return L_; }

 private:
  void Bump(std::vector<float>& w, std::vector<double>& u, size_t i, float d) {
    w[i] += d;
    u[i] += static_cast<double>(c_) * d;
  }

  int L_;
  std::vector<std::string> labels_;
  std::vector<float> w_;
  std::vector<double> u_;
  std::vector<float> tw_;
  std::vector<double> tu_;
  std::vector<char> allowed_, allowed_end_;
  long c_ = 0;
  std::vector<int> pred_;
  mutable std::vector<float> em_;
};

std::vector<std::string> Words(const Sentence& s) {
  std::vector<std::string> w;
  for (const Token& t : s.tokens) w.push_back(t.form);
  return w;
}
std::vector<std::string> Tags(const Sentence& s) {
  std::vector<std::string> w;
  for (const Token& t : s.tokens) w.push_back(t.ner.empty() ? "O" : t.ner);
  return w;
}

}  // namespace

Result<NerTrainResult> TrainNer(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                                const NerTrainOptions& opt) {
  auto t0 = std::chrono::steady_clock::now();
  auto log = [&](const std::string& s) {
    if (opt.log) opt.log(s);
  };
  if (train.empty() || dev.empty()) return Status::InvalidArgument("NER training: empty train or dev set");

  // Label set: O + BILOU for each type seen in train, in sorted order.
  std::set<std::string> types;
  for (const Sentence& s : train) {
    for (const EntitySpan& e : ExtractSpans(s)) types.insert(e.type);
  }
  std::vector<std::string> labels = {"O"};
  for (const std::string& t : types) {
    for (const char* p : {"B-", "I-", "L-", "U-"}) labels.push_back(p + t);
  }
  if (labels.size() > static_cast<size_t>(Model::kMaxLabels)) {
    return Status::InvalidArgument(fmt::format("NER training: {} entity types, at most {}",
                                               types.size(), (Model::kMaxLabels - 1) / 4));
  }
  std::unordered_map<std::string, int> label_id;
  for (size_t i = 0; i < labels.size(); ++i) label_id[labels[i]] = static_cast<int>(i);

  // Features of every train sentence; keep those seen often enough.
  std::vector<SentenceFeatures> tf(train.size());
  std::unordered_map<uint64_t, int> count;
  for (size_t s = 0; s < train.size(); ++s) {
    ExtractFeatures(Words(train[s]), &tf[s], &opt.lexicon);
    for (uint64_t f : tf[s].ids) ++count[f];
  }
  std::vector<uint64_t> keys;
  for (const auto& [f, c] : count) {
    if (c >= opt.min_feature_count && f != 0) keys.push_back(f);
  }
  std::sort(keys.begin(), keys.end());
  std::unordered_map<uint64_t, int> row_of;
  row_of.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) row_of[keys[i]] = static_cast<int>(i);
  count.clear();
  log(fmt::format("{} train sentences, {} labels, {} features kept (min count {})", train.size(),
                  labels.size(), keys.size(), opt.min_feature_count));

  auto make_example = [&](const Sentence& s, const SentenceFeatures& f) {
    Example ex;
    ex.off.push_back(0);
    for (int i = 0; i < f.size(); ++i) {
      for (uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
        auto it = row_of.find(f.ids[k]);
        if (it != row_of.end()) ex.feats.push_back(it->second);
      }
      ex.off.push_back(static_cast<uint32_t>(ex.feats.size()));
    }
    for (const std::string& t : BilouFromSpans(static_cast<int>(s.tokens.size()), ExtractSpans(s))) {
      auto it = label_id.find(t);
      ex.gold.push_back(it == label_id.end() ? 0 : it->second);  // types unseen in train → O
    }
    return ex;
  };
  std::vector<Example> tr, dv;
  for (size_t s = 0; s < train.size(); ++s) {
    if (!train[s].tokens.empty()) tr.push_back(make_example(train[s], tf[s]));
  }
  tf.clear();
  std::vector<size_t> dev_index;
  for (size_t s = 0; s < dev.size(); ++s) {
    if (dev[s].tokens.empty()) continue;
    SentenceFeatures f;
    ExtractFeatures(Words(dev[s]), &f, &opt.lexicon);
    dv.push_back(make_example(dev[s], f));
    dev_index.push_back(s);
  }

  // Each run is a perceptron with its own shuffling seed, stopped early on
  // dev; with ensemble > 1 the runs' averaged weights are averaged again,
  // which removes most of the seed-to-seed noise of a single run.
  Trainer trainer(labels, static_cast<int>(keys.size()));
  std::vector<float> avg_w, avg_t, best_w, best_t, sum_w, sum_t;
  double best_f1 = -1;
  int best_epoch = 0;
  std::vector<int> pred;
  auto dev_f1 = [&](const std::vector<float>& w, const std::vector<float>& t) {
    NerScores sc;
    for (size_t d = 0; d < dv.size(); ++d) {
      trainer.Decode(dv[d], w, t, &pred);
      std::vector<std::string> bilou;
      for (int p : pred) bilou.push_back(labels[p]);
      AddSentence(Tags(dev[dev_index[d]]),
                  IobFromSpans(static_cast<int>(bilou.size()), SpansFromBilou(bilou)), &sc);
    }
    return sc.overall.f1();
  };
  const int runs = std::max(1, opt.ensemble);
  for (int run = 0; run < runs; ++run) {
    Trainer t(labels, static_cast<int>(keys.size()));
    std::mt19937_64 rng(opt.seed + static_cast<uint64_t>(run));
    std::vector<size_t> order(tr.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    double run_best = -1;
    int run_epoch = 0;
    std::vector<float> run_w, run_t;
    for (int epoch = 1; epoch <= opt.max_epochs; ++epoch) {
      // Fisher-Yates with our own RNG draw: std::shuffle's algorithm is
      // implementation-defined, this keeps models reproducible across libraries.
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      int wrong = 0;
      for (size_t i : order) wrong += t.Step(tr[i]);
      t.Averaged(&avg_w, &avg_t);
      double f1 = dev_f1(avg_w, avg_t);
      log(fmt::format("run {} epoch {:2}: {} of {} train sentences wrong, dev F1 {:.2f}%", run + 1,
                      epoch, wrong, tr.size(), 100 * f1));
      if (f1 > run_best) {
        run_best = f1;
        run_epoch = epoch;
        run_w = avg_w;
        run_t = avg_t;
      } else if (epoch - run_epoch >= opt.patience) {
        break;
      }
    }
    if (run == 0) {
      sum_w = std::move(run_w);
      sum_t = std::move(run_t);
    } else {
      for (size_t i = 0; i < sum_w.size(); ++i) sum_w[i] += run_w[i];
      for (size_t i = 0; i < sum_t.size(); ++i) sum_t[i] += run_t[i];
    }
    best_epoch += run_epoch;
  }
  best_w = sum_w;
  best_t = sum_t;
  for (float& x : best_w) x /= runs;
  for (float& x : best_t) x /= runs;
  best_epoch = (best_epoch + runs / 2) / runs;  // mean stopping epoch
  best_f1 = dev_f1(best_w, best_t);
  log(fmt::format("{} run(s) averaged: dev F1 {:.2f}%", runs, 100 * best_f1));

  const int L = static_cast<int>(labels.size());
  // The perceptron is conservative (precision well above recall): lowering
  // the prior of O, tuned on dev, trades some precision for more recall.
  float o_penalty = 0;
  if (auto it = row_of.find(BiasFeature()); it != row_of.end() && opt.tune_o_penalty) {
    float& bias_o = best_w[static_cast<size_t>(it->second) * L];
    const float orig = bias_o;
    for (float delta : {0.5f, 1.f, 1.5f, 2.f, 3.f, 4.f, 5.f, 6.f, 8.f, 10.f, 12.f}) {
      bias_o = orig - delta;
      double f1 = dev_f1(best_w, best_t);
      log(fmt::format("O penalty {:.1f}: dev F1 {:.2f}%", delta, 100 * f1));
      if (f1 > best_f1) {
        best_f1 = f1;
        o_penalty = delta;
      }
    }
    bias_o = orig - o_penalty;
  }

  // Prune rows that cannot matter much, then quantize for the file.

  std::vector<uint64_t> kept_keys;
  std::vector<float> kept_w;
  for (size_t r = 0; r < keys.size(); ++r) {
    const float* row = &best_w[r * L];
    float m = 0;
    for (int l = 0; l < L; ++l) m = std::max(m, std::fabs(row[l]));
    if (m < opt.prune || m == 0) continue;
    kept_keys.push_back(keys[r]);
    kept_w.insert(kept_w.end(), row, row + L);
  }
  std::vector<float> trans(best_t.begin(), best_t.begin() + (L + 1) * L);
  std::vector<float> end(best_t.begin() + (L + 1) * L, best_t.end());
  Model model(labels, std::move(trans), std::move(end));
  NerTrainResult result;
  result.features = kept_keys.size();
  model.SetWeights(std::move(kept_keys), std::move(kept_w));
  model.SetLexicon(opt.lexicon);
  model.Quantize();

  NerScores final_scores;
  for (const Sentence& s : dev) AddSentence(Tags(s), TagWords(model, Words(s)), &final_scores);
  result.dev_f1 = final_scores.overall.f1();
  result.best_epoch = best_epoch;
  log(fmt::format("best epoch {} (dev F1 {:.2f}%); saved model: {} features, dev F1 {:.2f}%",
                  best_epoch, 100 * best_f1, result.features, 100 * result.dev_f1));

  std::vector<SelfTest> tests;
  for (const auto& words : kSelfTestSentences) tests.push_back({words, TagWords(model, words)});
  std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  std::string meta = fmt::format(
      "herodotus NER model: averaged structured perceptron, BILOU + Viterbi\n"
      "trained: {}\ndata: {}\nbest epoch: {}\nO penalty: {}\nfeatures: {}\ndev entity F1: {:.2f}\n"
      "seed: {}\n",
      date, opt.description, best_epoch, o_penalty, result.features, 100 * result.dev_f1, opt.seed);
  Result<std::string> bytes = SerializeModel(model, meta, tests);
  if (!bytes.ok()) return bytes.status();
  result.model_bytes = std::move(*bytes);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace herodotus::ner
