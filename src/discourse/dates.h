// Event dates from the publication date and the words of the event's sentence.
//
// Finds temporal expressions ("yesterday", "on Tuesday", "last week", "on
// Oct. 1", "in March", "in 2014", "two days ago", ...) among the tokens of a
// sentence and resolves them against the publication date. Conventions
// (docs/timeplace.md):
//  - precision is "day", "week", "month" or "year"; a coarser date is its
//    first day (a week: its Monday; a month: the 1st; a year: January 1);
//  - a weekday in a past or present sentence is the most recent such day on
//    or before publication (0..6 days back: wire style names the weekday
//    instead of "today"); in a future sentence ("will meet on Tuesday",
//    "next Tuesday") the next such day on or after publication;
//  - a day or month without a year takes the publication year, the year
//    before when that would be after publication in a past sentence (the year
//    after when before publication in a future one);
//  - impossible dates ("February 30") are ignored, never an error.
// Pure functions of their arguments: thread-safe.
#ifndef HERODOTUS_DISCOURSE_DATES_H_
#define HERODOTUS_DISCOURSE_DATES_H_

#include <string>
#include <vector>

#include "herodotus/article.h"

namespace herodotus::discourse {

struct DateExpr {
  Date date;
  std::string precision;   // "day", "week", "month", "year"
  int first = 0, last = 0; // token span (inclusive) in the sentence
  int anchor = 0;          // the token the parser attaches the expression by
};

// Days since 1970-01-01 (proleptic Gregorian) and back; weekday 0 = Monday.
long DaysFromCivil(int y, int m, int d);
Date CivilFromDays(long z);
int Weekday(const Date& d);

// True when the clause of `trigger` is future tense ("will", "'ll", "shall",
// "going to" on the trigger or the verb it completes). trigger < 0 or an
// unparsed sentence: any "will"/"shall" in the sentence.
bool FutureTense(const Sentence& s, int trigger);

// Every temporal expression in the sentence, in text order. `pub` may be
// unknown: then only expressions with their own year resolve.
std::vector<DateExpr> FindDateExpressions(const Sentence& s, const Date& pub, bool future);

// The event's date: the expression attached to `trigger` (its nearest clause
// verb up the tree is the trigger), else the first in the sentence, else the
// publication date with precision "day". Returns false when none was found
// (date = pub, precision "day").
bool ResolveEventDate(const Sentence& s, int trigger, const Date& pub, Date* date,
                      std::string* precision);

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_DATES_H_
