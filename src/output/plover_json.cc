// PLOVER JSON records, following the field names of the PLOVER codebook's
// "JSON Data Fields" chapter (Open Event Data Alliance, draft 0.7b1): id, date,
// source / recipient as lists of actor objects {code, sector, actor_text},
// event / mode / context as lists, quad_code, event_scale, event_text,
// event_loc (geonames names: name, latitude, longitude, cc3, geonameid),
// text, text_info {sequence}, cite_info {url, title, publication}, coder.
// herodotus adds named fields the codebook invites providers to add:
// cameo {code, root}, status, source_of_claim (actor list), claim_group,
// article_id. Mapping and caveats: docs/store.md "plover".
#include "output/formats.h"
#include "output/json_text.h"

namespace herodotus::output {
namespace {

// A PLOVER actor object. `code` is the 3-character top-level code (country or
// IGO), `sector` the first one or two CAMEO sectors (3 or 6 characters, as the
// codebook allows), `cameo_code` (extension) the full code.
void AppendActorList(std::string* out, const std::optional<ActorRef>& a) {
  out->push_back('[');
  if (a) {
    out->push_back('{');
    bool first = true;
    auto field = [&](std::string_view k) {
      if (!first) out->push_back(',');
      first = false;
      out->push_back('"');
      out->append(k);
      out->append("\":");
    };
    std::string_view entity = ActorEntity(*a);
    if (!entity.empty()) {
      field("code");
      AppendJsonString(out, entity.substr(0, 3));
    }
    if (!a->sectors.empty()) {
      field("sector");
      std::string sector = a->sectors[0];
      if (a->sectors.size() > 1) sector += a->sectors[1];
      AppendJsonString(out, sector);
    }
    field("actor_text");
    AppendJsonString(out, a->text);
    if (!a->code.empty()) {
      field("cameo_code");
      AppendJsonString(out, a->code);
    }
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendOneOrNone(std::string* out, std::string_view s) {
  out->push_back('[');
  if (!s.empty()) AppendJsonString(out, s);
  out->push_back(']');
}

}  // namespace

void FormatPloverJson(const Event& e, const EventOrigin& origin, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(out, e.event_id);
  out->append(",\"date\":");
  if (e.date.known()) AppendJsonString(out, e.date.ToString()); else out->append("null");
  out->append(",\"source\":");
  AppendActorList(out, e.source);
  out->append(",\"recipient\":");
  AppendActorList(out, e.target);
  out->append(",\"event\":");
  AppendOneOrNone(out, e.plover_event);
  out->append(",\"mode\":");
  AppendOneOrNone(out, e.plover_mode);
  out->append(",\"context\":");
  AppendOneOrNone(out, e.plover_context);
  if (e.quad_class >= 1 && e.quad_class <= 4) {
    out->append(",\"quad_code\":");
    out->append(std::to_string(e.quad_class));
  }
  out->append(",\"event_scale\":");
  AppendJsonNumber(out, e.goldstein);
  out->append(",\"event_text\":");
  AppendOneOrNone(out, e.trigger);
  if (e.location) {
    const Location& l = *e.location;
    out->append(",\"event_loc\":{\"name\":");
    AppendJsonString(out, l.name);
    if (l.has_coordinates) {
      out->append(",\"latitude\":");
      AppendJsonNumber(out, l.lat);
      out->append(",\"longitude\":");
      AppendJsonNumber(out, l.lon);
    }
    if (!l.country.empty()) {
      out->append(",\"cc3\":");
      AppendJsonString(out, l.country);
    }
    if (l.geonameid != 0) {
      out->append(",\"geonameid\":");
      out->append(std::to_string(l.geonameid));
    }
    out->push_back('}');
  }
  out->append(",\"text\":");
  AppendJsonString(out, e.sentence_text);
  out->append(",\"text_info\":{\"sequence\":");
  out->append(std::to_string(e.sentence));
  out->push_back('}');
  if (!origin.url.empty() || !origin.title.empty() || !origin.source.empty()) {
    out->append(",\"cite_info\":{");
    bool first = true;
    auto field = [&](std::string_view k, std::string_view v) {
      if (v.empty()) return;
      if (!first) out->push_back(',');
      first = false;
      out->push_back('"');
      out->append(k);
      out->append("\":");
      AppendJsonString(out, v);
    };
    field("url", origin.url);
    field("title", origin.title);
    field("publication", origin.source);
    out->push_back('}');
  }
  out->append(",\"coder\":\"herodotus\"");
  out->append(",\"cameo\":{\"code\":");
  AppendJsonString(out, e.code);
  out->append(",\"root\":");
  AppendJsonString(out, e.root);
  out->append("},\"status\":");
  AppendJsonString(out, StatusName(e.status));
  out->append(",\"source_of_claim\":");
  AppendActorList(out, e.source_of_claim);
  out->append(",\"claim_group\":");
  if (e.claim_group.empty()) out->append("null"); else AppendJsonString(out, e.claim_group);
  out->append(",\"article_id\":");
  AppendJsonString(out, e.article_id);
  out->append("}\n");
}

}  // namespace herodotus::output
