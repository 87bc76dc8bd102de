// `herodotus train ner`: trains the NER model, or (--eval) scores a model on
// an IOB file with entity-level P/R/F1 per type and reports tagging speed.
//
//   herodotus train ner --train T.iob2 --dev D.iob2 --out models/en.ner.hdm
//   herodotus train ner --eval test.iob2 --model models/en.ner.hdm [--map MISC=O]
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "ner/iob_reader.h"
#include "ner/recognizer.h"
#include "ner/score.h"
#include "train/ner_lexicon_builder.h"
#include "train/ner_trainer.h"
#include "util/file.h"

namespace herodotus::cli {
namespace {

struct Opts {
  std::string train, dev, out, eval, model = "models/en.ner.hdm", map, train_map, predictions;
  std::vector<std::string> unlabeled;
  std::string places;
  ner::NerTrainOptions train_opts;
};

// Reads an IOB file, printing its bad lines; *skipped counts bad sentences.
bool Read(const std::string& path, const std::string& map_spec, ner::IobCorpus* out, int* skipped) {
  ner::TypeMap map;
  if (!ner::TypeMap::Parse(map_spec, &map)) {
    std::cerr << "herodotus: bad --map '" << map_spec << "' (expected FROM=TO,FROM=TO)\n";
    return false;
  }
  Result<ner::IobCorpus> c = ner::ReadIobFile(path, map);
  if (!c.ok()) {
    std::cerr << "herodotus: " << c.status().ToString() << "\n";
    return false;
  }
  for (const std::string& e : c->errors) std::cerr << e << "\n";
  if (c->error_count > static_cast<int>(c->errors.size())) {
    std::cerr << path << ": " << c->error_count - c->errors.size() << " more errors not shown\n";
  }
  *skipped += c->skipped_sentences;
  *out = std::move(*c);
  return true;
}

int RunEval(const Opts& o) {
  int skipped = 0;
  ner::IobCorpus gold;
  if (!Read(o.eval, o.map, &gold, &skipped)) return kExitFatal;
  auto rec = ner::Recognizer::Load(o.model);
  if (!rec.ok()) {
    std::cerr << "herodotus: " << rec.status().ToString() << "\n";
    return kExitFatal;
  }
  std::vector<Sentence> predicted = gold.sentences;
  long tokens = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (Sentence& s : predicted) {
    (*rec)->Tag(&s);
    tokens += static_cast<long>(s.tokens.size());
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // Predicted types outside the gold file's mapping are scored as they are:
  // a model type the gold data lacks counts as false positives.
  auto scores = ner::ScoreIob(gold.sentences, predicted);
  if (!scores.ok()) {
    std::cerr << "herodotus: " << scores.status().ToString() << "\n";
    return kExitFatal;
  }
  std::cout << o.eval << "\n" << scores->ToString();
  std::cout << fmt::format("tagging: {} tokens in {:.3f} s = {:.0f} tokens/s (one thread)\n", tokens,
                           secs, secs > 0 ? tokens / secs : 0.0);
  if (!o.predictions.empty()) {
    std::string text;
    for (size_t i = 0; i < predicted.size(); ++i) {
      for (size_t t = 0; t < predicted[i].tokens.size(); ++t) {
        text += fmt::format("{}\t{}\t{}\n", predicted[i].tokens[t].form, gold.sentences[i].tokens[t].ner,
                            predicted[i].tokens[t].ner);
      }
      text += "\n";
    }
    Status st = WriteFileAtomic(o.predictions, text);
    if (!st.ok()) {
      std::cerr << "herodotus: " << st.ToString() << "\n";
      return kExitFatal;
    }
  }
  return skipped ? kExitSkipped : kExitOk;
}

int RunTrain(Opts o) {
  if (o.train.empty() || o.dev.empty() || o.out.empty()) {
    std::cerr << "herodotus train ner: --train, --dev and --out are required (or --eval)\n";
    return kExitUsage;
  }
  int skipped = 0;
  ner::IobCorpus train, dev;
  if (!Read(o.train, o.train_map, &train, &skipped) || !Read(o.dev, o.train_map, &dev, &skipped)) {
    return kExitFatal;
  }
  ner::LexiconBuilder lex;
  for (const std::string& path : o.unlabeled) {
    std::string text;
    Status st = ReadFile(path, &text);
    if (!st.ok()) {
      std::cerr << "herodotus: " << st.ToString() << "\n";
      return kExitFatal;
    }
    lex.AddRunningText(text);
  }
  if (!o.places.empty()) {
    Result<int> n = lex.AddPlacesFile(o.places);
    if (!n.ok()) {
      std::cerr << "herodotus: " << n.status().ToString() << "\n";
      return kExitFatal;
    }
  }
  o.train_opts.lexicon = lex.Build();
  std::cerr << "lexicon: " << o.train_opts.lexicon.size() << " entries\n";
  o.train_opts.log = [](const std::string& s) { std::cerr << s << "\n"; };
  o.train_opts.description = fmt::format("train {} ({} sentences); dev {} ({} sentences)", o.train,
                                         train.sentences.size(), o.dev, dev.sentences.size());
  for (const std::string& u : o.unlabeled) o.train_opts.description += "; running text " + u;
  if (!o.places.empty()) o.train_opts.description += "; places " + o.places;
  auto result = ner::TrainNer(train.sentences, dev.sentences, o.train_opts);
  if (!result.ok()) {
    std::cerr << "herodotus: " << result.status().ToString() << "\n";
    return kExitFatal;
  }
  Status st = WriteFileAtomic(o.out, result->model_bytes);
  if (!st.ok()) {
    std::cerr << "herodotus: " << st.ToString() << "\n";
    return kExitFatal;
  }
  std::cout << fmt::format("wrote {} ({} bytes, {} features); dev F1 {:.2f}% (epoch {}); {:.1f} s\n",
                           o.out, result->model_bytes.size(), result->features,
                           100 * result->dev_f1, result->best_epoch, result->seconds);
  return skipped ? kExitSkipped : kExitOk;
}

const bool kRegistered = Register({"train ner", "Train the NER model, or score one with --eval",
                                   [](CLI::App& sub) -> Runner {
  auto o = std::make_shared<Opts>();
  sub.add_option("--train", o->train, "Training file (IOB2/CoNLL)");
  sub.add_option("--dev", o->dev, "Development file for early stopping");
  sub.add_option("--out", o->out, "Model file to write (.hdm)");
  sub.add_option("--unlabeled", o->unlabeled,
                 "Running text (one sentence/paragraph per line) for capitalization statistics");
  sub.add_option("--places", o->places, "GeoNames cities file for place-name features");
  sub.add_option("--train-map", o->train_map, "Type map for train/dev, e.g. MISC=O");
  sub.add_option("--epochs", o->train_opts.max_epochs, "Maximum epochs")->capture_default_str();
  sub.add_option("--patience", o->train_opts.patience, "Early-stopping patience")->capture_default_str();
  sub.add_option("--seed", o->train_opts.seed, "Shuffling seed")->capture_default_str();
  sub.add_option("--ensemble", o->train_opts.ensemble, "Runs with seeds seed, seed+1, ... averaged")
      ->capture_default_str();
  sub.add_option("--min-count", o->train_opts.min_feature_count, "Minimum feature count")
      ->capture_default_str();
  sub.add_option("--prune", o->train_opts.prune, "Drop features whose weights are all below this")
      ->capture_default_str();
  sub.add_option("--eval", o->eval, "Score the model on this IOB file instead of training");
  sub.add_option("--model", o->model, "Model for --eval")->capture_default_str();
  sub.add_option("--map", o->map,
                 "Type map for --eval gold, e.g. person=PER,location=LOC,corporation=ORG,group=ORG,"
                 "creative-work=O,product=O");
  sub.add_option("--predictions", o->predictions, "With --eval: write FORM GOLD PREDICTED lines here");
  return [o] { return o->eval.empty() ? RunTrain(*o) : RunEval(*o); };
}, 60});

}  // namespace
}  // namespace herodotus::cli
