// `herodotus actors --unknown INPUT…`: the names dictionary maintainers should
// add next. Runs the pipeline (tokens, tags, parse, NER) and the actor
// resolver over every noun phrase of the articles, and counts the names that
// got no actor code:
//   - NER spans (PER, ORG, GPE/LOC) not covered by any resolved actor;
//   - noun phrases headed by a proper noun, or by a noun with a capitalized
//     modifier ("Kataib Hezbollah militia"), that resolved to nothing.
// Prints the most frequent first with a count and the first sentence each was
// seen in, as TSV (count, kind, name, example) or aligned plain text.
//
//   herodotus actors --unknown news.jsonl --top 50
//   herodotus actors --unknown a.txt b.txt --format plain --date 2019-05-20
//   herodotus actors --all news.jsonl          # every resolved phrase, for debugging
//
// Bad input records are reported on stderr (file:line: reason) and skipped
// (exit 3); dictionary findings are printed and do not stop the run.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/actor_mentions.h"
#include "cli/command.h"
#include "cli/run_setup.h"
#include "herodotus/ingest.h"

namespace herodotus::cli {
namespace {

struct ActorsOpts {
  std::vector<std::string> inputs;
  bool unknown = false;
  bool all = false;
  size_t top = 50;
  std::string format = "tsv";
  std::string input_format = "auto";
  std::string date;
  std::string model_dir, dict_dir;
  std::string output = "-";
};

struct Tally {
  size_t count = 0;
  std::string kind;     // PER, ORG, GPE, LOC, NP
  std::string example;  // first sentence seen in
  size_t order = 0;     // first seen, for stable ties
};

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

std::string SentenceText(const Document& doc, const Sentence& s) {
  if (s.end > s.start && s.end <= doc.article.text.size())
    return OneLine(doc.article.text.substr(s.start, s.end - s.start));
  return OneLine(s.text);
}

std::string Span(const Document& doc, const Sentence& s, int first, int last) {
  uint32_t b = s.tokens[first].start, e = s.tokens[last].end;
  if (e > b && e <= doc.article.text.size()) return OneLine(doc.article.text.substr(b, e - b));
  std::string out;
  for (int i = first; i <= last; ++i) out += (i > first ? " " : "") + s.tokens[i].form;
  return out;
}

// Capitalized words that are never actors: days and months.
bool CalendarWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

bool Capitalized(const Token& t) {
  return !t.form.empty() && t.form[0] >= 'A' && t.form[0] <= 'Z';
}

class UnknownCounter {
 public:
  void Add(const std::string& name, const std::string& kind, const std::string& example) {
    if (name.empty()) return;
    Tally& t = tally_[name];
    if (t.count++ == 0) {
      t.kind = kind;
      t.example = example;
      t.order = tally_.size();
    }
  }

  // Counts the unknown names of one analyzed article.
  void Article(const Document& doc, const std::vector<ActorMentionRun::Found>& found) {
    // Byte spans of known actors per sentence, to drop NER spans they cover.
    std::map<const Sentence*, std::vector<std::pair<uint32_t, uint32_t>>> known;
    for (const auto& f : found) {
      if (!f.actor.code.empty()) known[f.sentence].push_back({f.actor.start, f.actor.end});
    }
    auto covered = [&](const Sentence* s, uint32_t b, uint32_t e) {
      auto it = known.find(s);
      if (it == known.end()) return false;
      for (auto [kb, ke] : it->second) {
        if (kb <= b && ke >= e) return true;
      }
      return false;
    };
    std::map<const Sentence*, std::vector<std::pair<uint32_t, uint32_t>>> ner_spans;
    for (const Sentence& s : doc.sentences) {
      const int n = static_cast<int>(s.tokens.size());
      for (int i = 0; i < n;) {
        const std::string& tag = s.tokens[i].ner;
        if (tag.size() < 3 || tag[0] != 'B') {
          ++i;
          continue;
        }
        std::string type = tag.substr(2);
        int j = i + 1;
        while (j < n && s.tokens[j].ner == "I-" + type) ++j;
        uint32_t b = s.tokens[i].start, e = s.tokens[j - 1].end;
        ner_spans[&s].push_back({b, e});
        if (type != "MISC" && !covered(&s, b, e)) Add(Span(doc, s, i, j - 1), type, SentenceText(doc, s));
        i = j;
      }
    }
    for (const auto& f : found) {
      if (!f.actor.code.empty()) continue;
      const Sentence& s = *f.sentence;
      const Token& h = s.tokens[f.head];
      if (h.upos == "PRON" || CalendarWord(h.form)) continue;
      // The name part of the phrase: the head and its adjacent proper-noun
      // or capitalized modifiers (compound, flat, amod).
      int first = f.head, last = f.head;
      bool proper = h.upos == "PROPN";
      bool changed = true;
      while (changed) {
        changed = false;
        for (int k : {first - 1, last + 1}) {
          if (k < 0 || k >= static_cast<int>(s.tokens.size())) continue;
          const Token& t = s.tokens[k];
          int hd = t.head - 1;
          bool inside = hd >= first && hd <= last;
          bool rel_ok = t.deprel == "compound" || t.deprel == "flat" || t.deprel == "flat:name" ||
                        t.deprel == "amod" || (hd == k + 1 && t.upos == "PROPN");
          if (!inside || !rel_ok) continue;
          if (t.upos != "PROPN" && !Capitalized(t)) continue;
          if (t.upos == "PROPN" || Capitalized(t)) proper = true;
          if (k < first) first = k; else last = k;
          changed = true;
        }
      }
      if (!proper) continue;
      uint32_t b = s.tokens[first].start, e = s.tokens[last].end;
      bool in_ner = false;
      for (auto [nb, ne] : ner_spans[&s]) in_ner = in_ner || (nb <= b && ne >= e) || (b <= nb && e >= ne);
      if (in_ner) continue;  // counted as its NER span
      Add(Span(doc, s, first, last), "NP", SentenceText(doc, s));
    }
  }

