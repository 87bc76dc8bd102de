// Arc-hybrid dependency parser scored by a sparse linear model over hashed
// Zhang & Nivre (2011)-style features (words, tags, labels of the top three
// stack items, the first three buffer words and their outermost children;
// distance, valency, label sets). Decoding is greedy (beam width 1) or a beam
// search over whole transition sequences (Zhang & Clark 2008); every
// sequence has exactly 2n transitions, so all beam items finish together.
// Trained by src/train: greedy with a dynamic oracle (Goldberg & Nivre
// 2013), or globally with max-violation updates (Huang et al. 2012) for beams.
//
// Thread-safety: immutable after Load; Parse() and Decode() are const and
// reentrant (beam scratch space is thread_local and reused, so a beam parse
// allocates nothing once a thread has seen a sentence as long).
#ifndef HERODOTUS_SYNTAX_PARSER_H_
#define HERODOTUS_SYNTAX_PARSER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "syntax/bytes.h"
#include "syntax/linear_model.h"
#include "syntax/transition.h"

namespace herodotus::syntax {

// Per-sentence inputs of the parser features: index 0 is the root.
struct ParseInput {
  std::vector<uint64_t> word;  // StringKey of the lower-cased form
  std::vector<int> tag;        // tagger class id
  std::vector<uint64_t> coarse;  // StringKey of the UPOS (generalizes over fine tags)
  std::vector<uint16_t> punct_before;  // punctuation tokens among words 1..i-1
  std::vector<uint32_t> cf, cc;        // fine / coarse word cluster (clusters.h); empty without clusters
  bool clusters = false;
  void Prepare(const Sentence& s, const std::vector<int>& tags, const std::vector<uint32_t>* clusters = nullptr);
};

class Parser {
 public:
  static constexpr int kMaxFeatures = 160;
  // All features of a state (the trainer's order): the same keys as
  // ContextFeatures of its positions plus StateFeatures, the split the beam
  // decoder uses to score shared parts once.
  static size_t Features(const ParseInput& in, const ParseState& st, uint64_t* out);
  static size_t ContextFeatures(const ParseInput& in, int s2, int s1, int s0, int b0, uint64_t* out);
  // ContextFeatures = PositionFeatures of s0, s1, s2, b0 (one word's own
  // attributes; per sentence constants) + PairFeatures (their combinations).
  enum Role { kRoleS0 = 0, kRoleS1 = 1, kRoleS2 = 2, kRoleB0 = 3 };
  static size_t PositionFeatures(const ParseInput& in, Role role, int x, uint64_t* out);
  static size_t PairFeatures(const ParseInput& in, int s2, int s1, int s0, int b0, uint64_t* out);
  // StateFeatures = ShapeFeatures (child positions, words, tags, valencies)
  // + LabelFeatures (arc labels): beam items that differ in a label share the first.
  static size_t StateFeatures(const ParseInput& in, const ParseState& st, uint64_t* out);
  struct Shape {
    int s1, s0, b0, s0l, s0r, s0l2, s0r2, b0l, b0l2, s1l, s1r;
    int s0vl, s0vr, b0vl, s1vl, s1vr, stack, b1_none;
    bool operator==(const Shape&) const = default;
  };
  static void TreeShape(const ParseState& st, Shape* sh);
  static size_t ShapeFeatures(const ParseInput& in, const Shape& sh, uint64_t* out);
  static size_t LabelFeatures(const ParseInput& in, const ParseState& st, const Shape& sh, uint64_t* out);
  // The positions the context features read; -1 = none.
  static void Context(const ParseState& st, int* s2, int* s1, int* s0, int* b0) {
    const size_t ss = st.stack.size();
    *s0 = st.stack[ss - 1];
    *s1 = ss >= 2 ? st.stack[ss - 2] : -1;
    *s2 = ss >= 3 ? st.stack[ss - 3] : -1;
    *b0 = st.b <= st.n ? st.b : -1;
  }

  // Sets head and deprel of every token; `tags` are the tagger's class ids and
  // Token::upos must hold the predicted UPOS. `clusters`: packed word
  // clusters per token, or null for a model trained without them.
  // `beam` > 0 overrides beam_width for this call. `root` > 0 (greedy only)
  // makes word `root` (1-based) the root of the tree.
  void Parse(Sentence* s, const std::vector<int>& tags, const std::vector<uint32_t>* clusters = nullptr,
             int beam = 0, int root = 0) const;
  // The best transition sequence for words 1..n of `in` with beam width
  // `beam` (1 = greedy); the final state (heads and labels) goes to *out.
  // `root` > 0: greedy decoding among the transitions that keep word `root`
  // headless until it is the last word on the stack, so it becomes the root
  // (a state is never stuck: with `root` in front of the buffer, the stack
  // empties onto it before it is shifted).
  void Decode(const ParseInput& in, int n, int beam, ParseState* out, int root = 0) const;

  static constexpr int kMaxBeam = 64;
  LinearModel model;
  std::vector<std::string> labels;
  int beam_width = 1;  // the model's decoding beam (stored in format version >= 3)

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_PARSER_H_
