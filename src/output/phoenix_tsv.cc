// Phoenix event data layout (the daily files of the Open Event Data Alliance's
// Phoenix pipeline): 26 tab-separated columns, no quoting. Column list and the
// mapping from Event: docs/store.md "phoenix-tsv". Tabs and line breaks inside
// text become spaces, since the format has no escape.
#include <fmt/format.h>

#include "output/formats.h"
#include "output/json_text.h"

namespace herodotus::output {
namespace {

void Cell(std::string* out, std::string_view s) {
  size_t at = out->size();
  AppendValidUtf8(out, s);
  for (size_t i = at; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
}

void Tab(std::string* out) { out->push_back('\t'); }

// Full, Entity, Role, Attribute: role is the first sector, attribute the
// remaining sectors joined by ';'.
void ActorCells(std::string* out, const std::optional<ActorRef>& a) {
  if (!a) {
    out->append("\t\t\t");
    return;
  }
  Cell(out, a->code);
  Tab(out);
  Cell(out, ActorEntity(*a));
  Tab(out);
  if (!a->sectors.empty()) Cell(out, a->sectors[0]);
  Tab(out);
  for (size_t i = 1; i < a->sectors.size(); ++i) {
    if (i > 1) out->push_back(';');
    Cell(out, a->sectors[i]);
  }
}

}  // namespace

std::string_view ActorEntity(const ActorRef& a) {
  if (!a.country.empty()) return a.country;
  std::string_view code = a.code;
  if (code.substr(0, 3) == "IGO") return code.substr(0, 6);
  return code.substr(0, 3);
}

std::string_view PhoenixHeader(bool extended) {
  static constexpr std::string_view kHeader =
      "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\tSourceActorRole\t"
      "SourceActorAttribute\tTargetActorFull\tTargetActorEntity\tTargetActorRole\t"
      "TargetActorAttribute\tEventCode\tEventRootCode\tQuadClass\tGoldsteinScore\tIssues\t"
      "Lat\tLon\tLocationName\tStateName\tCountryCode\tSentenceID\tURLs\tNewsSources"
      "\tStatus\tSourceOfClaim\n";
  static constexpr std::string_view kExtra = "\tStatus\tSourceOfClaim\n";
  if (extended) return kHeader;
  static const std::string plain =
      std::string(kHeader.substr(0, kHeader.size() - kExtra.size())) + "\n";
  return plain;
}

void FormatPhoenixRow(const Event& e, const EventOrigin& origin, bool extended, std::string* out) {
  auto it = std::back_inserter(*out);
  Cell(out, e.event_id);
  Tab(out);
  if (e.date.known()) {
    fmt::format_to(it, "{:04d}{:02d}{:02d}\t{}\t{}\t{}", e.date.year, e.date.month, e.date.day,
                   e.date.year, e.date.month, e.date.day);
  } else {
    out->append("\t\t\t");
  }
  Tab(out);
  ActorCells(out, e.source);
  Tab(out);
  ActorCells(out, e.target);
  Tab(out);
  Cell(out, e.code);
  Tab(out);
  Cell(out, e.root);
  Tab(out);
  out->append(std::to_string(e.quad_class));
  Tab(out);
  AppendNumberText(out, e.goldstein);
  Tab(out);  // Issues: herodotus codes no Phoenix issues; left empty
  Tab(out);
  if (e.location && e.location->has_coordinates) {
    AppendNumberText(out, e.location->lat);
    Tab(out);
    AppendNumberText(out, e.location->lon);
  } else {
    Tab(out);
  }
  Tab(out);
  if (e.location) {
    Cell(out, e.location->name);
    Tab(out);
    Cell(out, e.location->admin1);
    Tab(out);
    Cell(out, e.location->country);
  } else {
    Tab(out);
    Tab(out);
  }
  Tab(out);
  Cell(out, e.article_id);
  fmt::format_to(it, "_{}", e.sentence);
  Tab(out);
  Cell(out, origin.url);
  Tab(out);
  Cell(out, origin.source);
  if (extended) {
    Tab(out);
    out->append(StatusName(e.status));
    Tab(out);
    if (e.source_of_claim) {
      Cell(out, e.source_of_claim->code.empty() ? e.source_of_claim->text : e.source_of_claim->code);
    }
  }
  out->push_back('\n');
}

}  // namespace herodotus::output
