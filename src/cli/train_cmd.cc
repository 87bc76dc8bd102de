// `herodotus train syntax`: trains the tagger, lemmatizer and parser from
// CoNLL-U (build-time tool; see docs/syntax.md for the retraining recipe).
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "train/syntax_trainer.h"

namespace herodotus::cli {
namespace {

const bool kRegistered = Register({"train syntax", "Train the POS tagger, lemmatizer and dependency parser from CoNLL-U",
    [](CLI::App& sub) -> Runner {
      auto o = std::make_shared<train::SyntaxTrainOptions>();
      sub.add_option("--train", o->train_path, "training treebank (CoNLL-U)")->required();
      sub.add_option("--dev", o->dev_path, "development treebank for early stopping (CoNLL-U)")->required();
      sub.add_option("--out", o->out_path, "model file to write")->default_val("models/en_ewt.syntax.hdm");
      sub.add_option("--epochs", o->parser_epochs, "maximum parser epochs")->default_val(15);
      sub.add_option("--tagger-epochs", o->tagger_epochs, "maximum tagger epochs")->default_val(12);
      sub.add_option("--seed", o->seed, "random seed")->default_val(1);
      sub.add_option("--threads", o->threads, "threads for the taggers")->default_val(2);
      sub.add_option("--jackknife", o->jackknife, "folds for predicted training tags")->default_val(4);
      sub.add_option("--tagger-prune", o->tagger_prune, "drop tagger weights below this (-1 = choose on dev)")->default_val(-1.0f);
      sub.add_option("--parser-prune", o->parser_prune, "drop parser weights below this (-1 = choose on dev)")->default_val(-1.0f);
      sub.add_option("--beam", o->parser_beam, "parser beam width (1 = greedy; > 1 = beam search, global training)")->default_val(1);
      sub.add_option("--min-feature-count", o->parser_min_feature_count,
                     "parser features seen fewer times in the gold transitions get no weights (0 = keep all)")
          ->default_val(0);
      sub.add_option("--extra-parser-train", o->extra_parser_train_paths,
                     "auto-parsed CoNLL-U added to the parser's training set only (uptraining)");
      sub.add_option("--extra-limit", o->extra_parser_limit, "at most this many extra sentences, in file order (0 = all)")
          ->default_val(0);
      sub.add_option("--unlabeled", o->unlabeled_paths, "plain-text files for word clusters (one or more sentences a line)");
      sub.add_option("--clusters", o->fine_clusters, "fine word classes (with --unlabeled)")->default_val(256);
      sub.add_option("--coarse-clusters", o->coarse_clusters, "coarse word classes (with --unlabeled)")->default_val(32);
      return [o] {
        std::string report;
        Status st = train::TrainSyntaxModel(*o, &report);
        if (!st.ok()) {
          std::cerr << "herodotus train syntax: " << st.ToString() << "\n";
          return st.code() == StatusCode::kInvalidArgument ? static_cast<int>(kExitUsage) : static_cast<int>(kExitFatal);
        }
        std::cout << report << "wrote " << o->out_path << "\n";
        return static_cast<int>(kExitOk);
      };
    }, 60});

const bool kPruneRegistered = Register({"train syntax-prune",
    "Drop the smallest weights of a syntax model while dev accuracy holds",
    [](CLI::App& sub) -> Runner {
      struct Opts {
        std::string model, dev, out, train;
        double max_loss = 0.1;
        int tagger_cut = -1, parser_cut = -1, beam = 0;
      };
      auto o = std::make_shared<Opts>();
      sub.add_option("--model", o->model, "model file to prune")->required();
      sub.add_option("--dev", o->dev, "development treebank (CoNLL-U)")->required();
      sub.add_option("--out", o->out, "pruned model file to write")->required();
      sub.add_option("--train", o->train, "rebuild the lemmatizer from this treebank (CoNLL-U)");
      sub.add_option("--max-loss", o->max_loss, "dev points (UPOS, LAS) the pruning may cost")->default_val(0.1);
      sub.add_option("--tagger-cut", o->tagger_cut, "drop tagger int16 weights below this instead of searching (-1 = search)")->default_val(-1);
      sub.add_option("--beam", o->beam, "set the parser's decoding beam width stored in the model (0 = keep)")->default_val(0);
      sub.add_option("--parser-cut", o->parser_cut, "drop parser int16 weights below this instead of searching (-1 = search)")->default_val(-1);
      return [o] {
        std::string report;
        Status st = train::PruneSyntaxModel(o->model, o->dev, o->out, o->max_loss, &report, o->train, o->tagger_cut,
                                            o->parser_cut, o->beam);
        if (!st.ok()) {
          std::cerr << "herodotus train syntax-prune: " << st.ToString() << "\n";
          return static_cast<int>(kExitFatal);
        }
        std::cout << report << "wrote " << o->out << "\n";
        return static_cast<int>(kExitOk);
      };
    }, 61});

}  // namespace
}  // namespace herodotus::cli
