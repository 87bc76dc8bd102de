// Time and place of coded events: the API the event coder calls.
//
//   auto tp = discourse::TimePlace::Load(dict_dir);   // once; reads geo/gazetteer.tsv.gz
//   discourse::ArticleContext ctx = (*tp)->Prepare(doc);  // once per article
//   (*tp)->Annotate(ctx, doc.sentences[i], trigger_token, &event);  // per event
//
// Annotate sets Event::date and date_precision (dates.h) and Event::location:
// the place attached to the trigger by a locative oblique ("in", "near",
// "at", "toward", "outside", "into", "inside") of the trigger or of its
// object (basis "attached"), else the sentence's first locative place, else
// its first place (basis "sentence"), else the dateline's place ("dateline"),
// else none. Unknown places keep their words, geonameid 0, no coordinates.
//
// A TimePlace is immutable after Load and safe from many threads; an
// ArticleContext belongs to one article and one thread, and must not outlive
// the Document it was prepared from.
#ifndef HERODOTUS_DISCOURSE_TIMEPLACE_H_
#define HERODOTUS_DISCOURSE_TIMEPLACE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "discourse/gazetteer.h"
#include "discourse/places.h"
#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/status.h"

namespace herodotus::discourse {

// The state a place of `country` belonged to on `on`: South Sudan before
// 2011-07-09 is Sudan, Eritrea before 1993-05-24 Ethiopia (the states that
// seceded from one undisputed predecessor within the news archives' span).
std::string_view CountryOn(std::string_view country, const Date& on);

struct ArticleContext {
  Date pub;
  PlaceContext places;
  std::optional<Location> dateline;                 // basis "dateline"
  const Document* doc = nullptr;
  std::vector<std::vector<PlaceMention>> mentions;  // per sentence of *doc
};

class TimePlace {
 public:
  // Reads <dict_dir>/geo/gazetteer.tsv.gz. Errors are the gazetteer's.
  static Result<std::unique_ptr<TimePlace>> Load(const std::string& dict_dir);
  explicit TimePlace(std::unique_ptr<Gazetteer> gaz) : gaz_(std::move(gaz)) {}

  ArticleContext Prepare(const Document& doc) const;
  // `sent` should be one of the prepared document's sentences (its mentions
  // are then reused); another sentence is analysed on the spot.
  void Annotate(const ArticleContext& ctx, const Sentence& sent, int trigger, Event* e) const;

  const Gazetteer& gazetteer() const { return *gaz_; }

 private:
  // `on`: the date the place is named on; a place of a state that did not
  // exist yet gets the state it was part of (Juba before July 2011: SDN).
  Location ToLocation(const PlaceMention& m, const PlaceContext& ctx, const char* basis,
                      const Date& on) const;
  std::unique_ptr<Gazetteer> gaz_;
};

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_TIMEPLACE_H_
