#include "train/tagger_trainer.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <unordered_map>

#include "syntax/linear_model.h"
#include "train/perceptron.h"
#include "util/ascii.h"

namespace herodotus::train {
namespace {

using syntax::FeatureKey;
using syntax::StringKey;

// Class inventory: (UPOS, XPOS) pairs in first-seen order.
struct Classes {
  std::map<std::pair<std::string, std::string>, int> id;
  std::vector<std::string> upos, xpos;
  int Get(const Token& t) {
    auto [it, inserted] = id.try_emplace({t.upos, t.xpos}, static_cast<int>(upos.size()));
    if (inserted) {
      upos.push_back(t.upos);
      xpos.push_back(t.xpos);
    }
    return it->second;
  }
  int Find(const Token& t) const {
    auto it = id.find({t.upos, t.xpos});
    return it == id.end() ? -1 : it->second;
  }
};

// Ambiguity classes: for words seen >= 3 times, a hash of the classes that
// make up at least 5% of their occurrences.
void BuildAmbiguity(const std::vector<Sentence>& train, Classes& cls, syntax::Tagger* t) {
  std::unordered_map<uint64_t, std::map<int, int>> counts;
  for (const auto& s : train)
    for (const auto& tok : s.tokens) counts[StringKey(AsciiLower(tok.form))][cls.Get(tok)]++;
  for (auto& [w, m] : counts) {
    int total = 0;
    for (auto& [c, n] : m) total += n;
    if (total < 3) continue;
    uint64_t h = 0x1234;
    for (auto& [c, n] : m)
      if (n * 20 >= total) h = FeatureKey(9, h, static_cast<uint64_t>(c));
    t->ambiguity[w] = h;
  }
}

void BuildFeats(const std::vector<Sentence>& train, const Classes& cls, syntax::Tagger* t) {
  std::map<std::string, uint16_t> fid;
  t->feats_strings = {""};
  fid[""] = 0;
  auto id_of = [&](const std::string& f) {
    auto [it, ins] = fid.try_emplace(f, static_cast<uint16_t>(t->feats_strings.size()));
    if (ins) t->feats_strings.push_back(f);
    return it->second;
  };
  std::vector<std::map<uint16_t, int>> by_class(cls.upos.size());
  std::map<std::pair<uint64_t, int>, std::map<uint16_t, int>> by_word;
  for (const auto& s : train)
    for (const auto& tok : s.tokens) {
      int c = cls.Find(tok);
      uint16_t f = id_of(tok.feats);
      by_class[c][f]++;
      by_word[{StringKey(AsciiLower(tok.form)), c}][f]++;
    }
  auto argmax = [](const std::map<uint16_t, int>& m) {
    uint16_t best = 0;
    int n = -1;
    for (auto& [f, k] : m)
      if (k > n) best = f, n = k;
    return best;
  };
  t->feats_by_class.assign(cls.upos.size(), 0);
  for (size_t c = 0; c < by_class.size(); ++c) t->feats_by_class[c] = argmax(by_class[c]);
  // Store a word entry only where it differs from the class default (keeps the model small).
  for (auto& [key, m] : by_word) {
    uint16_t f = argmax(m);
    if (f != t->feats_by_class[key.second])
      t->feats_by_word[FeatureKey(0, key.first, static_cast<uint64_t>(key.second))] = f;
  }
}

}  // namespace

syntax::Tagger TrainTagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           const TaggerTrainOptions& opts, int* best_epoch_out,
                           std::vector<syntax::LinearModel::Row>* rows,
                           const std::vector<std::vector<int>>* train_look,
                           const std::vector<std::vector<int>>* dev_look) {
  syntax::Tagger tagger;
  Classes cls;
  for (const auto& s : train)
    for (const auto& t : s.tokens) cls.Get(t);
  tagger.upos = cls.upos;
  tagger.xpos = cls.xpos;
  BuildAmbiguity(train, cls, &tagger);
  BuildFeats(train, cls, &tagger);
  const int nc = static_cast<int>(cls.upos.size());
  const bool uc = opts.clusters && !opts.clusters->empty();

  // Pre-compute token values and gold classes once.
  auto prepare = [&](const std::vector<Sentence>& data, std::vector<std::vector<syntax::TagToken>>* toks,
                     std::vector<std::vector<int>>* gold) {
    toks->resize(data.size());
    gold->resize(data.size());
    for (size_t i = 0; i < data.size(); ++i) {
      std::vector<uint32_t> cl;
      if (uc) opts.clusters->Of(data[i], &cl);
      tagger.Prepare(data[i], &(*toks)[i], uc ? &cl : nullptr);
      for (const auto& t : data[i].tokens) (*gold)[i].push_back(cls.Find(t));
    }
  };
  std::vector<std::vector<syntax::TagToken>> tr_toks, dv_toks;
  std::vector<std::vector<int>> tr_gold, dv_gold;
  prepare(train, &tr_toks, &tr_gold);
  prepare(dev, &dv_toks, &dv_gold);

  AveragedPerceptron model(nc);
  std::vector<float> scores(nc);
  uint64_t feats[syntax::Tagger::kMaxFeatures];
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(opts.seed);
  std::vector<syntax::LinearModel::Row> best_rows;
  double best_acc = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const auto& toks = tr_toks[idx];
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < toks.size(); ++i) {
        size_t n = syntax::Tagger::Features(toks, i, p1, p2, feats, train_look ? (*train_look)[idx].data() : nullptr, uc);
        model.Score(feats, n, scores.data());
        int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        int gold = tr_gold[idx][i];
        model.Update(feats, n, gold, guess);
        model.Tick();
        correct += guess == gold;
        ++total;
        p2 = p1;
        p1 = guess;
      }
    }
    // Dev accuracy with the averaged weights.
    size_t dc = 0, dt = 0, du = 0;
    for (size_t s = 0; s < dv_toks.size(); ++s) {
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < dv_toks[s].size(); ++i) {
        size_t n = syntax::Tagger::Features(dv_toks[s], i, p1, p2, feats, dev_look ? (*dev_look)[s].data() : nullptr, uc);
        model.ScoreAveraged(feats, n, scores.data());
        int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        int gold = dv_gold[s][i];
        dc += guess == gold;
        du += gold >= 0 && cls.upos[guess] == cls.upos[gold];
        ++dt;
        p2 = p1;
        p1 = guess;
      }
    }
    double acc = dt ? static_cast<double>(dc) / dt : static_cast<double>(epoch);
    if (opts.verbose)
      std::fprintf(stderr, "%s epoch %d: train %.2f%%  dev UPOS+XPOS %.2f%%  dev UPOS %.2f%%  (%zu features)\n",
                   opts.log_prefix.c_str(), epoch, 100.0 * correct / std::max<size_t>(1, total), 100.0 * acc,
                   dt ? 100.0 * du / dt : 0.0, model.num_features());
    if (acc > best_acc) {
      best_acc = acc;
      best_epoch = epoch;
      best_rows = model.Averaged();
    }
  }
  if (best_epoch_out) *best_epoch_out = best_epoch;
  tagger.SetModels(syntax::LinearModel::Build(nc, best_rows, opts.prune));
  if (rows) *rows = std::move(best_rows);
  return tagger;
}

