// OfficeConfig: who sends the letters. Read from the JSON file given with
// `--config` (keys below, all optional); what is not given prints as a
// blank to fill in by hand, never as an invented name.
//
//   {"office": {"name_zh": "苏州市吴中区知识产权局", "name_en": "…",
//               "address_zh": "…", "address_en": "…", "phone": "…",
//               "document_prefix": "吴知执责改", "first_number": 1,
//               "deadline_days": 15,
//               "reconsideration_body": "苏州市吴中区人民政府",
//               "court": "苏州市吴中区人民法院"}}
#ifndef PATMARK_CHECKER_LETTERS_OFFICE_H_
#define PATMARK_CHECKER_LETTERS_OFFICE_H_

#include <string>

#include "parsers/base/statusor.h"

namespace patmark {

struct OfficeConfig {
  std::string name_zh = "＿＿＿＿＿＿（发文机关）";
  std::string name_en = "____________ (issuing office)";
  std::string address_zh, address_en, phone;
  std::string document_prefix = "专责改";  // before 〔year〕
  int first_number = 1;                   // of the year's first notice
  int deadline_days = 15;                 // to correct the marks
  std::string reconsideration_body = "＿＿＿＿＿＿人民政府";
  std::string court = "＿＿＿＿＿＿人民法院";
};

// Reads `path`; errors name the file and the key that is wrong.
StatusOr<OfficeConfig> LoadOfficeConfig(const std::string& path);

}  // namespace patmark

#endif  // PATMARK_CHECKER_LETTERS_OFFICE_H_
