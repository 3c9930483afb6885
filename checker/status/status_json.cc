#include "checker/status/status_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "checker/status/json_text.h"

namespace patmark {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Put(Writer* w, const char* key, std::string_view value) {
  w->Key(key);
  w->String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// The date members, in one place for both directions.
std::pair<const char*, std::optional<Date> LegalStatus::*> const kDates[] = {
    {"filing_date", &LegalStatus::filing_date},           {"grant_date", &LegalStatus::grant_date},
    {"expiry_date", &LegalStatus::expiry_date},           {"termination_date", &LegalStatus::termination_date},
    {"checked_on", &LegalStatus::checked_on}};

}  // namespace

std::string LegalStatusToJson(const LegalStatus& s) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  Put(&w, "state", LegalStateName(s.state));
  Put(&w, "source", s.source);
  Put(&w, "confidence", ConfidenceName(s.confidence));
  Put(&w, "type", PatentTypeName(s.type));
  for (const auto& [key, member] : kDates) {
    if ((s.*member).has_value()) Put(&w, key, (s.*member)->ToString());
  }
  Put(&w, "holder", s.holder);
  Put(&w, "title", s.title);
  Put(&w, "note", s.note);
  w.Key("events");
  w.StartArray();
  for (const LegalEvent& e : s.events) {
    w.StartObject();
    Put(&w, "date", e.date.ToString());
    Put(&w, "code", e.code);
    Put(&w, "description", e.description);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

StatusOr<LegalStatus> LegalStatusFromJson(std::string_view json) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError() || !d.IsObject()) return InvalidArgumentError("a cached status is not a JSON object");
  std::optional<LegalState> state = ParseLegalState(JsonText(d, "state"));
  if (!state) return InvalidArgumentError("a cached status has no state");
  LegalStatus s;
  s.state = *state;
  s.source = JsonText(d, "source");
  s.confidence = ParseConfidence(JsonText(d, "confidence")).value_or(Confidence::kNone);
  s.type = ParsePatentTypeName(JsonText(d, "type")).value_or(PatentType::kUnknown);
  for (const auto& [key, member] : kDates) {
    std::string text = JsonText(d, key);
    if (text.empty()) continue;
    StatusOr<Date> date = Date::Parse(text);
    if (!date.ok()) return InvalidArgumentError(std::string("a cached status has a bad ") + key);
    s.*member = *date;
  }
  s.holder = JsonText(d, "holder");
  s.title = JsonText(d, "title");
  s.note = JsonText(d, "note");
  auto events = d.FindMember("events");
  if (events != d.MemberEnd() && events->value.IsArray()) {
    for (const auto& e : events->value.GetArray()) {
      StatusOr<Date> date = Date::Parse(JsonText(e, "date"));
      if (!date.ok()) return InvalidArgumentError("a cached event has a bad date");
      s.events.push_back(LegalEvent{*date, JsonText(e, "code"), JsonText(e, "description")});
    }
  }
  return s;
}

}  // namespace patmark
