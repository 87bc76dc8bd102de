#include "coding/attribution.h"

#include <algorithm>
#include <array>

namespace herodotus::coding {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

constexpr std::array<std::string_view, 26> kReport = {
    "say", "tell", "state", "announce", "report", "confirm", "add", "note", "explain",
    "stress", "write", "tweet", "declare", "disclose", "reveal", "acknowledge", "admit",
    "indicate", "testify", "describe", "quote", "according", "publish", "post", "reiterate",
    "emphasize"};
constexpr std::array<std::string_view, 16> kAllege = {
    "claim", "allege", "accuse", "blame", "charge", "contend", "assert", "insist",
    "suggest", "suspect", "believe", "argue", "maintain", "implicate", "fault", "alleged"};
constexpr std::array<std::string_view, 9> kDeny = {
    "deny", "dismiss", "reject", "refute", "rebuff", "dispute", "contest", "disavow", "rebut"};
constexpr std::array<std::string_view, 25> kFuture = {
    "warn", "threaten", "vow", "pledge", "promise", "predict", "fear", "expect", "hope",
    "plan", "intend", "want", "seek", "aim", "prepare", "propose", "offer", "consider",
    "plot", "try", "attempt", "mull", "agree", "swear", "resolve"};
// Future words that state the subject's own intent ("vowed to retaliate",
// "offered to mediate"), as opposed to a forecast ("expected to", "feared").
constexpr std::array<std::string_view, 17> kIntentWords = {
    "threaten", "vow", "pledge", "promise", "hope", "plan", "intend", "want", "seek",
    "aim", "prepare", "propose", "offer", "agree", "warn", "swear", "resolve"};
// Auxiliaries of the future: what the subject will do, not what it may do.
constexpr std::array<std::string_view, 6> kFutureAux = {"will", "would", "shall", "'ll", "'d",
                                                        "wo"};
constexpr std::array<std::string_view, 9> kAsk = {
    "ask", "question", "wonder", "demand", "urge", "call", "request", "appeal", "press"};
// Verbs that carry out the act their object names: "impose a curfew".
constexpr std::array<std::string_view, 14> kCarryOut = {
    "impose", "institute", "declare", "launch", "carry", "conduct", "stage", "mount",
    "introduce", "enforce", "establish", "begin", "start", "hold"};
// Nouns that ask someone to act: "an ultimatum to withdraw".
constexpr std::array<std::string_view, 12> kAskNouns = {
    "ultimatum", "order", "call", "appeal", "demand", "request", "plea", "instruction",
    "deadline", "warning", "invitation", "proposal"};
// Acts a purpose clause names that its main act performs.
constexpr std::array<std::string_view, 12> kVoicedBy = {
    "protest", "demand", "denounce", "condemn", "demonstrate", "press", "urge",
    "call", "voice", "express", "show", "mark"};
constexpr std::array<std::string_view, 5> kFail = {"refuse", "fail", "decline", "neglect",
                                                   "avoid"};
// Nouns that carry a claim: "the claim that …", "reports of …".
constexpr std::array<std::string_view, 9> kAllegeNouns = {
    "claim", "allegation", "accusation", "charge", "rumor", "rumour", "suspicion",
    "suggestion", "assertion"};
constexpr std::array<std::string_view, 4> kReportNouns = {"report", "statement",
                                                          "announcement", "account"};
constexpr std::array<std::string_view, 13> kModals = {
    "will", "would", "shall", "should", "could", "can", "may", "might", "must",
    "'ll", "'d", "wo", "ca"};
constexpr std::array<std::string_view, 5> kNegators = {"not", "never", "n't", "no", "neither"};

// "the first/last/only country to …", "the second time to …".
bool CountsDoers(const Tree& t, int noun) {
  for (int c : t.children(noun)) {
    if (t.rel(c) != "amod") continue;
    const std::string& l = t.lemma(c);
    if (l == "first" || l == "last" || l == "only" || l == "second" || l == "third" || l == "next")
      return true;
  }
  return false;
}

int Speaker(const Tree& t, int verb) {
  for (int c : t.children(verb)) {
    if (t.fullrel(c) == "nsubj" || t.fullrel(c) == "nsubj:outer") return c;
  }
  // Passive reporting: "… was reported by state media".
  for (int c : t.children(verb)) {
    if (t.rel(c) == "obl" && t.CaseOf(c) == "by") return c;
  }
  for (int c : t.children(verb)) {
    if (t.rel(c) == "nsubj") return c;
  }
  return -1;
}

EventStatus StatusOf(ClaimKind k) {
  switch (k) {
    case ClaimKind::kReport: return EventStatus::kAttributed;
    case ClaimKind::kAllege: return EventStatus::kAlleged;
    case ClaimKind::kDeny: return EventStatus::kDenied;
    case ClaimKind::kFuture:
    case ClaimKind::kAsk: return EventStatus::kHypothetical;
    case ClaimKind::kFail: return EventStatus::kNegated;
    case ClaimKind::kNone: break;
  }
  return EventStatus::kAsserted;
}

bool IsQuestion(const Tree& t, int verb) {
  if (verb != t.root() || t.size() == 0) return false;
  for (int i = t.size() - 1; i >= 0; --i) {
    if (t.upos(i) != "PUNCT") return false;
    if (t.tok(i).form == "?") return true;
  }
  return false;
}

// The verb carries a future auxiliary ("will attack", "would allow", "is
// going to strike") and is neither a question nor inside an if-clause.
bool Negated(const Tree& t, int verb) {
  for (int c : t.children(verb)) {
    if ((t.rel(c) == "advmod" || t.rel(c) == "det") && In(kNegators, t.lemma(c))) return true;
  }
  return false;
}

bool FutureIntent(const Tree& t, int verb) {
  bool future = false;
  for (int c : t.children(verb)) {
    std::string_view r = t.rel(c);
    const std::string& l = t.lemma(c);
    if (r == "aux" && (In(kFutureAux, l) || l == "go")) future = true;
    if (r == "mark" && (l == "if" || l == "unless" || l == "whether")) return false;
  }
  return future && !IsQuestion(t, verb);
}

}  // namespace

