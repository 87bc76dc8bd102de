#include "eval/actor_gold.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <utility>

#include "util/ascii.h"
#include "util/file.h"

namespace herodotus::eval {
namespace {

namespace od = simdjson::ondemand;

bool GetString(od::value v, std::string* out) {
  std::string_view s;
  if (v.get_string().get(s)) return false;
  *out = std::string(s);
  return true;
}

// One actor object; *why explains a failure.
bool ReadMention(od::value v, ActorGoldMention* m, std::string* why) {
  od::object obj;
  if (v.get_object().get(obj)) {
    *why = "actors: expected objects";
    return false;
  }
  for (auto fr : obj) {
    od::field f;
    std::string_view key;
    if (std::move(fr).get(f) || f.unescaped_key().get(key)) {
      *why = "actors: bad JSON";
      return false;
    }
    std::string k(key);
    std::string* dst = k == "text" ? &m->text : k == "country" ? &m->country
                       : k == "sector" ? &m->sector : k == "code" ? &m->code : nullptr;
    if (!dst) {
      *why = "actors: unknown key \"" + k + "\"";
      return false;
    }
    if (!GetString(f.value(), dst)) {
      *why = "actors: \"" + k + "\" must be a string";
      return false;
    }
  }
  if (m->text.empty()) {
    *why = "actors: an actor without \"text\"";
    return false;
  }
  if (!m->country.empty() && m->country.size() != 3) {
    *why = "actors: country \"" + m->country + "\" is not ISO 3166-1 alpha-3";
    return false;
  }
  return true;
}

bool ReadRecord(std::string_view line, ActorGoldRecord* r, std::string* why) {
  od::parser parser;
  simdjson::padded_string padded(line);
  od::document doc;
  od::object obj;
  if (parser.iterate(padded).get(doc) || doc.get_object().get(obj)) {
    *why = "not a JSON object";
    return false;
  }
  for (auto fr : obj) {
    od::field f;
    std::string_view key;
    if (std::move(fr).get(f) || f.unescaped_key().get(key)) {
      *why = "bad JSON";
      return false;
    }
    std::string k(key);
    if (k == "id" || k == "text") {
      if (!GetString(f.value(), k == "id" ? &r->id : &r->text)) {
        *why = "\"" + k + "\" must be a string";
        return false;
      }
    } else if (k == "date") {
      std::string d;
      if (!GetString(f.value(), &d) || !Date::Parse(d, &r->date)) {
        *why = "\"date\" must be YYYY-MM-DD";
        return false;
      }
    } else if (k == "actors") {
      od::array arr;
      if (f.value().get_array().get(arr)) {
        *why = "\"actors\" must be a list";
        return false;
      }
      for (auto e : arr) {
        od::value v;
        ActorGoldMention m;
        if (e.get(v) || !ReadMention(v, &m, why)) {
          if (why->empty()) *why = "actors: bad JSON";
          return false;
        }
        r->actors.push_back(std::move(m));
      }
    } else if (k == "note") {
      // documentation only
    } else {
      *why = "unknown key \"" + k + "\"";
      return false;
    }
  }
  if (r->text.empty()) {
    *why = "record without \"text\"";
    return false;
  }
  return true;
}

// The prediction standing for gold span [b, e): exact span, else smallest
// known covering, else largest known inside. nullptr if none.
const PredictedActor* Pick(const std::vector<PredictedActor>& pred, uint32_t b, uint32_t e) {
  const PredictedActor* cover = nullptr;
  const PredictedActor* inside = nullptr;
  for (const PredictedActor& p : pred) {
    if (p.start == b && p.end == e && !p.code.empty()) return &p;
  }
  for (const PredictedActor& p : pred) {
    if (p.code.empty()) continue;
    uint32_t len = p.end - p.start;
    if (p.start <= b && p.end >= e) {
      if (!cover || len < cover->end - cover->start) cover = &p;
    } else if (p.start >= b && p.end <= e) {
      if (!inside || len > inside->end - inside->start) inside = &p;
    }
  }
  if (cover || inside) return cover ? cover : inside;
  // Last resort: the known prediction sharing most bytes with the gold span.
  const PredictedActor* overlap = nullptr;
  uint32_t best = 0;
  for (const PredictedActor& p : pred) {
    if (p.code.empty()) continue;
    uint32_t lo = std::max(p.start, b), hi = std::min(p.end, e);
    if (hi > lo && hi - lo > best) {
      best = hi - lo;
      overlap = &p;
    }
  }
  return overlap;
}

// A gold text with a gap ("U.S. ... negotiators" for "U.S. and Russian
// negotiators", "French warships" for "French and Egyptian warships"): its
// first piece, then its last piece after it; the span runs from one to the
// other. Pieces are split at "..." or "..", else the first and last words.
void FindGapped(const std::string& text, const std::string& want, size_t* at, size_t* len) {
  std::string first, last;
  size_t dots = want.find("..");
  auto trim = [](std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
    while (!s.empty() && (s.front() == ' ' || s.front() == '.')) s.erase(0, 1);
    return s;
  };
  if (dots != std::string::npos) {
    size_t rest = want.find_first_not_of('.', dots);
    if (rest == std::string::npos) return;  // nothing after the dots
    first = trim(want.substr(0, dots));
    last = trim(want.substr(rest));
  } else {
    size_t sp = want.find(' '), rsp = want.rfind(' ');
    if (sp == std::string::npos) return;
    first = want.substr(0, sp);
    last = want.substr(rsp + 1);
  }
  if (first.empty() || last.empty()) return;
  size_t a = text.find(first);
  if (a == std::string::npos) return;
  size_t b = text.find(last, a + first.size());
  if (b == std::string::npos || b - a > 4 * want.size()) return;
  *at = a;
  *len = b + last.size() - a;
}

std::string Country(const PredictedActor& p) {
  if (!p.country.empty()) return p.country;
  return "";
}

}  // namespace

ActorGoldSet ParseActorGold(std::string_view text, const std::string& file) {
  ActorGoldSet set;
  int ln = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    ++ln;
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) continue;
    ActorGoldRecord r;
    std::string why;
    r.origin = file + ":" + std::to_string(ln);
    if (!ReadRecord(line, &r, &why)) {
      set.errors.push_back(r.origin + ": " + why + "; record skipped");
      ++set.skipped;
      continue;
    }
    set.records.push_back(std::move(r));
  }
  return set;
}