syntax::Lemmatizer BuildLemmatizer(const std::vector<Sentence>& train) {
  using syntax::Lemmatizer;
  Lemmatizer lem;
  std::unordered_map<std::string, uint32_t> sid;
  auto string_id = [&](const std::string& s) {
    auto [it, ins] = sid.try_emplace(s, static_cast<uint32_t>(lem.strings.size()));
    if (ins) lem.strings.push_back(s);
    return it->second;
  };
  std::unordered_map<uint64_t, std::map<std::string, int>> exact, by_form;
  // Suffix rules count word types, not tokens: productivity matters for unseen words.
  std::map<std::tuple<std::string, std::string, std::string>, bool> types;
  for (const auto& s : train)
    for (const auto& t : s.tokens) {
      if (t.lemma.empty()) continue;
      exact[Lemmatizer::ExactKey(t.form, t.upos, t.xpos)][t.lemma]++;
      by_form[Lemmatizer::FormKey(t.form, t.upos)][t.lemma]++;
      by_form[Lemmatizer::FormKey(t.form, "*")][t.lemma]++;
      std::string lower = AsciiLower(t.form);
      if (lower != t.form) by_form[Lemmatizer::FormKey(lower, t.upos)][AsciiLower(t.lemma) == t.lemma ? t.lemma : AsciiLower(t.lemma)]++;
      lem.known.insert(Lemmatizer::KnownKey(AsciiLower(t.lemma), t.upos));
      if (t.upos == "PROPN" || t.upos == "NUM" || t.upos == "PUNCT" || t.upos == "SYM" || t.upos == "X") continue;
      types[{lower, t.xpos, AsciiLower(t.lemma)}] = true;
    }
  auto best_of = [](const std::map<std::string, int>& m) {
    const std::string* best = nullptr;
    int n = -1;
    for (auto& [l, k] : m)
      if (k > n) best = &l, n = k;
    return *best;
  };
  for (auto& [k, m] : exact) lem.exact[k] = string_id(best_of(m));
  for (auto& [k, m] : by_form) lem.by_form[k] = string_id(best_of(m));
  // Rules per (suffix, XPOS).
  std::map<std::pair<uint8_t, std::string>, uint32_t> rid;
  std::unordered_map<uint64_t, std::map<uint32_t, int>> counts;
  for (auto& [key, unused] : types) {
    const auto& [lower, xpos, lemma] = key;
    Lemmatizer::Rule r = Lemmatizer::EditOf(lower, lemma);
    if (r.strip >= lower.size()) continue;
    auto [it, ins] = rid.try_emplace({r.strip, r.append}, static_cast<uint32_t>(lem.rules.size()));
    if (ins) lem.rules.push_back(r);
    for (int len = 0; len <= Lemmatizer::kMaxSuffix && len < static_cast<int>(lower.size()); ++len)
      counts[Lemmatizer::SuffixKey(lower.substr(lower.size() - len), xpos)][it->second]++;
  }
  for (auto& [key, m] : counts) {
    std::vector<std::pair<int, uint32_t>> v;
    for (auto& [r, n] : m) v.push_back({-n, r});
    std::sort(v.begin(), v.end());
    if (v.size() > 4) v.resize(4);
    lem.suffix_rules[key] = {static_cast<uint32_t>(lem.rule_lists.size()), static_cast<uint32_t>(v.size())};
    for (auto& [n, r] : v) lem.rule_lists.push_back(r);
  }
  return lem;
}

}  // namespace herodotus::train
