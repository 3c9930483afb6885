// MarkExtractor finds patent marks in normalized text (see
// parsers/normalize): Chinese marks ("专利号：ZL 2014 1 0026192.3",
// "发明专利申请号：202410040777.4（专利申请，尚未授权）", "CN 116455754 B"), and
// the other offices' marks as their grammars land.
//
//   StatusOr<std::unique_ptr<MarkExtractor>> extractor = MarkExtractor::Create();
//   std::vector<ExtractedMark> marks;
//   (*extractor)->Extract(normalized.text, &marks);
//
// How: one pass of an RE2::Set over the text picks the jurisdictions whose
// anchor words or prefixes occur ("专利", "ZL", "CN 1..."); only their
// grammars then run, each a few RE2 patterns with captures. Text without any
// anchor costs one DFA pass. MayContainMarks goes one step earlier: it looks
// for the anchors' literal keys in the original text (a two-byte table, not
// RE2: an alternation of ~25 literals cost 28 instructions a byte), so that
// the scanner need not normalize the many fields that hold no mark at all.
//
// The extractor holds compiled RE2 objects: create it once and share it.
// Extract is const and safe to call from many threads at once.
#ifndef PATMARK_PARSERS_EXTRACT_MARK_EXTRACTOR_H_
#define PATMARK_PARSERS_EXTRACT_MARK_EXTRACTOR_H_

#include <memory>
#include <string_view>
#include <vector>

#include "parsers/base/statusor.h"
#include "parsers/extract/mark.h"

namespace patmark {

namespace extract_internal {
class Grammar;
}

class MarkExtractor {
 public:
  // Compiles every grammar. Fails (Internal) only if a built-in pattern does
  // not compile, which a test guards against.
  static StatusOr<std::unique_ptr<MarkExtractor>> Create();
  ~MarkExtractor();
  // RE2 objects are expensive and not copyable; share the extractor instead.
  MarkExtractor(const MarkExtractor&) = delete;
  MarkExtractor& operator=(const MarkExtractor&) = delete;

  // Appends the marks found in `normalized` to *marks, in text order.
  void Extract(std::string_view normalized, std::vector<ExtractedMark>* marks) const;

  // Whether `original`, UTF-8 text before normalization, may hold a mark:
  // false only when Extract over its normalized form finds nothing. True when
  // it holds a key literal of some anchor, or a character that normalizes
  // into a key's character or vanishes (a full-width "Ｚ", a zero-width
  // space). Thread-safe; it learns each character's class on first sight.
  bool MayContainMarks(std::string_view original) const;

 private:
  struct Impl;
  explicit MarkExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_EXTRACT_MARK_EXTRACTOR_H_
