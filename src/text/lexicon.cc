#include "text/lexicon.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace herodotus::text {
namespace {

template <size_t N>
bool In(const std::string_view (&sorted)[N], std::string_view w) {
  return std::binary_search(sorted, sorted + N, w);
}

bool LowerInto(std::string_view w, char* buf, size_t cap, std::string_view* out) {
  if (w.size() > cap) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  }
  *out = std::string_view(buf, w.size());
  return true;
}

// Sorted (std::binary_search). Case-sensitive capitalized abbreviations.
constexpr std::string_view kCapitalized[] = {
    "Adm", "Ala", "Apr", "Ariz", "Ark", "Assn", "Aug", "Ave", "Bldg", "Blvd", "Brig", "Bros",
    "Calif", "Capt", "Cdr", "Cmdr", "Co", "Col", "Colo", "Conn", "Corp", "Cpl", "Dec", "Del",
    "Dept", "Dr", "Ds", "Esq", "Feb", "Fla", "Fr", "Fri", "Ft", "Ga", "Gen", "Gov", "Hon",
    "Ill", "Inc", "Ind", "Jan", "Jr", "Jul", "Jun", "Kan", "Kans", "Ky", "La", "Lt", "Ltd",
    "Maj", "Mar", "Mass", "Md", "Messrs", "Mich", "Minn", "Miss", "Mo", "Mon", "Mont", "Mr",
    "Mrs", "Ms", "Msgr", "Mt", "Neb", "Nev", "No", "Nos", "Nov", "Oct", "Okla", "Ont", "Ore",
    "Pa", "Ph", "Pres", "Prof", "Pvt", "Rd", "Rep", "Reps", "Rev", "Sat", "Sen", "Sens",
    "Sep", "Sept", "Sgt", "Sr", "St", "Ste", "Sun", "Supt", "Tenn", "Tex", "Thu", "Thur",
    "Thurs", "Tue", "Tues", "Va",
};
// Sorted; compared lowercase.
constexpr std::string_view kAnyCase[] = {
    "a.k.a", "al", "approx", "apt", "assoc", "attn", "ca", "cf", "dept", "e.g", "eg",
    "esp", "est", "etc", "ext", "fig", "figs", "govt", "i.e", "ie", "incl", "jr", "lb",
    "lbs", "min", "misc", "mt", "no", "oz", "pp", "sq", "tel", "vol", "vs", "yrs",
};
constexpr std::string_view kTitles[] = {
    "Adm", "Ald", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Dr", "Drs", "Fr", "Ft",
    "Gen", "Gov", "Hon", "Insp", "Lieut", "Lt", "Maj", "Messrs", "Mmes", "Mr", "Mrs", "Ms",
    "Msgr", "Mt", "No", "Nos", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens",
    "Sgt", "Spc", "Sr", "St", "Ste", "Supt", "Vol", "gen", "no", "vs",
};
constexpr std::string_view kStarters[] = {
    "A", "About", "Above", "According", "Additionally", "After", "Again", "Also",
    "Although", "Among", "An", "And", "Another", "Any", "Anyway", "Are", "As", "At",
    "Before", "Both", "But", "By", "Can", "Could", "Did", "Do", "Does", "During", "Each",
    "Earlier", "Either", "Even", "Every", "Finally", "First", "For", "Furthermore", "He",
    "Her", "Here", "His", "How", "However", "I", "If", "In", "Indeed", "Instead", "Is",
    "It", "Its", "Just", "Last", "Later", "Let", "Many", "Meanwhile", "More", "Moreover",
    "Most", "Much", "My", "Neither", "Nevertheless", "Next", "No", "None", "Nor", "Not",
    "Now", "Of", "Often", "On", "Once", "One", "Only", "Or", "Other", "Our", "Overall",
    "Please", "Since", "So", "Some", "Still", "Such", "Thanks", "That", "The", "Their",
    "Then", "There", "These", "They", "This", "Those", "Though", "Thus", "To", "Today",
    "Under", "Unlike", "Until", "We", "Were", "What", "When", "Where", "Whether", "Which",
    "While", "Who", "Why", "Will", "With", "Would", "Yes", "Yet", "You", "Your",
};
constexpr std::string_view kHyphenPrefixes[] = {
    "anti", "bi", "co", "counter", "cross", "cyber", "de", "e", "ex", "extra", "hyper",
    "intra", "macro", "mega", "meta", "micro", "mid", "mini", "multi", "neo",
    "non", "over", "post", "pre", "pro", "pseudo", "psycho", "re", "semi", "socio", "sub",
    "super", "trans", "ultra", "un",
};

}  // namespace

bool IsAbbreviation(std::string_view word) {
  if (In(kCapitalized, word)) return true;
  char buf[16];
  std::string_view lower;
  return LowerInto(word, buf, sizeof buf, &lower) && In(kAnyCase, lower);
}

bool IsTitleAbbreviation(std::string_view word) { return In(kTitles, word); }

bool IsSentenceStarter(std::string_view word) { return In(kStarters, word); }

bool IsHyphenPrefix(std::string_view word) {
  char buf[16];
  std::string_view lower;
  return LowerInto(word, buf, sizeof buf, &lower) && In(kHyphenPrefixes, lower);
}

}  // namespace herodotus::text
