#include "lexicon/actor_dictionary.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "lexicon/actor_dictionary_impl.h"
#include "util/file.h"

namespace herodotus::lexicon {
namespace {

int DateKey(Date d) { return d.year * 10000 + d.month * 100 + d.day; }

// Scans tokens[i..] longest-first: calls hit(end, key) for every span whose
// key is indexed. Empty-key tokens are run through only when they are
// particles or joiners ("U.S" "." or "al" "-" "Qaeda" as separate tokens).
template <typename C, typename Hit>
void Scan(const KeyIndex<C>& index, std::span<const NormToken> toks, size_t i, Hit hit) {
  if (i >= toks.size()) return;
  if (toks[i].key.empty() && !toks[i].particle) return;
  std::string acc;
  for (size_t j = i; j < toks.size() && j - i < kMaxSpanTokens; ++j) {
    const NormToken& t = toks[j];
    if (t.key.empty()) {
      if (!t.particle && !t.joiner) break;
      continue;
    }
    acc += t.key;
    auto it = index.map.find(acc);
    if (it != index.map.end()) hit(j, it->second);
    if (!index.HasPrefix(acc)) break;
  }
}

// The token whose case decides a capitalized name: the first with a key.
const NormToken* FirstKeyed(std::span<const NormToken> toks, size_t i, size_t end) {
  for (size_t k = i; k <= end; ++k) {
    if (!toks[k].key.empty()) return &toks[k];
  }
  return nullptr;
}

bool PolicyAllows(CasePolicy policy, std::span<const NormToken> toks, size_t i, size_t end) {
  if (policy == CasePolicy::kAny) return true;
  if (policy == CasePolicy::kCapitalized) {
    const NormToken* t = FirstKeyed(toks, i, end);
    return t && t->first_upper;
  }
  for (size_t k = i; k <= end; ++k) {
    if (!toks[k].key.empty() && !toks[k].all_upper) return false;
  }
  return true;
}

// The key offsets where tokens i..end meet (NameCandidate::bounds layout).
uint64_t TextBounds(std::span<const NormToken> toks, size_t i, size_t end) {
  uint64_t bits = 0;
  size_t offset = 0;
  bool first = true;
  for (size_t k = i; k <= end; ++k) {
    if (toks[k].key.empty()) continue;
    if (!first) bits |= uint64_t{1} << (offset < 63 ? offset : 63);
    first = false;
    offset += toks[k].key.size();
  }
  return bits;
}

}  // namespace

uint64_t NameBounds(std::string_view name) {
  uint64_t bits = 0;
  std::vector<std::string> prefixes = NameKeyPrefixes(name);
  for (size_t k = 0; k + 1 < prefixes.size(); ++k) {
    size_t offset = prefixes[k].size();
    bits |= uint64_t{1} << (offset < 63 ? offset : 63);
  }
  return bits;
}

const ActorRole* ActorEntry::RoleOn(Date date) const {
  if (!date.known()) return nullptr;
  int d = DateKey(date);
  // Sorted by start: the latest appointment wins, and a role in the actor's
  // own country wins over roles elsewhere (Elizabeth II: GBR before AUS).
  const ActorRole* best = nullptr;
  bool best_home = false;
  for (const auto& r : roles) {
    if (r.from > d || d > r.to) continue;
    bool home = code && r.code->country == code->country;
    if (!best || home || !best_home) {
      best = &r;
      best_home = home;
    }
  }
  return best;
}

ActorDictionary::ActorDictionary(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ActorDictionary::~ActorDictionary() = default;

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::LoadTexts(
    const std::vector<std::pair<std::string, std::string>>& texts, LoadReport* report, bool strict) {
  auto t0 = std::chrono::steady_clock::now();
  LoadReport local;
  LoadReport* rep = report ? report : &local;
  std::vector<ParsedDictionary> parsed(texts.size());
  for (size_t f = 0; f < texts.size(); ++f) {
    ParseDictionaryText(texts[f].second, texts[f].first, &parsed[f], &rep->findings);
    ++rep->files;
  }
  auto impl = std::make_unique<Impl>();
  CompileDictionary(parsed, impl.get(), rep);
  rep->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (strict && !rep->findings.empty()) {
    return Status::BadInput(rep->findings.front().ToString() + " (" + std::to_string(rep->findings.size()) +
                            " finding(s); strict)");
  }
  return std::unique_ptr<ActorDictionary>(new ActorDictionary(std::move(impl)));
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const std::vector<std::string>& files,
                                                                LoadReport* report, bool strict) {
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  std::vector<std::pair<std::string, std::string>> texts;
  texts.reserve(files.size());
  for (const auto& f : files) {
    std::string text;
    HERODOTUS_RETURN_IF_ERROR(ReadFile(f, &text));
    texts.emplace_back(f, std::move(text));
  }
  auto r = LoadTexts(texts, report, strict);
  if (report) {
    report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    report->cpu_seconds = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  }
  return r;
}

std::vector<std::string> ActorDictionary::FilesIn(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> hand, generated;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".txt") continue;
    std::ifstream in(it->path());
    std::string first;
    std::getline(in, first);
    if (first.rfind(kActorsHeader, 0) != 0 && first.rfind(kAgentsHeader, 0) != 0) continue;
    std::string p = it->path().string();
    (p.find("/generated/") != std::string::npos ? generated : hand).push_back(p);
  }
  std::sort(hand.begin(), hand.end());
  std::sort(generated.begin(), generated.end());
  hand.insert(hand.end(), generated.begin(), generated.end());
  return hand;
}

