// The event coder with time and place: dates and locations on coded events
// (hand-parsed sentences, the project's dictionaries), and the cost of
// Prepare + Annotate relative to coding alone (printed; the acceptance
// budget is <= 10% of pipeline throughput, and coding is a fraction of it).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "coding/coder.h"
#include "coding/test_util.h"
#include "discourse/timeplace.h"
#include "util/testing.h"

namespace herodotus::discourse {
namespace {

using coding::test::Rows;

struct Dicts {
  std::unique_ptr<lexicon::CameoTable> cameo;
  std::unique_ptr<lexicon::FrameDictionary> frames;
  std::unique_ptr<lexicon::ActorDictionary> actors;
  std::unique_ptr<TimePlace> timeplace;
};

const Dicts& Shared() {
  static Dicts d = [] {
    Dicts r;
    std::string dir = herodotus::testing::SourceDir() + "/dict";
    auto cameo = lexicon::CameoTable::Load(dir + "/cameo/cameo.tsv");
    EXPECT_TRUE(cameo.ok());
    if (cameo.ok()) r.cameo = std::move(*cameo);
    auto files = lexicon::FrameDictionary::ListFiles(dir + "/frames");
    EXPECT_TRUE(files.ok());
    auto frames = lexicon::FrameDictionary::Load(*files, r.cameo.get(), nullptr, false);
    EXPECT_TRUE(frames.ok());
    if (frames.ok()) r.frames = std::move(*frames);
    auto actors = lexicon::ActorDictionary::Load(lexicon::ActorDictionary::FilesIn(dir), nullptr, false);
    EXPECT_TRUE(actors.ok());
    if (actors.ok()) r.actors = std::move(*actors);
    auto tp = TimePlace::Load(dir);
    EXPECT_TRUE(tp.ok()) << tp.status().message();
    if (tp.ok()) r.timeplace = std::move(*tp);
    return r;
  }();
  return d;
}

Document Article() {
  Document doc;
  doc.article.id = "t";
  doc.article.date = Date{2018, 10, 3};
  doc.article.dateline = "WASHINGTON";
  doc.sentences.push_back(Rows(R"(Iran Iran PROPN 2 nsubj
attacked attack VERB 0 root
Iraqi Iraqi ADJ 4 amod
forces force NOUN 2 obj
near near ADP 6 case
Basra Basra PROPN 2 obl
last last ADJ 8 amod
week week NOUN 2 obl:tmod
. . PUNCT 2 punct)"));
  return doc;
}

// One hand-parsed sentence coded with time and place.
std::vector<Event> CodeWithPlaces(const std::string& rows, Date date) {
  const Dicts& d = Shared();
  EXPECT_TRUE(d.timeplace && d.frames && d.actors && d.cameo);
  if (!d.timeplace || !d.frames || !d.actors || !d.cameo) return {};
  Document doc;
  doc.article.id = "t";
  doc.article.date = date;
  doc.sentences.push_back(Rows(rows));
  std::vector<Event> ev;
  coding::EventCoder(*d.frames, *d.actors, *d.cameo, d.timeplace.get()).Code(doc, &ev, nullptr);
  return ev;
}

TEST(CoderTimePlace, EventsGetDateAndPlace) {
  const Dicts& d = Shared();
  ASSERT_TRUE(d.timeplace && d.frames && d.actors && d.cameo);
  Document doc = Article();
  std::vector<Event> with, without;
  coding::EventCoder(*d.frames, *d.actors, *d.cameo, d.timeplace.get()).Code(doc, &with, nullptr);
  coding::EventCoder(*d.frames, *d.actors, *d.cameo).Code(doc, &without, nullptr);
  ASSERT_FALSE(with.empty());
  ASSERT_EQ(with.size(), without.size());
  const Event& e = with.front();
  EXPECT_EQ(e.date, (Date{2018, 9, 24}));
  EXPECT_EQ(e.date_precision, "week");
  ASSERT_TRUE(e.location);
  EXPECT_EQ(e.location->country, "IRQ");
  EXPECT_EQ(e.location->basis, "attached");
  // Without time and place: the publication date, no location.
  EXPECT_EQ(without.front().date, (Date{2018, 10, 3}));
  EXPECT_FALSE(without.front().location);
}

// The country that acts is not where it acts: "Israel bombed a hospital"
// happened at the dateline's place as far as the text says, and the hospital
// is nobody's named target.
TEST(CoderTimePlace, TheActingCountryIsNotThePlace) {
  std::vector<Event> ev = CodeWithPlaces(R"(Israel Israel PROPN 2 nsubj
bombed bomb VERB 0 root
a a DET 4 det
hospital hospital NOUN 2 obj
. . PUNCT 2 punct)", Date{2019, 5, 6});
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev.front().source->code, "ISR");
  EXPECT_FALSE(ev.front().location) << ev.front().location->name;
  ASSERT_TRUE(ev.front().target);
  EXPECT_EQ(ev.front().target->country, "");
}

// "A roadside bombing near Samarra killed one U.S. soldier": the bombing is
// the killing, told once; no one is named, so the bomber is of the place.
TEST(CoderTimePlace, AnAttackThatKillsIsOneEventBySomeoneOfThePlace) {
  std::vector<Event> ev = CodeWithPlaces(R"(A a DET 3 det
roadside roadside NOUN 3 compound
bombing bombing NOUN 9 nsubj
near near ADP 6 case
the the DET 6 det
town town NOUN 3 nmod
of of ADP 8 case
Samarra Samarra PROPN 6 nmod
killed kill VERB 0 root
one one NUM 12 nummod
U.S. U.S. PROPN 12 compound
soldier soldier NOUN 9 obj
. . PUNCT 9 punct)", Date{2005, 3, 6});
  int violent = 0;
  for (const Event& e : ev) {
    if (e.quad_class != 4) continue;
    ++violent;
    EXPECT_EQ(e.trigger, "killed");
    ASSERT_TRUE(e.source && e.target);
    EXPECT_EQ(e.source->country, "IRQ");
    EXPECT_EQ(e.source->code, "") << "a bomb is no one's code";
    EXPECT_EQ(e.target->code, "USAMIL");
  }
  EXPECT_EQ(violent, 1);
}

// "…killed two Iraqi policemen and three others in Baghdad": the others are
// of Iraq only by the place, which the policemen already say; one event.
TEST(CoderTimePlace, APlaceOnlyTargetYieldsToACloserOneOfItsCountry) {
  std::vector<Event> ev = CodeWithPlaces(R"(Gunmen gunman NOUN 2 nsubj
killed kill VERB 0 root
two two NUM 5 nummod
Iraqi Iraqi ADJ 5 amod
policemen policeman NOUN 2 obj
and and CCONJ 8 cc
three three NUM 8 nummod
others other NOUN 5 conj
in in ADP 10 case
Baghdad Baghdad PROPN 2 obl
. . PUNCT 2 punct)", Date{2006, 5, 6});
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_TRUE(ev[0].source && ev[0].target);
  EXPECT_EQ(ev[0].source->code, "IRQREB");
  EXPECT_EQ(ev[0].target->code, "IRQCOP");
}

TEST(CoderTimePlace, CostRelativeToCoding) {
  const Dicts& d = Shared();
  ASSERT_TRUE(d.timeplace && d.frames && d.actors && d.cameo);
  Document doc = Article();
  for (int i = 0; i < 19; ++i) doc.sentences.push_back(doc.sentences[0]);
  coding::EventCoder plain(*d.frames, *d.actors, *d.cameo);
  coding::EventCoder full(*d.frames, *d.actors, *d.cameo, d.timeplace.get());
  auto run = [&](const coding::EventCoder& c) {
    auto t0 = std::chrono::steady_clock::now();
    size_t n = 0;
    for (int rep = 0; rep < 200; ++rep) {
      std::vector<Event> ev;
      c.Code(doc, &ev, nullptr);
      n += ev.size();
    }
    EXPECT_GT(n, 0u);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  };
  run(plain);  // warm up
  double a = run(plain), b = run(full), a2 = run(plain), b2 = run(full);
  double base = std::min(a, a2), with = std::min(b, b2);
  std::printf("coder alone %.1f ms, with time+place %.1f ms (4000 sentences): +%.1f%%\n", base,
              with, 100.0 * (with - base) / base);
}

}  // namespace
}  // namespace herodotus::discourse
