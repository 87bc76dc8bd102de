// `herodotus dict import --from petrarch|tabari --out DIR FILES…`: converts
// PETRARCH-2 or TABARI dictionaries into the project's text formats in DIR
// (actors/imported.txt, agents.txt, frames/*.frames, cameo/cameo.tsv), so that
// `herodotus code --dict-dir DIR` runs with them. DIR is the user's folder:
// converted dictionaries are never part of the repository.
// Every unreadable line is printed as file:line: reason on stderr and skipped;
// the summary (counts, unconvertible patterns by reason) goes to stdout.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "herodotus/status.h"
#include "lexicon/cameo_table.h"
#include "lexicon/import_legacy.h"
#include "lexicon/import_petrarch.h"
#include "lexicon/import_tabari.h"
#include "util/file.h"

namespace herodotus::cli {
namespace {

struct ImportOpts {
  std::string from;
  std::string out;
  std::string cameo = "dict/cameo/cameo.tsv";
  std::vector<std::string> files;
  bool quiet = false;
};

int RunImport(const ImportOpts& o) {
  namespace fs = std::filesystem;
  bool tabari = o.from == "tabari";
  if (!tabari && o.from != "petrarch") {
    std::cerr << "herodotus dict import: --from must be petrarch or tabari\n";
    return kExitUsage;
  }
  std::string cameo_text;
  Status st = ReadFile(o.cameo, &cameo_text);
  if (!st.ok()) {
    std::cerr << "herodotus dict import: " << st.ToString() << " (give the CAMEO table with --cameo)\n";
    return kExitFatal;
  }
  auto cameo = lexicon::CameoTable::Parse(o.cameo, cameo_text);
  if (!cameo.ok()) {
    std::cerr << "herodotus dict import: " << cameo.status().ToString() << "\n";
    return kExitFatal;
  }
  // A TABARI .project names the dictionaries next to it.
  std::vector<std::string> files;
  for (const auto& f : o.files) {
    if (tabari && lexicon::TabariFileKind(f, "") == lexicon::LegacyFileKind::kProject) {
      std::string text;
      if (Status s = ReadFile(f, &text); !s.ok()) {
        std::cerr << f << ":0: " << s.ToString() << "\n";
        continue;
      }
      fs::path dir = fs::path(f).parent_path();
      for (const auto& g : lexicon::TabariProjectFiles(text)) files.push_back((dir / g).string());
      continue;
    }
    files.push_back(f);
  }
  lexicon::LegacyImport imp(tabari ? lexicon::LegacyDialect::kTabari : lexicon::LegacyDialect::kPetrarch);
  size_t read = 0;
  for (const auto& f : files) {
    std::string text;
    if (Status s = ReadFile(f, &text); !s.ok()) {
      std::cerr << f << ":0: cannot read: " << s.ToString() << "\n";
      continue;
    }
    auto kind = tabari ? lexicon::ImportTabariFile(&imp, f, text) : lexicon::ImportPetrarchFile(&imp, f, text);
    if (kind == lexicon::LegacyFileKind::kUnknown || kind == lexicon::LegacyFileKind::kProject) {
      std::cerr << f << ":0: not a dictionary this importer reads; skipped\n";
      continue;
    }
    ++read;
    if (!o.quiet) std::cout << f << ": " << lexicon::LegacyFileKindName(kind) << "\n";
  }
  if (read == 0) {
    std::cerr << "herodotus dict import: no dictionary could be read\n";
    return kExitFatal;
  }
  std::string synsets = imp.SynsetsText();
  std::string frames = imp.FramesText(cameo->get());
  std::string table = cameo_text;
  if (!table.empty() && table.back() != '\n') table += '\n';
  for (const auto& c : imp.ExtraCodes(cameo->get()))
    table += c + "\timported code\t" + c.substr(0, 2) + "\t0\t0.0\t\t\t\t\n";

  std::error_code ec;
  for (const char* sub : {"actors", "frames", "cameo"}) fs::create_directories(fs::path(o.out) / sub, ec);
  struct Out {
    std::string path, text;
  };
  std::vector<Out> outs = {{"actors/imported.txt", imp.ActorsText()},
                           {"agents.txt", imp.AgentsText()},
                           {"frames/00_synsets.frames", synsets},
                           {"frames/imported.frames", frames},
                           {"cameo/cameo.tsv", table}};
  for (const auto& w : outs) {
    std::string p = (fs::path(o.out) / w.path).string();
    if (Status s = WriteFileAtomic(p, w.text); !s.ok()) {
      std::cerr << "herodotus dict import: " << s.ToString() << "\n";
      return kExitFatal;
    }
  }
  for (const auto& d : imp.diagnostics()) std::cerr << d.ToString() << "\n";
  const auto& c = imp.counts();
  std::cout << "actors " << c.actors << " entries skipped " << c.actors_skipped << " roles " << c.roles
            << "\nagents " << c.agents << "\ndiscards " << c.discards << " (ignored)\noptions " << c.options
            << " (ignored)\nverbs " << c.verbs << "\nsynsets " << c.synsets << "\npatterns " << c.patterns
            << "\nframes " << c.frames << "\nunconvertible " << c.unconvertible << "\nunreadable lines "
            << c.unreadable << "\n";
  for (const auto& [reason, n] : imp.unconvertible()) std::cout << "  unconvertible: " << reason << ": " << n << "\n";
  std::cout << "wrote " << o.out << "\n";
  return kExitOk;
}

const bool kImport = Register({"dict import", "Convert PETRARCH-2 or TABARI dictionaries into DIR",
                               [](CLI::App& sub) -> Runner {
                                 auto o = std::make_shared<ImportOpts>();
                                 sub.add_option("--from", o->from, "petrarch or tabari")->required();
                                 sub.add_option("--out", o->out, "Output folder (yours; never commit it)")->required();
                                 sub.add_option("--cameo", o->cameo, "The project's CAMEO table (dict/cameo/cameo.tsv)");
                                 sub.add_flag("--quiet", o->quiet, "Print only the summary");
                                 sub.add_option("files", o->files, "Dictionary files (TABARI: or a .project)")->required();
                                 return [o] { return RunImport(*o); };
                               },
                               52});

}  // namespace
}  // namespace herodotus::cli
