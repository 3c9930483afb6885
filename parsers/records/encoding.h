// TextDecoder turns the bytes of one field into UTF-8, for catalogs written in
// UTF-8 or GB18030 (the encoding of Chinese Excel "CSV" exports).
//
//   TextDecoder decoder(Encoding::kAuto);
//   decoder.Detect(first_chunk_of_file);      // optional: decide up front
//   std::string text;
//   if (auto problem = decoder.Decode(field_bytes, &text)) {
//     // problem->offset: first bad byte within field_bytes
//   }
//
// Detection (kAuto): a UTF-8 BOM or a sample that is valid UTF-8 picks UTF-8;
// a sample that is not UTF-8 but is valid GB18030 picks GB18030. A sample of
// pure ASCII decides nothing, and the first non-ASCII text decides instead.
// Invalid bytes (and NUL) are replaced by U+FFFD so the rest of the field is
// still scanned; the first one is reported.
//
// One decoder per input stream; not thread-safe (it owns an iconv handle).
#ifndef PATMARK_PARSERS_RECORDS_ENCODING_H_
#define PATMARK_PARSERS_RECORDS_ENCODING_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "parsers/base/statusor.h"

namespace patmark {

enum class Encoding { kAuto, kUtf8, kGb18030 };

// Accepts "auto", "utf-8"/"utf8", "gb18030"/"gbk"/"gb2312" (GBK and GB2312
// are subsets of GB18030). Case-insensitive.
StatusOr<Encoding> ParseEncodingName(std::string_view name);
std::string_view EncodingName(Encoding encoding);

// Returns the length of the longest prefix of `bytes` that is valid UTF-8,
// allowing an incomplete sequence at the very end when `allow_truncated_tail`.
size_t ValidUtf8Prefix(std::string_view bytes, bool allow_truncated_tail = false);

struct DecodeProblem {
  size_t offset = 0;   // byte offset of the first bad byte in the input
  std::string detail;  // e.g. "invalid UTF-8 byte 0xC3"
};

class TextDecoder {
 public:
  explicit TextDecoder(Encoding encoding);
  ~TextDecoder();
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;

  // Looks at a sample from the start of the input to settle kAuto.
  void Detect(std::string_view sample);

  // Appends the UTF-8 text of `bytes` to *out (after clearing it). Returns the
  // first problem, or nullopt when every byte was valid.
  std::optional<DecodeProblem> Decode(std::string_view bytes, std::string* out);
  // The same, taking the bytes: valid UTF-8 is moved into *out, not copied.
  std::optional<DecodeProblem> DecodeOwned(std::string&& bytes, std::string* out);

  // kAuto until something decided it.
  Encoding encoding() const { return encoding_; }

 private:
  std::optional<DecodeProblem> DecodeUtf8(std::string_view bytes, std::string* out);
  std::optional<DecodeProblem> DecodeGb18030(std::string_view bytes, std::string* out);
  bool LooksLikeGb18030(std::string_view sample);

  Encoding encoding_;
  void* iconv_ = nullptr;  // iconv_t, opened on first GB18030 use
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_RECORDS_ENCODING_H_
