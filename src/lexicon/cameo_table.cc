#include "lexicon/cameo_table.h"

#include <charconv>
#include <string>

#include "util/file.h"

namespace herodotus::lexicon {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Result<std::unique_ptr<CameoTable>> CameoTable::Load(const std::string& path) {
  std::string text;
  Status st = ReadFile(path, &text);
  if (!st.ok()) return Status::NotFound(path + ": cannot read CAMEO table (" + st.message() + ")");
  return Parse(path, text);
}

Result<std::unique_ptr<CameoTable>> CameoTable::Parse(std::string_view name, std::string_view text) {
  std::unique_ptr<CameoTable> t(new CameoTable());
  size_t pos = 0;
  int line_no = 0;
  bool saw_header = false, saw_columns = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto where = [&] { return std::string(name) + ":" + std::to_string(line_no) + ": "; };
    if (!saw_header) {
      if (line.rfind("# herodotus-cameo ", 0) != 0)
        return Status::DataLoss(where() + "not a CAMEO table (expected '" + std::string(kFormatLine) + "')");
      if (line != kFormatLine)
        return Status::Unsupported(where() + "CAMEO table format '" + std::string(line) +
                                   "' is newer than this build reads ('" + std::string(kFormatLine) + "')");
      saw_header = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    if (!saw_columns) {
      if (f.size() < 8 || f[0] != "code") return Status::DataLoss(where() + "missing column header");
      saw_columns = true;
      continue;
    }
    if (f.size() < 8) return Status::DataLoss(where() + "expected 8 or 9 tab-separated fields");
    CameoCode c;
    c.code = std::string(f[0]);
    if (!IsCode(c.code)) return Status::DataLoss(where() + "bad CAMEO code '" + c.code + "'");
    c.label = std::string(f[1]);
    c.root = std::string(f[2]);
    if (c.root != c.code.substr(0, 2)) return Status::DataLoss(where() + "root does not prefix code");
    auto [p1, e1] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), c.quad_class);
    if (e1 != std::errc() || c.quad_class < 0 || c.quad_class > 4)
      return Status::DataLoss(where() + "bad quad class");
    // from_chars for double is in libstdc++ 11+.
    auto [p2, e2] = std::from_chars(f[4].data(), f[4].data() + f[4].size(), c.goldstein);
    if (e2 != std::errc() || c.goldstein < -10 || c.goldstein > 10)
      return Status::DataLoss(where() + "bad Goldstein score");
    c.plover_event = std::string(f[5]);
    c.plover_mode = std::string(f[6]);
    c.plover_context = std::string(f[7]);
    if (f.size() > 8) c.derived = std::string(f[8]);
    t->codes_.push_back(std::move(c));
  }
  if (t->codes_.empty()) return Status::DataLoss(std::string(name) + ": no CAMEO codes");
  for (size_t i = 0; i < t->codes_.size(); ++i) {
    auto [it, fresh] = t->index_.emplace(t->codes_[i].code, i);
    if (!fresh) return Status::DataLoss(std::string(name) + ": duplicate code " + t->codes_[i].code);
  }
  return t;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &codes_[it->second];
}

}  // namespace herodotus::lexicon
