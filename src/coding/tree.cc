#include "coding/tree.h"

#include <algorithm>

#include "util/ascii.h"

namespace herodotus::coding {

namespace {

bool IsDayWord(std::string_view lemma) {
  static constexpr std::string_view kDays[] = {"today", "yesterday", "tonight", "monday",
                                               "tuesday", "wednesday", "thursday", "friday",
                                               "saturday", "sunday"};
  return std::find(std::begin(kDays), std::end(kDays), lemma) != std::end(kDays);
}

void Singularize(std::string* w) {
  std::string& s = *w;
  if (s.size() < 4 || s.back() != 's' || s.ends_with("ss") || s.ends_with("us") ||
      s.ends_with("is"))
    return;
  if (s.ends_with("ies")) {
    s.replace(s.size() - 3, 3, "y");
  } else if (s.ends_with("sses") || s.ends_with("xes") || s.ends_with("ches") ||
             s.ends_with("shes") || s.ends_with("zes")) {
    s.resize(s.size() - 2);
  } else {
    s.pop_back();
  }
}

}  // namespace

Tree::Tree(const Sentence& s) : s_(&s) {
  const int n = static_cast<int>(s.tokens.size());
  head_.assign(n, -1);
  full_.resize(n);
  rel_.resize(n);
  lemma_.resize(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    int h = t.head - 1;
    if (h >= 0 && h < n && h != i) head_[i] = h;
    full_[i] = t.deprel;
    const std::string& src = t.lemma.empty() ? t.form : t.lemma;
    lemma_[i] = AsciiLower(src);
    // A plural the lemmatizer did not know keeps its form ("supplies"):
    // the frames' nouns are singular.
    if (t.xpos == "NNS" && t.upos == "NOUN") Singularize(&lemma_[i]);
  }
  for (int i = 0; i < n; ++i) {
    // "it is willing to withdraw": "it" is the party that is willing, not
    // an expletive (which readiness adjectives never take).
    if (full_[i] == "expl" && head_[i] >= 0 &&
        (IsReadinessAdjective(lemma_[head_[i]]) || lemma_[head_[i]] == "unwilling")) {
      full_[i] = "nsubj";
      continue;
    }
    if (full_[i] != "obj" || head_[i] < 0 || !IsDayWord(lemma_[i])) continue;
    full_[i] = "obl:tmod";
    for (int c = i + 1; c < n; ++c) {
      // "lifted Friday a day-old blockade": the object hangs on the day.
      if (head_[c] == i && (full_[c] == "appos" || full_[c] == "obj")) {
        head_[c] = head_[i];
        full_[c] = "obj";
        break;
      }
    }
  }
  RepairVerblessRoot(s);
  RepairVerbInNounPhrase(s);
  RepairReporterSubject(s);
  RepairUpToSubject();
  BreakCycles();
  // Children: counted per head, then placed from the back of each head's
  // range so that they stay in token order.
  kid_begin_.assign(n + 1, 0);
  for (int i = 0; i < n; ++i) {
    rel_[i] = full_[i].substr(0, full_[i].find(':'));
    if (head_[i] >= 0) {
      ++kid_begin_[head_[i]];
    } else if (root_ < 0 || rel_[i] == "root") {
      root_ = i;
    }
  }
  for (int i = 1; i <= n; ++i) kid_begin_[i] += kid_begin_[i - 1];  // ends of the ranges
  kids_.resize(kid_begin_[n]);
  for (int i = n - 1; i >= 0; --i) {
    if (head_[i] >= 0) kids_[--kid_begin_[head_[i]]] = i;
  }
  // Subtree spans: every word widens the span of each of its ancestors
  // (BreakCycles made every walk up end).
  first_.resize(n);
  last_.resize(n);
  for (int i = 0; i < n; ++i) first_[i] = last_[i] = i;
  for (int i = 0; i < n; ++i) {
    for (int a = head_[i]; a >= 0; a = head_[a]) {
      first_[a] = std::min(first_[a], i);
      last_[a] = std::max(last_[a], i);
    }
  }
}

// The sentence's one root, or -1 when it has none or several.
int Tree::OnlyRoot() const {
  int root = -1;
  for (int i = 0; i < static_cast<int>(head_.size()); ++i) {
    if (head_[i] >= 0) continue;
    if (root >= 0) return -1;
    root = i;
  }
  return root;
}

void Tree::Attach(int i, int head, std::string_view rel) {
  head_[i] = head;
  full_[i] = rel;
}

// Every walk up the heads must end: a word on a cycle of heads (never the
// parser's output, but heads come with the Sentence) hangs from nothing.
void Tree::BreakCycles() {
  const int n = static_cast<int>(head_.size());
  std::vector<int> seen(n, -1);  // the walk that visited the word
  for (int start = 0; start < n; ++start) {
    int i = start;
    while (i >= 0 && seen[i] < 0) {
      seen[i] = start;
      if (head_[i] >= 0 && seen[head_[i]] == start) {
        head_[i] = -1;  // closes a cycle
        break;
      }
      i = head_[i];
    }
  }
}

// "Houthi rebels launched drones at …", "Iranian and Saudi officials held
// talks": the tagger reads the verb as a participle modifying the next noun
// and the parse makes the subject noun the root of a sentence with no verb.
// When the root is a noun, the first verb after it modifies (amod) a noun
// that hangs on the root, and no other verb in the sentence has a subject,
// the verb is the root, the root noun its subject and the modified noun its
// object.
void Tree::RepairVerblessRoot(const Sentence& s) {
  const int n = static_cast<int>(head_.size());
  const int root = OnlyRoot();  // several roots: leave it alone
  if (root < 0 || (s.tokens[root].upos != "NOUN" && s.tokens[root].upos != "PROPN")) return;
  int verb = -1;
  for (int i = root + 1; i < n && verb < 0; ++i) {
    if (s.tokens[i].upos == "VERB") verb = i;
  }
  if (verb < 0 || full_[verb] != "amod") return;
  const int object = head_[verb];
  if (object <= verb || head_[object] != root) return;
  for (int i = 0; i < n; ++i) {
    if (full_[i].starts_with("nsubj") && s.tokens[head_[i] >= 0 ? head_[i] : i].upos == "VERB")
      return;  // some verb already has a subject: not this misparse
  }
  Attach(verb, -1, "root");
  Attach(root, verb, "nsubj");
  Attach(object, verb, "obj");
  // What followed the verb and hung on the old root belongs to the verb.
  for (int i = verb + 1; i < n; ++i) {
    if (head_[i] == root) head_[i] = verb;
  }
}

// "The Latvian Constitutional Court cancelled restrictions on …", "A Russian
// official offered concessions": the tagger reads the verb as a participle
// and the parse makes the whole sentence one noun phrase — the object is the
// root, the verb its amod and the subject its possessor, compound or
// subject before the verb. With no other verb that has a
// subject, the verb is the root, the noun before it its subject and the old
// root its object.
void Tree::RepairVerbInNounPhrase(const Sentence& s) {
  const int n = static_cast<int>(head_.size());
  const int root = OnlyRoot();
  if (root < 0 || s.tokens[root].upos != "NOUN") return;
  int verb = -1, subject = -1;
  for (int i = 0; i < root; ++i) {
    if (head_[i] != root) continue;
    if (s.tokens[i].upos == "VERB" && full_[i] == "amod" &&
        (s.tokens[i].xpos == "VBD" || s.tokens[i].xpos == "VBN"))
      verb = i;
    if ((((full_[i] == "nmod:poss" || full_[i] == "compound") && s.tokens[i].upos == "PROPN") ||
         full_[i] == "nsubj") &&
        verb < 0)
      subject = i;
  }
  if (verb < 0 || subject < 0 || subject > verb) return;
  for (int i = 0; i < n; ++i) {
    if (full_[i].starts_with("nsubj") && i != subject) return;
  }
  Attach(verb, -1, "root");
  Attach(subject, verb, "nsubj");
  Attach(root, verb, "obj");
}

// "Up to 100 ethnic Albanians demonstrated …": the parser reads "up to" as
// the prepositions of an oblique and leaves the verb without a subject. A
// counted noun before its verb marked by "up" and "to", on a verb with no
// subject, is the subject; "up to" modifies the number.
void Tree::RepairUpToSubject() {
  const int n = static_cast<int>(head_.size());
  for (int i = 2; i < n; ++i) {
    const int verb = head_[i];
    if (verb <= i || full_[i] != "obl") continue;
    int up = -1;
    for (int c = 0; c + 2 < i && up < 0; ++c) {
      if (lemma_[c] == "up" && (head_[c] == i || head_[c] == verb) && lemma_[c + 1] == "to" &&
          head_[c + 1] == i && full_[c + 1] == "case" && head_[c + 2] == i && full_[c + 2] == "nummod")
        up = c;
    }
    if (up < 0) continue;
    const int to = up + 1, num = up + 2;
    bool passive = false, has_subject = false;
    for (int c = 0; c < n; ++c) {
      if (head_[c] != verb) continue;
      has_subject = has_subject || full_[c].starts_with("nsubj") || full_[c].starts_with("csubj");
      passive = passive || full_[c] == "aux:pass";
    }
    if (has_subject) continue;
    full_[i] = passive ? "nsubj:pass" : "nsubj";
    Attach(up, num, "advmod");
    Attach(to, up, "fixed");
  }
}

// "Troops demolished homes and buildings, Palestinian officials and US
// witnesses said.": the parser hangs the reporters on the reported clause
// (conjuncts of its object) and leaves the reporting verb without a subject.
// When a reporting verb has no subject, its reported clause comes first, and
// the words between the last comma and the verb are nominals all hanging on
// that clause, the first of them is the verb's subject and the rest its
// conjuncts.
void Tree::RepairReporterSubject(const Sentence& s) {
  static constexpr std::string_view kReporting[] = {"say", "add", "report", "claim", "confirm",
                                                    "state", "allege", "insist", "tell"};
  const int n = static_cast<int>(head_.size());
  for (int v = 2; v < n; ++v) {
    if (s.tokens[v].upos != "VERB" ||
        std::find(std::begin(kReporting), std::end(kReporting), lemma_[v]) == std::end(kReporting))
      continue;
    int comma = v - 1;
    while (comma >= 0 && v - comma <= 10 && s.tokens[comma].form != ",") --comma;
    if (comma < 1 || comma == v - 1 || s.tokens[comma].form != ",") continue;
    bool has_subject = false, clause_before = false;
    for (int i = 0; i < n; ++i) {
      if (head_[i] != v) continue;
      if (full_[i].starts_with("nsubj") || full_[i].starts_with("csubj")) has_subject = true;
      if ((full_[i] == "ccomp" || full_[i] == "parataxis") && i < comma) clause_before = true;
    }
    if (has_subject || !clause_before) continue;
    std::vector<int> outer;  // span words whose head lies outside the span
    bool ok = true;
    for (int i = comma + 1; i < v && ok; ++i) {
      if (head_[i] > comma && head_[i] < v) continue;
      std::string_view u = s.tokens[i].upos;
      ok = head_[i] >= 0 && head_[i] < comma && (u == "NOUN" || u == "PROPN" || u == "PRON");
      outer.push_back(i);
    }
    if (!ok || outer.empty()) continue;
    head_[outer[0]] = v;
    full_[outer[0]] = "nsubj";
    for (size_t k = 1; k < outer.size(); ++k) {
      head_[outer[k]] = outer[0];
      full_[outer[k]] = "conj";
    }
  }
}

bool IsReadinessAdjective(std::string_view lemma) {
  static constexpr std::string_view kReady[] = {"willing", "ready",  "prepared", "eager",
                                                "determined", "poised", "keen"};
  return std::find(std::begin(kReady), std::end(kReady), lemma) != std::end(kReady);
}

int Tree::Child(int i, std::string_view rel) const {
  for (int c : children(i)) {
    if (rel_[c] == rel) return c;
  }
  return -1;
}

std::string_view Tree::CaseOf(int i) const {
  for (int c : children(i)) {
    if (rel_[c] == "case" || (rel_[c] == "mark" && upos(c) == "ADP")) return lemma_[c];
  }
  return {};
}

bool Tree::IsPassive(int verb) const {
  for (int c : children(verb)) {
    const std::string_view d = s_->tokens[c].deprel;  // as parsed, not as repaired
    if (d == "nsubj:pass" || d == "aux:pass") return true;
  }
  return false;
}

// "officials suspected of taking kickbacks", "a jet shot down by rebels": a
// past participle modifying a noun with no subject or auxiliary of its own is
// a passive whose patient is that noun.
bool Tree::IsReducedRelative(int verb) const {
  if (rel(verb) != "acl" || s_->tokens[verb].xpos != "VBN" || head_[verb] < 0) return false;
  for (int c : children(verb)) {
    // An object means an active verb the tagger took for a participle
    // ("Israeli drones attacked/VBN a building").
    if (rel(c) == "nsubj" || rel(c) == "aux" || rel(c) == "mark" || rel(c) == "obj" ||
        rel(c) == "iobj" || rel(c) == "ccomp")
      return false;
  }
  return true;
}

bool Tree::DescribesItsObject(int verb) const {
  if (fullrel(verb) != "acl:relcl" || head_[verb] < 0) return false;
  for (int c : children(verb)) {
    const bool relative = s_->tokens[c].feats.find("PronType=Rel") != std::string::npos ||
                          lemma_[c] == "who" || lemma_[c] == "whom" || lemma_[c] == "which";
    if (relative && s_->tokens[c].upos == "PRON")
      return rel(c) == "obj" || rel(c) == "obl" || fullrel(c) == "nsubj:pass";
  }
  // Without a relative pronoun ("the government they rose against") the
  // parse is too often a misread main clause ("said on Tuesday it had
  // halted aid" with "halted" on "Tuesday") to tell.
  return false;
}

bool IsTimeWord(const Tree& t, int i) {
  static constexpr std::string_view kTime[] = {
      "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "week", "weekend", "month", "year", "day",
      "morning", "evening", "night", "afternoon", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december"};
  return std::find(std::begin(kTime), std::end(kTime), t.lemma(i)) != std::end(kTime);  // lemma(): lowercase
}

bool HasMarkTo(const Tree& t, int verb) {
  if (t.tok(verb).xpos != "VB") return false;
  for (int c : t.children(verb)) {
    if (t.rel(c) == "mark" && t.lemma(c) == "to") return true;
  }
  return false;
}

}  // namespace herodotus::coding
