// Quote provenance and timelines through the Searcher, on a small index
// written as newsindex writes it: one quote carried by four articles of
// four sources over a week (whole, trimmed and re-punctuated, elided, and
// given to another speaker), beside other quotes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "newsarchive/search.h"
#include "provenance.h"
#include "writer/writer.h"

namespace newsarchive {
namespace {

namespace fs = std::filesystem;

constexpr const char* kWhole =
    "The river has given this town its living for three hundred years and we are not going "
    "to stand by while it is turned into a drain";

Article carrier(const std::string& id, const std::string& source, const std::string& date,
                const std::string& quote, const std::string& speaker) {
  Article a;
  a.id = id;
  a.format = "text";
  a.language = "en";
  a.source = source;
  a.date = date;
  a.headline = "Town protests over river plan (" + source + ")";
  a.body = {"Residents marched to the water on Saturday. \u201c" + quote + ",\u201d said " +
                speaker + ".",
            "\u201cEvery minister,\u201d said Ola Brand of " + source + "'s readers' panel."};
  a.quotes = {{quote, speaker, speaker, "said", 0, "full", "person"},
              {"Every minister", "Ola Brand " + source,
               "Ola Brand", "said", 1, "full", "person"}};
  return a;
}

class ProvenanceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsarchive-provenance-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    path_ = (dir_ / "db").string();
    indexer::Writer w(path_);
    // Written out of date order: the first appearance is the earliest date.
    w.write(carrier("c", "Harbour Post", "2025-03-12",
                    "The river has given this town its living for three hundred years ... we "
                    "are not going to stand by while it is turned into a drain",
                    "Mara Quill"));
    w.write(carrier("a", "Kelder Advertiser", "2025-03-10", kWhole, "Mara Quill"));
    w.write(carrier("b", "Meridian Press", "2025-03-11",
                    "The river has given this town its living for three hundred years. And we are "
                    "not going to stand by",
                    "Mara Quill"));
    w.write(carrier("d", "Daily Ledger", "2025-03-17", kWhole, "Tom Reid"));
    Article undated = carrier("e", "Town Crier", "", "Not a word about the river from anyone here today", "Ann Vale");
    w.write(undated);
    w.commit();
    searcher_ = Searcher::open(path_);
    ASSERT_TRUE(searcher_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  SearchResponse quotes(const std::string& q, bool collapse = true) {
    SearchRequest r;
    r.query = q;
    r.mode = Mode::quotes;
    r.collapse = collapse;
    return searcher_->search(r);
  }

  fs::path dir_;
  std::string path_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(ProvenanceTest, OneHitTellsWhereTheQuoteFirstAppearedAndWhoCarriedIt) {
  const SearchResponse r = quotes("quote:drain");
  ASSERT_TRUE(r.status.ok()) << r.status.to_string();
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.estimated_total, 1u);
  const QuoteProvenance& p = r.hits[0].provenance;
  EXPECT_EQ(p.key.size(), 16u);
  EXPECT_EQ(p.documents, 4u);
  EXPECT_EQ(p.articles, 4u);
  EXPECT_EQ(p.sources, 4u);
  EXPECT_EQ(p.first.article, "a");
  EXPECT_EQ(p.first.quote_id, "a#q1");
  EXPECT_EQ(p.first.date, "2025-03-10");
  EXPECT_EQ(p.first.source, "Kelder Advertiser");
  EXPECT_EQ(p.last.article, "d");
  EXPECT_EQ(p.last.date, "2025-03-17");
  // The carriers disagree on the speaker, and the hit says so.
  ASSERT_EQ(p.speakers.size(), 2u);
  EXPECT_EQ(p.speakers[0].value, "Mara Quill");
  EXPECT_EQ(p.speakers[0].count, 3u);
  EXPECT_EQ(p.speakers[1].value, "Tom Reid");
  EXPECT_TRUE(p.speakers_disagree());
  EXPECT_TRUE(p.carriers.empty());
  // The matching carriers folded into the hit: the trimmed one lacks "drain".
  EXPECT_EQ(r.hits[0].copies, 2u);
}

TEST_F(ProvenanceTest, WithoutCollapsingTheHitListsEveryCarrierOldestFirst) {
  const SearchResponse r = quotes("quote:drain", false);
  ASSERT_EQ(r.hits.size(), 1u);
  std::vector<std::string> order;
  for (const QuoteCarrier& c : r.hits[0].provenance.carriers) order.push_back(c.article);
  EXPECT_EQ(order, (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(r.hits[0].provenance.carriers[3].speaker, "Tom Reid");
  EXPECT_EQ(r.hits[0].provenance.carriers[1].headline, "Town protests over river plan (Meridian Press)");
}

TEST_F(ProvenanceTest, TheQuoteKeyFindsTheCarriersInEitherMode) {
  const std::string key = quotes("quote:drain").hits.at(0).provenance.key;
  const SearchResponse q = quotes("quotekey:" + key);
  ASSERT_TRUE(q.status.ok()) << q.status.to_string();
  EXPECT_EQ(q.hits.size(), 1u);
  SearchRequest articles;
  articles.query = "quotekey:" + key;
  articles.sort = Sort::oldest;
  const SearchResponse a = searcher_->search(articles);
  ASSERT_TRUE(a.status.ok()) << a.status.to_string();
  ASSERT_EQ(a.hits.size(), 4u);
  EXPECT_EQ(a.hits[0].id, "a");
}

TEST_F(ProvenanceTest, AQuoteOfOneArticleIsItsOwnHit) {
  const SearchResponse r = quotes("speaker:vale");
  ASSERT_EQ(r.hits.size(), 1u);
  const QuoteProvenance& p = r.hits[0].provenance;
  EXPECT_EQ(p.articles, 1u);
  EXPECT_EQ(p.first.article, "e");
  EXPECT_EQ(p.first.date, "");
  EXPECT_FALSE(p.speakers_disagree());
  // The short quote each article has is one hit each: a quote under
  // kMinSharedQuoteWords words is not shared across stories.
  EXPECT_EQ(quotes("quote:minister").hits.size(), 5u);
}

TEST_F(ProvenanceTest, ReadingFewerCarriersThanThereAreSaysSo) {
  const std::string key = quotes("quote:drain").hits.at(0).provenance.key;
  const Xapian::Database db(path_);
  std::size_t read = 0;
  const QuoteProvenance two = query::provenance_of(db, key, true, 2, &read);
  EXPECT_EQ(read, 4u);  // the key's carriers, read or not
  EXPECT_EQ(two.documents, 4u);
  EXPECT_FALSE(two.complete);
  EXPECT_EQ(two.first.article, "a");
  EXPECT_EQ(two.last.article, "d");  // the newest, read apart
  EXPECT_EQ(two.carriers.size(), 2u);
  EXPECT_EQ(two.articles, 2u);
  const QuoteProvenance all = query::provenance_of(db, key, false, kMaxQuoteCarriers, &read);
  EXPECT_TRUE(all.complete);
  EXPECT_EQ(read, 8u);
  // None read still gives the oldest.
  EXPECT_EQ(query::provenance_of(db, key, false, 0, nullptr).first.article, "a");
}

TEST_F(ProvenanceTest, UndatedCarriersComeAfterTheDated) {
  const std::string key = quotes("quote:drain").hits.at(0).provenance.key;
  {
    indexer::Writer w(path_);
    w.write(carrier("u1", "Undated Weekly", "", kWhole, "Mara Quill"));
    w.write(carrier("u2", "Undated Monthly", "", kWhole, "Mara Quill"));
    w.commit();
  }
  const Xapian::Database db(path_);
  // Read one: the oldest dated, not an undated one (their order key's day is 0).
  const QuoteProvenance one = query::provenance_of(db, key, true, 1, nullptr);
  EXPECT_EQ(one.documents, 6u);
  EXPECT_EQ(one.first.article, "a");
  const QuoteProvenance all = query::provenance_of(db, key, true, kMaxQuoteCarriers, nullptr);
  ASSERT_EQ(all.carriers.size(), 6u);
  EXPECT_EQ(all.carriers[3].article, "d");
  EXPECT_EQ(all.carriers[4].date, "");
  EXPECT_EQ(all.last.article, "d");  // the latest dated
  EXPECT_EQ(all.sources, 6u);
}

TEST_F(ProvenanceTest, TimelinesCountTheWholeMatchPerPeriod) {
  SearchRequest r;
  r.query = "river";
  r.timeline = Interval::day;
  r.limit = 1;
  const SearchResponse days = searcher_->search(r);
  ASSERT_TRUE(days.status.ok()) << days.status.to_string();
  const Timeline& t = days.timeline;
  EXPECT_EQ(t.interval, Interval::day);
  ASSERT_EQ(t.periods.size(), 8u);  // 10 to 17 March
  EXPECT_EQ(t.periods.front().label, "2025-03-10");
  EXPECT_EQ(t.periods.front().count, 1u);
  EXPECT_EQ(t.periods[4].count, 0u);
  EXPECT_EQ(t.undated, 1u);
  EXPECT_EQ(days.hits.size(), 1u);

  r.timeline = Interval::week;
  r.timeline_by = "source";
  r.timeline_top = 1;
  const SearchResponse weeks = searcher_->search(r);
  ASSERT_TRUE(weeks.status.ok()) << weeks.status.to_string();
  ASSERT_EQ(weeks.timeline.periods.size(), 2u);
  EXPECT_EQ(weeks.timeline.periods[0].label, "2025-W11");
  EXPECT_EQ(weeks.timeline.periods[0].count, 3u);
  ASSERT_EQ(weeks.timeline.periods[0].top.size(), 1u);
  EXPECT_EQ(weeks.timeline.periods[1].top.at(0).value, "Daily Ledger");
  EXPECT_EQ(weeks.timeline.by, "source");
}

TEST_F(ProvenanceTest, QuoteTimelinesCountQuotesAndTheirSpeakers) {
  SearchRequest r;
  r.query = "quote:drain";
  r.mode = Mode::quotes;
  r.timeline = Interval::month;
  r.timeline_by = "speaker";
  const SearchResponse m = searcher_->search(r);
  ASSERT_TRUE(m.status.ok()) << m.status.to_string();
  // The carriers that match: not the trimmed one, which lacks "drain".
  ASSERT_EQ(m.timeline.periods.size(), 1u);
  EXPECT_EQ(m.timeline.periods[0].count, 3u);
  ASSERT_EQ(m.timeline.periods[0].top.size(), 2u);
  EXPECT_EQ(m.timeline.periods[0].top[0].value, "Mara Quill");
  EXPECT_EQ(m.timeline.periods[0].top[0].count, 2u);
}

TEST_F(ProvenanceTest, TheWholeArchivesTimelineFollowsTheDatabase) {
  SearchRequest r;
  r.query = "*";
  r.timeline = Interval::year;
  r.facets = {"source"};
  auto count = [&] {
    const SearchResponse all = searcher_->search(r);
    EXPECT_TRUE(all.status.ok()) << all.status.to_string();
    return all.timeline.periods.empty() ? 0 : all.timeline.periods.back().count;
  };
  EXPECT_EQ(count(), 4u);
  EXPECT_EQ(count(), 4u);  // counted once, then kept
  {
    indexer::Writer w(path_);
    w.write(carrier("f", "Late Edition", "2025-12-01", "A word from the late edition", "Ann Vale"));
    w.commit();
  }
  EXPECT_EQ(count(), 5u);  // the database changed: counted again
  r.mode = Mode::quotes;
  EXPECT_EQ(count(), 10u);
}

TEST_F(ProvenanceTest, TimelineRequestsAreChecked) {
  SearchRequest r;
  r.query = "river";
  r.timeline_by = "speaker";
  EXPECT_EQ(searcher_->search(r).status.code(), StatusCode::invalid_argument);
  r.timeline = Interval::month;
  r.timeline_by = "colour";
  EXPECT_EQ(searcher_->search(r).status.code(), StatusCode::invalid_argument);
  r.timeline_by = "speaker";
  r.timeline_top = 0;
  EXPECT_EQ(searcher_->search(r).status.code(), StatusCode::invalid_argument);
  r.timeline_top = 101;
  EXPECT_EQ(searcher_->search(r).status.code(), StatusCode::invalid_argument);
  r.timeline_top = 100;
  EXPECT_TRUE(searcher_->search(r).status.ok());
}

}  // namespace
}  // namespace newsarchive
