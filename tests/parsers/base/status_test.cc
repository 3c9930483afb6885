#include "parsers/base/status.h"

#include <gtest/gtest.h>

#include "parsers/base/status_macros.h"
#include "parsers/base/statusor.h"

namespace patmark {
namespace {

TEST(Status, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(Status, ErrorCarriesCodeAndMessage) {
  Status s = NotFoundError("catalog.csv: no such file");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.ToString(), "not_found: catalog.csv: no such file");
}

TEST(Status, WithContextPrefixesErrorsOnly) {
  EXPECT_EQ(InvalidArgumentError("bad date").WithContext("--as-of").message(), "--as-of: bad date");
  EXPECT_TRUE(OkStatus().WithContext("x").ok());
}

StatusOr<int> Half(int n) {
  if (n % 2 != 0) return InvalidArgumentError(std::to_string(n) + " is odd");
  return n / 2;
}

StatusOr<int> Quarter(int n) {
  PATMARK_ASSIGN_OR_RETURN(int half, Half(n));
  PATMARK_ASSIGN_OR_RETURN(int quarter, Half(half));
  return quarter;
}

Status CheckEven(int n) {
  PATMARK_RETURN_IF_ERROR(Half(n).status());
  return OkStatus();
}

TEST(StatusMacros, PropagateTheFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_EQ(Quarter(6).status().message(), "3 is odd");
  EXPECT_TRUE(CheckEven(4).ok());
  EXPECT_EQ(CheckEven(5).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace patmark