std::vector<NormToken> ActorDictionary::Prepare(std::span<const std::string> forms) {
  std::vector<NormToken> out;
  out.reserve(forms.size());
  for (const auto& f : forms) out.push_back(NormalizeToken(f));
  return out;
}

std::optional<ActorMatch> ActorDictionary::Match(std::span<const std::string> forms, size_t i,
                                                 Date date) const {
  if (i >= forms.size()) return std::nullopt;
  size_t n = std::min(forms.size(), i + kMaxSpanTokens);
  std::vector<NormToken> toks(n);
  for (size_t k = i; k < n; ++k) toks[k] = NormalizeToken(forms[k]);
  return Match(std::span<const NormToken>(toks), i, date);
}

namespace {

// Chooses among the candidates of one key on a date: names of non-people
// first (with their dated role, if any), then a person in role, then a
// person out of role (country only), then a surname held by exactly one
// person in role. `allowed` applies the case policy.
template <typename Allowed>
std::optional<ActorMatch> Choose(const ActorDictionary::Impl& im, const std::vector<NameCandidate>& cands,
                                 size_t length, Date date, Allowed allowed) {
  const NameCandidate* fallback = nullptr;  // a person out of role
  const NameCandidate* surname = nullptr;
  const ActorRole* surname_role = nullptr;
  int surname_people = 0;
  for (const NameCandidate& c : cands) {
    if (!allowed(c)) continue;
    const ActorEntry& e = im.entries[c.entry];
    if (c.kind == NameKind::kSurname) {
      const ActorRole* r = e.RoleOn(date);
      if (!r) continue;
      if (!surname || surname->entry != c.entry) ++surname_people;
      if (!surname) surname = &c, surname_role = r;
      continue;
    }
    if (e.type == ActorType::kPerson) {
      if (const ActorRole* r = e.RoleOn(date)) return ActorMatch{length, r->code, &e, r, c.kind};
      if (!fallback) fallback = &c;
      continue;
    }
    // Organisations may hold dated roles too (the Taliban governing
    // Afghanistan); a "-> CODE" override on the name wins over them.
    const ActorRole* r = (!c.code && !e.roles.empty()) ? e.RoleOn(date) : nullptr;
    return ActorMatch{length, c.code ? c.code : (r ? r->code : e.code), &e, r, c.kind};
  }
  if (fallback) {
    const ActorEntry& e = im.entries[fallback->entry];
    return ActorMatch{length, e.code, &e, nullptr, fallback->kind};
  }
  if (surname && surname_people == 1) {
    const ActorEntry& e = im.entries[surname->entry];
    return ActorMatch{length, surname_role->code, &e, surname_role, NameKind::kSurname};
  }
  return std::nullopt;
}

}  // namespace

