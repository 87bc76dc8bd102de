#include "ner/score.h"

#include <fmt/format.h>

#include <set>
#include <tuple>

#include "ner/tags.h"

namespace herodotus::ner {

void AddSentence(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                 NerScores* scores) {
  std::vector<EntitySpan> g = SpansFromIob(gold), p = SpansFromIob(predicted);
  std::set<std::tuple<int, int, std::string>> gs;
  for (const EntitySpan& s : g) {
    gs.emplace(s.begin, s.end, s.type);
    scores->by_type[s.type];  // make the type show up even with no hits
  }
  for (const EntitySpan& s : p) {
    Counts& c = scores->by_type[s.type];
    if (gs.erase({s.begin, s.end, s.type})) {
      ++c.tp;
      ++scores->overall.tp;
    } else {
      ++c.fp;
      ++scores->overall.fp;
    }
  }
  for (const auto& [b, e, type] : gs) {
    ++scores->by_type[type].fn;
    ++scores->overall.fn;
  }
  scores->tokens += static_cast<long>(gold.size());
  ++scores->sentences;
}

Result<NerScores> ScoreIob(const std::vector<Sentence>& gold, const std::vector<Sentence>& predicted) {
  if (gold.size() != predicted.size()) {
    return Status::InvalidArgument(fmt::format("NER scoring: {} gold sentences but {} predicted",
                                               gold.size(), predicted.size()));
  }
  NerScores scores;
  std::vector<std::string> g, p;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].tokens.size() != predicted[i].tokens.size()) {
      return Status::InvalidArgument(
          fmt::format("NER scoring: sentence {} has {} gold tokens but {} predicted", i + 1,
                      gold[i].tokens.size(), predicted[i].tokens.size()));
    }
    g.clear();
    p.clear();
    for (const Token& t : gold[i].tokens) g.push_back(t.ner.empty() ? "O" : t.ner);
    for (const Token& t : predicted[i].tokens) p.push_back(t.ner.empty() ? "O" : t.ner);
    AddSentence(g, p, &scores);
  }
  return scores;
}

std::string NerScores::ToString() const {
  auto row = [](const std::string& name, const Counts& c) {
    return fmt::format("{:<8} precision {:6.2f}%  recall {:6.2f}%  F1 {:6.2f}%  (gold {}, predicted {}, correct {})\n",
                       name, 100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.tp + c.fn,
                       c.tp + c.fp, c.tp);
  };
  std::string out = fmt::format("{} sentences, {} tokens\n", sentences, tokens);
  out += row("overall", overall);
  for (const auto& [type, c] : by_type) out += row(type, c);
  return out;
}

}  // namespace herodotus::ner
