#include "discourse/dates.h"

#include <cctype>
#include <cstdlib>
#include <string_view>

#include "util/ascii.h"

namespace herodotus::discourse {

// Howard Hinnant's days_from_civil / civil_from_days (public domain
// algorithms): exact for the proleptic Gregorian calendar.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Date r;
  r.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  r.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  r.year = static_cast<int>(yoe + era * 400 + (r.month <= 2));
  return r;
}

int Weekday(const Date& d) {
  long z = DaysFromCivil(d.year, d.month, d.day);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z + 3) % 7 + 7) % 7);
}

namespace {

bool Parsed(const Sentence& s) {
  for (const Token& t : s.tokens) if (t.head >= 0) return true;
  return false;
}

// The word tests below take string_view and compare with string_view
// constants: a length check first, where std::string == "literal" always
// calls memcmp, once per word for every event's sentence.
int MonthOf(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  static constexpr std::string_view kFull[] = {"january", "february", "march", "april",
                                               "may", "june", "july", "august",
                                               "september", "october", "november", "december"};
  static constexpr std::string_view kAbbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i) {
    if (w == kFull[i] || w == kAbbr[i]) return i + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

int WeekdayOf(std::string_view w) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) if (w == kDays[i]) return i;
  return -1;
}

int NumberOf(std::string_view w) {
  static constexpr std::string_view kWords[] = {"zero", "one", "two", "three", "four",
                                                "five", "six", "seven", "eight", "nine",
                                                "ten", "eleven", "twelve"};
  for (int i = 0; i < 13; ++i) if (w == kWords[i]) return i;
  if (w == "a" || w == "an") return 1;
  if (w.empty() || w.size() > 4) return -1;
  int n = 0;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// "1", "1st", "22nd" → day of month, else 0.
int DayOf(std::string_view w) {
  for (std::string_view suf : {"st", "nd", "rd", "th"}) {
    if (w.size() > 2 && w.ends_with(suf)) { w.remove_suffix(2); break; }
  }
  int n = NumberOf(w);
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return 0;
  return (n >= 1 && n <= 31) ? n : 0;
}

// One or two digits, with or without an ordinal suffix: where a day of the
// month is written, whether or not the day exists ("October 32").
bool DayShaped(std::string_view w) {
  for (std::string_view suf : {"st", "nd", "rd", "th"}) {
    if (w.size() > 2 && w.ends_with(suf)) { w.remove_suffix(2); break; }
  }
  if (w.empty() || w.size() > 2) return false;
  for (char c : w) if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int YearOf(std::string_view w) {
  if (w.size() != 4) return 0;
  int n = NumberOf(w);
  return (n >= 1800 && n <= 2200) ? n : 0;
}

bool Capitalized(const std::string& f) {
  return !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
}

Date AddDays(const Date& d, long n) { return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + n); }
Date Monday(const Date& d) { return AddDays(d, -Weekday(d)); }
Date AddMonths(const Date& d, int n) {
  int m = d.year * 12 + (d.month - 1) + n;
  return Date{m / 12, m % 12 + 1, 1};
}

}  // namespace

bool FutureTense(const Sentence& s, int trigger) {
  auto is_will = [](const Token& t) {
    std::string w = AsciiLower(t.form);
    return w == "will" || w == "'ll" || w == "shall" || w == "wo";
  };
  const int n = static_cast<int>(s.tokens.size());
  if (trigger < 0 || trigger >= n || !Parsed(s)) {
    for (int i = 0; i < n; ++i) {
      if (is_will(s.tokens[i])) return true;
      if (i + 1 < n && AsciiLower(s.tokens[i].form) == "going" && AsciiLower(s.tokens[i + 1].form) == "to")
        return true;
    }
    return false;
  }
  // The trigger, then up through xcomp ("plans to meet", "is going to meet").
  int t = trigger;
  for (int hop = 0; hop < 3 && t >= 0; ++hop) {
    for (int i = 0; i < n; ++i) {
      const Token& k = s.tokens[i];
      if (k.head == t + 1 && k.deprel.starts_with("aux") && is_will(k)) return true;
    }
    if (AsciiLower(s.tokens[t].form) == "going" && hop > 0) return true;
    if (!s.tokens[t].deprel.starts_with("xcomp")) break;
    t = s.tokens[t].head - 1;
  }
  return false;
}

