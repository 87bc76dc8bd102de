// Flat CSV of every Event field (the columns of the store's events table), for
// spreadsheets and R/pandas. RFC 4180: a cell with a comma, quote or line
// break is quoted and its quotes doubled. Sector lists are joined by ';'.
#include "output/formats.h"
#include "output/json_text.h"

namespace herodotus::output {
namespace {

void Cell(std::string* out, std::string_view s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    AppendValidUtf8(out, s);
    return;
  }
  out->push_back('"');
  size_t at = out->size();
  AppendValidUtf8(out, s);
  for (size_t i = at; i < out->size(); ++i) {
    if ((*out)[i] == '"') out->insert(out->begin() + static_cast<long>(i++), '"');
  }
  out->push_back('"');
}

void Num(std::string* out, int64_t v) { out->append(std::to_string(v)); }

void ActorCells(std::string* out, const std::optional<ActorRef>& a) {
  if (!a) {
    out->append(",,,");
    return;
  }
  Cell(out, a->text);
  out->push_back(',');
  Cell(out, a->code);
  out->push_back(',');
  Cell(out, a->country);
  out->push_back(',');
  for (size_t i = 0; i < a->sectors.size(); ++i) {
    if (i) out->push_back(';');
    Cell(out, a->sectors[i]);
  }
}

}  // namespace

std::string_view CsvHeader() {
  return "event_id,article_id,sentence,date,date_precision,code,root,quad_class,goldstein,"
         "plover_event,plover_mode,plover_context,"
         "source_text,source_code,source_country,source_sectors,"
         "target_text,target_code,target_country,target_sectors,"
         "status,claim_source_text,claim_source_code,claim_source_country,claim_source_sectors,"
         "claim_group,location_name,location_admin1,location_country,lat,lon,"
         "trigger,trigger_start,trigger_end,sentence_text,url,news_source\n";
}

void FormatCsvRow(const Event& e, const EventOrigin& origin, std::string* out) {
  Cell(out, e.event_id);
  out->push_back(',');
  Cell(out, e.article_id);
  out->push_back(',');
  Num(out, e.sentence);
  out->push_back(',');
  out->append(e.date.ToString());
  out->push_back(',');
  Cell(out, e.date_precision);
  out->push_back(',');
  Cell(out, e.code);
  out->push_back(',');
  Cell(out, e.root);
  out->push_back(',');
  Num(out, e.quad_class);
  out->push_back(',');
  AppendNumberText(out, e.goldstein);
  out->push_back(',');
  Cell(out, e.plover_event);
  out->push_back(',');
  Cell(out, e.plover_mode);
  out->push_back(',');
  Cell(out, e.plover_context);
  out->push_back(',');
  ActorCells(out, e.source);
  out->push_back(',');
  ActorCells(out, e.target);
  out->push_back(',');
  out->append(StatusName(e.status));
  out->push_back(',');
  ActorCells(out, e.source_of_claim);
  out->push_back(',');
  Cell(out, e.claim_group);
  out->push_back(',');
  if (e.location) {
    Cell(out, e.location->name);
    out->push_back(',');
    Cell(out, e.location->admin1);
    out->push_back(',');
    Cell(out, e.location->country);
    out->push_back(',');
    if (e.location->has_coordinates) {
      AppendNumberText(out, e.location->lat);
      out->push_back(',');
      AppendNumberText(out, e.location->lon);
    } else {
      out->push_back(',');
    }
  } else {
    out->append(",,,,");
  }
  out->push_back(',');
  Cell(out, e.trigger);
  out->push_back(',');
  Num(out, e.trigger_start);
  out->push_back(',');
  Num(out, e.trigger_end);
  out->push_back(',');
  Cell(out, e.sentence_text);
  out->push_back(',');
  Cell(out, origin.url);
  out->push_back(',');
  Cell(out, origin.source);
  out->push_back('\n');
}

}  // namespace herodotus::output
