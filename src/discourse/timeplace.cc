#include "discourse/timeplace.h"

#include <cctype>

#include "discourse/dates.h"
#include "util/ascii.h"

namespace herodotus::discourse {

namespace {

bool Parsed(const Sentence& s) {
  for (const Token& t : s.tokens) if (t.head >= 0 && !t.upos.empty()) return true;
  return false;
}

bool InSubtree(const Sentence& s, int t, int root) {
  const int n = static_cast<int>(s.tokens.size());
  for (int steps = 0; t >= 0 && t < n && steps <= n; ++steps) {
    if (t == root) return true;
    t = s.tokens[t].head - 1;
  }
  return false;
}

bool HasLocativeCase(const Sentence& s, int k) {
  for (const Token& t : s.tokens) {
    if (t.head != k + 1) continue;
    const std::string_view d = t.deprel;
    if ((d == "case" || d == "mark" || d == "advmod") && LocativeWord(AsciiLower(t.form))) return true;
  }
  return false;
}

// The mention's head: its first token whose head lies outside the span.
int MentionHead(const Sentence& s, const PlaceMention& m) {
  for (int k = m.first; k <= m.last; ++k) {
    int h = s.tokens[k].head - 1;
    if (h < m.first || h > m.last) return k;
  }
  return m.first;
}

}  // namespace

Result<std::unique_ptr<TimePlace>> TimePlace::Load(const std::string& dict_dir) {
  auto gaz = Gazetteer::Load(dict_dir + "/geo/gazetteer.tsv.gz");
  if (!gaz.ok()) return gaz.status();
  return std::make_unique<TimePlace>(std::move(*gaz));
}

std::string_view CountryOn(std::string_view country, const Date& on) {
  struct Succession {
    std::string_view country, before;
    Date since;
  };
  static constexpr Succession kSuccessions[] = {
      {"SSD", "SDN", {2011, 7, 9}},  // South Sudan
      {"ERI", "ETH", {1993, 5, 24}},  // Eritrea
  };
  if (!on.known()) return country;
  for (const Succession& s : kSuccessions) {
    if (country == s.country && DaysFromCivil(on.year, on.month, on.day) <
                                    DaysFromCivil(s.since.year, s.since.month, s.since.day))
      return s.before;
  }
  return country;
}

Location TimePlace::ToLocation(const PlaceMention& m, const PlaceContext& ctx,
                               const char* basis, const Date& on) const {
  Location loc;
  loc.basis = basis;
  const Place* p = ChoosePlace(m.candidates, ctx);
  if (!p) {
    loc.name = m.text;
    return loc;
  }
  loc.name = p->name;
  loc.admin1 = p->kind == Place::kCountry ? "" : p->admin1;
  loc.country = CountryOn(p->country, on);
  loc.geonameid = p->geonameid;
  loc.has_coordinates = p->has_coordinates;
  if (p->has_coordinates) {
    loc.lat = p->lat;
    loc.lon = p->lon;
  }
  return loc;
}

ArticleContext TimePlace::Prepare(const Document& doc) const {
  ArticleContext ctx;
  ctx.doc = &doc;
  ctx.pub = doc.article.date;
  ctx.mentions.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    ctx.mentions.push_back(FindPlaceMentions(*gaz_, s));
    for (const PlaceMention& m : ctx.mentions.back()) {
      std::string c = UnambiguousCountry(m.candidates);
      if (!c.empty()) ctx.places.countries.insert(c);
    }
  }
  if (!doc.article.dateline.empty()) {
    PlaceMention m;
    m.text = doc.article.dateline;
    m.candidates = gaz_->Lookup(doc.article.dateline);
    PlaceContext none;
    if (const Place* p = ChoosePlace(m.candidates, none)) {
      ctx.places.dateline_country = p->country;
      ctx.places.countries.insert(p->country);
    }
    ctx.dateline = ToLocation(m, ctx.places, "dateline", ctx.pub);
  }
  return ctx;
}

