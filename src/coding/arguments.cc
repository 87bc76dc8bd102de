#include "coding/arguments.h"

#include <algorithm>
#include <set>

#include "coding/attribution.h"

namespace herodotus::coding {
namespace {

// Domestic acts: "police dispersed demonstrators in Monrovia", "lifted the
// curfew in Abidjan", "imposed martial law as battles raged in Baghdad". A
// material act whose target is nobody named — an unnamed group or no one —
// befell the country where it took place; CAMEO and PLOVER coders give the
// target that country (and keep the group's sector). Only places the
// sentence itself names count, never the dateline.
void LocateTarget(Event* e) {
  static constexpr std::string_view kMaterial[] = {"06", "07", "08", "14", "15",
                                                   "17", "18", "19", "20"};
  if (e->target && ActorResolver::known(*e->target)) return;
  const bool placed =
      e->location && !e->location->country.empty() && e->location->basis != "dateline";
  const bool attached = placed && e->location->basis == "attached";
  const bool has_home = e->source && !e->source->country.empty();
  const bool material =
      std::find(std::begin(kMaterial), std::end(kMaterial), e->root) != std::end(kMaterial);
  // "Egyptian police opened fire to disperse demonstrators": force used by a
  // country's police on people no one places is used at home.
  const bool police = has_home && std::find(e->source->sectors.begin(), e->source->sectors.end(),
                                            "COP") != e->source->sectors.end() &&
                      (e->root == "17" || e->root == "18" || e->root == "19" || e->root == "20");
  // "Bashir shortened the nightly curfew", "declared a state of siege":
  // curfews, martial law and states of emergency are imposed or eased at
  // home; so is a concession with no counterpart named ("Shevardnadze
  // resigned"; 080-083 — not withdrawals: "Syria withdrew its troops").
  static constexpr std::string_view kAtHome[] = {"080", "081", "082", "083", "1723", "1724"};
  const bool at_home =
      has_home && std::any_of(std::begin(kAtHome), std::end(kAtHome),
                              [&](std::string_view c) { return e->code.starts_with(c); });
  // A refusal with no counterpart named ("the vice-president declined to
  // resign", "Islamic Jihad rejected an invitation to attend a meeting") is
  // made at home, wherever the sentence is set.
  const bool refusal = has_home && e->root == "12";
  std::string c;
  if (refusal) {
    // A named group of no known country ("hostage-takers' demands to release
    // prisoners in Iraq") is of the place the sentence names, if any.
    const bool group = e->target && !e->target->sectors.empty();
    c = group && placed ? e->location->country : e->source->country;
  } else if (at_home) {
    c = attached ? e->location->country : e->source->country;
  } else if (placed && material) {
    c = e->location->country;
  } else if (police) {
    c = e->source->country;
  } else {
    return;
  }
  if (!e->target) {
    ActorRef place;
    if (placed) place.text = e->location->name;
    e->target = place;
  }
  ActorResolver::SetCountry(&*e->target, c);
}

}  // namespace

std::vector<ActorRef> KnownOnly(std::vector<ActorRef> r) {
  std::erase_if(r, [](const ActorRef& a) { return !ActorResolver::known(a); });
  return r;
}

// "rejected an Indian proposal", "backed Turkey's bid", "calls by Belarus's
// rulers", "suspended part of an aid program for Bosnia": an act aimed at a
// thing is aimed at whoever the thing is of, by or for.
std::vector<ActorRef> OwnerOf(const Tree& t, int noun, ActorResolver* resolver, int depth) {
  if (noun < 0 || t.upos(noun) != "NOUN" || depth > 2) return {};
  auto first_known = [&](auto&& accept) -> std::vector<ActorRef> {
    for (int c : t.children(noun)) {
      if (!accept(c)) continue;
      if (auto r = KnownOnly(resolver->Resolve(c)); !r.empty()) return r;
    }
    return {};
  };
  std::vector<ActorRef> r = first_known([&](int c) { return t.fullrel(c) == "nmod:poss"; });
  if (r.empty()) {
    r = first_known([&](int c) {
      return (t.rel(c) == "amod" || t.rel(c) == "compound") &&
             (t.upos(c) == "ADJ" || t.upos(c) == "PROPN");
    });
  }
  auto of_case = [&](int c) {
    std::string_view k = t.CaseOf(c);
    return t.rel(c) == "nmod" && (k == "of" || k == "from" || k == "by" || k == "for" ||
                                  k == "on" || k == "against");
  };
  if (r.empty()) r = first_known(of_case);
  for (int c : t.children(noun)) {
    if (!r.empty()) break;
    if (of_case(c)) r = OwnerOf(t, c, resolver, depth + 1);
  }
  return r;
}

// "Thousands of Iraqi Kurds", "a group of Moroccan diplomats", "dozens of
// protesters": a quantity or collective noun stands for the group it counts.
std::vector<ActorRef> ResolveThroughQuantity(const Tree& t, int head, ActorResolver* resolver) {
  static constexpr std::string_view kQuantity[] = {
      "thousand", "hundred", "dozen", "ten", "score", "million", "group", "number", "crowd",
      "band", "batch", "patch", "contingent", "team", "delegation", "handful", "majority",
      "some", "many", "most", "several", "all", "member", "wave", "column", "unit"};
  std::vector<ActorRef> r = resolver->Resolve(head);
  if (std::any_of(r.begin(), r.end(), ActorResolver::known)) return r;
  const std::string& l = t.lemma(head);
  if (std::find(std::begin(kQuantity), std::end(kQuantity), l) == std::end(kQuantity)) return r;
  for (int c : t.children(head)) {
    if (t.rel(c) != "nmod" || t.CaseOf(c) != "of") continue;
    // "tens of thousands of protesters": count again.
    auto inner = ResolveThroughQuantity(t, c, resolver);
    if (std::any_of(inner.begin(), inner.end(), ActorResolver::known)) return inner;
  }
  return r;
}

// When the parse gives a verb no subject (a misattached clause, "Zambia
// extradited …" parsed as the object of a later "said"), the subject is the
// nearest actor to the left in the same clause, as a shallow coder would read
// it: a noun not governed by a preposition, with no verb between.
std::vector<ActorRef> LinearSubject(const Tree& t, int verb, ActorResolver* resolver) {
  for (int i = verb - 1; i >= 0; --i) {
    std::string_view u = t.upos(i);
    // A verb, a subordinator, a pronoun or any punctuation closes the clause.
    if (u == "VERB" || u == "PUNCT" || u == "SCONJ" || (u == "PRON" && t.rel(i) != "nmod:poss"))
      return {};
    if (u != "PROPN" && u != "NOUN") continue;
    if (t.Child(i, "case") >= 0) continue;  // "in Baghdad", "of the army"
    std::string_view r = t.rel(i);
    if (r == "compound" || r == "flat" || r == "obl:tmod" || r == "nmod:tmod") continue;
    if (auto found = KnownOnly(ResolveThroughQuantity(t, i, resolver)); !found.empty()) return found;
  }
  return {};
}

// "aid to Serbia", "contact with the United States", "sanctions on Iran":
// the one a thing is given to, shared with or aimed at.
std::vector<ActorRef> RecipientOf(const Tree& t, int noun, ActorResolver* resolver) {
  if (noun < 0 || t.upos(noun) != "NOUN") return {};
  for (int c : t.children(noun)) {
    std::string_view k = t.CaseOf(c);
    if (t.rel(c) == "nmod" && (k == "to" || k == "for" || k == "with" || k == "against" ||
                               k == "on" || k == "toward" || k == "towards")) {
      if (auto r = KnownOnly(resolver->Resolve(c)); !r.empty()) return r;
    }
  }
  return {};
}

// The one an intended, threatened, refused or requested act is aimed at:
// "threatened to cut off electricity to Nakhichevan", "refused to meet
// Jordan's king", "is willing to help defend Saudi Arabia".
std::vector<ActorRef> TargetOfClause(const Tree& t, int verb, ActorResolver* resolver,
                                     int depth) {
  if (verb < 0 || depth > 2) return {};
  for (std::string_view want : {"iobj", "obj"}) {
    for (int c : t.children(verb)) {
      if (t.rel(c) != want) continue;
      if (auto r = KnownOnly(resolver->Resolve(c)); !r.empty()) return r;
      if (auto r = OwnerOf(t, c, resolver); !r.empty()) return r;
      if (auto r = RecipientOf(t, c, resolver); !r.empty()) return r;
    }
  }
  for (int c : t.children(verb)) {
    std::string_view k = t.CaseOf(c);
    if ((t.rel(c) == "obl" || t.rel(c) == "nmod") &&
        (k == "to" || k == "against" || k == "on" || k == "with" || k == "toward" ||
         k == "towards" || k == "from")) {
      if (auto r = KnownOnly(resolver->Resolve(c)); !r.empty()) return r;
    }
  }
  // "willing to send material to help defend Saudi Arabia": on through an
  // infinitive and a purpose clause.
  for (int c : t.children(verb)) {
    if (t.rel(c) == "xcomp" || (t.rel(c) == "advcl" && HasMarkTo(t, c))) {
      if (auto r = TargetOfClause(t, c, resolver, depth + 1); !r.empty()) return r;
    }
  }
  return {};
}

std::vector<ActorRef> PurposeTarget(const Tree& t, int verb, ActorResolver* resolver) {
  // The to-clause on the verb, or on its object where parsers often hang it.
  std::vector<int> clauses;
  auto collect = [&](int head, std::string_view rel) {
    for (int c : t.children(head)) {
      if (t.rel(c) == rel && t.upos(c) == "VERB" && HasMarkTo(t, c)) clauses.push_back(c);
    }
  };
  collect(verb, "advcl");
  collect(verb, "xcomp");
  for (int o : t.children(verb))
    if (t.rel(o) == "obj") collect(o, "acl");
  for (int c : clauses) {
    if (auto r = TargetOfClause(t, c, resolver); !r.empty()) return r;
    for (int k : t.children(c)) {  // "to show their disapproval for the US policies"
      std::string_view cs = t.CaseOf(k);
      if (t.rel(k) != "obl" || (cs != "for" && cs != "of" && cs != "at" && cs != "over")) continue;
      if (auto r = KnownOnly(resolver->Resolve(k)); !r.empty()) return r;
    }
  }
  return {};
}

// "its troops", "their forces": a noun a pronoun owns.
bool OwnedByPronoun(const Tree& t, int noun) {
  for (int c : t.children(noun)) {
    if (t.fullrel(c) == "nmod:poss" && t.upos(c) == "PRON") return true;
  }
  return false;
}

// The child of `verb` whose phrase holds word i, reached through governed
// phrases only (not a coordinated clause, a parenthetical or a modifier
// clause; through adverbial clauses only if `through_clauses`), or -1.
int GovernedPhrase(const Tree& t, int verb, int i, bool through_clauses) {
  for (int x = i, steps = 0; x >= 0 && steps < t.size(); x = t.head(x), ++steps) {
    std::string_view r = t.rel(x);
    if (r == "parataxis" || r == "conj" || r == "acl" || (r == "advcl" && !through_clauses))
      return -1;
    if (t.head(x) == verb) return x;
  }
  return -1;
}

// The first known actor after `verb` inside its objects, obliques and
// complement clauses (never in a parenthetical "…, officials said" or a
// coordinated clause), other than the sources themselves and, when
// `skip_country` is set, other than actors of that country. A place ("in
// Tokyo") stands for its country.
std::vector<ActorRef> FirstActorGoverned(const Tree& t, int verb, const std::vector<ActorRef>& srcs,
                                         std::string_view skip_country, ActorResolver* resolver) {
  // advmod: "hand over to Great Britain" parsed with "to Britain" under "over".
  static constexpr std::string_view kInto[] = {"obj",   "iobj", "obl",   "xcomp",
                                               "ccomp", "nmod", "advmod"};
  static constexpr std::string_view kPlaceCase[] = {"in", "at", "near", "inside", "outside"};
  for (int i = verb + 1; i < t.size(); ++i) {
    if (t.upos(i) != "PROPN" && t.upos(i) != "NOUN") continue;
    std::string_view r = t.rel(i);
    if (r == "compound" || r == "flat" || r == "amod") continue;  // inside a phrase
    // Walk up to the verb: through governed phrases only.
    const int x = GovernedPhrase(t, verb, i, /*through_clauses=*/false);
    if (x < verb) continue;
    if (std::find(std::begin(kInto), std::end(kInto), t.rel(x)) == std::end(kInto)) continue;
    // "withdraw its troops", "deploy their forces": the actor's own.
    if (t.rel(i) == "obj" && OwnedByPronoun(t, i)) continue;
    std::vector<ActorRef> found = KnownOnly(resolver->Resolve(i));
    std::erase_if(found, [&](const ActorRef& a) {
      return (!skip_country.empty() && (a.country.empty() || a.country == skip_country)) ||
             std::any_of(srcs.begin(), srcs.end(), [&](const ActorRef& s) {
               return s.code == a.code && s.text == a.text;
             });
    });
    if (found.empty()) continue;
    const std::string_view cs = t.CaseOf(i);
    if (std::find(std::begin(kPlaceCase), std::end(kPlaceCase), cs) != std::end(kPlaceCase)) {
      for (ActorRef& a : found) {
        if (a.country.empty()) continue;
        a.code = a.country;
        a.sectors.clear();
      }
    }
    return found;
  }
  return {};
}

std::vector<ActorRef> SubjectOfCondition(const Tree& t, int verb, ActorResolver* resolver) {
  if (verb < 0) return {};
  for (int c : t.children(verb)) {
    if (t.rel(c) != "advcl") continue;
    bool condition = false;
    for (int k : t.children(c)) {
      condition = condition || (t.rel(k) == "mark" && (t.lemma(k) == "if" || t.lemma(k) == "unless"));
    }
    if (!condition) continue;
    for (int k : t.children(c)) {
      if (t.rel(k) == "nsubj") return KnownOnly(resolver->Resolve(k));
    }
  }
  // "to stop talks to reduce arms if the US goes ahead": the condition may
  // hang on a verb further down the chain of to-clauses.
  for (int c : t.children(verb)) {
    if (t.rel(c) == "xcomp" && c > verb) return SubjectOfCondition(t, c, resolver);
  }
  return {};
}

std::vector<ActorRef> ProtestAddressee(const Tree& t, int verb, const std::vector<ActorRef>& srcs,
                                       ActorResolver* resolver) {
  static constexpr std::string_view kPlaceCase[] = {"in", "at", "near", "inside", "outside",
                                                    "through", "across", "around", "into"};
  std::string home;
  for (const ActorRef& s : srcs) {
    if (ActorResolver::known(s)) home = s.country;
  }
  for (int i = verb + 1; i < t.size(); ++i) {
    if (t.upos(i) != "PROPN" && t.upos(i) != "NOUN") continue;
    std::string_view r = t.rel(i);
    if (r == "compound" || r == "flat" || r == "amod") continue;
    const std::string_view cs = t.CaseOf(i);
    if (std::find(std::begin(kPlaceCase), std::end(kPlaceCase), cs) != std::end(kPlaceCase))
      continue;
    if (GovernedPhrase(t, verb, i, /*through_clauses=*/true) < 0) continue;
    std::vector<ActorRef> found = KnownOnly(resolver->Resolve(i));
    std::erase_if(found, [&](const ActorRef& a) { return !home.empty() && a.country == home; });
    if (!found.empty()) return found;
  }
  return {};
}

Arguments ReadArguments(const Tree& tree, const FrameMatch& m,
                        const std::vector<FrameMatch>& matches,
                        const lexicon::FrameDictionary& frames, ActorResolver* resolver) {
  std::vector<ActorRef> srcs, tgts;
  // "Pakistan today threatened …" parsed with "today" as the subject: a
  // time word is never the actor; read the clause as if it had none.
  int source_tok = m.source;
  if (source_tok >= 0 && IsTimeWord(tree, source_tok)) {
    int time = source_tok;
    source_tok = -1;
    for (int c : tree.children(time)) {  // "Pakistan" hung on "today" as a compound
      if ((tree.rel(c) == "compound" || tree.fullrel(c) == "nmod:poss") &&
          ActorResolver::known(resolver->ResolveOne(c))) {
        source_tok = c;
      }
    }
  }
  // "Norway renewed its demand that …": a possessive pronoun on the object
  // of a verb is that verb's subject — for a said act (demand, appeal,
  // criticism, offer); a material act named as an object ("unless Israel
  // rescinded its annexation") is background, not news.
  const std::string_view root = std::string_view(m.frame->code).substr(0, 2);
  if (source_tok >= 0 && (root <= "05" || (root >= "10" && root <= "14")) &&
      tree.upos(source_tok) == "PRON" && tree.fullrel(source_tok) == "nmod:poss" &&
      (tree.lemma(source_tok) == "its" || tree.lemma(source_tok) == "their" ||
       tree.lemma(source_tok) == "it" || tree.lemma(source_tok) == "they")) {
    const int noun = tree.head(source_tok), verb = noun >= 0 ? tree.head(noun) : -1;
    if (verb >= 0 && tree.rel(noun) == "obj" && tree.upos(verb) == "VERB") {
      if (int s = SubjectOf(tree, verb); s >= 0 && tree.upos(s) != "PRON") source_tok = s;
    }
  }
  if (source_tok >= 0) srcs = ResolveThroughQuantity(tree, source_tok, resolver);
  // "UN Secretary-General Antonio Guterres met …", "NATO-member Norway is
  // willing …": a name the parser split into two subjects of one verb; when
  // the subject found codes nothing, the other one that does is the source.
  if (source_tok >= 0 && tree.rel(source_tok) == "nsubj" && tree.head(source_tok) >= 0 &&
      std::none_of(srcs.begin(), srcs.end(), ActorResolver::known)) {
    for (int c : tree.children(tree.head(source_tok))) {
      if (c == source_tok || tree.rel(c) != "nsubj" || tree.upos(c) == "PRON") continue;
      std::vector<ActorRef> other = ResolveThroughQuantity(tree, c, resolver);
      if (std::any_of(other.begin(), other.end(), ActorResolver::known)) {
        srcs = std::move(other);
        source_tok = c;
        break;
      }
    }
  }
  // "US Predator attacks killed eight al-Qaeda leaders", "Israel's
  // shelling destroyed …", "Israeli army bulldozers demolished …": an act
  // (a noun that is itself an event trigger) or a weapon or vehicle as
  // subject stands for whoever does it or wields it.
  static constexpr std::string_view kInstruments[] = {
      "bulldozer", "tank", "jet", "warplane", "plane", "aircraft", "helicopter", "drone",
      "gunship", "gunboat", "warship", "ship", "vessel", "boat", "submarine", "missile",
      "rocket", "shell", "artillery", "battery", "vehicle", "convoy", "bomber", "fighter"};
  if (source_tok >= 0 && tree.upos(m.source) == "NOUN" &&
      std::none_of(srcs.begin(), srcs.end(), ActorResolver::known) &&
      (!frames.ForTrigger(tree.lemma(m.source), lexicon::TriggerKind::kNoun).empty() ||
       std::find(std::begin(kInstruments), std::end(kInstruments), tree.lemma(m.source)) !=
           std::end(kInstruments))) {
    for (int c : tree.children(m.source)) {
      std::string_view fr = tree.fullrel(c);
      bool owner = fr == "nmod:poss" ||
                   ((tree.rel(c) == "amod" || tree.rel(c) == "compound") &&
                    (tree.upos(c) == "ADJ" || tree.upos(c) == "PROPN")) ||
                   (tree.rel(c) == "nmod" && tree.CaseOf(c) == "by");
      if (!owner) continue;
      if (auto r = KnownOnly(resolver->Resolve(c)); !r.empty()) {
        srcs = r;
        break;
      }
    }
  }
  // "The United States speeded up the withdrawal": an event noun that
  // is the object of a verb coding nothing itself is done by that verb's
  // subject — unless the verb stops it or speaks of it.
  if (m.source < 0 && tree.upos(m.trigger) == "NOUN" && tree.rel(m.trigger) == "obj") {
    static constexpr std::string_view kStops[] = {
        "halt", "stop", "suspend", "delay", "postpone", "cancel", "block", "prevent",
        "oppose", "reject", "deny", "condemn", "criticize", "criticise", "protest",
        "fear", "expect", "predict", "seek", "want", "ask", "discuss", "consider",
        "investigate", "probe", "report", "witness", "survive", "escape", "avoid"};
    int verb = tree.head(m.trigger);
    bool coded = std::any_of(matches.begin(), matches.end(),
                             [&](const FrameMatch& o) { return o.trigger == verb; });
    if (verb >= 0 && tree.upos(verb) == "VERB" && !coded &&
        ClassifyClaimWord(tree.lemma(verb)) == ClaimKind::kNone &&
        std::find(std::begin(kStops), std::end(kStops), tree.lemma(verb)) == std::end(kStops)) {
      if (int subj = SubjectOf(tree, verb); subj >= 0) srcs = ResolveThroughQuantity(tree, subj, resolver);
    }
  }
  if (source_tok < 0 && tree.upos(m.trigger) == "VERB" && !tree.IsPassive(m.trigger) &&
      tree.rel(m.trigger) != "acl" && tree.rel(m.trigger) != "xcomp") {
    srcs = LinearSubject(tree, m.trigger, resolver);
  }
  if (m.target >= 0) tgts = ResolveThroughQuantity(tree, m.target, resolver);
  // "Syria withdrew its troops", "offered its troops": what the source's
  // pronoun owns is what it acts with, not on.
  if (m.target >= 0 && OwnedByPronoun(tree, m.target) && srcs.size() == 1 &&
      !srcs.front().country.empty() &&
      std::all_of(tgts.begin(), tgts.end(),
                  [&](const ActorRef& a) { return a.country == srcs.front().country; })) {
    tgts.clear();
  }
  if (std::none_of(tgts.begin(), tgts.end(), ActorResolver::known)) {
    if (auto owners = OwnerOf(tree, m.target, resolver); !owners.empty()) {
      tgts = owners;
    } else if (auto to = RecipientOf(tree, m.target, resolver); !to.empty()) {
      tgts = to;  // "held a meeting with Obama"
    }
  }
  // "halted economic aid to Serbia": the frame's own noun names the
  // recipient.
  if (m.target < 0) {
    for (int n : m.absorbed) {
      if (std::any_of(tgts.begin(), tgts.end(), ActorResolver::known)) break;
      if (auto r = RecipientOf(tree, n, resolver); !r.empty()) tgts = r;
    }
    // "is opposed to French mediation": what is rejected is its owner's.
    for (int n : m.absorbed) {
      if (!m.frame->code.starts_with("12") ||
          std::any_of(tgts.begin(), tgts.end(), ActorResolver::known))
        break;
      if (auto r = KnownOnly(OwnerOf(tree, n, resolver)); !r.empty()) tgts = r;
    }
  }
  // "threatened to stop the talks if the United States deploys missiles":
  // a threat is aimed at whoever the condition is about.
  bool conditioned = false;
  if (m.frame->code.starts_with("13") &&
      std::none_of(tgts.begin(), tgts.end(), ActorResolver::known)) {
    for (int verb : {m.event, m.trigger}) {
      if (auto held = SubjectOfCondition(tree, verb, resolver); !held.empty()) {
        tgts = held;
        conditioned = true;
        break;
      }
    }
  }
  if (m.target < 0 && m.event >= 0 && !conditioned &&
      (m.frame->code.starts_with("03") || m.frame->code.starts_with("12") ||
       m.frame->code.starts_with("13"))) {
    if (auto aimed = TargetOfClause(tree, m.event, resolver); !aimed.empty()) tgts = aimed;
  }
  // "demanded that the US cancel its plans": a request or demand with no
  // addressee of its own is addressed to whoever is to act.
  if (m.target < 0 && m.event >= 0 &&
      (m.frame->code.starts_with("02") || m.frame->code.starts_with("10"))) {
    for (int c : tree.children(m.event)) {
      if (tree.rel(c) != "nsubj") continue;
      std::vector<ActorRef> addressee = resolver->Resolve(c);
      if (std::any_of(addressee.begin(), addressee.end(), ActorResolver::known))
        tgts = std::move(addressee);
      break;
    }
  }
  // "Demonstrators in Baghdad blocked a road to show their disapproval for the
  // United States' military policies", "blocked streets in Hong Kong in
  // defiance of Chinese authorities": a protest with no addressee of its own
  // is aimed at the first other party named in what it governs, purpose
  // clauses included (places where it happened are not parties).
  if (m.frame->code.starts_with("14") && tree.upos(m.trigger) == "VERB" &&
      std::none_of(tgts.begin(), tgts.end(), ActorResolver::known)) {
    auto aimed = ProtestAddressee(tree, m.trigger, srcs, resolver);
    if (!aimed.empty()) tgts = std::move(aimed);
  }
  // Last, as a shallow coder reads a sentence: when no target is known, the
  // first actor named in what the verb governs after it ("agreed to set up a
  // centre in Tokyo", "refused to commit troops to the war against Iraq",
  // "launched a mediation effort between the Emirates and Saudi Arabia") —
  // only to complete an act of a known actor, never to make one out of an
  // unknown doer. A target that is the source's own state or forces ("offered its troops
  // to Lebanon's president", "mobilized army reservists for a war against
  // Iraq") is what it acts with, not on: a foreign actor named further on is
  // the target. (Other people of its country — "investigating crimes by
  // Croatian extremists" — stay targets.)
  const std::string home = srcs.size() == 1 ? srcs.front().country : "";
  const bool self_aimed =
      !home.empty() && std::any_of(tgts.begin(), tgts.end(), ActorResolver::known) &&
      std::all_of(tgts.begin(), tgts.end(), [&](const ActorRef& a) {
        return !ActorResolver::known(a) || (a.country == home && IsStateOrOrgan(a));
      });
  // Not for joint acts ("held talks in Baghdad"): their other side is named
  // with "with" or conjoined with the source, never by where they met.
  if (!m.frame->symmetric() &&
      (self_aimed || std::none_of(tgts.begin(), tgts.end(), ActorResolver::known)) &&
      std::any_of(srcs.begin(), srcs.end(), ActorResolver::known) &&
      tree.upos(m.trigger) == "VERB" && !m.frame->code.starts_with("01")) {
    auto first = FirstActorGoverned(tree, m.trigger, srcs, self_aimed ? home : "", resolver);
    if (!first.empty()) tgts = std::move(first);
  }
  if (srcs.empty()) srcs.emplace_back();
  if (tgts.empty()) tgts.emplace_back();
  // Joint acts of conjoined actors with no one else named: "Israel and
  // Lebanon renewed negotiations", "Hungarian and Romanian officials
  // met" — each side acts with the other, one event per direction.
  // Agreements of conjoined parties are joint too ("Japan and India agreed
  // to expand defence cooperation", "Ethiopia and Sudan agreed to reopen
  // their border"): with no third party named, each agreed with the other.
  std::vector<ActorRef> sides;
  if (m.source >= 0 && (m.frame->symmetric() || (m.frame->code.starts_with("03") &&
                                                 (tree.lemma(m.trigger) == "agree" ||
                                                  tree.lemma(m.trigger) == "reach")))) {
    sides = KnownOnly(resolver->ResolveConjoined(m.source));
  }
  const auto among_sides = [&](const ActorRef& t) {
    return !ActorResolver::known(t) || std::any_of(sides.begin(), sides.end(), [&](const ActorRef& a) {
      return a.code == t.code;
    });
  };
  // "French and Egyptian warships launched war games": exercises held by
  // conjoined forces of different states with no one else named are joint
  // exercises, military cooperation between them (062).
  std::string code;
  if (m.frame->code.starts_with("15") && m.source >= 0 &&
      std::none_of(tgts.begin(), tgts.end(), ActorResolver::known)) {
    int obj = tree.Child(m.trigger, "obj");
    if (obj >= 0 && Measured(tree, obj) >= 0) obj = Measured(tree, obj);  // "10 days of war games"
    static constexpr std::string_view kDrills[] = {"exercise", "drill", "maneuver", "manoeuvre",
                                                   "game", "patrol"};
    if (obj >= 0 &&
        std::find(std::begin(kDrills), std::end(kDrills), tree.lemma(obj)) != std::end(kDrills)) {
      std::vector<ActorRef> forces = KnownOnly(resolver->ResolveConjoined(m.source));
      std::set<std::string> states;
      for (const ActorRef& a : forces) states.insert(a.country);
      if (states.size() >= 2 && !states.count("")) {
        sides = std::move(forces);
        code = "062";
      }
    }
  }
  if (sides.size() >= 2 && (m.frame->symmetric() || !code.empty()
                                ? std::none_of(tgts.begin(), tgts.end(), ActorResolver::known)
                                : std::all_of(tgts.begin(), tgts.end(), among_sides))) {
    srcs = sides;
    tgts = sides;
  } else if (!m.frame->symmetric() && m.source >= 0 &&
             std::none_of(tgts.begin(), tgts.end(), ActorResolver::known)) {
    // "The Turkish and Greek sides pledged to share information": each.
    std::vector<ActorRef> each = resolver->ResolveConjoined(m.source);
    if (each.size() > srcs.size()) srcs = std::move(each);
  }
  return {std::move(srcs), std::move(tgts), std::move(code)};
}

void DomesticTarget(Event* e) {
  if (!e->source) return;
  if (e->root != "14") {
    LocateTarget(e);
    return;
  }
  if ((!e->target || !ActorResolver::known(*e->target)) && !e->source->country.empty()) {
    // A protest with no named addressee is aimed at the authorities of the
    // protesters' own country.
    ActorRef home;
    home.code = home.country = e->source->country;
    home.text = e->target ? e->target->text : "";
    e->target = home;
  }
}

}  // namespace herodotus::coding
