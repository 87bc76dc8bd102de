// CoNLL-U reader/writer. The reader is a line state machine: comment lines
// before the first token fill the sentence header, token lines are checked
// (10 columns, consecutive ids, heads in range), a blank line closes the
// sentence. The first error in a sentence marks it bad; the rest of its lines
// are consumed silently so one error gives one message.
#include "syntax/conllu.h"

#include <charconv>

#include "util/file.h"

namespace herodotus::syntax {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    if (tab == std::string_view::npos) {
      f.push_back(line.substr(pos));
      return f;
    }
    f.push_back(line.substr(pos, tab - pos));
    pos = tab + 1;
  }
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 9) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    std::string_view item = misc.substr(pos, bar == std::string_view::npos ? misc.npos : bar - pos);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return false;
}

std::string Field(std::string_view f) { return f == "_" ? std::string() : std::string(f); }

struct Pending {
  Sentence sentence;
  bool bad = false;
  bool any_line = false;
  struct Range {
    int first, last;
    bool space_after;
  };
  std::vector<Range> mwt_ranges;
};

// Fills token offsets relative to sentence.text when the forms occur in order.
void AssignOffsets(Sentence* s) {
  if (s->text.empty()) return;
  size_t pos = 0;
  for (size_t i = 0; i < s->tokens.size(); ++i) {
    Token& t = s->tokens[i];
    const std::string& surface = t.mwt_span > 1 ? t.mwt_form : t.form;
    size_t at = s->text.find(surface, pos);
    if (at == std::string::npos || surface.empty()) return;  // leave the rest at 0
    t.start = static_cast<uint32_t>(at);
    t.end = static_cast<uint32_t>(at + surface.size());
    for (size_t k = 1; t.mwt_span > 1 && k < t.mwt_span && i + k < s->tokens.size(); ++k) {
      s->tokens[i + k].start = t.start;
      s->tokens[i + k].end = t.end;
    }
    if (t.mwt_span > 1) i += t.mwt_span - 1;
    pos = at + surface.size();
  }
  s->start = 0;
  s->end = static_cast<uint32_t>(s->text.size());
}

}  // namespace

