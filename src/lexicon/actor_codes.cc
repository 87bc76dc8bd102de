#include "lexicon/actor_codes.h"

#include <algorithm>

namespace herodotus::lexicon {
namespace {

// CAMEO 1.1b3 role codes (primary, secondary, tertiary, party, specialty)
// and the religion groups of its short format. Sorted for binary search.
const std::vector<std::string_view>& Sectors() {
  static const std::vector<std::string_view> k = [] {
    std::vector<std::string_view> v = {
        "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH",
        "HRI", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD",
        "REB", "REF", "SEP", "SPY", "UAF", "PKO",
        // religions (CAMEO short format)
        "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "PAG",
        "REL", "SHA", "SIK", "TAO", "ZRO", "SUN", "SHI", "DRZ", "ALE",
    };
    std::sort(v.begin(), v.end());
    return v;
  }();
  return k;
}

const std::vector<std::string_view>& Prefixes() {
  static const std::vector<std::string_view> k = [] {
    std::vector<std::string_view> v = {
        "IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS",
        // CAMEO regions
        "AFR", "ASA", "BLK", "BAL", "CAF", "CAS", "CAU", "CRB", "EAF", "EEU", "EIN",
        "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN",
        "SEA", "SOC", "WAF", "WST",
    };
    std::sort(v.begin(), v.end());
    return v;
  }();
  return k;
}

}  // namespace

bool IsSectorCode(std::string_view g) {
  const auto& v = Sectors();
  return std::binary_search(v.begin(), v.end(), g);
}

bool IsInternationalPrefix(std::string_view g) {
  const auto& v = Prefixes();
  return std::binary_search(v.begin(), v.end(), g);
}

bool WellFormedCode(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0 || code.size() > 18) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

CodeInfo DescribeCode(std::string_view code) {
  CodeInfo info;
  info.code = std::string(code);
  if (code.size() < 3) return info;
  std::string_view first = code.substr(0, 3);
  // Agent codes are sectors only ("GOVMIL"): no sector code is an ISO3 code.
  bool sectors_only = IsSectorCode(first);
  if (!IsInternationalPrefix(first) && !sectors_only) info.country = std::string(first);
  for (size_t i = sectors_only ? 0 : 3; i + 3 <= code.size(); i += 3) {
    std::string_view g = code.substr(i, 3);
    if (IsSectorCode(g) &&
        std::find(info.sectors.begin(), info.sectors.end(), g) == info.sectors.end()) {
      info.sectors.emplace_back(g);
    }
  }
  return info;
}

const std::vector<std::string_view>& AllSectorCodes() { return Sectors(); }

}  // namespace herodotus::lexicon
