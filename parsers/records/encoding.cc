#include "parsers/records/encoding.h"

#include <errno.h>
#include <iconv.h>
#include <utf8proc.h>

#include <cstdio>
#include <cstring>

namespace patmark {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string ByteDetail(const char* what, unsigned char byte) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s byte 0x%02X", what, byte);
  return buf;
}

bool IsAscii(std::string_view bytes) {
  for (unsigned char c : bytes) if (c >= 0x80) return false;
  return true;
}

}  // namespace

StatusOr<Encoding> ParseEncodingName(std::string_view name) {
  std::string n = Lower(name);
  if (n == "auto") return Encoding::kAuto;
  if (n == "utf-8" || n == "utf8") return Encoding::kUtf8;
  if (n == "gb18030" || n == "gbk" || n == "gb2312" || n == "cp936") return Encoding::kGb18030;
  return InvalidArgumentError("unknown encoding \"" + std::string(name) +
                              "\" (use auto, utf-8 or gb18030)");
}

std::string_view EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kAuto: return "auto";
    case Encoding::kUtf8: return "utf-8";
    case Encoding::kGb18030: return "gb18030";
  }
  return "auto";
}

size_t ValidUtf8Prefix(std::string_view bytes, bool allow_truncated_tail) {
  size_t i = 0;
  const size_t n = bytes.size();
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  while (i < n) {
    if (p[i] < 0x80) {
      if (p[i] == 0) return i;
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len < 0) {
      if (allow_truncated_tail && n - i < 4 && utf8proc_utf8class[p[i]] > static_cast<int>(n - i)) {
        return n;  // a sequence cut off by the end of the sample
      }
      return i;
    }
    i += static_cast<size_t>(len);
  }
  return n;
}

TextDecoder::TextDecoder(Encoding encoding) : encoding_(encoding) {}

TextDecoder::~TextDecoder() {
  if (iconv_ != nullptr) iconv_close(static_cast<iconv_t>(iconv_));
}

bool TextDecoder::LooksLikeGb18030(std::string_view sample) {
  std::string scratch;
  // Allow a character cut off at the end of the sample.
  std::optional<DecodeProblem> problem = DecodeGb18030(sample, &scratch);
  return !problem.has_value() || problem->offset + 4 > sample.size();
}

void TextDecoder::Detect(std::string_view sample) {
  if (encoding_ != Encoding::kAuto) return;
  if (sample.substr(0, 3) == "\xEF\xBB\xBF") {
    encoding_ = Encoding::kUtf8;
    return;
  }
  if (IsAscii(sample)) return;
  if (ValidUtf8Prefix(sample, /*allow_truncated_tail=*/true) == sample.size()) {
    encoding_ = Encoding::kUtf8;
  } else if (LooksLikeGb18030(sample)) {
    encoding_ = Encoding::kGb18030;
  } else {
    encoding_ = Encoding::kUtf8;  // neither: report bytes as invalid UTF-8
  }
}

std::optional<DecodeProblem> TextDecoder::Decode(std::string_view bytes, std::string* out) {
  out->clear();
  if (encoding_ == Encoding::kAuto) {
    if (IsAscii(bytes) && bytes.find('\0') == std::string_view::npos) {
      out->assign(bytes);
      return std::nullopt;
    }
    Detect(bytes);
    if (encoding_ == Encoding::kAuto) encoding_ = Encoding::kUtf8;  // NUL in ASCII
  }
  return encoding_ == Encoding::kGb18030 ? DecodeGb18030(bytes, out) : DecodeUtf8(bytes, out);
}

std::optional<DecodeProblem> TextDecoder::DecodeOwned(std::string&& bytes, std::string* out) {
  const bool utf8 = encoding_ == Encoding::kUtf8 || (encoding_ == Encoding::kAuto && IsAscii(bytes));
  if (utf8 && ValidUtf8Prefix(bytes) == bytes.size()) {  // also false at a NUL byte
    *out = std::move(bytes);
    return std::nullopt;
  }
  return Decode(std::string_view(bytes), out);
}

std::optional<DecodeProblem> TextDecoder::DecodeUtf8(std::string_view bytes, std::string* out) {
  std::optional<DecodeProblem> first;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t good = start + ValidUtf8Prefix(bytes.substr(start));
    out->append(bytes.data() + start, good - start);
    if (good == bytes.size()) break;
    auto bad = static_cast<unsigned char>(bytes[good]);
    if (!first) {
      first = DecodeProblem{good, bad == 0 ? "NUL byte" : ByteDetail("invalid UTF-8", bad)};
    }
    out->append(kReplacement);
    start = good + 1;
  }
  return first;
}

std::optional<DecodeProblem> TextDecoder::DecodeGb18030(std::string_view bytes,
                                                        std::string* out) {
  if (iconv_ == nullptr) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
      // glibc always ships GB18030; without it, treat the bytes as UTF-8.
      return DecodeUtf8(bytes, out);
    }
    iconv_ = cd;
  }
  auto cd = static_cast<iconv_t>(iconv_);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset shift state
  std::optional<DecodeProblem> first;
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char buf[4096];
  while (in_left > 0) {
    char* dst = buf;
    size_t dst_left = sizeof buf;
    size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    out->append(buf, static_cast<size_t>(dst - buf));
    if (rc != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) continue;
    // EILSEQ or EINVAL (truncated at the end): replace one byte, go on.
    size_t offset = static_cast<size_t>(in - bytes.data());
    if (!first) {
      first = DecodeProblem{offset, ByteDetail("invalid GB18030", static_cast<unsigned char>(*in))};
    }
    out->append(kReplacement);
    ++in;
    --in_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  // NUL decodes to NUL in GB18030; the scanner must never see it.
  size_t nul_in = bytes.find('\0');
  if (nul_in != std::string_view::npos) {
    if (!first || nul_in < first->offset) first = DecodeProblem{nul_in, "NUL byte"};
    for (size_t i = out->find('\0'); i != std::string::npos; i = out->find('\0', i)) {
      out->replace(i, 1, kReplacement);
    }
  }
  return first;
}

}  // namespace patmark
