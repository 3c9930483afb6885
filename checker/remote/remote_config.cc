#include "checker/remote/remote_config.h"

#include "checker/config/config_file.h"
#include "parsers/base/status_macros.h"

namespace patmark {

StatusOr<RemoteConfig> LoadRemoteConfig(const std::string& path) {
  PATMARK_ASSIGN_OR_RETURN(ConfigFile file, ConfigFile::Load(path));
  PATMARK_ASSIGN_OR_RETURN(ConfigSection ops, file.Section("sources", "ops"));
  RemoteConfig config;
  PATMARK_RETURN_IF_ERROR(ops.Read("base_url", &config.ops.base_url));
  PATMARK_RETURN_IF_ERROR(ops.Read("key_env", &config.ops.key_env));
  PATMARK_RETURN_IF_ERROR(ops.Read("secret_env", &config.ops.secret_env));
  PATMARK_RETURN_IF_ERROR(ops.Read("concurrency", &config.ops.concurrency));
  PATMARK_RETURN_IF_ERROR(ops.Read("timeout_ms", &config.ops.timeout_ms));
  PATMARK_RETURN_IF_ERROR(ops.Read("requests_per_minute", &config.ops.requests_per_minute));
  PATMARK_RETURN_IF_ERROR(ops.Read("max_attempts", &config.ops.max_attempts));
  PATMARK_RETURN_IF_ERROR(ops.Read("down_after", &config.ops.down_after));
  PATMARK_ASSIGN_OR_RETURN(ConfigSection cache, file.Section("cache"));
  PATMARK_RETURN_IF_ERROR(cache.Read("path", &config.cache.path));
  PATMARK_RETURN_IF_ERROR(cache.Read("ttl_days", &config.cache.ttl_days));
  PATMARK_RETURN_IF_ERROR(cache.Read("negative_ttl_hours", &config.cache.negative_ttl_hours));
  return config;
}

}  // namespace patmark
