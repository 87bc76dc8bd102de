#include "eval/event_scorer.h"

#include <gtest/gtest.h>

namespace herodotus::eval {
namespace {

GoldRecord Gold(const std::string& jsonl) {
  GoldSet set = ParseEventGold(jsonl, "t");
  EXPECT_EQ(set.records.size(), 1u) << (set.errors.empty() ? "" : set.errors[0]);
  return set.records.empty() ? GoldRecord{} : set.records[0];
}

Event Pred(const std::string& src, const std::string& tgt, const std::string& code,
           const std::string& plover = "", EventStatus status = EventStatus::kAsserted) {
  Event e;
  if (!src.empty()) e.source = ActorRef{src, src, src.substr(0, 3), {}, "", 0, 0};
  if (!tgt.empty()) e.target = ActorRef{tgt, tgt, tgt.substr(0, 3), {}, "", 0, 0};
  e.code = code;
  e.root = code.substr(0, 2);
  e.plover_event = plover;
  e.status = status;
  return e;
}

GoldEvent One(const std::string& event_json) {
  GoldRecord r = Gold(R"({"id": "r", "text": "t", "events": [)" + event_json + "]}");
  return r.events.empty() ? GoldEvent{} : r.events[0];
}

TEST(EventScorer, ActorPrefixes) {
  GoldEvent g = One(R"({"source": ["IRN"], "target": ["USA", "GBR"], "root": "11"})");
  EXPECT_TRUE(MatchesGold(g, Pred("IRNGOV", "USAMIL", "112"), ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(g, Pred("IRN", "GBR", "111"), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(g, Pred("IRQ", "USA", "112"), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(g, Pred("IRN", "", "112"), ScoreLevel::kFull, true));  // no target
  // Prefix, not substring: "IRNGOV" does not accept "IRN".
  GoldEvent gov = One(R"({"source": ["IRNGOV"], "root": "11"})");
  EXPECT_FALSE(MatchesGold(gov, Pred("IRN", "USA", "112"), ScoreLevel::kFull, true));
}

TEST(EventScorer, StarAcceptsNoneAndEmptyListDemandsNone) {
  GoldEvent star = One(R"({"source": ["*"], "target": ["UKR"], "root": "19"})");
  EXPECT_TRUE(MatchesGold(star, Pred("", "UKR", "190"), ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(star, Pred("RUSMIL", "UKR", "190"), ScoreLevel::kFull, true));
  GoldEvent none = One(R"({"source": [], "target": ["UKR"], "root": "19"})");
  EXPECT_TRUE(MatchesGold(none, Pred("", "UKR", "190"), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(none, Pred("RUS", "UKR", "190"), ScoreLevel::kFull, true));
  Event unknown = Pred("", "UKR", "190");
  unknown.source = ActorRef{"Mr. Smith", "", "", {}, "", 0, 0};  // resolved to nothing
  EXPECT_TRUE(MatchesGold(none, unknown, ScoreLevel::kFull, true));
}

TEST(EventScorer, RootAndPloverMustEachMatch) {
  GoldEvent root = One(R"({"root": ["18", "19"]})");
  EXPECT_TRUE(MatchesGold(root, Pred("A", "B", "183"), ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(root, Pred("A", "B", "190"), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(root, Pred("A", "B", "173"), ScoreLevel::kFull, true));
  GoldEvent both = One(R"({"root": "19", "plover": "ASSAULT"})");
  EXPECT_TRUE(MatchesGold(both, Pred("A", "B", "190", "ASSAULT"), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(both, Pred("A", "B", "190", "COERCE"), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(both, Pred("A", "B", "180", "ASSAULT"), ScoreLevel::kFull, true));
  GoldEvent plover = One(R"({"plover": ["ASSAULT", "FIGHT"]})");
  EXPECT_TRUE(MatchesGold(plover, Pred("A", "B", "180", "ASSAULT"), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(plover, Pred("A", "B", "180", ""), ScoreLevel::kFull, true));
  // A prediction that only gives a code gets its root from the code.
  Event code_only = Pred("A", "B", "112");
  code_only.root.clear();
  EXPECT_TRUE(MatchesGold(One(R"({"root": "11"})"), code_only, ScoreLevel::kFull, true));
}

TEST(EventScorer, Symmetric) {
  GoldEvent directed = One(R"({"source": ["FRA"], "target": ["DEU"], "root": "04"})");
  GoldEvent sym = One(R"({"source": ["FRA"], "target": ["DEU"], "root": "04", "symmetric": true})");
  Event reversed = Pred("DEU", "FRA", "040");
  EXPECT_FALSE(MatchesGold(directed, reversed, ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(sym, reversed, ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(sym, Pred("FRA", "DEU", "040"), ScoreLevel::kFull, true));
}

TEST(EventScorer, TheMirrorOfAMatchedJointActIsNoFalseAlarm) {
  GoldRecord r = Gold(R"({"id": "sym", "text": "France and Germany held talks.",)"
                      R"( "events": [{"source": ["FRA"], "target": ["DEU"], "root": "04", "symmetric": true}]})");
  EventScorer scorer;
  scorer.Add(r, {Pred("FRA", "DEU", "040"), Pred("DEU", "FRA", "040"), Pred("DEU", "FRA", "042")});
  EXPECT_EQ(scorer.report().total.tp, 1u);
  EXPECT_EQ(scorer.report().total.fp, 1u);  // the visit (042) is another event
  GoldRecord d = Gold(R"({"id": "dir", "text": "France criticized Germany.",)"
                      R"( "events": [{"source": ["FRA"], "target": ["DEU"], "root": "11"}]})");
  EventScorer directed;
  directed.Add(d, {Pred("FRA", "DEU", "111"), Pred("DEU", "FRA", "111")});
  EXPECT_EQ(directed.report().total.fp, 1u);  // a directed act has no mirror
}

TEST(EventScorer, StatusRules) {
  GoldEvent occurred = One(R"({"root": "19"})");
  EXPECT_TRUE(MatchesGold(occurred, Pred("A", "B", "190", "", EventStatus::kAsserted), ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(occurred, Pred("A", "B", "190", "", EventStatus::kAttributed), ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(occurred, Pred("A", "B", "190", "", EventStatus::kAlleged), ScoreLevel::kFull, true));
  for (EventStatus s : {EventStatus::kDenied, EventStatus::kNegated, EventStatus::kHypothetical})
    EXPECT_FALSE(MatchesGold(occurred, Pred("A", "B", "190", "", s), ScoreLevel::kFull, true));

  GoldEvent alleged = One(R"({"root": "19", "status": ["alleged"]})");
  EXPECT_TRUE(MatchesGold(alleged, Pred("A", "B", "190", "", EventStatus::kAlleged), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(alleged, Pred("A", "B", "190", "", EventStatus::kAsserted), ScoreLevel::kFull, true));
  // Without status checking (confusion table) the status is ignored.
  EXPECT_TRUE(MatchesGold(alleged, Pred("A", "B", "190", "", EventStatus::kAsserted), ScoreLevel::kFull, false));

  // A non-occurrence status matches only when the gold names it.
  GoldEvent hypo = One(R"({"root": "04", "status": ["hypothetical"]})");
  EXPECT_TRUE(MatchesGold(hypo, Pred("A", "B", "042", "", EventStatus::kHypothetical), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(hypo, Pred("A", "B", "042", "", EventStatus::kNegated), ScoreLevel::kFull, true));
  EXPECT_FALSE(MatchesGold(hypo, Pred("A", "B", "042", "", EventStatus::kAsserted), ScoreLevel::kFull, true));
}

TEST(EventScorer, SourceOfClaim) {
  GoldEvent g = One(R"({"source": ["IRN"], "root": "19", "status": "alleged", "source_of_claim": ["USA"]})");
  Event e = Pred("IRNMIL", "IRQ", "190", "", EventStatus::kAlleged);
  EXPECT_FALSE(MatchesGold(g, e, ScoreLevel::kFull, true));  // no claimant
  e.source_of_claim = ActorRef{"Pompeo", "USAGOV", "USA", {"GOV"}, "", 0, 0};
  EXPECT_TRUE(MatchesGold(g, e, ScoreLevel::kFull, true));
  e.source_of_claim->code = "IRQGOV";
  EXPECT_FALSE(MatchesGold(g, e, ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(g, e, ScoreLevel::kDyad, true));  // claimant ignored at dyad level
}

TEST(EventScorer, ForbiddenTripsOnlyOnOccurrenceClaims) {
  GoldEvent trap = One(R"({"source": ["RUS"], "target": ["UKR"], "root": "19"})");
  EXPECT_TRUE(TripsForbidden(trap, Pred("RUSMIL", "UKR", "190"), ScoreLevel::kFull));
  EXPECT_TRUE(TripsForbidden(trap, Pred("RUSMIL", "UKR", "190", "", EventStatus::kAlleged), ScoreLevel::kFull));
  for (EventStatus s : {EventStatus::kDenied, EventStatus::kNegated, EventStatus::kHypothetical})
    EXPECT_FALSE(TripsForbidden(trap, Pred("RUSMIL", "UKR", "190", "", s), ScoreLevel::kFull));
  EXPECT_FALSE(TripsForbidden(trap, Pred("UKR", "RUS", "190"), ScoreLevel::kFull));
  // A forbidden entry with its own status list trips only on those.
  GoldEvent as_fact = One(R"({"source": ["IRN"], "root": "19", "status": ["asserted", "attributed"]})");
  EXPECT_TRUE(TripsForbidden(as_fact, Pred("IRN", "USA", "190"), ScoreLevel::kFull));
  EXPECT_FALSE(TripsForbidden(as_fact, Pred("IRN", "USA", "190", "", EventStatus::kAlleged), ScoreLevel::kFull));
}

TEST(EventScorer, CountsPrecisionRecallAndTraps) {
  GoldRecord r = Gold(
      R"({"id": "trap-deny-01", "text": "Russia denied that its troops crossed into Ukraine.",)"
      R"( "events": [{"source": ["RUS"], "root": "01"}],)"
      R"( "forbidden": [{"source": ["RUS"], "target": ["UKR"], "root": ["15", "19"]}]})");
  EventScorer scorer;
  scorer.Add(r, {Pred("RUSGOV", "", "016"), Pred("RUSMIL", "UKR", "190", "", EventStatus::kDenied)});
  EXPECT_EQ(scorer.report().total.tp, 1u);
  EXPECT_EQ(scorer.report().total.fp, 0u);
  EXPECT_EQ(scorer.report().unscored, 1u);
  EXPECT_EQ(scorer.report().trap_failures, 0u);

  EventScorer bad;
  bad.Add(r, {Pred("RUSMIL", "UKR", "190")});
  const EventScoreReport& rep = bad.report();
  EXPECT_EQ(rep.total.tp, 0u);
  EXPECT_EQ(rep.total.fp, 1u);
  EXPECT_EQ(rep.total.fn, 1u);
  EXPECT_EQ(rep.trap_failures, 1u);
  ASSERT_EQ(rep.trap_records.size(), 1u);
  EXPECT_EQ(rep.trap_records[0], "trap-deny-01");
  EXPECT_EQ(rep.per_root.at("01").fn, 1u);
  EXPECT_EQ(rep.per_root.at("19").fp, 1u);
  std::string text = FormatEventReport(rep, true);
  EXPECT_NE(text.find("trap failures: 1 of 1 forbidden entries in trap-deny-01"), std::string::npos) << text;
  EXPECT_NE(text.find("[miss] trap-deny-01"), std::string::npos);
  EXPECT_NE(text.find("[false alarm] trap-deny-01"), std::string::npos);
  EXPECT_NE(text.find("[trap] trap-deny-01"), std::string::npos);
}

TEST(EventScorer, OneToOneMatching) {
  // Two identical gold events need two predictions.
  GoldRecord two = Gold(R"({"id": "r", "text": "t", "events": [{"root": "19"}, {"root": "19"}]})");
  EventScorer a;
  a.Add(two, {Pred("A", "B", "190")});
  EXPECT_EQ(a.report().total.tp, 1u);
  EXPECT_EQ(a.report().total.fn, 1u);
  // One gold event cannot absorb two predictions.
  GoldRecord one = Gold(R"({"id": "r", "text": "t", "events": [{"root": "19"}]})");
  EventScorer b;
  b.Add(one, {Pred("A", "B", "190"), Pred("A", "B", "193")});
  EXPECT_EQ(b.report().total.tp, 1u);
  EXPECT_EQ(b.report().total.fp, 1u);
}

TEST(EventScorer, MatchingIsMaximalNotGreedy) {
  // Gold 0 accepts both predictions, gold 1 only the first: a greedy pass in
  // order would give gold 0 the first and leave gold 1 unmatched.
  GoldRecord r = Gold(
      R"({"id": "r", "text": "t", "events": [{"root": ["18", "19"]}, {"root": "19"}]})");
  EventScorer s;
  s.Add(r, {Pred("A", "B", "190"), Pred("A", "B", "180")});
  EXPECT_EQ(s.report().total.tp, 2u);
  EXPECT_EQ(s.report().total.fn, 0u);
  EXPECT_EQ(s.report().total.fp, 0u);
}

TEST(EventScorer, DyadLevel) {
  GoldEvent g = One(R"({"source": ["USAGOV"], "target": ["IRN"], "root": "11", "plover": "ACCUSE",)"
                    R"( "status": ["alleged"]})");
  Event e = Pred("USAMIL", "IRNGOV", "111", "ACCUSE", EventStatus::kAsserted);
  EXPECT_FALSE(MatchesGold(g, e, ScoreLevel::kFull, true));
  EXPECT_TRUE(MatchesGold(g, e, ScoreLevel::kDyad, true));
  e.code = "190";  // root differs but PLOVER decides at the dyad level
  e.root = "19";
  EXPECT_TRUE(MatchesGold(g, e, ScoreLevel::kDyad, true));
  e.plover_event = "ASSAULT";
  EXPECT_FALSE(MatchesGold(g, e, ScoreLevel::kDyad, true));
  // The occurrence class still has to agree.
  Event hypo = Pred("USA", "IRN", "111", "ACCUSE", EventStatus::kHypothetical);
  EXPECT_FALSE(MatchesGold(g, hypo, ScoreLevel::kDyad, true));
  // Without a PLOVER type in the gold, the root decides.
  GoldEvent root_only = One(R"({"source": ["USA"], "root": "11"})");
  EXPECT_TRUE(MatchesGold(root_only, Pred("USAGOV", "IRN", "112"), ScoreLevel::kDyad, true));
  EXPECT_FALSE(MatchesGold(root_only, Pred("USAGOV", "IRN", "190"), ScoreLevel::kDyad, true));
}

TEST(EventScorer, StatusConfusion) {
  GoldRecord r = Gold(
      R"({"id": "r", "text": "t", "events": [{"root": "19", "status": ["alleged"]}, {"root": "04"}]})");
  EventScorer s;
  s.Add(r, {Pred("A", "B", "190", "", EventStatus::kAsserted)});
  const auto& conf = s.report().status_confusion;
  EXPECT_EQ(conf.at("alleged").at("asserted"), 1u);
  EXPECT_EQ(conf.at("occurred").at("(none)"), 1u);
}

}  // namespace
}  // namespace herodotus::eval

#include "eval/event_run.h"

namespace herodotus::eval {
namespace {

TEST(EventRun, ScoresBothLevelsAndSkipsBadRecords) {
  GoldSet gold = ParseEventGold(
      "{\"id\": \"a\", \"text\": \"France met Germany.\", \"events\": [{\"source\": [\"FRAGOV\"], "
      "\"target\": [\"DEU\"], \"root\": \"04\", \"plover\": \"CONSULT\"}]}\n"
      "{\"id\": \"b\", \"text\": \"too long\"}\n",
      "g");
  ASSERT_EQ(gold.records.size(), 2u);
  CodeFn code = [](const Article& a, std::vector<Event>* out) {
    if (a.id == "b") return Status::BadInput("too long");
    out->push_back(Pred("FRAMIL", "DEU", "040", "CONSULT"));
    return Status::Ok();
  };
  Result<EventEvalResult> r = RunEventEval(gold, code, true);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->coded, 1u);
  EXPECT_EQ(r->skipped, 1u);
  EXPECT_EQ(r->errors[0], "g:2: b: too long");
  EXPECT_EQ(r->full.total.tp, 0u);  // FRAMIL is not a FRAGOV
  EXPECT_EQ(r->dyad.total.tp, 1u);  // but FRA is FRA
}

TEST(EventRun, UnsupportedCoderStopsTheRun) {
  GoldSet gold = ParseEventGold("{\"id\": \"a\", \"text\": \"t\"}\n", "g");
  Result<EventEvalResult> r = RunEventEval(
      gold, [](const Article&, std::vector<Event>*) { return Status::Unsupported("no event coder loaded"); },
      true);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
}

}  // namespace
}  // namespace herodotus::eval
