#include "extract/date_inference.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

std::string inferred(const Article& a) {
  const auto d = infer_date(a);
  return d ? d->iso() : "";
}

TEST(DateInferenceTest, NoDatesNoInference) {
  Article a;
  a.body = {"Ministers met on Friday.", "They met again in March."};
  EXPECT_EQ(inferred(a), "");
}

TEST(DateInferenceTest, LatestCaptionDateWins) {
  Article a;
  a.captions.push_back({"Ministers in Capri, Italy, on April 19, 2024", "", "Reuters"});
  a.captions.push_back({"Blinken in Tokyo on 8 November 2023", "", "AP"});
  a.body = {"The next summit is on 13 June 2024 in Apulia."};
  EXPECT_EQ(inferred(a), "2024-04-19");
}

TEST(DateInferenceTest, LedeDateNeedsItsWeekdayNamed) {
  // 3 March 2025 was a Monday.
  Article a;
  a.body = {"Talks on 3 March 2025 failed, after a first round on 1 February 2025.",
            "The treaty of 12 June 1990 was cited."};
  EXPECT_EQ(inferred(a), "");
  a.body.push_back("Ministers said on Monday they would try again.");
  EXPECT_EQ(inferred(a), "2025-03-03");
}

TEST(DateInferenceTest, StandfirstCountsAsLede) {
  Article a;
  a.standfirst = "Ministers met in Capri on 19 April 2024.";
  a.body = {"The meeting ended on Friday."};
  EXPECT_EQ(inferred(a), "2024-04-19");
}

TEST(DateInferenceTest, DatesBelowTheLedeAreHistory) {
  // 16 January 2002 was a Wednesday, and the text names one.
  Article a;
  a.body = {"The club face a tie on Wednesday. Their manager is confident. Fans are not.",
            "They last won here on 16 January 2002."};
  EXPECT_EQ(inferred(a), "");
}

TEST(DateInferenceTest, SummaryShapedFirstParagraphHandsTheLedeOn) {
  // 8 July 2024 was a Monday.
  Article a;
  a.body = {"The city will begin charging drivers to enter the centre from next spring.",
            "The charge was announced on Monday 8 July 2024 by the mayor.", "More."};
  EXPECT_EQ(inferred(a), "2024-07-08");
}

TEST(DateInferenceTest, PeriodEndsAreNotEventDays) {
  // 31 December 2004 was a Friday.
  Article a;
  a.body = {"For the three months to 31 December 2004, profit rose. Shares rose on Friday."};
  EXPECT_EQ(inferred(a), "");
}

TEST(DateInferenceTest, CaptionDayBeforeTheNamedDay) {
  // 9 July 2025 was a Wednesday; the text speaks of Thursday.
  Article a;
  a.captions.push_back({"Medics attend to riders after a crash on July 9, 2025", "", "AP"});
  a.body = {"The team withdrew from the race on Thursday."};
  EXPECT_EQ(inferred(a), "2025-07-10");
}

TEST(DateInferenceTest, OnlyTheLatestLedeDateCounts) {
  // 7 March 2003 was a Friday, 17 March 2003 a Monday: the Friday does not
  // make the older date the publication date.
  Article a;
  a.body = {"He warned on 7 March 2003 and answered on 17 March 2003.",
            "The report was published on Friday."};
  EXPECT_EQ(inferred(a), "");
}

TEST(DateInferenceTest, FutureDatesNeverCount) {
  Article a;
  a.body = {"Talks opened on 3 March 2025, a Monday; the offer stands until 30 June 2025 "
            "and a vote is scheduled for 10 April 2025."};
  EXPECT_EQ(inferred(a), "2025-03-03");
  Article only_future;
  only_future.captions.push_back({"Voting starts by 30 June 2025", "", "AP"});
  EXPECT_EQ(inferred(only_future), "");
}

}  // namespace
}  // namespace newsarchive::indexer
