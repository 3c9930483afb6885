#include "checker/letters/office.h"

#include "checker/config/config_file.h"
#include "parsers/base/status_macros.h"

namespace patmark {

StatusOr<OfficeConfig> LoadOfficeConfig(const std::string& path) {
  PATMARK_ASSIGN_OR_RETURN(ConfigFile file, ConfigFile::Load(path));
  PATMARK_ASSIGN_OR_RETURN(ConfigSection office, file.Section("office"));
  OfficeConfig config;
  for (const auto& [key, target] : {std::pair<const char*, std::string*>{"name_zh", &config.name_zh},
                                    {"name_en", &config.name_en},
                                    {"address_zh", &config.address_zh},
                                    {"address_en", &config.address_en},
                                    {"phone", &config.phone},
                                    {"document_prefix", &config.document_prefix},
                                    {"reconsideration_body", &config.reconsideration_body},
                                    {"court", &config.court}}) {
    PATMARK_RETURN_IF_ERROR(office.Read(key, target));
  }
  PATMARK_RETURN_IF_ERROR(office.Read("first_number", &config.first_number));
  PATMARK_RETURN_IF_ERROR(office.Read("deadline_days", &config.deadline_days));
  return config;
}

}  // namespace patmark