std::optional<ActorMatch> ActorDictionary::Match(std::span<const NormToken> toks, size_t i,
                                                 Date date) const {
  const Impl& im = *impl_;
  std::optional<ActorMatch> best;
  Scan(im.names, toks, i, [&](size_t end, const std::vector<NameCandidate>& cands) {
    const uint64_t text_bounds = TextBounds(toks, i, end);
    auto m = Choose(im, cands, end + 1 - i, date, [&](const NameCandidate& c) {
      return (text_bounds & ~c.bounds) == 0 && PolicyAllows(c.policy, toks, i, end);
    });
    if (m) best = m;
  });
  if (best || i >= toks.size() || toks[i].head_key.empty()) return best;
  // "Iran-backed", "Vietnamese-led" as one token: the part before the hyphen.
  auto it = im.names.map.find(toks[i].head_key);
  if (it == im.names.map.end()) return best;
  NormToken head;
  head.first_upper = toks[i].first_upper;
  head.all_upper = toks[i].head_all_upper;
  best = Choose(im, it->second, 1, date, [&](const NameCandidate& c) { return CaseAllows(c.policy, head); });
  if (best) best->partial = true;
  return best;
}

const CodeInfo* ActorDictionary::SurnameCountry(std::span<const NormToken> toks, size_t i) const {
  if (i >= toks.size() || toks[i].key.empty()) return nullptr;
  auto it = impl_->names.map.find(toks[i].key);
  if (it == impl_->names.map.end()) return nullptr;
  // People who led a state or government count first ("President Bush" is
  // far likelier a US president than a Caymanian premier); the country most
  // of them share wins when no other ties it. Otherwise every person with
  // the surname must share one country.
  std::vector<std::pair<const CodeInfo*, int>> leaders;
  const CodeInfo* country = nullptr;
  bool one_country = true;
  for (const NameCandidate& c : it->second) {
    if (c.kind != NameKind::kSurname || !CaseAllows(c.policy, toks[i])) continue;
    const ActorEntry& e = impl_->entries[c.entry];
    if (!e.code) continue;
    if (country && country->country != e.code->country) one_country = false;
    if (!country) country = e.code;
    bool leader = false;
    for (const ActorRole& r : e.roles) {
      leader = leader || r.title.rfind("head of", 0) == 0 || r.title.rfind("president", 0) == 0 ||
               r.title.rfind("prime minister", 0) == 0;
    }
    if (!leader) continue;
    auto l = std::find_if(leaders.begin(), leaders.end(),
                          [&](const auto& p) { return p.first->country == e.code->country; });
    if (l == leaders.end()) {
      leaders.push_back({e.code, 1});
    } else {
      ++l->second;
    }
  }
  if (!leaders.empty()) {
    std::sort(leaders.begin(), leaders.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (leaders.size() == 1 || leaders[0].second > leaders[1].second) return leaders[0].first;
    return nullptr;
  }
  return one_country ? country : nullptr;
}

const AgentEntry* ActorDictionary::Agent(std::string_view lemma) const {
  std::string key = NameKey(lemma, nullptr, nullptr);
  auto it = impl_->agent_names.map.find(key);
  if (it == impl_->agent_names.map.end() || it->second.empty()) return nullptr;
  return &impl_->agents[it->second.front().agent];
}

std::optional<AgentMatch> ActorDictionary::MatchAgent(std::span<const NormToken> toks, size_t i) const {
  std::optional<AgentMatch> best;
  Scan(impl_->agent_names, toks, i, [&](size_t end, const std::vector<AgentCandidate>& cands) {
    for (const auto& c : cands) {
      if (!PolicyAllows(c.policy, toks, i, end)) continue;
      best = AgentMatch{end + 1 - i, &impl_->agents[c.agent]};
      return;
    }
  });
  return best;
}

const ActorEntry* ActorDictionary::Find(std::string_view id) const {
  auto it = impl_->entry_by_id.find(std::string(id));
  return it == impl_->entry_by_id.end() ? nullptr : &impl_->entries[it->second];
}

size_t ActorDictionary::actor_count() const { return impl_->entries.size(); }
size_t ActorDictionary::agent_count() const { return impl_->agents.size(); }

}  // namespace herodotus::lexicon
