#include "checker/remote/remote_config.h"

#include "checker/config/config_file.h"
#include "parsers/base/status_macros.h"

namespace patmark {
namespace {

Status ReadSource(const ConfigFile& file, const char* name, RemoteSourceConfig* config) {
  PATMARK_ASSIGN_OR_RETURN(ConfigSection section, file.Section("sources", name));
  for (const auto& [key, target] : {std::pair<const char*, std::string*>{"base_url", &config->base_url},
                                    {"key_env", &config->key_env},
                                    {"secret_env", &config->secret_env}}) {
    PATMARK_RETURN_IF_ERROR(section.Read(key, target));
  }
  for (const auto& [key, target] : {std::pair<const char*, int*>{"concurrency", &config->concurrency},
                                    {"timeout_ms", &config->timeout_ms},
                                    {"requests_per_minute", &config->requests_per_minute},
                                    {"max_attempts", &config->max_attempts},
                                    {"down_after", &config->down_after}}) {
    PATMARK_RETURN_IF_ERROR(section.Read(key, target));
  }
  return OkStatus();
}

}  // namespace

StatusOr<RemoteConfig> LoadRemoteConfig(const std::string& path) {
  PATMARK_ASSIGN_OR_RETURN(ConfigFile file, ConfigFile::Load(path));
  RemoteConfig config;
  PATMARK_RETURN_IF_ERROR(ReadSource(file, "ops", &config.ops));
  PATMARK_RETURN_IF_ERROR(ReadSource(file, "uspto", &config.uspto));
  PATMARK_ASSIGN_OR_RETURN(ConfigSection cache, file.Section("cache"));
  PATMARK_RETURN_IF_ERROR(cache.Read("path", &config.cache.path));
  PATMARK_RETURN_IF_ERROR(cache.Read("ttl_days", &config.cache.ttl_days));
  PATMARK_RETURN_IF_ERROR(cache.Read("negative_ttl_hours", &config.cache.negative_ttl_hours));
  return config;
}

}  // namespace patmark