void TimePlace::Annotate(const ArticleContext& ctx, const Sentence& sent, int trigger,
                         Event* e) const {
  ResolveEventDate(sent, trigger, ctx.pub, &e->date, &e->date_precision);

  std::vector<PlaceMention> local;
  const std::vector<PlaceMention>* mentions = nullptr;
  if (ctx.doc && !ctx.doc->sentences.empty() && &sent >= ctx.doc->sentences.data() &&
      &sent < ctx.doc->sentences.data() + ctx.doc->sentences.size()) {
    mentions = &ctx.mentions[static_cast<size_t>(&sent - ctx.doc->sentences.data())];
  } else {
    local = FindPlaceMentions(*gaz_, sent);
    mentions = &local;
  }
  const int n = static_cast<int>(sent.tokens.size());
  const bool parsed = Parsed(sent);

  // 1. A locative oblique of the trigger or of its object.
  if (parsed && trigger >= 0 && trigger < n) {
    std::vector<int> roots = {trigger};
    // "marched through Caracas to protest …", "drove into Gaza, firing …":
    // the act a purpose or manner clause belongs to happens where it does.
    const std::string& td = sent.tokens[trigger].deprel;
    const int th = sent.tokens[trigger].head - 1;
    if ((td == "advcl" || td == "xcomp") && th >= 0 && th < n) roots.push_back(th);
    for (int k = 0; k < n; ++k) {
      // "troops shelled villages near Basra", "a bombing near Samarra killed …"
      const std::string& d = sent.tokens[k].deprel;
      if (sent.tokens[k].head == trigger + 1 && (d.starts_with("obj") || d.starts_with("nsubj")))
        roots.push_back(k);
    }
    for (int k = 0; k < n; ++k) {
      bool child = false;
      for (int r : roots) child = child || sent.tokens[k].head == r + 1;
      const std::string& d = sent.tokens[k].deprel;
      if (!child || !(d.starts_with("obl") || d.starts_with("nmod") || d.starts_with("advmod")))
        continue;
      if (!HasLocativeCase(sent, k)) continue;
      for (const PlaceMention& m : *mentions) {
        if (InSubtree(sent, MentionHead(sent, m), k)) {
          e->location = ToLocation(m, ctx.places, "attached", ctx.pub);
          return;
        }
      }
    }
  }
  // 2. The sentence's first locative place, else its first known place that
  //    is not a modifier of another noun ("U.S. troops").
  // "…killing about 20 people, relief officials in Nairobi said": a place in
  // the subject of another verb (here the reporting verb) says where that
  // subject is, not where the event happened.
  const auto in_other_subject = [&](const PlaceMention& m) {
    if (!parsed) return false;
    const int n_tok = static_cast<int>(sent.tokens.size());
    int k = MentionHead(sent, m);
    for (int steps = 0; k >= 0 && k < n_tok && steps <= n_tok; ++steps) {
      const Token& t = sent.tokens[k];
      if (t.deprel.starts_with("nsubj")) return t.head - 1 != trigger;
      k = t.head - 1;
    }
    return false;
  };
  for (const PlaceMention& m : *mentions) {
    if (m.locative && !in_other_subject(m)) {
      e->location = ToLocation(m, ctx.places, "sentence", ctx.pub);
      return;
    }
  }
  for (const PlaceMention& m : *mentions) {
    if (m.candidates.empty()) continue;
    if (parsed) {
      const std::string& d = sent.tokens[MentionHead(sent, m)].deprel;
      if (d == "compound" || d == "amod" || d == "nmod:poss") continue;
      // "Israel bombed a hospital": the country that acts is the actor, not the place.
      if (d == "nsubj" || in_other_subject(m)) continue;
    }
    e->location = ToLocation(m, ctx.places, "sentence", ctx.pub);
    return;
  }
  // 3. The dateline.
  if (ctx.dateline) e->location = *ctx.dateline;
}

}  // namespace herodotus::discourse
