#include "discourse/places.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "util/ascii.h"

namespace herodotus::discourse {

namespace {

bool EndsWith(const std::string& s, const char* suf) { return s.ends_with(suf); }

// Capitalized words that are never places even when a gazetteer alias
// spells them (sentence starts, titles, calendar words).
bool StopWord(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "of",
      "and", "but", "mr", "mrs", "ms", "dr", "president", "minister", "police", "officials",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "last", "this", "next",
      "earlier", "later", "after", "before", "when", "while", "there", "his", "her", "their",
      "its", "our", "as", "for", "from", "to", "by", "with", "said", "says", "army", "union",
      "government", "north", "south", "east", "west", "central",
  };
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop);
}

// AP-style abbreviations and postal codes of US states, for "Paris, Tex."
// and "Athens, GA" (the gazetteer has the states by their names only).
const char* UsStateAbbreviation(const std::string& form) {
  struct Abbr { const char* ap; const char* postal; const char* state; };
  static const Abbr kStates[] = {
      {"ala", "AL", "Alabama"}, {"", "AK", "Alaska"}, {"ariz", "AZ", "Arizona"},
      {"ark", "AR", "Arkansas"}, {"calif", "CA", "California"}, {"colo", "CO", "Colorado"},
      {"conn", "CT", "Connecticut"}, {"del", "DE", "Delaware"}, {"fla", "FL", "Florida"},
      {"ga", "GA", "Georgia"}, {"", "HI", "Hawaii"}, {"", "ID", "Idaho"},
      {"ill", "IL", "Illinois"}, {"ind", "IN", "Indiana"}, {"", "IA", "Iowa"},
      {"kan", "KS", "Kansas"}, {"ky", "KY", "Kentucky"}, {"la", "LA", "Louisiana"},
      {"", "ME", "Maine"}, {"md", "MD", "Maryland"}, {"mass", "MA", "Massachusetts"},
      {"mich", "MI", "Michigan"}, {"minn", "MN", "Minnesota"}, {"miss", "MS", "Mississippi"},
      {"mo", "MO", "Missouri"}, {"mont", "MT", "Montana"}, {"neb", "NE", "Nebraska"},
      {"nev", "NV", "Nevada"}, {"nh", "NH", "New Hampshire"}, {"nj", "NJ", "New Jersey"},
      {"nm", "NM", "New Mexico"}, {"ny", "NY", "New York"}, {"nc", "NC", "North Carolina"},
      {"nd", "ND", "North Dakota"}, {"", "OH", "Ohio"}, {"okla", "OK", "Oklahoma"},
      {"ore", "OR", "Oregon"}, {"pa", "PA", "Pennsylvania"}, {"ri", "RI", "Rhode Island"},
      {"sc", "SC", "South Carolina"}, {"sd", "SD", "South Dakota"}, {"tenn", "TN", "Tennessee"},
      {"tex", "TX", "Texas"}, {"", "UT", "Utah"}, {"vt", "VT", "Vermont"},
      {"va", "VA", "Virginia"}, {"wash", "WA", "Washington"}, {"wva", "WV", "West Virginia"},
      {"wis", "WI", "Wisconsin"}, {"wyo", "WY", "Wyoming"}, {"", "DC", "District of Columbia"},
  };
  // A postal code is two capitals as written; an AP abbreviation is
  // capitalized, its periods optional ("Tex.", "N.Y.", "NY").
  if (form.size() == 2 && std::isupper(static_cast<unsigned char>(form[0])) &&
      std::isupper(static_cast<unsigned char>(form[1]))) {
    for (const Abbr& a : kStates) if (form == a.postal) return a.state;
  }
  if (form.empty() || !std::isupper(static_cast<unsigned char>(form[0]))) return nullptr;
  std::string w;
  for (char c : form) if (c != '.') w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Abbr& a : kStates) if (*a.ap && w == a.ap) return a.state;
  return nullptr;
}

bool Parsed(const Sentence& s) {
  for (const Token& t : s.tokens) if (t.head >= 0 && !t.upos.empty()) return true;
  return false;
}

bool NameLike(const Token& t, bool parsed) {
  if (EndsWith(t.ner, "PER")) return false;
  const bool loc = EndsWith(t.ner, "LOC") || EndsWith(t.ner, "GPE");
  // Cheap rejections first: this runs on every token of every sentence.
  if (!loc && parsed && !t.upos.empty() && t.upos != "PROPN") return false;
  if (!loc && (t.form.empty() || !std::isupper(static_cast<unsigned char>(t.form[0])))) return false;
  if (StopWord(AsciiLower(t.form))) return false;
  if (EndsWith(t.ner, "LOC") || EndsWith(t.ner, "GPE")) return true;
  if (parsed && !t.upos.empty()) return t.upos == "PROPN";
  return !t.form.empty() && std::isupper(static_cast<unsigned char>(t.form[0]));
}

