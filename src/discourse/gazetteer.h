// The gazetteer: countries, first-level regions and towns of 15,000+ people
// (GeoNames, compiled by scripts/compile_gazetteer.py into
// dict/geo/gazetteer.tsv.gz; format in docs/timeplace.md).
//
// Load() reads and checks the whole file (magic, format version, field
// counts, numbers, record count) and refuses a damaged one with a Status that
// names the file and line. After Load the object is immutable: Lookup is safe
// from many threads without locking.
#ifndef HERODOTUS_DISCOURSE_GAZETTEER_H_
#define HERODOTUS_DISCOURSE_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::discourse {

struct Place {
  enum Kind : char { kCountry = 'C', kRegion = 'A', kTown = 'P' };
  Kind kind = kTown;
  std::string feature;          // GeoNames feature code for towns: "PPLC", "PPLA", "PPL", ...
  int64_t geonameid = 0;
  std::string name, admin1, country;  // country: ISO3; a region's admin1 is itself
  double lat = 0, lon = 0;
  bool has_coordinates = false; // regions have none; a country has its capital's
  int64_t population = 0;       // a region: the sum of its towns in the file
};

// A candidate for a name: the place and whether the name was its main name.
struct Candidate {
  const Place* place = nullptr;
  bool alias = false;
};

// Lower-case ASCII, no periods or apostrophes, hyphens and runs of spaces as
// one space, no leading "the ": "U.S." → "us", "Paris" → "paris".
std::string NormalizeName(std::string_view s);

class Gazetteer {
 public:
  static constexpr int kFormatVersion = 1;
  // Reads a gzip'd (or plain) gazetteer file. Errors: NotFound / IoError when
  // unreadable, DataLoss "<file>:<line>: <reason>" when damaged, Unsupported
  // for another format version.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);
  // Parses the uncompressed text (`name` is used in messages). Used by Load
  // and by the fuzz target.
  static Result<std::unique_ptr<Gazetteer>> Parse(std::string_view text, const std::string& name);

  // Every place called `name` (any spelling NormalizeName folds together).
  // The result is empty for unknown names; pointers live as long as *this.
  std::vector<Candidate> Lookup(std::string_view name) const;
  // The country record for an ISO3 code, or null.
  const Place* Country(std::string_view iso3) const;
  size_t size() const { return places_.size(); }

  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

 private:
  Gazetteer() = default;
  std::vector<Place> places_;
  // The name index, flat so that loading makes few allocations: every
  // normalized name in one arena, entries sorted by (hash, key, place).
  struct Entry {
    uint64_t hash;
    uint32_t key_offset, key_length;
    uint32_t packed;  // index into places_ * 2 + alias flag
  };
  std::string arena_;
  std::vector<Entry> index_;
  // bucket_[b] = first entry whose hash's top kBucketBits bits are >= b, so a
  // lookup reads one small run of entries instead of binary-searching.
  static constexpr int kBucketBits = 18;
  std::vector<uint32_t> bucket_;
  std::unordered_map<std::string, uint32_t> countries_;
};

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_GAZETTEER_H_
