#include "syntax/lemmatizer.h"

#include <algorithm>

#include "syntax/linear_model.h"
#include "syntax/tagger.h"
#include "util/ascii.h"

namespace herodotus::syntax {

uint64_t Lemmatizer::ExactKey(const std::string& form, const std::string& upos, const std::string& xpos) {
  return FeatureKey(101, StringKey(form), StringKey(upos), StringKey(xpos));
}
uint64_t Lemmatizer::FormKey(const std::string& form, const std::string& upos) {
  return FeatureKey(102, StringKey(form), StringKey(upos));
}
uint64_t Lemmatizer::SuffixKey(const std::string& suffix, const std::string& xpos) {
  return FeatureKey(103, StringKey(suffix), StringKey(xpos));
}
uint64_t Lemmatizer::KnownKey(const std::string& lemma, const std::string& upos) {
  return FeatureKey(104, StringKey(lemma), StringKey(upos));
}

Lemmatizer::Rule Lemmatizer::EditOf(const std::string& lower, const std::string& lemma) {
  size_t p = 0;
  while (p < lower.size() && p < lemma.size() && lower[p] == lemma[p]) ++p;
  Rule r;
  r.strip = static_cast<uint8_t>(std::min<size_t>(255, lower.size() - p));
  r.append = lemma.substr(p);
  return r;
}

namespace {
// "12,000" or "1,234,567.50": digit groups of three after the first. EWT
// lemmatizes such numbers without the commas (every case in its training set).
bool GroupedNumber(const std::string& form, std::string* out) {
  size_t i = 0, lead = 0;
  while (i < form.size() && form[i] >= '0' && form[i] <= '9') ++i, ++lead;
  if (lead == 0 || lead > 3 || i == form.size() || form[i] != ',') return false;
  out->assign(form, 0, lead);
  while (i < form.size() && form[i] == ',') {
    for (size_t k = 1; k <= 3; ++k)
      if (i + k >= form.size() || form[i + k] < '0' || form[i + k] > '9') return false;
    out->append(form, i + 1, 3);
    i += 4;
  }
  if (i < form.size()) {
    if (form[i] != '.' || i + 1 == form.size()) return false;
    for (size_t k = i + 1; k < form.size(); ++k)
      if (form[k] < '0' || form[k] > '9') return false;
    out->append(form, i, std::string::npos);
  }
  return true;
}
}  // namespace

std::string Lemmatizer::Lemma(const std::string& form, const std::string& upos, const std::string& xpos) const {
  if (const uint32_t* id = exact.find(ExactKey(form, upos, xpos))) return strings[*id];
  if (const uint32_t* id = by_form.find(FormKey(form, upos))) return strings[*id];
  const bool cap = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  // A capitalized "noun" the treebank knows only as a proper noun is most
  // likely one (NOUN/PROPN is the tagger's commonest confusion).
  if (cap && upos == "NOUN")
    if (const uint32_t* id = by_form.find(FormKey(form, "PROPN"))) return strings[*id];
  const std::string lower = AsciiLower(form);
  if (const uint32_t* id = by_form.find(FormKey(lower, upos))) return strings[*id];
  // Seen with another tag only: the word's usual lemma beats a guess (tagger
  // errors between NOUN/PROPN/ADJ rarely change the lemma).
  if (const uint32_t* id = by_form.find(FormKey(form, "*"))) return strings[*id];
  // Unseen plural proper nouns: the plural-noun rules, keeping the case
  // ("Sadrists" -> "Sadrist").
  if (xpos == "NNPS") {
    for (int len = std::min<int>(kMaxSuffix, static_cast<int>(lower.size()) - 1); len >= 0; --len) {
      const auto* it = suffix_rules.find(SuffixKey(lower.substr(lower.size() - len), "NNS"));
      if (it == nullptr) continue;
      const Rule& r = rules[rule_lists[it->first]];
      if (r.strip >= form.size()) break;
      return form.substr(0, form.size() - r.strip) + r.append;
    }
    return form;
  }
  if (upos == "NUM") {
    std::string digits;
    if (GroupedNumber(form, &digits)) return digits;
  }
  if (upos == "PROPN" || upos == "NUM" || upos == "PUNCT" || upos == "SYM" || upos == "X") return form;
  auto apply = [&](const Rule& r, std::string* out) {
    if (r.strip >= lower.size()) return false;  // never strip a whole word
    *out = lower.substr(0, lower.size() - r.strip) + r.append;
    return true;
  };
  // Unseen all-capitals words are acronyms: lower case, no suffix rules
  // ("RFP" -> "rfp", not "rp").
  if (lower.size() >= 2) {
    bool caps = true;
    for (char ch : form) caps = caps && !(ch >= 'a' && ch <= 'z');
    if (caps) return lower;
  }
  // "embargoes", "vetoes", "torpedoes": the suffix rules learned "-oes" from
  // "shoes" and "toes"; an unseen plural in "-oes" is a noun in "-o" unless
  // its "-oe" form is a known lemma or one of the few nouns in "-oe".
  if (xpos == "NNS" && lower.size() > 5 && lower.ends_with("oes")) {
    static constexpr std::string_view kOe[] = {"shoe", "toe", "foe", "hoe", "woe", "floe", "canoe",
                                               "oboe", "throe", "aloe", "sloe", "tiptoe", "doe", "roe"};
    const std::string oe = lower.substr(0, lower.size() - 1);
    if (!known.count(KnownKey(oe, upos)) &&
        std::find(std::begin(kOe), std::end(kOe), oe) == std::end(kOe))
      return lower.substr(0, lower.size() - 2);
  }
  // Only the longest suffix with rules decides: shorter suffixes carry rare,
  // unrelated edits that could turn "hymn" into a known lemma "h".
  std::string best, cand;
  for (int len = std::min<int>(kMaxSuffix, static_cast<int>(lower.size()) - 1); len >= 0; --len) {
    const auto* it = suffix_rules.find(SuffixKey(lower.substr(lower.size() - len), xpos));
    if (it == nullptr) continue;
    auto [begin, count] = *it;
    for (uint32_t k = 0; k < count; ++k) {
      if (!apply(rules[rule_lists[begin + k]], &cand)) continue;
      if (best.empty()) {
        best = cand;  // most frequent rule
        // Base-form tags (NN, JJ, VB...) mostly keep the word: when that is
        // the commonest edit, a known lemma from a rarer edit is a false
        // friend ("kidnapping" is not "kidnap").
        if (cand == lower) return cand;
      }
      if (known.count(KnownKey(cand, upos))) return cand;
    }
    if (!best.empty()) break;
  }
  return best.empty() ? lower : best;
}

void Lemmatizer::Save(ByteWriter* w) const {
  w->PutStrings(strings);
  auto put_map = [&](const FlatMap64<uint32_t>& m) {
    std::vector<std::pair<uint64_t, uint32_t>> v;
    m.ForEach([&](uint64_t k, uint32_t x) { v.emplace_back(k, x); });
    std::sort(v.begin(), v.end());
    std::vector<uint64_t> k;
    std::vector<uint32_t> x;
    for (auto& [a, b] : v) k.push_back(a), x.push_back(b);
    w->PutVector(k);
    w->PutVector(x);
  };
  put_map(exact);
  put_map(by_form);
  w->Put<uint32_t>(static_cast<uint32_t>(rules.size()));
  for (const auto& r : rules) {
    w->Put<uint8_t>(r.strip);
    w->PutString(r.append);
  }
  std::vector<std::pair<uint64_t, std::pair<uint32_t, uint32_t>>> sv;
  suffix_rules.ForEach([&](uint64_t k, std::pair<uint32_t, uint32_t> bc) { sv.emplace_back(k, bc); });
  std::sort(sv.begin(), sv.end());
  std::vector<uint64_t> sk;
  std::vector<uint32_t> sb, sc;
  for (auto& [k, bc] : sv) sk.push_back(k), sb.push_back(bc.first), sc.push_back(bc.second);
  w->PutVector(sk);
  w->PutVector(sb);
  w->PutVector(sc);
  w->PutVector(rule_lists);
  std::vector<uint64_t> kn(known.begin(), known.end());
  std::sort(kn.begin(), kn.end());
  w->PutVector(kn);
}

bool Lemmatizer::Load(ByteReader* r) {
  if (!r->GetStrings(&strings)) return false;
  auto get_map = [&](FlatMap64<uint32_t>* m) {
    std::vector<uint64_t> k;
    std::vector<uint32_t> x;
    if (!r->GetVector(&k) || !r->GetVector(&x) || k.size() != x.size()) return false;
    m->clear();
    m->reserve(k.size());
    for (size_t i = 0; i < k.size(); ++i) {
      if (x[i] >= strings.size()) return false;
      (*m)[k[i]] = x[i];
    }
    return true;
  };
  if (!get_map(&exact) || !get_map(&by_form)) return false;
  uint32_t nr = 0;
  if (!r->Get(&nr) || nr > r->remaining()) return false;
  rules.resize(nr);
  for (auto& rule : rules)
    if (!r->Get(&rule.strip) || !r->GetString(&rule.append)) return false;
  std::vector<uint64_t> sk, kn;
  std::vector<uint32_t> sb, sc;
  if (!r->GetVector(&sk) || !r->GetVector(&sb) || !r->GetVector(&sc) || !r->GetVector(&rule_lists) ||
      !r->GetVector(&kn))
    return false;
  if (sk.size() != sb.size() || sk.size() != sc.size()) return false;
  for (uint32_t id : rule_lists)
    if (id >= rules.size()) return false;
  suffix_rules.clear();
  for (size_t i = 0; i < sk.size(); ++i) {
    if (static_cast<uint64_t>(sb[i]) + sc[i] > rule_lists.size()) return false;
    suffix_rules[sk[i]] = {sb[i], sc[i]};
  }
  known = std::unordered_set<uint64_t>(kn.begin(), kn.end());
  return true;
}

}  // namespace herodotus::syntax
