#include "checker/remote/http_json_source.h"

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

#include <algorithm>

#include "checker/remote/internal/lookups.h"

namespace patmark {
namespace {

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) s->replace(at, from.size(), to);
}

constexpr std::pair<const char*, std::optional<Date> LegalStatus::*> kDateFields[] = {
    {"filing_date", &LegalStatus::filing_date},           {"grant_date", &LegalStatus::grant_date},
    {"expiry_date", &LegalStatus::expiry_date},           {"termination_date", &LegalStatus::termination_date},
    {"checked_on", &LegalStatus::checked_on}};

}  // namespace

std::string ExpandUrl(const std::string& url_template, const CheckedNumber& number) {
  std::string url = url_template;
  ReplaceAll(&url, "{canonical}", UrlEscape(number.canonical));
  ReplaceAll(&url, "{number}", UrlEscape(number.core.empty() ? number.canonical.substr(std::min<size_t>(2, number.canonical.size())) : number.core));
  ReplaceAll(&url, "{office}", UrlEscape(number.jurisdiction));
  return url;
}

StatusOr<LegalStatus> StatusFromHttpJson(std::string_view json, const HttpJsonOptions& options) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError()) return InvalidArgumentError("the answer is not JSON");
  auto at = [&](const std::string& field) -> const rapidjson::Value* {
    auto path = options.paths.find(field);
    if (path == options.paths.end()) return nullptr;
    rapidjson::Pointer pointer(path->second.c_str());
    return pointer.IsValid() ? pointer.Get(d) : nullptr;
  };
  const rapidjson::Value* word = at("state");
  if (word == nullptr || !word->IsString()) return InvalidArgumentError("no state (a string) at paths.state");
  auto mapped = options.states.find(word->GetString());
  if (mapped == options.states.end()) {
    return InvalidArgumentError(std::string("the state \"") + word->GetString() + "\" is not in the config's states map");
  }
  std::optional<LegalState> state = ParseLegalState(mapped->second);
  if (!state) return InvalidArgumentError("the states map gives \"" + mapped->second + "\", which is no patmark state");
  LegalStatus s;
  s.state = *state;
  s.source = options.name;
  s.confidence = Confidence::kAuthoritative;
  for (const auto& [field, member] : kDateFields) {
    const rapidjson::Value* v = at(field);
    if (v == nullptr || v->IsNull()) continue;
    StatusOr<Date> date = v->IsString() ? Date::Parse(std::string(v->GetString()).substr(0, 10)) : InvalidArgumentError("");
    if (!date.ok()) return InvalidArgumentError(std::string("paths.") + field + " is not a YYYY-MM-DD date");
    s.*member = *date;
  }
  return s;
}

HttpJsonSource::HttpJsonSource(HttpJsonOptions options, std::unique_ptr<HttpTransport> transport)
    : options_(std::move(options)), transport_(std::move(transport)) {}

Status HttpJsonSource::Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) {
  std::vector<remote_internal::Answer> answers =
      remote_internal::AskEach(*transport_, numbers, [&](const CheckedNumber& n) -> std::optional<HttpRequest> {
        const auto& offices = options_.offices;
        if (!offices.empty() && std::find(offices.begin(), offices.end(), n.jurisdiction) == offices.end()) {
          return std::nullopt;
        }
        HttpRequest r;
        r.url = ExpandUrl(options_.url_template, n);
        r.headers = options_.headers;
        return r;
      });
  remote_internal::FailedLookups failed;
  for (remote_internal::Answer& a : answers) {
    const CheckedNumber& number = numbers[a.index];
    if (!a.response.ok()) {
      failed.Add(a.response.status().message());
    } else if (a.response->status == 404) {
      continue;
    } else if (a.response->status != 200) {
      failed.Add(number.canonical + ": HTTP " + std::to_string(a.response->status));
    } else if (StatusOr<LegalStatus> status = StatusFromHttpJson(a.response->body, options_); status.ok()) {
      (*out)[a.index] = std::move(*status);
    } else {
      failed.Add(number.canonical + ": " + status.status().message());
    }
  }
  return failed.Result(answers.size());
}

}  // namespace patmark
