// The pipeline implementation: text stage, then (when loaded) syntax, then
// (when loaded) event coding. Immutable after Open, so Analyze/Parse/Code are
// safe to call from many threads at once.
#include "herodotus/pipeline.h"

#include <filesystem>
#include <string>

#include "ner/recognizer.h"
#include "pipeline/event_stage.h"
#include "syntax/analyzer.h"
#include "text/segmenter.h"

namespace herodotus {
namespace {

// Loads a model file into *out when the file exists; leaves *out empty when
// it does not. Load errors (corrupt, newer version) are returned.
template <typename Model>
Status LoadIfPresent(const std::string& path, std::unique_ptr<Model>* out) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::Ok();
  auto m = Model::Load(path);
  if (!m.ok()) return m.status();
  *out = std::move(*m);
  return Status::Ok();
}

class PipelineImpl final : public Pipeline {
 public:
  explicit PipelineImpl(const Options& options) : Pipeline(options) {}

  Status Load() {
    // Models are optional: a missing one leaves its stage (and, for syntax,
    // event coding) off; one that is there but fails its checks is fatal.
    if (options().syntax) {
      std::string path = syntax::Analyzer::DefaultPath(options().model_dir);
      HERODOTUS_RETURN_IF_ERROR(LoadIfPresent<syntax::Analyzer>(path, &analyzer_));
      if (analyzer_) analyzer_->SetBeamWidth(options().parser_beam);
      if (!analyzer_) {
        events_status_ = Status::NotFound(path + ": no syntax model (event coding needs it)");
      }
      std::string dir = options().model_dir.empty() ? std::string(HERODOTUS_MODEL_DIR)
                                                    : options().model_dir;
      HERODOTUS_RETURN_IF_ERROR(LoadIfPresent<ner::Recognizer>(dir + "/en.ner.hdm", &ner_));
    }
    if (analyzer_) {
      auto es = EventStage::Load(options());
      if (es.ok()) {
        events_ = std::move(*es);
      } else {
        events_status_ = es.status();
      }
    }
    return Status::Ok();
  }

  Status Analyze(const Article& article, Document* doc) const override {
    doc->article = article;
    doc->sentences.clear();
    doc->long_sentences = 0;
    if (article.text.size() > options().max_article_bytes) {
      return Status::BadInput("article of " + std::to_string(article.text.size()) +
                              " bytes exceeds max_article_bytes (" +
                              std::to_string(options().max_article_bytes) + ")");
    }
    text::Segment(doc->article.text, &doc->sentences);
    if (!options().syntax || !analyzer_) return Status::Ok();
    for (Sentence& s : doc->sentences) {
      // Over-long sentences are left untagged to keep time linear in input.
      if (s.tokens.size() > options().max_sentence_tokens) {
        ++doc->long_sentences;
        continue;
      }
      HERODOTUS_RETURN_IF_ERROR(Parse(&s));
    }
    return Status::Ok();
  }

  Status Parse(Sentence* sentence) const override {
    if (!analyzer_) return Status::Unsupported("no syntax model loaded");
    analyzer_->Analyze(sentence);
    if (ner_) ner_->Tag(sentence);
    return Status::Ok();
  }

  using Pipeline::Code;
  Status Code(const Article& article, Document* doc, std::vector<Event>* events,
              std::vector<Quote>* quotes) const override {
    if (!events_) return events_status_;
    HERODOTUS_RETURN_IF_ERROR(Analyze(article, doc));
    events_->Code(*doc, events, quotes);
    return Status::Ok();
  }

 private:
  std::unique_ptr<syntax::Analyzer> analyzer_;
  std::unique_ptr<ner::Recognizer> ner_;
  std::unique_ptr<EventStage> events_;
  Status events_status_ = Status::Unsupported("no event coder loaded");
};

}  // namespace

Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Open(const Options& options) {
  auto p = std::make_unique<PipelineImpl>(options);
  HERODOTUS_RETURN_IF_ERROR(p->Load());
  return std::unique_ptr<Pipeline>(std::move(p));
}

}  // namespace herodotus
