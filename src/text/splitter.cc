#include "text/splitter.h"

#include "text/lexicon.h"
#include "text/unicode.h"

namespace herodotus::text {
namespace {

constexpr bool kLowercaseStarts = true;

struct View {
  std::string_view text;
  const std::vector<SurfaceToken>& tokens;

  std::string_view Str(size_t k) const {
    return text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
  }
  uint32_t First(size_t k) const {
    uint32_t cp;
    const char* p = text.data() + tokens[k].start;
    DecodeUtf8(p, text.data() + tokens[k].end, &cp);
    return cp;
  }
  bool IsCloser(size_t k) const {
    const uint32_t c = First(k);
    if (tokens[k].end - tokens[k].start > 3 && Str(k) != "''") return false;
    return c == ')' || c == ']' || c == '}' || IsSingleQuote(c) || IsDoubleQuote(c);
  }
  // A token that may begin a sentence.
  bool CanStart(size_t k) const {
    const uint32_t c = First(k);
    if (IsUpper(c)) return true;
    if (c >= '0' && c <= '9') return true;
    if (IsLower(c)) return false;
    if (c == '(' || c == '[' || IsSingleQuote(c) || IsDoubleQuote(c) || c == '*' || c == '-' ||
        c == '<' || IsDash(c) || c == '$' || c == '#' || c == '@') {
      return true;
    }
    const CharClass cls = Classify(c);
    return cls == CharClass::kLetter;  // caseless scripts
  }
};

// Does the sentence continue across a single line break before token k?
bool ContinuesAcrossLine(const View& v, size_t k) {
  if (IsLower(v.First(k))) return true;
  const std::string_view prev = v.Str(k - 1);
  if (prev == "," || prev == ";" || prev == ":" || prev == "-" || prev == "(" || prev == "&") {
    return true;
  }
  if (v.tokens[k - 1].kind == TokenKind::kAbbrev) {
    const std::string_view w = prev.substr(0, prev.size() - 1);
    if (IsTitleAbbreviation(w) || w.size() == 1) return true;
  }
  return false;
}

// Does the final punctuation / abbreviation at k end the sentence, given
// that the next sentence would start at token `next`?
bool EndsSentence(const View& v, size_t k, size_t next, size_t sentence_first) {
  const SurfaceToken& t = v.tokens[k];
  const SurfaceToken& n = v.tokens[next];
  const bool glued = !n.space_before;
  if (t.kind == TokenKind::kAbbrev) {
    if (glued) return false;
    const std::string_view s = v.Str(k);
    const std::string_view w = s.substr(0, s.size() - 1);
    if (IsTitleAbbreviation(w)) return false;
    if (w.size() == 1 && IsUpper(v.First(k))) return false;  // initial
    return IsSentenceStarter(v.Str(next));
  }
  if (glued) {
    // "end.The" with the space missing: only a plain . ! ? before a capital.
    return next == k + 1 && t.end - t.start == 1 && IsUpper(v.First(next)) &&
           v.tokens[next].kind == TokenKind::kWord;
  }
  // "1. Introduction": a list number right after a sentence start is no sentence.
  if (k > 0 && v.tokens[k - 1].kind == TokenKind::kNumber && v.Str(k) == "." &&
      v.tokens[k - 1].end - v.tokens[k - 1].start <= 2 && sentence_first == k - 1) {
    return false;
  }
  if (v.CanStart(next)) return true;
  // Web text often starts sentences in lowercase; after a plain stop that
  // follows an ordinary word (not an unlisted abbreviation such as "approx")
  // a lowercase word still starts a new sentence.
  if (kLowercaseStarts && t.kind == TokenKind::kFinal && k > 0 && next == k + 1 &&
      IsLower(v.First(next))) {
    const std::string_view p = v.Str(k);
    const bool ellipsis = p.size() >= 2 && p[0] == '.' && p[1] == '.';
    const SurfaceToken& w = v.tokens[k - 1];
    if (!ellipsis && !p.starts_with("\xE2\x80\xA6") && t.space_before == false &&
        (w.kind == TokenKind::kWord || w.kind == TokenKind::kNumber || v.IsCloser(k - 1)) &&
        w.end - w.start > 1) {
      return true;
    }
  }
  return false;
}

}  // namespace

void SplitSentences(std::string_view text, const std::vector<SurfaceToken>& tokens,
                    std::vector<SentenceBreak>* out) {
  if (tokens.empty()) return;
  const View v{text, tokens};
  out->push_back({0, true});
  size_t k = 0;
  while (k < tokens.size()) {
    const SurfaceToken& t = tokens[k];
    // Line breaks before token k (k > 0).
    if (k > 0 && t.newlines_before > 0 && out->back().first_token != k) {
      if (t.newlines_before >= 2 || !ContinuesAcrossLine(v, k)) {
        out->push_back({static_cast<uint32_t>(k), true});
      }
    }
    const bool candidate = t.kind == TokenKind::kFinal || t.kind == TokenKind::kAbbrev ||
                           (t.kind == TokenKind::kEmoticon && k > 0);
    if (!candidate) { ++k; continue; }
    // Closing quotes and brackets glued to the punctuation stay with it.
    size_t next = k + 1;
    while (next < tokens.size() && !tokens[next].space_before && v.IsCloser(next)) ++next;
    if (next >= tokens.size()) break;
    if (tokens[next].newlines_before == 0 && EndsSentence(v, k, next, out->back().first_token)) {
      out->push_back({static_cast<uint32_t>(next), false});
    }
    k = next;
  }
}

}  // namespace herodotus::text
