#include "parsers/normalize/normalizer.h"

#include <gtest/gtest.h>

namespace patmark {
namespace {

struct Case {
  const char* in;
  const char* out;
};

TEST(Normalize, FoldsFullWidthPunctuationAndSpace) {
  const Case cases[] = {
      {"专利号：ＺＬ　２０１４　１　００２６１９２．３", "专利号:ZL 2014 1 0026192.3"},
      {"（专利申请，尚未授权）", "(专利申请,尚未授权)"},
      {"ZL201410026192.3、ZL201620161392.4", "ZL201410026192.3,ZL201620161392.4"},
      {"专利号∶ZL 2014 1 0026192·3", "专利号:ZL 2014 1 0026192.3"},
      {"a \t\r\n b", "a b"},
      {"a\u00A0\u3000b", "a b"},
      {"Z\u200BL2014", "ZL2014"},  // zero-width space dropped
      {"①号", "1号"},
      {"10\u201312", "10-12"},
      {"【专利】", "[专利]"},
      {"plain ascii", "plain ascii"},
  };
  for (const Case& c : cases) {
    NormalizedText n;
    Normalize(c.in, &n);
    EXPECT_EQ(n.text, c.out) << c.in;
  }
}

// Every span of normalized text maps to original bytes that normalize to it.
TEST(OffsetMap, SpansMapBackToTheOriginalBytes) {
  const std::string original = "说明：专利号：ＺＬ　２０１４　１　００２６１９２．３  外观";
  NormalizedText n;
  Normalize(original, &n);
  size_t zl = n.text.find("ZL");
  size_t end = n.text.find(".3") + 2;
  Span o = n.map.ToOriginal(Span{zl, end});
  EXPECT_EQ(original.substr(o.begin, o.size()), "ＺＬ　２０１４　１　００２６１９２．３");
  size_t label = n.text.find("专利号");
  o = n.map.ToOriginal(Span{label, end});
  EXPECT_EQ(original.substr(o.begin, o.size()), "专利号：ＺＬ　２０１４　１　００２６１９２．３");
  // The collapsed double space maps to both original spaces.
  size_t space = end;
  o = n.map.ToOriginal(Span{space, space + 1});
  EXPECT_EQ(original.substr(o.begin, o.size()), "  ");
}

TEST(OffsetMap, IdentityForAscii) {
  NormalizedText n;
  Normalize("Patent ZL201410026192.3", &n);
  EXPECT_EQ(n.map.segment_count(), 1u);
  EXPECT_EQ(n.map.ToOriginal(Span{7, 23}), (Span{7, 23}));
}

TEST(OffsetMap, DroppedCharactersInsideASpanAreCovered) {
  const std::string original = "ZL\u200B2014  1";
  NormalizedText n;
  Normalize(original, &n);
  ASSERT_EQ(n.text, "ZL2014 1");
  Span o = n.map.ToOriginal(Span{0, n.text.size()});
  EXPECT_EQ(o, (Span{0, original.size()}));
  o = n.map.ToOriginal(Span{0, 2});  // "ZL" stops before the dropped ZWSP
  EXPECT_EQ(original.substr(o.begin, o.size()), "ZL");
}

}  // namespace
}  // namespace patmark
