// The VOA bench sentences (../shared/data/bench/voa_gmb) as articles of 20
// sentences, one paragraph a sentence, dated 2010-06-01: the common input of
// the whole-pipeline benches, so their figures compare.
#ifndef HERODOTUS_BENCH_VOA_ARTICLES_H_
#define HERODOTUS_BENCH_VOA_ARTICLES_H_

#include <fstream>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "output/json_text.h"

// Returns the number of lines read, or -1 when the file is absent (the bench
// then skips with a reason).
inline long LoadVoaArticles(const std::string& shared, size_t max_sentences,
                            std::vector<herodotus::Article>* articles) {
  std::ifstream in(shared + "/bench/voa_gmb/gmb_sentences_detok.txt");
  if (!in) return -1;
  std::string line;
  size_t lines = 0;
  while (lines < max_sentences && std::getline(in, line)) {
    if (lines % 20 == 0) {
      articles->emplace_back();
      articles->back().id = "voa" + std::to_string(articles->size());
      articles->back().date = herodotus::Date{2010, 6, 1};
    }
    articles->back().text += line;
    articles->back().text += "\n\n";
    ++lines;
  }
  return static_cast<long>(lines);
}

// The same articles as JSON Lines, sentences joined by blank lines, for the
// benches that read their input through ArticleReader. Returns the number of
// lines read (and sets *articles), or -1 when the file is absent.
inline long LoadVoaArticlesJsonl(const std::string& shared, size_t max_sentences,
                                 std::string* jsonl, int* articles) {
  std::ifstream in(shared + "/bench/voa_gmb/gmb_sentences_detok.txt");
  if (!in) return -1;
  std::string text, line;
  size_t lines = 0;
  *articles = 0;
  auto emit = [&] {
    if (text.empty()) return;
    *jsonl += "{\"id\": \"voa" + std::to_string(++*articles) + "\", \"date\": \"2010-06-01\", \"text\": ";
    herodotus::output::AppendJsonString(jsonl, text);
    *jsonl += "}\n";
    text.clear();
  };
  while (lines < max_sentences && std::getline(in, line)) {
    if (!text.empty()) text += "\n\n";
    text += line;
    if (++lines % 20 == 0) emit();
  }
  emit();
  return static_cast<long>(lines);
}

#endif  // HERODOTUS_BENCH_VOA_ARTICLES_H_
