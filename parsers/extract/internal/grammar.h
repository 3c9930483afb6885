// Grammar: the marks of one office. Each grammar lists anchor patterns for
// the prefilter and finds its marks in text where an anchor matched.
#ifndef PATMARK_PARSERS_EXTRACT_INTERNAL_GRAMMAR_H_
#define PATMARK_PARSERS_EXTRACT_INTERNAL_GRAMMAR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "parsers/base/statusor.h"
#include "parsers/extract/mark.h"

namespace patmark::extract_internal {

// A literal that the original (not yet normalized) text of a mark holds.
struct RawKey {
  std::string text;          // UTF-8, taken literally
  bool ignore_case = false;  // ASCII letters match either case
};

class Grammar {
 public:
  virtual ~Grammar() = default;
  // RE2 patterns of which at least one occurs in any text holding a mark.
  virtual std::vector<std::string> Anchors() const = 0;
  // Literals of which one occurs in the original text wherever an anchor
  // matches its normalized form, unless that text holds a character that
  // normalizes into one of the keys' characters (or vanishes). For each
  // anchor, take a literal that every match of it contains and that has no
  // space in it (normalization collapses spaces). A test guards this.
  virtual std::vector<RawKey> RawKeys() const = 0;
  // Appends the marks in `text`. Marks that overlap those of another grammar,
  // or of this one, are resolved by the MarkExtractor: no need to avoid them.
  virtual void Find(std::string_view text, std::vector<ExtractedMark>* marks) const = 0;
};

// Options shared by all grammar patterns: UTF-8, no logging (a library must
// not print), a bounded memory budget.
RE2::Options PatternOptions();
// Compiles `pattern`; Internal error naming it if it does not compile.
StatusOr<std::unique_ptr<RE2>> Compile(const std::string& pattern);

StatusOr<std::unique_ptr<Grammar>> NewCnGrammar();
// US, EP, WO and DE marks, and JP/KR/TW numbers printed with their office
// code, in Latin script ("U.S. Pat. Nos. 7,654,321; D789,012").
StatusOr<std::unique_ptr<Grammar>> NewLatinGrammar();
// Marks in Japanese, Korean and traditional Chinese (Taiwan).
StatusOr<std::unique_ptr<Grammar>> NewJpGrammar();
StatusOr<std::unique_ptr<Grammar>> NewKrGrammar();
StatusOr<std::unique_ptr<Grammar>> NewTwGrammar();
// US, EP, JP, KR and DE marks worded in Chinese (美国专利号：7,654,321).
StatusOr<std::vector<std::unique_ptr<Grammar>>> NewForeignInChineseGrammars();

// Compiles `pattern` into *out.
Status CompileInto(const std::string& pattern, std::unique_ptr<RE2>* out);
inline re2::StringPiece ToPiece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }
inline std::string_view ToView(const re2::StringPiece& p) { return std::string_view(p.data(), p.size()); }
inline size_t OffsetIn(std::string_view text, const re2::StringPiece& piece) {
  return static_cast<size_t>(piece.data() - text.data());
}

// Moves `pos` back to the start of the UTF-8 character it points into.
size_t AlignToCharStart(std::string_view text, size_t pos);

}  // namespace patmark::extract_internal

#endif  // PATMARK_PARSERS_EXTRACT_INTERNAL_GRAMMAR_H_
