// herodotus NER runtime: tags named entities (PER, ORG, LOC) in sentences.
//
//   auto rec = herodotus::ner::Recognizer::Load("models/en.ner.hdm");
//   if (!rec.ok()) return rec.status();          // names the file and the reason
//   (*rec)->Tag(&sentence);                       // fills Token::ner (IOB2)
//   for (const auto& e : herodotus::ner::ExtractSpans(sentence)) ...
//
// A Recognizer is immutable after Load: one instance may be shared by any
// number of threads without locking. Tag() uses only Token::form, so it can
// run before or after the syntax stage.
#ifndef HERODOTUS_NER_RECOGNIZER_H_
#define HERODOTUS_NER_RECOGNIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"
#include "ner/tags.h"

namespace herodotus::ner {

class Model;

class Recognizer {
 public:
  // Reads a model file. Errors (message names the file): NotFound/IoError
  // when unreadable, DataLoss when truncated/corrupt/failing its self-tests,
  // Unsupported when written by a newer herodotus.
  static Result<std::unique_ptr<Recognizer>> Load(const std::string& path);
  // The same from bytes already in memory; `name` is used in messages.
  static Result<std::unique_ptr<Recognizer>> FromBytes(std::string_view bytes, std::string_view name);
  ~Recognizer();
  Recognizer(const Recognizer&) = delete;
  Recognizer& operator=(const Recognizer&) = delete;

  // Sets Token::ner of every token to an IOB2 tag ("B-PER", "I-PER", "O").
  void Tag(Sentence* sentence) const;
  void Tag(Document* document) const;
  // IOB2 tags for a list of word forms.
  std::vector<std::string> TagWords(const std::vector<std::string>& words) const;

  // Entity types the model knows ("LOC", "ORG", "PER").
  std::vector<std::string> types() const;
  // What the model file says about its training (data, dev F1, date).
  const std::string& metadata() const { return metadata_; }

 private:
  Recognizer(std::unique_ptr<Model> model, std::string metadata);
  std::unique_ptr<Model> model_;
  std::string metadata_;
};

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_RECOGNIZER_H_
