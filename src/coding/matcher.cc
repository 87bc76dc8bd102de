#include "coding/matcher.h"

#include <algorithm>
#include <span>

namespace herodotus::coding {
namespace {

using lexicon::Element;
using lexicon::ElementKind;
using lexicon::Role;

bool AnyOf(const std::vector<std::string>& words, std::string_view w) {
  for (const std::string& x : words) {
    // "on_behalf_of" is written with underscores; the case child is its first word.
    std::string_view first = std::string_view(x).substr(0, x.find('_'));
    if (first == w) return true;
  }
  return false;
}

bool SynsetAccepts(const Tree& t, int tok, const lexicon::Synset* s) {
  if (!s) return true;
  const std::string& l = t.lemma(tok);
  for (const auto& m : s->members) {
    if (m.head != l) continue;
    bool ok = true;
    for (const std::string& mod : m.modifiers) {
      bool found = false;
      for (int c : t.children(tok)) {
        if ((t.rel(c) == "amod" || t.rel(c) == "compound") && t.lemma(c) == mod) found = true;
      }
      ok = ok && found;
    }
    for (const std::string& comp : m.complement) {
      bool found = false;
      for (int c : t.children(tok)) {
        if (t.rel(c) == "nmod" && t.lemma(c) == comp && t.CaseOf(c) == m.complement_case) {
          found = true;
        }
      }
      ok = ok && found;
    }
    if (ok) return true;
  }
  return false;
}

}  // namespace

// "5.1 million dollars of aid", "1,000 tons of grain", "a package of
// sanctions", "10 days of war games": a measure noun stands for what it
// measures.
int Measured(const Tree& t, int noun) {
  static constexpr std::string_view kMeasure[] = {
      "dollar", "euro", "pound", "yen", "franc", "shilling", "ton", "tonne", "kg", "kilogram",
      "million", "billion", "worth", "amount", "package", "shipment", "consignment", "load",
      "batch", "round", "series", "wave", "set", "host", "number", "lot", "supply",
      "thousand", "hundred", "dozen", "ten", "score", "handful", "couple", "pair", "part",
      "portion", "section", "rest", "day", "week", "month", "hour"};
  if (std::find(std::begin(kMeasure), std::end(kMeasure), t.lemma(noun)) == std::end(kMeasure))
    return -1;
  for (int c : t.children(noun)) {
    if (t.rel(c) == "nmod" && (t.CaseOf(c) == "of" || t.CaseOf(c) == "in")) return c;
  }
  return -1;
}

namespace {

bool IsVerbal(const Tree& t, int i) {
  std::string_view u = t.upos(i);
  return u == "VERB" || u == "AUX" || u == "ADJ";
}

// The token an element binds to under `anchor`, or -1.
int Bind(const Tree& t, const Element& e, int anchor, const std::vector<int>& taken) {
  auto free = [&](int c) { return std::find(taken.begin(), taken.end(), c) == taken.end(); };
  auto ok_noun = [&](int c) {
    if (SynsetAccepts(t, c, e.nouns)) return true;
    // "thousands of troops", "tens of thousands of troops": what is counted.
    for (int inner = e.nouns ? Measured(t, c) : -1, depth = 0; inner >= 0 && depth < 2;
         inner = Measured(t, inner), ++depth) {
      if (SynsetAccepts(t, inner, e.nouns)) return true;
    }
    return false;
  };
  bool verbal = IsVerbal(t, anchor);
  switch (e.kind) {
    case ElementKind::kSubject: {
      if (verbal) {
        // "Serb forces were engaged in ethnic cleansing": a passive in form,
        // its subject is the one who acts.
        if (t.IsPassive(anchor) && (t.lemma(anchor) == "engage" || t.lemma(anchor) == "involve")) {
          for (int c : t.children(anchor)) {
            if (t.fullrel(c) == "nsubj:pass" && free(c) && ok_noun(c)) return c;
          }
        }
        if (t.IsPassive(anchor)) {
          for (int c : t.children(anchor)) {
            if (t.rel(c) == "obl" && t.CaseOf(c) == "by" && free(c) && ok_noun(c)) return c;
          }
          return -1;
        }
        int s = SubjectOf(t, anchor);
        return s >= 0 && free(s) && ok_noun(s) ? s : -1;
      }
      // Nouns: "Israel's strikes", "Israeli strikes", "U.S. sanctions".
      for (std::string_view want : {"nmod:poss", "compound", "amod"}) {
        for (int c : t.children(anchor)) {
          std::string_view fr = t.fullrel(c);
          if ((fr == want || (want != "nmod:poss" && t.rel(c) == want)) && free(c) && ok_noun(c) &&
              (t.upos(c) == "PROPN" || t.upos(c) == "ADJ" || t.upos(c) == "PRON" ||
               t.upos(c) == "NOUN")) {
            return c;
          }
        }
      }
      for (int c : t.children(anchor)) {
        if (t.rel(c) == "nmod" && t.CaseOf(c) == "by" && free(c)) return c;
      }
      return -1;
    }
    case ElementKind::kObject: {
      bool passive = verbal && t.IsPassive(anchor);
      for (int c : t.children(anchor)) {
        std::string_view fr = t.fullrel(c);
        bool is_obj = passive ? fr == "nsubj:pass" : t.rel(c) == "obj";
        if (is_obj && free(c) && ok_noun(c)) return c;
      }
      return -1;
    }
    case ElementKind::kIndirectObject:
      for (int c : t.children(anchor)) {
        if (t.rel(c) == "iobj" && free(c) && ok_noun(c)) return c;
      }
      return -1;
    case ElementKind::kParticle:
      for (int c : t.children(anchor)) {
        std::string_view fr = t.fullrel(c);
        if ((fr == "compound:prt" || t.rel(c) == "advmod" || t.rel(c) == "compound") &&
            AnyOf(e.words, t.lemma(c))) {
          return c;
        }
      }
      // "handed over 700 kg of medicine": the particle right after the verb,
      // parsed as a modifier of the number that follows it.
      if (anchor + 1 < t.size() && t.rel(anchor + 1) == "advmod" && t.head(anchor + 1) > anchor &&
          t.upos(t.head(anchor + 1)) == "NUM" && AnyOf(e.words, t.lemma(anchor + 1)))
        return anchor + 1;
      return -1;
    case ElementKind::kOblique:
      for (int c : t.children(anchor)) {
        std::string_view r = t.rel(c);
        // An actor is never a time: "continued the strike on Monday".
        if ((r == "obl" || r == "nmod" || (r == "advcl" && t.upos(c) == "NOUN")) && free(c) &&
            AnyOf(e.words, t.CaseOf(c)) && ok_noun(c) &&
            (e.role == Role::kNone || !IsTimeWord(t, c))) {
          return c;
        }
      }
      return -1;
    case ElementKind::kModifier:
      for (int c : t.children(anchor)) {
        if ((t.rel(c) == "amod" || t.rel(c) == "compound") && free(c) && ok_noun(c)) return c;
      }
      return -1;
    case ElementKind::kXcomp:
      for (int c : t.children(anchor)) {
        std::string_view r = t.rel(c);
        int mark = t.Child(c, "mark");
        std::string_view marker = mark >= 0 ? std::string_view(t.lemma(mark)) : std::string_view();
        bool ok;
        if (e.marks.empty()) {
          ok = r == "xcomp";  // secondary predicate: "hold TGT responsible"
        } else if (AnyOf(e.marks, "to")) {
          ok = r == "xcomp" || (r == "advcl" && marker == "to");
          if (!ok && (r == "advcl" || r == "acl") && AnyOf(e.marks, marker)) ok = true;
        } else {
          // "accuse TGT of shelling": a gerund clause marked "of" / "for".
          ok = (r == "advcl" || r == "acl" || r == "xcomp") &&
               (AnyOf(e.marks, marker) || AnyOf(e.marks, t.CaseOf(c)));
        }
        if (ok && free(c) && (e.words.empty() || AnyOf(e.words, t.lemma(c)))) return c;
      }
      // "ordered the newspaper to suspend publication": the parser hangs the
      // to-clause on the verb's object (acl) as often as on the verb.
      if (AnyOf(e.marks, "to") && IsVerbal(t, anchor)) {
        for (int o : t.children(anchor)) {
          if (t.rel(o) != "obj") continue;
          for (int c : t.children(o)) {
            if (t.rel(c) == "acl" && t.upos(c) == "VERB" && HasMarkTo(t, c) && free(c) &&
                (e.words.empty() || AnyOf(e.words, t.lemma(c))))
              return c;
          }
        }
      }
      return -1;
    case ElementKind::kCcomp:
      for (int c : t.children(anchor)) {
        if (t.rel(c) == "ccomp" && free(c) && (e.words.empty() || AnyOf(e.words, t.lemma(c))))
          return c;
      }
      return -1;
    case ElementKind::kClause: {
      for (int c : t.children(anchor)) {
        if (!free(c)) continue;
        std::string_view r = t.rel(c);
        int mark = t.Child(c, "mark");
        std::string_view marker = mark >= 0 ? std::string_view(t.lemma(mark)) : t.CaseOf(c);
        if (e.words.empty() || AnyOf(e.words, "")) {
          if (r == "ccomp" || r == "obj") return c;
          // A noun's content clause: "its demand that Russia release …".
          if (r == "acl" && !verbal && marker == "that") return c;
          continue;
        }
        if (AnyOf(e.words, "that") && r == "ccomp") return c;
        if (AnyOf(e.words, "to") && (r == "xcomp" || (r == "advcl" && marker == "to"))) return c;
        if ((r == "advcl" || r == "obl" || r == "nmod" || r == "acl") && AnyOf(e.words, marker))
          return c;
      }
      // "blamed an Iran-backed militia for the attack" with "for the attack"
      // attached to the object noun: prepositional attachment is ambiguous.
      if (!e.words.empty() && !AnyOf(e.words, "that") && !AnyOf(e.words, "to")) {
        for (int o : t.children(anchor)) {
          if (t.rel(o) != "obj") continue;
          for (int c : t.children(o)) {
            std::string_view r = t.rel(c);
            int mark = t.Child(c, "mark");
            std::string_view marker = mark >= 0 ? std::string_view(t.lemma(mark)) : t.CaseOf(c);
            if ((r == "nmod" || r == "acl") && free(c) && AnyOf(e.words, marker)) return c;
          }
        }
      }
      return -1;
    }
  }
  return -1;
}

bool Hard(const Element& e) {
  if (e.optional) return false;
  switch (e.kind) {
    case ElementKind::kSubject:
    case ElementKind::kObject:
    case ElementKind::kIndirectObject:
      return e.role == Role::kNone || e.nouns != nullptr;
    default:
      return true;
  }
}

// The possessor of a noun: "TGT's {asset}" / "the assets of TGT".
int Possessor(const Tree& t, int noun) {
  for (int c : t.children(noun)) {
    if (t.fullrel(c) == "nmod:poss") return c;
  }
  for (int c : t.children(noun)) {
    if (t.rel(c) == "nmod" && t.CaseOf(c) == "of") return c;
  }
  return -1;
}

std::optional<FrameMatch> TryFrame(const Tree& t, const lexicon::Frame& f, int trigger) {
  FrameMatch m;
  m.frame = &f;
  m.trigger = trigger;
  // Scratch reused across calls (a trigger tries dozens of frames per
  // sentence; fresh vectors each time made malloc a visible share of coding).
  static thread_local std::vector<int> taken, bound;
  taken.assign(1, trigger);
  bound.assign(f.elements.size(), -1);
  int fallback_source = -1, fallback_target = -1, fallback_oblique = -1;
  for (size_t k = 0; k < f.elements.size(); ++k) {
    const Element& e = f.elements[k];
    int anchor = trigger;
    if (e.attach >= 0) {
      anchor = bound[e.attach];
      if (anchor < 0) {
        if (Hard(e)) return std::nullopt;
        continue;
      }
    }
    int c = Bind(t, e, anchor, taken);
    // "cancelled a planned visit to Haiti": the parser hangs a verb's
    // prepositional phrase on its object as often as on the verb. Only for
    // actor slots: a constrained noun found there ("blamed the militia for
    // the attack") is an event of its own, not part of this one.
    if (c < 0 && e.kind == ElementKind::kOblique && e.role != Role::kNone) {
      for (size_t j = 0; j < k && c < 0; ++j) {
        const Element& o = f.elements[j];
        if (bound[j] >= 0 && o.attach == e.attach &&
            (o.kind == ElementKind::kObject || (o.kind == ElementKind::kOblique && o.nouns)))
          c = Bind(t, e, bound[j], taken);
      }
    }
    if (c < 0) {
      if (Hard(e) || (e.kind == ElementKind::kObject && f.needs_object())) return std::nullopt;
      continue;
    }
    bound[k] = c;
    taken.push_back(c);
    m.score += Hard(e) ? 2 : 1;
    int actor = c;
    Role role = e.role;
    if (e.possessor != Role::kNone) {
      actor = Possessor(t, c);
      role = e.possessor;
      if (actor < 0) continue;
    }
    // "Israeli drones struck …", "shot down a Russian warplane": a
    // constrained subject or object with no slot of its own still tells who
    // acted or suffered, through its modifiers — when no slot says so.
    if (role == Role::kNone && e.kind == ElementKind::kSubject && fallback_source < 0)
      fallback_source = c;
    // "opened {fire} to disperse @CROWD": the object of the frame's own
    // clause is what the act is done to, not the trigger's instrument.
    if (role == Role::kNone && e.kind == ElementKind::kObject && e.nouns &&
        (fallback_target < 0 || (e.attach >= 0 && f.elements[e.attach].kind == ElementKind::kXcomp)))
      fallback_target = c;
    // "protested against Israeli policies": whose the constrained noun of
    // a prepositional phrase is, when no object says it.
    if (role == Role::kNone && e.kind == ElementKind::kOblique && e.nouns && fallback_target < 0)
      fallback_oblique = c;
    if (role == Role::kSource && m.source < 0) m.source = actor;
    if (role == Role::kTarget && m.target < 0) m.target = actor;
    if (role == Role::kEvent && m.event < 0) m.event = c;
    // Verb clauses and constrained nouns the frame names are part of its
    // event ("held talks", "agreed to meet"): they code nothing of their own.
    bool lexical = e.kind == ElementKind::kXcomp || e.kind == ElementKind::kCcomp ||
                   ((e.kind == ElementKind::kObject || e.kind == ElementKind::kOblique) &&
                    e.nouns && e.role == Role::kNone);
    if (lexical && e.role != Role::kEvent) m.absorbed.push_back(c);
  }
  // "trying to broker a truce", "taking to the streets": a verb whose
  // target object is missing but which heads a to-clause the frame does not
  // name is used in another sense than the frame's ("try TGT" = put on trial).
  if (m.target < 0 && IsVerbal(t, trigger)) {
    bool object_slot = false;
    for (const Element& e : f.elements) {
      object_slot = object_slot || (e.kind == ElementKind::kObject && e.role == Role::kTarget);
    }
    for (int c : t.children(trigger)) {
      if (object_slot && t.rel(c) == "xcomp" &&
          std::find(taken.begin(), taken.end(), c) == taken.end())
        return std::nullopt;
    }
  }
  if (m.source < 0) m.source = fallback_source;
  if (m.target < 0) m.target = fallback_target >= 0 ? fallback_target : fallback_oblique;
  m.score = m.score * 4 + f.specificity;
  return m;
}

// A verb whose lemma the lemmatizer got wrong ("rioted" → "riote", a verb
// made from a noun the treebank never had as a verb): the frames of the
// first base form its inflection allows, as a stemming coder would find
// them. Only consulted when the lemma has no frames at all.
std::span<const lexicon::Frame> VerbFramesByForm(std::string_view form,
                                                 const lexicon::FrameDictionary& frames) {
  std::string w(form);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() + 2 && w.ends_with(suffix); };
  auto stem = [&](size_t strip, std::string_view add = "") {
    return w.substr(0, w.size() - strip) + std::string(add);
  };
  std::vector<std::string> bases;
  for (std::string_view suffix : {"ed", "ing"}) {
    if (!ends(suffix)) continue;
    const size_t n = suffix.size();
    bases.push_back(stem(n));       // rioted → riot, shelling → shell
    bases.push_back(stem(n, "e"));  // sabotaged → sabotage
    const char a = w[w.size() - n - 1], b = w[w.size() - n - 2];
    if (a == b) bases.push_back(stem(n + 1));  // stopped → stop, kidnapping → kidnap
  }
  if (ends("ied")) bases.push_back(stem(3, "y"));
  if (ends("ies")) bases.push_back(stem(3, "y"));
  if (ends("es")) bases.push_back(stem(2));
  if (ends("s")) bases.push_back(stem(1));
  for (const std::string& b : bases) {
    auto f = frames.ForTrigger(b, lexicon::TriggerKind::kVerb);
    if (!f.empty()) return f;
  }
  return {};
}

bool IsDocumentNoun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "statement", "declaration", "communique", "communiqué", "resolution", "letter", "message",
      "note", "memorandum", "petition", "decree", "report", "bulletin", "manifesto"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// Verbs whose subject is the author of the document they take: "vetoed a
// resolution condemning …" is not.
bool IssuesDocument(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"issue", "adopt", "pass", "release", "publish",
                                                "send", "sign", "deliver", "submit", "write",
                                                "circulate", "distribute", "present", "read"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

}  // namespace

int SubjectOf(const Tree& t, int verb) {
  int v = verb;
  for (int depth = 0; depth < 4 && v >= 0; ++depth) {
    for (int c : t.children(v)) {
      if (t.fullrel(c) == "nsubj" || t.fullrel(c) == "nsubj:outer") {
        // "militias that attacked": the relative pronoun stands for the noun.
        if (t.upos(c) == "PRON" && t.rel(v) == "acl" &&
            (t.lemma(c) == "that" || t.lemma(c) == "which" || t.lemma(c) == "who")) {
          return t.head(v);
        }
        return c;
      }
    }
    std::string_view r = t.rel(v);
    // "his commitment to the Zambian people for holding elections": a gerund
    // introduced by a preposition complements some noun; the noun it hangs
    // on does not do it — unless that noun is a verb's object ("accused the
    // United States of violating", the gerund hung on the object).
    if (r == "acl" && t.tok(v).xpos == "VBG" && t.head(v) >= 0 && t.rel(t.head(v)) != "obj") {
      const int mark = t.Child(v, "mark");
      static constexpr std::string_view kPrepositions[] = {"for", "of", "by", "about", "on", "in",
                                                           "with", "without", "against", "over"};
      if (mark >= 0 && std::find(std::begin(kPrepositions), std::end(kPrepositions), t.lemma(mark)) !=
                           std::end(kPrepositions))
        return -1;
    }
    if (r == "acl" && t.head(v) >= 0 && t.upos(t.head(v)) != "VERB") {
      // "demonstrated in the northern city of Kirkuk on Sunday calling for
      // independence" with the participle hung on "city": a place does not
      // call for anything.
      static constexpr std::string_view kPlaceNouns[] = {
          "city", "town", "village", "capital", "province", "region", "district", "area",
          "camp", "street", "square", "border", "port", "island", "territory"};
      if (std::find(std::begin(kPlaceNouns), std::end(kPlaceNouns), t.lemma(t.head(v))) !=
              std::end(kPlaceNouns))
        return -1;
      // "issued a declaration demanding that …", "adopted a resolution
      // condemning …": a document says what its issuer says.
      const int doc = t.head(v), g = t.head(doc);
      if (IsDocumentNoun(t.lemma(doc)) && t.rel(doc) == "obj" && g >= 0 && IssuesDocument(t.lemma(g))) {
        if (int s = SubjectOf(t, g); s >= 0) return s;
      }
      return doc;
    }
    if (r != "xcomp" && r != "conj" && r != "advcl") return -1;
    // "closed its borders because of fighting between Azerbaijanis and
    // Armenians": a cause named by a noun ("because of", "due to" — a
    // prepositional phrase parsed as a clause) is not done by the main
    // subject. ("Despite agreeing to a truce" is: a clause shares it.)
    if (r == "advcl") {
      for (int c : t.children(v)) {
        const std::string& l = t.lemma(c);
        if (t.rel(c) == "mark" && (l == "because" || l == "due") && t.Child(c, "fixed") >= 0)
          return -1;
        // "accused India of violating its airspace", "blamed the rebels for
        // breaking the truce", "charged Eritrea with arming the rebels": the
        // object of the governing verb does it.
        if (t.rel(c) == "mark" && (l == "of" || l == "for" || l == "with") && t.head(v) >= 0) {
          if (int o = t.Child(t.head(v), "obj"); o >= 0) return o;
        }
      }
    }
    v = t.head(v);
  }
  return -1;
}

std::optional<FrameMatch> MatchTrigger(const Tree& t, const lexicon::FrameDictionary& frames,
                                       int i) {
  std::string_view u = t.upos(i);
  lexicon::TriggerKind kind;
  // A participle modifying a noun ("the defeated Fatah party", "Serb-held
  // Krajina") describes the noun; it is not a clause with a subject of its
  // own, and the sentence's subject did not do it. (A finite verb parsed as
  // a modifier, "jets struck/VBD … positions", is a misparse and still acts.)
  if (u == "VERB" && t.rel(i) == "amod" &&
      (t.tok(i).xpos == "VBN" || t.tok(i).xpos == "VBG"))
    return std::nullopt;
  // So does a reduced relative ("officials suspected of taking kickbacks",
  // "the curfew imposed after the coup", "property seized by the army in the
  // 1970s"): background to what the sentence reports.
  if (u == "VERB" && (t.IsReducedRelative(i) || t.DescribesItsObject(i))) return std::nullopt;
  // "cyclone-hit Mozambique", "war-torn", "Iran-backed": a verb joined to the
  // noun before it by a hyphen, with no spaces, is part of one adjective.
  if (u == "VERB" && i >= 2 && t.tok(i - 1).form == "-" && !t.tok(i - 1).space_after &&
      !t.tok(i - 2).space_after && (t.upos(i - 2) == "NOUN" || t.upos(i - 2) == "PROPN"))
    return std::nullopt;
  // "what it called its involvement in killings", "what they term a
  // blockade": a relative clause on "what" with a naming verb names
  // something; nobody called anybody.
  if (u == "VERB" && t.rel(i) == "acl" && t.head(i) >= 0 && t.lemma(t.head(i)) == "what" &&
      (t.lemma(i) == "call" || t.lemma(i) == "term" || t.lemma(i) == "describe" ||
       t.lemma(i) == "label" || t.lemma(i) == "dub"))
    return std::nullopt;
  if (u == "VERB") kind = lexicon::TriggerKind::kVerb;
  else if (u == "NOUN") kind = lexicon::TriggerKind::kNoun;
  else if (u == "ADJ") kind = lexicon::TriggerKind::kAdjective;
  else return std::nullopt;
  std::span<const lexicon::Frame> candidates = frames.ForTrigger(t.lemma(i), kind);
  // "re-open", "re-impose", "counter-attack": the frames of the word
  // written without its hyphen.
  if (candidates.empty() && t.lemma(i).find('-') != std::string::npos) {
    std::string joined = t.lemma(i);
    std::erase(joined, '-');
    candidates = frames.ForTrigger(joined, kind);
  }
  if (candidates.empty() && kind == lexicon::TriggerKind::kVerb) {
    candidates = VerbFramesByForm(t.tok(i).form, frames);
  }
  std::optional<FrameMatch> best;
  for (const lexicon::Frame& f : candidates) {
    auto m = TryFrame(t, f, i);
    if (!m) continue;
    if (f.stop()) return std::nullopt;
    if (!best || m->score > best->score) best = m;
  }
  return best;
}

}  // namespace herodotus::coding
