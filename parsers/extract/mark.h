// ExtractedMark: one patent number found in normalized text, with what the
// words around it claim. The extractor says where a mark is and what it says;
// whether the number itself is well formed is parsers/numbers' job.
#ifndef PATMARK_PARSERS_EXTRACT_MARK_H_
#define PATMARK_PARSERS_EXTRACT_MARK_H_

#include <string>
#include <string_view>

#include "parsers/normalize/normalizer.h"
#include "parsers/numbers/patent_number.h"

namespace patmark {

// What a mark consists of. Most marks carry a number; a pending notice
// ("Patent pending", "特許出願中") and virtual marking ("Patents:
// www.example.com/patents", 35 U.S.C. 287(a)) do not.
enum class MarkForm { kNumber, kPendingNotice, kVirtual };
std::string_view MarkFormName(MarkForm form);  // "number", "pending", "virtual"

struct ExtractedMark {
  MarkForm form = MarkForm::kNumber;
  std::string address;         // kVirtual: the web address as printed
  std::string jurisdiction;    // "CN", ...
  Span span;                   // in the normalized text: label (if any) to number end
  Span number_span;            // the number itself (kNumber), in the normalized text
  std::string number_text;     // the number as printed, normalized: "ZL 2014 1 0026192.3"
  std::string label;           // the words introducing it: "专利号:", "" if none
  // How the mark presents the number: kPatent ("专利号", "ZL") or
  // kApplication ("申请号", pending words). Publication numbers are told
  // apart by parsers/numbers from the kind code.
  NumberKind presented = NumberKind::kPatent;
  bool publication_context = false;  // introduced by 公开号/公告号, 特開, "Pub. No."
  PatentType claimed_type = PatentType::kUnknown;  // from the words around it
  bool pending = false;              // presents itself as an application
  bool pending_statement = false;    // says "专利申请，尚未授权" (Measures Art 7)
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_EXTRACT_MARK_H_
