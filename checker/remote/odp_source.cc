#include "checker/remote/odp_source.h"

#include <rapidjson/document.h>

#include "checker/remote/internal/lookups.h"
#include "checker/status/json_text.h"

#include <set>

namespace patmark {
namespace {

std::optional<Date> DateAt(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return std::nullopt;
  StatusOr<Date> d = Date::Parse(std::string(it->value.GetString()).substr(0, 10));
  return d.ok() ? std::optional<Date>(*d) : std::nullopt;
}

// Abandonment codes of the status-code list (research §2.1: 161 and kin).
const std::set<int> kAbandoned = {159, 160, 161, 162, 163, 164, 165, 166, 168, 169};

// The US patent number as ODP's patentNumber holds it: "7654321", "D789012".
std::string OdpNumber(const CheckedNumber& n) { return n.canonical.size() > 2 ? n.canonical.substr(2) : ""; }

}  // namespace

StatusOr<std::optional<LegalStatus>> StatusFromOdpAnswer(std::string_view json, const CheckedNumber& number) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError() || !d.IsObject()) return InvalidArgumentError("not an ODP answer (not a JSON object)");
  auto bag = d.FindMember("patentFileWrapperDataBag");
  if (bag == d.MemberEnd() || !bag->value.IsArray()) return InvalidArgumentError("not an ODP answer (no patentFileWrapperDataBag)");
  for (const rapidjson::Value& record : bag->value.GetArray()) {
    auto meta_it = record.FindMember("applicationMetaData");
    if (meta_it == record.MemberEnd() || !meta_it->value.IsObject()) continue;
    const rapidjson::Value& meta = meta_it->value;
    if (JsonText(meta, "patentNumber") != OdpNumber(number)) continue;
    LegalStatus s;
    s.source = "uspto";
    s.confidence = Confidence::kAuthoritative;
    s.filing_date = DateAt(meta, "effectiveFilingDate");
    if (!s.filing_date) s.filing_date = DateAt(meta, "filingDate");
    s.grant_date = DateAt(meta, "grantDate");
    s.title = JsonText(meta, "inventionTitle");
    s.checked_on = DateAt(record, "lastIngestionDateTime");
    const std::string type = JsonText(meta, "applicationTypeCode");
    s.type = type == "DSN" ? PatentType::kDesign : type == "PLT" ? PatentType::kPlant : PatentType::kInvention;
    int code = 0;
    if (auto c = meta.FindMember("applicationStatusCode"); c != meta.MemberEnd() && c->value.IsInt()) code = c->value.GetInt();
    std::string description = JsonText(meta, "applicationStatusDescriptionText");
    const std::optional<Date> status_date = DateAt(meta, "applicationStatusDate");
    s.events.push_back(LegalEvent{status_date.value_or(Date()), std::to_string(code), description});
    // The term: utility 20 years from filing plus PTA; design 14 or 15 from grant.
    if (s.type == PatentType::kDesign && s.grant_date && s.filing_date) {
      s.expiry_date = s.grant_date->AddYears(*s.filing_date < Date(2015, 5, 13) ? 14 : 15);
    } else if (s.filing_date && s.type != PatentType::kDesign) {
      int pta = 0;
      if (auto a = record.FindMember("patentTermAdjustmentData"); a != record.MemberEnd() && a->value.IsObject()) {
        if (auto q = a->value.FindMember("adjustmentTotalQuantity"); q != a->value.MemberEnd() && q->value.IsInt()) pta = q->value.GetInt();
      }
      s.expiry_date = s.filing_date->AddYears(20).AddDays(pta);
    }
    if (code == 250 && s.grant_date) {
      s.state = LegalState::kLapsed;
      // Expired at the end of the grace period of the fee left unpaid.
      for (int years : {4, 8, 12}) {
        Date end = s.grant_date->AddYears(years);
        if (!status_date || end <= *status_date) s.termination_date = end;
      }
    } else if (code == 150 && s.grant_date) {
      s.state = LegalState::kInForce;
      if (s.type == PatentType::kInvention && s.checked_on) {
        for (int months : {42, 90, 138}) {  // 3.5, 7.5, 11.5 years
          Date due = s.grant_date->AddMonths(months);
          if (due.AddMonths(6) < *s.checked_on) continue;
          s.note = "next maintenance fee due " + due.ToString() + ", payable with surcharge until " +
                   due.AddMonths(6).ToString() + " (35 USC 41(b))";
          break;
        }
      }
    } else if (kAbandoned.count(code) > 0) {
      s.state = LegalState::kAbandoned;
      s.termination_date = status_date;
    } else {
      s.state = s.grant_date ? LegalState::kInForce : LegalState::kPending;
      s.note = "status " + std::to_string(code) + ": " + description;
    }
    return std::optional<LegalStatus>(std::move(s));
  }
  return std::optional<LegalStatus>();
}

OdpSource::OdpSource(OdpOptions options, std::unique_ptr<HttpTransport> transport)
    : options_(std::move(options)), transport_(std::move(transport)) {}

Status OdpSource::Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) {
  if (!down_.empty()) return FailedPreconditionError(down_);
  std::vector<remote_internal::Answer> answers =
      remote_internal::AskEach(*transport_, numbers, [&](const CheckedNumber& n) -> std::optional<HttpRequest> {
        if (n.jurisdiction != "US" || n.kind != NumberKind::kPatent) return std::nullopt;
        HttpRequest r;
        r.url = options_.base_url + "/api/v1/patent/applications/search?q=applicationMetaData.patentNumber%3A" +
                OdpNumber(n);
        r.headers = {{"X-API-KEY", options_.api_key}};
        return r;
      });
  remote_internal::FailedLookups failed;
  for (remote_internal::Answer& a : answers) {
    const CheckedNumber& number = numbers[a.index];
    std::string failure;
    if (!a.response.ok()) {
      failure = a.response.status().message();
    } else if (a.response->status == 403) {
      down_ = "the API key was refused (HTTP 403); check the variable the config names for it";
      return FailedPreconditionError(down_);
    } else if (a.response->status == 404) {
      continue;  // no record: ODP holds applications filed from 2001 only
    } else if (a.response->status == 200) {
      StatusOr<std::optional<LegalStatus>> status = StatusFromOdpAnswer(a.response->body, number);
      if (status.ok()) {
        (*out)[a.index] = std::move(*status);
        continue;
      }
      failure = number.canonical + ": " + status.status().message();
    } else {
      failure = number.canonical + ": HTTP " + std::to_string(a.response->status);
    }
    failed.Add(std::move(failure));
  }
  return failed.Result(answers.size());
}

}  // namespace patmark