  std::vector<std::pair<std::string, const Tally*>> Top(size_t n) const {
    std::vector<std::pair<std::string, const Tally*>> v;
    for (const auto& [k, t] : tally_) v.push_back({k, &t});
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      if (a.second->count != b.second->count) return a.second->count > b.second->count;
      return a.second->order < b.second->order;
    });
    if (v.size() > n) v.resize(n);
    return v;
  }

 private:
  std::unordered_map<std::string, Tally> tally_;
};

int RunActors(const ActorsOpts& o) {
  if (o.unknown == o.all) {
    std::cerr << "herodotus actors: give --unknown or --all (see --help)\n";
    return kExitUsage;
  }
  Options opt;
  IngestOptions in;
  if (!SetUpInput("actors", o.input_format, o.date, &in, &opt)) return kExitUsage;
  in.require_date = false;  // names need no date; dated roles use it when given
  ActorMentionRun run;
  if (Status st = run.Open(o.model_dir, o.dict_dir, false); !st.ok()) {
    std::cerr << "herodotus actors: " << st.ToString() << "\n";
    return kExitFatal;
  }
  FilePtr holder(nullptr, &std::fclose);
  std::FILE* out = OpenOutput("actors", o.output, &holder);
  if (!out) return kExitFatal;
  UnknownCounter counter;
  size_t skipped = 0, articles = 0;
  for (const std::string& path : o.inputs) {
    auto reader = ArticleReader::Open(path, in);
    if (!reader.ok()) {
      std::cerr << path << ":0: " << reader.status().message() << "\n";
      ++skipped;
      continue;
    }
    Article a;
    while ((*reader)->Next(&a)) {
      Document doc;
      std::vector<ActorMentionRun::Found> found;
      if (Status st = run.Run(a, &doc, &found); !st.ok()) {
        std::cerr << a.origin << ": " << st.message() << "\n";
        ++skipped;
        continue;
      }
      if (o.all) {
        // Every resolved noun phrase: article, sentence, span, code, backed_by.
        std::string lines;
        for (const auto& f : found) {
          lines += doc.article.id + "\t" + std::to_string(f.sentence - doc.sentences.data()) + "\t" +
                   OneLine(f.actor.text) + "\t" + (f.actor.code.empty() ? "-" : f.actor.code) + "\t" +
                   (f.actor.backed_by.empty() ? "-" : f.actor.backed_by) + "\n";
        }
        if (std::fwrite(lines.data(), 1, lines.size(), out) != lines.size()) {
          std::cerr << "herodotus actors: write error\n";
          return kExitFatal;
        }
      } else {
        counter.Article(doc, found);
      }
      ++articles;
    }
    skipped += (*reader)->skipped();
    if (!(*reader)->status().ok()) {
      std::cerr << path << ": " << (*reader)->status().ToString() << "\n";
      ++skipped;
    }
  }
  if (o.all) {
    std::cerr << "herodotus actors: " << articles << " articles, " << skipped << " skipped\n";
    return skipped > 0 ? kExitSkipped : kExitOk;
  }
  auto top = counter.Top(o.top);
  std::string buf;
  if (o.format == "tsv") {
    buf = "count\tkind\tname\texample\n";
    for (const auto& [name, t] : top)
      buf += std::to_string(t->count) + "\t" + t->kind + "\t" + name + "\t" + t->example + "\n";
  } else {
    for (const auto& [name, t] : top) {
      char head[64];
      std::snprintf(head, sizeof head, "%7zu  %-4s ", t->count, t->kind.c_str());
      buf += head + name + "\n" + std::string(15, ' ') + "e.g. " + t->example + "\n";
    }
  }
  if (std::fwrite(buf.data(), 1, buf.size(), out) != buf.size() || std::fflush(out) != 0) {
    std::cerr << "herodotus actors: write error\n";
    return kExitFatal;
  }
  std::cerr << "herodotus actors: " << articles << " articles, " << skipped << " skipped\n";
  return skipped > 0 ? kExitSkipped : kExitOk;
}

const bool kRegistered = Register({"actors", "Actor names the dictionaries miss (--unknown)",
                                   [](CLI::App& sub) -> Runner {
  auto o = std::make_shared<ActorsOpts>();
  sub.add_option("input", o->inputs, "Article files (.jsonl, .txt, .html; - = stdin)")->required();
  sub.add_flag("--unknown", o->unknown,
               "List the most frequent names (NER spans, proper-noun phrases) that resolve to no actor");
  sub.add_flag("--all", o->all,
               "Print every resolved noun phrase (article, sentence, text, code, backed_by) as TSV");
  sub.add_option("--top", o->top, "How many names to list")->default_val(50);
  sub.add_option("--format", o->format, "Output: tsv (count, kind, name, example) or plain")
      ->check(CLI::IsMember({"tsv", "plain"}));
  sub.add_option("--input-format", o->input_format, "Input format")
      ->check(CLI::IsMember({"auto", "jsonl", "txt", "html"}));
  sub.add_option("--date", o->date, "Publication date (YYYY-MM-DD) for inputs without one");
  sub.add_option("--model-dir", o->model_dir, "Folder with the model files");
  sub.add_option("--dict-dir", o->dict_dir, "Dictionary folder (default: the built-in dict/)");
  sub.add_option("-o,--output", o->output, "Output file (- = stdout)");
  return [o] { return RunActors(*o); };
}, 45});

}  // namespace
}  // namespace herodotus::cli
