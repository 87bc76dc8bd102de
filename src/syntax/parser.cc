#include "syntax/parser.h"

#include <algorithm>
#include <climits>

#include "syntax/clusters.h"
#include "syntax/tagger.h"
#include "util/ascii.h"

namespace herodotus::syntax {
namespace {
constexpr uint64_t kNoWord = 0x51a7e5ull, kRootWord = 0x2007ull;
}  // namespace

void ParseInput::Prepare(const Sentence& s, const std::vector<int>& tags, const std::vector<uint32_t>* cl) {
  const size_t n = s.tokens.size();
  word.resize(n + 1);
  tag.resize(n + 1);
  coarse.resize(n + 1);
  punct_before.resize(n + 2);
  word[0] = kRootWord;
  tag[0] = -1;
  coarse[0] = kRootWord;
  punct_before[0] = punct_before[1] = 0;
  for (size_t i = 0; i < n; ++i) {
    word[i + 1] = LowerStringKey(s.tokens[i].form);
    tag[i + 1] = i < tags.size() ? tags[i] : 0;
    coarse[i + 1] = StringKey(s.tokens[i].upos);
    punct_before[i + 2] = static_cast<uint16_t>(punct_before[i + 1] + (s.tokens[i].upos == "PUNCT"));
  }
  clusters = cl != nullptr;
  if (clusters) {
    cf.resize(n + 1);
    cc.resize(n + 1);
    cf[0] = cc[0] = 0xffff;  // the root
    for (size_t i = 0; i < n; ++i) {
      const uint32_t c = i < cl->size() ? (*cl)[i] : 0;
      cf[i + 1] = FineCluster(c);
      cc[i + 1] = CoarseCluster(c);
    }
  }
}

namespace {

uint64_t Distance(int s0, int b0) {
  if (s0 <= 0 || b0 <= 0) return 0;
  const int dist = b0 - s0;
  return dist <= 4 ? dist : dist <= 7 ? 5 : dist <= 12 ? 6 : 7;
}

}  // namespace

// Features of one position in one role alone (a word's own attributes; for
// b0 also the next two words, which follow from it). They depend on nothing
// else, so Decode scores each (role, position) once per sentence.
size_t Parser::PositionFeatures(const ParseInput& in, Role role, int x, uint64_t* f) {
  const int n = static_cast<int>(in.word.size()) - 1;
  auto W = [&](int y) -> uint64_t { return y < 0 ? kNoWord : in.word[y]; };
  auto P = [&](int y) -> uint64_t { return y < 0 ? 0 : static_cast<uint64_t>(in.tag[y] + 2); };
  auto CF = [&](int y) -> uint64_t { return y < 0 ? 0x10000 : in.cf[y]; };
  const uint64_t w = W(x), p = P(x), wp = w ^ (p << 48);
  size_t k = 0;
  auto F = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { f[k++] = FeatureKey(t, a, b, c); };
  switch (role) {
    case kRoleS0:
      F(1, w); F(2, p); F(3, wp);
      if (in.clusters) F(120, CF(x));
      break;
    case kRoleS1:
      F(4, w); F(5, p); F(6, wp);
      if (in.clusters) F(122, CF(x));
      break;
    case kRoleS2:
      F(15, p); F(16, w);
      break;
    case kRoleB0: {
      const int b1 = x > 0 && x + 1 <= n ? x + 1 : -1;
      const int b2 = x > 0 && x + 2 <= n ? x + 2 : -1;
      const uint64_t b1w = W(b1), b1p = P(b1), b2p = P(b2);
      F(0, 0);
      F(7, w); F(8, p); F(9, wp);
      F(10, b1w); F(11, b1p); F(12, b1w, b1p);
      F(13, W(b2)); F(14, b2p);
      F(27, p, b1p);
      F(92, w, b1w); F(93, w, b1p); F(94, p, b1w);
      F(30, p, b1p, b2p);
      if (in.clusters) {
        F(121, CF(x)); F(123, CF(b1));
      }
      break;
    }
  }
  return k;
}

// Features of the positions s2, s1, s0, b0 together (pairs and triples,
// distance, punctuation between s0 and b0).
size_t Parser::PairFeatures(const ParseInput& in, int s2, int s1, int s0, int b0, uint64_t* f) {
  const int n = static_cast<int>(in.word.size()) - 1;
  const int b1 = b0 > 0 && b0 + 1 <= n ? b0 + 1 : -1;
  auto W = [&](int x) -> uint64_t { return x < 0 ? kNoWord : in.word[x]; };
  auto P = [&](int x) -> uint64_t { return x < 0 ? 0 : static_cast<uint64_t>(in.tag[x] + 2); };
  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0);
  const uint64_t b1p = P(b1), s2p = P(s2);
  const uint64_t s0wp = s0w ^ (s0p << 48), s1wp = s1w ^ (s1p << 48), b0wp = b0w ^ (b0p << 48);
  const uint64_t d = Distance(s0, b0);
  size_t k = 0;
  auto F = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { f[k++] = FeatureKey(t, a, b, c); };
  // Pairs.
  F(20, s0wp, b0wp); F(21, s0wp, b0w); F(22, s0w, b0wp); F(23, s0wp, b0p); F(24, s0p, b0wp);
  F(25, s0w, b0w); F(26, s0p, b0p);
  F(28, s1wp, s0wp); F(29, s1p, s0w); F(88, s1w, s0w); F(90, s1w, s0p);
  // Triples of tags.
  F(31, s0p, b0p, b1p); F(32, s1p, s0p, b0p);
  F(37, s2p, s1p, s0p);
  F(95, s1p, s0p, b0p ^ (b1p << 16));
  F(96, s0w, b0p, b1p); F(97, s0p, b0w, b1p); F(98, s1w, s0p, b0p); F(99, s1p, s0w, b0p);
  // Distance.
  F(40, s0w, d); F(41, s0p, d); F(42, b0w, d); F(43, b0p, d); F(44, s0w, b0w, d); F(45, s0p, b0p, d);
  F(89, s1p, s0p, d);
  // Coarse (UPOS) tags: the same contexts with less sparse tags.
  auto U = [&](int x) -> uint64_t { return x < 0 ? 0 : in.coarse[x]; };
  const uint64_t us0 = U(s0), ub0 = U(b0), us1 = U(s1), ub1 = U(b1);
  F(110, us0, ub0); F(111, us1, us0, ub0); F(112, us0, ub0, ub1); F(113, s0w, ub0); F(114, us0, b0w);
  F(115, us0, ub0, d); F(117, us1, us0, d);
  // Punctuation between s0 and b0 (commas and dashes bound attachments).
  uint64_t pc = 0;
  if (s0 > 0 && b0 > 0) pc = std::min(3, in.punct_before[b0] - in.punct_before[s0 + 1]);
  F(118, us0, ub0, pc); F(119, s0p, b0p, pc);
  if (in.clusters) {
    // Word clusters: word features that generalize to rare and unseen words.
    auto CF = [&](int x) -> uint64_t { return x < 0 ? 0x10000 : in.cf[x]; };
    auto CC = [&](int x) -> uint64_t { return x < 0 ? 0x10000 : in.cc[x]; };
    const uint64_t cfs0 = CF(s0), cfb0 = CF(b0), ccs0 = CC(s0), ccb0 = CC(b0);
    F(124, cfs0, b0p); F(125, s0p, cfb0); F(126, ccs0, ccb0); F(127, ccs0, ccb0, d);
    F(128, CC(s1), ccs0, ccb0); F(129, cfs0, cfb0);
  }
  return k;
}

