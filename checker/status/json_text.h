// JsonText reads a string member of a parsed JSON object leniently: "" when
// the value is not an object, lacks the member, or holds another type there.
// Status answers, findings lines and report rows are all read this way, and
// a missing piece is data (unknown), not an error. Embedded NULs are kept.
//
//   std::string state = JsonText(doc, "state");
#ifndef PATMARK_CHECKER_STATUS_JSON_TEXT_H_
#define PATMARK_CHECKER_STATUS_JSON_TEXT_H_

#include <rapidjson/document.h>

#include <string>

namespace patmark {

inline std::string JsonText(const rapidjson::Value& object, const char* key) {
  if (!object.IsObject()) return "";
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

}  // namespace patmark

#endif  // PATMARK_CHECKER_STATUS_JSON_TEXT_H_
