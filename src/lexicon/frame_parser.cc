// Frame line grammar (docs/frames.md has the full description):
//
//   line    := blank | '#' comment | synset | frame
//   synset  := '@' NAME '=' member ('|' member)*
//   frame   := CODE ['[' flag (',' flag)* ']'] pattern ['#' comment]
//   CODE    := 2-4 digits (a CAMEO event code) | 'STOP'
//   pattern := ['noun' | 'adj'] ... see ParsePattern
//
// The pattern is first cut into tokens (words, slots SRC/TGT/SRC's/TGT's,
// noun sets {a|b} and @NAME, the event slot '...', parentheses), then read
// left to right by a small state machine. What a word means depends on what
// follows it, which keeps the format close to English: in "crack down on
// TGT", "down" is a particle because no argument follows it, "on" is a
// preposition because TGT follows it.
#include "lexicon/frame_parser.h"

#include <algorithm>
#include <cctype>

#include "lexicon/cameo_table.h"

namespace herodotus::lexicon {
namespace {

enum class TokKind { kWord, kSlot, kPossSlot, kSet, kEvent, kOpen, kClose };

struct Tok {
  TokKind kind;
  std::string text;
  std::vector<std::string> alts;  // kWord: alternatives split on '|'
  Role role = Role::kNone;        // kSlot / kPossSlot
  const Synset* set = nullptr;    // kSet
};

bool IsLemmaChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '\'' || c == '.';
}

bool IsLemma(std::string_view w) {
  if (w.empty() || w.size() > 64 || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  return std::all_of(w.begin(), w.end(), IsLemmaChar) && w.back() != '_';
}

std::vector<std::string> SplitBar(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    std::string_view part = s.substr(start, bar == std::string_view::npos ? bar : bar - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

bool IsPrepositionLike(std::string_view w) {
  // Words that introduce a complement of "of"-style multiword lemmas.
  return w == "of" || w == "for" || w == "on" || w == "in" || w == "against" || w == "to";
}

bool ParseMembers(std::string_view body, std::vector<SynsetMember>* out, std::string* err) {
  for (const std::string& m : SplitBar(body)) {
    SynsetMember sm;
    if (!ParseSynsetMember(m, &sm)) {
      *err = "bad synset member '" + m + "' (lowercase lemmas, multiword joined by '_')";
      return false;
    }
    out->push_back(std::move(sm));
  }
  return !out->empty();
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// Strips a trailing " # comment" (a '#' at the start of a token).
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  return line;
}

int Specificity(const Frame& f);

// Particles that are never prepositions in a frame: directly after a verb
// they are particles even when an object follows ("carry out strikes").
bool IsParticleOnly(std::string_view w) {
  return w == "out" || w == "down" || w == "up" || w == "away" || w == "back" || w == "off" || w == "aside" ||
         w == "apart" || w == "together" || w == "forward" || w == "ahead";
}

bool IsArgument(const Tok* t) {
  return t && (t->kind == TokKind::kSlot || t->kind == TokKind::kPossSlot || t->kind == TokKind::kSet ||
               t->kind == TokKind::kEvent);
}

class LineParser {
 public:
  LineParser(SynsetTable* synsets, std::string* err) : synsets_(synsets), err_(err) {}

  bool Tokenize(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == ' ' || c == '\t') { ++i; continue; }
      if (c == '(' || c == ')') {
        toks_.push_back({c == '(' ? TokKind::kOpen : TokKind::kClose, std::string(1, c), {}});
        ++i;
        continue;
      }
      if (c == '{') {
        size_t close = s.find('}', i);
        if (close == std::string_view::npos) return Fail("unclosed '{'");
        std::vector<SynsetMember> members;
        if (!ParseMembers(s.substr(i + 1, close - i - 1), &members, err_)) {
          if (err_->empty()) *err_ = "empty noun set {}";
          return false;
        }
        Tok t{TokKind::kSet, std::string(s.substr(i, close - i + 1)), {}};
        t.set = synsets_->AddInline(std::move(members));
        toks_.push_back(std::move(t));
        i = close + 1;
        continue;
      }
      size_t j = i;
      while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '(' && s[j] != ')' && s[j] != '{') ++j;
      std::string_view w = s.substr(i, j - i);
      i = j;
      if (w == "...") { toks_.push_back({TokKind::kEvent, "...", {}}); continue; }
      if (w == "SRC" || w == "TGT" || w == "SRC's" || w == "TGT's") {
        Tok t{w.size() == 3 ? TokKind::kSlot : TokKind::kPossSlot, std::string(w), {}};
        t.role = w[0] == 'S' ? Role::kSource : Role::kTarget;
        toks_.push_back(std::move(t));
        continue;
      }
      if (w[0] == '@') {
        const Synset* set = synsets_->Find(w.substr(1));
        if (!set) return Fail("unknown synset " + std::string(w));
        Tok t{TokKind::kSet, std::string(w), {}};
        t.set = set;
        toks_.push_back(std::move(t));
        continue;
      }
      Tok t{TokKind::kWord, std::string(w), SplitBar(w)};
      for (const auto& a : t.alts)
        if (!IsLemma(a)) return Fail("unexpected token '" + std::string(w) + "' (lemmas are lowercase; slots are SRC, TGT, SRC's, TGT's, ...)");
      toks_.push_back(std::move(t));
    }
    if (toks_.empty()) return Fail("empty pattern");
    return true;
  }

  // Fills frame->kind/elements and *triggers. False (with *err_) on a syntax error.
  bool Parse(Frame* frame, std::vector<std::string>* triggers) {
    size_t i = 0;
    if (toks_[0].kind == TokKind::kWord && (toks_[0].text == "noun" || toks_[0].text == "adj")) {
      frame->kind = toks_[0].text == "noun" ? TriggerKind::kNoun : TriggerKind::kAdjective;
      ++i;
    }
    auto& els = frame->elements;
    if (frame->kind == TriggerKind::kNoun) {
      // Pre-modifiers: SRC / SRC's (possessor, demonym adjective, compound), noun sets.
      while (i < toks_.size() && toks_[i].kind != TokKind::kWord) {
        const Tok& t = toks_[i];
        Element e;
        if (t.kind == TokKind::kSlot || t.kind == TokKind::kPossSlot) {
          e.kind = ElementKind::kSubject;
          e.role = t.role;
        } else if (t.kind == TokKind::kSet) {
          // A set right before a preposition (or the end) is the trigger
          // itself: "noun SRC's @TALK with TGT" = one frame per member.
          const Tok* next = At(i + 1);
          bool trigger_set = !next || (next->kind == TokKind::kWord && IsArgument(At(i + 2))) ||
                             next->kind == TokKind::kOpen;
          if (trigger_set) {
            triggers->clear();
            trigger_set_ = t.set;
            for (const SynsetMember& m : t.set->members) triggers->push_back(m.head);
            return ParseElements(i + 1, frame) && CheckRoles(frame);
          }
          e.kind = ElementKind::kModifier;
          e.nouns = t.set;
        } else {
          return Fail("a noun frame reads: noun [SRC's] [{modifier}] TRIGGER ...");
        }
        els.push_back(std::move(e));
        ++i;
      }
    } else if (i < toks_.size() && (toks_[i].kind == TokKind::kSlot || toks_[i].kind == TokKind::kSet)) {
      // SRC/TGT, or a noun set constraining the subject ("{earthquake} strike").
      Element e;
      e.kind = ElementKind::kSubject;
      e.role = toks_[i].role;
      e.nouns = toks_[i].set;
      els.push_back(std::move(e));
      ++i;
    }
    if (i >= toks_.size() || toks_[i].kind != TokKind::kWord) return Fail("missing trigger lemma");
    std::vector<std::string> particles;
    if (!SplitParticles(toks_[i].alts, triggers, &particles)) return false;
    if (!particles.empty() && frame->kind == TriggerKind::kNoun) return Fail("a noun trigger takes no particle");
    for (auto& p : particles) AddParticle(p, false, -1, frame);
    ++i;
    return ParseElements(i, frame) && CheckRoles(frame);
  }

  // One actor per role: the matcher binds SRC and TGT to one dependent each.
  bool CheckRoles(const Frame* frame) {
    int src = 0, tgt = 0;
    for (const Element& e : frame->elements) {
      src += (e.role == Role::kSource) + (e.possessor == Role::kSource);
      tgt += (e.role == Role::kTarget) + (e.possessor == Role::kTarget);
    }
    if (src > 1 || tgt > 1) return Fail("SRC and TGT may each appear once per frame");
    return true;
  }

 private:
  const Tok* At(size_t i) const { return i < toks_.size() ? &toks_[i] : nullptr; }

public:
  // For a trigger set ("noun @TALK with TGT"): the extra elements member `k`
  // adds — its modifiers ("economic_cooperation": amod/compound "economic")
  // and its complement ("state_of_emergency": nmod "emergency" + case "of").
  std::vector<Element> MemberElements(size_t k) const {
    std::vector<Element> out;
    if (!trigger_set_ || k >= trigger_set_->members.size()) return out;
    const SynsetMember& m = trigger_set_->members[k];
    for (const std::string& mod : m.modifiers) {
      Element e;
      e.kind = ElementKind::kModifier;
      SynsetMember one;
      ParseSynsetMember(mod, &one);
      e.nouns = synsets_->AddInline({one});
      out.push_back(std::move(e));
    }
    if (!m.complement.empty()) {
      Element e;
      e.kind = ElementKind::kOblique;
      e.words = {m.complement_case};
      std::string joined;
      for (const std::string& w : m.complement) joined += (joined.empty() ? "" : "_") + w;
      SynsetMember one;
      ParseSynsetMember(joined, &one);
      e.nouns = synsets_->AddInline({one});
      out.push_back(std::move(e));
    }
    return out;
  }

 private:

  // "take_over" = verb "take" + particle "over". Only one alternative may
  // carry particles ("take_over|seize" would give the alternatives different
  // elements).
  bool SplitParticles(const std::vector<std::string>& alts, std::vector<std::string>* verbs,
                      std::vector<std::string>* particles) {
    verbs->clear();
    for (const std::string& a : alts) {
      size_t u = a.find('_');
      if (u == std::string::npos) {
        verbs->push_back(a);
        continue;
      }
      if (alts.size() > 1) return Fail("'" + a + "': a verb_particle trigger cannot have alternatives");
      verbs->push_back(a.substr(0, u));
      std::string rest = a.substr(u + 1);
      while (!rest.empty()) {
        size_t v = rest.find('_');
        std::string p = rest.substr(0, v);
        if (!IsParticle(p)) return Fail("'" + p + "' in '" + a + "' is not a particle");
        particles->push_back(p);
        rest = v == std::string::npos ? "" : rest.substr(v + 1);
      }
    }
    return true;
  }
  static void AddParticle(const std::string& p, bool optional, int8_t attach, Frame* frame) {
    Element e;
    e.kind = ElementKind::kParticle;
    e.words = {p};
    e.optional = optional;
    e.attach = attach;
    frame->elements.push_back(std::move(e));
  }
  bool Fail(std::string msg) {
    *err_ = std::move(msg);
    return false;
  }

  bool ParseElements(size_t i, Frame* frame) {
    auto& els = frame->elements;
    bool optional = false;
    int8_t attach = -1;                 // current predicate: trigger or an xcomp
    bool at_predicate_start = true;     // particles only right after a verb
    bool noun = frame->kind == TriggerKind::kNoun;
    while (i < toks_.size()) {
      const Tok& t = toks_[i];
      if (els.size() >= FrameParser::kMaxElements) return Fail("too many elements");
      if (t.kind == TokKind::kOpen) {
        if (optional) return Fail("nested '('");
        optional = true;
        ++i;
        continue;
      }
      if (t.kind == TokKind::kClose) {
        if (!optional) return Fail("')' without '('");
        if (i > 0 && toks_[i - 1].kind == TokKind::kOpen) return Fail("empty ()");
        optional = false;
        ++i;
        continue;
      }
      Element e;
      e.optional = optional;
      e.attach = attach;
      const Tok* next = At(i + 1);
      // "that TGT withdraw", "TGT withdraw": a content clause with its own verb.
      // The clause needs its "that": "SRC shoot TGT dead" must not read as one.
      bool that_slot = t.kind == TokKind::kWord && t.text == "that" && next && next->kind == TokKind::kSlot;
      const Tok* slot = that_slot ? next : nullptr;
      const Tok* verb = slot ? At(that_slot ? i + 2 : i + 1) : nullptr;
      if (slot && verb && verb->kind == TokKind::kWord &&
          std::none_of(verb->alts.begin(), verb->alts.end(),
                       [](const std::string& a) { return IsPreposition(a) || a == "that"; })) {
        std::vector<std::string> particles;
        e.kind = ElementKind::kCcomp;
        if (!SplitParticles(verb->alts, &e.words, &particles)) return false;
        int8_t clause = static_cast<int8_t>(els.size());
        els.push_back(std::move(e));
        Element subj;
        subj.kind = ElementKind::kSubject;
        subj.role = slot->role;
        subj.optional = optional;
        subj.attach = clause;
        els.push_back(std::move(subj));
        for (auto& p : particles) AddParticle(p, optional, clause, frame);
        attach = clause;
        at_predicate_start = true;
        i += that_slot ? 3 : 2;
        continue;
      }
      if (t.kind == TokKind::kSlot || t.kind == TokKind::kSet || t.kind == TokKind::kPossSlot) {
        if (noun) return Fail("a noun trigger takes no bare object: use a preposition ('attack on TGT')");
        e.kind = ElementKind::kObject;
        if (t.kind == TokKind::kSlot) {
          e.role = t.role;
        } else if (t.kind == TokKind::kSet) {
          e.nouns = t.set;
        } else {
          if (!next || next->kind != TokKind::kSet) return Fail("'" + t.text + "' must be followed by a noun set");
          e.possessor = t.role;
          e.nouns = next->set;
          ++i;
        }
        // "offer TGT {aid}": the first of two bare objects is the iobj.
        Element* prev = nullptr;
        for (auto it = els.rbegin(); it != els.rend(); ++it)
          if (it->attach == attach && (it->kind == ElementKind::kObject || it->kind == ElementKind::kIndirectObject)) {
            prev = &*it;
            break;
          }
        if (prev) {
          if (prev->kind == ElementKind::kIndirectObject || e.role != Role::kNone || &*prev != &els.back())
            return Fail("two objects: only 'SLOT {noun}' (indirect + direct object) is allowed");
          prev->kind = ElementKind::kIndirectObject;
        }
        els.push_back(std::move(e));
        at_predicate_start = false;
        ++i;
        continue;
      }
      if (t.kind == TokKind::kEvent) {
        e.kind = ElementKind::kClause;
        e.role = Role::kEvent;
        els.push_back(std::move(e));
        at_predicate_start = false;
        ++i;
        continue;
      }
      // A word: particle, preposition/marker, or "to VERB".
      if (t.text == "to" && next && next->kind == TokKind::kWord) {
        std::vector<std::string> particles;
        e.kind = ElementKind::kXcomp;
        e.marks = {"to"};
        if (!SplitParticles(next->alts, &e.words, &particles)) return false;
        attach = static_cast<int8_t>(els.size());
        els.push_back(std::move(e));
        for (auto& p : particles) AddParticle(p, optional, attach, frame);
        at_predicate_start = true;
        i += 2;
        continue;
      }
      // "of VERB", "for VERB": a gerund clause with a given verb.
      bool all_preps = std::all_of(t.alts.begin(), t.alts.end(), [](const std::string& a) { return IsPreposition(a); });
      if (all_preps && next && next->kind == TokKind::kWord &&
          std::none_of(next->alts.begin(), next->alts.end(), [](const std::string& a) {
            return IsPreposition(a) || IsParticle(a);
          })) {
        std::vector<std::string> particles;
        e.kind = ElementKind::kXcomp;
        e.marks = t.alts;
        if (!SplitParticles(next->alts, &e.words, &particles)) return false;
        attach = static_cast<int8_t>(els.size());
        els.push_back(std::move(e));
        for (auto& p : particles) AddParticle(p, optional, attach, frame);
        at_predicate_start = true;
        i += 2;
        continue;
      }
      // "hold TGT responsible for ...", "find TGT guilty", "shoot TGT dead":
      // a secondary predicate (xcomp, no marker) right after an object slot.
      bool after_object_slot = !els.empty() && els.back().kind == ElementKind::kObject &&
                               els.back().role != Role::kNone && els.back().attach == attach;
      bool plain_word = std::none_of(t.alts.begin(), t.alts.end(),
                                     [](const std::string& a) { return IsPreposition(a) || IsParticle(a); });
      if (after_object_slot && plain_word && !noun) {
        std::vector<std::string> particles;
        e.kind = ElementKind::kXcomp;
        if (!SplitParticles(t.alts, &e.words, &particles)) return false;
        attach = static_cast<int8_t>(els.size());
        els.push_back(std::move(e));
        for (auto& p : particles) AddParticle(p, optional, attach, frame);
        at_predicate_start = false;
        ++i;
        continue;
      }
      bool only_particles = std::all_of(t.alts.begin(), t.alts.end(), [](const std::string& a) { return IsParticleOnly(a); });
      if (only_particles && at_predicate_start && !noun) {
        // "carry out @ATTACK", "shut down TGT": never a preposition here.
        e.kind = ElementKind::kParticle;
        e.words = t.alts;
        els.push_back(std::move(e));
        ++i;
        continue;
      }
      if (IsArgument(next)) {
        for (const std::string& a : t.alts)
          if (!IsPreposition(a) && a != "that")
            return Fail("'" + a + "' is not a preposition (adverbs and adjectives have no place in a pattern)");
        if (next->kind == TokKind::kEvent) {
          e.kind = ElementKind::kClause;
          e.role = Role::kEvent;
          if (t.text != "that") e.words = t.alts;  // "that ..." = bare "..."
        } else {
          e.kind = ElementKind::kOblique;
          e.words = t.alts;
          if (next->kind == TokKind::kSlot) {
            e.role = next->role;
          } else if (next->kind == TokKind::kSet) {
            e.nouns = next->set;
          } else {
            const Tok* after = At(i + 2);
            if (!after || after->kind != TokKind::kSet)
              return Fail("'" + next->text + "' must be followed by a noun set");
            e.possessor = next->role;
            e.nouns = after->set;
            ++i;
          }
        }
        els.push_back(std::move(e));
        at_predicate_start = false;
        i += 2;
        continue;
      }
      bool all_particles = std::all_of(t.alts.begin(), t.alts.end(), [](const std::string& a) { return IsParticle(a); });
      if (all_particles && at_predicate_start && !noun) {
        e.kind = ElementKind::kParticle;
        e.words = t.alts;
        els.push_back(std::move(e));
        ++i;
        continue;
      }
      return Fail("stray word '" + t.text + "': a preposition needs an argument after it, " +
                  "particles follow the verb, nouns go in {braces}");
    }
    if (optional) return Fail("unclosed '('");
    return true;
  }

  SynsetTable* synsets_;
  std::string* err_;
  std::vector<Tok> toks_;
  const Synset* trigger_set_ = nullptr;
};

std::string CanonicalSynset(const Synset* s) {
  if (!s) return "*";
  if (!s->name.empty()) return "@" + s->name;
  std::vector<std::string> m;
  for (const auto& x : s->members) m.push_back(x.text);
  std::sort(m.begin(), m.end());
  std::string out = "{";
  for (const auto& x : m) out += x + "|";
  return out + "}";
}

std::string Canonical(const Frame& f) {
  std::string out = std::string(TriggerKindName(f.kind)) + ":" + f.trigger;
  for (const Element& e : f.elements) {
    std::vector<std::string> w = e.words;
    std::sort(w.begin(), w.end());
    out += " " + std::string(ElementKindName(e.kind)) + "/" + std::to_string(static_cast<int>(e.role)) + "/" +
           std::to_string(static_cast<int>(e.possessor)) + "/" + std::to_string(e.attach) + (e.optional ? "?" : "") +
           "/" + CanonicalSynset(e.nouns);
    for (const auto& x : w) out += "," + x;
    for (const auto& x : e.marks) out += ";" + x;
  }
  return out;
}

int Specificity(const Frame& f) {
  int s = 0;
  for (const Element& e : f.elements) {
    if (e.optional) continue;
    if (e.kind == ElementKind::kSubject) {
      if (e.nouns) s += 2;  // "{earthquake} strike" beats "SRC strike"
      continue;
    }
    // A noun set or a given verb constrains as much as a preposition plus
    // its argument; "..." is a wildcard and counts once.
    s += 1;
    if (e.nouns) s += 1;
    if (e.kind == ElementKind::kXcomp || e.kind == ElementKind::kCcomp) s += 1;
  }
  return s;
}

bool IsCodeShape(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string FrameDiagnostic::ToString() const {
  return file + ":" + std::to_string(line) + ": " + (error ? "error: " : "warning: ") + message;
}

const Synset* SynsetTable::Find(std::string_view name) const {
  auto it = named_.find(std::string(name));
  return it == named_.end() ? nullptr : it->second;
}

const Synset* SynsetTable::Define(std::string name, std::vector<SynsetMember> members, std::string where) {
  if (named_.count(name)) return nullptr;
  where_[name] = std::move(where);
  sets_.push_back(Synset{name, std::move(members)});
  named_[name] = &sets_.back();
  return &sets_.back();
}

const Synset* SynsetTable::AddInline(std::vector<SynsetMember> members) {
  sets_.push_back(Synset{"", std::move(members)});
  return &sets_.back();
}

const std::string* SynsetTable::DefinedAt(std::string_view name) const {
  auto it = where_.find(std::string(name));
  return it == where_.end() ? nullptr : &it->second;
}

bool ParseSynsetMember(std::string_view text, SynsetMember* out) {
  if (!IsLemma(text)) return false;
  out->text = std::string(text);
  std::vector<std::string> words;
  size_t start = 0;
  while (true) {
    size_t u = text.find('_', start);
    std::string_view w = text.substr(start, u == std::string_view::npos ? u : u - start);
    if (w.empty()) return false;
    words.emplace_back(w);
    if (u == std::string_view::npos) break;
    start = u + 1;
  }
  // "state_of_emergency": head before the first inner preposition; the rest is its nmod.
  size_t of = words.size();
  for (size_t k = 1; k + 1 < words.size(); ++k)
    if (IsPrepositionLike(words[k])) { of = k; break; }
  if (of < words.size()) {
    out->head = words[of - 1];
    out->modifiers.assign(words.begin(), words.begin() + (of - 1));
    out->complement.assign(words.begin() + of + 1, words.end());
    out->complement_case = words[of];
  } else {
    out->head = words.back();
    out->modifiers.assign(words.begin(), words.end() - 1);
  }
  return true;
}

bool FrameParser::CollectSynsets(std::string_view file, std::string_view text, std::vector<FrameDiagnostic>* diags) {
  size_t pos = 0;
  uint32_t line_no = 0;
  bool header = false;
  auto diag = [&](bool error, std::string msg) { diags->push_back({std::string(file), line_no, error, std::move(msg)}); };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (raw.size() > kMaxLineBytes) continue;  // reported in pass 2
    std::string line = Trim(raw);
    if (!header) {
      if (line.empty()) continue;
      if (line.rfind("# herodotus-frames ", 0) != 0) {
        diag(true, "not a frame file: the first line must be '" + std::string(kFramesFormatLine) + "'");
        return false;
      }
      if (line != kFramesFormatLine) {
        diag(true, "frame format '" + line + "' is newer than this build reads ('" + std::string(kFramesFormatLine) + "')");
        return false;
      }
      header = true;
      continue;
    }
    if (line.empty() || line[0] != '@') continue;
    std::string body = Trim(StripComment(line));
    size_t eq = body.find('=');
    if (eq == std::string::npos) {
      diag(true, "synset definition needs '=': @NAME = a|b|c");
      continue;
    }
    std::string name = Trim(std::string_view(body).substr(1, eq - 1));
    bool good_name = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!good_name) {
      diag(true, "bad synset name '@" + name + "' (uppercase letters, digits, '_')");
      continue;
    }
    std::vector<SynsetMember> members;
    std::string err;
    if (!ParseMembers(std::string_view(body).substr(eq + 1), &members, &err)) {
      diag(true, err.empty() ? "empty synset" : err);
      continue;
    }
    std::string here = std::string(file) + ":" + std::to_string(line_no);
    if (!synsets_->Define(name, std::move(members), here)) {
      const std::string* at = synsets_->DefinedAt(name);
      diag(true, "synset @" + name + " already defined" + (at ? " at " + *at : ""));
      continue;
    }
  }
  if (!header) {
    line_no = 1;
    diag(true, "empty frame file (no '" + std::string(kFramesFormatLine) + "' line)");
    return false;
  }
  return true;
}

}  // namespace herodotus::lexicon