// Features of the positions s2, s1, s0, b0 (words, tags and clusters, b1
// and b2, distance, punctuation between): half of all features. Beam items
// that differ only below the top of the stack (e.g. in the label just
// assigned) share them, so Decode scores them once per step.
size_t Parser::ContextFeatures(const ParseInput& in, int s2, int s1, int s0, int b0, uint64_t* f) {
  size_t k = PositionFeatures(in, kRoleS0, s0, f);
  k += PositionFeatures(in, kRoleS1, s1, f + k);
  k += PositionFeatures(in, kRoleS2, s2, f + k);
  k += PositionFeatures(in, kRoleB0, b0, f + k);
  return k + PairFeatures(in, s2, s1, s0, b0, f + k);
}

// The partial tree around the top positions: child positions and valencies.
void Parser::TreeShape(const ParseState& st, Shape* sh) {
  int s2;
  Context(st, &s2, &sh->s1, &sh->s0, &sh->b0);
  auto ch = [&](const std::vector<int>& v, int x) { return x < 0 ? -1 : v[x]; };
  const int s0 = sh->s0, s1 = sh->s1, b0 = sh->b0;
  sh->s0l = ch(st.lc1, s0), sh->s0r = ch(st.rc1, s0), sh->s0l2 = ch(st.lc2, s0), sh->s0r2 = ch(st.rc2, s0);
  sh->b0l = ch(st.lc1, b0), sh->b0l2 = ch(st.lc2, b0);
  sh->s1l = ch(st.lc1, s1), sh->s1r = ch(st.rc1, s1);
  sh->s0vl = s0 < 0 ? 0 : st.nl[s0], sh->s0vr = s0 < 0 ? 0 : st.nr[s0];
  sh->b0vl = b0 < 0 ? 99 : st.nl[b0];
  sh->s1vl = s1 < 0 ? 99 : st.nl[s1], sh->s1vr = s1 < 0 ? 99 : st.nr[s1];
  sh->stack = static_cast<int>(std::min<size_t>(st.stack.size(), 4));
  sh->b1_none = st.b + 1 > st.n;
}

