#include "lexicon/frame_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "util/file.h"

namespace herodotus::lexicon {

Result<std::unique_ptr<FrameDictionary>> FrameDictionary::Load(const std::vector<std::string>& files,
                                                               const CameoTable* codes, FrameLoadReport* report,
                                                               bool strict) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const std::string& path : files) {
    std::string text;
    Status st = ReadFile(path, &text);
    if (!st.ok()) return Status::NotFound(path + ": cannot read frame file (" + st.message() + ")");
    texts.emplace_back(path, std::move(text));
  }
  return LoadFromStrings(texts, codes, report, strict);
}

Result<std::unique_ptr<FrameDictionary>> FrameDictionary::LoadFromStrings(
    const std::vector<std::pair<std::string, std::string>>& files, const CameoTable* codes, FrameLoadReport* report,
    bool strict) {
  FrameLoadReport local;
  if (!report) report = &local;
  std::unique_ptr<FrameDictionary> dict(new FrameDictionary());
  FrameParser parser(&dict->synsets_, codes);
  std::vector<FrameDiagnostic>& diags = report->diagnostics;
  std::vector<bool> usable(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    size_t before = diags.size();
    usable[i] = parser.CollectSynsets(files[i].first, files[i].second, &diags);
    if (!usable[i] && diags.size() > before && diags.back().message.find("newer") != std::string::npos)
      return Status::Unsupported(diags.back().ToString());
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (!usable[i]) continue;
    parser.ParseFrames(files[i].first, files[i].second, &dict->frames_, &diags);
  }
  report->files += files.size();
  report->synsets += dict->synsets_.named_count();
  std::set<std::pair<std::string, uint32_t>> lines;
  for (const Frame& f : dict->frames_) lines.emplace(f.file, f.line);
  report->lines += lines.size();
  report->frames += dict->frames_.size();
  for (const FrameDiagnostic& d : diags) (d.error ? report->errors : report->warnings)++;
  if (strict) {
    for (const FrameDiagnostic& d : diags)
      if (d.error) return Status::InvalidArgument(d.ToString());
  }
  dict->BuildIndex();
  return dict;
}

Result<std::vector<std::string>> FrameDictionary::ListFiles(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> out;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".frames") out.push_back(it->path().string());
  if (ec) return Status::NotFound(dir + ": " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

void FrameDictionary::BuildIndex() {
  // Group by (kind, trigger); within a trigger: stops, then more specific
  // frames, then file order (stable sort keeps it).
  std::stable_sort(frames_.begin(), frames_.end(), [](const Frame& a, const Frame& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.trigger != b.trigger) return a.trigger < b.trigger;
    if (a.stop() != b.stop()) return a.stop();
    if (a.specificity != b.specificity) return a.specificity > b.specificity;
    // Ties go to the more specific CAMEO code: a "not specified below" code
    // (ending in 0: 190, 0230) after the others (195, 1952), then longer first.
    bool ag = !a.code.empty() && a.code.back() == '0', bg = !b.code.empty() && b.code.back() == '0';
    if (ag != bg) return bg;
    return a.code.size() > b.code.size();
  });
  for (uint32_t i = 0; i < frames_.size();) {
    uint32_t j = i;
    while (j < frames_.size() && frames_[j].kind == frames_[i].kind && frames_[j].trigger == frames_[i].trigger) ++j;
    index_[static_cast<int>(frames_[i].kind)].emplace(frames_[i].trigger, std::make_pair(i, j));
    i = j;
  }
}

std::span<const Frame> FrameDictionary::ForTrigger(std::string_view lemma, TriggerKind kind) const {
  const auto& idx = index_[static_cast<int>(kind)];
  auto it = idx.find(lemma);
  if (it == idx.end()) return {};
  return std::span<const Frame>(frames_.data() + it->second.first, it->second.second - it->second.first);
}

}  // namespace herodotus::lexicon