bool PlaceNoun(std::string_view lw) {
  static constexpr std::string_view kNouns[] = {
      "town",   "city",     "village",  "province",   "region", "district", "capital",
      "county", "state",    "port",     "island",     "suburb", "outskirts", "area",
      "enclave", "municipality", "governorate", "prefecture", "republic", "hamlet"};
  return std::find(std::begin(kNouns), std::end(kNouns), lw) != std::end(kNouns);
}

bool Joiner(std::string_view lw) {
  return lw == "of" || lw == "the" || lw == "and" || lw == "-" || lw == "al" || lw == "el" ||
         lw == "de" || lw == "da" || lw == "du";
}

std::string Join(const Sentence& s, int first, int last) {
  std::string r;
  for (int k = first; k <= last; ++k) {
    if (k > first && s.tokens[k - 1].space_after && s.tokens[k].form != "," &&
        s.tokens[k].form != ".")
      r += ' ';
    r += s.tokens[k].form;
  }
  return r;
}

double Score(const Candidate& c, const PlaceContext* ctx) {
  const Place& p = *c.place;
  double s = std::log10(static_cast<double>(p.population) + 10.0);
  if (p.kind == Place::kCountry) s += 1.0;
  if (p.feature == "PPLC") s += 1.0;
  else if (p.feature == "PPLA") s += 0.5;
  if (p.kind == Place::kRegion) s -= 0.5;  // a town or country of the same name first
  if (c.alias) s -= 0.5;
  if (ctx && ctx->countries.count(p.country)) s += 2.0;
  return s;
}

// A region named like one of its own towns ("Basra", "New York") yields to
// the town: news names the city.
std::vector<Candidate> DropShadowedRegions(const std::vector<Candidate>& cands) {
  std::vector<Candidate> out;
  for (const Candidate& c : cands) {
    bool shadowed = false;
    if (c.place->kind == Place::kRegion) {
      for (const Candidate& t : cands) {
        if (t.place->kind == Place::kTown && t.place->country == c.place->country &&
            t.place->admin1 == c.place->name)
          shadowed = true;
      }
    }
    if (!shadowed) out.push_back(c);
  }
  return out;
}

}  // namespace

bool LocativeWord(std::string_view w) {
  return w == "in" || w == "near" || w == "at" || w == "toward" || w == "towards" ||
         w == "outside" || w == "into" || w == "inside" || w == "through" || w == "throughout" ||
         w == "across" || w == "around" || w == "within";
}

const Place* ChoosePlace(const std::vector<Candidate>& all, const PlaceContext& ctx) {
  std::vector<Candidate> cands = DropShadowedRegions(all);
  const Place* best = nullptr;
  double best_score = -1e9;
  for (const Candidate& c : cands) {
    double s = Score(c, &ctx);
    // Ties: the lower geonameid, so the answer never depends on file order.
    if (s > best_score || (s == best_score && best && c.place->geonameid < best->geonameid)) {
      best = c.place;
      best_score = s;
    }
  }
  return best;
}

std::string UnambiguousCountry(const std::vector<Candidate>& all) {
  std::vector<Candidate> cands = DropShadowedRegions(all);
  PlaceContext none;
  const Place* best = ChoosePlace(cands, none);
  if (!best) return "";
  double bs = -1e9, other = -1e9;
  for (const Candidate& c : cands) {
    double s = Score(c, nullptr);
    if (c.place->country == best->country) bs = std::max(bs, s);
    else other = std::max(other, s);
  }
  return bs - other >= 2.0 ? best->country : "";
}

