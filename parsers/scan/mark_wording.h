// CheckMarkWording compares what a mark says with what its number is: the
// "mark versus number" checks of 专利标识标注办法 Arts 5 and 7 that need no
// legal-status look-up. Pure function.
#ifndef PATMARK_PARSERS_SCAN_MARK_WORDING_H_
#define PATMARK_PARSERS_SCAN_MARK_WORDING_H_

#include <vector>

#include "parsers/extract/mark.h"
#include "parsers/numbers/patent_number.h"

namespace patmark {

// What the mark presents (see ScannedMark::number_kind).
NumberKind PresentedKind(const ExtractedMark& mark, const CheckedNumber& number);

std::vector<Problem> CheckMarkWording(const ExtractedMark& mark, const CheckedNumber& number);

}  // namespace patmark

#endif  // PATMARK_PARSERS_SCAN_MARK_WORDING_H_
