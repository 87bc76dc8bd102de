// CoNLL 2018 shared-task scoring of a system's sentences against gold ones.
//
// Same semantics as the task's official evaluation script: both sides are
// reduced to character spans over the text WITHOUT whitespace, so they may
// tokenize the same text differently. Tokens (a multiword token counts once),
// sentences and words are scored by exact span match (precision, recall,
// F1); words inside multiword tokens are aligned by the longest common
// subsequence of their lowercased forms within the overlapping region. Tags
// and trees are scored on aligned words: UPOS, XPOS, UFeats (the whole FEATS
// string), Lemmas, UAS (heads map to aligned heads) and LAS (also the
// universal part of the relation, before ':'); their precision/recall divide
// by system/gold word counts, "aligned accuracy" by the aligned words.
//
// Spans come either from the forms themselves (two CoNLL-U files) or from
// byte offsets into the raw text the system analyzed (the pipeline's tokens,
// whose forms are normalized and would not concatenate to the gold text).
// Thread-safety: pure functions over caller-owned values.
#ifndef HERODOTUS_EVAL_CONLLU_SCORE_H_
#define HERODOTUS_EVAL_CONLLU_SCORE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/status.h"

namespace herodotus::eval {

// One side of the comparison, reduced to spans. Holds pointers into the
// Sentences it was built from, which must outlive it.
struct SpanCorpus {
  struct Span { uint32_t start = 0, end = 0; };
  struct Word {
    Span span;               // the surface token's span for words of a multiword token
    bool multiword = false;
    const Token* token = nullptr;
    int64_t head = -1;       // index into words (-1 = root or no head)
    bool root = false;
  };
  std::vector<Span> tokens, sentences;
  std::vector<Word> words;
  std::string chars;         // the text without whitespace (for the consistency check)
};

// Spans from the forms (MWT forms for multiword tokens), whitespace removed.
SpanCorpus SpansFromForms(const std::vector<Sentence>& sentences);
// Spans from Token::start/end, byte offsets into raw_text; whitespace in
// raw_text is not counted.
SpanCorpus SpansFromOffsets(const std::vector<Sentence>& sentences, std::string_view raw_text);

struct MetricCounts {
  size_t gold = 0, system = 0, correct = 0, aligned = 0;
  double Precision() const { return system ? 100.0 * correct / system : 0; }
  double Recall() const { return gold ? 100.0 * correct / gold : 0; }
  double F1() const { return gold + system ? 200.0 * correct / (gold + system) : 0; }
  double AlignedAccuracy() const { return aligned ? 100.0 * correct / aligned : 0; }
};

struct ConlluScores {
  MetricCounts tokens, sentences, words, upos, xpos, ufeats, lemmas, uas, las;
};

// Scores system against gold. kInvalidArgument when their texts (without
// whitespace) differ — the spans would not be comparable.
Result<ConlluScores> ScoreSpans(const SpanCorpus& gold, const SpanCorpus& system);

// The CoNLL 2018 table: Metric | Precision | Recall | F1 Score | AligndAcc.
// With tagging = false only Tokens, Sentences and Words are printed.
std::string FormatScores(const ConlluScores& scores, bool tagging = true);

}  // namespace herodotus::eval

#endif  // HERODOTUS_EVAL_CONLLU_SCORE_H_
