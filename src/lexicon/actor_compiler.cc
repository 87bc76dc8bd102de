// Compiles parsed actor and agent dictionaries into the lookup tables and
// runs the cross-entry checks that `herodotus dict lint` reports: duplicate
// ids and names, ambiguous names, unknown countries and sectors, overlapping
// dated roles of one person.
#include <algorithm>
#include <map>
#include <set>

#include "lexicon/actor_dictionary_impl.h"

namespace herodotus::lexicon {
namespace {

int DateKey(const Date& d, int open) {
  return d.known() ? d.year * 10000 + d.month * 100 + d.day : open;
}

std::string Where(const std::string& file, int line) { return file + ":" + std::to_string(line); }

bool IsOrgType(ActorType t) {
  return t == ActorType::kIgo || t == ActorType::kNgo || t == ActorType::kNsag ||
         t == ActorType::kParty || t == ActorType::kOrg || t == ActorType::kGroup;
}

// Simple English plurals for agent nouns; irregular ones are listed by hand.
std::vector<std::string> Plurals(const std::string& name) {
  std::vector<std::string> out;
  if (name.empty()) return out;
  auto ends = [&](std::string_view s) {
    return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("man") && !ends("human")) {
    out.push_back(name.substr(0, name.size() - 3) + "men");
  } else if (ends("y") && name.size() > 1 && std::string_view("aeiou").find(name[name.size() - 2]) == std::string_view::npos) {
    out.push_back(name.substr(0, name.size() - 1) + "ies");
  } else if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) {
    out.push_back(name + "es");
  } else {
    out.push_back(name + "s");
  }
  return out;
}

template <typename C>
void AddPrefixes(KeyIndex<C>* index, const std::string& name) {
  for (const auto& p : NameKeyPrefixes(name)) index->prefixes.insert(KeyIndex<C>::Hash(p));
}

class Compiler {
 public:
  Compiler(ActorDictionary::Impl* impl, LoadReport* report) : impl_(impl), report_(report) {}

  void Run(std::vector<ParsedDictionary>& parsed) {
    CollectEntries(parsed);
    ApplyExtensions(parsed);
    CollectCountries();
    for (uint32_t e = 0; e < impl_->entries.size(); ++e) CheckEntry(e);
    IndexNames();
    IndexAgents(parsed);
  }

 private:
  struct Pending {  // per-entry data kept until indexing
    std::vector<RawName> names;
    std::vector<RawRole> roles;
    std::vector<std::string> name_files;  // file of each name (extensions differ)
    std::vector<std::string> role_files;
    std::string file;
    int line = 0;
    std::string raw_code, raw_country;
  };

  void Report(const std::string& file, int line, std::string msg) {
    report_->findings.push_back({file, line, std::move(msg)});
  }

  void CollectEntries(std::vector<ParsedDictionary>& parsed) {
    for (auto& p : parsed) {
      for (auto& a : p.actors) {
        if (a.id.empty() || a.extend) continue;
        if (impl_->entry_by_id.count(a.id)) {
          const auto& other = impl_->entries[impl_->entry_by_id[a.id]];
          Report(a.file, a.line, "duplicate actor id '" + a.id + "' (first at " + other.origin + ")");
          continue;
        }
        if (a.type == ActorType::kUnknown) {
          Report(a.file, a.line, "actor '" + a.id + "' has no 'type'; entry skipped");
          continue;
        }
        ActorEntry e;
        e.id = a.id;
        e.type = a.type;
        e.origin = Where(a.file, a.line);
        Pending pd;
        pd.file = a.file;
        pd.line = a.line;
        pd.raw_code = a.code;
        pd.raw_country = a.country;
        if ((a.type == ActorType::kCountry || a.type == ActorType::kTerritory)) {
          if (pd.raw_code.empty()) pd.raw_code = a.id;
          if (pd.raw_country.empty()) pd.raw_country = pd.raw_code.substr(0, 3);
        }
        for (auto& n : a.names) {
          pd.names.push_back(std::move(n));
          pd.name_files.push_back(a.file);
        }
        for (auto& r : a.roles) {
          pd.roles.push_back(std::move(r));
          pd.role_files.push_back(a.file);
        }
        impl_->entry_by_id.emplace(e.id, static_cast<uint32_t>(impl_->entries.size()));
        impl_->entries.push_back(std::move(e));
        pending_.push_back(std::move(pd));
      }
    }
  }

