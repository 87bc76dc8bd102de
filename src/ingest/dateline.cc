// A small hand-written scanner: the dateline grammar is a handful of fixed
// shapes, and every candidate is rejected on the first byte that does not fit,
// so a body sentence costs a few comparisons.
#include "ingest/dateline.h"

#include "herodotus/article.h"

namespace herodotus {
namespace {

struct Cursor {
  std::string_view s;
  size_t i = 0;
  char peek(size_t k = 0) const { return i + k < s.size() ? s[i + k] : '\0'; }
  bool at_eol() const { return i >= s.size() || s[i] == '\n' || s[i] == '\r'; }
};

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// One space: ' ', '\t' or U+00A0.
size_t SpaceLen(const Cursor& c) {
  if (c.peek() == ' ' || c.peek() == '\t') return 1;
  if (c.peek() == '\xC2' && c.peek(1) == '\xA0') return 2;
  return 0;
}
size_t SkipSpaces(Cursor& c) {
  size_t start = c.i;
  while (size_t n = SpaceLen(c)) c.i += n;
  return c.i - start;
}

// "—", "–", "―", "--" or "-".
size_t DashLen(const Cursor& c) {
  if (c.peek() == '\xE2' && c.peek(1) == '\x80' &&
      (c.peek(2) == '\x93' || c.peek(2) == '\x94' || c.peek(2) == '\x95'))
    return 3;
  if (c.peek() == '-') return c.peek(1) == '-' ? 2 : 1;
  return 0;
}

// A two-byte UTF-8 letter (Latin-1 supplement up to Arabic): place names such
// as "SÃO PAULO" or "BOGOTÁ". Three-byte sequences (dashes, quotes) are not.
size_t WideLetterLen(const Cursor& c) {
  unsigned char b0 = c.peek(), b1 = c.peek(1);
  return b0 >= 0xC3 && b0 <= 0xDF && (b1 & 0xC0) == 0x80 ? 2 : 0;
}

std::string_view AsciiWord(Cursor& c) {
  size_t start = c.i;
  while (IsUpper(c.peek()) || IsLower(c.peek())) ++c.i;
  return c.s.substr(start, c.i - start);
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

// 1..12 for a month name or abbreviation ("Oct", "Sept", "October"), else 0.
int MonthNumber(std::string_view w) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",
                                                "may",     "june",     "july",      "august",
                                                "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (EqualsNoCase(w, kNames[m]) || EqualsNoCase(w, kNames[m].substr(0, 3))) return m + 1;
  }
  return EqualsNoCase(w, "sept") ? 9 : 0;
}

bool IsWeekday(std::string_view w) {
  static constexpr std::string_view kNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
  for (std::string_view n : kNames) {
    if (EqualsNoCase(w, n) || EqualsNoCase(w, n.substr(0, 3))) return true;
  }
  return EqualsNoCase(w, "tues") || EqualsNoCase(w, "thur") || EqualsNoCase(w, "thurs");
}

// Reads 1..max digits not followed by another digit.
bool Number(Cursor& c, int max_digits, int* v, int min_digits = 1) {
  int n = 0, value = 0;
  while (IsDigit(c.peek()) && n <= max_digits) {
    value = value * 10 + (c.peek() - '0');
    ++c.i, ++n;
  }
  if (n < min_digits || n > max_digits) return false;
  *v = value;
  return true;
}

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// [Weekday[.],] then "Month[.] D[st][,] [YYYY]", "D Month[.][,] [YYYY]" or
// "YYYY-MM-DD". Checks the day exists (Feb 29 allowed when the year is absent).
bool ParseDate(Cursor& c, bool need_year, Ymd* out) {
  Cursor t = c;
  Ymd r;
  {
    Cursor w = t;
    if (IsWeekday(AsciiWord(w))) {
      if (w.peek() == '.') ++w.i;
      if (w.peek() == ',') ++w.i;
      if (SkipSpaces(w) == 0) return false;
      t = w;
    }
  }
  auto year_after = [&](Cursor& u) {  // optional "[,] YYYY"
    Cursor v = u;
    if (v.peek() == ',') ++v.i;
    SkipSpaces(v);
    int y;
    if (IsDigit(v.peek()) && Number(v, 4, &y, 4)) r.y = y, u = v;
  };
  if (IsDigit(t.peek())) {
    Cursor iso = t;
    if (Number(iso, 4, &r.y, 4) && iso.peek() == '-' && (++iso.i, Number(iso, 2, &r.m, 2)) &&
        iso.peek() == '-' && (++iso.i, Number(iso, 2, &r.d, 2))) {
      t = iso;
    } else {
      r = Ymd();
      if (!Number(t, 2, &r.d) || SkipSpaces(t) == 0) return false;
      r.m = MonthNumber(AsciiWord(t));
      if (r.m == 0) return false;
      if (t.peek() == '.') ++t.i;
      year_after(t);
    }
  } else {
    r.m = MonthNumber(AsciiWord(t));
    if (r.m == 0) return false;
    if (t.peek() == '.') ++t.i;
    if (SkipSpaces(t) == 0 || !Number(t, 2, &r.d)) return false;
    Cursor ord = t;
    std::string_view suffix = AsciiWord(ord);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") t = ord;
    year_after(t);
  }
  if (need_year && r.y == 0) return false;
  if (!Date::Valid(r.y ? r.y : 2000, r.m, r.d)) return false;
  *out = r;
  c = t;
  return true;
}

// "9:14", "9:14 AM", "09:14:05 a.m. EDT", "9:14 GMT+3".
bool ParseTime(Cursor& c) {
  int h, m, s;
  if (!Number(c, 2, &h) || c.peek() != ':' || (++c.i, !Number(c, 2, &m, 2))) return false;
  if (c.peek() == ':' && (++c.i, !Number(c, 2, &s, 2))) return false;
  Cursor t = c;
  SkipSpaces(t);
  std::string_view w = AsciiWord(t);
  if (EqualsNoCase(w, "am") || EqualsNoCase(w, "pm")) {
    c = t;
  } else if ((w == "a" || w == "p") && t.peek() == '.' && t.peek(1) == 'm' && t.peek(2) == '.') {
    c = t, c.i += 3;
  }
  t = c;
  SkipSpaces(t);
  std::string_view zone = AsciiWord(t);
  bool caps = zone.size() >= 2 && zone.size() <= 5;
  for (char z : zone) caps = caps && IsUpper(z);
  if (caps) {
    c = t;
    if (c.peek() == '+' || c.peek() == '-') {
      ++c.i;
      if (!Number(c, 2, &h)) return false;
    }
  }
  return true;
}

// Optional " / 9:14 AM"-style time after a date, then the end of the line.
bool TimeThenEol(Cursor& c) {
  SkipSpaces(c);
  if (c.at_eol()) return true;
  if (c.peek() == '/' || c.peek() == '|' || c.peek() == ',') {
    ++c.i;
  } else if (size_t n = DashLen(c)) {
    c.i += n;
  } else if (c.peek() == '\xC2' && c.peek(1) == '\xB7') {  // "·"
    c.i += 2;
  } else if (c.peek() == 'a' && c.peek(1) == 't' && c.peek(2) == ' ') {
    c.i += 2;
  }
  SkipSpaces(c);
  if (!ParseTime(c)) return false;
  SkipSpaces(c);
  return c.at_eol();
}

size_t LineEnd(std::string_view s, size_t from) {
  size_t nl = s.find('\n', from);
  return nl == std::string_view::npos ? s.size() : nl;
}

// "[Published|Updated|Posted][:| on] [Weekday,] date [time]" alone on a line.
bool ParseDateLine(Cursor c, Dateline* out) {
  Cursor w = c;
  std::string_view word = AsciiWord(w);
  if (word == "Published" || word == "Updated" || word == "Posted") {
    if (w.peek() == ':') ++w.i;
    SkipSpaces(w);
    Cursor on = w;
    if (AsciiWord(on) == "on" && SkipSpaces(on) > 0) w = on;
    c = w;
  }
  Ymd d;
  if (!ParseDate(c, true, &d) || !TimeThenEol(c)) return false;
  *out = Dateline();
  out->kind = Dateline::kDate;
  out->year = d.y, out->month = d.m, out->day = d.d;
  out->length = LineEnd(c.s, c.i);
  return true;
}

// "[-] [By X -] Outlet - [Weekday,] Month D, YYYY [time]" alone on a line: the
// outlet is the part just before the dash that precedes the date.
bool ParseOutletLine(Cursor c, Dateline* out) {
  size_t eol = LineEnd(c.s, c.i);
  if (size_t n = DashLen(c)) c.i += n;
  SkipSpaces(c);
  size_t part_start = c.i;
  while (c.i < eol) {
    // A separator is a dash with a space on each side.
    Cursor sep = c;
    if (SkipSpaces(sep) == 0 || DashLen(sep) == 0) {
      ++c.i;
      continue;
    }
    size_t part_end = c.i;
    sep.i += DashLen(sep);
    if (SkipSpaces(sep) == 0) {
      ++c.i;
      continue;
    }
    Cursor date = sep;
    Ymd d;
    if (ParseDate(date, true, &d) && TimeThenEol(date)) {
      std::string_view outlet = c.s.substr(part_start, part_end - part_start);
      if (outlet.empty() || outlet.size() > 80 || !(IsUpper(outlet[0]) || outlet[0] & 0x80))
        return false;
      for (char ch : outlet)
        if (IsDigit(ch)) return false;
      *out = Dateline();
      out->kind = Dateline::kOutlet;
      out->year = d.y, out->month = d.m, out->day = d.d;
      out->source.assign(outlet);
      out->length = eol;
      return true;
    }
    c = sep;
    part_start = sep.i;
  }
  return false;
}

// A word of capitals: "BAGHDAD", "PORT-AU-PRINCE", "ST.", "SÃO", "N'DJAMENA".
size_t CapsWord(Cursor& c, int* upper) {
  size_t start = c.i;
  while (true) {
    char ch = c.peek();
    if (IsUpper(ch)) {
      ++*upper, ++c.i;
    } else if (size_t n = WideLetterLen(c)) {
      c.i += n;
    } else if ((ch == '.' || ch == '\'' || ch == '-') && c.i > start &&
               (IsUpper(c.peek(1)) || WideLetterLen(Cursor{c.s, c.i + 1}) ||
                (ch == '.' && (c.peek(1) == ' ' || c.peek(1) == ',')))) {
      ++c.i;
    } else {
      break;
    }
  }
  if (IsLower(c.peek()) || IsDigit(c.peek())) return 0;
  return c.i - start;
}

// A title-case region word: "Iraq", "N.Y.", "Calif.", "Pakistan-administered".
size_t RegionWord(Cursor& c) {
  size_t start = c.i;
  if (!IsUpper(c.peek()) && !WideLetterLen(c)) return 0;
  while (true) {
    char ch = c.peek();
    if (IsUpper(ch) || IsLower(ch) || ch == '.' || ch == '\'' || ch == '-') {
      ++c.i;
    } else if (size_t n = WideLetterLen(c)) {
      c.i += n;
    } else {
      break;
    }
  }
  if (IsDigit(c.peek())) return 0;
  return c.i - start;
}

bool ParsePlaceDateline(Cursor c, Dateline* out) {
  Dateline r;
  size_t place_start = c.i;
  int upper = 0;
  if (CapsWord(c, &upper) == 0) return false;
  while (true) {  // more words: "NEW YORK", "LONDON/PARIS"
    Cursor t = c;
    if (t.peek() == '/' || t.peek() == ' ') ++t.i;
    else break;
    if (CapsWord(t, &upper) == 0) break;
    c = t;
  }
  if (upper < 2) return false;
  size_t place_end = c.i;
  for (int part = 0; part < 3 && c.peek() == ','; ++part) {
    Cursor t = c;
    ++t.i;
    SkipSpaces(t);
    Ymd d;
    if (ParseDate(t, false, &d)) {
      r.year = d.y, r.month = d.m, r.day = d.d;
      c = t;
      break;
    }
    if (RegionWord(t) == 0) break;
    for (int words = 1; words < 4; ++words) {  // "South Korea", "Pakistan-administered Kashmir"
      Cursor u = t;
      if (u.peek() != ' ') break;
      ++u.i;
      if (RegionWord(u) == 0) break;
      t = u;
    }
    c = t;
    place_end = c.i;
  }
  if (r.month != 0 && c.peek() == '.') {  // "MOSCOW, October 3. /TASS/."
    Cursor t = c;
    ++t.i;
    SkipSpaces(t);
    if (t.peek() == '/') {
      size_t close = t.s.find('/', t.i + 1);
      if (close != std::string_view::npos && close - t.i <= 40 && close > t.i + 1) {
        r.source.assign(t.s.substr(t.i + 1, close - t.i - 1));
        t.i = close + 1;
        if (t.peek() == '.') ++t.i;
        if (r.source.find('\n') == std::string::npos) {
          SkipSpaces(t);
          r.place.assign(c.s.substr(place_start, place_end - place_start));
          r.length = t.i;
          *out = r;
          return true;
        }
      }
    }
  }
  SkipSpaces(c);
  if (c.peek() == '(') {
    size_t close = c.s.find(')', c.i);
    if (close == std::string_view::npos || close - c.i > 60 || close == c.i + 1) return false;
    std::string_view agency = c.s.substr(c.i + 1, close - c.i - 1);
    if (agency.find_first_of("(\n") != std::string_view::npos) return false;
    r.source.assign(agency);
    c.i = close + 1;
    SkipSpaces(c);
  }
  size_t dash = DashLen(c);
  if (dash == 0) return false;
  c.i += dash;
  SkipSpaces(c);
  r.place.assign(c.s.substr(place_start, place_end - place_start));
  r.kind = Dateline::kPlace;
  r.length = c.i;
  *out = r;
  return true;
}

}  // namespace

bool ParseDateline(std::string_view text, Dateline* out) {
  Cursor c{text, 0};
  SkipSpaces(c);
  return ParseDateLine(c, out) || ParseOutletLine(c, out) || ParsePlaceDateline(c, out);
}

}  // namespace herodotus
