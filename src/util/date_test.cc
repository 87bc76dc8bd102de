#include <gtest/gtest.h>

#include "herodotus/article.h"
#include "herodotus/status.h"

namespace herodotus {

TEST(DateTest, ParsesAndRejects) {
  Date d;
  ASSERT_TRUE(Date::Parse("2018-10-03", &d));
  EXPECT_EQ(d, (Date{2018, 10, 3}));
  EXPECT_EQ(d.ToString(), "2018-10-03");
  EXPECT_TRUE(Date::Parse("2020-02-29", &d));
  EXPECT_FALSE(Date::Parse("2019-02-29", &d));
  EXPECT_FALSE(Date::Parse("2019-13-01", &d));
  EXPECT_FALSE(Date::Parse("2019-1-01", &d));
  EXPECT_FALSE(Date::Parse("20x9-01-01", &d));
  EXPECT_FALSE(Date::Parse("", &d));
}

TEST(StatusTest, CarriesCodeAndMessage) {
  Status s = Status::DataLoss("m.bin: checksum mismatch");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "data loss: m.bin: checksum mismatch");
  Result<int> r = 3;
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(*r, 3);
  Result<int> e = Status::NotFound("x");
  EXPECT_EQ(e.status().code(), StatusCode::kNotFound);
}

}  // namespace herodotus
