#include "parsers/records/encoding.h"

#include <errno.h>
#include <iconv.h>
#include <utf8proc.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "parsers/base/ascii.h"

namespace patmark {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

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
  std::string n = AsciiLower(name);
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

namespace {

// The second byte's range for a lead byte (Unicode Table 3-7, "well-formed
// UTF-8 byte sequences"): narrower than 80..BF after E0, ED, F0 and F4, which
// rules out overlong forms, surrogates and code points past U+10FFFF.
struct LeadRule {
  uint8_t length;  // 0: not a lead byte
  uint8_t second_low, second_high;
};

constexpr LeadRule RuleFor(unsigned lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};
  if (lead == 0xED) return {3, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};
  if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
  if (lead == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

constexpr std::array<LeadRule, 256> kLeadRules = [] {
  std::array<LeadRule, 256> rules{};
  for (unsigned b = 0; b < 256; ++b) rules[b] = RuleFor(b);
  return rules;
}();

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Eight ASCII bytes, none of them NUL.
bool IsPlainAsciiWord(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  constexpr uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
  return ((w | (w - kOnes)) & kHigh) == 0;  // no high bit set, and no byte that borrows (a zero)
}

// A lead byte E1..EC or EE..EF and two continuation bytes: three bytes that
// are well-formed whatever they hold, tested in one go (this covers every
// CJK ideograph). E0 and ED need their second byte's narrower range.
bool IsCommonThreeByteSequence(const unsigned char* p, size_t left) {
  if constexpr (std::endian::native != std::endian::little) return false;
  if (left < 4 || p[0] == 0xE0 || p[0] == 0xED) return false;
  uint32_t w;
  std::memcpy(&w, p, sizeof w);
  return (w & 0x00C0C0F0u) == 0x008080E0u;
}

}  // namespace

// Hot: every field of every record passes here, so it checks eight ASCII
// bytes at a time and multi-byte sequences against a table rather than
// decoding them (utf8proc_iterate per character was 15% of `extract`).
size_t ValidUtf8Prefix(std::string_view bytes, bool allow_truncated_tail) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char lead = p[i];
    if (lead < 0x80) {
      if (lead == 0) return i;
      ++i;
      while (i + 8 <= n && IsPlainAsciiWord(p + i)) i += 8;  // an ASCII run goes on
      continue;
    }
    if (IsCommonThreeByteSequence(p + i, n - i)) {  // most of Chinese text
      i += 3;
      continue;
    }
    const LeadRule rule = kLeadRules[lead];
    const size_t left = n - i;
    bool well_formed = rule.length != 0 && rule.length <= left && p[i + 1] >= rule.second_low &&
                       p[i + 1] <= rule.second_high;
    for (size_t k = 2; well_formed && k < rule.length; ++k) well_formed = IsContinuation(p[i + k]);
    if (!well_formed) {
      if (allow_truncated_tail && left < 4 && utf8proc_utf8class[lead] > static_cast<int>(left)) {
        return n;  // a sequence cut off by the end of the sample
      }
      return i;
    }
    i += rule.length;
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
