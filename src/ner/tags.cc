#include "ner/tags.h"

namespace herodotus::ner {

bool SplitTag(std::string_view tag, char* prefix, std::string_view* type) {
  if (tag == "O") {
    *prefix = 'O';
    *type = {};
    return true;
  }
  if (tag.size() < 3 || tag[1] != '-') return false;
  char p = tag[0];
  if (p != 'B' && p != 'I' && p != 'L' && p != 'U' && p != 'E' && p != 'S') return false;
  *prefix = p;
  *type = tag.substr(2);
  return true;
}

std::vector<EntitySpan> SpansFromIob(const std::vector<std::string>& tags) {
  std::vector<EntitySpan> spans;
  int open = -1;  // index into spans of the entity still open, or -1
  for (int i = 0; i < static_cast<int>(tags.size()); ++i) {
    char p;
    std::string_view type;
    if (!SplitTag(tags[i], &p, &type) || p == 'O') {
      open = -1;
      continue;
    }
    bool continues = p == 'I' && open >= 0 && spans[open].type == type;
    if (continues) {
      spans[open].end = i + 1;
    } else {
      spans.push_back({i, i + 1, std::string(type)});
      open = static_cast<int>(spans.size()) - 1;
    }
  }
  return spans;
}

std::vector<EntitySpan> ExtractSpans(const Sentence& sentence) {
  std::vector<std::string> tags;
  tags.reserve(sentence.tokens.size());
  for (const Token& t : sentence.tokens) tags.push_back(t.ner.empty() ? "O" : t.ner);
  return SpansFromIob(tags);
}

std::vector<std::string> IobFromSpans(int n, const std::vector<EntitySpan>& spans) {
  std::vector<std::string> tags(n, "O");
  for (const EntitySpan& s : spans) {
    for (int i = s.begin; i < s.end && i < n; ++i) {
      tags[i] = (i == s.begin ? "B-" : "I-") + s.type;
    }
  }
  return tags;
}

std::vector<std::string> BilouFromSpans(int n, const std::vector<EntitySpan>& spans) {
  std::vector<std::string> tags(n, "O");
  for (const EntitySpan& s : spans) {
    if (s.end - s.begin == 1) {
      if (s.begin < n) tags[s.begin] = "U-" + s.type;
      continue;
    }
    for (int i = s.begin; i < s.end && i < n; ++i) {
      char p = i == s.begin ? 'B' : (i == s.end - 1 ? 'L' : 'I');
      tags[i] = std::string(1, p) + "-" + s.type;
    }
  }
  return tags;
}

std::vector<EntitySpan> SpansFromBilou(const std::vector<std::string>& tags) {
  std::vector<EntitySpan> spans;
  int start = -1;
  std::string_view cur;
  for (int i = 0; i < static_cast<int>(tags.size()); ++i) {
    char p;
    std::string_view type;
    if (!SplitTag(tags[i], &p, &type) || p == 'O') {
      if (start >= 0) spans.push_back({start, i, std::string(cur)});
      start = -1;
      continue;
    }
    bool inside = start >= 0 && type == cur;
    if (p == 'U' || p == 'B' || !inside) {
      if (start >= 0) spans.push_back({start, i, std::string(cur)});
      start = i;
      cur = type;
    }
    if (p == 'U' || p == 'L') {
      spans.push_back({start, i + 1, std::string(cur)});
      start = -1;
    }
  }
  if (start >= 0) spans.push_back({start, static_cast<int>(tags.size()), std::string(cur)});
  return spans;
}

void NormalizeToIob2(std::vector<std::string>* tags) {
  *tags = IobFromSpans(static_cast<int>(tags->size()), SpansFromIob(*tags));
}

bool TypeMap::Parse(std::string_view spec, TypeMap* out) {
  out->pairs.clear();
  while (!spec.empty()) {
    size_t comma = spec.find(',');
    std::string_view item = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    if (item.empty()) continue;
    size_t eq = item.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == item.size()) return false;
    out->pairs.emplace_back(std::string(item.substr(0, eq)), std::string(item.substr(eq + 1)));
  }
  return true;
}

std::string TypeMap::Map(std::string_view type) const {
  for (const auto& [from, to] : pairs) {
    if (from == type) return to == "O" ? std::string() : to;
  }
  return std::string(type);
}

void ApplyTypeMap(const TypeMap& map, std::vector<std::string>* iob_tags) {
  if (map.empty()) return;
  std::vector<EntitySpan> spans = SpansFromIob(*iob_tags), kept;
  for (EntitySpan& s : spans) {
    s.type = map.Map(s.type);
    if (!s.type.empty()) kept.push_back(std::move(s));
  }
  *iob_tags = IobFromSpans(static_cast<int>(iob_tags->size()), kept);
}

}  // namespace herodotus::ner
