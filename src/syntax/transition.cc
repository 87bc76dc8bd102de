#include "syntax/transition.h"

namespace herodotus::syntax {

void ParseState::Init(int num_words) {
  n = num_words;
  stack.assign(1, 0);
  b = 1;
  const size_t sz = static_cast<size_t>(n) + 1;
  head.assign(sz, -1);
  label.assign(sz, -1);
  lc1.assign(sz, -1);
  lc2.assign(sz, -1);
  rc1.assign(sz, -1);
  rc2.assign(sz, -1);
  nl.assign(sz, 0);
  nr.assign(sz, 0);
  lset.assign(sz, 0);
  rset.assign(sz, 0);
}

void ParseState::AddArc(int h, int d, int l) {
  head[d] = h;
  label[d] = l;
  if (d < h) {
    // Left children arrive right-to-left in arc-hybrid only partly, so compare positions.
    if (lc1[h] < 0 || d < lc1[h]) {
      lc2[h] = lc1[h];
      lc1[h] = d;
    } else if (lc2[h] < 0 || d < lc2[h]) {
      lc2[h] = d;
    }
    if (nl[h] < 255) ++nl[h];
    lset[h] |= 1ull << (l & 63);
  } else {
    if (rc1[h] < 0 || d > rc1[h]) {
      rc2[h] = rc1[h];
      rc1[h] = d;
    } else if (rc2[h] < 0 || d > rc2[h]) {
      rc2[h] = d;
    }
    if (nr[h] < 255) ++nr[h];
    rset[h] |= 1ull << (l & 63);
  }
}

void ParseState::Apply(int action) {
  switch (TypeOf(action)) {
    case kShift:
      stack.push_back(b++);
      break;
    case kLeft: {
      int s0 = stack.back();
      stack.pop_back();
      AddArc(b, s0, LabelOf(action));
      break;
    }
    case kRight: {
      int s0 = stack.back();
      stack.pop_back();
      AddArc(stack.back(), s0, LabelOf(action));
      break;
    }
  }
}

}  // namespace herodotus::syntax
