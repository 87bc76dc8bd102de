#include "lexicon/frame_lint.h"

#include <filesystem>
#include <memory>
#include <set>
#include <sstream>
#include <unordered_set>

#include "lexicon/cameo_table.h"
#include "lexicon/frame_dictionary.h"

namespace herodotus::lexicon {

FrameLintResult LintFrames(const std::vector<std::string>& paths, const std::string& cameo_tsv, std::ostream& diag) {
  FrameLintResult r;
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      auto listed = FrameDictionary::ListFiles(p);
      if (!listed.ok()) {
        diag << "error: " << listed.status().message() << "\n";
        ++r.errors;
        continue;
      }
      files.insert(files.end(), listed->begin(), listed->end());
    } else {
      files.push_back(p);
    }
  }
  std::unique_ptr<CameoTable> cameo;
  if (!cameo_tsv.empty()) {
    auto loaded = CameoTable::Load(cameo_tsv);
    if (!loaded.ok()) {
      diag << "error: " << loaded.status().message() << "\n";
      ++r.errors;
    } else {
      cameo = std::move(loaded).value();
    }
  }
  FrameLoadReport report;
  auto dict = FrameDictionary::Load(files, cameo.get(), &report, /*strict=*/false);
  if (!dict.ok()) {
    diag << "error: " << dict.status().message() << "\n";
    ++r.errors;
    return r;
  }
  for (const FrameDiagnostic& d : report.diagnostics) diag << d.ToString() << "\n";
  r.files = report.files;
  r.lines = report.lines;
  r.frames = report.frames;
  r.errors += report.errors;
  r.warnings += report.warnings;

  // Probable plurals: a lemma ending in "s" whose stem is also a lemma here.
  std::unordered_set<std::string> lemmas;
  std::set<std::string> used_synsets;
  for (const Frame& f : (*dict)->frames()) {
    lemmas.insert(f.trigger);
    for (const Element& e : f.elements)
      if (e.nouns) {
        if (!e.nouns->name.empty()) used_synsets.insert(e.nouns->name);
        for (const auto& m : e.nouns->members) lemmas.insert(m.head);
      }
  }
  std::set<std::pair<std::string, uint32_t>> reported;
  // Nouns whose UD lemma keeps the final s.
  static const std::unordered_set<std::string> kPluraleTantum = {
      "news", "series", "species", "means", "headquarters", "politics", "economics", "physics", "ethics",
      "goods", "premises", "remains", "thanks", "arms", "whereabouts", "lens", "gas", "bus", "status"};
  auto check_plural = [&](const Frame& f, const std::string& w) {
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && !kPluraleTantum.count(w) &&
        lemmas.count(w.substr(0, w.size() - 1)) &&
        reported.emplace(f.file, f.line).second) {
      diag << f.file << ":" << f.line << ": warning: '" << w << "' looks plural; UD lemmas are singular ('"
           << w.substr(0, w.size() - 1) << "')\n";
      ++r.warnings;
    }
  };
  std::set<std::pair<std::string, uint32_t>> lines;
  std::set<std::string> covered;
  for (const Frame& f : (*dict)->frames()) {
    check_plural(f, f.trigger);
    for (const Element& e : f.elements)
      if (e.nouns && e.nouns->name.empty())
        for (const auto& m : e.nouns->members) check_plural(f, m.head);
    if (f.stop()) continue;
    covered.insert(f.code);
    if (lines.emplace(f.file, f.line).second) r.lines_per_root[f.code.substr(0, 2)]++;
  }
  // Unused named synsets are dead weight (or a typo elsewhere).
  if (cameo) {
    for (const CameoCode& c : cameo->codes())
      if (!covered.count(c.code) && c.code.size() > 2) r.uncovered_codes.push_back(c.code);
  }
  diag << "frames: " << r.files << " files, " << r.lines << " lines, " << r.frames << " frames, " << r.errors
       << " errors, " << r.warnings << " warnings\n";
  diag << "lines per root:";
  for (const auto& [root, n] : r.lines_per_root) diag << " " << root << "=" << n;
  diag << "\n";
  if (cameo) diag << "CAMEO codes without a frame: " << r.uncovered_codes.size() << "\n";
  return r;
}

std::string CameoTableBeside(const std::string& frame_file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::path(frame_file).parent_path().parent_path() / "cameo" / "cameo.tsv";
  return fs::is_regular_file(p, ec) ? p.string() : "";
}

void LintFrames(const std::vector<std::string>& files, std::vector<std::string>* findings, std::string* summary) {
  std::ostringstream out;
  FrameLintResult r = LintFrames(files, files.empty() ? "" : CameoTableBeside(files.front()), out);
  // Problem lines carry "file:line:"; the rest of the output is the summary.
  std::istringstream in(out.str());
  std::string line;
  while (std::getline(in, line))
    if (line.find("error: ") != std::string::npos || line.find("warning: ") != std::string::npos)
      findings->push_back(line);
  *summary = std::to_string(r.lines) + " frame lines (" + std::to_string(r.frames) + " frames) in " +
             std::to_string(r.files) + " files, " + std::to_string(r.lines_per_root.size()) + " CAMEO roots, " +
             std::to_string(r.errors) + " errors, " + std::to_string(r.warnings) + " warnings";
}

}  // namespace herodotus::lexicon
