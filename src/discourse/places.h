// Place mentions in a sentence and their resolution to gazetteer entries.
//
// A mention is a run of proper-noun tokens (UPOS PROPN; NER LOC/GPE tags when
// present; capitalized words when the sentence is not parsed) that names a
// gazetteer entry, longest first ("New York City" before "York"), or the
// proper noun of a locative oblique ("in Xyzville") that names none (an
// unknown place: no candidates). "Paris, Texas": a following region or
// country after a comma narrows the candidates and joins the mention.
// Resolution scores candidates by population, kind (country, capital) and
// the article's context (countries named unambiguously in the article and
// the dateline's country). Pure functions over an immutable gazetteer:
// thread-safe.
#ifndef HERODOTUS_DISCOURSE_PLACES_H_
#define HERODOTUS_DISCOURSE_PLACES_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "discourse/gazetteer.h"
#include "herodotus/article.h"

namespace herodotus::discourse {

struct PlaceMention {
  int first = 0, last = 0;            // token span (inclusive), qualifier included
  std::string text;                   // the words as written ("Paris, Texas")
  std::vector<Candidate> candidates;  // empty: unknown place
  bool locative = false;              // after in/near/at/toward/outside/into
};

// The countries the article talks about (ISO3), the dateline's among them.
struct PlaceContext {
  std::set<std::string> countries;
  std::string dateline_country;
};

// Every place mention of the sentence, in text order.
std::vector<PlaceMention> FindPlaceMentions(const Gazetteer& gaz, const Sentence& s);

// The best candidate given the context, or null (no candidates).
const Place* ChoosePlace(const std::vector<Candidate>& cands, const PlaceContext& ctx);

// The country a mention names without doubt (the best candidate beats every
// candidate of another country by 2 points of score, i.e. a hundredfold
// population), or "". "Georgia" (country or US state) names none.
std::string UnambiguousCountry(const std::vector<Candidate>& cands);

// True for "in", "near", "at", "toward(s)", "outside", "into", "inside".
bool LocativeWord(std::string_view lower_form);

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_PLACES_H_
