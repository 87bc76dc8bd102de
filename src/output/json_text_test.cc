#include "output/json_text.h"

#include <gtest/gtest.h>

namespace herodotus::output {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(&out, s);
  return out;
}

TEST(JsonText, Escapes) {
  EXPECT_EQ(Json("plain"), "\"plain\"");
  EXPECT_EQ(Json("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(Json("\n\t\r\b\f"), "\"\\n\\t\\r\\b\\f\"");
  EXPECT_EQ(Json(std::string_view("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
  EXPECT_EQ(Json(std::string_view("\0", 1)), "\"\\u0000\"");
}

TEST(JsonText, KeepsValidUtf8AndReplacesInvalid) {
  EXPECT_EQ(Json("Zürich – 東京 😀"), "\"Zürich – 東京 😀\"");
  EXPECT_EQ(Json("a\xff" "b"), "\"a\xEF\xBF\xBD" "b\"");
  EXPECT_EQ(Json("\xC3"), "\"\xEF\xBF\xBD\"");              // truncated sequence
  EXPECT_EQ(Json("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // overlong
  EXPECT_EQ(Json("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // surrogate
}

TEST(JsonText, Numbers) {
  auto num = [](double v) {
    std::string s;
    AppendJsonNumber(&s, v);
    return s;
  };
  EXPECT_EQ(num(-2.0), "-2.0");
  EXPECT_EQ(num(0), "0.0");
  EXPECT_EQ(num(30.51), "30.51");
  EXPECT_EQ(num(47.7804), "47.7804");
  EXPECT_EQ(num(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(num(std::numeric_limits<double>::quiet_NaN()), "null");
}

}  // namespace
}  // namespace herodotus::output
