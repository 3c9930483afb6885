#include "parsers/normalize/normalizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>

namespace patmark {

// ---- OffsetMap ------------------------------------------------------------

void OffsetMap::Clear() {
  segments_.clear();
  norm_size_ = 0;
  orig_size_ = 0;
}

void OffsetMap::AppendCopy(size_t orig, size_t length) {
  if (length == 0) return;
  bool extends = !segments_.empty() && segments_.back().copy && orig == orig_size_;
  if (!extends) segments_.push_back(Segment{norm_size_, orig, true});
  norm_size_ += length;
  orig_size_ = orig + length;
}

void OffsetMap::AppendChanged(size_t orig, size_t orig_length, size_t length) {
  // A dropped character after a changed one just widens that one's input.
  bool absorb = length == 0 && !segments_.empty() && !segments_.back().copy;
  if (!absorb) segments_.push_back(Segment{norm_size_, orig, false});
  norm_size_ += length;
  orig_size_ = orig + orig_length;
}

size_t OffsetMap::SegmentAt(size_t norm) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), norm,
                             [](size_t n, const Segment& s) { return n < s.norm; });
  return static_cast<size_t>(it - segments_.begin()) - 1;
}

size_t OffsetMap::OrigEnd(size_t i) const {
  return i + 1 < segments_.size() ? segments_[i + 1].orig : orig_size_;
}

Span OffsetMap::ToOriginal(Span n) const {
  if (segments_.empty()) return Span{0, 0};
  const Segment& first = segments_[SegmentAt(n.begin)];
  size_t begin = first.copy ? first.orig + (n.begin - first.norm) : first.orig;
  if (n.end <= n.begin) return Span{begin, begin};
  size_t li = SegmentAt(n.end - 1);
  const Segment& last = segments_[li];
  size_t end = last.copy ? last.orig + (n.end - last.norm) : OrigEnd(li);
  return Span{begin, end};
}

// ---- Normalize ------------------------------------------------------------
namespace {

// Folds that NFKC does not do. Returns 0 when `cp` has none.
char PunctuationFold(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x3001: case 0xFE51: case 0xFF64: return ',';   // 、
    case 0x2236: return ':';                             // ∶ (ratio, used as a colon)
    case 0x00B7: case 0x2022: case 0x2027: case 0x30FB: case 0x2219: return '.';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: return '-';
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: return '"';
    case 0x3010: case 0x3014: case 0x3016: return '[';
    case 0x3011: case 0x3015: case 0x3017: return ']';
    default: return 0;
  }
}

bool IsSpaceLike(utf8proc_int32_t cp, const utf8proc_property_t* p) {
  return p->category == UTF8PROC_CATEGORY_ZS || p->category == UTF8PROC_CATEGORY_ZL ||
         p->category == UTF8PROC_CATEGORY_ZP || p->category == UTF8PROC_CATEGORY_CC ||
         cp == 0x85;
}

class Builder {
 public:
  explicit Builder(NormalizedText* out) : text_(out->text), map_(out->map) {
    text_.clear();
    map_.Clear();
  }

  void Copy(std::string_view original, size_t pos, size_t len) {
    text_.append(original.data() + pos, len);
    map_.AppendCopy(pos, len);
    last_space_ = false;
  }
  void Changed(size_t pos, size_t len, std::string_view output) {
    text_.append(output);
    map_.AppendChanged(pos, len, output.size());
    last_space_ = false;
  }
  void Space(size_t pos, size_t len, bool is_plain_space) {
    if (last_space_) {
      map_.AppendChanged(pos, len, 0);
    } else if (is_plain_space) {
      text_.push_back(' ');  // copied, so an ASCII run stays one segment
      map_.AppendCopy(pos, 1);
    } else {
      text_.push_back(' ');
      map_.AppendChanged(pos, len, 1);
    }
    last_space_ = true;
  }
  void Drop(size_t pos, size_t len) { map_.AppendChanged(pos, len, 0); }

 private:
  std::string& text_;
  OffsetMap& map_;
  bool last_space_ = false;
};

void NormalizeCodepoint(std::string_view original, size_t pos, size_t len,
                        utf8proc_int32_t cp, Builder* b) {
  const utf8proc_property_t* prop = utf8proc_get_property(cp);
  if (char folded = PunctuationFold(cp)) {
    b->Changed(pos, len, std::string_view(&folded, 1));
  } else if (IsSpaceLike(cp, prop)) {
    b->Space(pos, len, false);
  } else if (prop->ignorable) {
    b->Drop(pos, len);
  } else if (prop->decomp_seqindex == UINT16_MAX) {
    b->Copy(original, pos, len);  // no compatibility mapping: NFKC-stable
  } else {
    utf8proc_int32_t buf[32];
    int last_boundclass = 0;
    // DECOMPOSE is what makes decompose_char apply the (compatibility) mapping.
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_STABLE);
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, buf, 32, static_cast<utf8proc_option_t>(options | UTF8PROC_DECOMPOSE), &last_boundclass);
    if (n < 0 || n > 32) {
      b->Copy(original, pos, len);
      return;
    }
    n = utf8proc_normalize_utf32(buf, n, static_cast<utf8proc_option_t>(options | UTF8PROC_COMPOSE));
    std::string out;
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t el = utf8proc_encode_char(buf[i], enc);
      out.append(reinterpret_cast<const char*>(enc), static_cast<size_t>(el));
    }
    if (out.size() == 1 && out[0] == ' ') {
      b->Space(pos, len, false);
    } else if (out == original.substr(pos, len)) {
      b->Copy(original, pos, len);
    } else if (out.size() == 1) {
      char c = out[0];
      if (char folded = PunctuationFold(static_cast<unsigned char>(c))) c = folded;
      b->Changed(pos, len, std::string_view(&c, 1));
    } else {
      b->Changed(pos, len, out);
    }
  }
}

bool IsPlainAscii(std::string_view s) {
  char prev = 'x';
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F) return false;
    if (c == ' ' && prev == ' ') return false;
    prev = c;
  }
  return true;
}

}  // namespace

void Normalize(std::string_view original, NormalizedText* out) {
  if (IsPlainAscii(original)) {  // the common case of catalog text: identity
    out->text.assign(original);
    out->map.Clear();
    out->map.AppendCopy(0, original.size());
    return;
  }
  Builder b(out);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(original.data());
  const size_t n = original.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == ' ') {
        // A lone space is copied; the first of a run maps to the whole run.
        bool lone = i + 1 >= n || (p[i + 1] > 0x20 && p[i + 1] != 0x7F);
        b.Space(i, 1, lone);
      }
      else if (c < 0x20 || c == 0x7F) b.Space(i, 1, false);
      else b.Copy(original, i, 1);
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len < 0) {
      b.Changed(i, 1, "\xEF\xBF\xBD");
      ++i;
      continue;
    }
    NormalizeCodepoint(original, i, static_cast<size_t>(len), cp, &b);
    i += static_cast<size_t>(len);
  }
}

std::string NormalizeCharacter(char32_t cp) {
  utf8proc_uint8_t encoded[4];
  utf8proc_ssize_t length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), encoded);
  NormalizedText normalized;
  Normalize(std::string_view(reinterpret_cast<const char*>(encoded), static_cast<size_t>(length)), &normalized);
  return std::move(normalized.text);
}

}  // namespace patmark
