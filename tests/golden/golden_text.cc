// Golden test of the text stage: renders every example article's sentences
// and words in a readable form and compares with the committed file.
//
//   golden_text OUT_OR_EXPECTED INPUT...          # compare (exit 1 on difference)
//   golden_text --update OUT_OR_EXPECTED INPUT... # rewrite the expected file
//
// Format (one block per article, one line per sentence):
//   # article ex01-consulate-rockets
//   ¶ 0-231  Secretary of State Daniel Harlow on Tuesday ... personnel .
// "¶" marks a paragraph start, then the sentence's byte span in the article
// text, then its words separated by spaces; the words of a multiword token
// are joined by "|" (do|n't). A word containing a space shows it as "␣".
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "herodotus/ingest.h"
#include "text/segmenter.h"

namespace {

std::string Render(const herodotus::Article& a) {
  std::vector<herodotus::Sentence> sentences;
  herodotus::text::Segment(a.text, &sentences);
  std::string out = "# article " + a.id + "\n";
  for (const herodotus::Sentence& s : sentences) {
    out += s.paragraph_start ? "¶ " : "  ";
    out += std::to_string(s.start) + "-" + std::to_string(s.end) + " ";
    int in_mwt = 0;
    for (const herodotus::Token& t : s.tokens) {
      out += in_mwt > 0 ? "|" : " ";
      if (in_mwt > 0) --in_mwt;
      if (t.mwt_span > 1) in_mwt = t.mwt_span - 1;
      for (char c : t.form) {
        if (c == ' ') out += "␣";
        else out += c;
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int i = 1;
  bool update = false;
  if (i < argc && std::string(argv[i]) == "--update") { update = true; ++i; }
  if (argc - i < 2) {
    std::cerr << "usage: golden_text [--update] EXPECTED INPUT...\n";
    return 2;
  }
  const std::string expected_path = argv[i++];
  std::string actual;
  herodotus::IngestOptions options;
  options.require_date = false;
  for (; i < argc; ++i) {
    auto reader = herodotus::ArticleReader::Open(argv[i], options);
    if (!reader.ok()) {
      std::cerr << argv[i] << ": " << reader.status().ToString() << "\n";
      return 1;
    }
    herodotus::Article a;
    while ((*reader)->Next(&a)) actual += Render(a);
  }
  if (update) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    std::cout << "wrote " << expected_path << "\n";
    return 0;
  }
  std::ifstream in(expected_path, std::ios::binary);
  std::stringstream expected;
  expected << in.rdbuf();
  if (expected.str() == actual) return 0;
  // Show the first differing lines; scripts/update_golden.sh accepts the change.
  std::istringstream e(expected.str()), a(actual);
  std::string le, la;
  int line = 0, shown = 0;
  while (shown < 10) {
    const bool ge = static_cast<bool>(std::getline(e, le));
    const bool ga = static_cast<bool>(std::getline(a, la));
    if (!ge && !ga) break;
    ++line;
    if (ge && ga && le == la) continue;
    std::cerr << expected_path << ":" << line << ":\n  expected: " << (ge ? le : "<end>")
              << "\n  actual:   " << (ga ? la : "<end>") << "\n";
    ++shown;
  }
  std::cerr << "golden mismatch; if the change is intended run scripts/update_golden.sh\n";
  return 1;
}
