// herodotus — the data model every stage reads and extends.
//
// An Article is what ingest produces. A Document is an article after the text
// stage: sentences of tokens with byte offsets into Article::text. Later stages
// fill the per-token syntax fields and add their own annotations. Plain value
// types: not synchronized; one thread works on one Document at a time.
#ifndef HERODOTUS_ARTICLE_H_
#define HERODOTUS_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace herodotus {

// A calendar date; year == 0 means unknown.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool known() const { return year != 0; }
  // "YYYY-MM-DD"; "" when unknown.
  std::string ToString() const;
  // Parses "YYYY-MM-DD" and checks the day exists (leap years included).
  static bool Parse(std::string_view s, Date* out);
  static bool Valid(int year, int month, int day);
  friend bool operator==(const Date&, const Date&) = default;
};

struct Article {
  std::string id;
  Date date;                 // publication date (from input, dateline or --date)
  std::string title, url, source;
  std::string text;          // body, valid UTF-8, as received (boilerplate removed)
  std::string dateline;      // place named by a dateline ("BAGHDAD"), if any
  std::string origin;        // where it came from, "file:line", for messages
};

// One syntactic word (UD sense). For a contraction such as "don't" the
// tokenizer emits two words, "do" and "n't"; `mwt_span` on the first says how
// many words make up the one surface token.
struct Token {
  uint32_t start = 0, end = 0;  // byte span in Article::text
  std::string form;             // normalized form (curly quotes → straight, NFC)
  bool space_after = true;
  uint8_t mwt_span = 0;         // >1 on the first word of a multiword token
  std::string mwt_form;         // surface form of that multiword token ("don't"), first word only
  // Filled by the syntax stage; empty / -1 before.
  std::string upos, xpos, feats, lemma, deprel;
  int head = -1;                // CoNLL-U convention: 0 = root, k = tokens[k-1]
  // Filled by the NER stage: IOB2 tag such as "B-PER", "" before.
  std::string ner;
};

struct Sentence {
  uint32_t start = 0, end = 0;  // byte span in Article::text
  std::vector<Token> tokens;
  bool paragraph_start = false; // first sentence of a paragraph
  std::string id;               // sentence id (CoNLL-U "# sent_id"), may be empty
  std::string text;             // sentence text (CoNLL-U "# text"), may be empty
};

struct Document {
  Article article;
  std::vector<Sentence> sentences;
  // Sentences longer than Options::max_sentence_tokens: kept as text, left
  // unparsed and uncoded so time stays linear in the input. Front ends warn.
  size_t long_sentences = 0;
};

}  // namespace herodotus

#endif  // HERODOTUS_ARTICLE_H_
