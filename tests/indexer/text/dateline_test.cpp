#include "text/dateline.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

TEST(DatelineTest, PlaceAndDate) {
  const std::string p = "LONDON, March 3, 2025 \xE2\x80\x94 The Bank of England held rates.";
  const auto d = parse_dateline(p);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "LONDON");
  ASSERT_TRUE(d->date);
  EXPECT_EQ(d->date->iso(), "2025-03-03");
  EXPECT_EQ(d->agency, "");
  EXPECT_EQ(p.substr(d->text_start), "The Bank of England held rates.");
}

TEST(DatelineTest, PlaceDateAndAgency) {
  const std::string p = "BERLIN, 3 March 2025 (Reuters) - Germany's economy shrank.";
  const auto d = parse_dateline(p);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "BERLIN");
  ASSERT_TRUE(d->date);
  EXPECT_EQ(d->date->iso(), "2025-03-03");
  EXPECT_EQ(d->agency, "Reuters");
  EXPECT_EQ(p.substr(d->text_start), "Germany's economy shrank.");
}

TEST(DatelineTest, PlaceWithoutDate) {
  const auto d = parse_dateline("BERLIN (NWS) \xE2\x80\x94 Talks resumed.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "BERLIN");
  EXPECT_FALSE(d->date);
  EXPECT_EQ(d->agency, "NWS");
}

TEST(DatelineTest, PlaceWithRegionAndWeekday) {
  const auto d = parse_dateline("CAPRI, Italy, Friday, April 19, 2024 (AP) \xE2\x80\x93 Ministers met.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "CAPRI, Italy");
  ASSERT_TRUE(d->date);
  EXPECT_EQ(d->date->iso(), "2024-04-19");
  EXPECT_EQ(d->agency, "AP");
}

TEST(DatelineTest, MultiWordPlaceAndYearlessDate) {
  const auto d = parse_dateline("NEW YORK, March 3 - Stocks rose.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "NEW YORK");
  EXPECT_FALSE(d->date);
  const auto e = parse_dateline("WINSTON-SALEM, N.C. -- Tobacco shares fell.");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->place, "WINSTON-SALEM, N.C.");
}

TEST(DatelineTest, CapitalisedPlaceBeforeAnAgency) {
  const auto d = parse_dateline("Berlin (dpa) - Talks between the parties resumed.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "Berlin");
  EXPECT_EQ(d->agency, "dpa");
  const auto e = parse_dateline("San Diego (tca/dpa) - History says otherwise.");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->place, "San Diego");
  // Without the agency, capitalised words are not enough.
  EXPECT_FALSE(parse_dateline("Berlin - talks resumed."));
  EXPECT_FALSE(parse_dateline("Shares in Apple (AAPL) - a record."));
}

TEST(DatelineTest, ChineseDateline) {
  const std::string p = "\xE4\xB8\xB4\xE6\xB1\x9F\xE5\xB8\x82" "5\xE6\x9C\x88" "8\xE6\x97\xA5"
                        "\xE6\xB6\x88\xE6\x81\xAF \xE2\x80\x94 \xE4\xBD\x8D\xE4\xBA\x8E";  // 临江市5月8日消息 — 位于
  const auto d = parse_dateline(p);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "\xE4\xB8\xB4\xE6\xB1\x9F\xE5\xB8\x82");  // 临江市
  EXPECT_FALSE(d->date);
  EXPECT_EQ(p.substr(d->text_start), "\xE4\xBD\x8D\xE4\xBA\x8E");
}

TEST(DatelineTest, OrdinaryParagraphsHaveNone) {
  for (const char* p : {
           "Foreign ministers from the Group of Seven (G7) countries have expressed concern.",
           "The firm - which is now one of the biggest investors in Google - benefited.",
           "Chelsea have sacked Adrian Mutu after he failed a drugs test.",
           "In London - and elsewhere - prices rose.",
           "\xE2\x80\x9CWe cannot accept this,\xE2\x80\x9D she said \xE2\x80\x94 twice.",
           "Quarterly profits at US media giant TimeWarner jumped 76% - a record.",
       }) {
    EXPECT_FALSE(parse_dateline(p)) << p;
  }
}

}  // namespace
}  // namespace newsarchive::indexer