std::vector<PlaceMention> FindPlaceMentions(const Gazetteer& gaz, const Sentence& s) {
  std::vector<PlaceMention> out;
  const int n = static_cast<int>(s.tokens.size());
  const bool parsed = Parsed(s);
  std::vector<std::string> lw(n);
  std::vector<char> name(n);
  for (int i = 0; i < n; ++i) {
    lw[i] = AsciiLower(s.tokens[i].form);
    name[i] = NameLike(s.tokens[i], parsed);
    // "the town of Samarra": after a place noun and "of", a capitalized word
    // names a place whatever the name tagger thought of it.
    if (!name[i] && i >= 2 && lw[i - 1] == "of" && PlaceNoun(lw[i - 2]) &&
        std::isupper(static_cast<unsigned char>(s.tokens[i].form[0])))
      name[i] = true;
  }
  // "in Basra", "in the Gaza Strip", "in southeastern Serbia", "in war-torn
  // Somalia": a locative word before the name, past "the" and up to two
  // lower-case adjectives.
  auto locative_before = [&](int first) {
    int k = first - 1;
    for (int adj = 0; adj < 2 && k >= 0 && s.tokens[k].upos == "ADJ" && !s.tokens[k].form.empty() &&
                      std::islower(static_cast<unsigned char>(s.tokens[k].form[0]));
         ++adj)
      --k;
    if (k >= 0 && lw[k] == "the") --k;
    return k >= 0 && LocativeWord(lw[k]);
  };
  for (int i = 0; i < n; ++i) {
    // "West Bank", "North Korea", "South Sudan": a capitalized compass word
    // is never a place alone, but may start one ("Bank" alone would find
    // an alias of a town in New Hampshire).
    const bool compass_start = !name[i] && i + 1 < n && name[i + 1] &&
                               std::isupper(static_cast<unsigned char>(s.tokens[i].form[0])) &&
                               (lw[i] == "north" || lw[i] == "south" || lw[i] == "east" ||
                                lw[i] == "west" || lw[i] == "central");
    if (!name[i] && !compass_start) continue;
    bool found = false;
    for (int len = std::min(6, n - i); len >= (compass_start ? 2 : 1) && !found; --len) {
      int last = i + len - 1;
      if (!name[last]) continue;
      bool ok = true;
      for (int k = i + 1; k < last; ++k) ok = ok && (name[k] || Joiner(lw[k]));
      if (!ok) continue;
      std::string text;
      for (int k = i; k <= last; ++k) {
        if (k > i) text += ' ';
        text += s.tokens[k].form;
      }
      // "the Bay of Bengal", "the Bank of England": a name of the form
      // "X of Y" the gazetteer does not know is not the place X ("Bay" is a
      // region of Somalia, "Bank" a town in New Hampshire).
      if (last + 2 < n && lw[last + 1] == "of" && name[last + 2]) continue;
      std::vector<Candidate> c = gaz.Lookup(text);
      if (c.empty()) continue;
      PlaceMention m;
      m.first = i;
      m.last = last;
      m.text = Join(s, i, last);
      m.candidates = std::move(c);
      m.locative = locative_before(i);
      out.push_back(std::move(m));
      i = last;
      found = true;
    }
    if (!found && compass_start) continue;  // try the place after the compass word
    if (!found && locative_before(i)) {
      // An unknown place: the proper-noun run after a locative word.
      int last = i;
      while (last + 1 < n && name[last + 1]) ++last;
      PlaceMention m;
      m.first = i;
      m.last = last;
      m.text = Join(s, i, last);
      m.locative = true;
      out.push_back(std::move(m));
      i = last;
    }
  }
  // "Paris, Texas": a region or country after a comma narrows the place.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    PlaceMention& a = out[k];
    const PlaceMention& b = out[k + 1];
    if (a.candidates.empty() || b.candidates.empty() || b.first != a.last + 2 ||
        s.tokens[a.last + 1].form != ",")
      continue;
    std::vector<Candidate> narrowed;
    for (const Candidate& c : a.candidates) {
      for (const Candidate& q : b.candidates) {
        if (c.place == q.place) continue;
        bool in = (q.place->kind == Place::kRegion && c.place->country == q.place->country &&
                   c.place->admin1 == q.place->name) ||
                  (q.place->kind == Place::kCountry && c.place->country == q.place->country &&
                   c.place->kind != Place::kCountry);
        if (in) { narrowed.push_back(c); break; }
      }
    }
    if (narrowed.empty()) continue;
    a.candidates = std::move(narrowed);
    a.last = b.last;
    a.text = Join(s, a.first, a.last);
    out.erase(out.begin() + static_cast<long>(k) + 1);
  }
  // "Paris, Tex.", "Athens, GA": a US state's abbreviation after a comma.
  for (size_t k = 0; k < out.size(); ++k) {
    PlaceMention& a = out[k];
    int q = a.last + 2;
    if (a.candidates.empty() || q >= n || s.tokens[a.last + 1].form != ",") continue;
    const char* state = UsStateAbbreviation(s.tokens[q].form);
    if (!state) continue;
    std::vector<Candidate> narrowed;
    for (const Candidate& c : a.candidates) {
      if (c.place->country == "USA" && c.place->kind != Place::kRegion && c.place->admin1 == state)
        narrowed.push_back(c);
    }
    if (narrowed.empty()) continue;
    // "Tex" "." split by the tokenizer: the period is the abbreviation's
    // (not after a postal code, where it ends the sentence).
    const std::string& f = s.tokens[q].form;
    if (q + 1 < n && s.tokens[q + 1].form == "." && f.back() != '.' && f.size() > 1 &&
        std::islower(static_cast<unsigned char>(f[1])))
      ++q;
    a.candidates = std::move(narrowed);
    a.last = q;
    a.text = Join(s, a.first, a.last);
    while (k + 1 < out.size() && out[k + 1].first <= a.last) out.erase(out.begin() + static_cast<long>(k) + 1);
  }
  return out;
}

}  // namespace herodotus::discourse