// Features of the tree shape without labels: children's words and tags,
// valencies, the stack size. Items that differ only in an arc label share them.
size_t Parser::ShapeFeatures(const ParseInput& in, const Shape& sh, uint64_t* f) {
  auto W = [&](int x) -> uint64_t { return x < 0 ? kNoWord : in.word[x]; };
  auto P = [&](int x) -> uint64_t { return x < 0 ? 0 : static_cast<uint64_t>(in.tag[x] + 2); };
  const int s0 = sh.s0, s1 = sh.s1, b0 = sh.b0;
  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0);
  const uint64_t s0lp = P(sh.s0l), s0rp = P(sh.s0r), b0lp = P(sh.b0l), s1rp = P(sh.s1r), s1lp = P(sh.s1l);
  const uint64_t s0vl = sh.s0vl, s0vr = sh.s0vr, b0vl = sh.b0vl, s1vl = sh.s1vl, s1vr = sh.s1vr;
  size_t k = 0;
  auto F = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { f[k++] = FeatureKey(t, a, b, c); };
  // Tags of children with the top words.
  F(33, s0p, s0lp, b0p); F(34, s0p, s0rp, b0p); F(35, s0p, b0p, b0lp); F(36, s1p, s1rp, s0p);
  F(38, s1p, s0p, s0lp); F(39, s1p, s1lp, s0p);
  // Valency.
  F(46, s0w, s0vr); F(47, s0p, s0vr); F(48, s0w, s0vl); F(49, s0p, s0vl); F(50, b0w, b0vl);
  F(51, b0p, b0vl); F(52, s1w, s1vr); F(53, s1p, s1vr); F(54, s1p, s1vl);
  // Children.
  F(55, W(sh.s0l)); F(56, s0lp); F(58, W(sh.s0r)); F(59, s0rp);
  F(61, W(sh.b0l)); F(62, b0lp); F(64, W(sh.s1r)); F(65, s1rp);
  F(67, s1lp);
  F(70, W(sh.s0l2)); F(71, P(sh.s0l2)); F(73, W(sh.s0r2)); F(74, P(sh.s0r2));
  F(76, W(sh.b0l2)); F(77, P(sh.b0l2));
  F(79, s0p, s0lp, P(sh.s0l2)); F(80, s0p, s0rp, P(sh.s0r2)); F(81, b0p, b0lp, P(sh.b0l2));
  // Position of the buffer and size of the stack.
  F(101, b0p, static_cast<uint64_t>(sh.stack), static_cast<uint64_t>(sh.b1_none));
  if (in.clusters) {
    auto CC = [&](int x) -> uint64_t { return x < 0 ? 0x10000 : in.cc[x]; };
    F(130, CC(s0), CC(sh.s0r)); F(131, CC(b0), CC(sh.b0l));
  }
  return k;
}

