#include "train/ner_lexicon_builder.h"

#include <fmt/format.h>

#include <vector>

#include "ner/gazetteer.h"
#include "util/ascii.h"
#include "util/file.h"

namespace herodotus::ner {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string NormalizePhrase(std::string_view name) {
  std::string out;
  bool space = true;
  for (char c : name) {
    if (c == ' ' || c == '\t') {
      if (!space) out += ' ';
      space = true;
    } else if (c == '-' || c == ',' || c == '(' || c == ')' || c == '/') {
      if (!space) out += ' ';
      out += c;
      out += ' ';
      space = true;
    } else {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      space = false;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void LexiconBuilder::AddRunningText(std::string_view text) {
  struct Word {
    std::string lower;
    bool counted = false, cap = false;
  };
  std::vector<Word> words;
  std::vector<std::string> lower;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    words.clear();
    bool sentence_start = true;
    size_t i = 0;
    while (i < line.size()) {
      size_t j = line.find(' ', i);
      if (j == std::string_view::npos) j = line.size();
      std::string_view raw = line.substr(i, j - i);
      i = j + 1;
      if (raw.empty()) continue;
      // Strip surrounding punctuation but remember sentence ends and quotes,
      // after which capitals say nothing.
      size_t b = 0, e = raw.size();
      while (b < e && !IsAsciiAlnum(raw[b]) && static_cast<unsigned char>(raw[b]) < 0x80) ++b;
      while (e > b && !IsAsciiAlnum(raw[e - 1]) && static_cast<unsigned char>(raw[e - 1]) < 0x80) --e;
      std::string_view w = raw.substr(b, e - b);
      // Keep abbreviation periods ("Mr.") so title cues match.
      if (e < raw.size() && raw[e] == '.' && w.size() <= 3) w = raw.substr(b, e - b + 1);
      Word word;
      word.lower = AsciiLower(w);
      word.cap = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
      word.counted = !w.empty() && !sentence_start && b == 0 && w.size() < 40;
      words.push_back(std::move(word));
      char last = raw.back();
      sentence_start = last == '.' || last == '?' || last == '!' || last == ':' || last == '"';
    }
    lower.clear();
    for (const Word& w : words) lower.push_back(w.lower);
    std::vector<uint32_t> gaz = MatchGazetteer(lower);
    for (size_t k = 0; k < words.size(); ++k) {
      if (!words[k].counted) continue;
      std::string key = words[k].lower;
      if (!key.empty() && key.back() == '.') key.pop_back();
      Count& c = counts_[key];
      ++c.total;
      if (!words[k].cap) continue;
      ++c.capitalized;
      if (k > 0) {
        const std::string& prev = words[k - 1].lower;
        if ((gaz[k - 1] & (1u << kGazTitle)) || ((gaz[k - 1] & (1u << kGazGivenName)) && words[k - 1].cap)) {
          ++c.person_cue;
        }
        if (prev == "in" || prev == "from" || prev == "to" || prev == "near" || prev == "at") ++c.loc_cue;
      }
      if (k + 1 < words.size()) {
        const std::string& next = words[k + 1].lower;
        if (next == "said" || next == "says" || next == "told") ++c.said;
        if ((gaz[k + 1] & (1u << kGazOrgKeyword)) && words[k + 1].cap) ++c.org_word;
      }
    }
  }
}

Result<int> LexiconBuilder::AddPlacesFile(const std::string& path) {
  std::string text;
  HERODOTUS_RETURN_IF_ERROR(ReadFile(path, &text));
  int added = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    // Columns: geonameid, name, asciiname, alternatenames, ...
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    size_t t3 = t2 == std::string_view::npos ? t2 : line.find('\t', t2 + 1);
    if (t3 == std::string_view::npos) continue;
    for (std::string_view name : {line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1, t3 - t2 - 1)}) {
      std::string p = NormalizePhrase(name);
      if (p.empty()) continue;
      int words = 1;
      for (char c : p) words += c == ' ';
      if (words > Lexicon::kMaxPhraseWords) continue;
      places_.Add(p, Lexicon::kPlace);
      ++added;
    }
  }
  return added;
}

Lexicon LexiconBuilder::Build(int min_count) const {
  Lexicon lex = places_;
  for (const auto& [word, c] : counts_) {
    if (c.total < min_count) continue;
    double r = double(c.capitalized) / c.total;
    int bucket = r < 0.02 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : r < 0.8 ? 3 : r < 0.98 ? 4 : 5;
    lex.SetCapBucket(word, bucket);
    auto often = [&](int n, double share) { return n >= 2 && n >= share * c.capitalized; };
    uint8_t bits = 0;
    if (often(c.person_cue, 0.1)) bits |= Lexicon::kAfterPersonCue;
    if (often(c.loc_cue, 0.25)) bits |= Lexicon::kAfterLocCue;
    if (often(c.said, 0.1)) bits |= Lexicon::kBeforeSaid;
    if (often(c.org_word, 0.1)) bits |= Lexicon::kBeforeOrgWord;
    if (bits) lex.Add(word, bits);
  }
  return lex;
}

}  // namespace herodotus::ner
