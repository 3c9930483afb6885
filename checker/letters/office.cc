#include "checker/letters/office.h"

#include <rapidjson/document.h>

#include <fstream>
#include <iterator>

namespace patmark {

StatusOr<OfficeConfig> LoadOfficeConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open the config file");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError() || !doc.IsObject()) return InvalidArgumentError(path + ": not a JSON object");
  OfficeConfig config;
  auto office = doc.FindMember("office");
  if (office == doc.MemberEnd()) return config;
  if (!office->value.IsObject()) return InvalidArgumentError(path + ": \"office\" must be an object");
  const std::pair<const char*, std::string*> strings[] = {
      {"name_zh", &config.name_zh},         {"name_en", &config.name_en},
      {"address_zh", &config.address_zh},   {"address_en", &config.address_en},
      {"phone", &config.phone},             {"document_prefix", &config.document_prefix},
      {"reconsideration_body", &config.reconsideration_body}, {"court", &config.court}};
  for (const auto& [key, target] : strings) {
    auto it = office->value.FindMember(key);
    if (it == office->value.MemberEnd()) continue;
    if (!it->value.IsString()) return InvalidArgumentError(path + ": office." + key + " must be a string");
    *target = it->value.GetString();
  }
  const std::pair<const char*, int*> numbers[] = {{"first_number", &config.first_number},
                                                  {"deadline_days", &config.deadline_days}};
  for (const auto& [key, target] : numbers) {
    auto it = office->value.FindMember(key);
    if (it == office->value.MemberEnd()) continue;
    if (!it->value.IsInt() || it->value.GetInt() < 1) {
      return InvalidArgumentError(path + ": office." + key + " must be a whole number of at least 1");
    }
    *target = it->value.GetInt();
  }
  return config;
}

}  // namespace patmark
