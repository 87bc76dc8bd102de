#include "text/segmenter.h"

#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/splitter.h"
#include "text/tokenizer.h"

namespace herodotus::text {
namespace {

void AddWord(std::string_view text, uint32_t start, uint32_t end, bool space_after,
             Sentence* s) {
  Token& t = s->tokens.emplace_back();
  t.start = start;
  t.end = end;
  NormalizeForm(text.substr(start, end - start), &t.form);
  t.space_after = space_after;
}

}  // namespace

void Segment(std::string_view text, std::vector<Sentence>* out) {
  std::vector<SurfaceToken> tokens;
  tokens.reserve(text.size() / 5 + 1);
  Tokenize(text, &tokens);
  std::vector<SentenceBreak> breaks;
  SplitSentences(text, tokens, &breaks);
  for (size_t b = 0; b < breaks.size(); ++b) {
    const size_t first = breaks[b].first_token;
    const size_t last = b + 1 < breaks.size() ? breaks[b + 1].first_token : tokens.size();
    Sentence& s = out->emplace_back();
    s.start = tokens[first].start;
    s.end = tokens[last - 1].end;
    s.paragraph_start = breaks[b].paragraph_start;
    s.tokens.reserve(last - first + 2);
    for (size_t k = first; k < last; ++k) {
      const SurfaceToken& st = tokens[k];
      const bool space_after = k + 1 >= tokens.size() || tokens[k + 1].space_before;
      size_t split = 0;
      if (st.kind == TokenKind::kWord || st.kind == TokenKind::kNumber) {
        split = CliticSplit(text.substr(st.start, st.end - st.start));
      }
      if (split == 0) {
        AddWord(text, st.start, st.end, space_after, &s);
        continue;
      }
      const auto mid = static_cast<uint32_t>(st.start + split);
      AddWord(text, st.start, mid, false, &s);
      s.tokens.back().mwt_span = 2;
      NormalizeForm(text.substr(st.start, st.end - st.start), &s.tokens.back().mwt_form);
      AddWord(text, mid, st.end, space_after, &s);
    }
  }
}

}  // namespace herodotus::text
