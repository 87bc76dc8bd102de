#include "train/syntax_trainer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <thread>

#include "syntax/analyzer.h"
#include "syntax/conllu.h"
#include "syntax/score.h"
#include "train/parser_trainer.h"
#include "train/tagger_trainer.h"
#include "train/word_clusters.h"
#include "util/file.h"

namespace herodotus::train {
namespace {

void RunTasks(std::vector<std::function<void()>>& tasks, int threads) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < tasks.size();) tasks[i]();
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::max(1, threads); ++t) pool.emplace_back(worker);
  worker();
  for (auto& th : pool) th.join();
}

std::vector<int> TagClasses(const syntax::Tagger& tagger, const Sentence& s, const syntax::WordClusters& wc) {
  Sentence copy = s;
  std::vector<int> classes;
  std::vector<uint32_t> cl;
  if (!wc.empty()) wc.Of(s, &cl);
  tagger.Tag(&copy, &classes, wc.empty() ? nullptr : &cl);
  return classes;
}

// Self-test sentences written for the project (not from any treebank).
std::vector<Sentence> SelfTestSamples() {
  const char* texts[] = {
      "The minister said on Tuesday that the talks would resume next week .",
      "Rebels attacked a police station in the north , killing three officers .",
      "She was upgrading the studies and stopped writing better reports .",
  };
  std::vector<Sentence> out;
  for (const char* t : texts) {
    Sentence s;
    std::string word;
    for (const char* p = t;; ++p) {
      if (*p == ' ' || *p == '\0') {
        if (!word.empty()) {
          Token tok;
          tok.form = word;
          s.tokens.push_back(tok);
          word.clear();
        }
        if (*p == '\0') break;
      } else {
        word += *p;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

Status TrainSyntaxModel(const SyntaxTrainOptions& opts, std::string* report) {
  const auto t0 = std::chrono::steady_clock::now();
  auto train = syntax::ReadConlluFile(opts.train_path);
  if (!train.ok()) return train.status();
  auto dev = syntax::ReadConlluFile(opts.dev_path);
  if (!dev.ok()) return dev.status();
  for (const auto& e : train->errors) std::fprintf(stderr, "%s\n", e.c_str());
  for (const auto& e : dev->errors) std::fprintf(stderr, "%s\n", e.c_str());
  const auto& tr = train->sentences;
  const auto& dv = dev->sentences;
  if (tr.empty()) return Status::InvalidArgument(opts.train_path + ": no usable training sentences");
  std::fprintf(stderr, "train: %zu sentences (%zu skipped), dev: %zu sentences (%zu skipped)\n", tr.size(),
               train->bad_sentences, dv.size(), dev->bad_sentences);

  // 0. Word clusters.
  syntax::WordClusters clusters;
  if (!opts.unlabeled_paths.empty() && opts.fine_clusters > 1 && opts.coarse_clusters > 1) {
    auto corpus = ReadClusterCorpus(tr, opts.unlabeled_paths, opts.cluster_min_count);
    if (!corpus.ok()) return corpus.status();
    size_t tokens = 0;
    for (const auto& s : corpus->sents) tokens += s.size();
    std::fprintf(stderr, "clusters: %zu sentences, %zu tokens, %zu words seen >= %d times\n", corpus->sents.size(),
                 tokens, corpus->vocab.size() - 2, opts.cluster_min_count);
    clusters = BuildWordClusters(*corpus, opts.fine_clusters, opts.coarse_clusters, opts.cluster_passes);
    std::fprintf(stderr, "clusters done at %.0f s\n", Seconds(t0));
  }
  const syntax::WordClusters* wc = clusters.empty() ? nullptr : &clusters;

  // 1. Taggers: the final one plus jackknife folds, in parallel.
  const int k = opts.jackknife > 1 ? opts.jackknife : 0;
  syntax::Tagger final_tagger;
  std::vector<std::vector<int>> train_tags(tr.size());
  std::vector<Sentence> train_tagged(tr.size());  // fold taggers' output
  std::vector<std::function<void()>> tasks;
  int tagger_best_epoch = 0;
  std::vector<syntax::LinearModel::Row> tagger_rows, parser_rows;
  tasks.push_back([&] {
    TaggerTrainOptions to;
    to.epochs = opts.tagger_epochs;
    to.seed = opts.seed;
    to.prune = opts.tagger_prune;
    to.clusters = wc;
    final_tagger = TrainTagger(tr, dv, to, &tagger_best_epoch, &tagger_rows);
  });
  for (int f = 0; f < k; ++f) {
    tasks.push_back([&, f] {
      std::vector<Sentence> part;
      std::vector<size_t> held;
      for (size_t i = 0; i < tr.size(); ++i) {
        if (static_cast<int>(i % k) == f) held.push_back(i);
        else part.push_back(tr[i]);
      }
      TaggerTrainOptions to;
      to.epochs = opts.tagger_epochs;
      to.seed = opts.seed + 17 * (f + 1);
      to.log_prefix = "tagger fold " + std::to_string(f + 1);
      to.verbose = false;
      to.clusters = wc;
      syntax::Tagger t = TrainTagger(part, dv, to);
      std::vector<uint32_t> cl;
      for (size_t i : held) {
        Sentence copy = tr[i];
        if (wc) wc->Of(copy, &cl);
        t.Tag(&copy, nullptr, wc ? &cl : nullptr);
        train_tagged[i] = std::move(copy);
      }
      std::fprintf(stderr, "tagger fold %d/%d done\n", f + 1, k);
    });
  }
  RunTasks(tasks, opts.threads);
  if (k == 0)
    for (size_t i = 0; i < tr.size(); ++i) train_tags[i] = TagClasses(final_tagger, tr[i], clusters);
  // Fold taggers number classes in their own order: map their tags to the final inventory.
  if (k > 0) {
    std::map<std::pair<std::string, std::string>, int> cls;
    for (size_t c = 0; c < final_tagger.upos.size(); ++c)
      cls[{final_tagger.upos[c], final_tagger.xpos[c]}] = static_cast<int>(c);
    for (size_t i = 0; i < tr.size(); ++i)
      for (const auto& t : train_tagged[i].tokens) {
        auto it = cls.find({t.upos, t.xpos});
        train_tags[i].push_back(it == cls.end() ? 0 : it->second);
      }
  }
  std::fprintf(stderr, "taggers done in %.0f s (best epoch %d)\n", Seconds(t0), tagger_best_epoch);
  std::vector<std::vector<int>> dev_tags(dv.size());
  for (size_t i = 0; i < dv.size(); ++i) dev_tags[i] = TagClasses(final_tagger, dv[i], clusters);
  // Second tagging pass: trained on the jackknifed first-pass tags of the
  // training set (so it learns how far to trust them), checked on dev.
  std::vector<syntax::LinearModel::Row> tagger2_rows;
  int tagger2_best_epoch = 0;
  if (k > 0) {
    TaggerTrainOptions to;
    to.epochs = opts.tagger_epochs;
    to.seed = opts.seed + 1000;
    to.log_prefix = "tagger pass 2";
    to.clusters = wc;
    syntax::Tagger second = TrainTagger(tr, dv, to, &tagger2_best_epoch, &tagger2_rows, &train_tags, &dev_tags);
    final_tagger.SetModels(final_tagger.model(), second.model());
    for (size_t i = 0; i < dv.size(); ++i) dev_tags[i] = TagClasses(final_tagger, dv[i], clusters);
    std::fprintf(stderr, "second tagging pass done at %.0f s (best epoch %d)\n", Seconds(t0), tagger2_best_epoch);
  }

  // 2. Lemmatizer.
  syntax::Analyzer model;
  model.clusters = clusters;
  model.tagger = std::move(final_tagger);
  model.lemmatizer = BuildLemmatizer(tr);

  // 3. Parser, on the treebank plus any auto-parsed extra sentences. The final
  // tagger never saw the extra text, so its tags there are run-time tags.
  std::vector<Sentence> parser_train;
  std::vector<std::vector<int>> parser_tags;
  if (!opts.extra_parser_train_paths.empty()) {
    parser_train = tr;
    parser_tags = train_tags;
    size_t added = 0, tokens = 0;
    for (const std::string& path : opts.extra_parser_train_paths) {
      auto extra = syntax::ReadConlluFile(path);
      if (!extra.ok()) return extra.status();
      for (auto& s : extra->sentences) {
        if (opts.extra_parser_limit > 0 && added >= opts.extra_parser_limit) break;
        parser_tags.push_back(TagClasses(model.tagger, s, clusters));
        tokens += s.tokens.size();
        parser_train.push_back(std::move(s));
        ++added;
      }
    }
    std::fprintf(stderr, "parser: %zu extra auto-parsed sentences (%zu tokens) tagged at %.0f s\n", added, tokens,
                 Seconds(t0));
  }
  const std::vector<Sentence>& ptr = parser_train.empty() ? tr : parser_train;
  const std::vector<std::vector<int>>& ptags = parser_train.empty() ? train_tags : parser_tags;
  ParserTrainOptions po;
  po.epochs = opts.parser_epochs;
  po.seed = opts.seed;
  po.prune = opts.parser_prune;
  po.clusters = wc;
  po.beam = opts.parser_beam;
  po.min_feature_count = opts.parser_min_feature_count;
  int parser_best_epoch = 0;
  model.parser = TrainParser(ptr, ptags, dv, dev_tags, model.tagger.upos, po, &parser_best_epoch, &parser_rows);
  std::fprintf(stderr, "parser done at %.0f s (best epoch %d)\n", Seconds(t0), parser_best_epoch);

  // Pruning: the largest weight threshold that costs at most a tenth of a
  // point on dev (UPOS for the tagger, LAS for the parser) keeps the file small.
  auto dev_scores = [&](bool parse) {
    std::vector<Sentence> pred = syntax::StripAnnotations(dv);
    for (auto& s : pred) model.Analyze(&s, parse);
    return syntax::ScoreGoldTokenization(dv, pred);
  };
  const float kThresholds[] = {0.05f, 0.1f, 0.2f, 0.3f, 0.5f, 0.8f, 1.2f, 2.0f};
  float tagger_prune = opts.tagger_prune, parser_prune = opts.parser_prune;
  if (tagger_prune < 0) {
    const int nc = model.tagger.model().num_classes();
    auto build = [&](float t) {
      model.tagger.SetModels(syntax::LinearModel::Build(nc, tagger_rows, t),
                             model.tagger.has_pass2() ? syntax::LinearModel::Build(nc, tagger2_rows, t)
                                                      : syntax::LinearModel());
    };
    build(0.0f);
    const double base = dev_scores(false).UPOS();
    tagger_prune = 0.0f;
    for (float t : kThresholds) {
      build(t);
      double u = dev_scores(false).UPOS();
      std::fprintf(stderr, "tagger prune %.2f: dev UPOS %.2f (unpruned %.2f), %zu features\n", t, u, base,
                   model.tagger.model().num_features());
      if (u < base - 0.1) break;
      tagger_prune = t;
    }
    build(tagger_prune);
  }
  if (parser_prune < 0) {
    const int na = model.parser.model.num_classes();
    model.parser.model = syntax::LinearModel::Build(na, parser_rows, 0.0f);
    const double base = dev_scores(true).LAS();
    parser_prune = 0.0f;
    for (float t : kThresholds) {
      model.parser.model = syntax::LinearModel::Build(na, parser_rows, t);
      double l = dev_scores(true).LAS();
      std::fprintf(stderr, "parser prune %.2f: dev LAS %.2f (unpruned %.2f), %zu features\n", t, l, base,
                   model.parser.model.num_features());
      if (l < base - 0.1) break;
      parser_prune = t;
    }
    model.parser.model = syntax::LinearModel::Build(na, parser_rows, parser_prune);
  }

  // 4. Self-tests, file, reload, dev scores.
  model.SetSelfTests(SelfTestSamples());
  std::string bytes = model.Serialize();
  auto loaded = syntax::Analyzer::FromBytes(bytes, opts.out_path);
  if (!loaded.ok()) return Status::Internal("the trained model does not reload: " + loaded.status().ToString());
  std::vector<Sentence> pred = syntax::StripAnnotations(dv);
  for (auto& s : pred) (*loaded)->Analyze(&s);
  syntax::SyntaxScores sc = syntax::ScoreGoldTokenization(dv, pred);
  char buf[600];
  std::snprintf(buf, sizeof buf,
                "trained on %s (%zu sentences; parser %zu with extra auto-parsed text), dev %s\n"
                "tagger: best epoch %d of %d, %zu features; parser: best epoch %d of %d, %zu features\n"
                "seed %llu, jackknife %d, %d threads, %.0f s, model %zu bytes, prune tagger %.2f parser %.2f, beam %d\n",
                opts.train_path.c_str(), tr.size(), ptr.size(), opts.dev_path.c_str(), tagger_best_epoch, opts.tagger_epochs,
                model.tagger.model().num_features(), parser_best_epoch, opts.parser_epochs,
                model.parser.model.num_features(), static_cast<unsigned long long>(opts.seed), k, opts.threads,
                Seconds(t0), bytes.size(), tagger_prune, parser_prune, model.parser.beam_width);
  *report = std::string(buf) + "dev (gold tokenization): " + sc.ToString() + "\n";
  // The report goes into the model too, so `info` tells where a model came from.
  model.info = *report;
  bytes = model.Serialize();
  return WriteFileAtomic(opts.out_path, bytes);
}

Status PruneSyntaxModel(const std::string& model_path, const std::string& dev_path, const std::string& out_path,
                        double max_loss, std::string* report, const std::string& lemma_train_path,
                        int fixed_tagger_cut, int fixed_parser_cut, int beam) {
  auto loaded = syntax::Analyzer::Load(model_path, /*self_test=*/lemma_train_path.empty());
  if (!loaded.ok()) return loaded.status();
  syntax::Analyzer& m = **loaded;
  if (beam > 0) m.parser.beam_width = std::min(beam, syntax::Parser::kMaxBeam);
  std::string rebuilt;
  if (!lemma_train_path.empty()) {
    // The lemmatizer is a deterministic function of the training lemmas: rebuilding it
    // equals retraining it (used when only lemmatizer code changed).
    auto train = syntax::ReadConlluFile(lemma_train_path);
    if (!train.ok()) return train.status();
    m.lemmatizer = BuildLemmatizer(train->sentences);
    rebuilt = "lemmatizer rebuilt from " + lemma_train_path + "\n";
  }
  auto dev = syntax::ReadConlluFile(dev_path);
  if (!dev.ok()) return dev.status();
  const auto& dv = dev->sentences;
  auto scores = [&](bool parse) {
    std::vector<Sentence> pred = syntax::StripAnnotations(dv);
    for (auto& s : pred) m.Analyze(&s, parse);
    return syntax::ScoreGoldTokenization(dv, pred);
  };
  const int kSteps[] = {8, 16, 32, 64, 128, 192, 256, 384, 512, 768, 1024};
  const syntax::LinearModel t1 = m.tagger.model(), t2 = m.tagger.model2();
  const double base_upos = fixed_tagger_cut >= 0 ? 0.0 : scores(false).UPOS();
  int tagger_cut = std::max(0, fixed_tagger_cut);
  for (int c : kSteps) {
    if (fixed_tagger_cut >= 0) break;
    m.tagger.SetModels(t1.Pruned(c), t2.Pruned(c));
    double u = scores(false).UPOS();
    std::fprintf(stderr, "tagger cut %d: dev UPOS %.2f (before %.2f), %zu features\n", c, u, base_upos,
                 m.tagger.model().num_features() + m.tagger.model2().num_features());
    if (u < base_upos - max_loss) break;
    tagger_cut = c;
  }
  m.tagger.SetModels(t1.Pruned(tagger_cut), t2.Pruned(tagger_cut));
  const double base_las = fixed_parser_cut >= 0 ? 0.0 : scores(true).LAS();
  const syntax::LinearModel p = m.parser.model;
  int parser_cut = std::max(0, fixed_parser_cut);
  for (int c : kSteps) {
    if (fixed_parser_cut >= 0) break;
    m.parser.model = p.Pruned(c);
    double l = scores(true).LAS();
    std::fprintf(stderr, "parser cut %d: dev LAS %.2f (before %.2f), %zu features\n", c, l, base_las,
                 m.parser.model.num_features());
    if (l < base_las - max_loss) break;
    parser_cut = c;
  }
  m.parser.model = p.Pruned(parser_cut);
  syntax::SyntaxScores sc = scores(true);
  m.SetSelfTests(SelfTestSamples());
  char buf[300];
  std::snprintf(buf, sizeof buf, "pruned %s: int16 weights below %d (tagger) and %d (parser) dropped; parser beam %d\n",
                model_path.c_str(), tagger_cut, parser_cut, m.parser.beam_width);
  *report = m.info + rebuilt + buf + "dev after pruning (gold tokenization): " + sc.ToString() + "\n";
  m.info = *report;
  std::string bytes = m.Serialize();
  auto check = syntax::Analyzer::FromBytes(bytes, out_path);
  if (!check.ok()) return Status::Internal("the pruned model does not reload: " + check.status().ToString());
  *report += "model " + std::to_string(bytes.size()) + " bytes\n";
  return WriteFileAtomic(out_path, bytes);
}

}  // namespace herodotus::train
