// patmark status NUMBER...: the legal status of numbers, one JSON line each;
// patmark register import FILE --db PATH: load a register.
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/exit_codes.h"
#include "checker/cli/inputs.h"
#include "checker/report/json_fields.h"
#include "checker/net/transport_wrappers.h"
#include "checker/remote/http_json_source.h"
#include "checker/remote/odp_source.h"
#include "checker/remote/ops_source.h"
#include "checker/status/source_wrappers.h"
#include "checker/remote/remote_config.h"
#include "checker/sources/register.h"
#include "checker/sources/status_cache.h"
#include "parsers/base/status_macros.h"

namespace patmark::cli {
namespace {

void PrintRowErrors(const std::vector<std::string>& errors) {
  for (const std::string& e : errors) std::cerr << "patmark: rejected: " << e << "\n";
}

StatusOr<std::unique_ptr<StatusSource>> RegisterSource(const SourceArgs& args) {
  if (args.register_path.empty()) return InvalidArgumentError("--source register needs --register PATH");
  std::vector<std::string> errors;
  // A register holds today's knowledge, whatever the inspection date: its
  // rows are validated as of today (a 2019 number is no error in a register
  // read for a 2017 inspection; StatusOn rewinds its state instead).
  StatusOr<std::unique_ptr<Register>> reg = OpenRegisterFile(args.register_path, Today(), &errors);
  if (!reg.ok()) return reg.status();
  PrintRowErrors(errors);
  return NewRegisterSource(std::move(*reg), args.complete_offices);
}

// The environment variable `variable`, or an error naming it and `where` the config asks for it.
StatusOr<std::string> FromEnvironment(const std::string& source, const std::string& variable, const std::string& where) {
  const char* value = std::getenv(variable.c_str());
  if (value == nullptr || *value == '\0') {
    return FailedPreconditionError("--source " + source + ": the environment variable " + variable + " (" + where +
                                   ") is not set");
  }
  return std::string(value);
}

StatusOr<std::string> Credential(const std::string& source, const std::string& name, const char* key) {
  return FromEnvironment(source, name, "sources." + source + "." + key + " in the config");
}

StatusOr<std::string> ExpandVariables(const std::string& source, const std::string& header, const std::string& value) {
  std::string out;
  size_t at = 0;
  while (true) {
    size_t open = value.find("${", at);
    if (open == std::string::npos) break;
    size_t close = value.find('}', open);
    if (close == std::string::npos) break;
    out.append(value, at, open - at);
    PATMARK_ASSIGN_OR_RETURN(std::string set, FromEnvironment(source, value.substr(open + 2, close - open - 2),
                                                              "in the config's headers." + header));
    out += set;
    at = close + 1;
  }
  out.append(value, at);
  return out;
}

// $XDG_CACHE_HOME/patmark/status.db, else ~/.cache/patmark/status.db.
std::string DefaultCachePath() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/patmark/status.db";
  }
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr ? home : ".") + "/.cache/patmark/status.db";
}

// The transport of a remote source: libcurl, at the configured rate, with
// retries of what may work later.
StatusOr<std::unique_ptr<HttpTransport>> RemoteTransport(const RemoteSourceConfig& config, bool retry_after_in_ms) {
  CurlOptions curl;
  curl.max_connections = config.concurrency;
  curl.total_timeout = std::chrono::milliseconds(config.timeout_ms);
  PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<HttpTransport> transport, NewCurlTransport(curl));
  auto limited = std::make_unique<RateLimitedTransport>(
      std::move(transport), RateLimit{.per_second = config.requests_per_minute / 60.0, .burst = config.concurrency});
  RetryPolicy retry;
  retry.max_attempts = config.max_attempts;
  retry.retry_after_in_ms = retry_after_in_ms;
  return std::unique_ptr<HttpTransport>(new RetryingTransport(std::move(limited), retry));
}

// A remote source as the chain gets it: down after repeated failures, and
// answered from the cache when it answered recently.
StatusOr<std::unique_ptr<StatusSource>> Guarded(std::unique_ptr<StatusSource> source, const RemoteConfig& config,
                                                int down_after, const SourceArgs& args) {
  auto guarded = std::make_unique<DownAfterFailures>(std::move(source), down_after);
  CacheOptions cache;
  cache.path = config.cache.path.empty() ? DefaultCachePath() : config.cache.path;
  cache.ttl = std::chrono::hours(24 * config.cache.ttl_days);
  cache.negative_ttl = std::chrono::hours(config.cache.negative_ttl_hours);
  cache.refresh = args.refresh;
  PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<CachedSource> cached, CachedSource::Wrap(std::move(guarded), cache));
  return std::unique_ptr<StatusSource>(std::move(cached));
}

