// Arc-hybrid transition system (Kuhlmann et al. 2011) with labelled arcs.
//
// Words are 1..n; 0 is the artificial root, which sits at the bottom of the
// stack. Actions: SHIFT (push the buffer front), LEFT-l (the buffer front b0
// becomes head of the stack top s0, pop), RIGHT-l (s1 becomes head of s0,
// pop). RIGHT onto the root is allowed only once the buffer is empty, so
// every tree has exactly one root word. There is always a valid action until
// the state is terminal, so decoding never gets stuck. Trees are projective;
// non-projective training trees are projectivized by the trainer.
//
// The state also keeps what the feature templates need: left/right-most
// children, valencies and label sets. Thread-safety: plain value.
#ifndef HERODOTUS_SYNTAX_TRANSITION_H_
#define HERODOTUS_SYNTAX_TRANSITION_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace herodotus::syntax {

enum ActionType { kShift = 0, kLeft = 1, kRight = 2 };

inline int ActionId(ActionType t, int label) { return t == kShift ? 0 : (t == kLeft ? 1 : 2) + 2 * label; }
inline ActionType TypeOf(int action) { return action == 0 ? kShift : ((action - 1) % 2 == 0 ? kLeft : kRight); }
inline int LabelOf(int action) { return action == 0 ? -1 : (action - 1) / 2; }
inline int NumActions(int num_labels) { return 1 + 2 * num_labels; }

struct ParseState {
  int n = 0;
  std::vector<int> stack;  // stack[0] == 0 (root)
  int b = 1;               // buffer front; n+1 when empty
  std::vector<int> head, label;        // per word 0..n; -1 = none yet
  std::vector<int> lc1, lc2, rc1, rc2;  // leftmost/2nd, rightmost/2nd child; -1 none
  std::vector<uint8_t> nl, nr;          // number of left/right children (capped)
  std::vector<uint64_t> lset, rset;     // label sets of left/right children (bit per label % 64)

  void Init(int num_words);
  bool Terminal() const { return b > n && stack.size() == 1; }
  bool CanShift() const { return b <= n; }
  bool CanLeft() const { return stack.size() >= 2 && b <= n; }
  bool CanRight() const { return stack.size() >= 3 || (stack.size() == 2 && b > n); }
  bool Valid(int action) const {
    switch (TypeOf(action)) {
      case kShift: return CanShift();
      case kLeft: return CanLeft();
      default: return CanRight();
    }
  }
  void Apply(int action);

 private:
  void AddArc(int h, int d, int l);
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_TRANSITION_H_
