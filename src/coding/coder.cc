#include "coding/coder.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "coding/actors.h"
#include "coding/arguments.h"
#include "coding/attribution.h"
#include "coding/intent.h"
#include "coding/matcher.h"
#include "coding/quotes.h"
#include "coding/tree.h"
#include "discourse/timeplace.h"
#include "util/ascii.h"

namespace herodotus::coding {
namespace {

// One event found in a sentence, with the tokens it came from.
struct Pending {
  Event event;
  int trigger = -1;
  Attribution attr;          // status, governing speech word, stance
  int quote = -1;            // index of the direct quote holding the trigger
  bool embedded = false;     // the content of a speech or claim frame
  bool folded = false;       // told by another event of the sentence (FoldActNouns)
};

// A party the text names but no dictionary codes: an armed group ("the
// militia", REB) or a group word ("a group that takes its orders from
// Tehran") — not a weapon ("a drone", MIL) and not a pronoun.
bool UncodedParty(const ActorRef& a) {
  if (!a.code.empty()) return false;
  for (const std::string& s : a.sectors) {
    if (s == "REB" || s == "UAF" || s == "INS" || s == "OPP") return true;
  }
  static constexpr std::string_view kGroups[] = {"group", "faction", "organization", "organisation",
                                                 "movement", "network", "cell", "gang"};
  const std::string text = AsciiLower(a.text);
  std::string_view rest = text;
  while (!rest.empty()) {
    const size_t sp = rest.find(' ');
    const std::string_view w = rest.substr(0, sp);
    if (std::find(std::begin(kGroups), std::end(kGroups), w) != std::end(kGroups)) return true;
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
  }
  return false;
}

bool SameActor(const std::optional<ActorRef>& a, const std::optional<ActorRef>& b) {
  if (!a || !b) return !a && !b;
  return a->code == b->code && a->text == b->text;
}

std::string ClaimKey(const Event& e) {
  std::string k = e.source ? e.source->code : "-";
  k += '|';
  k += StatusName(e.status);
  k += '|';
  k += e.source_of_claim ? e.source_of_claim->code : "-";
  return k;
}

// The coding of one document, pass by pass. Per sentence: frame matches
// become events (CodeMatches); speech frames pass their status to the acts
// they carry (EmbeddedStatus); a report of another party's conflict act
// becomes an accusation (ReportsAsAccusations); stances become events of
// their own (Stances, ReportedObligations). Then, over the document: direct
// quotes attribute what they hold (DirectQuotes), and Kept() drops what
// no one did and what repeats.
class DocumentCoder {
 public:
  DocumentCoder(const lexicon::FrameDictionary& frames, const lexicon::ActorDictionary& actors,
                const lexicon::CameoTable& cameo, const discourse::TimePlace* timeplace,
                const Document& doc);

  void CodeSentence(int si);
  void DirectQuotes();
  void StatesOfTheDay();
  void FoldActNouns();
  std::vector<Event> Kept();
  void AppendQuotes(std::vector<Quote>* quotes) const;

 private:
  void FillCode(Event* e, const std::string& code) const;
  // A new event of the current sentence, triggered by token `tok` and coded `code`.
  Pending StartEvent(int tok, const std::string& code) const;
  void CodeMatches(const std::vector<FrameMatch>& matches);
  void EmbeddedStatus(const std::vector<FrameMatch>& matches);
  void ReportsAsAccusations();
  void Stances();
  void ReportedObligations();

