// A hand-written single-pass scanner (no regular expressions): each token
// starts at a non-space code point and is extended by the rules of its first
// character class. Decisions look at most a few code points ahead.
#include "text/tokenizer.h"

#include <cstring>

#include "text/lexicon.h"
#include "text/unicode.h"

namespace herodotus::text {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Units and magnitudes written glued to a number.
bool IsUnit(std::string_view w) {
  static constexpr std::string_view kUnits[] = {
      "AM", "GB", "K", "KB", "M", "MB", "PM", "am", "bn", "cm", "ft", "g", "gb", "hrs",
      "k", "kb", "kg", "km", "kmh", "lb", "lbs", "m", "mb", "mg", "min", "ml", "mm", "mph",
      "pm", "yrs",
  };
  for (std::string_view u : kUnits) {
    if (u == w) return true;
  }
  return false;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text)
      : p_(text.data()), n_(text.size()) {}

  void Run(std::vector<SurfaceToken>* out) {
    size_t i = 0;
    uint16_t newlines = 0;
    bool space = true;
    while (i < n_) {
      uint32_t cp;
      const size_t len = Decode(i, &cp);
      const CharClass cls = Classify(cp);
      if (cls == CharClass::kSpace || cls == CharClass::kNewline) {
        if (cls == CharClass::kNewline && newlines < 0xFFFF) ++newlines;
        if (cls == CharClass::kNewline) open_single_ = false;
        space = true;
        i += len;
        continue;
      }
      TokenKind kind;
      const size_t j = ScanToken(i, cp, cls, space, &kind);
      SurfaceToken t;
      t.start = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(j);
      t.newlines_before = newlines;
      t.space_before = space;
      t.kind = kind;
      // Track an open single quote so "'weapons'" does not read as a plural possessive.
      if (kind == TokenKind::kPunct && IsSingleQuote(cp) && j - i == len) {
        const bool space_after = j >= n_ || IsSpaceAt(j);
        if (space && !space_after) open_single_ = true;
        else if (!space) open_single_ = false;
      }
      out->push_back(t);
      newlines = 0;
      space = false;
      i = j;
    }
  }

 private:
  size_t Decode(size_t i, uint32_t* cp) const { return DecodeUtf8(p_ + i, p_ + n_, cp); }
  uint32_t CpAt(size_t i, size_t* len = nullptr) const {
    if (i >= n_) { if (len) *len = 0; return 0; }
    uint32_t cp;
    const size_t l = Decode(i, &cp);
    if (len) *len = l;
    return cp;
  }
  CharClass ClassAt(size_t i) const {
    return i >= n_ ? CharClass::kSpace : Classify(CpAt(i));
  }
  bool IsSpaceAt(size_t i) const {
    const CharClass c = ClassAt(i);
    return c == CharClass::kSpace || c == CharClass::kNewline;
  }
  bool IsAlnumAt(size_t i) const {
    const CharClass c = ClassAt(i);
    return c == CharClass::kLetter || c == CharClass::kDigit;
  }
  bool StartsWithNoCase(size_t i, const char* prefix) const {
    const size_t m = std::strlen(prefix);
    if (n_ - i < m) return false;
    for (size_t k = 0; k < m; ++k) {
      char c = p_[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != prefix[k]) return false;
    }
    return true;
  }