ConlluCorpus ParseConllu(std::string_view text, std::string_view name) {
  ConlluCorpus corpus;
  Pending cur;
  int bad_line = 0;
  std::string bad_reason;
  auto fail = [&](int line, std::string reason) {
    if (cur.bad) return;
    cur.bad = true;
    bad_line = line;
    bad_reason = std::move(reason);
  };
  auto close = [&](int line) {
    if (!cur.any_line) return;
    if (!cur.bad && cur.sentence.tokens.empty()) fail(line, "sentence has no words");
    if (!cur.bad) {
      const int n = static_cast<int>(cur.sentence.tokens.size());
      for (const auto& r : cur.mwt_ranges) {
        if (r.last > n) { fail(line, "multiword range beyond the last word"); break; }
      }
      for (int i = 0; i < n && !cur.bad; ++i) {
        if (cur.sentence.tokens[i].head > n) fail(line, "head beyond the last word");
      }
    }
    if (cur.bad) {
      ++corpus.bad_sentences;
      corpus.errors.push_back(std::string(name) + ":" + std::to_string(bad_line) + ": " + bad_reason);
    } else {
      AssignOffsets(&cur.sentence);
      corpus.sentences.push_back(std::move(cur.sentence));
    }
    cur = Pending();
  };

  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      close(line_no);
      continue;
    }
    if (cur.bad) continue;
    if (line[0] == '#') {
      if (!cur.sentence.tokens.empty()) { fail(line_no, "comment line inside a sentence"); cur.any_line = true; continue; }
      cur.any_line = true;
      std::string_view body = line.substr(1);
      while (!body.empty() && body.front() == ' ') body.remove_prefix(1);
      auto value = [&](std::string_view key, std::string* out) {
        if (body.substr(0, key.size()) != key) return false;
        std::string_view rest = body.substr(key.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (rest.empty() || rest.front() != '=') return false;
        rest.remove_prefix(1);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (out) *out = std::string(rest);
        return true;
      };
      if (value("sent_id", &cur.sentence.id)) continue;
      if (value("text", &cur.sentence.text)) continue;
      if (body.substr(0, 6) == "newpar" || body.substr(0, 6) == "newdoc") cur.sentence.paragraph_start = true;
      continue;
    }
    cur.any_line = true;
    auto f = SplitTabs(line);
    if (f.size() != 10) {
      fail(line_no, "expected 10 tab-separated columns, found " + std::to_string(f.size()));
      continue;
    }
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node: enhanced graph only
    Sentence& s = cur.sentence;
    const int expect = static_cast<int>(s.tokens.size()) + 1;
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      int a = 0, b = 0;
      if (!ParseInt(id.substr(0, dash), &a) || !ParseInt(id.substr(dash + 1), &b) || b <= a ||
          b - a > 254) {
        fail(line_no, "bad multiword range '" + std::string(id) + "'");
        continue;
      }
      if (a != expect) { fail(line_no, "multiword range does not start at the next word"); continue; }
      if (f[1].empty()) { fail(line_no, "empty FORM"); continue; }
      cur.mwt_ranges.push_back({a, b, !HasSpaceAfterNo(f[9])});
      Token t;  // the range's first word, filled when its line arrives
      t.mwt_span = static_cast<uint8_t>(b - a + 1);
      t.mwt_form = std::string(f[1]);
      s.tokens.push_back(std::move(t));
      s.tokens.back().head = -2;  // marks "range header, word not read yet"
      continue;
    }
    int n = 0;
    if (!ParseInt(id, &n) || n < 1) { fail(line_no, "bad ID '" + std::string(id) + "'"); continue; }
    Token* t = nullptr;
    bool in_range_first = !s.tokens.empty() && s.tokens.back().head == -2;
    if (in_range_first) {
      if (n != expect - 1) { fail(line_no, "word id " + std::to_string(n) + " out of order"); continue; }
      t = &s.tokens.back();
    } else {
      if (n != expect) { fail(line_no, "word id " + std::to_string(n) + " out of order, expected " + std::to_string(expect)); continue; }
      s.tokens.emplace_back();
      t = &s.tokens.back();
    }
    if (f[1].empty()) { fail(line_no, "empty FORM"); continue; }
    t->form = std::string(f[1]);
    t->lemma = Field(f[2]);
    t->upos = Field(f[3]);
    t->xpos = Field(f[4]);
    t->feats = Field(f[5]);
    t->deprel = Field(f[7]);
    if (f[6] == "_") {
      t->head = -1;
    } else if (!ParseInt(f[6], &t->head) || t->head < 0) {
      fail(line_no, "bad HEAD '" + std::string(f[6]) + "'");
      continue;
    } else if (t->head == n) {
      fail(line_no, "word is its own head");
      continue;
    }
    t->space_after = !HasSpaceAfterNo(f[9]);
    for (const auto& r : cur.mwt_ranges) {
      // Inside a range SpaceAfter belongs to the range line and to its last word.
      if (n >= r.first && n <= r.last) t->space_after = n == r.last ? r.space_after : true;
    }
  }
  close(line_no + 1);
  return corpus;
}

Result<ConlluCorpus> ReadConlluFile(const std::string& path) {
  std::string data;
  HERODOTUS_RETURN_IF_ERROR(ReadFile(path, &data));
  return ParseConllu(data, path);
}

std::string SurfaceText(const Sentence& s) {
  std::string out;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    size_t last = i;
    if (t.mwt_span > 1) {
      out += t.mwt_form;
      last = std::min(s.tokens.size() - 1, i + t.mwt_span - 1);
      i = last;
    } else {
      out += t.form;
    }
    if (s.tokens[last].space_after && last + 1 < s.tokens.size()) out += ' ';
  }
  return out;
}

void AppendConllu(const Sentence& s, std::string* out) {
  if (!s.id.empty()) *out += "# sent_id = " + s.id + "\n";
  *out += "# text = " + (s.text.empty() ? SurfaceText(s) : s.text) + "\n";
  auto col = [&](const std::string& v) {
    *out += v.empty() ? "_" : v;
    *out += '\t';
  };
  size_t range_end = 0;  // index (1-based) of the last word of the open range
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    const size_t id = i + 1;
    if (t.mwt_span > 1) {
      range_end = std::min(s.tokens.size(), i + t.mwt_span);
      *out += std::to_string(id) + "-" + std::to_string(range_end) + "\t" + t.mwt_form +
              "\t_\t_\t_\t_\t_\t_\t_\t" + (s.tokens[range_end - 1].space_after ? "_" : "SpaceAfter=No") + "\n";
    }
    *out += std::to_string(id) + "\t";
    col(t.form);
    col(t.lemma);
    col(t.upos);
    col(t.xpos);
    col(t.feats);
    *out += t.head < 0 ? "_" : std::to_string(t.head);
    *out += '\t';
    col(t.deprel);
    *out += "_\t";
    *out += (id > range_end && !t.space_after) ? "SpaceAfter=No" : "_";
    *out += '\n';
  }
  *out += '\n';
}

}  // namespace herodotus::syntax
