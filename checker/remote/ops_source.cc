#include "checker/remote/ops_source.h"

#include <rapidjson/document.h>

#include "checker/remote/internal/lookups.h"

#include <cstdlib>
#include <map>

#include "checker/remote/ops_legal.h"

namespace patmark {
namespace {

using SteadyClock = std::chrono::steady_clock;

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
  token_expiry_ = SteadyClock::now() + std::chrono::seconds(std::max(0L, seconds - 60));
  return OkStatus();
}

Status OpsSource::EnsureToken() {
  if (!token_.empty() && SteadyClock::now() < token_expiry_) return OkStatus();
  token_.clear();
  return RequestToken();
}

void OpsSource::Authorize(HttpRequest* request) const {
  for (auto& [name, value] : request->headers) {
    if (name == "Authorization") value = "Bearer " + token_;
  }
}

std::vector<StatusOr<HttpResponse>> OpsSource::Send(std::vector<HttpRequest> requests, Status* fatal) {
  if (SteadyClock::now() < next_request_) {
    options_.sleep(std::chrono::duration_cast<std::chrono::milliseconds>(next_request_ - SteadyClock::now()));
  }
  std::vector<StatusOr<HttpResponse>> answers = transport_->Perform(requests);
  // A token that expired early: one new token, and the refused requests again.
  // A black inpadoc bucket: wait what Retry-After asks, and once more.
  for (const bool renew : {true, false}) {
    std::vector<size_t> again;
    std::chrono::milliseconds wait{0};
    for (size_t k = 0; k < answers.size(); ++k) {
      if (!answers[k].ok()) continue;
      if (renew && IsInvalidToken(*answers[k])) again.push_back(k);
      std::optional<OpsThrottle> t = ParseThrottling(answers[k]->Header("X-Throttling-Control"), "inpadoc");
      if (!renew && t && t->colour == "black" && answers[k]->status != 200) {
        again.push_back(k);
        std::string_view after = answers[k]->Header("Retry-After");
        wait = std::max(wait, std::chrono::milliseconds(after.empty() ? 60000 : std::atol(std::string(after).c_str())));
      }
    }
    if (again.empty()) continue;
    if (renew) {
      token_.clear();
      if (Status s = RequestToken(); !s.ok()) {
        *fatal = s;
        return answers;
      }
    } else {
      options_.sleep(wait);
    }
    std::vector<HttpRequest> retry;
    for (size_t k : again) {
      retry.push_back(requests[k]);
      Authorize(&retry.back());
    }
    std::vector<StatusOr<HttpResponse>> retried = transport_->Perform(retry);
    for (size_t r = 0; r < again.size(); ++r) answers[again[r]] = std::move(retried[r]);
  }
  // Pace what follows at the bucket's allowance.
  for (const auto& answer : answers) {
    if (!answer.ok()) continue;
    std::optional<OpsThrottle> t = ParseThrottling(answer->Header("X-Throttling-Control"), "inpadoc");
    if (t && t->per_minute > 0) {
      next_request_ = SteadyClock::now() + std::chrono::milliseconds(60000 * static_cast<long>(requests.size()) / t->per_minute);
      break;
    }
  }
  return answers;
}

Status OpsSource::Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) {
  if (!down_.empty()) return FailedPreconditionError(down_);
  // Numbers by reference form, each form in bulk requests of bulk_size.
  struct Chunk {
    std::vector<size_t> indices;
    std::vector<std::string> references;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Chunk>> by_form;
  size_t asked = 0;
  for (size_t i = 0; i < numbers.size(); ++i) {
    std::optional<OpsReference> ref = OpsReferenceOf(numbers[i]);
    if (!ref) continue;
    std::vector<Chunk>& chunks = by_form[{ref->type, ref->format}];
    if (chunks.empty() || chunks.back().indices.size() >= options_.bulk_size) chunks.emplace_back();
    chunks.back().indices.push_back(i);
    chunks.back().references.push_back(ref->number);
    ++asked;
  }
  if (asked == 0) return OkStatus();
  if (Status s = EnsureToken(); !s.ok()) return s;
  std::vector<const Chunk*> chunks;
  std::vector<HttpRequest> requests;
  for (const auto& [form, list] : by_form) {
    for (const Chunk& chunk : list) {
      HttpRequest r;
      r.method = "POST";
      r.url = options_.base_url + "/rest-services/legal/" + form.first + "/" + form.second;
      r.headers = {{"Accept", "application/json"}, {"Content-Type", "text/plain"}, {"Authorization", ""}};
      for (const std::string& reference : chunk.references) r.body += reference + "\n";
      Authorize(&r);
      requests.push_back(std::move(r));
      chunks.push_back(&chunk);
    }
  }
  Status fatal = OkStatus();
  std::vector<StatusOr<HttpResponse>> answers = Send(std::move(requests), &fatal);
  if (!fatal.ok()) return fatal;
  remote_internal::FailedLookups failed;
  for (size_t c = 0; c < answers.size(); ++c) {
    const Chunk& chunk = *chunks[c];
    const StatusOr<HttpResponse>& answer = answers[c];
    std::string failure;
    if (answer.ok() && answer->status == 200 && !IsXml(*answer)) {
      StatusOr<std::vector<std::pair<std::string, OpsLegal>>> families = ParseOpsLegalFamilies(answer->body);
      if (families.ok()) {
        for (size_t k = 0; k < chunk.indices.size(); ++k) {
          const std::string key = MatchKey(chunk.references[k]);
          for (const auto& [reference, legal] : *families) {
            if (reference != key) continue;
            LegalStatus status = StatusFromOpsEvents(legal, numbers[chunk.indices[k]]);
            if (status.state != LegalState::kUnknown) (*out)[chunk.indices[k]] = std::move(status);
            break;
          }
        }
        continue;  // the numbers without a family: OPS does not know them
      }
      failure = families.status().message();
    } else if (answer.ok() && answer->status == 404) {
      continue;  // none of them known: no answer, the next source may
    } else if (answer.ok() && answer->status == 403 && !answer->Header("X-Rejection-Reason").empty()) {
      // Fair-use quota: nothing more will be answered this hour.
      return ResourceExhaustedError("quota exhausted (" + std::string(answer->Header("X-Rejection-Reason")) +
                                    "); the batch's " + std::to_string(asked) + " numbers left unanswered");
    } else if (!answer.ok()) {
      failure = answer.status().message();
    } else {
      failure = "HTTP " + std::to_string(answer->status) +
                (IsXml(*answer) && !XmlMessage(answer->body).empty() ? " " + XmlMessage(answer->body) : "");
    }
    for (size_t i : chunk.indices) failed.Add(numbers[i].canonical + ": " + failure);
  }
  return failed.Result(asked);
}

}  // namespace patmark
