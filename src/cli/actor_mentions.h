// What `herodotus eval --actors` and `herodotus actors` share: the pipeline
// (tokens, tags, parse, NER) plus the actor dictionary, and a walk that
// resolves every noun phrase of an article with one ActorResolver (so the
// article's coreference memory applies, as in the coder).
//
// Open() loads the models and the dictionaries; dictionary findings are
// printed on stderr (file:line) and, with strict, make Open fail. Not
// thread-safe per instance (one per thread).
#ifndef HERODOTUS_CLI_ACTOR_MENTIONS_H_
#define HERODOTUS_CLI_ACTOR_MENTIONS_H_

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "coding/actors.h"
#include "coding/tree.h"
#include "herodotus/pipeline.h"
#include "lexicon/actor_dictionary.h"
#include "pipeline/event_stage.h"

namespace herodotus::cli {

struct ActorMentionRun {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<lexicon::ActorDictionary> dict;

  Status Open(const std::string& model_dir, const std::string& dict_dir, bool strict) {
    Options options;
    options.model_dir = model_dir;
    options.dict_dir = dict_dir;
    auto p = Pipeline::Open(options);
    if (!p.ok()) return p.status();
    pipeline = std::move(*p);
    lexicon::LoadReport report;
    auto d = lexicon::ActorDictionary::Load(
        lexicon::ActorDictionary::FilesIn(EventStage::DictDir(options)), &report, strict);
    for (const auto& f : report.findings) std::cerr << f.ToString() << "\n";
    if (!d.ok()) return d.status();
    dict = std::move(*d);
    return Status::Ok();
  }

  // One resolved noun phrase with the sentence it is in.
  struct Found {
    const Sentence* sentence = nullptr;
    int head = -1;
    ActorRef actor;
  };

  // Analyzes the article into *doc and resolves its noun phrases in order.
  Status Run(const Article& article, Document* doc, std::vector<Found>* out) const {
    HERODOTUS_RETURN_IF_ERROR(pipeline->Analyze(article, doc));
    coding::ActorResolver resolver(*dict, doc->article);
    for (const Sentence& s : doc->sentences) {
      bool parsed = false;
      for (const Token& t : s.tokens) parsed = parsed || !t.upos.empty();
      if (!parsed) continue;  // over the sentence budget: not tagged
      coding::Tree tree(s);
      resolver.StartSentence(s, tree);
      for (auto& m : resolver.ResolveAll()) out->push_back({&s, m.head, std::move(m.actor)});
    }
    return Status::Ok();
  }
};

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_ACTOR_MENTIONS_H_
