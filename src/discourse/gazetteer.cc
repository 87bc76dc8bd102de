#include "discourse/gazetteer.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <functional>

namespace herodotus::discourse {

std::string NormalizeName(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '.' || c == '\'') continue;
    if (c == '-' || c == ' ' || c == '\t' || c == '_') {
      if (!r.empty() && r.back() != ' ') r.push_back(' ');
      continue;
    }
    r.push_back(c < 0x80 ? static_cast<char>(std::tolower(c)) : ch);
  }
  while (!r.empty() && r.back() == ' ') r.pop_back();
  if (r.starts_with("the ")) r.erase(0, 4);
  return r;
}

namespace {

void Split(std::string_view line, char sep, std::vector<std::string_view>* out) {
  std::vector<std::string_view>& f = *out;
  f.clear();
  size_t b = 0;
  for (;;) {
    size_t e = line.find(sep, b);
    if (e == std::string_view::npos) { f.push_back(line.substr(b)); break; }
    f.push_back(line.substr(b, e - b));
    b = e + 1;
  }
}

template <typename T>
bool Num(std::string_view s, T* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::FILE* probe = std::fopen(path.c_str(), "rb");
  if (!probe) return Status::NotFound(path + ": cannot open gazetteer");
  // Size the text once and inflate straight into it: growing a string of
  // megabytes copies it and faults in fresh pages at every doubling, which
  // cost as much as the parse. A gzip trailer's last 4 bytes are the inflated
  // size (mod 2^32; deflate inflates at most ~1032:1); a plain file is its size.
  size_t hint = 0;
  unsigned char magic[2], isize[4];
  if (std::fread(magic, 1, 2, probe) == 2 && std::fseek(probe, 0, SEEK_END) == 0) {
    long file_size = std::ftell(probe);
    if (file_size > 0) hint = static_cast<size_t>(file_size);
    if (magic[0] == 0x1f && magic[1] == 0x8b && std::fseek(probe, -4, SEEK_END) == 0 &&
        std::fread(isize, 1, 4, probe) == 4) {
      size_t n = isize[0] | isize[1] << 8 | isize[2] << 16 | static_cast<size_t>(isize[3]) << 24;
      hint = std::min(n, hint * 1032);
    }
  }
  std::fclose(probe);
  // gzread also reads a plain (uncompressed) file as is.
  gzFile gz = gzopen(path.c_str(), "rb");
  if (!gz) return Status::IoError(path + ": cannot open gazetteer");
  gzbuffer(gz, 1 << 17);
  constexpr size_t kMax = size_t{512} << 20;
  std::string text;
  text.resize(std::clamp<size_t>(hint + 1, 1 << 16, kMax));
  size_t used = 0;
  for (;;) {
    if (used == text.size()) {
      if (text.size() >= kMax) {
        gzclose(gz);
        return Status::DataLoss(path + ": larger than 512 MB uncompressed");
      }
      text.resize(std::min(kMax, text.size() * 2));
    }
    int n = gzread(gz, text.data() + used, static_cast<unsigned>(std::min<size_t>(text.size() - used, 1u << 30)));
    if (n < 0) {
      int err = 0;
      std::string msg = gzerror(gz, &err);
      gzclose(gz);
      return Status::DataLoss(path + ": damaged gzip data: " + msg);
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  gzclose(gz);
  text.resize(used);
  return Parse(text, path);
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Parse(std::string_view text, const std::string& name) {
  std::unique_ptr<Gazetteer> g(new Gazetteer);
  size_t pos = 0, line_no = 0;
  long long declared = -1;
  std::vector<std::string_view> f, aliases;
  g->arena_.reserve(text.size() / 2);
  g->index_.reserve(text.size() / 8);
  auto fail = [&](const std::string& why) {
    return Status::DataLoss(name + ":" + std::to_string(line_no) + ": " + why);
  };
  while (pos < text.size()) {
    size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(pos, e - pos);
    pos = e + 1;
    ++line_no;
    Split(line, '\t', &f);
    if (line_no == 1) {
      if (f.size() != 3 || f[0] != "#herodotus-gazetteer") return fail("not a herodotus gazetteer (bad header)");
      int version = 0;
      if (!Num(f[1], &version)) return fail("bad format version");
      if (version != kFormatVersion)
        return Status::Unsupported(name + ": gazetteer format version " + std::string(f[1]) +
                                   ", this build reads version " + std::to_string(kFormatVersion) +
                                   " (re-run scripts/compile_gazetteer.py)");
      if (!Num(f[2], &declared) || declared < 0) return fail("bad record count");
      g->places_.reserve(static_cast<size_t>(std::min<long long>(declared, 1 << 22)));
      continue;
    }
    if (line.empty()) continue;
    if (f.size() != 9) return fail("expected 9 fields, found " + std::to_string(f.size()));
    Place p;
    std::string_view kind = f[0];
    if (kind == "C") p.kind = Place::kCountry;
    else if (kind == "A") p.kind = Place::kRegion;
    else if (kind.starts_with("P:") && kind.size() > 2) { p.kind = Place::kTown; p.feature = kind.substr(2); }
    else return fail("bad kind '" + std::string(kind) + "'");
    if (!Num(f[1], &p.geonameid) || p.geonameid < 0) return fail("bad geonameid");
    if (f[2].empty()) return fail("empty name");
    p.name = f[2];
    p.admin1 = f[3];
    p.country = f[4];
    if (p.country.size() != 3) return fail("country is not an ISO3 code");
    if (!f[5].empty() || !f[6].empty()) {
      if (!Num(f[5], &p.lat) || !Num(f[6], &p.lon) || p.lat < -90 || p.lat > 90 || p.lon < -180 ||
          p.lon > 180)
        return fail("bad coordinates");
      p.has_coordinates = true;
    }
    if (!Num(f[7], &p.population) || p.population < 0) return fail("bad population");
    uint32_t idx = static_cast<uint32_t>(g->places_.size());
    auto add = [&](const std::string& k, bool alias) {
      if (k.empty()) return;
      Entry en{std::hash<std::string_view>()(k), static_cast<uint32_t>(g->arena_.size()),
               static_cast<uint32_t>(k.size()), idx * 2 + (alias ? 1u : 0u)};
      g->arena_ += k;
      g->index_.push_back(en);
    };
    std::string key = NormalizeName(p.name);
    add(key, false);
    if (!f[8].empty()) {
      Split(f[8], '|', &aliases);
      for (std::string_view a : aliases) {
        std::string k = NormalizeName(a);
        if (k != key) add(k, true);
      }
    }
    if (p.kind == Place::kCountry) g->countries_.emplace(p.country, idx);
    g->places_.push_back(std::move(p));
  }
  auto key_of = [&g](const Entry& e) {
    return std::string_view(g->arena_).substr(e.key_offset, e.key_length);
  };
  std::sort(g->index_.begin(), g->index_.end(), [&](const Entry& a, const Entry& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    int c = key_of(a).compare(key_of(b));
    return c != 0 ? c < 0 : a.packed < b.packed;
  });
  // One entry per (name, place): an alias equal to another alias goes.
  g->index_.erase(std::unique(g->index_.begin(), g->index_.end(),
                              [&](const Entry& a, const Entry& b) {
                                return a.hash == b.hash && a.packed / 2 == b.packed / 2 &&
                                       key_of(a) == key_of(b);
                              }),
                  g->index_.end());
  g->bucket_.assign((size_t{1} << kBucketBits) + 1, 0);
  {
    size_t e = 0;
    for (size_t b = 0; b < (size_t{1} << kBucketBits); ++b) {
      while (e < g->index_.size() && (g->index_[e].hash >> (64 - kBucketBits)) < b) ++e;
      g->bucket_[b] = static_cast<uint32_t>(e);
    }
    g->bucket_.back() = static_cast<uint32_t>(g->index_.size());
  }
  if (declared < 0) return Status::DataLoss(name + ": empty gazetteer (no header)");
  if (static_cast<long long>(g->places_.size()) != declared)
    return Status::DataLoss(name + ": truncated: header says " + std::to_string(declared) +
                            " records, found " + std::to_string(g->places_.size()));
  return g;
}

std::vector<Candidate> Gazetteer::Lookup(std::string_view name) const {
  std::vector<Candidate> out;
  const std::string key = NormalizeName(name);
  const uint64_t h = std::hash<std::string_view>()(key);
  if (bucket_.empty()) return out;
  const size_t b = static_cast<size_t>(h >> (64 - kBucketBits));
  auto it = index_.begin() + bucket_[b];
  const auto end = index_.begin() + bucket_[b + 1];
  while (it != end && it->hash < h) ++it;
  for (; it != end && it->hash == h; ++it) {
    if (std::string_view(arena_).substr(it->key_offset, it->key_length) != key) continue;
    out.push_back({&places_[it->packed / 2], (it->packed & 1) != 0});
  }
  return out;
}

const Place* Gazetteer::Country(std::string_view iso3) const {
  auto it = countries_.find(std::string(iso3));
  return it == countries_.end() ? nullptr : &places_[it->second];
}

}  // namespace herodotus::discourse