Result<ActorGoldSet> ReadActorGold(const std::string& path) {
  std::string text;
  HERODOTUS_RETURN_IF_ERROR(ReadFile(path, &text));
  return ParseActorGold(text, path);
}

void ScoreActorRecord(const ActorGoldRecord& gold, const std::vector<PredictedActor>& predicted,
                      ActorScore* score) {
  const std::string lower = AsciiLower(gold.text);
  for (const ActorGoldMention& m : gold.actors) {
    size_t at = gold.text.find(m.text);
    if (at == std::string::npos) at = lower.find(AsciiLower(m.text));
    size_t len = m.text.size();
    if (at == std::string::npos) FindGapped(lower, AsciiLower(m.text), &at, &len);
    const bool has_country = !m.country.empty();
    const bool has_sector = !m.sector.empty();
    if (has_country) ++score->with_country;
    if (has_sector) {
      ++score->with_sector;
      ++score->sector_gold[m.sector];
    }
    if (at == std::string::npos) {
      ++score->not_in_text;
      score->errors.push_back(gold.origin + "\t" + m.text + "\tnot in the text");
      continue;
    }
    const PredictedActor* p = Pick(predicted, static_cast<uint32_t>(at), static_cast<uint32_t>(at + len));
    std::string got_country = p ? Country(*p) : "";
    bool country_ok = has_country && got_country == m.country;
    bool sector_ok = has_sector && p &&
                     std::find(p->sectors.begin(), p->sectors.end(), m.sector) != p->sectors.end();
    if (has_country && !got_country.empty()) ++score->country_found;
    if (country_ok) ++score->country_correct;
    if (sector_ok) {
      ++score->sector_correct;
      ++score->sector_hit[m.sector];
    }
    if ((has_country && !country_ok) || (has_sector && !sector_ok)) {
      std::string got = p ? (p->code.empty() ? "-" : p->code) : "-";
      std::string span = p ? gold.text.substr(p->start, p->end - p->start) : "";
      score->errors.push_back(gold.origin + "\t" + m.text + "\tgold=" +
                              (m.country.empty() ? m.code : m.country) + "/" +
                              (m.sector.empty() ? "-" : m.sector) + "\tgot=" + got + "\t[" + span + "]");
    }
  }
}

std::string FormatActorScore(const ActorScore& s, bool show_errors) {
  std::string out;
  char buf[200];
  std::snprintf(buf, sizeof buf, "country: %zu gold actors with a country, %zu resolved to one, %zu correct: accuracy %.2f%%\n",
                s.with_country, s.country_found, s.country_correct, 100.0 * s.country_accuracy());
  out += buf;
  std::snprintf(buf, sizeof buf, "sector:  %zu gold actors with a sector, %zu correct: accuracy %.2f%%\n",
                s.with_sector, s.sector_correct, 100.0 * s.sector_accuracy());
  out += buf;
  if (s.not_in_text) out += "gold texts not found in their record: " + std::to_string(s.not_in_text) + "\n";
  out += "sector\tgold\tcorrect\n";
  for (const auto& [sec, n] : s.sector_gold) {
    auto it = s.sector_hit.find(sec);
    out += sec + "\t" + std::to_string(n) + "\t" + std::to_string(it == s.sector_hit.end() ? 0 : it->second) + "\n";
  }
  if (show_errors) {
    for (const std::string& e : s.errors) out += "MISS\t" + e + "\n";
  }
  return out;
}

}  // namespace herodotus::eval
