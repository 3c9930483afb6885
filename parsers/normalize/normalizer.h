// Normalizer folds the text of one field into the form the mark grammars
// read, and keeps an OffsetMap so that every span found in the normalized
// text maps back to exact byte offsets in the original UTF-8 text.
//
//   NormalizedText n;
//   Normalize("专利号：ＺＬ　２０１４", &n);   // n.text == "专利号:ZL 2014"
//   Span original = n.map.ToOriginal(Span{0, 4});
//
// What it does, per character:
// - NFKC (utf8proc): full-width digits, letters and punctuation become ASCII
//   ("２０１４" -> "2014", "：" -> ":", "（" -> "("), circled digits and the
//   like become their plain forms;
// - Chinese punctuation that NFKC leaves alone is folded: "、" -> ",",
//   "∶" -> ":", middle dots "·•‧・" -> ".", dashes "‐‑‒–—―−" -> "-",
//   curly quotes -> ASCII quotes, "【】〔〕" -> "[]";
// - every run of whitespace or control characters (any Unicode space,
//   tab, CR, LF) becomes one ASCII space;
// - default-ignorable characters (zero-width space, soft hyphen) are dropped.
// Letter case is kept; the grammars match case-insensitively where needed.
// Combining marks are not composed with a preceding ASCII letter (patent
// marks never need it).
//
// Normalize is a pure function; safe to call from many threads.
#ifndef PATMARK_PARSERS_NORMALIZE_NORMALIZER_H_
#define PATMARK_PARSERS_NORMALIZE_NORMALIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace patmark {

// A half-open byte range [begin, end).
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Maps byte ranges of normalized text back to the original text. A character
// that normalization changed maps as a whole: any part of its output maps to
// all of its input.
class OffsetMap {
 public:
  // REQUIRES: span lies within the normalized text.
  Span ToOriginal(Span normalized) const;

  // Building (used by Normalize).
  void Clear();
  // `length` bytes copied unchanged from original offset `orig`.
  void AppendCopy(size_t orig, size_t length);
  // Original bytes [orig, orig + orig_length) became `length` output bytes
  // (0 when dropped).
  void AppendChanged(size_t orig, size_t orig_length, size_t length);
  size_t segment_count() const { return segments_.size(); }

 private:
  struct Segment {
    size_t norm;  // where the segment starts in the normalized text
    size_t orig;  // where it starts in the original text
    bool copy;    // bytes copied one for one
  };
  size_t SegmentAt(size_t norm) const;
  size_t OrigEnd(size_t i) const;

  std::vector<Segment> segments_;
  size_t norm_size_ = 0;
  size_t orig_size_ = 0;
};

struct NormalizedText {
  std::string text;
  OffsetMap map;
};

// Normalizes UTF-8 `original` into *out (replacing its contents). Invalid
// UTF-8 becomes U+FFFD.
void Normalize(std::string_view original, NormalizedText* out);

// What Normalize makes of the character `cp` on its own: "" when it is
// dropped, " " for a space or control character, else its folded NFKC form.
// Lets a caller reason about normalization without running it over a text
// (the extractor's raw-text prefilter does).
std::string NormalizeCharacter(char32_t cp);

}  // namespace patmark

#endif  // PATMARK_PARSERS_NORMALIZE_NORMALIZER_H_
