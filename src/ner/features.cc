#include "ner/features.h"

// Inlined: features hash many short strings, where a library call costs as much
// as the hash (same function and values as the shared library's).
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <initializer_list>

#include "ner/gazetteer.h"
#include "util/ascii.h"

namespace herodotus::ner {
namespace {

// Capitalization class of a word; used alone and in windows.
enum Cap : char { kBoundary = '^', kLower = 'l', kInitCap = 'C', kAllCaps = 'A', kMixed = 'm', kNoAlpha = '-' };

Cap CapOf(std::string_view w) {
  int upper = 0, lower = 0;
  for (unsigned char c : w) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= 'a' && c <= 'z') ++lower;
    else if (c >= 0x80) ++lower;  // non-ASCII letters: treat as lowercase-ish
  }
  if (upper == 0 && lower == 0) return kNoAlpha;
  if (upper == 0) return kLower;
  if (lower == 0) return kAllCaps;
  if (w[0] >= 'A' && w[0] <= 'Z' && upper == 1) return kInitCap;
  if (w[0] >= 'A' && w[0] <= 'Z') return kInitCap;  // "McDonald", "iPhone" below
  return kMixed;
}

// Collapses digits so "1999" and "2001" share a feature.
std::string NormDigits(std::string_view w) {
  std::string s(w);
  for (char& c : s) {
    if (c >= '0' && c <= '9') c = '0';
  }
  return s;
}

class Emitter {
 public:
  explicit Emitter(std::vector<uint64_t>* ids) : ids_(ids) {}
  void Add(uint64_t tmpl, std::string_view value) {
    ids_->push_back(XXH3_64bits_withSeed(value.data(), value.size(), tmpl * 0x9E3779B97F4A7C15ull + 1));
  }
  // A few class characters ("lCl"): hashed where they lie, no string built.
  void Add(uint64_t tmpl, std::initializer_list<char> chars) {
    Add(tmpl, std::string_view(chars.begin(), chars.size()));
  }
  void Add2(uint64_t tmpl, std::string_view a, std::string_view b) {
    buf_.assign(a);
    buf_ += '\x1f';
    buf_ += b;
    Add(tmpl, buf_);
  }

 private:
  std::vector<uint64_t>* ids_;
  std::string buf_;
};

}  // namespace

uint64_t BiasFeature() {
  std::vector<uint64_t> ids;
  Emitter(&ids).Add(0, "bias");
  return ids[0];
}

std::string WordShape(std::string_view word, bool collapse) {
  std::string out;
  size_t count = 0;
  for (unsigned char c : word) {
    char s;
    if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c >= 0x80) s = (c >= 0xC0) ? 'u' : 0;  // count UTF-8 lead bytes only
    else s = static_cast<char>(c);
    if (s == 0) continue;
    if (collapse) {
      if (out.empty() || out.back() != s) out += s;
    } else {
      if (++count > 12) break;
      out += s;
    }
  }
  return out;
}

