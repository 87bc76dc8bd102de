// Dynamic oracle for the arc-hybrid system (Goldberg & Nivre 2013) and tree
// helpers used by the parser trainer.
//
// ActionCost(state, gold, action) is the number of gold arcs that become
// unreachable by taking `action` (plus one for a wrong label on a gold arc).
// For projective gold trees zero-cost actions always exist and following any
// of them yields exactly the gold tree. Thread-safety: pure functions.
#ifndef HERODOTUS_TRAIN_ORACLE_H_
#define HERODOTUS_TRAIN_ORACLE_H_

#include <vector>

#include "syntax/transition.h"

namespace herodotus::train {

struct GoldTree {
  std::vector<int> head;   // 0..n; head[0] = -1
  std::vector<int> label;  // label ids; label[0] = -1
};

// Cost of every action (size NumActions(num_labels)); invalid actions get a large cost.
void ActionCosts(const syntax::ParseState& st, const GoldTree& gold, int num_labels, std::vector<int>* costs);

// The canonical gold action (static oracle): LEFT-l when s0's gold head is
// b0 and s0 has all its gold dependents, RIGHT-l when its head is s1 and it
// has all of them, else SHIFT; -1 when none is valid (a non-projective tree).
// `kids[x]` = number of gold dependents of word x. Following it from Init
// yields exactly a projective gold tree, in 2n actions.
int StaticAction(const syntax::ParseState& st, const GoldTree& gold, const std::vector<int>& kids);
std::vector<int> GoldChildCounts(const GoldTree& gold);

// True when head[1..n] forms a tree rooted at 0 with exactly one root word.
bool IsSingleRootTree(const std::vector<int>& head);
bool IsProjective(const std::vector<int>& head);
// Lifts non-projective arcs (shortest first) until the tree is projective;
// returns how many arcs were lifted.
int Projectivize(std::vector<int>* head);

}  // namespace herodotus::train

#endif  // HERODOTUS_TRAIN_ORACLE_H_
