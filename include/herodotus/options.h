// herodotus — typed options with defaults and budgets. Strings are parsed
// into these only at the edges (CLI, HTTP).
#ifndef HERODOTUS_OPTIONS_H_
#define HERODOTUS_OPTIONS_H_

#include <cstddef>
#include <string>

#include "herodotus/article.h"

namespace herodotus {

struct Options {
  // Folder holding the model files (tagger/parser, NER). "" = the models
  // installed with / built into this binary's source tree (HERODOTUS_MODEL_DIR).
  std::string model_dir;
  // Folder holding the dictionaries (actors, agents, frames). "" = default.
  std::string dict_dir;
  // Run the syntax models (POS, lemma, dependencies). Off = tokens and sentences only.
  bool syntax = true;
  // Dependency parser beam width: 0 = the syntax model's own, 1 = greedy,
  // larger = more accurate and slower (at most syntax::Parser::kMaxBeam).
  int parser_beam = 0;
  // Budgets: an article larger than this is skipped as bad input; a sentence
  // with more tokens is not parsed (counted, reported) to keep time linear.
  size_t max_article_bytes = 10u << 20;
  size_t max_sentence_tokens = 400;
  // Worker threads for batch runs (0 = all cores).
  int threads = 1;
  // Publication date to assume when an input gives none.
  Date default_date;
};

}  // namespace herodotus

#endif  // HERODOTUS_OPTIONS_H_
