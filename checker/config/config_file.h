// ConfigFile: the JSON file given with --config. One file holds every part
// ("office" for letters, "sources" for remote sources); each reader takes
// the section it needs and reads its keys, with errors that name the file
// and the key.
//
//   StatusOr<ConfigFile> file = ConfigFile::Load(path);
//   ConfigSection ops = file->Section("sources", "ops");   // absent: empty
//   PATMARK_RETURN_IF_ERROR(ops.Read("base_url", &options.base_url));
#ifndef PATMARK_CHECKER_CONFIG_CONFIG_FILE_H_
#define PATMARK_CHECKER_CONFIG_CONFIG_FILE_H_

#include <rapidjson/document.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "parsers/base/statusor.h"

namespace patmark {

// One object of the file; reads leave a target alone when its key is absent.
class ConfigSection {
 public:
  ConfigSection(std::string where, const rapidjson::Value* value) : where_(std::move(where)), value_(value) {}
  bool present() const { return value_ != nullptr; }
  Status Read(const char* key, std::string* out) const;
  // A whole number of at least 1.
  Status Read(const char* key, int* out) const;
  // An array of strings (["CN", "US"]).
  Status Read(const char* key, std::vector<std::string>* out) const;
  // An object of strings ({"有效": "in_force", …}).
  Status Read(const char* key, std::map<std::string, std::string>* out) const;
  // The object at `key` within this one; empty when absent.
  StatusOr<ConfigSection> Child(const char* key) const;
  // The keys of this object, in file order.
  std::vector<std::string> Keys() const;

 private:
  const rapidjson::Value* Member(const char* key) const;
  std::string where_;  // "office.json: sources.ops"
  const rapidjson::Value* value_;
};

class ConfigFile {
 public:
  // NotFound or InvalidArgument (not a JSON object), naming the path.
  static StatusOr<ConfigFile> Load(const std::string& path);
  // The object at `outer` (and `inner` within it); empty when absent.
  StatusOr<ConfigSection> Section(const char* outer, const char* inner = nullptr) const;

 private:
  std::string path_;
  std::shared_ptr<rapidjson::Document> doc_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_CONFIG_CONFIG_FILE_H_