  void ApplyExtensions(std::vector<ParsedDictionary>& parsed) {
    for (auto& p : parsed) {
      for (auto& a : p.actors) {
        if (a.id.empty() || !a.extend) continue;
        auto it = impl_->entry_by_id.find(a.id);
        if (it == impl_->entry_by_id.end()) {
          Report(a.file, a.line, "'extend " + a.id + "': no such actor");
          continue;
        }
        if (a.type != ActorType::kUnknown || !a.code.empty() || !a.country.empty()) {
          Report(a.file, a.line, "'extend' may only add names and roles");
        }
        Pending& pd = pending_[it->second];
        for (auto& n : a.names) {
          pd.names.push_back(std::move(n));
          pd.name_files.push_back(a.file);
        }
        for (auto& r : a.roles) {
          pd.roles.push_back(std::move(r));
          pd.role_files.push_back(a.file);
        }
      }
    }
  }

  void CollectCountries() {
    for (size_t e = 0; e < impl_->entries.size(); ++e) {
      auto t = impl_->entries[e].type;
      if (t == ActorType::kCountry || t == ActorType::kTerritory) {
        countries_.insert(pending_[e].raw_code.substr(0, 3));
      } else if (IsOrgType(t) && !pending_[e].raw_code.empty()) {
        declared_.insert(pending_[e].raw_code);
      }
    }
  }

  // The first group must be a known country (when any country is loaded) or
  // an international prefix.
  bool KnownFirstGroup(std::string_view g) const {
    return IsInternationalPrefix(g) || countries_.empty() || countries_.count(std::string(g));
  }

  // Country + sectors, or a declared organization code + sectors.
  std::string CheckRoleCode(const std::string& code) const {
    for (size_t len = code.size(); len >= 3; len -= 3) {
      std::string head = code.substr(0, len);
      bool ok_head = len == 3 ? KnownFirstGroup(head) : declared_.count(head) > 0;
      if (!ok_head) continue;
      for (size_t i = len; i < code.size(); i += 3) {
        if (!IsSectorCode(std::string_view(code).substr(i, 3))) {
          return "unknown sector '" + code.substr(i, 3) + "' in code '" + code + "'";
        }
      }
      return "";
    }
    return "unknown country or organization in code '" + code + "'";
  }

