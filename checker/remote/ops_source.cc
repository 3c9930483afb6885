#include "checker/remote/ops_source.h"

#include <rapidjson/document.h>

#include "checker/remote/internal/lookups.h"

#include <cstdlib>

#include "checker/remote/ops_legal.h"

namespace patmark {
namespace {

using Clock = std::chrono::steady_clock;

bool IsXml(const HttpResponse& r) {
  return r.Header("Content-Type").find("xml") != std::string_view::npos || r.body.starts_with("<");
}

// The <message> of an OPS XML error body, for messages users can act on.
std::string XmlMessage(const std::string& body) {
  size_t begin = body.find("<message>");
  size_t end = body.find("</message>");
  if (begin == std::string::npos || end == std::string::npos || end < begin) return "";
  return body.substr(begin + 9, end - begin - 9);
}

bool IsInvalidToken(const HttpResponse& r) {
  return r.status == 400 && XmlMessage(r.body) == "invalid_access_token";
}

}  // namespace

OpsSource::OpsSource(OpsOptions options, HttpTransport* transport)
    : options_(std::move(options)), transport_(transport) {}

OpsSource::OpsSource(OpsOptions options, std::unique_ptr<HttpTransport> transport)
    : options_(std::move(options)), owned_transport_(std::move(transport)), transport_(owned_transport_.get()) {}

Status OpsSource::RequestToken() {
  HttpRequest request;
  request.method = "POST";
  request.url = options_.base_url + "/auth/accesstoken";
  request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
  request.body = "grant_type=client_credentials";
  request.username = options_.consumer_key;
  request.password = options_.consumer_secret;
  ++tokens_requested_;
  StatusOr<HttpResponse> answer = std::move(transport_->Perform({request})[0]);
  if (!answer.ok()) return answer.status();
  if (answer->status == 400 || answer->status == 401 || answer->status == 403) {
    down_ = "the consumer key and secret were refused (HTTP " + std::to_string(answer->status) +
            "); check the variables the config names for them";
    return FailedPreconditionError(down_);
  }
  rapidjson::Document doc;
  if (answer->status == 200 && !IsXml(*answer)) doc.Parse(answer->body.c_str());
  if (answer->status != 200 || doc.HasParseError() || !doc.IsObject() || !doc.HasMember("access_token") ||
      !doc["access_token"].IsString()) {
    return UnavailableError("the token endpoint answered HTTP " + std::to_string(answer->status) + " without a token");
  }
  token_ = doc["access_token"].GetString();
  // expires_in is a string in OPS's JSON ("1199"); a number is taken too.
  long seconds = 0;
  if (doc.HasMember("expires_in") && doc["expires_in"].IsString()) seconds = std::strtol(doc["expires_in"].GetString(), nullptr, 10);
  if (doc.HasMember("expires_in") && doc["expires_in"].IsInt64()) seconds = static_cast<long>(doc["expires_in"].GetInt64());
  token_expiry_ = Clock::now() + std::chrono::seconds(std::max(0L, seconds - 60));
  return OkStatus();
}

Status OpsSource::EnsureToken() {
  if (!token_.empty() && Clock::now() < token_expiry_) return OkStatus();
  token_.clear();
  return RequestToken();
}

HttpRequest OpsSource::LegalRequest(const std::string& path) const {
  HttpRequest request;
  request.url = options_.base_url + "/rest-services/" + path;
  request.headers = {{"Accept", "application/json"}, {"Authorization", "Bearer " + token_}};
  return request;
}

Status OpsSource::Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) {
  if (!down_.empty()) return FailedPreconditionError(down_);
  std::vector<size_t> asked;  // index into numbers
  std::vector<std::string> paths;
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (std::optional<OpsReference> ref = OpsReferenceOf(numbers[i])) {
      asked.push_back(i);
      paths.push_back(ref->Path());
    }
  }
  remote_internal::FailedLookups failed;
  for (size_t start = 0; start < asked.size(); start += options_.requests_per_round) {
    size_t end = std::min(asked.size(), start + options_.requests_per_round);
    if (Status s = EnsureToken(); !s.ok()) return s;
    std::vector<HttpRequest> requests;
    for (size_t k = start; k < end; ++k) requests.push_back(LegalRequest(paths[k]));
    std::vector<StatusOr<HttpResponse>> answers = transport_->Perform(requests);
    // A token that expired early: one new token, and the refused requests again.
    std::vector<size_t> replay;
    for (size_t k = 0; k < answers.size(); ++k) {
      if (answers[k].ok() && IsInvalidToken(*answers[k])) replay.push_back(k);
    }
    if (!replay.empty()) {
      token_.clear();
      if (Status s = RequestToken(); !s.ok()) return s;
      std::vector<HttpRequest> again;
      for (size_t k : replay) again.push_back(LegalRequest(paths[start + k]));
      std::vector<StatusOr<HttpResponse>> replayed = transport_->Perform(again);
      for (size_t r = 0; r < replay.size(); ++r) answers[replay[r]] = std::move(replayed[r]);
    }
    for (size_t k = 0; k < answers.size(); ++k) {
      const size_t i = asked[start + k];
      const StatusOr<HttpResponse>& answer = answers[k];
      std::string failure;
      if (!answer.ok()) {
        failure = answer.status().message();
      } else if (answer->status == 200 && !IsXml(*answer)) {
        StatusOr<OpsLegal> legal = ParseOpsLegal(answer->body);
        if (legal.ok()) {
          LegalStatus status = StatusFromOpsEvents(*legal, numbers[i]);
          if (status.state != LegalState::kUnknown) (*out)[i] = std::move(status);
          continue;
        }
        failure = numbers[i].canonical + ": " + legal.status().message();
      } else if (answer->status == 404) {
        continue;  // OPS does not know it: no answer, the next source may
      } else if (answer->status == 403 && !answer->Header("X-Rejection-Reason").empty()) {
        // Fair-use quota: nothing more will be answered this hour.
        return ResourceExhaustedError("quota exhausted (" + std::string(answer->Header("X-Rejection-Reason")) +
                                      "); " + std::to_string(asked.size() - (start + k)) + " numbers left unanswered");
      } else {
        failure = numbers[i].canonical + ": HTTP " + std::to_string(answer->status) +
                  (IsXml(*answer) && !XmlMessage(answer->body).empty() ? " " + XmlMessage(answer->body) : "");
      }
      failed.Add(std::move(failure));
    }
  }
  return failed.Result(asked.size());
}

}  // namespace patmark
