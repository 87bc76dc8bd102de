#include "ner/iob_reader.h"

#include <fmt/format.h>

#include "util/file.h"

namespace herodotus::ner {
namespace {

// Splits on tabs when the line has one, else on runs of spaces.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  bool tabs = line.find('\t') != std::string_view::npos;
  size_t i = 0;
  while (i <= line.size()) {
    size_t j = tabs ? line.find('\t', i) : line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    std::string_view f = line.substr(i, j - i);
    if (tabs || !f.empty()) out.push_back(f);
    i = j + 1;
  }
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool ValidIob(std::string_view tag) {
  char p;
  std::string_view type;
  return SplitTag(tag, &p, &type) && (p == 'O' || p == 'B' || p == 'I');
}

}  // namespace

IobCorpus ParseIob(std::string_view text, std::string_view name, const TypeMap& types) {
  IobCorpus corpus;
  Sentence cur;
  std::vector<std::string> tags;
  int cur_line = 0;
  bool bad = false;

  auto error = [&](int line, std::string_view reason) {
    ++corpus.error_count;
    if (static_cast<int>(corpus.errors.size()) < IobCorpus::kMaxErrors) {
      corpus.errors.push_back(fmt::format("{}:{}: {}", name, line, reason));
    }
  };
  auto flush = [&] {
    if (bad) {
      ++corpus.skipped_sentences;
    } else if (!cur.tokens.empty()) {
      NormalizeToIob2(&tags);
      ApplyTypeMap(types, &tags);
      for (size_t i = 0; i < tags.size(); ++i) cur.tokens[i].ner = std::move(tags[i]);
      corpus.sentences.push_back(std::move(cur));
      corpus.first_line.push_back(cur_line);
    }
    cur = Sentence();
    tags.clear();
    bad = false;
    cur_line = 0;
  };

  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      flush();
      continue;
    }
    if (line.starts_with("-DOCSTART-")) {
      flush();
      continue;
    }
    std::vector<std::string_view> f = Fields(line);
    bool numbered = f.size() >= 3 && AllDigits(f[0]);
    if (line[0] == '#' && !(numbered && ValidIob(f[2])) &&
        !(f.size() == 2 && ValidIob(f[1]))) {
      continue;  // comment ("# text = ...")
    }
    if (bad) continue;  // rest of a sentence already rejected
    std::string_view form, tag;
    if (numbered) {
      if (f[0].find_first_not_of('0') == std::string_view::npos) {
        error(line_no, "token id 0");
        bad = true;
        continue;
      }
      form = f[1];
      tag = f[2];
    } else if (f.size() == 2) {
      form = f[0];
      tag = f[1];
    } else {
      error(line_no, fmt::format("expected 'FORM TAG' or 'ID FORM TAG', got {} fields", f.size()));
      bad = true;
      continue;
    }
    if (form.empty()) {
      error(line_no, "empty token form");
      bad = true;
      continue;
    }
    if (!ValidIob(tag)) {
      error(line_no, fmt::format("bad tag '{}' (expected O, B-TYPE or I-TYPE)",
                                 tag.substr(0, 40)));
      bad = true;
      continue;
    }
    if (cur.tokens.empty()) cur_line = line_no;
    Token t;
    t.form = std::string(form);
    cur.tokens.push_back(std::move(t));
    tags.emplace_back(tag);
  }
  flush();
  return corpus;
}

Result<IobCorpus> ReadIobFile(const std::string& path, const TypeMap& types) {
  std::string text;
  HERODOTUS_RETURN_IF_ERROR(ReadFile(path, &text));
  return ParseIob(text, path, types);
}

}  // namespace herodotus::ner