namespace herodotus::lexicon {

void FrameParser::ParseFrames(std::string_view file, std::string_view text, std::vector<Frame>* out,
                              std::vector<FrameDiagnostic>* diags) {
  size_t pos = 0;
  uint32_t line_no = 0;
  bool header = false;
  auto diag = [&](bool error, std::string msg) { diags->push_back({std::string(file), line_no, error, std::move(msg)}); };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (raw.size() > kMaxLineBytes) {
      diag(true, "line longer than " + std::to_string(kMaxLineBytes) + " bytes");
      continue;
    }
    std::string line = Trim(raw);
    if (!header) {
      if (!line.empty()) header = true;  // the format line (checked in pass 1)
      continue;
    }
    if (line.empty() || line[0] == '#' || line[0] == '@') continue;
    std::string body = Trim(StripComment(line));
    if (body.empty()) continue;

    // CODE
    size_t sp = body.find_first_of(" \t");
    std::string code = body.substr(0, sp);
    std::string rest = sp == std::string::npos ? "" : Trim(std::string_view(body).substr(sp));
    Frame frame;
    frame.file = std::string(file);
    frame.line = line_no;
    if (code == "STOP") {
      frame.flags |= kFrameStop;
    } else if (!IsCodeShape(code)) {
      diag(true, "expected a CAMEO code or STOP, got '" + code + "'");
      continue;
    } else if (codes_ && !codes_->Contains(code)) {
      diag(true, "unknown CAMEO code " + code);
      continue;
    } else {
      frame.code = code;
    }
    // [flags]
    bool bad = false;
    if (!rest.empty() && rest[0] == '[') {
      size_t close = rest.find(']');
      if (close == std::string::npos) {
        diag(true, "unclosed '[' in flags");
        continue;
      }
      std::string flags = rest.substr(1, close - 1);
      std::replace(flags.begin(), flags.end(), ',', '|');
      for (const std::string& fl : SplitBar(flags)) {
        EventStatus st;
        if (fl == "sym") {
          frame.flags |= kFrameSymmetric;
        } else if (fl == "obj") {
          frame.flags |= kFrameObject;
        } else if (ParseStatus(fl, &st)) {
          if (frame.has_content_status) {
            diag(true, "two content statuses in flags");
            bad = true;
          }
          frame.has_content_status = true;
          frame.content_status = st;
        } else {
          diag(true, "unknown flag '" + fl + "' (sym, obj, or a status: asserted, attributed, alleged, denied, negated, hypothetical)");
          bad = true;
        }
      }
      rest = Trim(std::string_view(rest).substr(close + 1));
    }
    if (bad) continue;
    if (rest.empty()) {
      diag(true, "missing pattern after code " + code);
      continue;
    }
    frame.pattern = rest;
    std::string err;
    LineParser lp(synsets_, &err);
    std::vector<std::string> triggers;
    if (!lp.Tokenize(rest) || !lp.Parse(&frame, &triggers)) {
      diag(true, err);
      continue;
    }
    if (frame.has_content_status && !frame.Find(Role::kEvent)) {
      // No "...": the first clause with a given verb is the embedded event.
      for (Element& e : frame.elements)
        if (e.kind == ElementKind::kXcomp || e.kind == ElementKind::kCcomp) {
          e.role = Role::kEvent;
          break;
        }
    }
    bool has_event = frame.Find(Role::kEvent) != nullptr;
    if (frame.stop() && (has_event || frame.has_content_status || frame.symmetric() ||
                         frame.needs_object())) {
      diag(true, "a STOP pattern takes no flags and no '...'");
      continue;
    }
    if (has_event && !frame.has_content_status) {
      diag(true, "a frame with an embedded event '...' needs its status flag, e.g. [alleged]");
      continue;
    }
    if (!has_event && frame.has_content_status) {
      diag(true, "a status flag needs an embedded event: '...' or a clause ('to VERB', 'that TGT VERB')");
      continue;
    }
    int events = 0;
    for (const Element& e : frame.elements) events += e.role == Role::kEvent;
    if (events > 1) {
      diag(true, "at most one embedded event '...' per frame");
      continue;
    }
    frame.specificity = Specificity(frame);
    for (size_t k = 0; k < triggers.size(); ++k) {
      const std::string& trig = triggers[k];
      Frame f = frame;
      f.trigger = trig;
      std::vector<Element> extra = lp.MemberElements(k);
      if (!extra.empty()) {
        // Member modifiers sit right after the trigger's pre-modifiers.
        f.elements.insert(f.elements.begin(), extra.begin(), extra.end());
        for (Element& e : f.elements)
          if (e.attach >= 0) e.attach = static_cast<int8_t>(e.attach + extra.size());
        f.specificity = Specificity(f);
      }
      std::string key = Canonical(f);
      std::string here = std::string(file) + ":" + std::to_string(line_no);
      auto [it, fresh] = seen_.emplace(key, here + " (" + (f.stop() ? std::string("STOP") : f.code) + ")");
      if (!fresh) {
        diag(true, "duplicate frame for '" + trig + "': same pattern as " + it->second);
        continue;
      }
      out->push_back(std::move(f));
    }
  }
}

}  // namespace herodotus::lexicon
