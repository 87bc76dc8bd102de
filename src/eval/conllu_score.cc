// The alignment follows the CoNLL 2018 evaluation's description: a merge walk
// over word spans, and inside regions covered by multiword tokens an LCS over
// lowercased forms. Written from the task description; no code copied.
#include "eval/conllu_score.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "util/ascii.h"

namespace herodotus::eval {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Shared skeleton: token_span(sentence, first word, last word) gives a token's span.
template <typename SpanOf>
SpanCorpus Build(const std::vector<Sentence>& sentences, SpanOf span_of) {
  SpanCorpus c;
  for (const Sentence& s : sentences) {
    if (s.tokens.empty()) continue;
    const size_t base = c.words.size();
    SpanCorpus::Span sent{UINT32_MAX, 0};
    for (size_t i = 0; i < s.tokens.size();) {
      const size_t n = s.tokens[i].mwt_span > 1 ? std::min<size_t>(s.tokens[i].mwt_span, s.tokens.size() - i) : 1;
      const SpanCorpus::Span sp = span_of(s, i, n, &c);
      c.tokens.push_back(sp);
      sent.start = std::min(sent.start, sp.start);
      sent.end = std::max(sent.end, sp.end);
      for (size_t k = i; k < i + n; ++k) {
        SpanCorpus::Word w;
        w.span = sp;
        w.multiword = n > 1;
        w.token = &s.tokens[k];
        const int h = s.tokens[k].head;
        if (h == 0) w.root = true;
        else if (h > 0 && static_cast<size_t>(h) <= s.tokens.size()) w.head = static_cast<int64_t>(base + h - 1);
        c.words.push_back(w);
      }
      i += n;
    }
    c.sentences.push_back(sent);
  }
  return c;
}

MetricCounts SpanCounts(const std::vector<SpanCorpus::Span>& g, const std::vector<SpanCorpus::Span>& s) {
  MetricCounts r;
  r.gold = g.size();
  r.system = s.size();
  size_t i = 0, j = 0;
  while (i < g.size() && j < s.size()) {
    if (g[i].start < s[j].start) { ++i; continue; }
    if (s[j].start < g[i].start) { ++j; continue; }
    if (g[i].end == s[j].end) ++r.correct;
    ++i;
    ++j;
  }
  return r;
}

std::string_view FormOf(const SpanCorpus::Word& w) { return w.token->form; }

// Aligns words; align[g] = system index or -1.
void AlignWords(const SpanCorpus& gold, const SpanCorpus& sys, std::vector<int64_t>* align) {
  const auto& g = gold.words;
  const auto& s = sys.words;
  align->assign(g.size(), -1);
  size_t gi = 0, si = 0;
  const auto beyond = [](const std::vector<SpanCorpus::Word>& w, size_t i, uint32_t end) {
    return i >= w.size() || w[i].span.start >= end;
  };
  const auto extend = [](const SpanCorpus::Word& w, uint32_t end) {
    return w.multiword && w.span.end > end ? w.span.end : end;
  };
  while (gi < g.size() && si < s.size()) {
    if (g[gi].multiword || s[si].multiword) {
      // The smallest region both sides cover that contains the multiword token.
      uint32_t end;
      if (g[gi].multiword) {
        end = g[gi].span.end;
        if (!s[si].multiword && s[si].span.start < g[gi].span.start) ++si;
      } else {
        end = s[si].span.end;
        if (!g[gi].multiword && g[gi].span.start < s[si].span.start) ++gi;
      }
      const size_t gs = gi, ss = si;
      while (!beyond(g, gi, end) || !beyond(s, si, end)) {
        if (gi < g.size() && (si >= s.size() || g[gi].span.start <= s[si].span.start)) {
          end = extend(g[gi], end);
          ++gi;
        } else {
          end = extend(s[si], end);
          ++si;
        }
      }
      // LCS of lowercased forms inside the region.
      const size_t gn = gi - gs, sn = si - ss;
      std::vector<std::string> gl(gn), sl(sn);
      for (size_t a = 0; a < gn; ++a) gl[a] = AsciiLower(FormOf(g[gs + a]));
      for (size_t b = 0; b < sn; ++b) sl[b] = AsciiLower(FormOf(s[ss + b]));
      std::vector<uint32_t> lcs((gn + 1) * (sn + 1), 0);
      const auto at = [&](size_t a, size_t b) -> uint32_t& { return lcs[a * (sn + 1) + b]; };
      for (size_t a = gn; a-- > 0;) {
        for (size_t b = sn; b-- > 0;) {
          at(a, b) = gl[a] == sl[b] ? 1 + at(a + 1, b + 1) : std::max(at(a + 1, b), at(a, b + 1));
        }
      }
      size_t a = 0, b = 0;
      while (a < gn && b < sn) {
        if (gl[a] == sl[b]) {
          (*align)[gs + a] = static_cast<int64_t>(ss + b);
          ++a;
          ++b;
        } else if (at(a + 1, b) >= at(a, b + 1)) {
          ++a;
        } else {
          ++b;
        }
      }
    } else if (g[gi].span.start == s[si].span.start && g[gi].span.end == s[si].span.end) {
      (*align)[gi] = static_cast<int64_t>(si);
      ++gi;
      ++si;
    } else if (g[gi].span.start <= s[si].span.start) {
      ++gi;
    } else {
      ++si;
    }
  }
}

std::string_view Universal(std::string_view deprel) {
  const size_t colon = deprel.find(':');
  return colon == std::string_view::npos ? deprel : deprel.substr(0, colon);
}

}  // namespace

