#include "checker/remote/remote_config.h"

#include "checker/config/config_file.h"
#include "parsers/base/status_macros.h"

namespace patmark {
namespace {

Status ReadLimits(const ConfigSection& section, RemoteSourceConfig* config) {
  for (const auto& [key, target] : {std::pair<const char*, std::string*>{"base_url", &config->base_url},
                                    {"key_env", &config->key_env},
                                    {"secret_env", &config->secret_env}}) {
    PATMARK_RETURN_IF_ERROR(section.Read(key, target));
  }
  for (const auto& [key, target] : {std::pair<const char*, int*>{"concurrency", &config->concurrency},
                                    {"timeout_ms", &config->timeout_ms},
                                    {"requests_per_minute", &config->requests_per_minute},
                                    {"max_attempts", &config->max_attempts},
                                    {"down_after", &config->down_after},
                                    {"bulk_size", &config->bulk_size}}) {
    PATMARK_RETURN_IF_ERROR(section.Read(key, target));
  }
  return OkStatus();
}

Status ReadSource(const ConfigFile& file, const char* name, RemoteSourceConfig* config) {
  PATMARK_ASSIGN_OR_RETURN(ConfigSection section, file.Section("sources", name));
  return ReadLimits(section, config);
}

Status ReadHttpSources(const ConfigFile& file, const std::string& path, std::map<std::string, HttpJsonConfig>* out) {
  PATMARK_ASSIGN_OR_RETURN(ConfigSection http, file.Section("sources", "http"));
  for (const std::string& name : http.Keys()) {
    PATMARK_ASSIGN_OR_RETURN(ConfigSection section, http.Child(name.c_str()));
    HttpJsonConfig& config = (*out)[name];
    PATMARK_RETURN_IF_ERROR(ReadLimits(section, &config.limits));
    PATMARK_RETURN_IF_ERROR(section.Read("url", &config.url));
    PATMARK_RETURN_IF_ERROR(section.Read("headers", &config.headers));
    PATMARK_RETURN_IF_ERROR(section.Read("offices", &config.offices));
    PATMARK_RETURN_IF_ERROR(section.Read("paths", &config.paths));
    PATMARK_RETURN_IF_ERROR(section.Read("states", &config.states));
    if (config.url.empty()) return InvalidArgumentError(path + ": " + "sources.http." + name + ".url is missing");
  }
  return OkStatus();
}

}  // namespace

StatusOr<RemoteConfig> LoadRemoteConfig(const std::string& path) {
  PATMARK_ASSIGN_OR_RETURN(ConfigFile file, ConfigFile::Load(path));
  RemoteConfig config;
  PATMARK_RETURN_IF_ERROR(ReadSource(file, "ops", &config.ops));
  PATMARK_RETURN_IF_ERROR(ReadSource(file, "uspto", &config.uspto));
  PATMARK_RETURN_IF_ERROR(ReadHttpSources(file, path, &config.http));
  PATMARK_ASSIGN_OR_RETURN(ConfigSection cache, file.Section("cache"));
  PATMARK_RETURN_IF_ERROR(cache.Read("path", &config.cache.path));
  PATMARK_RETURN_IF_ERROR(cache.Read("ttl_days", &config.cache.ttl_days));
  PATMARK_RETURN_IF_ERROR(cache.Read("negative_ttl_hours", &config.cache.negative_ttl_hours));
  return config;
}

}  // namespace patmark