ClaimKind ClassifyClaimWord(std::string_view w) {
  if (In(kReport, w)) return ClaimKind::kReport;
  if (In(kAllege, w)) return ClaimKind::kAllege;
  if (In(kDeny, w)) return ClaimKind::kDeny;
  if (In(kFuture, w)) return ClaimKind::kFuture;
  if (In(kAsk, w)) return ClaimKind::kAsk;
  if (In(kFail, w)) return ClaimKind::kFail;
  return ClaimKind::kNone;
}

EventStatus LocalModality(const Tree& t, int verb) {
  bool negated = false, hypothetical = false;
  for (int c : t.children(verb)) {
    std::string_view r = t.rel(c);
    const std::string& l = t.lemma(c);
    if ((r == "advmod" || r == "det") && In(kNegators, l)) negated = true;
    if (r == "aux" && In(kModals, l)) hypothetical = true;
    if (r == "mark" && (l == "if" || l == "unless" || l == "whether")) hypothetical = true;
    // "is going to attack", "is about to strike"
    if (r == "aux" && (l == "go" || l == "about")) hypothetical = true;
  }
  if (IsQuestion(t, verb)) hypothetical = true;
  if (hypothetical) return EventStatus::kHypothetical;
  if (negated) return EventStatus::kNegated;
  return EventStatus::kAsserted;
}

