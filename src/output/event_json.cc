// The DESIGN.md event line. Field order follows the contract's example; the
// additions (date_precision, plover.context, location admin1/geonameid/basis,
// actor backed_by) only ever add keys, never move or drop one.
#include "output/formats.h"
#include "output/json_text.h"

namespace herodotus::output {
namespace {

void Key(std::string* out, std::string_view k) {
  out->push_back('"');
  out->append(k);
  out->append("\":");
}

void AppendActor(std::string* out, const std::optional<ActorRef>& a) {
  if (!a) {
    out->append("null");
    return;
  }
  out->append("{\"text\":");
  AppendJsonString(out, a->text);
  out->append(",\"code\":");
  AppendJsonString(out, a->code);
  out->append(",\"country\":");
  AppendJsonString(out, a->country);
  out->append(",\"sectors\":[");
  for (size_t i = 0; i < a->sectors.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(out, a->sectors[i]);
  }
  out->push_back(']');
  if (!a->backed_by.empty()) {
    out->append(",\"backed_by\":");
    AppendJsonString(out, a->backed_by);
  }
  out->push_back('}');
}

void AppendLocation(std::string* out, const std::optional<Location>& l) {
  if (!l) {
    out->append("null");
    return;
  }
  out->append("{\"name\":");
  AppendJsonString(out, l->name);
  out->append(",\"country\":");
  AppendJsonString(out, l->country);
  out->append(",\"lat\":");
  if (l->has_coordinates) AppendJsonNumber(out, l->lat); else out->append("null");
  out->append(",\"lon\":");
  if (l->has_coordinates) AppendJsonNumber(out, l->lon); else out->append("null");
  if (!l->admin1.empty()) {
    out->append(",\"admin1\":");
    AppendJsonString(out, l->admin1);
  }
  if (l->geonameid != 0) {
    out->append(",\"geonameid\":");
    out->append(std::to_string(l->geonameid));
  }
  if (!l->basis.empty()) {
    out->append(",\"basis\":");
    AppendJsonString(out, l->basis);
  }
  out->push_back('}');
}

void AppendStringOrNull(std::string* out, std::string_view s) {
  if (s.empty()) out->append("null"); else AppendJsonString(out, s);
}

}  // namespace

void FormatEventJson(const Event& e, std::string* out) {
  out->append("{\"article_id\":");
  AppendJsonString(out, e.article_id);
  out->append(",\"sentence\":");
  out->append(std::to_string(e.sentence));
  out->append(",\"event_id\":");
  AppendJsonString(out, e.event_id);
  out->append(",\"date\":");
  AppendStringOrNull(out, e.date.ToString());
  out->append(",\"date_precision\":");
  AppendJsonString(out, e.date_precision);
  out->append(",\"code\":");
  AppendJsonString(out, e.code);
  out->append(",\"root\":");
  AppendJsonString(out, e.root);
  out->append(",\"quad_class\":");
  out->append(std::to_string(e.quad_class));
  out->append(",\"goldstein\":");
  AppendJsonNumber(out, e.goldstein);
  out->append(",\"plover\":{\"event\":");
  AppendJsonString(out, e.plover_event);
  out->append(",\"mode\":");
  AppendJsonString(out, e.plover_mode);
  if (!e.plover_context.empty()) {
    out->append(",\"context\":");
    AppendJsonString(out, e.plover_context);
  }
  out->append("},");
  Key(out, "source");
  AppendActor(out, e.source);
  out->push_back(',');
  Key(out, "target");
  AppendActor(out, e.target);
  out->append(",\"status\":");
  AppendJsonString(out, StatusName(e.status));
  out->push_back(',');
  Key(out, "source_of_claim");
  AppendActor(out, e.source_of_claim);
  out->push_back(',');
  Key(out, "location");
  AppendLocation(out, e.location);
  out->append(",\"claim_group\":");
  AppendStringOrNull(out, e.claim_group);
  out->append(",\"sentence_text\":");
  AppendJsonString(out, e.sentence_text);
  out->append(",\"evidence\":{\"trigger\":");
  AppendJsonString(out, e.trigger);
  out->append(",\"start\":");
  out->append(std::to_string(e.trigger_start));
  out->append(",\"end\":");
  out->append(std::to_string(e.trigger_end));
  out->append("}}\n");
}

}  // namespace herodotus::output
