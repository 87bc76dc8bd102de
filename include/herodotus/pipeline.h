// herodotus — the pipeline: article in, annotated document out.
//
//   auto p = herodotus::Pipeline::Open(options);
//   if (!p.ok()) { report p.status(); }
//   herodotus::Document doc;
//   herodotus::Status s = (*p)->Analyze(article, &doc);
//
// A Pipeline owns the loaded models and dictionaries, which are immutable
// after Open: one Pipeline is safe for concurrent use by many threads without
// external synchronization (each thread passes its own Document).
#ifndef HERODOTUS_PIPELINE_H_
#define HERODOTUS_PIPELINE_H_

#include <memory>

#include <vector>

#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/options.h"
#include "herodotus/status.h"

namespace herodotus {

class Pipeline {
 public:
  // Loads models and dictionaries named by options. Errors: kNotFound (missing
  // file), kDataLoss (corrupt/truncated file, failed self-test), kUnsupported
  // (newer format version).
  static Result<std::unique_ptr<Pipeline>> Open(const Options& options);

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  virtual ~Pipeline();

  // Text stage and, when enabled, syntax: fills doc->sentences.
  // kBadInput when the article exceeds the budgets.
  virtual Status Analyze(const Article& article, Document* doc) const = 0;

  // Syntax only, on an already tokenized sentence (e.g. gold tokenization
  // for evaluation): fills upos/xpos/feats/lemma/head/deprel of each token.
  virtual Status Parse(Sentence* sentence) const = 0;

  // The whole pipeline: Analyze, then actors, events and attribution.
  // Appends the article's events to *events and, when `quotes` is not null,
  // its direct quotations to *quotes. kUnsupported while no event coder is
  // loaded (no dictionaries or no syntax model).
  virtual Status Code(const Article& article, Document* doc, std::vector<Event>* events,
                      std::vector<Quote>* quotes) const = 0;
  Status Code(const Article& article, Document* doc, std::vector<Event>* events) const {
    return Code(article, doc, events, nullptr);
  }

  const Options& options() const { return options_; }

 protected:
  explicit Pipeline(const Options& options) : options_(options) {}

 private:
  Options options_;
};

}  // namespace herodotus

#endif  // HERODOTUS_PIPELINE_H_