std::vector<DateExpr> FindDateExpressions(const Sentence& s, const Date& pub, bool future) {
  std::vector<DateExpr> out;
  const int n = static_cast<int>(s.tokens.size());
  std::vector<std::string> w(n);
  for (int i = 0; i < n; ++i) w[i] = AsciiLower(s.tokens[i].form);
  auto at = [&](int i) -> std::string_view { return (i >= 0 && i < n) ? w[i] : std::string_view(); };
  const bool have_pub = pub.known() && Date::Valid(pub.year, pub.month, pub.day);
  auto emit = [&](const Date& d, const char* prec, int first, int last) {
    if (!Date::Valid(d.year, d.month, d.day)) return;
    DateExpr e{d, prec, first, last, first};
    // The anchor: the first token of the span whose head lies outside it.
    for (int k = first; k <= last; ++k) {
      int h = s.tokens[k].head - 1;
      if (h < first || h > last) { e.anchor = k; break; }
    }
    out.push_back(e);
  };
  // A day/month with no year: the publication year, shifted by the tense.
  auto place_year = [&](int month, int day, bool past_only, bool future_only) -> Date {
    Date d{pub.year, month, day == 0 ? 1 : day};
    if (!Date::Valid(d.year, d.month, d.day)) return Date{};
    long dd = DaysFromCivil(d.year, d.month, d.day), pd = DaysFromCivil(pub.year, pub.month, pub.day);
    if (day == 0) pd = DaysFromCivil(pub.year, pub.month, 1);
    bool fut = future_only || (future && !past_only);
    if (!fut && dd > pd) d.year -= 1;
    if (fut && dd < pd) d.year += 1;
    if (!Date::Valid(d.year, d.month, d.day)) return Date{};
    return d;
  };

  for (int i = 0; i < n; ++i) {
    const std::string_view x = w[i];
    // Cheap rejection: every expression starts with a capital, a digit or
    // one of these words.
    const char c0 = s.tokens[i].form.empty() ? ' ' : s.tokens[i].form[0];
    if (!std::isupper(static_cast<unsigned char>(c0)) && !std::isdigit(static_cast<unsigned char>(c0)) &&
        x != "today" && x != "tonight" && x != "yesterday" && x != "tomorrow" && x != "last" &&
        x != "this" && x != "next" && x != "past" && x != "ago" && x != "earlier" && x != "a" &&
        x != "an" && NumberOf(x) < 0)
      continue;
    // An ISO date "2018-09-30" is unambiguous (numeric day/month orders such
    // as "03/04/2018" are not, and are never read). The tokenizer may split
    // it ("2018-09" "-" "30"): glue tokens written without spaces.
    if (x.size() >= 4 && x.size() <= 10 && std::isdigit(static_cast<unsigned char>(x[0])) &&
        YearOf(x.substr(0, 4))) {
      std::string iso(x);
      int last = i;
      while (iso.size() < 10 && last + 1 < n && !s.tokens[last].space_after) iso += w[++last];
      Date d;
      if (iso.size() == 10 && Date::Parse(iso, &d)) {
        emit(d, "day", i, last);
        i = last;
        continue;
      }
    }
    if (have_pub && (x == "today" || x == "tonight")) { emit(pub, "day", i, i); continue; }
    if (have_pub && x == "yesterday") { emit(AddDays(pub, -1), "day", i, i); continue; }
    if (have_pub && x == "tomorrow") { emit(AddDays(pub, 1), "day", i, i); continue; }

    // "last/this/next/past week|month|year|weekend|<weekday>", "earlier this month".
    if (have_pub && (x == "last" || x == "this" || x == "next" || x == "past")) {
      const std::string_view u = at(i + 1);
      int first = i;
      if (x == "this" && (at(i - 1) == "earlier" || at(i - 1) == "later")) first = i - 1;
      int dir = x == "next" ? 1 : (x == "this" ? 0 : -1);
      if (x == "this" && at(i - 1) == "earlier") dir = 0;
      if (u == "week") { emit(Monday(AddDays(pub, 7L * dir)), "week", first, i + 1); ++i; continue; }
      if (u == "month") { emit(AddMonths(Date{pub.year, pub.month, 1}, dir), "month", first, i + 1); ++i; continue; }
      if (u == "year") { emit(Date{pub.year + dir, 1, 1}, "year", first, i + 1); ++i; continue; }
      if (u == "weekend") {
        int back = (Weekday(pub) - 5 + 7) % 7;  // days since the last Saturday
        if (dir < 0 && back < 2) back += 7;
        Date sat = dir > 0 ? AddDays(pub, (5 - Weekday(pub) + 7) % 7) : AddDays(pub, -back);
        emit(Monday(sat), "week", first, i + 1);
        ++i;
        continue;
      }
      int wd = WeekdayOf(u);
      if (wd >= 0 && x != "past") {
        int p = Weekday(pub);
        long off;
        if (x == "last") off = -(((p - wd) + 7) % 7 == 0 ? 7 : ((p - wd) + 7) % 7);
        else if (x == "next") off = ((wd - p) + 7) % 7 == 0 ? 7 : ((wd - p) + 7) % 7;
        else off = future ? ((wd - p) + 7) % 7 : -(((p - wd) + 7) % 7);
        emit(AddDays(pub, off), "day", i, i + 1);
        ++i;
        continue;
      }
      int mo = MonthOf(u);
      if (mo && Capitalized(s.tokens[i + 1].form) && x != "past") {
        Date d = place_year(mo, 0, x == "last", x == "next");
        if (x == "last" && d.known() && d.year == pub.year && mo >= pub.month) d.year -= 1;
        if (d.known()) emit(d, "month", i, i + 1);
        ++i;
        continue;
      }
    }
    if (have_pub && x == "earlier" && at(i + 1) == "this") continue;  // handled at "this"

    // "<N> days|weeks|months|years ago".
    if (have_pub && x == "ago" && i >= 2) {
      int num = NumberOf(w[i - 2]);
      std::string u = w[i - 1];
      if (u.ends_with("s")) u.pop_back();
      if (num >= 0 && num < 1000) {
        if (u == "day") emit(AddDays(pub, -num), "day", i - 2, i);
        else if (u == "week") emit(Monday(AddDays(pub, -7L * num)), "week", i - 2, i);
        else if (u == "month") emit(AddMonths(Date{pub.year, pub.month, 1}, -num), "month", i - 2, i);
        else if (u == "year") emit(Date{pub.year - num, 1, 1}, "year", i - 2, i);
      }
      continue;
    }

    // A bare weekday.
    int wd = WeekdayOf(x);
    if (have_pub && wd >= 0 && Capitalized(s.tokens[i].form)) {
      // "Monday, Oct. 1" — the explicit date that follows wins.
      int j = i + 1;
      if (at(j) == ",") ++j;
      if (MonthOf(at(j)) && Capitalized(s.tokens[j].form)) continue;
      int p = Weekday(pub);
      long off = future ? ((wd - p) + 7) % 7 : -(((p - wd) + 7) % 7);
      emit(AddDays(pub, off), "day", i, i);
      continue;
    }

    // Month names: "Oct. 1", "October 1, 2017", "1 October", "March 2014", "in March".
    int mo = MonthOf(x);
    if (mo && Capitalized(s.tokens[i].form)) {
      int j = i + 1;
      if (at(j) == ".") ++j;
      int day = DayOf(at(j));
      // "October 32", "Oct. 0": an impossible date is dropped whole, not
      // read as the month alone (a precision the text does not give).
      if (!day && DayShaped(at(j))) { i = j; continue; }
      int day_before = DayOf(at(i - 1));
      if (x == "may" || x == "march") {
        // Also words: only with a day, a year, or a preposition before.
        const std::string_view b = at(i - 1);
        bool ok = day || day_before || YearOf(at(j)) || b == "in" || b == "since" || b == "during" ||
                  b == "of" || b == "early" || b == "late" || b == "mid" || b == "until";
        if (!ok) continue;
      }
      if (day) {
        int k = j + 1;
        if (at(k) == ",") ++k;
        int y = YearOf(at(k));
        if (y) {
          if (Date::Valid(y, mo, day)) emit(Date{y, mo, day}, "day", i, k);
          i = k;
        } else if (have_pub) {
          Date d = place_year(mo, day, false, false);
          if (d.known()) emit(d, "day", i, j);
          i = j;
        }
        continue;
      }
      if (day_before) {
        int y = YearOf(at(i + 1));
        if (y) {
          if (Date::Valid(y, mo, day_before)) emit(Date{y, mo, day_before}, "day", i - 1, i + 1);
          ++i;
        } else if (have_pub) {
          Date d = place_year(mo, day_before, false, false);
          if (d.known()) emit(d, "day", i - 1, i);
        }
        continue;
      }
      int y = YearOf(at(j));
      if (y) { emit(Date{y, mo, 1}, "month", i, j); i = j; continue; }
      if (have_pub) {
        Date d = place_year(mo, 0, false, false);
        if (d.known()) emit(d, "month", i, i);
      }
      continue;
    }

    // "in 2014", "since 2011".
    int y = YearOf(x);
    if (y) {
      const std::string_view b = at(i - 1);
      if (b == "in" || b == "since" || b == "during" || b == "until" || b == "by" || b == "of")
        emit(Date{y, 1, 1}, "year", i, i);
    }
  }
  return out;
}

bool ResolveEventDate(const Sentence& s, int trigger, const Date& pub, Date* date,
                      std::string* precision) {
  *date = pub;
  *precision = "day";
  std::vector<DateExpr> exprs = FindDateExpressions(s, pub, FutureTense(s, trigger));
  if (exprs.empty()) return false;
  const DateExpr* pick = &exprs.front();
  const int n = static_cast<int>(s.tokens.size());
  if (trigger >= 0 && trigger < n && Parsed(s)) {
    for (const DateExpr& e : exprs) {
      // Up from the anchor to the nearest clause verb: is it the trigger?
      int cur = s.tokens[e.anchor].head - 1;
      bool attached = false;
      for (int steps = 0; cur >= 0 && cur < n && steps < n; ++steps) {
        if (cur == trigger) { attached = true; break; }
        const std::string_view u = s.tokens[cur].upos;
        if (u == "VERB" || u == "AUX") break;
        cur = s.tokens[cur].head - 1;
      }
      if (attached) { pick = &e; break; }
    }
  }
  *date = pick->date;
  *precision = pick->precision;
  return true;
}

}  // namespace herodotus::discourse
