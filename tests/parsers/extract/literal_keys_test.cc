#include "parsers/extract/internal/literal_keys.h"

#include <gtest/gtest.h>

namespace patmark::extract_internal {
namespace {

LiteralKeys CatalogKeys() {
  LiteralKeys keys;
  EXPECT_TRUE(keys.Add("zl", /*ignore_case=*/true));
  EXPECT_TRUE(keys.Add("des.", true));
  EXPECT_TRUE(keys.Add("专利", false));
  EXPECT_TRUE(keys.Add("申请号", false));
  EXPECT_TRUE(keys.Add("US", false));
  EXPECT_TRUE(keys.Add("U.S", false));
  return keys;
}

// Every position of the text at which some key starts.
std::vector<size_t> Starts(const LiteralKeys& keys, std::string_view text) {
  std::vector<size_t> at;
  for (size_t i = 0; i < text.size(); ++i) if (keys.StartsAt(text, i)) at.push_back(i);
  return at;
}

TEST(LiteralKeys, FindsEachKeyWhereItStarts) {
  const LiteralKeys keys = CatalogKeys();
  struct Case {
    std::string_view text;
    std::vector<size_t> starts;
  } cases[] = {
      {"专利号：ZL201410026192.3", {0, 12}},
      {"zL 2014", {0}},
      {"Zl", {0}},
      {"Des. 123", {0}},
      {"DES 123", {}},                 // the key has a dot
      {"US 9,876,543", {0}},
      {"us 9,876,543", {}},            // "US" is case-sensitive
      {"U.S. Pat.", {0}},
      {"发明专利申请号", {6, 12}},
      {"专", {}},                       // a key cut off by the end of the text
      {"申请", {}},
      {"国药准字Z44027114", {}},
      {"", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Starts(keys, c.text), c.starts) << c.text;
}

TEST(LiteralKeys, RefusesKeysShorterThanTwoBytes) {
  LiteralKeys keys;
  EXPECT_FALSE(keys.Add("Z", true));
  EXPECT_FALSE(keys.Add("", false));
  EXPECT_FALSE(keys.StartsAt("Z1", 0));
}

}  // namespace
}  // namespace patmark::extract_internal
