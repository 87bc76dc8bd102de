#include "coding/quotes.h"

#include <algorithm>

#include "coding/attribution.h"
#include "coding/matcher.h"

namespace herodotus::coding {

bool IsQuoteMark(const Token& t) {
  const std::string_view f = t.form;  // length first: called for every token
  return f == "\"" || f == "``" || f == "''" || f == "\xE2\x80\x9C" || f == "\xE2\x80\x9D";
}

namespace {

bool IsReportingVerb(const Tree& t, int i) {
  if (t.upos(i) != "VERB") return false;
  ClaimKind k = ClassifyClaimWord(t.lemma(i));
  return k == ClaimKind::kReport || k == ClaimKind::kAllege || k == ClaimKind::kDeny ||
         k == ClaimKind::kFuture || k == ClaimKind::kAsk;
}

// The reporting verb of a sentence outside [lo, hi] (token range of the quote
// within this sentence), preferring one adjacent to the quote.
int ReportingVerbOutside(const Tree& t, int lo, int hi) {
  int best = -1, best_dist = 1 << 30;
  for (int i = 0; i < t.size(); ++i) {
    if (i >= lo && i <= hi) continue;
    if (!IsReportingVerb(t, i) || SubjectOf(t, i) < 0) continue;
    int d = i < lo ? lo - i : i - hi;
    if (d < best_dist) {
      best = i;
      best_dist = d;
    }
  }
  return best;
}

// First and last token of the subtree under i.
void Span(const Tree& t, int i, int* lo, int* hi) {
  *lo = std::min(*lo, i);
  *hi = std::max(*hi, i);
  for (int c : t.children(i)) Span(t, c, lo, hi);
}

}  // namespace

std::vector<QuoteSpan> FindQuotes(const Document& doc, const std::vector<Tree>& trees) {
  std::vector<QuoteSpan> out;
  const auto& ss = doc.sentences;
  bool open = false;
  TokenPos open_at, last_word;
  bool open_continued = false;
  auto close = [&](TokenPos end) {
    if (open_at.valid() && end.valid() &&
        (open_at.sentence < end.sentence ||
         (open_at.sentence == end.sentence && open_at.token <= end.token))) {
      QuoteSpan q;
      q.first = open_at;
      q.last = end;
      q.continued = open_continued;
      out.push_back(q);
    }
    open = false;
  };
  for (int s = 0; s < static_cast<int>(ss.size()); ++s) {
    const auto& toks = ss[s].tokens;
    // A quote left open at a paragraph end ends there; it continues when the
    // next paragraph opens with a quote mark.
    bool reopens = false;
    if (ss[s].paragraph_start && open) {
      reopens = !toks.empty() && IsQuoteMark(toks[0]);
      close(last_word);
    }
    for (int i = 0; i < static_cast<int>(toks.size()); ++i) {
      if (IsQuoteMark(toks[i])) {
        if (!open) {
          open = true;
          open_continued = reopens && i == 0;
          open_at = {s, i + 1};
        } else {
          close(last_word);
        }
        continue;
      }
      last_word = {s, i};
    }
  }
  if (open) close(last_word);

  // Speakers.
  TokenPos prev_speaker;
  for (QuoteSpan& q : out) {
    for (int s : {q.last.sentence, q.first.sentence}) {
      const Tree& t = trees[s];
      int lo = s == q.first.sentence ? q.first.token : 0;
      int hi = s == q.last.sentence ? q.last.token : t.size() - 1;
      int v = ReportingVerbOutside(t, lo, hi);
      if (v >= 0) {
        q.verb = {s, v};
        q.speaker = {s, SubjectOf(t, v)};
        break;
      }
    }
    // `Lavrov said: "…"` with the verb in the previous sentence.
    if (!q.speaker.valid() && !q.continued && q.first.sentence > 0 && q.first.token <= 1) {
      const Tree& t = trees[q.first.sentence - 1];
      int n = t.size();
      if (n > 0 && (t.tok(n - 1).form == ":" || t.tok(n - 1).form == ",")) {
        int v = ReportingVerbOutside(t, n, n);
        if (v >= 0) {
          q.verb = {q.first.sentence - 1, v};
          q.speaker = {q.first.sentence - 1, SubjectOf(t, v)};
        }
      }
    }
    // News style: an unattributed quote continues the last speaker.
    if (!q.speaker.valid()) q.speaker = prev_speaker;
    if (q.speaker.valid()) prev_speaker = q.speaker;
  }

  // Indirect quotations: a reporting verb's content clause outside any
  // direct quote.
  const size_t direct = out.size();
  for (int s = 0; s < static_cast<int>(ss.size()); ++s) {
    const Tree& t = trees[s];
    for (int v = 0; v < t.size(); ++v) {
      if (t.upos(v) != "VERB") continue;
      ClaimKind k = ClassifyClaimWord(t.lemma(v));
      if (k != ClaimKind::kReport && k != ClaimKind::kAllege && k != ClaimKind::kDeny) continue;
      int speaker = SubjectOf(t, v);
      for (int c : t.children(v)) {
        if (t.rel(c) != "ccomp") continue;
        int lo = c, hi = c;
        Span(t, c, &lo, &hi);
        QuoteSpan q;
        q.first = {s, lo};
        q.last = {s, hi};
        bool inside = false;
        for (size_t d = 0; d < direct; ++d) {
          inside = inside || out[d].Contains(q.first) || out[d].Contains(q.last) ||
                   out[d].Contains({s, v});
        }
        for (int i = lo; i <= hi; ++i) inside = inside || IsQuoteMark(t.tok(i));
        if (inside) continue;
        q.verb = {s, v};
        if (speaker >= 0) q.speaker = {s, speaker};
        q.indirect = true;
        out.push_back(q);
      }
    }
  }
  return out;
}

}  // namespace herodotus::coding
