#include "lexicon/actor_dictionary.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "util/testing.h"

namespace herodotus::lexicon {
namespace {

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

Date D(const char* s) {
  Date d;
  EXPECT_TRUE(Date::Parse(s, &d)) << s;
  return d;
}

const char* kSmall = R"(# herodotus-actors 1
actor USA
  type country
  name United States | U.S. | America
  adj American | Americans
  metonym Pentagon -> USAMIL
  metonym White House -> USAGOV
actor KOR
  type country
  name South Korea
actor KORX
  type territory
  code KOR
  name Korea
actor p:pompeo
  type person
  country USA
  name Mike Pompeo
  surname Pompeo
  role USASPY 2017-01-23..2018-04-26 director of the CIA
  role USAGOV 2018-04-26..2021-01-20 secretary of state
actor p:other-pompeo
  type person
  country USA
  name Jane Pompeo
  surname Pompeo
  role USAGOV 2022-01-01..2022-12-31 ambassador
actor IGONAT
  type igo
  code IGONAT
  name NATO | North Atlantic Treaty Organization
)";

const char* kAgents = R"(# herodotus-agents 1
GOV spokesman | spokeswoman | embassy
MIL troops | soldier | Col.
GOVMIL defense minister
IGOPKO peacekeeper
)";

std::unique_ptr<ActorDictionary> Small(LoadReport* rep = nullptr) {
  auto d = ActorDictionary::LoadTexts({{"small.txt", kSmall}, {"agents.txt", kAgents}}, rep, true);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return std::move(d).value();
}

