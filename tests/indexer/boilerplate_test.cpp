#include "extract/boilerplate.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

TEST(BoilerplateTest, KnownLinesAreBoilerplate) {
  for (const char* line :
       {"Advertisement", "ADVERTISEMENT", "  advertisement  ", "Read more", "Read more:",
        "READ MORE: Ukraine says Russia launched 40 drones at Kyiv overnight",
        "Share this article", "Share on Facebook", "Share on Twitter",
        "Sign up for our newsletter", "Follow us on Twitter and Instagram",
        "Click here to read the full report", "Subscribe to our daily briefing", "Subscribe",
        "Related:", "Related: G7 ministers meet in Capri",
        "(c) Copyright 2024 Al Jazeera", "© 2024 Reuters. All rights reserved.",
        "Copyright 2024 The Associated Press", "Anzeige", "Lire aussi : le G7 à Capri"}) {
    EXPECT_TRUE(is_boilerplate(line)) << line;
  }
}

TEST(BoilerplateTest, ArticleTextIsNot) {
  for (const char* line :
       {"Subscribers to the service rose 8% in the quarter.",
        "Advertisements for the product were banned in 2003.",
        "Related companies also reported losses.", "Sharecroppers protested on Friday.",
        "Shareholders approved the deal.", "Readers wrote in.",
        "US Secretary of State Antony Blinken, centre, greets British Foreign Secretary"}) {
    EXPECT_FALSE(is_boilerplate(line)) << line;
  }
}

TEST(BoilerplateTest, LongParagraphStartingWithAPatternStays) {
  const std::string paragraph =
      "Subscribe, the minister said, was what millions of viewers had done in the months "
      "after the channel launched its streaming service, making it the fastest growing in "
      "the country according to the regulator's latest figures.";
  EXPECT_FALSE(is_boilerplate(paragraph));
}

}  // namespace
}  // namespace newsarchive::indexer