Attribution Attribute(const Tree& t, int predicate, int clause) {
  Attribution a;
  a.status = LocalModality(t, clause);
  // "he would be ready to host a meeting": readiness said with "will" or
  // "would" is a stance taken now, not a hypothetical one.
  if (a.status == EventStatus::kHypothetical && t.upos(clause) == "ADJ" &&
      IsReadinessAdjective(t.lemma(clause)) && FutureIntent(t, clause) && !Negated(t, clause))
    a.status = EventStatus::kAsserted;
  if (a.status == EventStatus::kHypothetical && FutureIntent(t, clause)) {
    if (Negated(t, clause)) {
      a.refusal = true;
    } else {
      a.intent = true;
    }
    a.intent_word = clause;
  }
  if (a.status == EventStatus::kHypothetical && !Negated(t, clause) && !IsQuestion(t, clause)) {
    for (int c : t.children(clause)) {
      if (t.rel(c) != "aux") continue;
      const std::string& l = t.lemma(c);
      if (l == "must") a.obligation = Attribution::Obligation::kMust;
      if (l == "should" || l == "ought") a.obligation = Attribution::Obligation::kShould;
    }
  }
  bool conditioned = false;
  for (int c : t.children(clause)) {
    int mark = t.rel(c) == "advcl" ? t.Child(c, "mark") : -1;
    if (mark >= 0 && t.lemma(mark) == "unless") a.unless = true;
    if (mark >= 0 && (t.lemma(mark) == "if" || t.lemma(mark) == "unless")) conditioned = true;
  }
  // "The Community may halt its mediation if cooperation founders": what an
  // actor says it may do on a condition is a stance it takes, as "would"
  // is (a threat for coercion, an offer for cooperation).
  if (conditioned && a.status == EventStatus::kHypothetical && !a.intent && !a.refusal &&
      !Negated(t, clause) && !IsQuestion(t, clause)) {
    for (int c : t.children(clause)) {
      const std::string& l = t.lemma(c);
      if (t.rel(c) == "aux" && (l == "may" || l == "might" || l == "could" || l == "can")) {
        a.intent = true;
        a.intent_word = clause;
      }
    }
  }
  if (predicate != clause && a.status == EventStatus::kAsserted) {
    // "held no talks": the negator sits on the noun.
    for (int c : t.children(predicate)) {
      if (t.rel(c) == "det" && In(kNegators, t.lemma(c))) a.status = EventStatus::kNegated;
    }
  }
  auto claim = [&](int word, ClaimKind k, int speaker) {
    a.kind = k;
    a.claim_word = word;
    a.speaker = speaker;
    if (k == ClaimKind::kFuture && (t.lemma(word) == "try" || t.lemma(word) == "attempt"))
      a.attempt_word = word;
    EventStatus s = StatusOf(k);
    // A modal or negation on the event itself outranks the report of it.
    if (a.status == EventStatus::kAsserted || k == ClaimKind::kDeny) {
      a.status = s;
      if (k == ClaimKind::kFuture && In(kIntentWords, t.lemma(word))) {
        a.intent = true;
        a.intent_word = word;
      }
    }
  };

  // A light verb's noun ("held talks") takes the verb's place in the clause.
  int cur = clause;
  for (int depth = 0; depth < 8 && cur >= 0; ++depth) {
    // A reporting clause hanging off this clause: "X attacked Y, the army said."
    // and "according to officials".
    for (int c : t.children(cur)) {
      std::string_view r = t.rel(c);
      // A parser may hang the closing report on the clause as an adverbial
      // ("bombed a hospital, a monitoring group said" with "said" an advcl):
      // after the event, unmarked ("as", "after" would make it another
      // clause), it is the same report.
      const bool closing = r == "advcl" && c > cur && t.Child(c, "mark") < 0 &&
                           t.Child(c, "nsubj") > cur;
      if ((r == "parataxis" || closing) && t.upos(c) == "VERB") {
        ClaimKind k = ClassifyClaimWord(t.lemma(c));
        if (k == ClaimKind::kReport || k == ClaimKind::kAllege || k == ClaimKind::kDeny) {
          claim(c, k, Speaker(t, c));
          return a;
        }
      }
      if (r == "obl" && (t.CaseOf(c) == "according" || t.CaseOf(c) == "accord")) {
        claim(c, ClaimKind::kReport, c);
        return a;
      }
    }
    int h = t.head(cur);
    if (h < 0) break;
    std::string_view r = t.rel(cur);
    const std::string& hl = t.lemma(h);
    bool head_is_verb = t.upos(h) == "VERB" || t.upos(h) == "AUX";
    bool head_is_noun = t.upos(h) == "NOUN";

    if (head_is_verb && (r == "ccomp" || r == "xcomp" || r == "advcl" || r == "parataxis" ||
                         r == "obj" || r == "obl" || r == "csubj")) {
      ClaimKind k = ClassifyClaimWord(hl);
      // "X attacked Y, the army said" is handled above; here the report
      // governs: "the army said X attacked Y".
      if (k != ClaimKind::kNone) {
        // obj/obl of a report verb ("announced the strike") is the writer's
        // fact unless the verb is an allegation or denial.
        bool nominal = (r == "obj" || r == "obl");
        if (!(nominal && k == ClaimKind::kReport)) {
          claim(h, k, Speaker(t, h));
          return a;
        }
      }
      if (r == "xcomp" || r == "ccomp" || r == "advcl" || r == "conj") {
        if (LocalModality(t, h) == EventStatus::kHypothetical) {
          if (a.status == EventStatus::kAsserted && r != "ccomp" && FutureIntent(t, h)) {
            // "will begin to withdraw"; "would not meet demands to release
            // prisoners" declines the release.
            (Negated(t, h) ? a.refusal : a.intent) = true;
            a.intent_word = h;
          }
          a.status = EventStatus::kHypothetical;
        }
      }
      // "threatened to institute a curfew", "did not impose a curfew": a verb
      // that carries out the act its object names passes its modality on.
      if (r == "obj" && In(kCarryOut, hl)) {
        const EventStatus local = LocalModality(t, h);
        if (a.status == EventStatus::kAsserted && local != EventStatus::kAsserted) a.status = local;
        cur = h;
        continue;
      }
      if (r == "obj" || r == "obl") {
        // An event noun under an ordinary verb shares that verb's condition
        // or modal ("unless the president arranged a ceasefire").
        if (a.status == EventStatus::kAsserted && LocalModality(t, h) == EventStatus::kHypothetical)
          a.status = EventStatus::kHypothetical;
        break;
      }
      // "issued an ultimatum to Ecuador to halt attacks", "began a hunger
      // strike to demand the return of land": a purpose clause is what the
      // act is for, not something that happened.
      // A protest or demand is made by the act it is the purpose of ("started
      // a hunger strike to protest …"), so it happened.
      if (r == "advcl" && HasMarkTo(t, cur) && !In(kVoicedBy, t.lemma(cur)) &&
          a.status == EventStatus::kAsserted)
        a.status = EventStatus::kHypothetical;
      // "issued an ultimatum to Peru to withdraw", parsed with the infinitive
      // on the verb: what the ultimatum asks for.
      if (r == "xcomp" && HasMarkTo(t, cur) && a.status == EventStatus::kAsserted) {
        const int obj = t.Child(h, "obj");
        if (obj >= 0 && In(kAskNouns, t.lemma(obj))) a.status = EventStatus::kHypothetical;
      }
      cur = h;
      continue;
    }
    if (head_is_noun && (r == "acl" || r == "ccomp" || r == "nmod")) {
      if (In(kAllegeNouns, hl)) {
        // "dismissed claims that it had supplied weapons": denied by the
        // one who dismisses them.
        int g = t.head(h);
        if (g >= 0 && t.rel(h) == "obj" && ClassifyClaimWord(t.lemma(g)) == ClaimKind::kDeny) {
          claim(g, ClaimKind::kDeny, Speaker(t, g));
          return a;
        }
        claim(h, ClaimKind::kAllege, -1);
        return a;
      }
      if (In(kReportNouns, hl)) {
        claim(h, ClaimKind::kReport, -1);
        return a;
      }
      // "its demand that Israel ease restrictions", "a call for the army to
      // withdraw": what is asked for has not happened.
      if ((r == "acl" || r == "ccomp") && In(kAskNouns, hl)) {
        if (a.status == EventStatus::kAsserted) a.status = EventStatus::kHypothetical;
        break;
      }
      if (r == "nmod" && (hl == "responsibility" || hl == "involvement" || hl == "role")) {
        cur = h;  // "denied responsibility for the attack"
        continue;
      }
      // "an ultimatum to Ecuador to halt attacks", "efforts to end the
      // fighting", "a plan to withdraw": an infinitive on a noun is what is
      // asked, planned or tried, not what happened — unless the noun counts
      // who did it ("the first country to recognize Kosovo").
      if (r == "acl" && HasMarkTo(t, cur) && !CountsDoers(t, h)) {
        if (a.status == EventStatus::kAsserted) a.status = EventStatus::kHypothetical;
        if (hl == "attempt" || hl == "bid") a.attempt_word = h;
      }
      break;
    }
    if (t.upos(h) == "ADJ" && r == "xcomp" && IsReadinessAdjective(t.lemma(h))) {
      if (a.status == EventStatus::kAsserted) {
        a.status = EventStatus::kHypothetical;
        a.intent = true;
        a.intent_word = h;
      }
      cur = h;  // "Syria says it is willing to withdraw"
      continue;
    }
    if (r == "conj") {
      // Auxiliaries attach to the first conjunct only: "will attack and seize".
      if (LocalModality(t, h) == EventStatus::kHypothetical) {
        if (a.status == EventStatus::kAsserted && FutureIntent(t, h)) {
          (Negated(t, h) ? a.refusal : a.intent) = true;
          a.intent_word = cur;
        }
        a.status = EventStatus::kHypothetical;
      }
      cur = h;
      continue;
    }
    break;
  }
  // Parsers often attach a reported clause wrongly ("Lebanon said Israeli
  // drones attacked …" as obj + acl). A reporting, alleging or denying verb
  // that precedes the event and dominates it still frames it; so does the
  // closing report of the sentence.
  if (a.kind == ClaimKind::kNone) {
    int prev = predicate == clause ? predicate : clause;
    for (int h = t.head(prev), depth = 0; h >= 0 && depth < 12; prev = h, h = t.head(h), ++depth) {
      if (t.upos(h) != "VERB") continue;
      ClaimKind k = ClassifyClaimWord(t.lemma(h));
      if (k != ClaimKind::kReport && k != ClaimKind::kAllege && k != ClaimKind::kDeny) continue;
      // After the event only as the sentence's closing report: "…, the
      // ministry said." parsed with "said" as root over a broken clause.
      if (h > predicate) {
        bool comma = false;
        for (int i = predicate + 1; i < h; ++i) comma = comma || t.tok(i).form == ",";
        if (h != t.root() || k != ClaimKind::kReport || !comma) continue;
      }
      // "announced the strike": a report's own object is the writer's fact.
      if (prev == clause && k == ClaimKind::kReport && (t.rel(prev) == "obj" || t.rel(prev) == "obl"))
        break;
      claim(h, k, Speaker(t, h));
      break;
    }
  }
  return a;
}

}  // namespace herodotus::coding
