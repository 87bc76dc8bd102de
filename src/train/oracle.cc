#include "train/oracle.h"

#include <algorithm>
#include <cstdlib>

namespace herodotus::train {

using syntax::ActionId;
using syntax::kLeft;
using syntax::kRight;
using syntax::ParseState;

void ActionCosts(const ParseState& st, const GoldTree& g, int num_labels, std::vector<int>* costs) {
  constexpr int kInvalid = 1 << 20;
  const int na = syntax::NumActions(num_labels);
  costs->assign(na, kInvalid);
  const auto& h = g.head;
  const int s0 = st.stack.back();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  const int b0 = st.b <= st.n ? st.b : -1;
  auto in_buffer = [&](int x) { return x >= st.b && x <= st.n; };
  // Dependents of s0 still in the buffer are lost when s0 is popped.
  int s0_deps_in_buffer = 0;
  if (s0 > 0)
    for (int d = st.b; d <= st.n; ++d) s0_deps_in_buffer += h[d] == s0;
  if (st.CanShift()) {
    int c = 0;
    for (size_t k = 0; k < st.stack.size(); ++k) {
      int x = st.stack[k];
      if (x > 0 && h[x] == b0) ++c;                       // b0 can no longer take x
      if (h[b0] == x && x != s0) ++c;                     // b0 can no longer get head x
    }
    (*costs)[0] = c;
  }
  if (st.CanLeft() && s0 > 0) {
    int base = s0_deps_in_buffer + ((in_buffer(h[s0]) && h[s0] != b0) || h[s0] == s1 ? 1 : 0);
    for (int l = 0; l < num_labels; ++l)
      (*costs)[ActionId(kLeft, l)] = base + (h[s0] == b0 && g.label[s0] != l ? 1 : 0);
  }
  if (st.CanRight() && s0 > 0) {
    int base = s0_deps_in_buffer + (in_buffer(h[s0]) ? 1 : 0);
    for (int l = 0; l < num_labels; ++l)
      (*costs)[ActionId(kRight, l)] = base + (h[s0] == s1 && g.label[s0] != l ? 1 : 0);
  }
}

int StaticAction(const ParseState& st, const GoldTree& g, const std::vector<int>& kids) {
  const int s0 = st.stack.back();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  const int b0 = st.b <= st.n ? st.b : -1;
  if (s0 > 0 && st.nl[s0] + st.nr[s0] == kids[s0]) {
    if (b0 > 0 && g.head[s0] == b0 && st.CanLeft()) return ActionId(kLeft, g.label[s0]);
    if (g.head[s0] == s1 && st.CanRight()) return ActionId(kRight, g.label[s0]);
  }
  return st.CanShift() ? 0 : -1;
}

std::vector<int> GoldChildCounts(const GoldTree& g) {
  std::vector<int> kids(g.head.size(), 0);
  for (size_t d = 1; d < g.head.size(); ++d)
    if (g.head[d] >= 0 && static_cast<size_t>(g.head[d]) < kids.size()) ++kids[g.head[d]];
  return kids;
}

bool IsSingleRootTree(const std::vector<int>& head) {
  const int n = static_cast<int>(head.size()) - 1;
  int roots = 0;
  for (int i = 1; i <= n; ++i) {
    if (head[i] < 0 || head[i] > n || head[i] == i) return false;
    roots += head[i] == 0;
  }
  if (roots != 1) return false;
  for (int i = 1; i <= n; ++i) {
    int x = i, steps = 0;
    while (x != 0) {
      x = head[x];
      if (++steps > n) return false;  // cycle
    }
  }
  return true;
}

namespace {
bool Dominates(const std::vector<int>& head, int h, int x) {
  while (x > 0) {
    if (x == h) return true;
    x = head[x];
  }
  return h == 0;
}
bool ArcProjective(const std::vector<int>& head, int d) {
  int h = head[d];
  int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k)
    if (!Dominates(head, h, k)) return false;
  return true;
}
}  // namespace

bool IsProjective(const std::vector<int>& head) {
  for (size_t d = 1; d < head.size(); ++d)
    if (!ArcProjective(head, static_cast<int>(d))) return false;
  return true;
}

int Projectivize(std::vector<int>* head) {
  int lifted = 0;
  const int n = static_cast<int>(head->size()) - 1;
  for (int guard = 0; guard < 4 * n + 4; ++guard) {
    int best = -1, best_len = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      if (ArcProjective(*head, d)) continue;
      int len = std::abs((*head)[d] - d);
      if (len < best_len) best = d, best_len = len;
    }
    if (best < 0) return lifted;
    (*head)[best] = (*head)[(*head)[best]];  // the head is never the root here
    ++lifted;
  }
  return lifted;
}

}  // namespace herodotus::train
