#include "extract/caption.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(CaptionTest, AltTextThenCaptionWithCredit) {
  const auto c = parse_caption(
      {"US Secretary of State Antony Blinken shakes hands with Britain's Foreign Secretary David Cameron,",
       "US Secretary of State Antony Blinken, centre, greets British Foreign Secretary David Cameron in "
       "Capri, Italy, on April 19, 2024 [Gregorio Borgia/Pool via Reuters]"});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->alt_text,
            "US Secretary of State Antony Blinken shakes hands with Britain's Foreign Secretary David Cameron,");
  EXPECT_EQ(c->text,
            "US Secretary of State Antony Blinken, centre, greets British Foreign Secretary David Cameron in "
            "Capri, Italy, on April 19, 2024");
  EXPECT_EQ(c->credit, "Gregorio Borgia/Pool via Reuters");
}

TEST(CaptionTest, SingleCaptionLine) {
  const auto c = parse_caption({"Rescuers search the rubble in Antakya [ Umit Bektas / Reuters ]"});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->alt_text, "");
  EXPECT_EQ(c->text, "Rescuers search the rubble in Antakya");
  EXPECT_EQ(c->credit, "Umit Bektas / Reuters");
}

TEST(CaptionTest, NotCaptions) {
  // No credit; an editorial insertion mid-sentence; an empty bracket; a
  // three-line block; a long bracket.
  EXPECT_FALSE(parse_caption({"A paragraph of text."}));
  EXPECT_FALSE(parse_caption({"He urged China to use its influence on [Russian President Vladimir] Putin."}));
  EXPECT_FALSE(parse_caption({"Something []"}));
  EXPECT_FALSE(parse_caption({"a", "b", "c [Reuters]"}));
  EXPECT_FALSE(parse_caption(
      {"He said [that the one two three four five six seven eight nine ten eleven twelve]"}));
  EXPECT_FALSE(parse_caption({"[Reuters]"}));
  // A digest item citing its source is not a photo caption.
  EXPECT_FALSE(parse_caption({"HILLARY CLINTON IS FEELING THE BERN Sanders said so. [NYT.]"}));
}

TEST(CaptionTest, SplitCredit) {
  std::string_view text;
  std::string_view credit;
  ASSERT_TRUE(split_credit("Smoke rises over Gaza [AFP]", text, credit));
  EXPECT_EQ(text, "Smoke rises over Gaza");
  EXPECT_EQ(credit, "AFP");
  EXPECT_FALSE(split_credit("No credit here", text, credit));
}

}  // namespace
}  // namespace newsarchive::indexer
