// Form normalization: quotes, dashes, ellipsis, NFC, invalid bytes.
#include "text/normalizer.h"

#include <gtest/gtest.h>

#include "text/lexicon.h"

namespace herodotus::text {
namespace {

TEST(NormalizerTest, AsciiUnchanged) { EXPECT_EQ(NormalizeForm("Hello"), "Hello"); }

TEST(NormalizerTest, Quotes) {
  EXPECT_EQ(NormalizeForm("\xE2\x80\x9C"), "\"");
  EXPECT_EQ(NormalizeForm("\xE2\x80\x9D"), "\"");
  EXPECT_EQ(NormalizeForm("n\xE2\x80\x99t"), "n't");
  EXPECT_EQ(NormalizeForm("\xC2\xAB"), "\"");
  EXPECT_EQ(NormalizeForm("`"), "'");
}

TEST(NormalizerTest, Dashes) {
  EXPECT_EQ(NormalizeForm("\xE2\x80\x94"), "--");
  EXPECT_EQ(NormalizeForm("\xE2\x80\x93"), "-");
  EXPECT_EQ(NormalizeForm("\xE2\x80\xA6"), "...");
}

TEST(NormalizerTest, Nfc) {
  EXPECT_EQ(NormalizeForm("e\xCC\x81"), "\xC3\xA9");
  EXPECT_EQ(NormalizeForm("\xC3\xA9"), "\xC3\xA9");
}

TEST(NormalizerTest, InvalidBytesBecomeReplacement) {
  EXPECT_EQ(NormalizeForm("a\xFF"), "a\xEF\xBF\xBD");
}

TEST(LexiconTest, Lists) {
  EXPECT_TRUE(IsAbbreviation("Mr"));
  EXPECT_TRUE(IsAbbreviation("etc"));
  EXPECT_TRUE(IsAbbreviation("ETC"));
  EXPECT_FALSE(IsAbbreviation("house"));
  EXPECT_TRUE(IsTitleAbbreviation("Col"));
  EXPECT_FALSE(IsTitleAbbreviation("Inc"));
  EXPECT_TRUE(IsSentenceStarter("He"));
  EXPECT_FALSE(IsSentenceStarter("Smith"));
  EXPECT_TRUE(IsHyphenPrefix("Non"));
}

}  // namespace
}  // namespace herodotus::text