StatusOr<std::unique_ptr<StatusSource>> RemoteSource(const std::string& name, const SourceArgs& args) {
  if (args.offline) return InvalidArgumentError("--offline forbids --source " + name);
  RemoteConfig config;
  if (!args.config.empty()) {
    PATMARK_ASSIGN_OR_RETURN(config, LoadRemoteConfig(args.config));
  }
  if (name.starts_with("http:")) {
    const std::string service = name.substr(5);
    auto it = config.http.find(service);
    if (it == config.http.end()) {
      return InvalidArgumentError("--source " + name + ": the config has no sources.http." + service);
    }
    HttpJsonOptions options;
    options.name = name;
    options.url_template = it->second.url;
    options.offices = it->second.offices;
    options.paths = it->second.paths;
    options.states = it->second.states;
    for (const auto& [header, value] : it->second.headers) {
      PATMARK_ASSIGN_OR_RETURN(std::string expanded, ExpandVariables(name, header, value));
      options.headers.emplace_back(header, std::move(expanded));
    }
    PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<HttpTransport> transport, RemoteTransport(it->second.limits, false));
    return Guarded(std::make_unique<HttpJsonSource>(std::move(options), std::move(transport)), config,
                   it->second.limits.down_after, args);
  }
  if (name == "ops") {
    OpsOptions options;
    options.base_url = config.ops.base_url;
    options.bulk_size = static_cast<size_t>(std::min(config.ops.bulk_size, 100));  // OPS takes at most 100
    PATMARK_ASSIGN_OR_RETURN(options.consumer_key, Credential(name, config.ops.key_env, "key_env"));
    PATMARK_ASSIGN_OR_RETURN(options.consumer_secret, Credential(name, config.ops.secret_env, "secret_env"));
    // OPS's Retry-After counts milliseconds.
    PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<HttpTransport> transport, RemoteTransport(config.ops, true));
    return Guarded(std::make_unique<OpsSource>(std::move(options), std::move(transport)), config, config.ops.down_after,
                   args);
  }
  OdpOptions options;
  options.base_url = config.uspto.base_url;
  PATMARK_ASSIGN_OR_RETURN(options.api_key, Credential(name, config.uspto.key_env, "key_env"));
  PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<HttpTransport> transport, RemoteTransport(config.uspto, false));
  return Guarded(std::make_unique<OdpSource>(std::move(options), std::move(transport)), config,
                 config.uspto.down_after, args);
}

}  // namespace

StatusOr<SourceChain> BuildSources(const SourceArgs& args) {
  SourceChain chain;
  std::vector<std::string> names = args.sources;
  if (names.empty() && !args.register_path.empty()) names.push_back("register");
  for (const std::string& name : names) {
    StatusOr<std::unique_ptr<StatusSource>> source = name == "register" ? RegisterSource(args) : RemoteSource(name, args);
    if (!source.ok()) return source.status();
    chain.Add(std::move(*source));
  }
  return chain;
}

int RunStatus(const StatusArgs& args) {
  StatusOr<Date> as_of = AsOfDate(args.as_of);
  if (!as_of.ok()) {
    std::cerr << "patmark: " << as_of.status().message() << "\n";
    return kExitUsage;
  }
  StatusOr<SourceChain> chain = BuildSources(args.sources);
  if (!chain.ok()) {
    std::cerr << "patmark: " << chain.status().message() << "\n";
    return kExitUsage;
  }
  CheckOptions check;
  check.as_of = *as_of;
  std::vector<CheckedNumber> numbers;
  std::vector<std::string> parse_errors(args.numbers.size());
  int exit_code = kExitOk;
  for (size_t i = 0; i < args.numbers.size(); ++i) {
    StatusOr<CheckedNumber> n = CheckNumber(args.numbers[i], check);
    if (n.ok()) {
      numbers.push_back(*n);
    } else {
      numbers.emplace_back();
      parse_errors[i] = n.status().message();
      exit_code = kExitUsage;
    }
  }
  std::vector<LegalStatus> statuses = chain->Resolve(numbers, *as_of);
  for (const std::string& f : chain->failures()) std::cerr << "patmark: source failed: " << f << "\n";
  for (size_t i = 0; i < numbers.size(); ++i) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("number");
    WriteString(&w, args.numbers[i]);
    if (!parse_errors[i].empty()) {
      w.Key("error");
      WriteString(&w, parse_errors[i]);
    } else {
      const CheckedNumber& n = numbers[i];
      w.Key("jurisdiction");
      WriteString(&w, n.jurisdiction);
      w.Key("canonical");
      WriteString(&w, n.canonical);
      WriteFormat(n, /*has_number=*/true, &w);
      WriteLegalStatus(statuses[i], &w);
    }
    w.EndObject();
    std::cout << buffer.GetString() << "\n";
  }
  return exit_code;
}

int RunRegisterImport(const RegisterImportArgs& args) {
  StatusOr<Date> as_of = AsOfDate(args.as_of);
  StatusOr<Format> format = FormatFromPath(args.file);
  if (!as_of.ok() || !format.ok()) {
    std::cerr << "patmark: " << (!as_of.ok() ? as_of.status() : format.status()).message() << "\n";
    return kExitUsage;
  }
  std::ifstream in(args.file, std::ios::binary);
  if (!in) {
    std::cerr << "patmark: " << args.file << ": cannot open: no such file\n";
    return kExitUsage;
  }
  ReaderOptions options;
  options.format = *format;
  StatusOr<std::unique_ptr<RecordReader>> reader = NewRecordReader(in, args.file, options);
  StatusOr<std::unique_ptr<Register>> reg = Register::Open(args.db, Register::kCreate);
  if (!reader.ok() || !reg.ok()) {
    std::cerr << "patmark: " << (!reader.ok() ? reader.status() : reg.status()).message() << "\n";
    return kExitUsage;
  }
  StatusOr<ImportReport> report = (*reg)->Import(**reader, ImportOptions{*as_of});
  if (!report.ok()) {
    std::cerr << "patmark: " << report.status().message() << "\n";
    return kExitUsage;
  }
  PrintRowErrors(report->errors);
  std::cerr << "patmark: " << args.db << ": imported " << report->imported << " rows, rejected " << report->rejected
            << "; the register holds " << (*reg)->size() << "\n";
  return report->rejected > 0 ? kExitUsage : kExitOk;
}

}  // namespace patmark::cli
