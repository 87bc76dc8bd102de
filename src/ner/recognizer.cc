#include "ner/recognizer.h"

#include <set>

#include "ner/model.h"
#include "ner/model_io.h"
#include "util/file.h"

namespace herodotus::ner {

Recognizer::Recognizer(std::unique_ptr<Model> model, std::string metadata)
    : model_(std::move(model)), metadata_(std::move(metadata)) {}
Recognizer::~Recognizer() = default;

Result<std::unique_ptr<Recognizer>> Recognizer::Load(const std::string& path) {
  std::string bytes;
  HERODOTUS_RETURN_IF_ERROR(ReadFile(path, &bytes));
  return FromBytes(bytes, path);
}

Result<std::unique_ptr<Recognizer>> Recognizer::FromBytes(std::string_view bytes, std::string_view name) {
  Result<ModelFile> file = ParseModel(bytes, name);
  if (!file.ok()) return file.status();
  return std::unique_ptr<Recognizer>(
      new Recognizer(std::move(file->model), std::move(file->metadata)));
}

std::vector<std::string> Recognizer::TagWords(const std::vector<std::string>& words) const {
  return ner::TagWords(*model_, words);
}

void Recognizer::Tag(Sentence* sentence) const {
  std::vector<std::string> words;
  words.reserve(sentence->tokens.size());
  for (const Token& t : sentence->tokens) words.push_back(t.form);
  std::vector<std::string> tags = TagWords(words);
  for (size_t i = 0; i < tags.size(); ++i) sentence->tokens[i].ner = std::move(tags[i]);
}

void Recognizer::Tag(Document* document) const {
  for (Sentence& s : document->sentences) Tag(&s);
}

std::vector<std::string> Recognizer::types() const {
  std::set<std::string> out;
  for (const std::string& l : model_->labels()) {
    if (l.size() > 2) out.insert(l.substr(2));
  }
  return {out.begin(), out.end()};
}

}  // namespace herodotus::ner