TEST(ActorDictionaryTest, DatedRolesBeforeInsideAfter) {
  auto d = Small();
  auto forms = Split("Mike Pompeo said");
  auto m = d->Match(forms, 0, D("2018-10-03"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 2u);
  EXPECT_EQ(m->code->code, "USAGOV");
  EXPECT_EQ(m->code->country, "USA");
  EXPECT_EQ(m->code->sectors, std::vector<std::string>{"GOV"});
  EXPECT_EQ(d->Match(forms, 0, D("2017-06-01"))->code->code, "USASPY");
  // After every role: the person's country, no sector.
  m = d->Match(forms, 0, D("2021-06-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->code->code, "USA");
  EXPECT_EQ(m->role, nullptr);
  // Unknown date: country only.
  EXPECT_EQ(d->Match(forms, 0, Date{})->code->code, "USA");
}

TEST(ActorDictionaryTest, SurnameOnlyWhenUnambiguousOnTheDate) {
  auto d = Small();
  auto forms = Split("Pompeo said");
  auto m = d->Match(forms, 0, D("2018-10-03"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kind, NameKind::kSurname);
  EXPECT_EQ(m->entry_id(), "p:pompeo");
  m = d->Match(forms, 0, D("2022-06-01"));  // the other Pompeo holds a role then
  ASSERT_TRUE(m);
  EXPECT_EQ(m->entry_id(), "p:other-pompeo");
  EXPECT_FALSE(d->Match(forms, 0, D("2021-06-01")));  // nobody in role
  EXPECT_FALSE(d->Match(forms, 0, Date{}));
}

TEST(ActorDictionaryTest, LongestMatchCaseAndPunctuation) {
  auto d = Small();
  auto forms = Split("South Korea and Korea");
  auto m = d->Match(forms, 0, D("2020-01-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 2u);
  EXPECT_EQ(m->code->code, "KOR");
  EXPECT_EQ(m->entry_id(), "KOR");
  EXPECT_EQ(d->Match(forms, 3, D("2020-01-01"))->entry_id(), "KORX");
  // "U.S." = "US" = "U.S" "." but not "us".
  for (const char* s : {"U.S.", "US", "U.S"}) {
    std::vector<std::string> f = {s, "troops"};
    auto u = d->Match(f, 0, D("2020-01-01"));
    ASSERT_TRUE(u) << s;
    EXPECT_EQ(u->code->code, "USA");
  }
  std::vector<std::string> pron = {"let", "us", "go"};
  EXPECT_FALSE(d->Match(pron, 1, D("2020-01-01")));
  std::vector<std::string> nato = {"nato"};
  EXPECT_FALSE(d->Match(nato, 0, D("2020-01-01")));  // acronym: capitals only
  std::vector<std::string> america = {"america"};
  EXPECT_FALSE(d->Match(america, 0, D("2020-01-01")));  // capitalized name
}

TEST(ActorDictionaryTest, MetonymsDemonymsAndIgos) {
  auto d = Small();
  auto forms = Split("the White House and the Pentagon told Americans and NATO");
  auto m = d->Match(forms, 1, D("2020-01-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kind, NameKind::kMetonym);
  EXPECT_EQ(m->code->code, "USAGOV");
  EXPECT_EQ(d->Match(forms, 5, D("2020-01-01"))->code->code, "USAMIL");
  m = d->Match(forms, 7, D("2020-01-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kind, NameKind::kAdjective);
  EXPECT_EQ(m->code->code, "USA");
  m = d->Match(forms, 9, D("2020-01-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->type(), ActorType::kIgo);
  EXPECT_EQ(m->code->country, "");
}

TEST(ActorDictionaryTest, HyphenatedHeadIsPartial) {
  auto d = Small();
  std::vector<std::string> f = {"American-backed", "forces"};
  auto m = d->Match(f, 0, D("2020-01-01"));
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->partial);
  EXPECT_EQ(m->code->code, "USA");
  EXPECT_EQ(m->kind, NameKind::kAdjective);
  std::vector<std::string> split = {"American", "-", "backed"};
  m = d->Match(split, 0, D("2020-01-01"));
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->partial);
  EXPECT_EQ(m->length, 1u);
  std::vector<std::string> anti = {"anti-American"};
  EXPECT_FALSE(d->Match(anti, 0, D("2020-01-01")));
}

TEST(ActorDictionaryTest, Agents) {
  auto d = Small();
  ASSERT_TRUE(d->Agent("spokesman"));
  EXPECT_EQ(d->Agent("spokesman")->code->code, "GOV");
  EXPECT_EQ(d->Agent("Spokesmen")->code->code, "GOV");  // generated plural, any case
  EXPECT_EQ(d->Agent("soldiers")->code->code, "MIL");
  EXPECT_EQ(d->Agent("col.")->code->code, "MIL");
  EXPECT_TRUE(d->Agent("peacekeepers")->absolute);
  EXPECT_EQ(d->Agent("grocer"), nullptr);
  auto toks = ActorDictionary::Prepare(Split("the defense minister said"));
  auto a = d->MatchAgent(toks, 1);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->length, 2u);
  EXPECT_EQ(a->agent->code->sectors, (std::vector<std::string>{"GOV", "MIL"}));
}

TEST(ActorDictionaryTest, FindingsCarryFileAndLine) {
  const char* bad = R"(# herodotus-actors 1
actor X1
  type country
  code USA
  name Utopia
  nonsense here
  role USAGOV 2019-01-01..2018-01-01
actor USA
  type country
  name Elsewhere
actor p:a
  type person
  country USA
  name Person A
  role USAGOV 2018-01-01..2019-12-31 secretary
  role USAGOV 2019-06-01..2020-12-31 secretary
  role USAXYZ 2018-01-01..2019-12-31
  role QQQGOV 2018-01-01..2019-12-31
)";
  LoadReport rep;
  auto d = ActorDictionary::LoadTexts({{"bad.txt", bad}}, &rep, false);
  ASSERT_TRUE(d.ok());
  std::string all;
  for (const auto& f : rep.findings) all += f.ToString() + "\n";
  EXPECT_NE(all.find("bad.txt:6: unknown keyword 'nonsense'"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.txt:7: malformed role dates"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.txt:16: role USAGOV (secretary) of 'p:a' overlaps"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.txt:17: unknown sector 'XYZ'"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.txt:18: unknown country or organization in code 'QQQGOV'"), std::string::npos) << all;
  // The valid entries still load.
  std::vector<std::string> f = {"Utopia"};
  EXPECT_TRUE((*d)->Match(f, 0, Date{2020, 1, 1}));
  // Strict: any finding fails the load.
  EXPECT_FALSE(ActorDictionary::LoadTexts({{"bad.txt", bad}}, nullptr, true).ok());
}

TEST(ActorDictionaryTest, HeaderVersionAndEncoding) {
  LoadReport rep;
  auto d = ActorDictionary::LoadTexts({{"v2.txt", "# herodotus-actors 2\nactor A\n"},
                                       {"none.txt", "actor A\n"},
                                       {"enc.txt", "# herodotus-actors 1\nactor B\n  type country\n  name \xff\xfe\n"}},
                                      &rep, false);
  ASSERT_TRUE(d.ok());
  std::string all;
  for (const auto& f : rep.findings) all += f.ToString() + "\n";
  EXPECT_NE(all.find("v2.txt:1: format version 2 is not supported"), std::string::npos) << all;
  EXPECT_NE(all.find("none.txt:1: missing header"), std::string::npos) << all;
  EXPECT_NE(all.find("enc.txt:4: invalid UTF-8"), std::string::npos) << all;
}

// A name matches only where its own words meet: "Israel is" is not "Israelis"
// although the keys concatenate to the same letters.
TEST(ActorDictionaryTest, NamesMatchAtTheirWordBoundaries) {
  auto d = ActorDictionary::LoadTexts({{"w.txt", R"(# herodotus-actors 1
actor ISR
  type country
  name Israel
  adj Israeli | Israelis
actor KOR
  type country
  name South Korea
)"}}, nullptr, true);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  auto m = (*d)->Match(Split("Israel is opposed"), 0, D("2000-01-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 1u);
  EXPECT_EQ(m->kind, NameKind::kName);
  m = (*d)->Match(Split("Israelis protested"), 0, D("2000-01-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kind, NameKind::kAdjective);
  m = (*d)->Match(Split("South Korea said"), 0, D("2000-01-01"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 2u);
  EXPECT_FALSE((*d)->Match(Split("Sou thKorea said"), 0, D("2000-01-01")));
}

// "President Bush" with no date that fits: the country most of the leaders
// with that surname share; none when they are split evenly.
TEST(ActorDictionaryTest, SurnameCountryPrefersLeaders) {
  auto d = ActorDictionary::LoadTexts({{"s.txt", R"(# herodotus-actors 1
actor USA
  type country
  name United States
actor CYM
  type country
  name Cayman Islands
actor FRA
  type country
  name France
actor p:a
  type person
  country USA
  name Al Bush
  surname Bush
  role USAGOV 1989-01-20..1993-01-20 head of state
actor p:b
  type person
  country USA
  name Bo Bush
  surname Bush
  role USAGOV 2001-01-20..2009-01-20 head of state
actor p:c
  type person
  country CYM
  name Cy Bush
  surname Bush
  role CYMGOV 2001-11-08..2005-05-18 head of government
actor p:d
  type person
  country USA
  name Di Dupont
  surname Dupont
  role USAGOV 2001-01-01..2002-01-01 minister
actor p:e
  type person
  country FRA
  name Ed Dupont
  surname Dupont
  role FRAGOV 2001-01-01..2002-01-01 minister
)"}}, nullptr, true);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  std::vector<std::string> forms = {"President", "Bush", "and", "Dupont"};
  auto toks = ActorDictionary::Prepare(forms);
  const CodeInfo* c = (*d)->SurnameCountry(toks, 1);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->country, "USA");
  EXPECT_EQ((*d)->SurnameCountry(toks, 3), nullptr);  // USA and FRA, no leader
  EXPECT_EQ((*d)->SurnameCountry(toks, 0), nullptr);
}

// The committed dictionaries: lint-clean, fast to load, and the golden lookups.
TEST(ActorDictionaryTest, CommittedDictionariesGolden) {
  std::string dir = herodotus::testing::SourceDir() + "/dict";
  auto files = ActorDictionary::FilesIn(dir);
  ASSERT_FALSE(files.empty()) << dir;
  LoadReport rep;
  auto d = ActorDictionary::Load(files, &rep, false);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  for (const auto& f : rep.findings) ADD_FAILURE() << f.ToString();
  EXPECT_GT(rep.actors, 10000u);
  EXPECT_GT(rep.agents, 500u);
  EXPECT_LT(rep.cpu_seconds, 1.0) << "load CPU time";
  std::ifstream in(herodotus::testing::SourceDir() + "/src/lexicon/actor_testdata/lookup.golden");
  ASSERT_TRUE(in) << "golden file";
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> parts;
    size_t pos = 0;
    while (true) {
      size_t bar = line.find(" | ", pos);
      parts.push_back(line.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos));
      if (bar == std::string::npos) break;
      pos = bar + 3;
    }
    ASSERT_EQ(parts.size(), 4u) << line;
    auto forms = Split(parts[1]);
    auto m = (*d)->Match(forms, std::stoul(parts[2]), D(parts[0].c_str()));
    std::string got = m ? std::to_string(m->length) + " " + m->code->code + " " + std::string(NameKindName(m->kind))
                        : "none";
    EXPECT_EQ(got, parts[3]) << line;
    ++n;
  }
  EXPECT_GT(n, 50);
}

}  // namespace
}  // namespace herodotus::lexicon
