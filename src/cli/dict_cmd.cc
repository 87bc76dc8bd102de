// `herodotus dict lint [FILES...] [--dir DIR] [--strict]`: checks dictionary
// files and prints every finding as file:line: message.
// `herodotus dict match [--dir DIR] [--date D] [FILES...]`: reads text lines
// on stdin and prints the actors and agents the dictionary finds (a
// maintainer's tool and what scripts/eval_actor_lookup.py drives).
//
// Dictionary kinds plug into lint through Kinds() below: each kind names the
// first-line headers of its files and a function that loads a set of them,
// reporting findings. Files are grouped by header; a kind sees only its own.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/command.h"
#include "herodotus/status.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/frame_lint.h"

namespace herodotus::cli {
namespace {

struct DictKind {
  std::string name;                  // "actors"
  std::vector<std::string> headers;  // first-line prefixes: "# herodotus-actors"
  // Loads the files, appending every problem as "file:line: message".
  // Returns a fatal status only when the files cannot be read at all.
  std::function<Status(const std::vector<std::string>& files, std::vector<std::string>* findings,
                       std::string* summary)>
      lint;
};

Status LintActors(const std::vector<std::string>& files, std::vector<std::string>* findings,
                  std::string* summary) {
  lexicon::LoadReport report;
  auto dict = lexicon::ActorDictionary::Load(files, &report, /*strict=*/false);
  if (!dict.ok()) return dict.status();
  for (const auto& f : report.findings) findings->push_back(f.ToString());
  *summary = std::to_string(report.actors) + " actors (" + std::to_string(report.people) + " people), " +
             std::to_string(report.names) + " names, " + std::to_string(report.roles) + " dated roles, " +
             std::to_string(report.agents) + " agents (" + std::to_string(report.agent_forms) +
             " forms) from " + std::to_string(report.files) + " files in " +
             std::to_string(static_cast<int>(report.seconds * 1000)) + " ms (" +
             std::to_string(static_cast<int>(report.cpu_seconds * 1000)) + " ms CPU)";
  return Status::Ok();
}

// Every dictionary kind `dict lint` knows. Other kinds (e.g. frames) add one
// push_back with their own loader.
std::vector<DictKind> Kinds() {
  std::vector<DictKind> kinds;
  kinds.push_back({"actors",
                   {std::string(lexicon::kActorsHeader), std::string(lexicon::kAgentsHeader)},
                   LintActors});
  kinds.push_back({"frames", {"# herodotus-frames"},
                   [](const std::vector<std::string>& files, std::vector<std::string>* findings,
                      std::string* summary) {
                     lexicon::LintFrames(files, findings, summary);
                     return Status::Ok();
                   }});
  return kinds;
}

std::string FirstLine(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
  return line;
}

struct LintOpts {
  std::vector<std::string> files;
  std::string dir;
  bool strict = false;
};

int RunLint(const LintOpts& o) {
  std::vector<std::string> files = o.files;
  namespace fs = std::filesystem;
  if (!o.dir.empty()) {
    std::error_code ec;
    if (!fs::is_directory(o.dir, ec)) {
      std::cerr << "dict lint: " << o.dir << " is not a directory\n";
      return kExitUsage;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(o.dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && (it->path().extension() == ".txt" || it->path().extension() == ".frames"))
        found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    // Generated files last, as ActorDictionary::FilesIn orders them.
    std::stable_partition(found.begin(), found.end(),
                          [](const std::string& p) { return p.find("/generated/") == std::string::npos; });
    files.insert(files.end(), found.begin(), found.end());
  }
  if (files.empty()) {
    std::cerr << "dict lint: no files (give FILES or --dir DIR)\n";
    return kExitUsage;
  }
  auto kinds = Kinds();
  std::map<size_t, std::vector<std::string>> groups;
  size_t total = 0;
  for (const auto& f : files) {
    std::string first = FirstLine(f);
    bool placed = false;
    for (size_t k = 0; k < kinds.size() && !placed; ++k) {
      for (const auto& h : kinds[k].headers) {
        if (first.rfind(h, 0) == 0) {
          groups[k].push_back(f);
          placed = true;
          break;
        }
      }
    }
    if (!placed) {
      std::cerr << f << ":1: unknown dictionary kind (first line '" << first.substr(0, 60) << "')\n";
      ++total;
    }
  }
  for (auto& [k, group] : groups) {
    std::vector<std::string> findings;
    std::string summary;
    Status st = kinds[k].lint(group, &findings, &summary);
    if (!st.ok()) {
      std::cerr << "dict lint: " << st.ToString() << "\n";
      return kExitFatal;
    }
    for (const auto& f : findings) std::cerr << f << "\n";
    total += findings.size();
    std::cerr << kinds[k].name << ": " << summary << "; " << findings.size() << " finding(s)\n";
  }
  if (total > 0 && o.strict) return kExitSkipped;
  return kExitOk;
}

// Splits a line into rough tokens: words (with internal . ' -) and single
// punctuation marks. Enough for trying names; the pipeline has the real tokenizer.
std::vector<std::string> RoughTokens(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && (cur.back() == '\'' || cur.back() == '-')) cur.pop_back();
    // Possessive "'s" is a token of its own, as the real tokenizer makes it.
    std::string poss;
    if (cur.size() > 2 && (cur.compare(cur.size() - 2, 2, "'s") == 0 || cur.compare(cur.size() - 2, 2, "'S") == 0)) {
      poss = cur.substr(cur.size() - 2);
      cur.resize(cur.size() - 2);
    }
    if (!cur.empty()) out.push_back(cur);
    if (!poss.empty()) out.push_back(poss);
    cur.clear();
  };
  for (size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    bool word = std::isalnum(c) || c >= 0x80 ||
                ((c == '.' || c == '\'' || c == '-') && !cur.empty() && i + 1 < line.size() &&
                 (std::isalnum(static_cast<unsigned char>(line[i + 1])) || c == '.'));
    if (c == '.' && !cur.empty() && std::isupper(static_cast<unsigned char>(cur.back()))) word = true;
    if (word) {
      cur.push_back(static_cast<char>(c));
    } else {
      flush();
      if (!std::isspace(c)) out.emplace_back(1, static_cast<char>(c));
    }
  }
  flush();
  return out;
}

struct MatchOpts {
  std::vector<std::string> files;
  std::string dir = "dict";
  std::string date;
};

int RunMatch(const MatchOpts& o) {
  Date date;
  if (!o.date.empty() && !Date::Parse(o.date, &date)) {
    std::cerr << "dict match: bad --date '" << o.date << "' (YYYY-MM-DD)\n";
    return kExitUsage;
  }
  std::vector<std::string> files = o.files;
  if (files.empty()) files = lexicon::ActorDictionary::FilesIn(o.dir);
  lexicon::LoadReport report;
  auto dict = lexicon::ActorDictionary::Load(files, &report, false);
  if (!dict.ok()) {
    std::cerr << "dict match: " << dict.status().ToString() << "\n";
    return kExitFatal;
  }
  std::cerr << "loaded " << report.actors << " actors, " << report.agents << " agents in "
            << static_cast<int>(report.seconds * 1000) << " ms (" << report.findings.size()
            << " findings)\n";
  std::string line;
  while (std::getline(std::cin, line)) {
    auto forms = RoughTokens(line);
    auto toks = lexicon::ActorDictionary::Prepare(forms);
    std::string out;
    for (size_t i = 0; i < toks.size();) {
      auto m = (*dict)->Match(std::span<const lexicon::NormToken>(toks), i, date);
      if (m) {
        std::string text;
        for (size_t k = i; k < i + m->length; ++k) text += (k > i ? " " : "") + forms[k];
        out += (out.empty() ? "" : "\t") + std::string("actor:") + text + "=" + m->code->code + "/" +
               std::string(lexicon::NameKindName(m->kind));
        i += m->length;
        continue;
      }
      auto a = (*dict)->MatchAgent(std::span<const lexicon::NormToken>(toks), i);
      if (a) {
        std::string text;
        for (size_t k = i; k < i + a->length; ++k) text += (k > i ? " " : "") + forms[k];
        out += (out.empty() ? "" : "\t") + std::string("agent:") + text + "=" + a->agent->code->code;
        i += a->length;
        continue;
      }
      ++i;
    }
    std::cout << out << "\n";
  }
  return kExitOk;
}

const bool kLint = Register({"dict lint", "Check dictionary files (file:line findings)",
                             [](CLI::App& sub) -> Runner {
                               auto o = std::make_shared<LintOpts>();
                               sub.add_option("files", o->files, "Dictionary files");
                               sub.add_option("--dir", o->dir, "Check every *.txt under DIR");
                               sub.add_flag("--strict", o->strict, "Exit 3 when there are findings");
                               return [o] { return RunLint(*o); };
                             },
                             50});

const bool kMatch = Register({"dict match", "Print the actors and agents found in lines of stdin",
                              [](CLI::App& sub) -> Runner {
                                auto o = std::make_shared<MatchOpts>();
                                sub.add_option("files", o->files, "Dictionary files (default: --dir)");
                                sub.add_option("--dir", o->dir, "Dictionary folder (default dict)");
                                sub.add_option("--date", o->date, "Date of the text, YYYY-MM-DD");
                                return [o] { return RunMatch(*o); };
                              },
                              51});

}  // namespace
}  // namespace herodotus::cli