// Features that read arc labels: children's labels and label sets.
size_t Parser::LabelFeatures(const ParseInput& in, const ParseState& st, const Shape& sh, uint64_t* f) {
  auto W = [&](int x) -> uint64_t { return x < 0 ? kNoWord : in.word[x]; };
  auto P = [&](int x) -> uint64_t { return x < 0 ? 0 : static_cast<uint64_t>(in.tag[x] + 2); };
  auto L = [&](int x) -> uint64_t { return x <= 0 ? 0 : static_cast<uint64_t>(st.label[x] + 1); };
  const int s0 = sh.s0, b0 = sh.b0;
  const uint64_t s0w = W(s0), s0p = P(s0), b0w = W(b0), b0p = P(b0);
  size_t k = 0;
  auto F = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { f[k++] = FeatureKey(t, a, b, c); };
  F(57, L(sh.s0l)); F(60, L(sh.s0r)); F(63, L(sh.b0l)); F(66, L(sh.s1r)); F(68, L(sh.s1l));
  F(72, L(sh.s0l2)); F(75, L(sh.s0r2)); F(78, L(sh.b0l2));
  F(69, s0p, L(sh.s0l), L(sh.s0r)); F(87, s0w, L(sh.s0l), L(sh.s0r)); F(91, b0p, L(sh.b0l), L(sh.b0l2));
  // Label sets.
  const uint64_t s0ls = s0 < 0 ? 0 : st.lset[s0], s0rs = s0 < 0 ? 0 : st.rset[s0];
  const uint64_t b0ls = b0 < 0 ? 0 : st.lset[b0];
  F(82, s0w, s0rs); F(83, s0p, s0rs); F(84, s0w, s0ls); F(85, s0p, s0ls); F(86, b0w, b0ls);
  F(100, b0p, b0ls);
  auto U = [&](int x) -> uint64_t { return x < 0 ? 0 : in.coarse[x]; };
  F(116, U(s0), L(sh.s0l), L(sh.s0r));
  return k;
}

size_t Parser::StateFeatures(const ParseInput& in, const ParseState& st, uint64_t* f) {
  Shape sh;
  TreeShape(st, &sh);
  const size_t k = ShapeFeatures(in, sh, f);
  return k + LabelFeatures(in, st, sh, f + k);
}

