#include "parsers/extract/internal/literal_keys.h"

#include "parsers/base/ascii.h"

namespace patmark::extract_internal {
namespace {

// The spellings of one byte under ASCII case folding.
std::string Spellings(char c, bool ignore_case) {
  char folded = AsciiLower(c);
  if (!ignore_case || folded < 'a' || folded > 'z') return std::string(1, c);
  return {folded, static_cast<char>(folded - 'a' + 'A')};
}

}  // namespace

bool LiteralKeys::Add(std::string_view key, bool ignore_case) {
  if (key.size() < 2) return false;
  Key stored{std::string(key), ignore_case};
  if (ignore_case) {
    for (char& c : stored.text) c = AsciiLower(c);
  }
  for (char first : Spellings(key[0], ignore_case)) {
    for (char second : Spellings(key[1], ignore_case)) {
      uint8_t& bucket = bucket_of_pair_[static_cast<size_t>(static_cast<unsigned char>(first)) << 8 |
                                        static_cast<unsigned char>(second)];
      if (bucket == 0) {
        if (buckets_.size() == 0xFF) return false;  // more first pairs than a byte can number
        buckets_.emplace_back();
        bucket = static_cast<uint8_t>(buckets_.size());
      }
      Bucket& into = buckets_[bucket - 1];
      if (key.size() == 2) {
        into.has_two_byte_key = true;
      } else {
        for (char third : Spellings(key[2], ignore_case)) into.third_bytes |= uint64_t{1} << (third & 63);
      }
      into.keys.push_back(stored);
    }
  }
  return true;
}

bool LiteralKeys::MatchesAt(const Bucket& bucket, std::string_view rest) {
  // Byte by byte rather than memcmp: keys are short.
  for (const Key& key : bucket.keys) {
    if (rest.size() < key.text.size()) continue;
    size_t k = 2;  // the bucket vouches for the first two
    if (key.ignore_case) {
      while (k < key.text.size() && AsciiLower(rest[k]) == key.text[k]) ++k;
    } else {
      while (k < key.text.size() && rest[k] == key.text[k]) ++k;
    }
    if (k == key.text.size()) return true;
  }
  return false;
}

}  // namespace patmark::extract_internal
