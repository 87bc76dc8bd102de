#include "coding/actors.h"

#include <algorithm>
#include <cctype>

#include "util/ascii.h"

namespace herodotus::coding {
namespace {

// Children of an argument head that are not part of its name: clauses,
// coordination, apposition, its own preposition, punctuation.
bool Excluded(std::string_view rel) {
  return rel == "acl" || rel == "advcl" || rel == "ccomp" || rel == "parataxis" ||
         rel == "conj" || rel == "cc" || rel == "appos" || rel == "case" || rel == "mark" ||
         rel == "punct" || rel == "dep" || rel == "list" || rel == "nmod" || rel == "obl" ||
         rel == "discourse" || rel == "vocative" || rel == "reparandum";
}

bool IsPronoun(const Tree& t, int i) { return t.upos(i) == "PRON"; }

// "Lebanon's president" composes like "the president of Lebanon". The
// metaphor that once made this unsafe ("Brazil's central bank fired the
// opening shot in a currency war", golden trap-false-04) is a stop frame now.
constexpr bool kComposeNamedPossessors = true;

// "Iran-backed", "Iranian-sponsored", "Russian-supported": the name is a sponsor.
bool IsSponsorVerb(std::string_view lemma) {
  return lemma == "back" || lemma == "backed" || lemma == "sponsor" || lemma == "sponsored" ||
         lemma == "support" || lemma == "supported" || lemma == "fund" || lemma == "funded" ||
         lemma == "finance" || lemma == "financed";
}

// The lowercase part after the last hyphen of one token: "Iran-backed" → "backed".
std::string HyphenTail(std::string_view form) {
  size_t h = form.rfind('-');
  return h == std::string_view::npos ? std::string() : AsciiLower(form.substr(h + 1));
}

// Things whose nationality stands for the actor behind them: "Israeli
// drones struck", "an Iranian tanker was seized", "Turkish territory". A
// nationality on any other noun ("a Kenyan runner") makes no political actor.
// "Hamas's armed wing", "the al-Qaeda terror network": a part or form of an
// organisation named by it.
bool StandsForOrganisation(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {"wing", "network", "arm", "branch", "faction",
                                                "cell", "unit", "militia", "fighter",
                                                "leadership", "organization", "organisation",
                                                "group", "movement", "affiliate", "offshoot"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// "its European Community partners", "NATO allies", "ANC members": the
// organisation's own members act as it (plural only: "NATO member Norway"
// is Norway).
bool MembersOfOrganisation(const Token& tok) {
  return tok.xpos == "NNS" && (tok.lemma == "partner" || tok.lemma == "ally" || tok.lemma == "member");
}

bool StandsForCountry(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "drone", "jet", "warplane", "plane", "aircraft", "helicopter", "ship", "vessel",
      "bulldozer", "gunboat", "gunship", "bomber", "fighter", "vehicle", "shell", "battery",
      "tanker", "warship", "submarine", "boat", "frigate", "destroyer", "missile", "rocket",
      "artillery", "tank", "convoy", "base", "facility", "territory", "border", "village",
      "town", "city", "soil", "airspace", "water", "port", "airport", "embassy", "consulate",
      "position", "outpost", "target", "site", "installation", "interest", "national",
      "citizen", "civilian", "people", "population", "economy", "company", "firm", "bank",
      "media", "state", "nation", "side", "delegation", "team", "authority", "leadership"};
  for (std::string_view n : kNouns) {
    if (n == lemma) return true;
  }
  return false;
}

}  // namespace

ActorResolver::ActorResolver(const lexicon::ActorDictionary& dict, const Article& article)
    : dict_(dict), article_(article) {}

void ActorResolver::StartSentence(const Sentence& s, const Tree& t) {
  // The last sentence's mentions, in text order, become the memory.
  std::stable_sort(named_.begin(), named_.end(),
                   [](const Named& a, const Named& b) { return a.head < b.head; });
  for (const Named& m : named_) {
    (m.person ? last_person_ : last_group_) = m.ref;
    if (!m.person && m.subject) last_subject_group_ = m.ref;
  }
  named_.clear();
  sentence_ = &s;
  tree_ = &t;
  norm_.clear();
  for (const Token& tok : s.tokens) norm_.push_back(lexicon::NormalizeToken(tok.form));
  matches_.assign(s.tokens.size(), TokenMatches{});
}

const std::optional<lexicon::ActorMatch>& ActorResolver::ActorAt(int i) {
  TokenMatches& m = matches_[i];
  if (!m.actor_known) {
    m.actor = dict_.Match(std::span<const lexicon::NormToken>(norm_), i, article_.date);
    m.actor_known = true;
  }
  return m.actor;
}

const std::optional<lexicon::AgentMatch>& ActorResolver::AgentAt(int i) {
  TokenMatches& m = matches_[i];
  if (!m.agent_known) {
    m.agent = dict_.MatchAgent(std::span<const lexicon::NormToken>(norm_), i);
    m.agent_known = true;
  }
  return m.agent;
}

std::vector<int> ActorResolver::PhraseTokens(int head) const {
  int first = head, last = head;
  tree_->Span(head, &first, &last);
  std::vector<int> out;
  out.reserve(last - first + 1);
  out.push_back(head);
  for (int c : tree_->children(head)) {
    // "President Obama": a title the parser attaches as nmod:desc is part
    // of the name.
    if (!Excluded(tree_->rel(c)) || tree_->fullrel(c) == "nmod:desc") out.push_back(c);
  }
  // The words taken so far are the work list: each brings in its children.
  for (size_t k = 1; k < out.size(); ++k) {
    for (int c : tree_->children(out[k])) {
      std::string_view r = tree_->rel(c);
      if (r != "acl" && r != "advcl" && r != "ccomp" && r != "parataxis" && r != "punct") {
        out.push_back(c);
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string ActorResolver::SpanText(int first, int last, ActorRef* ref) const {
  const auto& toks = sentence_->tokens;
  uint32_t b = toks[first].start, e = toks[last].end;
  if (e > b && e <= article_.text.size()) {
    ref->start = b;
    ref->end = e;
    return article_.text.substr(b, e - b);
  }
  // Offsets not into the article (e.g. a hand-built sentence): join forms.
  std::string s;
  for (int i = first; i <= last; ++i) {
    if (!s.empty() && toks[i - 1].space_after) s += ' ';
    s += toks[i].form;
  }
  return s;
}

ActorRef ActorResolver::FromCode(const lexicon::CodeInfo* code) const {
  ActorRef r;
  if (code) {
    r.code = code->code;
    r.country = code->country;
    r.sectors = code->sectors;
  }
  return r;
}

void ActorResolver::Remember(int head, const ActorRef& ref, bool person,
                             const std::string& agent_key) {
  if (ref.code.empty()) return;
  // "Lebanon complained to the United Nations over raids in which it said
  // 20 people were killed": a subject stays the salient group.
  named_.push_back({head, ref, person, tree_->rel(head) == "nsubj"});
  if (person) {
    // The surname: the last token of the name chain headed by `head`.
    int last = head;
    for (int c : tree_->children(head)) {
      if (tree_->rel(c) == "flat" && c > last) last = c;
    }
    by_surname_[AsciiLower(tree_->tok(last).form)] = ref;
  }
  if (!agent_key.empty()) by_role_[agent_key] = ref;
}

ActorResolver::Latest ActorResolver::LastNamed(int before, bool person) const {
  Latest l;
  for (const Named& m : named_) {
    if (m.person != person || m.head >= before) continue;
    if (!l.any || m.head > l.any->head) l.any = &m;
    if (m.subject && (!l.subject || m.head > l.subject->head)) l.subject = &m;
  }
  return l;
}

const ActorRef& ActorResolver::SalientPerson(int before) const {
  // "Katsav refused to meet King Abdullah, saying he would only welcome
  // him in Jerusalem": the sentence's subject before the last name.
  const Latest l = LastNamed(before, true);
  if (l.subject) return l.subject->ref;
  return l.any ? l.any->ref : last_person_;
}

const ActorRef& ActorResolver::SalientGroup(int before) const {
  const Latest l = LastNamed(before, false);
  if (l.subject) return l.subject->ref;
  if (!last_subject_group_.code.empty()) return last_subject_group_;
  return l.any ? l.any->ref : last_group_;
}

std::vector<ActorRef> ActorResolver::Resolve(int head) {
  std::vector<ActorRef> out{ResolveOne(head)};
  const auto conjuncts = [&](int of) {
    for (int c : tree_->children(of)) {
      if (tree_->rel(c) == "conj" && (tree_->upos(c) == "PROPN" || tree_->upos(c) == "NOUN" ||
                                      tree_->upos(c) == "PRON")) {
        out.push_back(ResolveOne(c));
      }
    }
  };
  conjuncts(head);
  // "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov":
  // the parser hangs the second party on the first one's name.
  for (int c : tree_->children(head)) {
    if (tree_->rel(c) == "appos" && tree_->upos(c) == "PROPN" && c == head + 1) conjuncts(c);
  }
  return out;
}

ActorRef ActorResolver::ResolveOne(int head) { return Compose(head, 0); }

std::vector<ActorRef> ActorResolver::ResolveConjoined(int head) {
  std::vector<ActorRef> out = Resolve(head);
  if (out.size() != 1 || !known(out[0])) return out;
  for (ActorRef& m : NamedModifiers(head, out[0], false)) {
    if (known(m) && m.code != out[0].code) out.push_back(std::move(m));
  }
  // "the foreign ministers of Greece and Turkey": the conjoined owners, each
  // with the head's sector.
  const Tree& t = *tree_;
  for (int c : t.children(head)) {
    if (t.rel(c) != "nmod" || t.CaseOf(c) != "of") continue;
    for (int k : t.children(c)) {
      if (t.rel(k) != "conj") continue;
      ActorRef a = ResolveOne(k);
      if (!known(a) || a.country == out[0].country) continue;
      if (a.sectors.empty() && a.code == a.country) {
        for (const std::string& sector : out[0].sectors) a.code += sector;
        a.sectors = out[0].sectors;
      }
      out.push_back(std::move(a));
    }
  }
  return out;
}

std::vector<ActorResolver::Mention> ActorResolver::ResolveAll() {
  const Tree& t = *tree_;
  std::vector<Mention> out;
  for (int i = 0; i < t.size(); ++i) {
    std::string_view u = t.upos(i), r = t.rel(i);
    if (r == "compound" || r == "flat" || r == "fixed" || r == "goeswith") continue;
    if (u == "PRON") {
      const std::string& l = t.lemma(i);
      if (l != "he" && l != "she" && l != "they") continue;
    } else if (u != "NOUN" && u != "PROPN") {
      continue;
    }
    ActorRef ref = ResolveOne(i);
    std::vector<ActorRef> inner = NamedModifiers(i, ref, true);
    out.push_back({i, std::move(ref)});
    for (ActorRef& m : inner) out.push_back({i, std::move(m)});
  }
  return out;
}

std::vector<ActorRef> ActorResolver::NamedModifiers(int head, const ActorRef& ref, bool all) {
  const Tree& t = *tree_;
  if (IsPronoun(t, head)) return {};
  std::vector<int> pos = PhraseTokens(head);
  std::vector<Found> found = ScanPhrase(head, pos);
  const lexicon::AgentEntry* agent = nullptr;
  for (const Found& f : found) {
    if (f.agent && head >= f.start && head < f.start + f.len) agent = f.agent;
  }
  std::vector<ActorRef> out;
  for (const Found& f : found) {
    if (!f.actor || !f.actor->code) continue;
    const int end = f.start + f.len;
    if (head >= f.start && head < end) continue;  // the phrase's own name
    // The name's own head: the first of its words attached outside it.
    int h = f.start;
    for (int i = f.start; i < end; ++i) {
      if (t.head(i) < f.start || t.head(i) >= end) {
        h = i;
        break;
      }
    }
    const bool conj = t.rel(h) == "conj";
    if (!all && !conj) continue;
    if (SponsorAfter(f.start, end, f.actor->partial)) continue;  // kept in backed_by
    ActorRef a = FromCode(f.actor->code);
    if (!conj && !ref.code.empty() && !a.country.empty() && ref.country == a.country) {
      a.code = ref.code;  // "Israeli" in "Israeli Prime Minister Ehud Barak"
      a.sectors = ref.sectors;
    } else if (agent && agent->code && !agent->absolute && a.sectors.empty() &&
               !a.country.empty() && a.code == a.country) {
      a.code = a.country + agent->code->code;  // "Romanian" + "officials"
      a.sectors = agent->code->sectors;
    }
    // A conjoined modifier's mention runs to the end of the phrase ("Romanian
    // officials"); any other name stands alone.
    a.text = SpanText(f.start, conj ? pos.back() : end - 1, &a);
    out.push_back(std::move(a));
  }
  return out;
}

// True when the name ending before token `end` is a sponsor: "Iran-backed",
// "Iran - backed", "Iranian-sponsored" (one token or split at the hyphen), or
// "Iran backed" without a hyphen — but not "US support" or "US-led".
bool ActorResolver::SponsorAfter(int start, int end, bool partial) const {
  const Tree& t = *tree_;
  if (partial) return IsSponsorVerb(HyphenTail(t.tok(start).form));
  int after = end;
  bool hyphen = false;
  while (after < t.size() && (t.tok(after).form == "-" || t.tok(after).form == "–")) {
    ++after;
    hyphen = true;
  }
  if (after >= t.size() || !IsSponsorVerb(t.lemma(after))) return false;
  const std::string& f = t.tok(after).form;
  return hyphen || (f.size() > 2 && f.compare(f.size() - 2, 2, "ed") == 0);
}

std::vector<ActorResolver::Found> ActorResolver::ScanPhrase(int head,
                                                             const std::vector<int>& pos) {
  // Dictionary names and agents over contiguous runs of the phrase. A name
  // or agent may run on through words the phrase leaves out but the head's
  // subtree holds ("Liberation Tigers of Tamil Eelam", "Secretary of State").
  int sub_first = head, sub_last = head;
  tree_->Span(head, &sub_first, &sub_last);
  std::vector<Found> found;
  // A name of the head that starts in a word the phrase leaves out (a
  // possessive, "Kurdistan Workers ' Party"): taken when it covers the head.
  int covered_to = -1;
  for (int q = sub_first; q < head; ++q) {
    if (std::binary_search(pos.begin(), pos.end(), q)) continue;
    const auto& m = ActorAt(q);
    if (!m) continue;
    int last = q + static_cast<int>(m->length) - 1;
    if (last >= head && last <= sub_last) {
      Found f;
      f.start = q;
      f.len = static_cast<int>(m->length);
      f.actor = m;
      found.push_back(f);
      covered_to = last;
      break;
    }
  }
  for (size_t k = 0; k < pos.size();) {
    if (pos[k] <= covered_to) {
      ++k;
      continue;
    }
    int p = pos[k];
    size_t run = 1;  // contiguous tokens from k
    while (k + run < pos.size() && pos[k + run] == p + static_cast<int>(run)) ++run;
    Found f;
    f.start = p;
    if (const auto& m = ActorAt(p);
        m && (m->length <= run || p + static_cast<int>(m->length) - 1 <= sub_last)) {
      f.len = static_cast<int>(m->length);
      f.actor = m;
    } else if (const auto& a = AgentAt(p);
               a && (a->length <= run || p + static_cast<int>(a->length) - 1 <= sub_last)) {
      f.len = static_cast<int>(a->length);
      f.agent = a->agent;
    }
    if (f.len > 0) {
      found.push_back(f);
      while (k < pos.size() && pos[k] < p + f.len) ++k;
    } else {
      ++k;
    }
  }
  return found;
}

ActorRef ActorResolver::Compose(int head, int depth) {
  const Tree& t = *tree_;
  ActorRef ref;
  // Pronouns: the salient person (he, she) or group (they, it).
  if (IsPronoun(t, head)) {
    const std::string& l = t.lemma(head);
    if (l == "he" || l == "she") ref = SalientPerson(head);
    else if (l == "they" || l == "it") ref = SalientGroup(head);
    ref.text = SpanText(head, head, &ref);
    return ref;
  }
  std::vector<int> pos = PhraseTokens(head);
  std::vector<Found> found = ScanPhrase(head, pos);
  // "Iran-backed": the name before a "backed" token is a sponsor, not the actor.
  auto covers = [&](const Found& f, int i) { return i >= f.start && i < f.start + f.len; };
  std::vector<Found> names;
  const Found* head_agent = nullptr;
  for (const Found& f : found) {
    if (f.actor) {
      if (SponsorAfter(f.start, f.start + f.len, f.actor->partial)) {
        ref.backed_by = f.actor->code ? f.actor->code->country : "";
        continue;
      }
      names.push_back(f);
    } else if (f.agent && covers(f, head)) {
      head_agent = &f;
    } else if (f.agent && !head_agent) {
      // "Foreign Ministry spokesman": an agent modifier gives the sector.
      head_agent = &f;
    }
  }
  // "King Hassan": a place name after a title is a person's name (Hassan is
  // also a town in India).
  std::erase_if(names, [&](const Found& f) {
    return f.actor->type() == lexicon::ActorType::kPlace && head_agent &&
           head_agent->start + head_agent->len == f.start && t.upos(f.start) == "PROPN";
  });
  // "President Abdelaziz Bouteflicka": a surname followed by another name
  // word no dictionary knows is someone else's given name; so is a one-word
  // name of a person ("Abdullah Ocalan" is not King Abdullah).
  std::erase_if(names, [&](const Found& f) {
    const int next = f.start + f.len;
    const bool one_name = f.actor->kind == lexicon::NameKind::kSurname ||
                          (f.len == 1 && f.actor->type() == lexicon::ActorType::kPerson);
    return one_name && next < t.size() &&
           t.upos(next) == "PROPN" && std::find(pos.begin(), pos.end(), next) != pos.end() &&
           std::none_of(found.begin(), found.end(),
                        [&](const Found& g) { return covers(g, next); });
  });
  const Found* head_name = nullptr;
  for (const Found& f : names) {
    if (covers(f, head)) head_name = &f;
  }
  // The head may be the last word of a flat name whose match starts earlier.
  if (!head_name && !names.empty() && t.upos(head) == "PROPN" && covers(names.back(), head)) {
    head_name = &names.back();
  }

  bool person = false;
  std::string agent_key;
  if (head_name) {
    const auto& m = *head_name->actor;
    std::string backed = ref.backed_by;
    ref = FromCode(m.code);
    ref.backed_by = backed;
    person = m.type() == lexicon::ActorType::kPerson;
    // A person outside any role keeps only the country; an agent in the
    // phrase ("Iraqi spokesman Ahmed …") refines that.
    // "King Hassan of Morocco": a person's name or surname shared with
    // someone elsewhere, or a town's name, yields to the country the phrase
    // names.
    // "Ethnic Albanians in south Serbia": an ethnic group named with the
    // place it lives in is of that place's country, not its kin state's.
    bool ethnic = false;
    for (int c : t.children(head)) ethnic = ethnic || (t.rel(c) == "amod" && t.lemma(c) == "ethnic");
    // "The Albanians of southern Serbia" too: a people named by its demonym
    // with the country it lives in.
    const bool demonym = m.kind == lexicon::NameKind::kAdjective && t.upos(head) != "ADJ";
    if ((m.kind == lexicon::NameKind::kSurname || person ||
         m.type() == lexicon::ActorType::kPlace || ethnic || demonym) && depth < 2) {
      for (int c : t.children(head)) {
        std::string_view cs = t.CaseOf(c);
        const bool poss = t.fullrel(c) == "nmod:poss" && t.upos(c) == "PROPN";  // "Jordan's King Abdullah"
        if (t.rel(c) != "nmod" || (cs != "of" && cs != "from" && !poss && !(ethnic && cs == "in"))) continue;
        ActorRef sub = Compose(c, depth + 1);
        if (!sub.country.empty() && sub.country != ref.country) {
          ref = ActorRef{};
          ref.code = ref.country = sub.country;
          ref.backed_by = backed;
        }
        break;
      }
    }
    // "the Kurdistan Regional Government … a spokesman for the regional
    // government": a name whose head word is a role is remembered under it.
    if (!person && dict_.Agent(t.lemma(head))) agent_key = t.lemma(head);
    if (head_agent && head_agent->agent->code && !head_agent->agent->absolute &&
        ref.sectors.empty() && !ref.country.empty()) {
      ref.code = ref.country + head_agent->agent->code->code;
      ref.sectors = head_agent->agent->code->sectors;
    }
  } else if (head_agent || t.upos(head) == "NOUN" || t.upos(head) == "PROPN") {
    const lexicon::AgentEntry* agent = head_agent ? head_agent->agent : nullptr;
    const Found* base = nullptr;
    for (const Found& f : names) {
      if (!base) base = &f;
    }
    ActorRef b;
    if (base) b = FromCode(base->actor->code);
    // "its troops", "their forces", "his government": the possessor is the
    // salient group or person of the article so far.
    if (b.code.empty()) {
      for (int c : t.children(head)) {
        if (t.fullrel(c) != "nmod:poss" || !IsPronoun(t, c)) continue;
        const std::string& l = t.lemma(c);
        // "our", "my", "your" belong to a speaker, not to the last actor named.
        if (l != "he" && l != "she" && l != "his" && l != "her" && l != "it" && l != "its" &&
            l != "they" && l != "their")
          continue;
        const ActorRef& m = (l == "he" || l == "she" || l == "his" || l == "her")
                                 ? SalientPerson(c)
                                 : SalientGroup(c);
        if (!m.code.empty()) {
          b.code = m.country.empty() ? m.code : m.country;
          b.country = m.country;
        }
      }
    }
    // "a spokesman for the coalition", "the army of Iraq": an of/for phrase.
    if (b.code.empty() && depth < 2) {
      for (int c : t.children(head)) {
        std::string_view cs = t.CaseOf(c);
        // "Lebanon's new president", "Ivory Coast's Supreme Court": a named
        // possessor composes like an of-phrase (kComposeNamedPossessors).
        const bool poss =
            kComposeNamedPossessors && t.fullrel(c) == "nmod:poss" && !IsPronoun(t, c);
        // Not through a people word that only modifies the head: "a prisoner
        // swap in Paris" is no one of France ("a village in Congo" is Congo's).
        const bool place = (cs == "in" || cs == "from" || cs == "throughout" || cs == "across") &&
                           !(head_agent && !covers(*head_agent, head));
        if (t.rel(c) == "nmod" && (poss || place || cs == "of" || cs == "for")) {
          ActorRef sub = Compose(c, depth + 1);
          if (!sub.code.empty()) {
            b = sub;
            // "demonstrators in Baghdad", "students throughout Indonesia": a
            // place says where people are, not that they are its government.
            if (place && !b.country.empty() && b.code != b.country) {
              b.code = b.country;
              b.sectors.clear();
            }
            break;
          }
        }
      }
    }
    if (agent && agent->code) {
      agent_key = AsciiLower(t.lemma(head));
      if (agent->absolute) {
        ref = FromCode(agent->code);
      } else if (!b.code.empty()) {
        ref = b;
        // A country gains the agent's sector; an organisation keeps its code.
        if (b.sectors.empty() && !b.country.empty() && b.code == b.country) {
          ref.code = b.country + agent->code->code;
          ref.sectors = agent->code->sectors;
        }
      } else if (auto it = by_role_.find(agent_key); it != by_role_.end()) {
        ref = it->second;  // "the spokesman" introduced earlier
      } else {
        ref.sectors = agent->code->sectors;  // a role with no country: code unknown
      }
    } else if (!b.code.empty() && b.code != b.country && t.upos(head) == "NOUN" &&
               (StandsForOrganisation(t.lemma(head)) || MembersOfOrganisation(t.tok(head)))) {
      ref = b;  // an organisation's wing or network is the organisation
    } else if (!b.code.empty() && t.upos(head) == "NOUN" && StandsForCountry(t.lemma(head))) {
      ref = b;  // "an Iranian tanker"
      ref.sectors.clear();
      ref.code = b.country.empty() ? b.code : b.country;
    } else if (base && !b.country.empty() && t.upos(base->start) == "ADJ" &&
               (t.tok(head).xpos == "NNS" || t.tok(head).xpos == "NNPS")) {
      // "Algerian landowners", "Iraqi Kurds": people the dictionary has no
      // sector for are still people of the country their adjective names;
      // "Israeli military policies" are the Israeli military's.
      ref = b;
    }
    if (ref.code.empty() && t.upos(head) == "PROPN") {
      // The surname is the last word of a flat name ("Abdelaziz Bouteflicka"
      // has the head "Abdelaziz").
      int last = head;
      for (int c : t.children(head)) {
        if (t.rel(c) == "flat" && c > last) last = c;
      }
      // "Mr. Mahjoub": the person named in full earlier in the article.
      if (auto it = by_surname_.find(AsciiLower(t.tok(last).form)); it != by_surname_.end()) {
        ref = it->second;
      } else if (agent && agent->code && !agent->absolute) {
        // "President Obama" outside his dates (or in an undated text): a
        // title and the surname of people of one country give that country.
        if (const lexicon::CodeInfo* c =
                dict_.SurnameCountry(std::span<const lexicon::NormToken>(norm_), last);
            c && !c->country.empty()) {
          ref.code = c->country + agent->code->code;
          ref.country = c->country;
          ref.sectors = agent->code->sectors;
        }
      }
      person = true;
    }
  }
  // Apposition: "Ahmed Mahjoub, a spokesman for the Iraqi foreign ministry";
  // it also says what a person known only by nationality acts for ("Kenzo
  // Oshima, the United Nations Emergency Relief Coordinator").
  if ((ref.code.empty() || (person && ref.sectors.empty())) && depth < 2) {
    for (int c : t.children(head)) {
      if (t.rel(c) == "appos") {
        ActorRef a = Compose(c, depth + 1);
        if (!a.code.empty() &&
            (ref.code.empty() || !a.sectors.empty() || a.code.starts_with("IGO"))) {
          ref.code = a.code;
          ref.country = a.country;
          ref.sectors = a.sectors;
          if (t.upos(head) == "PROPN") person = true;
          break;
        }
      }
    }
  }
  int first = pos.front(), last = pos.back();
  // A name that runs on past the phrase ("Liberation Tigers of Tamil Eelam").
  for (const Found& f : found) last = std::max(last, f.start + f.len - 1);
  for (const Found& f : found) first = std::min(first, f.start);
  ref.text = SpanText(first, last, &ref);
  if (depth == 0) Remember(head, ref, person || (t.upos(head) == "PROPN" && !head_name), agent_key);
  return ref;
}

bool IsStateOrOrgan(const ActorRef& a) {
  static constexpr std::string_view kOrgans[] = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"};
  if (a.country.empty()) return false;
  if (a.sectors.empty()) return a.code == a.country;
  return std::all_of(a.sectors.begin(), a.sectors.end(), [](const std::string& s) {
    return std::find(std::begin(kOrgans), std::end(kOrgans), s) != std::end(kOrgans);
  });
}

}  // namespace herodotus::coding
