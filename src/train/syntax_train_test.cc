// Tests of the syntax trainers: transition system and dynamic oracle,
// projectivization, lemmatizer rules, and a train → save → load round trip
// (including loader errors on damaged files), word clustering.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "syntax/analyzer.h"
#include "syntax/conllu.h"
#include "train/oracle.h"
#include "train/parser_trainer.h"
#include "train/syntax_trainer.h"
#include "train/tagger_trainer.h"
#include "train/word_clusters.h"
#include "util/testing.h"

namespace herodotus::train {
namespace {

using syntax::ParseState;

// Follows zero-cost actions (first one found) and returns the tree built.
std::vector<int> FollowOracle(const GoldTree& g, int num_labels, bool* all_zero) {
  ParseState st;
  st.Init(static_cast<int>(g.head.size()) - 1);
  std::vector<int> costs;
  *all_zero = true;
  int guard = 0;
  while (!st.Terminal() && ++guard < 10000) {
    ActionCosts(st, g, num_labels, &costs);
    int pick = -1;
    for (size_t a = 0; a < costs.size(); ++a)
      if (costs[a] == 0) { pick = static_cast<int>(a); break; }
    if (pick < 0) {
      *all_zero = false;
      pick = static_cast<int>(std::min_element(costs.begin(), costs.end()) - costs.begin());
    }
    st.Apply(pick);
  }
  std::vector<int> out = st.head;
  for (size_t i = 1; i < out.size(); ++i)
    if (st.label[i] != g.label[i]) out[i] = -100;  // label mismatch shows as a wrong head
  return out;
}

TEST(Oracle, ReproducesSmallProjectiveTree) {
  // "The cat sat on the mat ." : The<-cat<-sat ; on<-mat ; the<-mat ; sat->mat ; sat->.
  GoldTree g;
  g.head = {-1, 2, 3, 0, 6, 6, 3, 3};
  g.label = {-1, 0, 1, 2, 3, 0, 4, 5};
  bool zero = false;
  EXPECT_EQ(FollowOracle(g, 6, &zero), g.head);
  EXPECT_TRUE(zero);
}

TEST(Oracle, WrongActionHasPositiveCost) {
  GoldTree g;
  g.head = {-1, 2, 0};
  g.label = {-1, 0, 1};
  ParseState st;
  st.Init(2);
  st.Apply(0);  // shift "1"
  std::vector<int> costs;
  ActionCosts(st, g, 2, &costs);
  EXPECT_EQ(costs[syntax::ActionId(syntax::kLeft, 0)], 0);   // 2 -> 1 with the gold label
  EXPECT_EQ(costs[syntax::ActionId(syntax::kLeft, 1)], 1);   // wrong label
  EXPECT_GT(costs[0], 0);                                    // shifting loses 2 -> 1
}

TEST(Oracle, ProjectivizeLiftsCrossingArcs) {
  // 1 <- 3, 2 <- 4 (crossing), 3 root, 4 <- 3
  std::vector<int> head = {-1, 3, 4, 0, 3};
  EXPECT_FALSE(IsProjective(head));
  EXPECT_GT(Projectivize(&head), 0);
  EXPECT_TRUE(IsProjective(head));
  EXPECT_TRUE(IsSingleRootTree(head));
}

// The single-rooted trees of EWT dev, projectivized, with their label count.
std::vector<GoldTree> ProjectiveDevTrees(const std::string& data, int* num_labels) {
  auto c = syntax::ReadConlluFile(data + "/ud/ewt/en_ewt-ud-dev.conllu");
  EXPECT_TRUE(c.ok());
  if (!c.ok()) return {};
  std::map<std::string, int> labels;
  for (const auto& s : c->sentences)
    for (const auto& t : s.tokens) labels.try_emplace(t.deprel, static_cast<int>(labels.size()));
  std::vector<GoldTree> trees;
  for (const auto& s : c->sentences) {
    GoldTree g;
    g.head.assign(s.tokens.size() + 1, -1);
    g.label.assign(s.tokens.size() + 1, -1);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      g.head[i + 1] = s.tokens[i].head;
      g.label[i + 1] = labels[s.tokens[i].deprel];
    }
    if (!IsSingleRootTree(g.head)) continue;
    Projectivize(&g.head);
    trees.push_back(std::move(g));
  }
  *num_labels = static_cast<int>(labels.size());
  return trees;
}

TEST(Oracle, ReproducesEveryProjectivizedEwtTree) {
  HERODOTUS_REQUIRE_SHARED_DATA(data);
  int num_labels = 0;
  const std::vector<GoldTree> trees = ProjectiveDevTrees(data, &num_labels);
  size_t failed = 0;
  for (const GoldTree& g : trees) {
    bool zero = false;
    failed += FollowOracle(g, num_labels, &zero) != g.head || !zero;
  }
  EXPECT_GT(trees.size(), 1900u);
  EXPECT_EQ(failed, 0u);
}

// The static oracle of the beam trainer rebuilds every projectivized dev tree in 2n actions.
TEST(Oracle, StaticActionsReproduceEveryProjectivizedEwtTree) {
  HERODOTUS_REQUIRE_SHARED_DATA(data);
  int num_labels = 0;
  const std::vector<GoldTree> trees = ProjectiveDevTrees(data, &num_labels);
  size_t failed = 0;
  for (const GoldTree& g : trees) {
    const int n = static_cast<int>(g.head.size()) - 1;
    const std::vector<int> kids = GoldChildCounts(g);
    ParseState st;
    st.Init(n);
    bool ok = true;
    for (int t = 0; t < 2 * n && ok; ++t) {
      const int a = StaticAction(st, g, kids);
      ok = a >= 0 && st.Valid(a);
      if (ok) st.Apply(a);
    }
    ok = ok && st.Terminal();
    for (int i = 1; i <= n && ok; ++i) ok = st.head[i] == g.head[i] && st.label[i] == g.label[i];
    failed += !ok;
  }
  EXPECT_GT(trees.size(), 1900u);
  EXPECT_EQ(failed, 0u);
}

// A toy treebank written for the tests.
std::vector<Sentence> ToyTreebank() {
  const char* kToy =
      "1\tDogs\tdog\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n"
      "2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n"
      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tcat\tcat\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\t_\n"
      "3\tstopped\tstop\tVERB\tVBD\tTense=Past\t0\troot\t_\t_\n"
      "4\ttrading\ttrade\tVERB\tVBG\tVerbForm=Ger\t3\txcomp\t_\t_\n"
      "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
      "1\tShe\tshe\tPRON\tPRP\tCase=Nom\t2\tnsubj\t_\t_\n"
      "2\tstudies\tstudy\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "3\tbetter\twell\tADV\tRBR\tDegree=Cmp\t2\tadvmod\t_\t_\n"
      "4\tstudies\tstudy\tNOUN\tNNS\tNumber=Plur\t2\tobj\t_\t_\n"
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tbetter\tgood\tADJ\tJJR\tDegree=Cmp\t3\tamod\t_\t_\n"
      "3\tplan\tplan\tNOUN\tNN\tNumber=Sing\t0\troot\t_\t_\n"
      "4\tgrading\tgrade\tVERB\tVBG\tVerbForm=Ger\t3\tacl\t_\t_\n"
      "5\tupgrades\tupgrade\tNOUN\tNNS\tNumber=Plur\t4\tobj\t_\t_\n\n";
  return syntax::ParseConllu(kToy, "toy").sentences;
}

// Auto-parsed sentences written for the tests, with relations the toy
// treebank lacks ("obl" in the first, "nmod" in the second). Their tags are
// deliberately wrong: the trainer replaces them with its own tagger's.
const char* kToyExtra =
    "1\tDogs\tdog\tX\tFW\t_\t2\tnsubj\t_\t_\n"
    "2\tbark\tbark\tX\tFW\t_\t0\troot\t_\t_\n"
    "3\tat\tat\tX\tFW\t_\t4\tcase\t_\t_\n"
    "4\tcats\tcat\tX\tFW\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tX\tFW\t_\t2\tpunct\t_\t_\n\n"
    "1\tThe\tthe\tX\tFW\t_\t2\tdet\t_\t_\n"
    "2\tplan\tplan\tX\tFW\t_\t0\troot\t_\t_\n"
    "3\tof\tof\tX\tFW\t_\t4\tcase\t_\t_\n"
    "4\tstudies\tstudy\tX\tFW\t_\t2\tnmod\t_\t_\n\n";

// A tagger and lemmatizer trained on the toy treebank, and the tagger's
// classes for each of its sentences (what the parser trains on).
syntax::Analyzer ToyTaggerAndLemmatizer(const std::vector<Sentence>& toy,
                                        std::vector<std::vector<int>>* tags) {
  TaggerTrainOptions to;
  to.epochs = 3;
  to.verbose = false;
  syntax::Analyzer a;
  a.tagger = TrainTagger(toy, toy, to);
  a.lemmatizer = BuildLemmatizer(toy);
  for (const auto& s : toy) {
    Sentence c = s;
    std::vector<int> k;
    a.tagger.Tag(&c, &k);
    tags->push_back(k);
  }
  return a;
}

// The toy tagger and lemmatizer plus a greedy parser trained for `epochs`.
syntax::Analyzer ToyAnalyzer(const std::vector<Sentence>& toy, std::vector<std::vector<int>>* tags,
                             int epochs = 3) {
  syntax::Analyzer a = ToyTaggerAndLemmatizer(toy, tags);
  ParserTrainOptions po;
  po.epochs = epochs;
  po.verbose = false;
  a.parser = TrainParser(toy, *tags, toy, *tags, a.tagger.upos, po);
  return a;
}

TEST(Lemmatizer, LookupAndSuffixRules) {
  syntax::Lemmatizer lem = BuildLemmatizer(ToyTreebank());
  EXPECT_EQ(lem.Lemma("studies", "NOUN", "NNS"), "study");
  EXPECT_EQ(lem.Lemma("stopped", "VERB", "VBD"), "stop");
  EXPECT_EQ(lem.Lemma("better", "ADJ", "JJR"), "good");
  EXPECT_EQ(lem.Lemma("better", "ADV", "RBR"), "well");
  EXPECT_EQ(lem.Lemma("Dogs", "NOUN", "NNS"), "dog");
  // Unseen: suffix rules, preferring a known lemma ("upgrade" is one).
  EXPECT_EQ(lem.Lemma("upgrading", "VERB", "VBG"), "upgrade");
  EXPECT_EQ(lem.Lemma("Baghdad", "PROPN", "NNP"), "Baghdad");
}

TEST(Model, RoundTripAndDamagedFiles) {
  std::vector<Sentence> toy = ToyTreebank();
  std::vector<std::vector<int>> tags;
  syntax::Analyzer a = ToyAnalyzer(toy, &tags);
  a.SetSelfTests(toy);
  const std::string bytes = a.Serialize();
  auto b = syntax::Analyzer::FromBytes(bytes, "toy.hdm");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  for (const auto& s : toy) {
    Sentence x = s, y = s;
    a.Analyze(&x);
    (*b)->Analyze(&y);
    std::string ox, oy;
    syntax::AppendConllu(x, &ox);
    syntax::AppendConllu(y, &oy);
    EXPECT_EQ(ox, oy);
  }
  // Damaged files: every failure names the file, none crashes.
  for (size_t cut : {size_t{0}, size_t{7}, size_t{30}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = syntax::Analyzer::FromBytes(bytes.substr(0, cut), "cut.hdm");
    ASSERT_FALSE(r.ok()) << cut;
    EXPECT_NE(r.status().message().find("cut.hdm"), std::string::npos);
  }
  std::string flipped = bytes;
  flipped[bytes.size() - 5] ^= 0x40;
  auto r = syntax::Analyzer::FromBytes(flipped, "flip.hdm");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("checksum"), std::string::npos);
  std::string newer = bytes;
  newer[8] = 99;  // format version
  r = syntax::Analyzer::FromBytes(newer, "new.hdm");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  r = syntax::Analyzer::FromBytes(bytes + "x", "long.hdm");
  ASSERT_FALSE(r.ok());
  auto missing = syntax::Analyzer::Load("/nonexistent/x.hdm");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/x.hdm"), std::string::npos);
}

// Word clustering: words used in the same contexts end up in the same class.
ClusterCorpus TwoFamilies() {
  ClusterCorpus c;
  c.vocab = {"<s>", "<rare>", "the", "a", "cat", "dog", "horse", "runs", "sleeps", "eats", "."};
  c.count.assign(c.vocab.size(), 0);
  const std::vector<uint32_t> det = {2, 3}, noun = {4, 5, 6}, verb = {7, 8, 9};
  for (uint32_t d : det)
    for (uint32_t n : noun)
      for (uint32_t v : verb)
        for (int rep = 0; rep < 3; ++rep) c.sents.push_back({d, n, v, 10});
  for (const auto& s : c.sents)
    for (uint32_t w : s) ++c.count[w];
  return c;
}

TEST(WordClusters, ExchangeGroupsWordsByContext) {
  ClusterCorpus c = TwoFamilies();
  std::vector<uint16_t> cls = ExchangeClusters(c, 4, 20, false);
  ASSERT_EQ(cls.size(), c.vocab.size());
  EXPECT_EQ(cls[4], cls[5]);  // cat, dog
  EXPECT_EQ(cls[5], cls[6]);  // dog, horse
  EXPECT_EQ(cls[7], cls[8]);  // runs, sleeps
  EXPECT_EQ(cls[8], cls[9]);  // sleeps, eats
  EXPECT_NE(cls[4], cls[7]);  // nouns are not verbs
  EXPECT_EQ(ExchangeClusters(c, 4, 20, false), cls);  // deterministic
}

TEST(WordClusters, LookupNormalizesAndRoundTrips) {
  syntax::WordClusters wc = BuildWordClusters(TwoFamilies(), 4, 2, 10);
  ASSERT_FALSE(wc.empty());
  EXPECT_EQ(wc.Lookup("Cat"), wc.Lookup("cat"));
  EXPECT_NE(syntax::FineCluster(wc.Lookup("CAT")), 0u);
  EXPECT_EQ(wc.Lookup("zebra"), 0u);
  EXPECT_EQ(syntax::ClusterForm("Room 101"), "room 000");
  syntax::ByteWriter w;
  wc.Save(&w);
  syntax::WordClusters back;
  syntax::ByteReader r(w.data());
  ASSERT_TRUE(back.Load(&r));
  EXPECT_TRUE(r.at_end());
  for (const char* word : {"the", "a", "dog", "eats", "zebra"}) EXPECT_EQ(back.Lookup(word), wc.Lookup(word));
  syntax::ByteReader cut(std::string_view(w.data()).substr(0, w.data().size() - 3));
  EXPECT_FALSE(back.Load(&cut));
}

// A model with word clusters (format version 2) trains, saves and reloads to
// the same analyses.
TEST(Model, RoundTripWithClusters) {
  std::vector<Sentence> toy = ToyTreebank();
  auto corpus = ReadClusterCorpus(toy, {}, 1);
  ASSERT_TRUE(corpus.ok());
  syntax::Analyzer a;
  a.clusters = BuildWordClusters(*corpus, 4, 2, 5);
  ASSERT_FALSE(a.clusters.empty());
  TaggerTrainOptions to;
  to.epochs = 3;
  to.verbose = false;
  to.clusters = &a.clusters;
  a.tagger = TrainTagger(toy, toy, to);
  a.lemmatizer = BuildLemmatizer(toy);
  std::vector<std::vector<int>> tags;
  for (const auto& s : toy) {
    Sentence c = s;
    std::vector<int> k;
    std::vector<uint32_t> cl;
    a.clusters.Of(c, &cl);
    a.tagger.Tag(&c, &k, &cl);
    tags.push_back(k);
  }
  ParserTrainOptions po;
  po.epochs = 3;
  po.verbose = false;
  po.clusters = &a.clusters;
  a.parser = TrainParser(toy, tags, toy, tags, a.tagger.upos, po);
  a.SetSelfTests(toy);
  const std::string bytes = a.Serialize();
  auto b = syntax::Analyzer::FromBytes(bytes, "toy.hdm");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ((*b)->clusters.size(), a.clusters.size());
  for (const auto& s : toy) {
    Sentence x = s, y = s;
    a.Analyze(&x);
    (*b)->Analyze(&y);
    std::string ox, oy;
    syntax::AppendConllu(x, &ox);
    syntax::AppendConllu(y, &oy);
    EXPECT_EQ(ox, oy);
  }
  // Pruning keeps the table consistent with what is saved.
  syntax::LinearModel p = a.parser.model.Pruned(1);
  syntax::ByteWriter w;
  p.Save(&w);
  syntax::LinearModel q;
  syntax::ByteReader r(w.data());
  ASSERT_TRUE(q.Load(&r));
  EXPECT_EQ(q.num_features(), p.num_features());
  EXPECT_EQ(q.num_entries(), p.num_entries());
}


// A beam-trained parser: the beam width travels in the model file, beam 1
// decodes exactly like the greedy decoder, and the run-time override works.
TEST(Model, BeamParserRoundTripAndOverride) {
  std::vector<Sentence> toy = ToyTreebank();
  std::vector<std::vector<int>> tags;
  syntax::Analyzer a = ToyTaggerAndLemmatizer(toy, &tags);
  ParserTrainOptions po;
  po.epochs = 4;
  po.verbose = false;
  po.beam = 4;
  a.parser = TrainParser(toy, tags, toy, tags, a.tagger.upos, po);
  EXPECT_EQ(a.parser.beam_width, 4);
  a.SetSelfTests(toy);
  auto b = syntax::Analyzer::FromBytes(a.Serialize(), "beam.hdm");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ((*b)->BeamWidth(), 4);
  size_t correct = 0, total = 0;
  for (const auto& s : toy) {
    Sentence x = s;
    (*b)->Analyze(&x);
    for (size_t i = 0; i < s.tokens.size(); ++i) correct += x.tokens[i].head == s.tokens[i].head, ++total;
    // Every width gives a complete single-rooted tree.
    syntax::ParseInput in;
    in.Prepare(x, tags[&s - &toy[0]]);
    for (int w : {1, 2, 3, 8}) {
      syntax::ParseState st;
      (*b)->parser.Decode(in, static_cast<int>(s.tokens.size()), w, &st);
      int roots = 0, unattached = 0;
      for (size_t i = 1; i <= s.tokens.size(); ++i) roots += st.head[i] == 0, unattached += st.head[i] < 0;
      EXPECT_EQ(roots, 1) << w;
      EXPECT_EQ(unattached, 0) << w;
    }
  }
  EXPECT_GE(correct, total * 9 / 10);  // the toy set is learnable
  (*b)->SetBeamWidth(1);
  EXPECT_EQ((*b)->BeamWidth(), 1);
  (*b)->SetBeamWidth(0);
  EXPECT_EQ((*b)->BeamWidth(), 4);
}

// Decoding with a forced root: whichever word is chosen, greedy decoding ends
// in a complete tree with that word as its only root, and without a forced
// root it is the ordinary greedy parse.
TEST(Parser, ForcedRootGivesACompleteTreeRootedThere) {
  std::vector<Sentence> toy = ToyTreebank();
  std::vector<std::vector<int>> tags;
  const syntax::Analyzer a = ToyAnalyzer(toy, &tags);
  for (size_t k = 0; k < toy.size(); ++k) {
    Sentence x = toy[k];
    syntax::ParseInput in;
    in.Prepare(x, tags[k]);
    const int n = static_cast<int>(x.tokens.size());
    syntax::ParseState plain, zero;
    a.parser.Decode(in, n, 1, &plain);
    a.parser.Decode(in, n, 1, &zero, 0);
    EXPECT_EQ(plain.head, zero.head);
    for (int r = 1; r <= n; ++r) {
      syntax::ParseState st;
      a.parser.Decode(in, n, 1, &st, r);
      EXPECT_TRUE(st.Terminal());
      EXPECT_EQ(st.head[r], 0) << "sentence " << k << " root " << r;
      int roots = 0, unattached = 0;
      for (int i = 1; i <= n; ++i) roots += st.head[i] == 0, unattached += st.head[i] < 0;
      EXPECT_EQ(roots, 1);
      EXPECT_EQ(unattached, 0);
    }
  }
}

// The feature-frequency cutoff: with it only features seen at least twice
// in the gold transitions get weights, so the table is smaller, and the toy
// set is still parsed.
TEST(Model, FeatureCountCutoffShrinksTheParser) {
  std::vector<Sentence> toy = ToyTreebank();
  std::vector<std::vector<int>> tags;
  syntax::Analyzer a = ToyTaggerAndLemmatizer(toy, &tags);
  ParserTrainOptions po;
  po.epochs = 4;
  po.verbose = false;
  po.beam = 2;
  const syntax::Parser all = TrainParser(toy, tags, toy, tags, a.tagger.upos, po);
  po.min_feature_count = 2;
  a.parser = TrainParser(toy, tags, toy, tags, a.tagger.upos, po);
  EXPECT_GT(a.parser.model.num_features(), 0u);
  EXPECT_LT(a.parser.model.num_features(), all.model.num_features());
  for (const auto& s : toy) {
    Sentence x = s;
    a.Analyze(&x);
    int roots = 0;
    for (const auto& t : x.tokens) roots += t.head == 0;
    EXPECT_EQ(roots, 1);
  }
}

// The beam decoder's split features are exactly the trainer's features.
TEST(Parser, SplitFeaturesEqualTheFullSet) {
  std::vector<Sentence> sents = ToyTreebank();
  const std::string data = testing::SharedDataDir();
  if (!data.empty()) {
    auto c = syntax::ReadConlluFile(data + "/ud/ewt/en_ewt-ud-dev.conllu");
    if (c.ok()) sents.insert(sents.end(), c->sentences.begin(), c->sentences.begin() + 300);
  }
  std::vector<uint32_t> cl;
  size_t states = 0;
  for (const auto& s : sents) {
    const int n = static_cast<int>(s.tokens.size());
    std::vector<int> tags(n);
    cl.assign(n, 0);
    for (int i = 0; i < n; ++i) tags[i] = i % 7, cl[i] = static_cast<uint32_t>(i * 2654435761u);
    syntax::ParseInput in;
    in.Prepare(s, tags, &cl);
    GoldTree g;
    g.head.assign(n + 1, -1);
    g.label.assign(n + 1, -1);
    for (int i = 0; i < n; ++i) g.head[i + 1] = s.tokens[i].head, g.label[i + 1] = i % 5;
    if (!IsSingleRootTree(g.head)) continue;
    Projectivize(&g.head);
    const std::vector<int> kids = GoldChildCounts(g);
    ParseState st;
    st.Init(n);
    uint64_t full[syntax::Parser::kMaxFeatures], split[syntax::Parser::kMaxFeatures];
    while (!st.Terminal()) {
      const size_t a = syntax::Parser::Features(in, st, full);
      int s2, s1, s0, b0;
      syntax::Parser::Context(st, &s2, &s1, &s0, &b0);
      size_t b = syntax::Parser::ContextFeatures(in, s2, s1, s0, b0, split);
      b += syntax::Parser::StateFeatures(in, st, split + b);
      ASSERT_EQ(a, b);
      std::sort(full, full + a);
      std::sort(split, split + b);
      ASSERT_TRUE(std::equal(full, full + a, split));
      ++states;
      const int act = StaticAction(st, g, kids);
      ASSERT_GE(act, 0);
      st.Apply(act);
    }
  }
  EXPECT_GT(states, 20u);
}

// Uptraining: `extra_parser_train_paths` adds auto-parsed trees to the
// parser's training set only (the tagger is the same with or without them),
// and `extra_parser_limit` takes the first N of them.
TEST(Model, ExtraAutoParsedTextTrainsTheParserOnly) {
  const std::string dir = ::testing::TempDir();
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir + "/" + name, std::ios::binary) << text;
    return dir + "/" + name;
  };
  std::string toy;
  for (const auto& s : ToyTreebank()) syntax::AppendConllu(s, &toy);
  SyntaxTrainOptions o;
  o.train_path = o.dev_path = write("uptrain_toy.conllu", toy);
  o.tagger_epochs = o.parser_epochs = 2;
  o.jackknife = 0;
  o.threads = 1;
  o.tagger_prune = o.parser_prune = 0.0f;
  const std::string extra = write("uptrain_extra.conllu", kToyExtra);
  struct Run {
    std::vector<std::string> labels;
    size_t tagger_features;
    std::string report;
  };
  auto train = [&](std::vector<std::string> paths, size_t limit) {
    o.extra_parser_train_paths = std::move(paths);
    o.extra_parser_limit = limit;
    o.out_path = dir + "/uptrain_toy.hdm";
    Run r;
    Status st = TrainSyntaxModel(o, &r.report);
    EXPECT_TRUE(st.ok()) << st.ToString();
    auto m = syntax::Analyzer::Load(o.out_path);
    EXPECT_TRUE(m.ok()) << m.status().ToString();
    if (!m.ok()) return r;
    r.labels = (*m)->parser.labels;
    r.tagger_features = (*m)->tagger.model().num_features();
    return r;
  };
  auto has = [](const Run& r, const char* label) {
    return std::find(r.labels.begin(), r.labels.end(), label) != r.labels.end();
  };
  const Run base = train({}, 0), all = train({extra}, 0), first = train({extra}, 1);
  EXPECT_FALSE(has(base, "obl"));
  EXPECT_FALSE(has(base, "nmod"));
  EXPECT_TRUE(has(all, "obl"));
  EXPECT_TRUE(has(all, "nmod"));
  EXPECT_TRUE(has(first, "obl"));
  EXPECT_FALSE(has(first, "nmod"));
  EXPECT_EQ(all.tagger_features, base.tagger_features);
  EXPECT_NE(all.report.find("parser 6 with extra"), std::string::npos) << all.report;
  o.extra_parser_train_paths = {dir + "/no-such-extra.conllu"};
  std::string report;
  EXPECT_FALSE(TrainSyntaxModel(o, &report).ok());
}

}  // namespace
}  // namespace herodotus::train