// The trainer's feature order (float sums in training depend on it); the
// same keys as ContextFeatures + StateFeatures (tested).
size_t Parser::Features(const ParseInput& in, const ParseState& st, uint64_t* f) {
  const size_t ss = st.stack.size();
  const int s0 = st.stack[ss - 1];
  const int s1 = ss >= 2 ? st.stack[ss - 2] : -1;
  const int s2 = ss >= 3 ? st.stack[ss - 3] : -1;
  const int b0 = st.b <= st.n ? st.b : -1;
  const int b1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const int b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  auto W = [&](int x) -> uint64_t { return x < 0 ? kNoWord : in.word[x]; };
  auto P = [&](int x) -> uint64_t { return x < 0 ? 0 : static_cast<uint64_t>(in.tag[x] + 2); };
  auto L = [&](int x) -> uint64_t { return x <= 0 ? 0 : static_cast<uint64_t>(st.label[x] + 1); };
  auto ch = [&](const std::vector<int>& v, int x) { return x < 0 ? -1 : v[x]; };
  const int s0l = ch(st.lc1, s0), s0r = ch(st.rc1, s0), s0l2 = ch(st.lc2, s0), s0r2 = ch(st.rc2, s0);
  const int b0l = ch(st.lc1, b0), b0l2 = ch(st.lc2, b0);
  const int s1l = ch(st.lc1, s1), s1r = ch(st.rc1, s1);
  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0);
  const uint64_t b1w = W(b1), b1p = P(b1), b2p = P(b2), s2p = P(s2);
  const uint64_t s0wp = s0w ^ (s0p << 48), s1wp = s1w ^ (s1p << 48), b0wp = b0w ^ (b0p << 48);
  const uint64_t s0lp = P(s0l), s0rp = P(s0r), b0lp = P(b0l), s1rp = P(s1r), s1lp = P(s1l);
  uint64_t d = 0;
  if (s0 > 0 && b0 > 0) {
    int dist = b0 - s0;
    d = dist <= 4 ? dist : dist <= 7 ? 5 : dist <= 12 ? 6 : 7;
  }
  const uint64_t s0vl = s0 < 0 ? 0 : st.nl[s0], s0vr = s0 < 0 ? 0 : st.nr[s0];
  const uint64_t b0vl = b0 < 0 ? 99 : st.nl[b0];
  const uint64_t s1vl = s1 < 0 ? 99 : st.nl[s1], s1vr = s1 < 0 ? 99 : st.nr[s1];
  size_t k = 0;
  auto F = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { f[k++] = FeatureKey(t, a, b, c); };
  F(0, 0);
  // Unigrams.
  F(1, s0w); F(2, s0p); F(3, s0wp);
  F(4, s1w); F(5, s1p); F(6, s1wp);
  F(7, b0w); F(8, b0p); F(9, b0wp);
  F(10, b1w); F(11, b1p); F(12, b1w, b1p);
  F(13, W(b2)); F(14, b2p); F(15, s2p); F(16, W(s2));
  // Pairs.
  F(20, s0wp, b0wp); F(21, s0wp, b0w); F(22, s0w, b0wp); F(23, s0wp, b0p); F(24, s0p, b0wp);
  F(25, s0w, b0w); F(26, s0p, b0p); F(27, b0p, b1p);
  F(28, s1wp, s0wp); F(29, s1p, s0w); F(88, s1w, s0w); F(90, s1w, s0p);
  F(92, b0w, b1w); F(93, b0w, b1p); F(94, b0p, b1w);
  // Triples of tags.
  F(30, b0p, b1p, b2p); F(31, s0p, b0p, b1p); F(32, s1p, s0p, b0p); F(33, s0p, s0lp, b0p);
  F(34, s0p, s0rp, b0p); F(35, s0p, b0p, b0lp); F(36, s1p, s1rp, s0p); F(37, s2p, s1p, s0p);
  F(38, s1p, s0p, s0lp); F(39, s1p, s1lp, s0p); F(95, s1p, s0p, b0p ^ (b1p << 16));
  F(96, s0w, b0p, b1p); F(97, s0p, b0w, b1p); F(98, s1w, s0p, b0p); F(99, s1p, s0w, b0p);
  // Distance.
  F(40, s0w, d); F(41, s0p, d); F(42, b0w, d); F(43, b0p, d); F(44, s0w, b0w, d); F(45, s0p, b0p, d);
  F(89, s1p, s0p, d);
  // Valency.
  F(46, s0w, s0vr); F(47, s0p, s0vr); F(48, s0w, s0vl); F(49, s0p, s0vl); F(50, b0w, b0vl);
  F(51, b0p, b0vl); F(52, s1w, s1vr); F(53, s1p, s1vr); F(54, s1p, s1vl);
  // Children.
  F(55, W(s0l)); F(56, s0lp); F(57, L(s0l)); F(58, W(s0r)); F(59, s0rp); F(60, L(s0r));
  F(61, W(b0l)); F(62, b0lp); F(63, L(b0l)); F(64, W(s1r)); F(65, s1rp); F(66, L(s1r));
  F(67, s1lp); F(68, L(s1l));
  F(70, W(s0l2)); F(71, P(s0l2)); F(72, L(s0l2)); F(73, W(s0r2)); F(74, P(s0r2)); F(75, L(s0r2));
  F(76, W(b0l2)); F(77, P(b0l2)); F(78, L(b0l2));
  F(79, s0p, s0lp, P(s0l2)); F(80, s0p, s0rp, P(s0r2)); F(81, b0p, b0lp, P(b0l2));
  F(69, s0p, L(s0l), L(s0r)); F(87, s0w, L(s0l), L(s0r)); F(91, b0p, L(b0l), L(b0l2));
  // Label sets.
  const uint64_t s0ls = s0 < 0 ? 0 : st.lset[s0], s0rs = s0 < 0 ? 0 : st.rset[s0];
  const uint64_t b0ls = b0 < 0 ? 0 : st.lset[b0];
  F(82, s0w, s0rs); F(83, s0p, s0rs); F(84, s0w, s0ls); F(85, s0p, s0ls); F(86, b0w, b0ls);
  F(100, b0p, b0ls);
  // Position of the buffer and size of the stack.
  F(101, b0p, ss > 4 ? 4 : ss, b1 < 0);
  // Coarse (UPOS) tags: the same contexts with less sparse tags.
  auto U = [&](int x) -> uint64_t { return x < 0 ? 0 : in.coarse[x]; };
  const uint64_t us0 = U(s0), ub0 = U(b0), us1 = U(s1), ub1 = U(b1);
  F(110, us0, ub0); F(111, us1, us0, ub0); F(112, us0, ub0, ub1); F(113, s0w, ub0); F(114, us0, b0w);
  F(115, us0, ub0, d); F(116, us0, L(s0l), L(s0r)); F(117, us1, us0, d);
  // Punctuation between s0 and b0 (commas and dashes bound attachments).
  uint64_t pc = 0;
  if (s0 > 0 && b0 > 0) pc = std::min(3, in.punct_before[b0] - in.punct_before[s0 + 1]);
  F(118, us0, ub0, pc); F(119, s0p, b0p, pc);
  if (in.clusters) {
    // Word clusters: word features that generalize to rare and unseen words.
    auto CF = [&](int x) -> uint64_t { return x < 0 ? 0x10000 : in.cf[x]; };
    auto CC = [&](int x) -> uint64_t { return x < 0 ? 0x10000 : in.cc[x]; };
    const uint64_t cfs0 = CF(s0), cfb0 = CF(b0), ccs0 = CC(s0), ccb0 = CC(b0);
    F(120, cfs0); F(121, cfb0); F(122, CF(s1)); F(123, CF(b1));
    F(124, cfs0, b0p); F(125, s0p, cfb0); F(126, ccs0, ccb0); F(127, ccs0, ccb0, d);
    F(128, CC(s1), ccs0, ccb0); F(129, cfs0, cfb0); F(130, ccs0, CC(s0r)); F(131, ccb0, CC(b0l));
  }
  return k;
}