  const lexicon::FrameDictionary& frames_;
  const lexicon::CameoTable& cameo_;
  const discourse::TimePlace* timeplace_;
  const Document& doc_;
  std::vector<Tree> trees_;
  std::vector<QuoteSpan> spans_;
  std::vector<std::optional<ActorRef>> speakers_;  // per quote
  ActorResolver resolver_;
  discourse::ArticleContext timeplace_ctx_;
  std::vector<Pending> all_;
  // The sentence being coded.
  int si_ = -1;
  std::string sentence_text_;
  size_t first_of_sentence_ = 0;
  std::map<int, std::vector<size_t>> by_trigger_;  // trigger token → indexes in all_
};

// Whose people an act names when the text names no country for them.
// Protesters of no known country protesting against a state's own
// authorities ("refugees began a hunger strike to protest against Sweden's
// decision", "continued their hunger strike to demand the resignation of
// Algerian President Ben Bella") are taken as people of that state: with no
// place saying otherwise, a protest is domestic. Coercion by a state or its
// organs of people of no named country ("the government ordered the
// opposition newspaper to suspend publication", "police detained
// journalists") is of its own people: repression is domestic unless the text
// names them as foreigners. Done before stances are read, so "it will
// boycott the elections" by such protesters is a threat of someone.
void DomesticParties(Event* e) {
  if (e->root == "14" && e->source && e->source->country.empty() && !e->source->text.empty() &&
      e->target && IsStateOrOrgan(*e->target)) {
    e->source->country = e->source->code = e->target->country;
    e->source->sectors.clear();
  }
  if (e->root == "17" && e->source && IsStateOrOrgan(*e->source) && e->target &&
      e->target->country.empty() && !e->target->sectors.empty()) {
    ActorRef& t = *e->target;
    t.country = e->source->country;
    t.code = t.country;
    for (const std::string& sector : t.sectors) t.code += sector;
  }
}

std::vector<Tree> TreesOf(const Document& doc) {
  std::vector<Tree> trees;
  trees.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) trees.emplace_back(s);
  return trees;
}

DocumentCoder::DocumentCoder(const lexicon::FrameDictionary& frames,
                             const lexicon::ActorDictionary& actors,
                             const lexicon::CameoTable& cameo,
                             const discourse::TimePlace* timeplace, const Document& doc)
    : frames_(frames),
      cameo_(cameo),
      timeplace_(timeplace),
      doc_(doc),
      trees_(TreesOf(doc)),
      spans_(FindQuotes(doc, trees_)),
      speakers_(spans_.size()),
      resolver_(actors, doc.article) {
  if (timeplace_) timeplace_ctx_ = timeplace_->Prepare(doc);
}

void DocumentCoder::FillCode(Event* e, const std::string& code) const {
  e->code = code;
  if (const lexicon::CameoCode* c = cameo_.Find(code)) {
    e->root = c->root;
    e->quad_class = c->quad_class;
    e->goldstein = c->goldstein;
    e->plover_event = c->plover_event;
    e->plover_mode = c->plover_mode;
    e->plover_context = c->plover_context;
  } else {
    e->root = code.substr(0, 2);
  }
}

Pending DocumentCoder::StartEvent(int tok, const std::string& code) const {
  const Sentence& sent = doc_.sentences[si_];
  Pending p;
  Event& e = p.event;
  e.article_id = doc_.article.id;
  e.sentence = si_;
  e.date = doc_.article.date;
  if (timeplace_) timeplace_->Annotate(timeplace_ctx_, sent, tok, &e);
  FillCode(&e, code);
  e.sentence_text = sentence_text_;
  const Token& w = sent.tokens[tok];
  e.trigger = w.form;
  e.trigger_start = w.start;
  e.trigger_end = w.end;
  p.trigger = tok;
  return p;
}

void DocumentCoder::CodeSentence(int si) {
  si_ = si;
  const Sentence& sent = doc_.sentences[si];
  const Tree& tree = trees_[si];
  resolver_.StartSentence(sent, tree);
  for (size_t q = 0; q < spans_.size(); ++q) {
    if (spans_[q].speaker.sentence == si_ && spans_[q].speaker.token >= 0) {
      // Keep a speaker we cannot code ("the spokesman") by its words.
      ActorRef sp = resolver_.ResolveOne(spans_[q].speaker.token);
      if (ActorResolver::known(sp) || !sp.text.empty()) speakers_[q] = sp;
    }
  }
  if (sent.end > sent.start && sent.end <= doc_.article.text.size()) {
    sentence_text_ = doc_.article.text.substr(sent.start, sent.end - sent.start);
  } else {
    sentence_text_ = sent.text;
  }

  first_of_sentence_ = all_.size();
  by_trigger_.clear();
  std::vector<FrameMatch> matches;
  for (int i = 0; i < tree.size(); ++i) {
    if (auto m = MatchTrigger(tree, frames_, i)) matches.push_back(*m);
  }
  {
    std::set<int> absorbed;
    for (const FrameMatch& m : matches) absorbed.insert(m.absorbed.begin(), m.absorbed.end());
    std::erase_if(matches, [&](const FrameMatch& m) { return absorbed.count(m.trigger) > 0; });
  }
  CodeMatches(matches);
  EmbeddedStatus(matches);
  ReportsAsAccusations();
  for (size_t k = first_of_sentence_; k < all_.size(); ++k) DomesticParties(&all_[k].event);
  Stances();
  ReportedObligations();
}

namespace {

bool IsObjectPronoun(std::string_view text) {
  const std::string w = AsciiLower(text);
  return w == "him" || w == "her" || w == "them" || w == "us" || w == "me";
}

}  // namespace

void DocumentCoder::CodeMatches(const std::vector<FrameMatch>& matches) {
  const Tree& tree = trees_[si_];
  // Acts that a claim is about ("blamed a militia for the attack", "denied
  // any role in the bombing"): kept even before anyone is named, so the
  // claim can name the perpetrator and the claim group can compare them.
  std::set<int> claimed;
  for (const FrameMatch& m : matches) {
    if (m.event >= 0 && m.frame->has_content_status) claimed.insert(m.event);
  }
  for (const FrameMatch& m : matches) {
    Attribution attr = Attribute(tree, m.trigger, m.trigger);
    if (attr.attempt_word >= 0) {
      const lexicon::CameoCode* c = cameo_.Find(m.frame->code);
      if (c && c->root >= "17") attr = Attribute(tree, attr.attempt_word, attr.attempt_word);
    }
    Arguments args = ReadArguments(tree, m, matches, frames_, &resolver_);
    std::vector<ActorRef>& srcs = args.sources;
    const std::vector<ActorRef>& tgts = args.targets;
    std::optional<ActorRef> claimant;
    if (attr.speaker >= 0) {
      ActorRef sp = resolver_.ResolveOne(attr.speaker);
      if (ActorResolver::known(sp) || !sp.text.empty()) claimant = sp;
    }
    // "Japan said it had halted aid to Serbia": "it" (or "he", "she") left
    // unknown as the subject of a reported act is the one who reports it.
    if (claimant && ActorResolver::known(*claimant) && attr.kind == ClaimKind::kReport) {
      for (ActorRef& s : srcs) {
        if (ActorResolver::known(s)) continue;
        const std::string w = AsciiLower(s.text);
        if (w == "it" || w == "he" || w == "she") s = *claimant;
      }
    }
    int quote = -1;
    for (size_t q = 0; q < spans_.size(); ++q) {
      if (!spans_[q].indirect && spans_[q].Contains({si_, m.trigger})) quote = static_cast<int>(q);
    }
    const std::string& code = args.code.empty() ? m.frame->code : args.code;
    const lexicon::CameoCode* cc = cameo_.Find(code);
    const bool claimed_violence = claimed.count(m.trigger) > 0 && cc && cc->quad_class == 4;
    // "Israeli helicopters and tanks shelled …": a conjunct no one codes
    // acts with the conjuncts that are coded, not as a party of its own.
    const bool some_source_known = std::any_of(srcs.begin(), srcs.end(), ActorResolver::known);
    for (const ActorRef& s : srcs) {
      if (some_source_known && !ActorResolver::known(s)) continue;
      for (const ActorRef& t : tgts) {
        bool sk = ActorResolver::known(s), tk = ActorResolver::known(t);
        const bool crowd = !sk && !s.text.empty() && code.starts_with("14");
        const bool violence = cc && cc->quad_class == 4;
        if (!sk && !tk && !claimed_violence && !crowd && !violence) continue;
        if (sk && tk && s.code == t.code && s.text == t.text) continue;
        // "he would only welcome him in Jerusalem": an object pronoun is not
        // the subject of its own clause, whatever the two resolved to.
        if (sk && tk && s.code == t.code && IsObjectPronoun(t.text)) continue;
        Pending p = StartEvent(m.trigger, code);
        Event& e = p.event;
        if (sk || !s.text.empty()) e.source = s;
        if (tk || !t.text.empty()) e.target = t;
        if (e.source && !sk) e.source->code.clear();
        // "killed three ethnic Albanians in southern Serbia": an ethnic group
        // where the event happens is of the country it lives in (the
        // dictionary's kin state is for the group abroad).
        for (std::optional<ActorRef>* a : {&e.source, &e.target}) {
          if (!*a || (*a)->country.empty() || !e.location || e.location->country.empty() ||
              e.location->basis == "dateline" || e.location->country == (*a)->country)
            continue;
          if (AsciiLower((*a)->text).find("ethnic ") == std::string::npos) continue;
          ActorResolver::SetCountry(&**a, e.location->country);
        }
        // "Hundreds of thousands of people blocked streets in Hong Kong":
        // protesters no one names the country of protest where they are.
        if (crowd && e.location && !e.location->country.empty() &&
            e.location->basis == "attached") {
          ActorResolver::SetCountry(&*e.source, e.location->country);
          sk = true;
        }
        // "Gunmen killed two policemen in Baghdad", "a roadside bomb near
        // Samarra killed a U.S. soldier": violence by no one named is by
        // someone of the place (ICEWS's "unidentified gunmen (Iraq)"); the
        // country is inferred, so a source with no sector keeps no code.
        if (!sk && violence && e.location && !e.location->country.empty() &&
            e.location->basis == "attached") {
          if (!e.source) e.source.emplace();
          e.source->country = e.location->country;
          if (!e.source->sectors.empty()) {
            ActorResolver::SetCountry(&*e.source, e.location->country);
            sk = true;
          } else {
            DomesticTarget(&e);
            tk = e.target && ActorResolver::known(*e.target);
          }
        }
        if (!sk && !tk && !claimed_violence) continue;
        e.status = attr.status;
        if (attr.claim_word >= 0 && claimant) e.source_of_claim = claimant;
        // "blocked a road to show their disapproval for the United States'
        // policies": a protest with no addressee of its own is aimed at the
        // one its purpose clause names.
        if (sk && e.root == "14" && !tk) {
          if (auto r = PurposeTarget(tree, m.trigger, &resolver_); !r.empty()) {
            e.target = r.front();
            tk = true;
          }
        }
        if (sk) {
          DomesticTarget(&e);
        } else if (tk && tree.IsPassive(m.trigger) &&
                   (m.frame->code.starts_with("09") || m.frame->code.starts_with("17")) &&
                   e.location && !e.location->country.empty() && e.location->basis == "attached") {
          // "was arrested in Lebanon", "has been put under investigation in
          // Italy": with no agent named, the authorities of the place did it.
          ActorRef authorities;
          authorities.code = authorities.country = e.location->country;
          e.source = authorities;
        }
        p.attr = attr;
        p.quote = quote;
        by_trigger_[m.trigger].push_back(all_.size());
        all_.push_back(std::move(p));
      }
    }
  }
}

// Speech frames carry an embedded event: "accused Iran of attacking",
// "denied that its troops crossed". The embedded event takes the frame's
// content status; an accusation names the perpetrator when the embedded
// event has none ("blamed Iran for the attack").
void DocumentCoder::EmbeddedStatus(const std::vector<FrameMatch>& matches) {
  for (const FrameMatch& m : matches) {
    if (m.event < 0 || !m.frame->has_content_status) continue;
    auto speech = by_trigger_.find(m.trigger);
    auto inner = by_trigger_.find(m.event);
    if (speech == by_trigger_.end()) continue;
    const Event& sp = all_[speech->second.front()].event;
    if (inner == by_trigger_.end()) continue;
    for (size_t k : inner->second) {
      all_[k].embedded = true;
      Event& e = all_[k].event;
      // The tree rules (attribution.h) already read the speech verb; the
      // frame's status decides only where they found nothing, or where it
      // says the event did not happen (denied, hypothetical).
      EventStatus cs = m.frame->content_status;
      if (e.status == EventStatus::kAsserted ||
          ((cs == EventStatus::kDenied || cs == EventStatus::kHypothetical) &&
           ClaimsOccurrence(e.status))) {
        e.status = cs;
      }
      // "vowed not to return the Golan Heights": an intent frame over a
      // negated act is a refusal (CAMEO 12), not a promise.
      if (e.status == EventStatus::kNegated && m.frame->code.starts_with("03")) {
        std::string refusal = StanceCode(e.code, Stance::kRefusal);
        if (refusal.empty() || !cameo_.Find(refusal)) refusal = "120";
        for (size_t s : speech->second) FillCode(&all_[s].event, refusal);
      }
      if (sp.source && ActorResolver::known(*sp.source)) e.source_of_claim = sp.source;
      if ((!e.source || !ActorResolver::known(*e.source)) && sp.target &&
          m.frame->content_status == EventStatus::kAlleged) {
        e.source = sp.target;
      }
    }
  }
}

// "A says B attacked": a report of a conflict act by another party is an
// allegation, and the report itself an accusation (CAMEO 112).
void DocumentCoder::ReportsAsAccusations() {
  size_t end_of_sentence = all_.size();
  for (size_t k = first_of_sentence_; k < end_of_sentence; ++k) {
    Pending& p = all_[k];
    Event& e = p.event;
    if (p.attr.kind != ClaimKind::kReport || !e.source_of_claim || e.quad_class < 3 ||
        !ClaimsOccurrence(e.status))
      continue;  // "… would respond if India attacked, Khan said" stays hypothetical
    if (!e.source) continue;
    if (!ActorResolver::known(*e.source)) {
      // "He said the militia had launched the rockets": a party the text names
      // but no dictionary knows is still another party; the speaker alleges
      // its act (no accusation event: it has no code to aim at).
      if (ActorResolver::known(*e.source_of_claim) && UncodedParty(*e.source))
        e.status = EventStatus::kAlleged;
      continue;
    }
    const ActorRef& speaker = *e.source_of_claim;
    if (!ActorResolver::known(speaker) || speaker.country == e.source->country) continue;
    // An accuser speaks for the side that was hit ("Lebanon said Israeli drones
    // attacked a building"). A third country's report of a war between others
    // ("…, Thai military sources said") and a watchdog's report of abuses
    // ("…, the United Nations said", "Human Rights Watch said") are reports
    // by sources with no stake: the act stays attributed to them.
    // The sentence's other acts by the same side count too ("…fire against
    // Kampuchean camps, killing or wounding 50, Thai military sources said").
    bool victim_side = true;
    for (size_t j = first_of_sentence_; j < end_of_sentence; ++j) {
      const Event& o = all_[j].event;
      if (o.quad_class >= 3 && SameActor(o.source, e.source) && o.target &&
          ActorResolver::known(*o.target) && o.target->country != speaker.country)
        victim_side = false;
    }
    if (!victim_side) continue;
    e.status = EventStatus::kAlleged;
    bool have = false;
    for (size_t j = first_of_sentence_; j < all_.size(); ++j) {
      const Event& o = all_[j].event;
      if (o.root == "11" && SameActor(o.source, e.source_of_claim) && SameActor(o.target, e.source))
        have = true;
    }
    if (have || !cameo_.Find("112")) continue;
    Pending acc = StartEvent(p.attr.claim_word, "112");
    acc.event.source = speaker;
    acc.event.target = e.source;
    all_.push_back(std::move(acc));
  }
}

// Stances: "Portugal will support Turkey", "Syria is willing to withdraw
// its troops", "Iran vowed to retaliate" (intents, CAMEO 03 / 13); "the
// U.S. would not meet the demands" (a refusal, 12); "Sudan must return the
// helicopter, Russia said" (a demand, 10; "should": an appeal, 02). The
// act stays hypothetical; taking the stance happened, and is an event of
// its own — by the one who means to act, or for demands by the speaker.
void DocumentCoder::Stances() {
  const Tree& tree = trees_[si_];
  const size_t end_of_sentence = all_.size();
  for (size_t k = first_of_sentence_; k < end_of_sentence; ++k) {
    const Attribution at = all_[k].attr;
    const Event e = all_[k].event;
    if (e.status != EventStatus::kHypothetical) continue;
    if (at.kind != ClaimKind::kNone && at.kind != ClaimKind::kReport &&
        at.kind != ClaimKind::kFuture)
      continue;  // "X claimed Y will attack" is X's claim, not Y's intent
    if (!e.source || !ActorResolver::known(*e.source)) continue;
    Stance stance;
    std::optional<ActorRef> by = e.source, to = e.target;
    int word = at.intent_word;
    if (at.intent) {
      stance = Stance::kIntent;
      // "vowed to retaliate": the vow expresses the vower's own intent only.
      // (A vower the resolver could not place is not another party.)
      if (word == at.claim_word && e.source_of_claim && !e.source_of_claim->country.empty() &&
          e.source_of_claim->country != e.source->country)
        continue;
    } else if (at.refusal) {
      stance = Stance::kRefusal;
    } else if (at.obligation != Attribution::Obligation::kNone && at.kind == ClaimKind::kReport &&
               e.source_of_claim && ActorResolver::known(*e.source_of_claim) &&
               e.source_of_claim->country != e.source->country) {
      stance = at.obligation == Attribution::Obligation::kMust ? Stance::kDemand
                                                                : Stance::kAppeal;
      by = e.source_of_claim;
      to = e.source;
      word = at.claim_word;
    } else {
      continue;
    }
    std::string code = StanceCode(e.code, stance);
    // "The army prepared to resume shelling": getting ready to use force is
    // a force posture (150), not a threat made to anyone.
    if (stance == Stance::kIntent && word >= 0 && tree.lemma(word) == "prepare" &&
        (e.root == "18" || e.root == "19" || e.root == "20"))
      code = "150";
    // "will withdraw its force from Chad unless elections are held": an
    // intent held over someone is a threat.
    if (stance == Stance::kIntent && at.unless && code.starts_with("03")) code = "130";
    if (code.size() > 3 && !cameo_.Find(code)) code.resize(3);
    if (code.empty() || !cameo_.Find(code) || word < 0) continue;
    // "threatened to ban voting if Hamas ran": the threat is aimed at
    // whoever the condition is about.
    if (code.starts_with("13")) {
      for (int verb : {all_[k].trigger, word}) {
        auto held = SubjectOfCondition(tree, verb, &resolver_);
        if (!held.empty()) {
          to = held.front();
          break;
        }
      }
    }
    const std::string root = code.substr(0, 2);
    // A frame of the dictionary may already have fired ("offered to hand
    // over", "demanded that"): it gains the act's target.
    bool have = false;
    for (size_t j = first_of_sentence_; j < all_.size(); ++j) {
      Event& o = all_[j].event;
      if (o.root != root || !o.source || o.source->code != by->code) continue;
      // A target that is the source's own forces ("willing to withdraw its
      // troops") is what it acts with: open too, for a foreign target.
      // So is the source's own state with no sector ("agreed to re-open its
      // borders to UN peacekeepers").
      bool open = !o.target || !ActorResolver::known(*o.target) ||
                  (to && ActorResolver::known(*to) && !by->country.empty() &&
                   o.target->country == by->country && to->country != by->country &&
                   (o.target->sectors.empty() ||
                    std::any_of(o.target->sectors.begin(), o.target->sectors.end(),
                                [](const std::string& s) { return s == "MIL" || s == "COP"; })));
      if (open && to) o.target = to;
      // "will visit Mauritania and Senegal": one stance per target.
      if (open || !to || !ActorResolver::known(*to) || o.target->code == to->code) have = true;
    }
    if (have) continue;
    Pending ip = StartEvent(word, code);
    Event& a = ip.event;
    a.source = by;
    a.target = to;
    if (stance != Stance::kDemand && stance != Stance::kAppeal &&
        at.kind == ClaimKind::kReport && e.source_of_claim) {
      a.status = EventStatus::kAttributed;
      a.source_of_claim = e.source_of_claim;
    }
    ip.attr.claim_word = at.claim_word;
    ip.attr.kind = at.kind;
    ip.quote = all_[k].quote;
    all_.push_back(std::move(ip));
  }
}

// "The administration declared that China must drop its barriers",
// "the minister reiterated that Libya should hand over the suspects":
// saying another party must (should) act is a demand (an appeal) to it,
// also when the act itself is nothing the dictionary codes.
void DocumentCoder::ReportedObligations() {
  const Tree& tree = trees_[si_];
  for (int v = 0; v < tree.size(); ++v) {
    if (tree.upos(v) != "VERB" || ClassifyClaimWord(tree.lemma(v)) != ClaimKind::kReport) continue;
    const int speaker = SubjectOf(tree, v);
    if (speaker < 0) continue;
    for (int c : tree.children(v)) {
      if (tree.rel(c) != "ccomp") continue;
      std::string_view modal;
      int subj = -1;
      for (int k : tree.children(c)) {
        if (tree.rel(k) == "aux" && (tree.lemma(k) == "must" || tree.lemma(k) == "should"))
          modal = tree.lemma(k);
        if (tree.fullrel(k) == "nsubj") subj = k;
      }
      if (modal.empty() || subj < 0) continue;
      const ActorRef by = resolver_.ResolveOne(speaker);
      if (!ActorResolver::known(by)) continue;
      const std::string code = modal == "must" ? "100" : "020";
      const std::string root = code.substr(0, 2);
      bool have = false;
      for (size_t j = first_of_sentence_; j < all_.size(); ++j) {
        const Event& o = all_[j].event;
        have = have || (o.root == root && o.source && o.source->code == by.code);
      }
      if (have) continue;
      // One demand per party named ("US and British forces must …"); never
      // to the speaker's own side ("Germany said it must protect …"). Within
      // a country the state and those outside it are sides ("the rebels said
      // the government must agree to constitutional changes").
      for (const ActorRef& to : KnownOnly(resolver_.ResolveConjoined(subj))) {
        const bool own = by.country.empty() ? by.code == to.code
                                            : by.country == to.country &&
                                                  IsStateOrOrgan(by) == IsStateOrOrgan(to);
        if (own) continue;
        Pending d = StartEvent(v, code);
        d.event.source = by;
        d.event.target = to;
        all_.push_back(std::move(d));
      }
    }
  }
}

// Direct quotes: what a speaker says inside quotation marks is attributed
// to them (alleged when it is a conflict act by another party).
void DocumentCoder::DirectQuotes() {
  for (Pending& p : all_) {
    if (p.quote < 0 || p.event.source_of_claim || !speakers_[p.quote]) continue;
    Event& e = p.event;
    if (e.status != EventStatus::kAsserted) {
      e.source_of_claim = speakers_[p.quote];
      continue;
    }
    e.source_of_claim = speakers_[p.quote];
    bool other = e.source && ActorResolver::known(*e.source) &&
                 e.source->country != e.source_of_claim->country;
    e.status = (other && e.quad_class >= 3) ? EventStatus::kAlleged : EventStatus::kAttributed;
  }
}

// "Sudanese rebels shelled Juba" in 1992: actors are coded by the state of
// the day ("Juba" names South Sudan's government only since 2011).
void DocumentCoder::StatesOfTheDay() {
  for (Pending& p : all_) {
    Event& e = p.event;
    for (std::optional<ActorRef>* a : {&e.source, &e.target, &e.source_of_claim}) {
      if (!*a || (*a)->country.empty()) continue;
      const std::string_view then = discourse::CountryOn((*a)->country, e.date);
      if (then == (*a)->country) continue;
      if ((*a)->code.starts_with((*a)->country)) (*a)->code.replace(0, (*a)->country.size(), then);
      (*a)->country = then;
    }
  }
}

// "A roadside bombing killed a soldier", "the attack wounded five": an act
// noun that is the subject of a violent verb is the verb's happening, told
// once. The verb's event takes the noun's perpetrator when it has none.
void DocumentCoder::FoldActNouns() {
  // "charging its neighbor with supporting dissidents": a state is not
  // charged in court; charging it is an accusation.
  for (Pending& p : all_) {
    if (p.event.code.starts_with("173") && p.trigger >= 0 &&
        trees_[p.event.sentence].lemma(p.trigger) == "charge" && p.event.target &&
        !p.event.target->country.empty() && p.event.target->code == p.event.target->country)
      FillCode(&p.event, "112");
  }
  // (sentence, trigger) → index in all_ of the first event that `keep` selects.
  const auto by_trigger = [&](auto keep) {
    std::map<std::pair<int, int>, size_t> m;
    for (size_t k = 0; k < all_.size(); ++k) {
      const Pending& p = all_[k];
      if (p.trigger >= 0 && keep(p.event)) m.emplace(std::pair{p.event.sentence, p.trigger}, k);
    }
    return m;
  };
  const auto violent_verbs = by_trigger([](const Event& e) { return e.quad_class == 4; });
  for (Pending& p : all_) {
    const Event& e = p.event;
    if (e.quad_class != 4 || p.trigger < 0 || p.embedded) continue;
    const Token& trig = doc_.sentences[e.sentence].tokens[p.trigger];
    if (trig.upos != "NOUN" || trig.deprel != "nsubj" || trig.head <= 0) continue;
    auto verb = violent_verbs.find({e.sentence, trig.head - 1});
    if (verb == violent_verbs.end()) continue;
    Event& v = all_[verb->second].event;
    if ((!v.source || !ActorResolver::known(*v.source)) && e.source &&
        ActorResolver::known(*e.source))
      v.source = e.source;
    p.folded = true;
  }
  // "shelled Juba, killing about 20 people", "launched rocket fire against
  // guerrilla camps, killing or wounding 50", "killed 23 people when they
  // blew themselves up": violence in a clause that tells how another act of
  // violence by the same side went is that act, told once — unless it names
  // a target the main act does not have.
  const auto violent = [](const Event& e) {
    return e.root == "18" || e.root == "19" || e.root == "20" || e.code.starts_with("175");
  };
  for (Pending& p : all_) {
    const Event& e = p.event;
    if (p.folded || !violent(e) || p.trigger < 0) continue;
    const std::vector<Token>& toks = doc_.sentences[e.sentence].tokens;
    int k = p.trigger;
    while (toks[k].deprel == "conj" && toks[k].head > 0 && toks[k].upos == "VERB")
      k = toks[k].head - 1;
    if (toks[k].upos != "VERB" || toks[k].deprel != "advcl" || toks[k].head <= 0) continue;
    auto main = violent_verbs.find({e.sentence, toks[k].head - 1});
    if (main == violent_verbs.end()) continue;
    const Pending& m = all_[main->second];
    if (!violent(m.event) || m.event.status != e.status) continue;
    const bool src_known = e.source && ActorResolver::known(*e.source);
    if (src_known && !(m.event.source && m.event.source->country == e.source->country)) continue;
    const bool tgt_known = e.target && ActorResolver::known(*e.target);
    if (tgt_known && !(m.event.target && m.event.target->country == e.target->country)) continue;
    p.folded = true;
  }
  // "demonstrated in Kirkuk calling for independence", "began a hunger
  // strike to demand the return of property", "… to protest against
  // Sweden's decision": a call, demand or protest the protest voices is that
  // protest, told once (its addressee is already the protest's target).
  const auto protests = by_trigger([](const Event& e) { return e.root == "14"; });
  for (Pending& p : all_) {
    const Event& e = p.event;
    if (p.folded || p.trigger < 0 || (e.root != "02" && e.root != "10" && e.root != "14")) continue;
    const std::vector<Token>& toks = doc_.sentences[e.sentence].tokens;
    const Token& trig = toks[p.trigger];
    if (trig.upos != "VERB" || trig.head <= 0 ||
        (trig.deprel != "advcl" && trig.deprel != "xcomp" && trig.deprel != "acl"))
      continue;
    const int head = trig.head - 1;
    bool voiced = protests.count({e.sentence, head}) > 0;
    for (size_t c = 0; c < toks.size() && !voiced; ++c) {
      if (toks[c].head == head + 1 && toks[c].deprel == "obj")
        voiced = protests.count({e.sentence, static_cast<int>(c)}) > 0;
    }
    // "converged for a rally in Lagos to protest …": on the protest's noun.
    const std::string_view hr = std::string_view(toks[head].deprel).substr(0, 3);
    if (!voiced && toks[head].head > 0 && (hr == "obj" || hr == "obl"))
      voiced = protests.count({e.sentence, toks[head].head - 1}) > 0;
    if (voiced) p.folded = true;
  }
  // "lodged an official protest with Albania, charging its neighbor with
  // supporting dissidents": a participle that says what a complaint or
  // accusation holds is that complaint, told once (same source, same target).
  const auto disapprovals = by_trigger([](const Event& e) { return e.root == "11"; });
  for (Pending& p : all_) {
    const Event& e = p.event;
    if (p.folded || p.trigger < 0 || e.root != "11") continue;
    const Token& trig = doc_.sentences[e.sentence].tokens[p.trigger];
    if (trig.xpos != "VBG" || trig.deprel != "advcl" || trig.head <= 0) continue;
    auto main = disapprovals.find({e.sentence, trig.head - 1});
    if (main == disapprovals.end()) continue;
    const Event& m = all_[main->second].event;
    if (SameActor(m.source, e.source) && m.target && e.target &&
        m.target->country == e.target->country && m.status == e.status)
      p.folded = true;
  }
}

// Duplicates within a sentence (a light verb and its noun both matched; two
// verbs for one act between the same known actors: "killed 23 people when
// they blew themselves up").
std::vector<Event> DocumentCoder::Kept() {
  std::set<std::tuple<int, std::string, std::string, std::string>> seen;
  std::vector<Event> out;
  const auto who = [](const std::optional<ActorRef>& a) {
    if (!a) return std::string();
    return ActorResolver::known(*a) ? a->code : a->code + a->text;
  };
  // "killed two Iraqi youths and wounded five others" near Samarra: a target
  // that is only the place's country (IRQ) adds nothing to a target of that
  // country the same trigger named more closely (IRQCVL).
  std::set<std::tuple<int, int, std::string, std::string, std::string>> specific;
  for (const Pending& p : all_) {
    const Event& e = p.event;
    if (e.target && e.target->code.size() > e.target->country.size() && !e.target->country.empty())
      specific.emplace(e.sentence, p.trigger, e.code, who(e.source), e.target->country);
  }
  for (Pending& p : all_) {
    if (p.folded) continue;
    const Event& e = p.event;
    if (e.target && !e.target->country.empty() && e.target->code == e.target->country &&
        specific.count({e.sentence, p.trigger, e.code, who(e.source), e.target->country}))
      continue;
    // A bare statement with no addressee ("Iran said …") carries the events
    // it reports; on its own it is not an interaction between two actors.
    if (e.root == "01" && e.code == "010" && (!e.target || !ActorResolver::known(*e.target)))
      continue;
    // So is a meeting with no one named to meet ("Israel's cabinet met on
    // Sunday"), a body's own session, and an endorsement of no one ("the
    // cabinet approved the budget"): not cooperation between actors.
    if ((e.root == "04" || e.root == "05") && ClaimsOccurrence(e.status) &&
        (!e.target || !ActorResolver::known(*e.target)))
      continue;
    // Any other protest by people of no known country aimed at a known party
    // is half a dyad that names the wrong half.
    if (e.root == "14" && (!e.source || e.source->country.empty()) && e.target &&
        ActorResolver::known(*e.target))
      continue;
    // An act nobody known did is data only when it is coercion or violence
    // (17-20) against a known target ("rockets were fired at the embassy") or
    // what a claim is about; a statement, an aid pledge, a meeting, a protest
    // or a deployment by nobody in particular ("the decision of sending
    // troops to Iraq") is not an interaction.
    if (ClaimsOccurrence(e.status) && (!e.source || !ActorResolver::known(*e.source)) &&
        !(e.quad_class == 4 && e.root >= "17" &&
          ((e.target && ActorResolver::known(*e.target)) || p.embedded)))
      continue;
    // "following the invasions of Dagestan", "assistance to the war against
    // Iraq": an act named inside a phrase, with no one doing it, is a
    // mention of some happening, not a report of one — unless it is what a
    // claim is about ("claimed responsibility for a bombing").
    if (ClaimsOccurrence(e.status) && (!e.source || !ActorResolver::known(*e.source)) &&
        !p.embedded && p.trigger >= 0) {
      const Token& trig = doc_.sentences[e.sentence].tokens[p.trigger];
      std::string_view r = trig.deprel;
      r = r.substr(0, r.find(':'));
      if (trig.upos == "NOUN" &&
          (r == "nmod" || r == "obl" || r == "compound" || r == "conj" || r == "appos"))
        continue;
    }
    // Targets no one codes are one unknown ("demanded the removal of
    // President X and his ruling party": one demand).
    const std::string target_key =
        e.target && ActorResolver::known(*e.target) ? e.target->code : std::string();
    auto key = std::make_tuple(e.sentence, e.code, who(e.source), target_key);
    if (!seen.insert(key).second) continue;
    out.push_back(std::move(p.event));
  }
  return out;
}

void DocumentCoder::AppendQuotes(std::vector<Quote>* quotes) const {
  for (size_t q = 0; q < spans_.size(); ++q) {
    const QuoteSpan& s = spans_[q];
    const Token& a = doc_.sentences[s.first.sentence].tokens[s.first.token];
    const Token& b = doc_.sentences[s.last.sentence].tokens[s.last.token];
    Quote out_q;
    out_q.article_id = doc_.article.id;
    out_q.sentence = s.first.sentence;
    out_q.start = a.start;
    out_q.end = b.end;
    if (b.end > a.start && b.end <= doc_.article.text.size()) {
      out_q.text = doc_.article.text.substr(a.start, b.end - a.start);
    }
    out_q.speaker = speakers_[q];
    out_q.continued = s.continued;
    out_q.indirect = s.indirect;
    quotes->push_back(std::move(out_q));
  }
}

// Claim groups: conflict events on the same target and root told with
// competing perpetrators or statuses.
void MarkClaimGroups(const std::string& article_id, std::vector<Event>* events) {
  std::vector<Event>& out = *events;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> groups;
  for (size_t k = 0; k < out.size(); ++k) {
    const Event& e = out[k];
    if (e.quad_class != 4 || !e.target || !ActorResolver::known(*e.target)) continue;
    groups[{e.root, e.target->code}].push_back(k);
  }
  int gid = 0;
  for (auto& [key, members] : groups) {
    std::set<std::string> accounts;
    for (size_t k : members) accounts.insert(ClaimKey(out[k]));
    if (accounts.size() < 2) continue;
    std::string id = article_id + "-g" + std::to_string(gid++);
    for (size_t k : members) out[k].claim_group = id;
  }
}

}  // namespace

void EventCoder::Code(const Document& doc, std::vector<Event>* events,
                      std::vector<Quote>* quotes) const {
  DocumentCoder coder(frames_, actors_, cameo_, timeplace_, doc);
  for (int si = 0; si < static_cast<int>(doc.sentences.size()); ++si) coder.CodeSentence(si);
  coder.DirectQuotes();
  coder.StatesOfTheDay();
  coder.FoldActNouns();
  std::vector<Event> out = coder.Kept();
  MarkClaimGroups(doc.article.id, &out);
  const Article& art = doc.article;
  std::map<int, int> per_sentence;
  for (Event& e : out) {
    e.event_id = art.id + "-" + std::to_string(e.sentence) + "-" +
                 std::to_string(per_sentence[e.sentence]++);
    events->push_back(std::move(e));
  }
  if (quotes) coder.AppendQuotes(quotes);
}

}  // namespace herodotus::coding