  size_t ScanToken(size_t i, uint32_t cp, CharClass cls, bool space, TokenKind* kind) {
    if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
      if (size_t j = ScanUrl(i); j > i) { *kind = TokenKind::kUrl; return j; }
      if (size_t j = ScanEmail(i); j > i) { *kind = TokenKind::kEmail; return j; }
      return ScanWord(i, cls, kind);
    }
    if (space) {
      if (size_t j = ScanEmoticon(i); j > i) { *kind = TokenKind::kEmoticon; return j; }
    }
    return ScanPunct(i, cp, kind);
  }

  size_t ScanUrl(size_t i) const {
    if (!StartsWithNoCase(i, "http://") && !StartsWithNoCase(i, "https://") &&
        !StartsWithNoCase(i, "www.") && !StartsWithNoCase(i, "ftp://")) {
      return i;
    }
    size_t j = i;
    int parens = 0;
    while (j < n_) {
      const char c = p_[j];
      if (static_cast<unsigned char>(c) <= ' ' || static_cast<unsigned char>(c) >= 0x7F ||
          c == '<' || c == '>' || c == '"' || c == '`') {
        break;
      }
      if (c == '(') ++parens;
      if (c == ')') --parens;
      ++j;
    }
    // Trailing sentence punctuation belongs to the sentence, not the URL.
    while (j > i + 4) {
      const char c = p_[j - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          (c == ')' && parens < 0) || c == ']') {
        if (c == ')') ++parens;
        --j;
      } else {
        break;
      }
    }
    return j;
  }

  // local@domain.tld with ASCII characters only.
  size_t ScanEmail(size_t i) const {
    size_t j = i;
    while (j < n_ && (IsAsciiAlnum(p_[j]) || p_[j] == '.' || p_[j] == '_' || p_[j] == '-' ||
                      p_[j] == '+' || p_[j] == '%')) {
      ++j;
    }
    if (j >= n_ || p_[j] != '@' || j == i) return i;
    size_t k = j + 1;
    size_t last_alnum = 0;
    bool dot = false;
    while (k < n_ && (IsAsciiAlnum(p_[k]) || p_[k] == '-' || p_[k] == '.')) {
      if (p_[k] == '.') {
        if (k + 1 < n_ && IsAsciiAlnum(p_[k + 1]) && last_alnum == k - 1) dot = true;
      } else if (IsAsciiAlnum(p_[k])) {
        last_alnum = k;
      }
      ++k;
    }
    if (!dot || last_alnum <= j) return i;
    return last_alnum + 1;
  }

  // Is the letter segment after a '.' at i+1 a plausible domain ending?
  bool LowercaseSegment(size_t i, size_t* seg_len) const {
    size_t k = i;
    while (k < n_ && ((p_[k] >= 'a' && p_[k] <= 'z') || IsAsciiDigit(p_[k]))) ++k;
    *seg_len = k - i;
    return k > i && !(k < n_ && IsAlnumAt(k));
  }

  size_t ScanWord(size_t i, CharClass first, TokenKind* kind) {
    size_t j = i;
    size_t seg_start = i;     // current segment (between joiners)
    size_t seg_chars = 0;
    bool seg_digits = true;   // current segment is all digits
    bool seg_upper = true;    // current segment is all ASCII capitals
    int segments = 1;
    bool dotted = false;      // letter segments joined by '.', like U.S or e.g
    bool dotted_short = true; // every dotted segment has ≤ 2 characters
    uint32_t last_cp = 0;
    for (;;) {
      // A run of letters/digits.
      while (j < n_) {
        uint32_t cp;
        const size_t len = Decode(j, &cp);
        const CharClass c = Classify(cp);
        if (c != CharClass::kLetter && c != CharClass::kDigit) break;
        if (c != CharClass::kDigit) seg_digits = false;
        if (!(cp >= 'A' && cp <= 'Z')) seg_upper = false;
        ++seg_chars;
        last_cp = cp;
        j += len;
      }
      if (j >= n_) break;
      const char c = p_[j];
      size_t jl = 1;
      uint32_t cp = CpAt(j, &jl);
      const size_t next = j + jl;
      const bool next_alnum = next < n_ && IsAlnumAt(next);
      const bool next_digit = next < n_ && IsAsciiDigit(p_[next]);
      bool join = false;
      if (c == '.' && next_alnum) {
        if (seg_digits && next_digit) {
          join = true;  // 1.5, 3.2.1
        } else if (!seg_digits) {
          size_t lower_len = 0;
          const bool domain = LowercaseSegment(next, &lower_len) && lower_len >= 2 && lower_len <= 4;
          if (seg_chars <= 2 || domain) {
            join = true;
            dotted = true;
            if (seg_chars > 2) dotted_short = false;
          }
        }
      } else if (c == ',' && seg_digits && seg_chars <= 3 && j + 3 < n_ + 0 &&
                 IsAsciiDigit(p_[j + 1]) && j + 3 < n_ && IsAsciiDigit(p_[j + 2]) &&
                 IsAsciiDigit(p_[j + 3]) && (j + 4 >= n_ || !IsAsciiDigit(p_[j + 4]))) {
        join = true;  // 1,000
      } else if ((c == ':' || c == '/') && seg_digits && next_digit) {
        join = true;  // 3:30, 10/12/2004, 1/2
      } else if (IsSingleQuote(cp) && cp != 0x2032 && next < n_ &&
                 Classify(CpAt(next)) == CharClass::kLetter) {
        join = true;  // don't, O'Brien, it's, 1990's
      } else if ((c == '-' || cp == 0x2010 || cp == 0x2011) && next_alnum) {
        const std::string_view left(p_ + seg_start, j - seg_start);
        if (segments == 1 && !seg_digits && IsHyphenPrefix(left) &&
            !(left.size() == 1 && !(next < n_ && p_[next] >= 'a' && p_[next] <= 'z'))) {
          join = true;  // e-mail, non-profit
        } else if (seg_digits && seg_chars >= 3 && next_digit) {
          join = true;  // 713-853-3989
        }
      } else if (c == '&' && seg_upper && seg_chars <= 3 && next < n_ && p_[next] >= 'A' &&
                 p_[next] <= 'Z') {
        join = true;  // AT&T, S&P, Q&A
      } else if (c == '_' && next_alnum) {
        join = true;
      }
      if (!join) break;
      j = next;
      seg_start = j;
      seg_chars = 0;
      seg_digits = true;
      seg_upper = true;
      ++segments;
    }
    *kind = first == CharClass::kDigit ? TokenKind::kNumber : TokenKind::kWord;
    if (first == CharClass::kDigit) {
      // "5kg", "65k", "13.9M", "10am": the unit is a word of its own
      // (but "20th", "1990s" and codes such as "83N" stay whole).
      size_t q = i;
      while (q < j && !((p_[q] | 0x20) >= 'a' && (p_[q] | 0x20) <= 'z')) ++q;
      if (q > i && q < j && IsAsciiDigit(p_[q - 1]) && IsUnit(std::string_view(p_ + q, j - q))) return q;
    }
    if (j >= n_) return j;
    const std::string_view word(p_ + i, j - i);
    // A period of its own ("U.S.", "Mr.", "J.") unless it starts an ellipsis.
    if (p_[j] == '.' && !(j + 1 < n_ && p_[j + 1] == '.')) {
      bool attach = false;
      if (dotted) {
        attach = dotted_short;
      } else if (word == "No" || word == "no" || word == "Nos") {
        size_t k = j + 1;
        while (k < n_ && p_[k] == ' ') ++k;
        attach = k < n_ && IsAsciiDigit(p_[k]);
      } else if (segments == 1 && seg_chars == 1 && IsUpper(last_cp) && word != "I") {
        attach = true;  // an initial
      } else if (segments == 1 && IsAbbreviation(word)) {
        attach = true;
      }
      if (attach) {
        // "the E.U.'s budget": the clitic stays on the token (words E.U. + 's).
        size_t ql;
        const uint32_t q = CpAt(j + 1, &ql);
        if ((q == '\'' || q == 0x2019) && j + 1 + ql < n_ && (p_[j + 1 + ql] | 0x20) == 's' &&
            !IsAlnumAt(j + 2 + ql)) {
          return j + 2 + ql;
        }
        *kind = TokenKind::kAbbrev;
        return j + 1;
      }
    }
    // Plural possessive: "students'" is one token (words students + ').
    if ((last_cp == 's' || last_cp == 'S') && !open_single_) {
      size_t ql;
      const uint32_t q = CpAt(j, &ql);
      if ((q == '\'' || q == 0x2019) && !(j + ql < n_ && (IsAlnumAt(j + ql) || p_[j + ql] == '\''))) {
        return j + ql;
      }
    }
    return j;
  }

  size_t ScanEmoticon(size_t i) const {
    static constexpr const char* kEmoticons[] = {
        ":-)", ":-(", ";-)", ":-D", ":-P", ":'(", "^_^", "-_-", ":)", ":(", ";)", ":D",
        ":P", ":p", ":O", ":o", "=)", "=(", ":/", "(:", "<3", "^^", ":|", "XD",
    };
    for (const char* e : kEmoticons) {
      const size_t m = std::strlen(e);
      if (n_ - i < m || std::memcmp(p_ + i, e, m) != 0) continue;
      const size_t j = i + m;
      if (j >= n_ || IsSpaceAt(j)) return j;
      const char c = p_[j];
      if (c == '.' || c == ',' || c == '!' || c == '?' || (c == ')' && e[m - 1] != ')')) return j;
    }
    return i;
  }

  size_t ScanPunct(size_t i, uint32_t cp, TokenKind* kind) const {
    *kind = TokenKind::kPunct;
    size_t len;
    CpAt(i, &len);
    const auto is_final = [](uint32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; };
    if (is_final(cp)) {
      *kind = TokenKind::kFinal;
      size_t j = i + len;
      for (;;) {
        size_t l;
        const uint32_t c = CpAt(j, &l);
        if (l == 0 || !is_final(c)) break;
        j += l;
      }
      return j;
    }
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      // Runs of the same symbol: "--", "**", "<<", "====", "''", "``".
      if (std::strchr("-*=<>+_~#^/|'`", c) != nullptr) {
        size_t j = i + 1;
        while (j < n_ && p_[j] == c) ++j;
        if ((c == '\'' || c == '`') && j - i > 2) j = i + 2;
        if (c == '\'' && j - i == 2 && !(j >= n_ || IsSpaceAt(j) || !IsAlnumAt(j))) j = i + 1;
        return j;
      }
      return i + 1;
    }
    // A run of the same dash (——).
    if (IsDash(cp)) {
      size_t j = i + len;
      while (j < n_ && CpAt(j) == cp) j += len;
      return j;
    }
    return i + len;
  }

  const char* p_;
  size_t n_;
  bool open_single_ = false;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<SurfaceToken>* out) {
  Scanner(text).Run(out);
}

}  // namespace herodotus::text