  void CheckEntry(uint32_t e) {
    ActorEntry& entry = impl_->entries[e];
    Pending& pd = pending_[e];
    const std::string& file = pd.file;
    std::string code = pd.raw_code;
    if (entry.type == ActorType::kPerson) {
      if (!code.empty()) Report(file, pd.line, "a person takes 'role' lines, not 'code'");
      code = pd.raw_country;
      if (code.empty() && pd.roles.empty()) {
        Report(file, pd.line, "person '" + entry.id + "' has neither country nor role");
      }
      if (code.empty() && !pd.roles.empty()) code = pd.roles.front().code.substr(0, 3);
    }
    if (code.empty()) {
      Report(file, pd.line, "actor '" + entry.id + "' has no 'code'; entry skipped");
      entry.type = ActorType::kUnknown;
      return;
    }
    if (!KnownFirstGroup(code.substr(0, 3))) {
      Report(file, pd.line, "unknown country code '" + code.substr(0, 3) + "' in '" + code + "'");
    } else if (entry.type == ActorType::kCountry || entry.type == ActorType::kTerritory) {
      for (size_t i = 3; i < code.size(); i += 3) {
        std::string g = code.substr(i, 3);
        // Territories carry a region group (USAGUM); sectors are checked.
        if (entry.type == ActorType::kCountry && !IsSectorCode(g)) {
          Report(file, pd.line, "unknown sector '" + g + "' in code '" + code + "'");
        }
      }
    }
    if (!pd.raw_country.empty() && !KnownFirstGroup(pd.raw_country)) {
      Report(file, pd.line, "unknown country '" + pd.raw_country + "'");
    }
    entry.code = impl_->Intern(code);
    if (!pd.names.empty()) entry.name = pd.names.front().text;
    for (size_t r = 0; r < pd.roles.size(); ++r) {
      const RawRole& raw = pd.roles[r];
      if (std::string msg = CheckRoleCode(raw.code); !msg.empty()) {
        Report(pd.role_files[r], raw.line, msg);
        continue;
      }
      ActorRole role;
      role.code = impl_->Intern(raw.code);
      role.from = DateKey(raw.from, 0);
      role.to = DateKey(raw.to, 99999999);
      role.title = raw.title;
      // Same role (code and title) twice at overlapping dates.
      for (size_t q = 0; q < r; ++q) {
        const RawRole& o = pd.roles[q];
        if (o.code != raw.code || o.title != raw.title) continue;
        int of = DateKey(o.from, 0), ot = DateKey(o.to, 99999999);
        if (role.from <= ot && of <= role.to) {
          Report(pd.role_files[r], raw.line,
                 "role " + raw.code + (raw.title.empty() ? "" : " (" + raw.title + ")") + " of '" +
                     entry.id + "' overlaps the same role at " + Where(pd.role_files[q], o.line));
          break;
        }
      }
      entry.roles.push_back(std::move(role));
      ++report_->roles;
    }
    std::stable_sort(entry.roles.begin(), entry.roles.end(),
                     [](const ActorRole& a, const ActorRole& b) { return a.from < b.from; });
  }

  void IndexNames() {
    // Where each indexed name came from (by candidate order), for messages.
    std::vector<std::pair<const std::string*, int>> where;
    std::vector<const std::string*> texts;  // name text, by candidate order
    impl_->names.map.reserve(pending_.size() * 3);
    impl_->names.prefixes.reserve(pending_.size() * 4);
    uint32_t order = 0;
    for (uint32_t e = 0; e < impl_->entries.size(); ++e) {
      ActorEntry& entry = impl_->entries[e];
      if (entry.type == ActorType::kUnknown) continue;
      ++report_->actors;
      if (entry.type == ActorType::kPerson) ++report_->people;
      Pending& pd = pending_[e];
      for (size_t k = 0; k < pd.names.size(); ++k) {
        const RawName& n = pd.names[k];
        const std::string& file = pd.name_files[k];
        if (n.kind == NameKind::kSurname && entry.type != ActorType::kPerson) {
          Report(file, n.line, "'surname' only applies to people");
          continue;
        }
        const CodeInfo* code = nullptr;
        if (!n.code.empty()) {
          if (std::string msg = CheckRoleCode(n.code); !msg.empty()) {
            Report(file, n.line, msg);
            continue;
          }
          code = impl_->Intern(n.code);
        }
        CasePolicy policy;
        int words = 0;
        std::string key = NameKey(n.text, &policy, &words);
        if (key.empty()) continue;  // the parser reported it
        const CodeInfo* effective = code ? code : entry.code;
        bool skip = false;
        auto& cands = impl_->names.map[key];
        for (const NameCandidate& s : cands) {
          const std::string there = *where[s.order].first + ":" + std::to_string(where[s.order].second);
          const CodeInfo* scode = s.code ? s.code : impl_->entries[s.entry].code;
          if (s.entry == e && s.kind == n.kind) {
            // Spelling variants of one name ("U.N." and "UN", "Nato" and
            // "NATO") share a key: keep the most permissive case policy.
            // The same text twice is a real duplicate.
            if (*texts[s.order] == n.text) {
              Report(file, n.line, "duplicate name '" + n.text + "' of '" + entry.id + "' (also at " + there + ")");
            } else if (static_cast<int>(policy) < static_cast<int>(s.policy)) {
              const_cast<NameCandidate&>(s).policy = policy;
            }
            const_cast<NameCandidate&>(s).bounds |= NameBounds(n.text);
            skip = true;
            break;
          }
          if (s.entry == e) continue;
          if (n.kind == NameKind::kSurname || s.kind == NameKind::kSurname) continue;
          const ActorEntry& other = impl_->entries[s.entry];
          bool person_pair = entry.type == ActorType::kPerson && other.type == ActorType::kPerson;
          if (person_pair || scode != effective) {
            Report(file, n.line, "ambiguous name '" + n.text + "': " + entry.id + " (" + effective->code +
                                     ") and " + other.id + " (" + scode->code + ", " + there + ")");
          } else {
            Report(file, n.line, "duplicate name '" + n.text + "' for " + effective->code + " (also " +
                                     other.id + " at " + there + ")");
            skip = true;
          }
          break;
        }
        if (skip) continue;
        cands.push_back({e, n.kind, policy, code, order++, NameBounds(n.text)});
        where.emplace_back(&file, n.line);
        texts.push_back(&n.text);
        AddPrefixes(&impl_->names, n.text);
        ++report_->names;
      }
    }
    // Candidates: plain names of non-people first, then people, then surnames.
    auto rank = [this](const NameCandidate& c) {
      if (c.kind == NameKind::kSurname) return 2;
      return impl_->entries[c.entry].type == ActorType::kPerson ? 1 : 0;
    };
    for (auto& [key, cands] : impl_->names.map) {
      std::stable_sort(cands.begin(), cands.end(), [&](const NameCandidate& a, const NameCandidate& b) {
        return rank(a) < rank(b);
      });
    }
  }