SpanCorpus SpansFromForms(const std::vector<Sentence>& sentences) {
  return Build(sentences, [](const Sentence& s, size_t i, size_t n, SpanCorpus* c) {
    const std::string& form = n > 1 && !s.tokens[i].mwt_form.empty() ? s.tokens[i].mwt_form : s.tokens[i].form;
    SpanCorpus::Span sp;
    sp.start = static_cast<uint32_t>(c->chars.size());
    if (n > 1 && s.tokens[i].mwt_form.empty()) {
      for (size_t k = i; k < i + n; ++k) {
        for (char ch : s.tokens[k].form) if (!IsSpace(ch)) c->chars += ch;
      }
    } else {
      for (char ch : form) if (!IsSpace(ch)) c->chars += ch;
    }
    sp.end = static_cast<uint32_t>(c->chars.size());
    return sp;
  });
}

SpanCorpus SpansFromOffsets(const std::vector<Sentence>& sentences, std::string_view raw) {
  std::vector<uint32_t> nonspace(raw.size() + 1, 0);
  std::string chars;
  for (size_t i = 0; i < raw.size(); ++i) {
    nonspace[i + 1] = nonspace[i] + (IsSpace(raw[i]) ? 0 : 1);
    if (!IsSpace(raw[i])) chars += raw[i];
  }
  const auto map = [&](uint32_t b) { return nonspace[std::min<size_t>(b, raw.size())]; };
  SpanCorpus c = Build(sentences, [&](const Sentence& s, size_t i, size_t n, SpanCorpus*) {
    return SpanCorpus::Span{map(s.tokens[i].start), map(s.tokens[i + n - 1].end)};
  });
  c.chars = std::move(chars);
  return c;
}

Result<ConlluScores> ScoreSpans(const SpanCorpus& gold, const SpanCorpus& sys) {
  if (gold.chars != sys.chars) {
    size_t i = 0;
    while (i < gold.chars.size() && i < sys.chars.size() && gold.chars[i] == sys.chars[i]) ++i;
    return Status::InvalidArgument(
        "gold and system texts differ at non-space character " + std::to_string(i) + ": gold \"" +
        gold.chars.substr(i, 20) + "\" vs system \"" + sys.chars.substr(i, 20) + "\"");
  }
  ConlluScores r;
  r.tokens = SpanCounts(gold.tokens, sys.tokens);
  r.sentences = SpanCounts(gold.sentences, sys.sentences);
  std::vector<int64_t> align;
  AlignWords(gold, sys, &align);
  MetricCounts base;
  base.gold = gold.words.size();
  base.system = sys.words.size();
  for (int64_t a : align) base.aligned += a >= 0;
  base.correct = base.aligned;
  r.words = base;
  r.upos = r.xpos = r.ufeats = r.lemmas = r.uas = r.las = base;
  r.upos.correct = r.xpos.correct = r.ufeats.correct = r.lemmas.correct = r.uas.correct = r.las.correct = 0;
  for (size_t gi = 0; gi < align.size(); ++gi) {
    if (align[gi] < 0) continue;
    const SpanCorpus::Word& gw = gold.words[gi];
    const SpanCorpus::Word& sw = sys.words[static_cast<size_t>(align[gi])];
    const Token& g = *gw.token;
    const Token& s = *sw.token;
    r.upos.correct += g.upos == s.upos;
    r.xpos.correct += g.xpos == s.xpos;
    r.ufeats.correct += g.feats == s.feats || ((g.feats.empty() || g.feats == "_") && (s.feats.empty() || s.feats == "_"));
    r.lemmas.correct += g.lemma == s.lemma || g.lemma == "_";
    bool head_ok;
    if (gw.root || sw.root) head_ok = gw.root && sw.root;
    else head_ok = gw.head >= 0 && sw.head >= 0 && align[static_cast<size_t>(gw.head)] == sw.head;
    r.uas.correct += head_ok;
    r.las.correct += head_ok && Universal(g.deprel) == Universal(s.deprel);
  }
  return r;
}

std::string FormatScores(const ConlluScores& sc, bool tagging) {
  std::string out =
      "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
      "-----------+-----------+-----------+-----------+-----------\n";
  const auto row = [&](const char* name, const MetricCounts& c, bool aligned) {
    char buf[128];
    if (aligned) {
      std::snprintf(buf, sizeof buf, "%-11s|%10.2f |%10.2f |%10.2f |%10.2f\n", name, c.Precision(), c.Recall(),
                    c.F1(), c.AlignedAccuracy());
    } else {
      std::snprintf(buf, sizeof buf, "%-11s|%10.2f |%10.2f |%10.2f |\n", name, c.Precision(), c.Recall(), c.F1());
    }
    out += buf;
  };
  row("Tokens", sc.tokens, false);
  row("Sentences", sc.sentences, false);
  row("Words", sc.words, false);
  if (tagging) {
    row("UPOS", sc.upos, true);
    row("XPOS", sc.xpos, true);
    row("UFeats", sc.ufeats, true);
    row("Lemmas", sc.lemmas, true);
    row("UAS", sc.uas, true);
    row("LAS", sc.las, true);
  }
  return out;
}

}  // namespace herodotus::eval
