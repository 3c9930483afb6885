// LiteralKeys answers, at one position of a text, "does any of these literal
// keys start here?" fast enough to ask at every character of every field of a
// catalog. It is the raw-text prefilter's inner test (see
// MarkExtractor::MayContainMarks): a table indexed by two bytes turns almost
// every position away with one lookup, and a hit is compared only with the
// keys that begin with those two bytes. (Two bytes, not one: in UTF-8 every
// CJK ideograph begins with one of six bytes. Even two are shared by 64
// ideographs, "专" with "一", "不" and "中", hence the buckets.)
//
//   LiteralKeys keys;
//   keys.Add("zl", /*ignore_case=*/true);
//   keys.Add("专利", false);
//   keys.StartsAt(text, i);
//
// Keys are at least two bytes long; ignore_case folds ASCII letters only.
#ifndef PATMARK_PARSERS_EXTRACT_INTERNAL_LITERAL_KEYS_H_
#define PATMARK_PARSERS_EXTRACT_INTERNAL_LITERAL_KEYS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace patmark::extract_internal {

class LiteralKeys {
 public:
  // Returns false for a key shorter than two bytes, or past 255 distinct
  // first pairs (the keys in use spell about 40).
  bool Add(std::string_view key, bool ignore_case);

  bool StartsAt(std::string_view text, size_t pos) const {
    if (pos + 1 >= text.size()) return false;
    const uint8_t index = bucket_of_pair_[PairAt(text, pos)];
    if (index == 0) return false;
    const Bucket& bucket = buckets_[index - 1];
    if (!bucket.has_two_byte_key &&
        (pos + 2 >= text.size() || (bucket.third_bytes >> (text[pos + 2] & 63) & 1) == 0)) {
      return false;
    }
    return MatchesAt(bucket, text.substr(pos));
  }

 private:
  struct Key {
    std::string text;  // lower-cased when ignore_case
    bool ignore_case;
  };

  static size_t PairAt(std::string_view text, size_t pos) {
    return static_cast<size_t>(static_cast<unsigned char>(text[pos])) << 8 |
           static_cast<unsigned char>(text[pos + 1]);
  }
  // The keys that begin with one pair of bytes. The third bytes' low six
  // bits, as a set, turn most of the remaining look-alikes away ("生" shares
  // "申"'s first two bytes, and "一", "不" and "中" share "专"'s).
  struct Bucket {
    std::vector<Key> keys;
    uint64_t third_bytes = 0;
    bool has_two_byte_key = false;
  };

  static bool MatchesAt(const Bucket& bucket, std::string_view rest);

  // Every spelling of every key's first two bytes -> 1 + its bucket's index.
  std::array<uint8_t, 1 << 16> bucket_of_pair_{};
  std::vector<Bucket> buckets_;
};

}  // namespace patmark::extract_internal

#endif  // PATMARK_PARSERS_EXTRACT_INTERNAL_LITERAL_KEYS_H_