void Parser::Parse(Sentence* s, const std::vector<int>& tags, const std::vector<uint32_t>* clusters, int beam,
                   int root) const {
  const int n = static_cast<int>(s->tokens.size());
  if (n == 0) return;
  thread_local ParseInput in;
  thread_local ParseState st;
  in.Prepare(*s, tags, clusters);
  Decode(in, n, root > 0 ? 1 : (beam > 0 ? beam : beam_width), &st, root > n ? 0 : root);
  for (int i = 1; i <= n; ++i) {
    Token& t = s->tokens[i - 1];
    t.head = st.head[i];
    int l = st.label[i];
    t.deprel = l >= 0 && l < static_cast<int>(labels.size()) ? labels[l] : "dep";
    if (t.head == 0) t.deprel = "root";
  }
}

namespace {

// Reusable beam storage: vectors keep their capacity between sentences, and
// assigning one ParseState to another copies into the existing buffers.
struct BeamScratch {
  std::vector<ParseState> cur, next;
  std::vector<int64_t> cur_score, next_score;
  std::vector<int32_t> scores;  // item-major rows of per-action scores
  struct Cand {
    int64_t total;
    int item, action;
  };
  std::vector<Cand> cand;
  // This step's distinct contexts (Parser::Context) and their scores.
  std::vector<uint64_t> ctx_key;
  std::vector<int32_t> ctx_scores;
  // This step's distinct (context, tree shape) pairs and their scores.
  std::vector<std::pair<int, Parser::Shape>> shape_key;
  std::vector<int32_t> shape_scores;
  // Per sentence: scores of PositionFeatures by (role, position + 1), filled on first use.
  std::vector<int32_t> pos_scores;
  std::vector<char> pos_done;
};

uint64_t ContextKey(int s2, int s1, int s0, int b0) {
  auto u = [](int x) { return static_cast<uint64_t>(x + 1) & 0xffff; };
  return u(s2) << 48 | u(s1) << 32 | u(s0) << 16 | u(b0);
}

}  // namespace