void ExtractFeatures(const std::vector<std::string>& words, SentenceFeatures* out,
                     const Lexicon* lexicon) {
  const int n = static_cast<int>(words.size());
  out->ids.clear();
  // About 45 features a token (more with gazetteer and place hits): one
  // allocation instead of the ten or so of doubling up to a sentence's size.
  out->ids.reserve(static_cast<size_t>(n) * 48);
  out->offsets.assign(1, 0);
  out->offsets.reserve(n + 1);
  std::vector<std::string> lower(n), shape(n), norm(n);
  std::vector<char> cap(n);
  int lower_sentence = 0;
  for (int i = 0; i < n; ++i) {
    lower[i] = AsciiLower(words[i]);
    shape[i] = WordShape(words[i], true);
    norm[i] = NormDigits(lower[i]);
    cap[i] = CapOf(words[i]);
    if (cap[i] == kLower) ++lower_sentence;
  }
  // Sentences written all in lower case (or all caps) make capitalization
  // uninformative; the model needs to know.
  char sent_case = 'n';
  int alpha = 0;
  for (int i = 0; i < n; ++i) alpha += cap[i] != kNoAlpha;
  if (alpha > 2 && lower_sentence == alpha) sent_case = 'l';
  else if (alpha > 2 && std::count(cap.begin(), cap.end(), kAllCaps) == alpha) sent_case = 'A';
  std::vector<uint32_t> gaz = MatchGazetteer(lower);
  std::vector<char> capb(n, '?'), ctx(n, 'a');
  std::vector<uint8_t> place;
  if (lexicon != nullptr && lexicon->size() > 0) {
    for (int i = 0; i < n; ++i) {
      // One lookup for both (CapBucket and ContextBits of the same entry).
      const uint8_t bits = lexicon->Get(lower[i]);
      const int b = (bits & Lexicon::kCapMask) - 1;
      if (b >= 0) capb[i] = static_cast<char>('0' + b);
      ctx[i] = static_cast<char>('a' + (bits >> 4));
    }
    place = lexicon->MatchPlaces(lower);
  }
  auto capb_at = [&](int i) -> char { return i < 0 || i >= n ? '^' : capb[i]; };

  auto word_at = [&](int i) -> std::string_view {
    if (i < 0) return "<s>";
    if (i >= n) return "</s>";
    return norm[i];
  };
  auto shape_at = [&](int i) -> std::string_view {
    if (i < 0) return "<s>";
    if (i >= n) return "</s>";
    return shape[i];
  };
  auto cap_at = [&](int i) -> char { return i < 0 || i >= n ? static_cast<char>(kBoundary) : cap[i]; };

  Emitter e(&out->ids);
  std::string buf;
  for (int i = 0; i < n; ++i) {
    const std::string& w = words[i];
    const std::string& lw = norm[i];
    e.Add(0, "bias");
    e.Add(1, w);
    e.Add(2, lw);
    e.Add(3, WordShape(w, false));
    e.Add(4, shape[i]);
    // Affixes on UTF-8 bytes: cheap, and fine for the mostly-ASCII suffixes
    // that matter ("-ian", "-stan", "-ville").
    for (size_t k = 1; k <= 4 && k <= lw.size(); ++k) {
      e.Add(4 + k, lw.substr(0, k));
      e.Add(8 + k, lw.substr(lw.size() - k));
    }
    e.Add(13, word_at(i - 1));
    e.Add(14, word_at(i + 1));
    e.Add(15, word_at(i - 2));
    e.Add(16, word_at(i + 2));
    e.Add(17, shape_at(i - 1));
    e.Add(18, shape_at(i + 1));
    e.Add2(19, word_at(i - 1), lw);
    e.Add2(20, lw, word_at(i + 1));
    e.Add(21, {cap_at(i - 1), cap_at(i), cap_at(i + 1)});
    e.Add(22, {i == 0 ? 'F' : (i == n - 1 ? 'L' : 'M'), cap[i], sent_case});
    e.Add(23, {cap_at(i - 2), cap_at(i - 1), cap_at(i), cap_at(i + 1), cap_at(i + 2)});
    // Gazetteer bits of the token and its neighbours, one feature per class
    // so a miss costs nothing.
    for (int d = -1; d <= 1; ++d) {
      int j = i + d;
      if (j < 0 || j >= n || gaz[j] == 0) continue;
      for (int c = 0; c < kGazClassCount; ++c) {
        if (!(gaz[j] & (1u << c))) continue;
        e.Add(24, {static_cast<char>('0' + d + 1), static_cast<char>('a' + c),
                   (gaz[j] & (1u << (8 + c))) ? 'B' : 'I', d == 0 ? cap[i] : '.'});
      }
    }
    e.Add2(25, word_at(i - 1), shape[i]);
    e.Add2(26, shape[i], word_at(i + 1));
    e.Add2(27, lw, std::string_view(&sent_case, 1));
    buf = std::to_string(std::min<size_t>(w.size(), 12));
    e.Add(28, buf);
    e.Add2(29, shape_at(i - 1), shape[i]);
    e.Add(31, i > 0 ? std::string_view(words[i - 1]) : "<s>");
    e.Add(32, i + 1 < n ? std::string_view(words[i + 1]) : "</s>");
    e.Add2(33, word_at(i - 1), word_at(i + 1));
    if (i > 0 && norm[i - 1].size() >= 3) e.Add(34, std::string_view(norm[i - 1]).substr(norm[i - 1].size() - 3));
    if (i + 1 < n && norm[i + 1].size() >= 3) e.Add(35, std::string_view(norm[i + 1]).substr(norm[i + 1].size() - 3));
    if (lw.size() >= 5) e.Add(36, std::string_view(lw).substr(lw.size() - 5));
    if (!place.empty()) {
      // How often the word is capitalized in running news text says more
      // than its case here in web text, where case is unreliable.
      e.Add(37, {capb[i], cap[i], i == 0 ? 'F' : 'M'});
      e.Add(38, {capb_at(i - 1), capb[i], capb_at(i + 1)});
      e.Add(40, {capb[i], sent_case});
      e.Add(41, {ctx[i], cap[i]});
      e.Add(42, {i > 0 ? ctx[i - 1] : '^', ctx[i], i + 1 < n ? ctx[i + 1] : '$'});
      for (int d = -1; d <= 1; ++d) {
        int j = i + d;
        if (j < 0 || j >= n || place[j] == 0) continue;
        e.Add(39, {static_cast<char>('0' + d + 1), (place[j] & 2) ? 'B' : 'I', d == 0 ? cap[i] : '.'});
      }
    }
    e.Add2(30, shape[i], shape_at(i + 1));
    out->offsets.push_back(static_cast<uint32_t>(out->ids.size()));
  }
}

}  // namespace herodotus::ner
