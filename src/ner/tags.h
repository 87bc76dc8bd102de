// NER tag helpers: IOB2 ↔ BILOU, entity spans, type mapping.
//
// The runtime speaks IOB2 ("B-PER", "I-PER", "O") in Token::ner; the model
// decodes BILOU internally because it learns entity boundaries better and its
// transition constraints rule out broken spans. Pure functions, thread-safe.
#ifndef HERODOTUS_NER_TAGS_H_
#define HERODOTUS_NER_TAGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"

namespace herodotus::ner {

// One entity: tokens [begin, end) of a sentence, with its type ("PER").
struct EntitySpan {
  int begin = 0, end = 0;
  std::string type;
  friend bool operator==(const EntitySpan&, const EntitySpan&) = default;
};

// Splits an IOB tag into prefix ('B', 'I', 'O', or for BILOU also 'L', 'U')
// and type. Returns false for a malformed tag ("X-PER", "B-", "").
bool SplitTag(std::string_view tag, char* prefix, std::string_view* type);

// Entity spans from a sequence of IOB tags with conlleval semantics: an I-X
// that does not continue an X entity starts a new one (so IOB1 input and
// broken IOB2 are read the way conlleval reads them). Malformed tags count as O.
std::vector<EntitySpan> SpansFromIob(const std::vector<std::string>& tags);
// The same over Token::ner of a tagged sentence.
std::vector<EntitySpan> ExtractSpans(const Sentence& sentence);

// IOB2 tags for n tokens from spans (spans must not overlap).
std::vector<std::string> IobFromSpans(int n, const std::vector<EntitySpan>& spans);
// BILOU tags ("B-PER", "I-PER", "L-PER", "U-PER", "O") from spans.
std::vector<std::string> BilouFromSpans(int n, const std::vector<EntitySpan>& spans);
// Spans from a (valid) BILOU sequence; tolerant of invalid ones.
std::vector<EntitySpan> SpansFromBilou(const std::vector<std::string>& tags);

// Rewrites tags as clean IOB2 (IOB1 → IOB2) keeping their entity spans.
void NormalizeToIob2(std::vector<std::string>* tags);

// Maps entity types through `map` ("person=PER,location=LOC,MISC=O"): types
// not listed are kept, types mapped to "O" are removed.
struct TypeMap {
  std::vector<std::pair<std::string, std::string>> pairs;
  // Parses "a=B,c=D". Returns false on a malformed item.
  static bool Parse(std::string_view spec, TypeMap* out);
  // nullptr-like "" means drop.
  std::string Map(std::string_view type) const;
  bool empty() const { return pairs.empty(); }
};
void ApplyTypeMap(const TypeMap& map, std::vector<std::string>* iob_tags);

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_TAGS_H_