  void IndexAgents(std::vector<ParsedDictionary>& parsed) {
    std::map<std::string, std::pair<uint32_t, bool>> by_key;  // key → agent, explicit?
    for (auto& p : parsed) {
      for (auto& a : p.agents) {
        AgentEntry entry;
        entry.name = a.name;
        entry.code = impl_->Intern(a.code);
        entry.absolute = IsInternationalPrefix(std::string_view(a.code).substr(0, 3));
        entry.origin = Where(a.file, a.line);
        CasePolicy policy;
        std::string key = NameKey(a.name, &policy, nullptr);
        auto it = by_key.find(key);
        if (it != by_key.end() && it->second.second) {
          const AgentEntry& other = impl_->agents[it->second.first];
          // Spelling variants with the same code ("vice president",
          // "vice-president") share a key and are fine.
          if (other.code == entry.code && other.name != a.name) continue;
          Report(a.file, a.line,
                 std::string(other.code == entry.code ? "duplicate" : "conflicting") + " agent '" + a.name +
                     "' (" + a.code + "; also " + other.code->code + " at " + other.origin + ")");
          continue;
        }
        uint32_t id = static_cast<uint32_t>(impl_->agents.size());
        impl_->agents.push_back(std::move(entry));
        ++report_->agents;
        auto add = [&](const std::string& form, bool is_explicit) {
          CasePolicy pol;
          std::string k = NameKey(form, &pol, nullptr);
          auto found = by_key.find(k);
          if (found != by_key.end()) {
            if (!is_explicit || found->second.second) return;
            // An explicit noun replaces a generated plural of another noun.
            auto& cands = impl_->agent_names.map[k];
            cands.clear();
          }
          by_key[k] = {id, is_explicit};
          impl_->agent_names.map[k].push_back({id, pol});
          AddPrefixes(&impl_->agent_names, form);
          ++report_->agent_forms;
        };
        add(a.name, true);
        // Pluralize the head (last word): "security force" → "security forces".
        for (const auto& pl : Plurals(a.name)) add(pl, false);
      }
    }
  }

  ActorDictionary::Impl* impl_;
  LoadReport* report_;
  std::vector<Pending> pending_;
  std::set<std::string> countries_;
  std::set<std::string> declared_;
};

}  // namespace

void CompileDictionary(std::vector<ParsedDictionary>& parsed, ActorDictionary::Impl* impl,
                       LoadReport* report) {
  Compiler(impl, report).Run(parsed);
}

}  // namespace herodotus::lexicon
