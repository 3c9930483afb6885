// CurlTransport: HttpTransport on libcurl's multi interface. One multi
// handle lives as long as the transport, so its connection cache keeps
// connections to a service open across calls to Perform.
#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <optional>

#include "checker/net/http_transport.h"

namespace patmark {

std::string_view HttpResponse::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() &&
        std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      return value;
    }
  }
  return {};
}

namespace {

// One transfer: its request, what came back, and libcurl's handles.
struct Transfer {
  const HttpRequest* request = nullptr;
  HttpResponse response;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  char error[CURL_ERROR_SIZE] = {};
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  static_cast<Transfer*>(user)->response.body.append(data, size * count);
  return size * count;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  if (line.starts_with("HTTP/")) {
    transfer->response.headers.clear();  // a new response (after a 100 Continue, say)
    return line.size();
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return line.size();
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == '\r' || s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
    return std::string(s);
  };
  transfer->response.headers.emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
  return line.size();
}

Status FailureOf(CURLcode code, const Transfer& transfer) {
  std::string what = transfer.request->url + ": " + (transfer.error[0] != '\0' ? transfer.error : curl_easy_strerror(code));
  if (code == CURLE_OPERATION_TIMEDOUT) return DeadlineExceededError(what);
  return UnavailableError(what);
}

class CurlTransport : public HttpTransport {
 public:
  CurlTransport(const CurlOptions& options, CURLM* multi) : options_(options), multi_(multi) {}
  ~CurlTransport() override { curl_multi_cleanup(multi_); }

  std::vector<StatusOr<HttpResponse>> Perform(const std::vector<HttpRequest>& requests) override {
    std::vector<Transfer> transfers(requests.size());
    for (size_t i = 0; i < requests.size(); ++i) {
      Transfer& t = transfers[i];
      t.request = &requests[i];
      t.easy = curl_easy_init();
      Configure(&t);
      curl_multi_add_handle(multi_, t.easy);  // beyond max_connections, libcurl queues it
    }
    std::vector<std::optional<Status>> failures(requests.size());
    int running = 0;
    do {
      CURLMcode mc = curl_multi_perform(multi_, &running);
      if (mc == CURLM_OK && running > 0) mc = curl_multi_poll(multi_, nullptr, 0, 1000, nullptr);
      if (mc != CURLM_OK) break;
      int left = 0;
      while (CURLMsg* message = curl_multi_info_read(multi_, &left)) {
        if (message->msg != CURLMSG_DONE) continue;
        Transfer* t = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &t);
        if (message->data.result != CURLE_OK) {
          failures[static_cast<size_t>(t - transfers.data())] = FailureOf(message->data.result, *t);
        } else {
          curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &t->response.status);
        }
      }
    } while (running > 0);

    std::vector<StatusOr<HttpResponse>> answers;
    answers.reserve(requests.size());
    for (size_t i = 0; i < transfers.size(); ++i) {
      Transfer& t = transfers[i];
      curl_multi_remove_handle(multi_, t.easy);
      curl_easy_cleanup(t.easy);
      curl_slist_free_all(t.headers);
      if (failures[i]) {
        answers.emplace_back(*failures[i]);
      } else if (t.response.status == 0) {
        answers.emplace_back(UnavailableError(t.request->url + ": no response"));
      } else {
        answers.emplace_back(std::move(t.response));
      }
    }
    return answers;
  }

 private:
  void Configure(Transfer* t) {
    CURL* e = t->easy;
    curl_easy_setopt(e, CURLOPT_URL, t->request->url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
    curl_easy_setopt(e, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    if (t->request->method == "POST") {
      curl_easy_setopt(e, CURLOPT_POST, 1L);
      curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->request->body.data());
      curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(t->request->body.size()));
    }
    if (!t->request->username.empty()) {
      curl_easy_setopt(e, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
      curl_easy_setopt(e, CURLOPT_USERNAME, t->request->username.c_str());
      curl_easy_setopt(e, CURLOPT_PASSWORD, t->request->password.c_str());
    }
    for (const auto& [name, value] : t->request->headers) {
      t->headers = curl_slist_append(t->headers, (name + ": " + value).c_str());
    }
    // No "Expect: 100-continue" round trip for small POST bodies.
    t->headers = curl_slist_append(t->headers, "Expect:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
  }

  CurlOptions options_;
  CURLM* multi_;
};

}  // namespace

std::string UrlEscape(std::string_view text) {
  char* escaped = curl_easy_escape(nullptr, text.data(), static_cast<int>(text.size()));
  if (escaped == nullptr) return "";
  std::string out(escaped);
  curl_free(escaped);
  return out;
}

StatusOr<std::unique_ptr<HttpTransport>> NewCurlTransport(const CurlOptions& options) {
  static std::once_flag once;
  static CURLcode init = CURLE_OK;
  std::call_once(once, [] { init = curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (init != CURLE_OK) return InternalError(std::string("libcurl: ") + curl_easy_strerror(init));
  CURLM* multi = curl_multi_init();
  if (multi == nullptr) return InternalError("libcurl: cannot create a multi handle");
  long connections = std::max(1, options.max_connections);
  curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, connections);
  curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, connections);
  curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, connections);
  return std::unique_ptr<HttpTransport>(new CurlTransport(options, multi));
}

}  // namespace patmark
