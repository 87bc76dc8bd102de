// TABARI .options lines (and PETRARCH <Config> settings written as
// "NAME = VALUE") applied to the legacy engine's options.
#include <cctype>
#include <string>
#include <utility>

#include "compat/legacy_text_util.h"
#include "compat/tabari_dictionary.h"
#include "util/ascii.h"

namespace herodotus::compat {

using internal::Brackets;
using internal::ExpandAlternatives;
using internal::ForEachLine;
using internal::ParseCodeBlock;
using internal::StripComment;
using internal::Trim;
using internal::Weight;

bool TabariDictionary::ApplyOption(std::string_view raw) {
  std::string up = AsciiUpper(Trim(StripComment(raw)));
  if (up.rfind("COMPLEX:", 0) == 0) {
    auto num = [&](const char* key) {
      size_t k = up.find(key);
      if (k == std::string::npos) return 0;
      size_t open = up.find('[', k);
      if (open == std::string::npos) return 0;
      int v = 0;
      for (size_t i = open + 1; i < up.size() && std::isdigit(static_cast<unsigned char>(up[i])) && v < 1000; ++i)
        v = v * 10 + (up[i] - '0');
      return v;
    };
    options_.complex_verbs = num("VERBS");
    options_.complex_conj = num("CONJ");
    options_.no_actor_prior = up.find("NOACTPRIOR") != std::string::npos;
    return true;
  }
  auto int_after = [&](const std::string& key, int* out) {
    size_t k = up.find(key);
    if (k == std::string::npos) return false;
    size_t eq = up.find('=', k + key.size());
    if (eq == std::string::npos) return false;
    size_t i = eq + 1;
    while (i < up.size() && up[i] == ' ') ++i;
    int v = 0;
    bool any = false;
    for (; i < up.size() && std::isdigit(static_cast<unsigned char>(up[i])) && v < 100000; ++i) {
      v = v * 10 + (up[i] - '0');
      any = true;
    }
    if (any) *out = v;
    return any;
  };
  if (up.rfind("SET:", 0) == 0 && up.find("CONVERT AGENT") != std::string::npos) {
    options_.convert_agents = up.find("TRUE") != std::string::npos;
    return true;
  }
  if (up.rfind("SET:", 0) == 0 && up.find("MINIMUM WORDS") != std::string::npos)
    return int_after("MINIMUM WORDS", &options_.minimum_words);
  // PETRARCH <Config option="name" value="v"> as "NAME = V".
  if (up.rfind("REQUIRE_DYAD", 0) == 0) {
    options_.require_dyad = up.find("TRUE") != std::string::npos;
    return true;
  }
  if (up.rfind("COMMA_", 0) == 0) {
    static const std::pair<const char*, int TabariOptions::*> kKeys[] = {
        {"COMMA_MIN", &TabariOptions::comma_min},   {"COMMA_MAX", &TabariOptions::comma_max},
        {"COMMA_EMIN", &TabariOptions::comma_emin}, {"COMMA_EMAX", &TabariOptions::comma_emax},
        {"COMMA_BMIN", &TabariOptions::comma_bmin}, {"COMMA_BMAX", &TabariOptions::comma_bmax}};
    std::string key(Trim(std::string_view(up).substr(0, up.find('='))));
    for (const auto& [name, field] : kKeys) {
      if (key == name) {
        options_.comma = true;
        return int_after(name, &(options_.*field));
      }
    }
    return false;
  }
  if (up.rfind("FORWARD:", 0) == 0) {
    // The record-ID mask is not read: callers give the story key (the ID
    // without its last "-NNN" part in `compat code`).
    options_.forward = up.find(" OFF") == std::string::npos;
    return true;
  }
  if (up.rfind("COMMA:", 0) == 0) {
    if (up.find("OFF") != std::string::npos) {
      options_.comma = false;
      return true;
    }
    options_.comma = true;
    int_after(" MIN", &options_.comma_min);
    int_after(" MAX", &options_.comma_max);
    int_after("EMIN", &options_.comma_emin);
    int_after("EMAX", &options_.comma_emax);
    int_after("BMIN", &options_.comma_bmin);
    int_after("BMAX", &options_.comma_bmax);
    return true;
  }
  if (up.rfind("DEFAULT:", 0) == 0) {
    if (up.find("OFF") != std::string::npos) {
      options_.default_source.clear();
      options_.default_target.clear();
      options_.default_prior = options_.default_after = false;
      return true;
    }
    auto code_after = [&](const char* key, std::string* out) {
      size_t k = up.find(key);
      if (k == std::string::npos) return;
      size_t open = up.find('[', k), close = up.find(']', k);
      if (open == std::string::npos || close == std::string::npos || close < open) return;
      *out = std::string(Trim(std::string_view(up).substr(open + 1, close - open - 1)));
    };
    code_after("SOURCE", &options_.default_source);
    code_after("TARGET", &options_.default_target);
    options_.default_prior = up.find("PRIOR") != std::string::npos;
    options_.default_after = up.find("AFTER") != std::string::npos;
    return true;
  }
  return false;
}

void TabariDictionary::AddOptions(std::string_view file, std::string_view text) {
  (void)file;
  ForEachLine(text, [&](uint32_t, std::string_view raw) {
    std::string_view line = Trim(raw);
    if (line.empty() || line.substr(0, 2) == "//") return;
    ApplyOption(line);  // unknown options are TABARI output/interface settings
  });
}

}  // namespace herodotus::compat
