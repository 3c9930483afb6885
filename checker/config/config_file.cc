#include "checker/config/config_file.h"

#include <fstream>
#include <iterator>

namespace patmark {

const rapidjson::Value* ConfigSection::Member(const char* key) const {
  if (value_ == nullptr) return nullptr;
  auto it = value_->FindMember(key);
  return it == value_->MemberEnd() ? nullptr : &it->value;
}

Status ConfigSection::Read(const char* key, std::string* out) const {
  const rapidjson::Value* v = Member(key);
  if (v == nullptr) return OkStatus();
  if (!v->IsString()) return InvalidArgumentError(where_ + "." + key + " must be a string");
  *out = v->GetString();
  return OkStatus();
}

Status ConfigSection::Read(const char* key, int* out) const {
  const rapidjson::Value* v = Member(key);
  if (v == nullptr) return OkStatus();
  if (!v->IsInt() || v->GetInt() < 1) return InvalidArgumentError(where_ + "." + key + " must be a whole number of at least 1");
  *out = v->GetInt();
  return OkStatus();
}

Status ConfigSection::Read(const char* key, std::map<std::string, std::string>* out) const {
  const rapidjson::Value* v = Member(key);
  if (v == nullptr) return OkStatus();
  if (!v->IsObject()) return InvalidArgumentError(where_ + "." + key + " must be an object of strings");
  for (const auto& m : v->GetObject()) {
    if (!m.value.IsString()) return InvalidArgumentError(where_ + "." + key + "." + m.name.GetString() + " must be a string");
    (*out)[m.name.GetString()] = m.value.GetString();
  }
  return OkStatus();
}

Status ConfigSection::Read(const char* key, std::vector<std::string>* out) const {
  const rapidjson::Value* v = Member(key);
  if (v == nullptr) return OkStatus();
  if (!v->IsArray()) return InvalidArgumentError(where_ + "." + key + " must be an array of strings");
  out->clear();
  for (const auto& item : v->GetArray()) {
    if (!item.IsString()) return InvalidArgumentError(where_ + "." + key + " must be an array of strings");
    out->emplace_back(item.GetString());
  }
  return OkStatus();
}

StatusOr<ConfigSection> ConfigSection::Child(const char* key) const {
  const rapidjson::Value* v = Member(key);
  std::string where = where_ + "." + key;
  if (v == nullptr) return ConfigSection(where, nullptr);
  if (!v->IsObject()) return InvalidArgumentError(where + " must be an object");
  return ConfigSection(where, v);
}

std::vector<std::string> ConfigSection::Keys() const {
  std::vector<std::string> keys;
  if (value_ == nullptr) return keys;
  for (const auto& m : value_->GetObject()) keys.emplace_back(m.name.GetString());
  return keys;
}

StatusOr<ConfigFile> ConfigFile::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open the config file");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ConfigFile file;
  file.path_ = path;
  file.doc_ = std::make_shared<rapidjson::Document>();
  file.doc_->Parse(text.data(), text.size());
  if (file.doc_->HasParseError() || !file.doc_->IsObject()) return InvalidArgumentError(path + ": not a JSON object");
  return file;
}

StatusOr<ConfigSection> ConfigFile::Section(const char* outer, const char* inner) const {
  std::string where = path_ + ": " + outer;
  auto it = doc_->FindMember(outer);
  if (it == doc_->MemberEnd()) return ConfigSection(where, nullptr);
  if (!it->value.IsObject()) return InvalidArgumentError(where + " must be an object");
  if (inner == nullptr) return ConfigSection(where, &it->value);
  where += std::string(".") + inner;
  auto in = it->value.FindMember(inner);
  if (in == it->value.MemberEnd()) return ConfigSection(where, nullptr);
  if (!in->value.IsObject()) return InvalidArgumentError(where + " must be an object");
  return ConfigSection(where, &in->value);
}

}  // namespace patmark
