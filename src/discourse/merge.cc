#include "discourse/merge.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "discourse/dates.h"

namespace herodotus::discourse {

namespace {

std::string ActorKey(const std::optional<ActorRef>& a) {
  if (!a) return "-";
  return a->code.empty() ? "text:" + a->text : a->code;
}

// What must be equal for two events to be one happening, the date and place
// apart (those are compared within the group).
std::string GroupKey(const Event& e) {
  std::string root = !e.root.empty() ? e.root : e.code.substr(0, std::min<size_t>(2, e.code.size()));
  return root + '|' + ActorKey(e.source) + '|' + ActorKey(e.target) + '|' +
         (ClaimsOccurrence(e.status) ? "happened" : "not");
}

// "" = no place. Places the gazetteer does not know compare by their words.
std::string PlaceKey(const std::optional<Location>& l) {
  if (!l) return "";
  if (l->geonameid != 0) return "g:" + std::to_string(l->geonameid);
  if (l->name.empty()) return "";
  std::string k = "n:";
  for (char c : l->name) k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return k + '|' + l->country;
}

struct Cluster {
  long anchor = 0;             // days since 1970 of the earliest member (day precision)
  std::string place;           // "" until a member has one
  std::vector<size_t> members; // input indices, in date order
};

bool DayPrecise(const Event& e) { return e.date.known() && e.date_precision == "day"; }

long Days(const Date& d) { return DaysFromCivil(d.year, d.month, d.day); }

// Adds event i to the oldest cluster of `list` that `reachable` accepts
// (clusters are in anchor order, so those form a tail of the list) and whose
// place agrees, or starts a new one.
template <typename Reachable>
void AddToCluster(std::vector<Cluster>* list, size_t i, long day, const std::string& place,
                  Reachable reachable) {
  size_t first = list->size();
  while (first > 0 && reachable((*list)[first - 1])) --first;
  for (size_t k = first; k < list->size(); ++k) {
    Cluster& c = (*list)[k];
    if (!place.empty() && !c.place.empty() && c.place != place) continue;
    if (c.place.empty()) c.place = place;
    c.members.push_back(i);
    return;
  }
  list->push_back(Cluster{day, place, {i}});
}

}  // namespace

size_t MergedEvent::num_articles() const {
  std::set<std::string_view> ids;
  for (const Mention& m : mentions) ids.insert(m.article_id);
  return ids.size();
}

Mention MentionOf(const Event& e) {
  Mention m;
  m.article_id = e.article_id;
  m.sentence = e.sentence;
  m.event_id = e.event_id;
  m.date = e.date;
  m.date_precision = e.date_precision;
  m.code = e.code;
  m.status = e.status;
  m.source_of_claim = e.source_of_claim;
  return m;
}

MergedEvent Unmerged(Event e) {
  MergedEvent m;
  m.mentions.push_back(MentionOf(e));
  m.event = std::move(e);
  return m;
}

std::vector<MergedEvent> MergeEvents(std::vector<MergedEvent> events, const MergeOptions& options) {
  for (MergedEvent& m : events)
    if (m.mentions.empty()) m.mentions.push_back(MentionOf(m.event));

  // Input indices by group, then by date within the group.
  std::unordered_map<std::string, std::vector<size_t>> groups;
  std::vector<std::string> group_order;
  for (size_t i = 0; i < events.size(); ++i) {
    auto [it, fresh] = groups.try_emplace(GroupKey(events[i].event));
    if (fresh) group_order.push_back(it->first);
    it->second.push_back(i);
  }
  const long gap = std::max(0, options.max_day_gap);
  std::vector<std::vector<size_t>> clusters;  // every cluster's members
  for (const std::string& key : group_order) {
    std::vector<size_t>& idx = groups[key];
    std::vector<Cluster> day;                             // by anchor, ascending
    std::map<std::string, std::vector<Cluster>> coarse;   // by "date precision"
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
      const Event &ea = events[a].event, &eb = events[b].event;
      bool da = DayPrecise(ea), db = DayPrecise(eb);
      if (da != db) return da;
      return da && Days(ea.date) < Days(eb.date);
    });
    for (size_t i : idx) {
      const Event& e = events[i].event;
      std::string place = PlaceKey(e.location);
      if (DayPrecise(e)) {
        long d = Days(e.date);
        AddToCluster(&day, i, d, place, [&](const Cluster& c) { return d - c.anchor <= gap; });
      } else if (e.date.known()) {
        AddToCluster(&coarse[e.date.ToString() + ' ' + e.date_precision], i, 0, place,
              [](const Cluster&) { return true; });
      } else {
        clusters.push_back({i});  // no date: a happening of its own
      }
    }
    for (Cluster& c : day) clusters.push_back(std::move(c.members));
    for (auto& [k, list] : coarse)
      for (Cluster& c : list) clusters.push_back(std::move(c.members));
  }

  // One merged event per cluster, in the input order of its first member.
  for (std::vector<size_t>& c : clusters) std::sort(c.begin(), c.end());
  std::sort(clusters.begin(), clusters.end(),
            [](const std::vector<size_t>& a, const std::vector<size_t>& b) { return a[0] < b[0]; });
  std::vector<MergedEvent> out;
  out.reserve(clusters.size());
  for (const std::vector<size_t>& c : clusters) {
    size_t rep = c[0];
    for (size_t i : c)
      if (events[i].event.status < events[rep].event.status) rep = i;
    MergedEvent m;
    m.event = std::move(events[rep].event);
    // The same event read twice (overlapping inputs, a merged file merged
    // with its own input) is one mention: same article, same event id.
    std::set<std::pair<std::string, std::string>> seen;
    for (size_t i : c) {
      if (!m.event.location && i != rep && events[i].event.location)
        m.event.location = events[i].event.location;
      for (Mention& mention : events[i].mentions) {
        if (!mention.event_id.empty() && !seen.emplace(mention.article_id, mention.event_id).second)
          continue;
        m.mentions.push_back(std::move(mention));
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace herodotus::discourse
