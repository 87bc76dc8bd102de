#include "lexicon/frame.h"

#include <algorithm>
#include <array>

namespace herodotus::lexicon {

std::string_view TriggerKindName(TriggerKind k) {
  switch (k) {
    case TriggerKind::kVerb: return "verb";
    case TriggerKind::kNoun: return "noun";
    case TriggerKind::kAdjective: return "adj";
  }
  return "?";
}

std::string_view ElementKindName(ElementKind k) {
  switch (k) {
    case ElementKind::kSubject: return "subject";
    case ElementKind::kObject: return "object";
    case ElementKind::kIndirectObject: return "iobj";
    case ElementKind::kParticle: return "particle";
    case ElementKind::kOblique: return "oblique";
    case ElementKind::kModifier: return "modifier";
    case ElementKind::kXcomp: return "xcomp";
    case ElementKind::kCcomp: return "ccomp";
    case ElementKind::kClause: return "clause";
  }
  return "?";
}

bool Synset::HasHead(std::string_view lemma) const {
  return std::any_of(members.begin(), members.end(), [&](const SynsetMember& m) { return m.head == lemma; });
}

const Element* Frame::Find(Role r) const {
  for (const Element& e : elements)
    if (e.role == r || e.possessor == r) return &e;
  return nullptr;
}

bool IsParticle(std::string_view word) {
  // UD EWT compound:prt lemmas of English phrasal verbs.
  static constexpr std::array<std::string_view, 18> kParticles = {
      "about", "apart", "around", "aside", "away", "back", "down", "forward", "in",
      "off",   "on",    "out",    "over",  "through", "together", "up", "along", "ahead"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

bool IsPreposition(std::string_view word) {
  static constexpr std::array<std::string_view, 52> kPreps = {
      "about",  "above",   "across",  "after",   "against", "along",   "alongside", "amid",  "among",
      "around", "as",      "at",      "before",  "behind",  "below",   "beside",    "between", "beyond",
      "by",     "despite", "during",  "for",     "from",    "in",      "inside",    "into",  "near",
      "of",     "off",     "on",      "onto",    "out",     "outside", "over",      "past",  "since",
      "than",   "through", "throughout", "to",   "toward",  "towards", "under",     "until", "upon",
      "via",    "with",    "within",  "without", "like",    "per",     "regarding"};
  // Multiword prepositions: on_behalf_of, because_of, according_to, due_to.
  size_t u = word.find('_');
  std::string_view first = word.substr(0, u);
  if (u != std::string_view::npos &&
      (first == "because" || first == "due" || first == "according" || first == "instead" || first == "ahead" ||
       first == "prior" || first == "as" || first == "in" || first == "on" || first == "out" || first == "by"))
    return true;
  return u == std::string_view::npos && std::find(kPreps.begin(), kPreps.end(), word) != kPreps.end();
}

}  // namespace herodotus::lexicon