void Parser::Decode(const ParseInput& in, int n, int beam, ParseState* out, int root) const {
  const int na = model.num_classes();
  uint64_t feats[kMaxFeatures];
  beam = std::clamp(beam, 1, kMaxBeam);
  thread_local BeamScratch b;
  // Position scores take 4 (n + 2) rows: kept for sentences of ordinary length.
  const bool by_position = n <= 1024;
  const size_t positions = static_cast<size_t>(n) + 2;
  if (by_position) {
    b.pos_scores.resize(4 * positions * na);
    b.pos_done.assign(4 * positions, 0);
  }
  auto position_scores = [&](Role role, int x) -> const int32_t* {
    const size_t idx = static_cast<size_t>(role) * positions + static_cast<size_t>(x + 1);
    int32_t* row = &b.pos_scores[idx * na];
    if (!b.pos_done[idx]) {
      b.pos_done[idx] = 1;
      std::fill(row, row + na, 0);
      model.Score(feats, PositionFeatures(in, role, x, feats), row);
    }
    return row;
  };
  if (beam == 1) {
    // Greedy: a word's own features come from the per-sentence position rows
    // (each word is s0 or b0 for about two steps), the rest per step.
    ParseState& st = *out;
    st.Init(n);
    int32_t scores[1024];
    if (na > 1024) return;  // Load() rejects such models
    while (!st.Terminal()) {
      if (by_position) {
        int s2, s1, s0, b0;
        Context(st, &s2, &s1, &s0, &b0);
        const int32_t *r0 = position_scores(kRoleS0, s0), *r1 = position_scores(kRoleS1, s1),
                      *r2 = position_scores(kRoleS2, s2), *r3 = position_scores(kRoleB0, b0);
        for (int a = 0; a < na; ++a) scores[a] = r0[a] + r1[a] + r2[a] + r3[a];
        size_t nf = PairFeatures(in, s2, s1, s0, b0, feats);
        nf += StateFeatures(in, st, feats + nf);
        model.Score(feats, nf, scores);
      } else {
        std::fill(scores, scores + na, 0);
        model.Score(feats, Features(in, st, feats), scores);
      }
      int best = -1;
      int32_t best_score = INT32_MIN;
      bool can_shift = st.CanShift(), can_left = st.CanLeft(), can_right = st.CanRight();
      if (root > 0) {
        const size_t ss = st.stack.size();
        if (st.b == root && ss > 1) can_shift = false;
        if (st.stack.back() == root) can_left = false, can_right = can_right && ss == 2;
      }
      if (can_shift) best = 0, best_score = scores[0];
      for (int a = 1; a < na; ++a) {
        bool ok = (a - 1) % 2 == 0 ? can_left : can_right;
        if (ok && scores[a] > best_score) best = a, best_score = scores[a];
      }
      st.Apply(best);
    }
    return;
  }
  if (static_cast<int>(b.cur.size()) < beam) {
    b.cur.resize(beam);
    b.next.resize(beam);
    b.cur_score.resize(beam);
    b.next_score.resize(beam);
    b.cand.resize(beam);
    b.ctx_key.resize(beam);
    b.shape_key.resize(beam);
  }
  b.ctx_scores.resize(static_cast<size_t>(beam) * na);
  b.shape_scores.resize(static_cast<size_t>(beam) * na);
  // Context keys pack positions in 16 bits; longer sentences score each item in full.
  const bool share = n < 0xffff;
  b.scores.resize(static_cast<size_t>(beam) * na);
  b.cur[0].Init(n);
  b.cur_score[0] = 0;
  int m = 1;
  // Arc-hybrid: n shifts and n arcs, whatever the order.
  for (int step = 0; step < 2 * n; ++step) {
    // Score each item once: one feature extraction, all actions. Items with
    // the same context positions (they differ below the stack top, or in a
    // label) share the context features' scores, computed once per step.
    int contexts = 0, shapes = 0;
    for (int i = 0; i < m; ++i) {
      int32_t* row = &b.scores[static_cast<size_t>(i) * na];
      if (!share) {
        std::fill(row, row + na, 0);
        model.Score(feats, Features(in, b.cur[i], feats), row);
        continue;
      }
      int s2, s1, s0, b0;
      Context(b.cur[i], &s2, &s1, &s0, &b0);
      const uint64_t key = ContextKey(s2, s1, s0, b0);
      int c = 0;
      while (c < contexts && b.ctx_key[c] != key) ++c;
      int32_t* ctx = &b.ctx_scores[static_cast<size_t>(c) * na];
      if (c == contexts) {
        b.ctx_key[contexts++] = key;
        if (by_position) {
          const int32_t *r0 = position_scores(kRoleS0, s0), *r1 = position_scores(kRoleS1, s1),
                        *r2 = position_scores(kRoleS2, s2), *r3 = position_scores(kRoleB0, b0);
          for (int a = 0; a < na; ++a) ctx[a] = r0[a] + r1[a] + r2[a] + r3[a];
          model.Score(feats, PairFeatures(in, s2, s1, s0, b0, feats), ctx);
        } else {
          std::fill(ctx, ctx + na, 0);
          model.Score(feats, ContextFeatures(in, s2, s1, s0, b0, feats), ctx);
        }
      }
      Shape sh;
      TreeShape(b.cur[i], &sh);
      int h = 0;
      while (h < shapes && !(b.shape_key[h].first == c && b.shape_key[h].second == sh)) ++h;
      int32_t* shape = &b.shape_scores[static_cast<size_t>(h) * na];
      if (h == shapes) {
        b.shape_key[shapes++] = {c, sh};
        std::copy(ctx, ctx + na, shape);
        model.Score(feats, ShapeFeatures(in, sh, feats), shape);
      }
      std::copy(shape, shape + na, row);
      model.Score(feats, LabelFeatures(in, b.cur[i], sh, feats), row);
    }
    // The `beam` best (item, action) pairs, kept sorted by total score;
    // strict comparisons make ties go to the earlier item and action, so
    // beam 1 would choose what the greedy decoder chooses.
    int c = 0;
    auto offer = [&](int64_t total, int i, int a) {
      if (c == beam && total <= b.cand[c - 1].total) return;
      int j = c < beam ? c++ : c - 1;
      while (j > 0 && b.cand[j - 1].total < total) {
        b.cand[j] = b.cand[j - 1];
        --j;
      }
      b.cand[j] = {total, i, a};
    };
    for (int i = 0; i < m; ++i) {
      const ParseState& st = b.cur[i];
      const int32_t* row = &b.scores[static_cast<size_t>(i) * na];
      const int64_t base = b.cur_score[i];
      if (st.CanShift()) offer(base + row[0], i, 0);
      const bool can_left = st.CanLeft(), can_right = st.CanRight();
      for (int a = 1; a < na; ++a)
        if ((a - 1) % 2 == 0 ? can_left : can_right) offer(base + row[a], i, a);
    }
    // An item's last successor takes its state by swap (no copy); the
    // others copy it first.
    int uses[kMaxBeam] = {};
    for (int j = 0; j < c; ++j) ++uses[b.cand[j].item];
    for (int j = 0; j < c; ++j) {
      const int i = b.cand[j].item;
      if (--uses[i] == 0) std::swap(b.next[j], b.cur[i]);
      else b.next[j] = b.cur[i];
      b.next[j].Apply(b.cand[j].action);
      b.next_score[j] = b.cand[j].total;
    }
    std::swap(b.cur, b.next);
    std::swap(b.cur_score, b.next_score);
    m = c;
  }
  *out = b.cur[0];
}

void Parser::Save(ByteWriter* w) const {
  model.Save(w);
  w->PutStrings(labels);
}

bool Parser::Load(ByteReader* r) {
  if (!model.Load(r) || !r->GetStrings(&labels)) return false;
  return !labels.empty() && model.num_classes() == NumActions(static_cast<int>(labels.size())) &&
         model.num_classes() <= 1024;
}

}  // namespace herodotus::syntax
