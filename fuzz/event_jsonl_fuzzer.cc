// Fuzz target: reading back event JSON Lines (`herodotus merge`), then the
// one-a-day filter and the merge over what was read. Any input must give
// events or reasons, never a crash; the merge must keep every mention (a
// mention read twice may count once), and every event read must write back
// to a line that reads again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "discourse/dedup.h"
#include "discourse/event_jsonl.h"
#include "discourse/merge.h"
#include "output/formats.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace herodotus::discourse;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  EventLineParser parser;
  std::vector<MergedEvent> events;
  size_t mentions = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string line(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    const std::string copy = line;
    MergedEvent m;
    std::string reason = parser.Parse(&line, &m);
    Check(line == copy);
    if (!reason.empty()) continue;
    Check(!m.event.article_id.empty() && !m.mentions.empty());
    // What was read writes back to a line that reads again the same.
    std::string out;
    herodotus::output::FormatEventJson(m.event, &out);
    out.pop_back();
    MergedEvent again;
    Check(parser.Parse(&out, &again).empty());
    Check(again.event.event_id == m.event.event_id && again.event.code == m.event.code);
    mentions += m.mentions.size();
    events.push_back(std::move(m));
  }
  // A mention read twice (same article and event id) may count once.
  std::set<std::pair<std::string, std::string>> distinct;
  size_t without_id = 0;
  for (const MergedEvent& m : events)
    for (const Mention& x : m.mentions) {
      if (x.event_id.empty()) ++without_id;
      else distinct.emplace(x.article_id, x.event_id);
    }
  std::vector<MergedEvent> copy = events;
  size_t dropped = OneADay(&copy);
  Check(dropped + copy.size() == events.size());
  std::vector<MergedEvent> merged = MergeEvents(std::move(events), MergeOptions{});
  size_t after = 0;
  for (const MergedEvent& m : merged) {
    Check(m.num_articles() >= 1 && m.num_articles() <= m.mentions.size());
    after += m.mentions.size();
  }
  Check(after <= mentions && after >= distinct.size() + without_id);
  return 0;
}
