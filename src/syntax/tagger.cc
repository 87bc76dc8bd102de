#include "syntax/tagger.h"

#include <algorithm>

#include "syntax/clusters.h"
#include "util/ascii.h"

namespace herodotus::syntax {
namespace {

constexpr uint64_t kPad = 0x5eed5eed5eedull;

// Hash (StringKey) of the word's shape: letters to X/x, digits to d, other
// non-ASCII bytes to u, runs of one symbol cut at four; computed without
// building the shape string.
uint64_t ShapeKey(const std::string& s) {
  uint64_t h = 0xcbf29ce484222325ull;
  char last = 0;
  int run = 0;
  for (unsigned char c : s) {
    char k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
             : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (k == last) {
      if (++run > 3) continue;
    } else {
      run = 0;
    }
    last = k;
    h = (h ^ static_cast<unsigned char>(k)) * 0x100000001b3ull;
  }
  return Mix64(h);
}

template <typename Map>
void SaveMap(const Map& m, ByteWriter* w) {
  std::vector<std::pair<uint64_t, uint64_t>> v;
  v.reserve(m.size());
  m.ForEach([&](uint64_t k, auto x) { v.emplace_back(k, x); });
  std::sort(v.begin(), v.end());
  std::vector<uint64_t> k, x;
  for (auto& [a, b] : v) {
    k.push_back(a);
    x.push_back(b);
  }
  w->PutVector(k);
  w->PutVector(x);
}
template <typename Map>
bool LoadMap(Map* m, ByteReader* r) {
  std::vector<uint64_t> k, x;
  if (!r->GetVector(&k) || !r->GetVector(&x) || k.size() != x.size()) return false;
  m->clear();
  m->reserve(k.size());
  for (size_t i = 0; i < k.size(); ++i) (*m)[k[i]] = static_cast<typename Map::mapped_type>(x[i]);
  return true;
}

}  // namespace

void Tagger::Prepare(const Sentence& s, std::vector<TagToken>* out, const std::vector<uint32_t>* clusters) const {
  out->resize(s.tokens.size());
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const std::string& f = s.tokens[i].form;
    // The lower-cased form in a stack buffer for the usual short words.
    char buf[64];
    std::string heap;
    std::string_view l;
    if (f.size() <= sizeof buf) {
      for (size_t k = 0; k < f.size(); ++k) {
        const char c = f[k];
        buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      l = std::string_view(buf, f.size());
    } else {
      heap = AsciiLower(f);
      l = heap;
    }
    TagToken& t = (*out)[i];
    t.w = StringKey(f);
    t.lw = StringKey(l);
    t.shape = ShapeKey(f);
    for (int k = 0; k < 3; ++k) t.pre[k] = StringKey(l.substr(0, std::min<size_t>(l.size(), k + 1)));
    for (int k = 0; k < 4; ++k) t.suf[k] = StringKey(l.substr(l.size() - std::min<size_t>(l.size(), k + 1)));
    const uint64_t* amb = ambiguity.find(t.lw);
    t.amb = amb == nullptr ? 1 : *amb;
    if (clusters && i < clusters->size()) {
      t.cf = FineCluster((*clusters)[i]);
      t.cc = CoarseCluster((*clusters)[i]);
    }
  }
}

namespace {

const TagToken& PadToken() {
  static const TagToken kPadToken = [] {
    TagToken p;
    p.w = p.lw = p.shape = p.amb = p.cf = p.cc = kPad;
    return p;
  }();
  return kPadToken;
}

}  // namespace

size_t Tagger::StaticFeatures(const std::vector<TagToken>& t, size_t i, uint64_t* f, bool use_clusters) {
  auto at = [&](long k) -> const TagToken& {
    return k < 0 || k >= static_cast<long>(t.size()) ? PadToken() : t[k];
  };
  const long n = static_cast<long>(i);
  const TagToken &c = t[i], &m1 = at(n - 1), &m2 = at(n - 2), &p1 = at(n + 1), &p2 = at(n + 2);
  size_t k = 0;
  f[k++] = FeatureKey(1, 0);
  f[k++] = FeatureKey(2, c.w);
  f[k++] = FeatureKey(3, c.lw);
  for (int j = 0; j < 4; ++j) f[k++] = FeatureKey(4 + j, c.suf[j]);
  for (int j = 0; j < 3; ++j) f[k++] = FeatureKey(8 + j, c.pre[j]);
  f[k++] = FeatureKey(11, c.shape);
  f[k++] = FeatureKey(12, m1.lw);
  f[k++] = FeatureKey(13, m2.lw);
  f[k++] = FeatureKey(14, p1.lw);
  f[k++] = FeatureKey(15, p2.lw);
  f[k++] = FeatureKey(16, m1.suf[2]);
  f[k++] = FeatureKey(17, p1.suf[2]);
  f[k++] = FeatureKey(21, c.lw, p1.lw);
  f[k++] = FeatureKey(22, m1.lw, c.lw);
  f[k++] = FeatureKey(23, p1.shape);
  f[k++] = FeatureKey(24, m1.shape);
  f[k++] = FeatureKey(25, c.amb);
  f[k++] = FeatureKey(26, p1.amb);
  f[k++] = FeatureKey(27, p2.amb);
  f[k++] = FeatureKey(28, m1.amb);
  f[k++] = FeatureKey(30, i == 0, c.shape);
  f[k++] = FeatureKey(32, p1.suf[1]);
  f[k++] = FeatureKey(33, c.amb, p1.amb);
  f[k++] = FeatureKey(35, c.suf[2], p1.amb);
  f[k++] = FeatureKey(36, m1.amb, c.amb, p1.amb);
  f[k++] = FeatureKey(37, c.lw, p1.amb);
  if (use_clusters) {
    f[k++] = FeatureKey(50, c.cf);
    f[k++] = FeatureKey(51, c.cc);
    f[k++] = FeatureKey(52, m1.cf);
    f[k++] = FeatureKey(53, p1.cf);
    f[k++] = FeatureKey(54, p2.cc);
    f[k++] = FeatureKey(56, c.cc, p1.cc);
    f[k++] = FeatureKey(57, c.cf, c.suf[1]);
  }
  return k;
}

size_t Tagger::LookFeatures(const std::vector<TagToken>& t, size_t i, const int* look, uint64_t* f) {
  const long n = static_cast<long>(i);
  auto la = [&](long j) -> uint64_t { return j < static_cast<long>(t.size()) ? look[j] + 2 : 0; };
  const uint64_t n1 = la(n + 1), n2 = la(n + 2), self = la(n);
  size_t k = 0;
  f[k++] = FeatureKey(40, n1);
  f[k++] = FeatureKey(41, n1, n2);
  f[k++] = FeatureKey(43, n1, t[i].lw);
  f[k++] = FeatureKey(44, self);
  f[k++] = FeatureKey(45, self, t[i].lw);
  return k;
}

size_t Tagger::PrevFeatures(const std::vector<TagToken>& t, size_t i, int prev1, int prev2, uint64_t* f,
                            const int* look, bool use_clusters) {
  const TagToken& c = t[i];
  const TagToken& p1 = i + 1 < t.size() ? t[i + 1] : PadToken();
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  size_t k = 0;
  f[k++] = FeatureKey(18, t1);
  f[k++] = FeatureKey(19, t1, t2);
  f[k++] = FeatureKey(20, t1, c.lw);
  f[k++] = FeatureKey(29, t1, c.amb);
  f[k++] = FeatureKey(31, t1, p1.lw);
  f[k++] = FeatureKey(34, t1, p1.amb);
  if (use_clusters) f[k++] = FeatureKey(55, t1, c.cf);
  if (look) f[k++] = FeatureKey(42, t1, i + 1 < t.size() ? static_cast<uint64_t>(look[i + 1] + 2) : 0);
  return k;
}

size_t Tagger::Features(const std::vector<TagToken>& t, size_t i, int prev1, int prev2, uint64_t* f,
                        const int* look, bool use_clusters) {
  auto at = [&](long k) -> const TagToken& {
    return k < 0 || k >= static_cast<long>(t.size()) ? PadToken() : t[k];
  };
  const long n = static_cast<long>(i);
  const TagToken &c = t[i], &m1 = at(n - 1), &m2 = at(n - 2), &p1 = at(n + 1), &p2 = at(n + 2);
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  size_t k = 0;
  f[k++] = FeatureKey(1, 0);
  f[k++] = FeatureKey(2, c.w);
  f[k++] = FeatureKey(3, c.lw);
  for (int j = 0; j < 4; ++j) f[k++] = FeatureKey(4 + j, c.suf[j]);
  for (int j = 0; j < 3; ++j) f[k++] = FeatureKey(8 + j, c.pre[j]);
  f[k++] = FeatureKey(11, c.shape);
  f[k++] = FeatureKey(12, m1.lw);
  f[k++] = FeatureKey(13, m2.lw);
  f[k++] = FeatureKey(14, p1.lw);
  f[k++] = FeatureKey(15, p2.lw);
  f[k++] = FeatureKey(16, m1.suf[2]);
  f[k++] = FeatureKey(17, p1.suf[2]);
  f[k++] = FeatureKey(18, t1);
  f[k++] = FeatureKey(19, t1, t2);
  f[k++] = FeatureKey(20, t1, c.lw);
  f[k++] = FeatureKey(21, c.lw, p1.lw);
  f[k++] = FeatureKey(22, m1.lw, c.lw);
  f[k++] = FeatureKey(23, p1.shape);
  f[k++] = FeatureKey(24, m1.shape);
  f[k++] = FeatureKey(25, c.amb);
  f[k++] = FeatureKey(26, p1.amb);
  f[k++] = FeatureKey(27, p2.amb);
  f[k++] = FeatureKey(28, m1.amb);
  f[k++] = FeatureKey(29, t1, c.amb);
  f[k++] = FeatureKey(30, i == 0, c.shape);
  f[k++] = FeatureKey(31, t1, p1.lw);
  f[k++] = FeatureKey(32, p1.suf[1]);
  f[k++] = FeatureKey(33, c.amb, p1.amb);
  f[k++] = FeatureKey(34, t1, p1.amb);
  f[k++] = FeatureKey(35, c.suf[2], p1.amb);
  f[k++] = FeatureKey(36, m1.amb, c.amb, p1.amb);
  f[k++] = FeatureKey(37, c.lw, p1.amb);
  if (use_clusters) {
    f[k++] = FeatureKey(50, c.cf);
    f[k++] = FeatureKey(51, c.cc);
    f[k++] = FeatureKey(52, m1.cf);
    f[k++] = FeatureKey(53, p1.cf);
    f[k++] = FeatureKey(54, p2.cc);
    f[k++] = FeatureKey(55, t1, c.cf);
    f[k++] = FeatureKey(56, c.cc, p1.cc);
    f[k++] = FeatureKey(57, c.cf, c.suf[1]);
  }
  if (look) {
    auto la = [&](long j) -> uint64_t { return j < static_cast<long>(t.size()) ? look[j] + 2 : 0; };
    const uint64_t n1 = la(n + 1), n2 = la(n + 2), self = la(n);
    f[k++] = FeatureKey(40, n1);
    f[k++] = FeatureKey(41, n1, n2);
    f[k++] = FeatureKey(42, t1, n1);
    f[k++] = FeatureKey(43, n1, c.lw);
    f[k++] = FeatureKey(44, self);
    f[k++] = FeatureKey(45, self, c.lw);
  }
  return k;
}

namespace {

// "demanded that Belarus halt construction", "its demand that Israel ease
// restrictions": after a verb or noun of demanding, "that" and a name, a
// lower-case word is the clause's verb in the subjunctive. The tagger,
// which has seen few subjunctives, reads it as a noun compounded with the
// next one ("Belarus halt construction"), and the parse loses the clause.
bool MandativeSubjunctive(const Sentence& s, size_t i) {
  static constexpr std::string_view kMandative[] = {"demand", "insist", "urg",     "ask",
                                                    "propos", "recommend", "requir", "request"};
  if (i < 2 || s.tokens[i - 1].upos != "PROPN" || s.tokens[i - 2].form != "that") return false;
  const std::string& w = s.tokens[i].form;
  if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  for (size_t k = i - 2; k > 0 && k + 4 >= i; --k) {  // the governor, up to two words before "that"
    const std::string g = AsciiLower(s.tokens[k - 1].form);
    for (std::string_view m : kMandative)
      if (g.starts_with(m)) return true;
  }
  return false;
}

}  // namespace

void Tagger::SetModels(LinearModel first, LinearModel second) {
  model_ = std::move(first);
  model2_ = std::move(second);
  has_pass2_ = model2_.num_classes() > 0;
  joint_ = has_pass2_ ? LinearModel::Stacked(model_, model2_) : LinearModel();
}

void Tagger::Tag(Sentence* s, std::vector<int>* classes, const std::vector<uint32_t>* clusters) const {
  thread_local std::vector<TagToken> toks;
  thread_local std::vector<uint64_t> fixed;  // per token: StaticFeatures
  thread_local std::vector<int32_t> second;  // per token: the second pass's scores of them
  thread_local std::vector<int> first;
  Prepare(*s, &toks, clusters);
  const bool uc = clusters != nullptr;
  const int nc = model_.num_classes();
  const size_t n = toks.size();
  uint64_t feats[kMaxFeatures];
  // The same number of static features for every token.
  constexpr size_t kStride = kMaxFeatures;
  fixed.resize(n * kStride);
  size_t num_static = 0;
  for (size_t i = 0; i < n; ++i) num_static = StaticFeatures(toks, i, &fixed[i * kStride], uc);
  if (classes) classes->assign(n, 0);
  // With two passes all lookups go to joint_ (model_'s classes, then
  // model2_'s): one lookup of a static feature gives both passes' weights.
  // The second pass's half is kept per token before the first pass adds its
  // previous-tag features (whose second halves it ignores).
  const LinearModel& m = has_pass2_ ? joint_ : model_;
  const int offset = has_pass2_ ? nc : 0;  // where the deciding pass's classes start
  std::vector<int32_t> scores(m.num_classes());
  const int* look = nullptr;
  if (has_pass2_) {
    second.resize(n * nc);
    first.assign(n, 0);
    int prev1 = -1, prev2 = -1;
    for (size_t i = 0; i < n; ++i) {
      std::fill(scores.begin(), scores.end(), 0);
      m.Score(&fixed[i * kStride], num_static, scores.data());
      std::copy_n(&scores[nc], nc, &second[i * nc]);
      m.Score(feats, PrevFeatures(toks, i, prev1, prev2, feats, nullptr, uc), scores.data());
      first[i] = static_cast<int>(std::max_element(scores.begin(), scores.begin() + nc) - scores.begin());
      prev2 = prev1;
      prev1 = first[i];
    }
    look = first.data();
  }
  int prev1 = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    size_t nf = 0;
    if (look) {
      std::fill(scores.begin(), scores.begin() + nc, 0);
      std::copy_n(&second[i * nc], nc, &scores[nc]);
      nf = LookFeatures(toks, i, look, feats);
    } else {
      std::fill(scores.begin(), scores.end(), 0);
      nf = num_static;
      std::copy_n(&fixed[i * kStride], nf, feats);
    }
    nf += PrevFeatures(toks, i, prev1, prev2, feats + nf, look, uc);
    m.Score(feats, nf, scores.data());
    int32_t* own = &scores[offset];  // this pass's scores, by class
    int best = static_cast<int>(std::max_element(own, own + nc) - own);
    if (xpos[best] == "NN" && MandativeSubjunctive(*s, i)) {
      int vb = -1;
      for (int c = 0; c < nc; ++c)
        if (xpos[c] == "VB" && (vb < 0 || own[c] > own[vb])) vb = c;
      if (vb >= 0) best = vb;
    }
    Token& tok = s->tokens[i];
    tok.upos = upos[best];
    tok.xpos = xpos[best];
    const uint16_t* id = feats_by_word.find(FeatureKey(0, toks[i].lw, static_cast<uint64_t>(best)));
    tok.feats = feats_strings[id != nullptr ? *id : feats_by_class[best]];
    if (classes) (*classes)[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

void Tagger::Save(ByteWriter* w) const {
  model_.Save(w);
  w->Put<uint8_t>(has_pass2_);
  if (has_pass2_) model2_.Save(w);
  w->PutStrings(upos);
  w->PutStrings(xpos);
  SaveMap(ambiguity, w);
  w->PutStrings(feats_strings);
  w->PutVector(feats_by_class);
  SaveMap(feats_by_word, w);
}

bool Tagger::Load(ByteReader* r) {
  uint8_t pass2 = 0;
  LinearModel first, second;
  if (!first.Load(r) || !r->Get(&pass2) || pass2 > 1) return false;
  if (pass2 == 1 && (!second.Load(r) || second.num_classes() != first.num_classes())) return false;
  SetModels(std::move(first), std::move(second));
  if (!r->GetStrings(&upos) || !r->GetStrings(&xpos) || !LoadMap(&ambiguity, r) ||
      !r->GetStrings(&feats_strings) || !r->GetVector(&feats_by_class) || !LoadMap(&feats_by_word, r))
    return false;
  const size_t nc = static_cast<size_t>(model_.num_classes());
  if (upos.size() != nc || xpos.size() != nc || feats_by_class.size() != nc || feats_strings.empty())
    return false;
  for (uint16_t id : feats_by_class)
    if (id >= feats_strings.size()) return false;
  bool ids_ok = true;
  feats_by_word.ForEach([&](uint64_t, uint16_t id) { ids_ok = ids_ok && id < feats_strings.size(); });
  return ids_ok;
}

}  // namespace herodotus::syntax
