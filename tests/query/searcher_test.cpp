// The query library end to end, on a small index written through the
// indexer's Writer.
#include "newsarchive/article_json.h"
#include "newsarchive/render.h"
#include "newsarchive/search.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "newsarchive/schema.h"
#include "writer/database.h"
#include "writer/segment_build.h"
#include "writer/shard_set.h"
#include "writer/writer.h"

namespace newsarchive {
namespace {

namespace fs = std::filesystem;

Article article(std::string id, std::string headline, std::vector<std::string> body,
                std::string date = "", std::string language = "en") {
  Article a;
  a.id = std::move(id);
  a.format = "text";
  a.headline = std::move(headline);
  a.body = std::move(body);
  a.date = std::move(date);
  a.language = std::move(language);
  return a;
}

class SearcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsarchive-searcher-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    path_ = (dir_ / "db").string();
    indexer::Writer w(path_);
    w.write(article("a", "Ad sales boost Time Warner profit",
                    {"Quarterly profits at the media giant jumped.", "Advert sales rose."},
                    "2005-01-10"));
    w.write(article("b", "Profit warning at the brewer",
                    {"The brewer said ad sales were not the problem; costs were.",
                     "Profits fell sharply."},
                    "2005-03-02"));
    w.write(article("c", "Capri talks end",
                    {"Ministers met on Capri and talked about sales of weapons."}, "2024-04-19"));
    w.write(article("d", "Die Regierungen verhandeln",
                    {"Die Regierungen der Länder verhandeln über das Ticket."}, "2024-01-17",
                    "de"));
    w.commit();
  }
  void TearDown() override { fs::remove_all(dir_); }

  SearchResponse search(const std::string& q, Sort sort = Sort::relevance) {
    Status status;
    auto s = Searcher::open(path_, &status);
    EXPECT_TRUE(s) << status.to_string();
    SearchRequest r;
    r.query = q;
    r.sort = sort;
    return s->search(r);
  }

  static std::vector<std::string> ids(const SearchResponse& r) {
    std::vector<std::string> out;
    for (const Hit& h : r.hits) out.push_back(h.id);
    return out;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SearcherTest, AnArticleByItsExactId) {
  {
    indexer::Writer w(path_);
    Article odd = article("feeds/\"quoted\" id?x=1&y=2#frag", "An id of any bytes",
                          {"\u201CWe will build it,\u201D said Ana Paz."});
    odd.quotes.push_back({"We will build it", "Ana Paz", "Ana Paz", "said", 0, "full", "person"});
    w.write(odd);
    w.commit();
  }
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  std::string json;
  ASSERT_TRUE(s->article("a", json).ok());
  Article a;
  ASSERT_TRUE(from_json(json, a));
  EXPECT_EQ(a.headline, "Ad sales boost Time Warner profit");
  EXPECT_EQ(a.body.size(), 2u);
  const std::string odd_id = "feeds/\"quoted\" id?x=1&y=2#frag";
  ASSERT_TRUE(s->article(odd_id, json).ok());
  ASSERT_TRUE(from_json(json, a));
  EXPECT_EQ(a.id, odd_id);
  EXPECT_EQ(a.quotes.size(), 1u);
  // A quote's own id is no article's; ids are matched exactly.
  EXPECT_EQ(s->article(odd_id + "#q1", json).code(), StatusCode::not_found);
  EXPECT_EQ(s->article("A", json).code(), StatusCode::not_found);
  EXPECT_EQ(s->article("", json).code(), StatusCode::invalid_argument);
  EXPECT_EQ(s->article(std::string(kMaxArticleIdBytes + 1, 'x'), json).code(),
            StatusCode::invalid_argument);
}

TEST_F(SearcherTest, HeadlinePhraseRanksFirst) {
  auto r = search("\"ad sales\"");
  ASSERT_TRUE(r.status.ok()) << r.status.to_string();
  ASSERT_EQ(ids(r), (std::vector<std::string>{"a", "b"}));  // headline beats body
  EXPECT_EQ(ids(search("headline:\"ad sales\"")), (std::vector<std::string>{"a"}));
}

TEST_F(SearcherTest, StemsMatchInflections) {
  EXPECT_EQ(ids(search("profit brewer")), (std::vector<std::string>{"b"}));
  EXPECT_EQ(ids(search("Regierung")), (std::vector<std::string>{"d"}));
}

TEST_F(SearcherTest, DateRangesAndSorting) {
  EXPECT_EQ(ids(search("sales date:2005")).size(), 2u);
  EXPECT_EQ(ids(search("sales date:2024-04-01..2024-04-30")), (std::vector<std::string>{"c"}));
  EXPECT_EQ(ids(search("sales", Sort::newest)), (std::vector<std::string>{"c", "b", "a"}));
  EXPECT_EQ(ids(search("sales", Sort::oldest)), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(ids(search("date:2024", Sort::oldest)), (std::vector<std::string>{"d", "c"}));
}

TEST_F(SearcherTest, NotExcludes) {
  EXPECT_EQ(ids(search("sales -capri")).size(), 2u);
  EXPECT_EQ(ids(search("NOT sales")), (std::vector<std::string>{"d"}));
}

TEST_F(SearcherTest, HitsCarrySnippetsWithHighlights) {
  auto r = search("profit");
  ASSERT_FALSE(r.hits.empty());
  const Hit& h = r.hits.front();
  ASSERT_GE(h.snippets.size(), 2u);
  EXPECT_EQ(h.snippets[0].field, "headline");
  EXPECT_FALSE(h.snippets[0].highlights.empty());
  EXPECT_EQ(h.snippets[1].field, "body");
  EXPECT_FALSE(h.snippets[1].highlights.empty());
  EXPECT_FALSE(h.date.empty());
}

TEST_F(SearcherTest, BadQueryIsAStatusNotAnException) {
  auto r = search("headline:(ad sales");
  EXPECT_EQ(r.status.code(), StatusCode::bad_query);
  EXPECT_EQ(r.status.position(), 9u);
  EXPECT_TRUE(r.hits.empty());
}

TEST_F(SearcherTest, InvalidUtf8QueryIsABadQuery) {
  auto r = search("ad \xC3( sales");
  EXPECT_EQ(r.status.code(), StatusCode::bad_query);
  EXPECT_EQ(r.status.position(), 3u);
  EXPECT_EQ(r.status.fragment(), "\\xC3");
  EXPECT_TRUE(r.hits.empty());
}

// Issue 16: a 270 kB query with --any took 7.8 s. The limits are the
// searcher's options, and a query over one is a bad query naming it.
TEST_F(SearcherTest, QueryLimitsComeFromTheOptions) {
  SearcherOptions options;
  options.limits.max_terms = 2;
  options.limits.max_bytes = 40;
  Status status;
  auto s = Searcher::open(path_, &status, options);
  ASSERT_TRUE(s) << status.to_string();
  SearchRequest r;
  r.query = "ad sales";
  EXPECT_TRUE(s->search(r).status.ok());
  r.query = "ad sales profit";
  SearchResponse over = s->search(r);
  EXPECT_EQ(over.status.code(), StatusCode::bad_query);
  EXPECT_EQ(over.status.position(), 9u);
  EXPECT_EQ(over.status.fragment(), "profit");
  EXPECT_NE(over.status.message().find("limit of 2 terms"), std::string::npos)
      << over.status.message();
  // Length comes first: a long query is refused before anything reads it,
  // invalid UTF-8 and all.
  r.query = std::string(41, 'a') + "\xC3(";
  over = s->search(r);
  EXPECT_EQ(over.status.code(), StatusCode::bad_query);
  EXPECT_EQ(over.status.position(), 40u);
  EXPECT_EQ(over.status.message(), "the query is 43 bytes long, over the limit of 40 bytes");

  // The default: the web backend's 4,096 bytes.
  auto d = Searcher::open(path_);
  ASSERT_TRUE(d);
  std::string words;
  while (words.size() < 270'000) words += "a b c d e f g h i j k l m ";
  r.query = words;
  r.match_all = false;
  over = d->search(r);
  EXPECT_EQ(over.status.code(), StatusCode::bad_query);
  EXPECT_NE(over.status.message().find("over the limit of 4096 bytes"), std::string::npos);
  EXPECT_LT(over.elapsed_ms, 100.0);

  // Nesting deeper than the parser's stack allows is refused at open.
  options.limits.max_depth = kMaxQueryDepth + 1;
  EXPECT_FALSE(Searcher::open(path_, &status, options));
  EXPECT_EQ(status.code(), StatusCode::invalid_argument);
  EXPECT_NE(status.message().find("max_depth"), std::string::npos) << status.message();
}

// newsindex ends a run with Writer::finish(), which fills the spelling table
// from the body words of at least two articles ("profit": e and f).
TEST_F(SearcherTest, DidYouMeanOnlyWhenTheCorrectionFindsMore) {
  {
    indexer::Writer w(path_);
    w.write(article("e", "Profit falls at the ferry company", {"Profit fell by a fifth."},
                    "2024-02-02"));
    w.write(article("f", "Airline results", {"Its profit doubled."}, "2024-02-03"));
    w.finish();
  }
  auto typo = search("proffit");
  EXPECT_TRUE(typo.hits.empty());
  EXPECT_EQ(typo.corrected_query, "profit");
  // Only the unknown word changes; the rest is kept as typed.
  EXPECT_EQ(search("Sales  proffit").corrected_query, "Sales  profit");
  EXPECT_EQ(search("profit").corrected_query, "");  // known: nothing to offer
  EXPECT_EQ(search("headline:proffit").corrected_query, "");  // fields are left alone
  // A correction that finds no more than the query given is not offered:
  // "profit zzyzx" finds nothing either (no article has zzyzx).
  EXPECT_EQ(search("proffit zzyzx").corrected_query, "");
  SearchRequest r;
  r.query = "proffit";
  r.suggest_spelling = false;
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->search(r).corrected_query, "");
}

TEST_F(SearcherTest, SynonymsFromAFile) {
  const std::string file = (dir_ / "synonyms.txt").string();
  std::ofstream(file) << "# arms\nweapons, arms, munitions\n";
  SearcherOptions options;
  options.synonyms_file = file;
  Status status;
  auto s = Searcher::open(path_, &status, options);
  ASSERT_TRUE(s) << status.to_string();
  SearchRequest r;
  r.query = "arms";
  EXPECT_EQ(ids(s->search(r)), std::vector<std::string>{"c"});  // c says "weapons"
  EXPECT_TRUE(search("arms").hits.empty());                      // without the file

  std::ofstream(file) << "weapons\n";
  EXPECT_FALSE(Searcher::open(path_, &status, options));
  EXPECT_EQ(status.code(), StatusCode::invalid_argument);
  EXPECT_NE(status.message().find("line 1"), std::string::npos) << status.message();
}

TEST_F(SearcherTest, SeveralDatabasesSearchedAsOne) {
  const std::string second = (dir_ / "db2").string();
  {
    indexer::Writer w(second);
    w.write(article("x", "Arms talks in Geneva", {"Talks on weapons resumed."}, "2024-05-01"));
    w.commit();
  }
  Status status;
  auto s = Searcher::open_shards({path_, second}, &status);
  ASSERT_TRUE(s) << status.to_string();
  EXPECT_EQ(s->article_count(), 5u);
  SearchRequest r;
  r.query = "weapons";
  auto found = ids(s->search(r));
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"c", "x"}));

  EXPECT_FALSE(Searcher::open_shards({path_, (dir_ / "none").string()}, &status));
  EXPECT_EQ(status.code(), StatusCode::not_found);
  EXPECT_NE(status.message().find("none"), std::string::npos);
}

TEST_F(SearcherTest, MoreLikeThisLeavesTheArticleOut) {
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  SearchRequest r;
  r.like = "a";  // ad sales, profit: b is about both
  auto like = s->search(r);
  ASSERT_TRUE(like.status.ok()) << like.status.to_string();
  ASSERT_FALSE(like.hits.empty());
  EXPECT_EQ(like.hits.front().id, "b");
  for (const Hit& h : like.hits) EXPECT_NE(h.id, "a");
  // A query narrows: b is dated 2005, so 2024 leaves none of it.
  r.query = "date:2024";
  for (const Hit& h : s->search(r).hits) EXPECT_NE(h.id, "b");
  r.like = "nothing";
  EXPECT_EQ(s->search(r).status.code(), StatusCode::invalid_argument);
}

TEST_F(SearcherTest, HighlightMarkersInsteadOfOffsets) {
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  SearchRequest r;
  r.query = "headline:capri";
  r.highlight_start = "<b>";
  r.highlight_end = "</b>";
  auto found = s->search(r);
  ASSERT_EQ(found.hits.size(), 1u);
  const Snippet& headline = found.hits[0].snippets.at(0);
  EXPECT_EQ(headline.text, "<b>Capri</b> talks end");
  EXPECT_TRUE(headline.highlights.empty());
}

TEST_F(SearcherTest, ExplainSaysWhatEachFieldAdded) {
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  SearchRequest r;
  r.query = "capri";
  r.explain = true;
  auto found = s->search(r);
  ASSERT_EQ(found.hits.size(), 1u);
  const auto& e = found.hits[0].explanation;
  // An unfielded word searches the article's whole text, the body's terms,
  // where the headline's words are too (twice: its weight).
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].field, "body");
  EXPECT_EQ(e[0].terms, std::vector<std::string>{"capri~"});
  EXPECT_NEAR(e[0].score, found.hits[0].score, 1e-6 * found.hits[0].score);
  // A phrase searches each field under its prefix: the headline's counts
  // twice.
  r.query = "\"capri talks\"";
  found = s->search(r);
  ASSERT_EQ(found.hits.size(), 1u);
  const auto& p = found.hits[0].explanation;
  ASSERT_FALSE(p.empty());
  EXPECT_EQ(p[0].field, "headline");
  EXPECT_EQ(p[0].terms, (std::vector<std::string>{"capri", "talks"}));
  r.query = "capri";
  r.explain = false;
  EXPECT_TRUE(s->search(r).hits.at(0).explanation.empty());
}

// Two identical articles four and a half years apart, and an older one
// that matches better.
class RecencyTest : public SearcherTest {
 protected:
  void SetUp() override {
    SearcherTest::SetUp();
    indexer::Writer w(path_);
    w.write(article("old", "Harbour strike called", {"Dockers walked out."}, "2020-01-01"));
    w.write(article("new", "Harbour strike called", {"Dockers walked out."}, "2024-06-01"));
    w.write(article("best", "Harbour strike: harbour strike spreads",
                    {"The harbour strike spread to every harbour.",
                     "A strike at one harbour became a strike at every harbour on the coast."},
                    "2010-05-05"));
    w.commit();
  }
  SearchResponse boosted(double half_life, double weight) {
    auto s = Searcher::open(path_);
    SearchRequest r;
    r.query = "harbour strike";
    r.recency_half_life_days = half_life;
    r.recency_weight = weight;
    r.explain = true;
    return s->search(r);
  }
};

TEST_F(RecencyTest, OffByDefault) {
  // "old" and "new" score the same, and equal scores go newest first.
  EXPECT_EQ(ids(search("harbour strike")), (std::vector<std::string>{"best", "new", "old"}));
}

TEST_F(RecencyTest, NewerArticlesGainWeightHalvedEveryHalfLife) {
  // 2020-01-01 is 1,613 days before 2024-06-01, the newest article.
  auto r = boosted(1613, 0.1);
  ASSERT_TRUE(r.status.ok()) << r.status.to_string();
  ASSERT_EQ(ids(r), (std::vector<std::string>{"best", "new", "old"}));
  auto recency = [](const Hit& h) {
    for (const FieldScore& f : h.explanation)
      if (f.field == "recency") return f.score;
    return 0.0;
  };
  EXPECT_NEAR(recency(r.hits[1]), 0.1, 1e-9);
  EXPECT_NEAR(recency(r.hits[2]), 0.05, 1e-9);
  // The explanation still adds up to each hit's score.
  for (const Hit& h : r.hits) {
    double sum = 0;
    for (const FieldScore& f : h.explanation) sum += f.score;
    EXPECT_NEAR(sum, h.score, 1e-6 * h.score) << h.id;
  }
  // Weighed heavily enough, the newest comes first.
  EXPECT_EQ(ids(boosted(1613, 100)), (std::vector<std::string>{"new", "old", "best"}));
  // It only ranks: it matches nothing the query does not.
  EXPECT_EQ(boosted(1613, 100).hits.size(), 3u);
}

TEST_F(RecencyTest, HalfLifeAndWeightBounded) {
  EXPECT_EQ(boosted(-1, 2).status.code(), StatusCode::invalid_argument);
  EXPECT_EQ(boosted(40000, 2).status.code(), StatusCode::invalid_argument);
  EXPECT_EQ(boosted(30, 0).status.code(), StatusCode::invalid_argument);
  EXPECT_EQ(boosted(30, 1001).status.code(), StatusCode::invalid_argument);
  EXPECT_TRUE(boosted(0, 2).status.ok());
}

TEST_F(SearcherTest, CountExactly) {
  auto searcher = Searcher::open(path_);
  ASSERT_TRUE(searcher);
  SearchRequest request;
  request.query = "sales";
  request.match_all = false;
  request.limit = 0;
  request.count_exactly = true;
  auto counted = searcher->search(request);
  ASSERT_TRUE(counted.status.ok()) << counted.status.to_string();
  request.limit = 100;
  request.count_exactly = false;
  auto listed = searcher->search(request);
  EXPECT_TRUE(counted.hits.empty());
  EXPECT_EQ(counted.estimated_total, listed.hits.size());
}

TEST_F(SearcherTest, InvalidArguments) {
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  SearchRequest r;
  r.query = "sales";
  r.limit = 1000000;
  EXPECT_EQ(s->search(r).status.code(), StatusCode::invalid_argument);
  r.limit = 10;
  r.snippet_length = 1;
  EXPECT_EQ(s->search(r).status.code(), StatusCode::invalid_argument);
}

TEST_F(SearcherTest, AHitWhoseDataCannotBeReadIsCountedNotDroppedSilently) {
  {
    Xapian::WritableDatabase db(path_, Xapian::DB_OPEN);
    const std::string id_term = schema::filter_term(schema::field(schema::FieldId::id), "a");
    const Xapian::docid doc = *db.postlist_begin(id_term);
    Xapian::Document d = db.get_document(doc);
    d.set_data("{not json");
    db.replace_document(doc, d);
    db.commit();
  }
  const SearchResponse r = search("profit");
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(ids(r), std::vector<std::string>{"b"});
  EXPECT_EQ(r.unreadable_hits, 1u);
  EXPECT_NE(render_json(r).find("\"unreadable_hits\": 1"), std::string::npos);
}

TEST_F(SearcherTest, ArticleCountWithAStatus) {
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  std::size_t n = 0;
  ASSERT_TRUE(s->article_count(n).ok());
  EXPECT_EQ(n, 4u);
  EXPECT_EQ(s->article_count(), 4u);
}

TEST_F(SearcherTest, MissingDatabase) {
  Status status;
  EXPECT_FALSE(Searcher::open((dir_ / "nothing").string(), &status));
  EXPECT_EQ(status.code(), StatusCode::not_found);
  EXPECT_NE(status.message().find("nothing"), std::string::npos);
}

TEST_F(SearcherTest, SchemaMismatchIsReported) {
  {
    Xapian::WritableDatabase db(path_, Xapian::DB_OPEN);
    db.set_metadata(std::string(schema::kVersionKey), "999");
    db.commit();
  }
  Status status;
  EXPECT_FALSE(Searcher::open(path_, &status));
  EXPECT_EQ(status.code(), StatusCode::schema_mismatch);
  EXPECT_NE(status.message().find("rebuild"), std::string::npos);
  EXPECT_THROW(indexer::Writer w(path_), indexer::DatabaseError);
}

TEST_F(SearcherTest, SeesNewCommitsAndServesManyThreads) {
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      SearchRequest r;
      r.query = "sales";
      for (int i = 0; i < 50; ++i) {
        auto resp = s->search(r);
        if (!resp.status.ok() || resp.hits.size() < 3) ++failures;
      }
    });
  {
    indexer::Writer w(path_);
    w.write(article("e", "More sales news", {"Sales, sales, sales."}));
    w.commit();
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  SearchRequest r;
  r.query = "sales";
  EXPECT_EQ(s->search(r).hits.size(), 4u);
  EXPECT_EQ(s->article_count(), 5u);
}

TEST_F(SearcherTest, SeesANewGenerationOfTheDatabase) {
  // A database directory whose stub newsindex switches to a new generation
  // at the end of a run on the segment path.
  const std::string dir = (dir_ / "generations").string();
  indexer::DocumentBuilder builder;
  {
    indexer::ShardSet index(dir, 1, 100);
    indexer::SegmentBuild build(index);
    ASSERT_TRUE(build.add(0, builder.prepare(article("g1", "Harbour sales resume", {"Sales."}))));
    build.finish();
  }
  auto s = Searcher::open(dir);
  ASSERT_TRUE(s);
  SearchRequest r;
  r.query = "harbour";
  EXPECT_EQ(s->search(r).hits.size(), 1u);
  {
    indexer::ShardSet index(dir, 0, 100);
    indexer::SegmentBuild build(index);
    ASSERT_TRUE(build.add(0, builder.prepare(article("g2", "Harbour fees rise", {"Fees."}))));
    build.finish();
  }
  // The first generation's files are gone; the handle follows the stub.
  const SearchResponse after = s->search(r);
  EXPECT_TRUE(after.status.ok()) << after.status.to_string();
  EXPECT_EQ(after.hits.size(), 2u);
}

TEST_F(SearcherTest, ReindexingReplaces) {
  {
    indexer::Writer w(path_);
    EXPECT_EQ(w.write(article("a", "Ad sales boost profit again", {"Replaced."})),
              indexer::Writer::Outcome::replaced);
    w.commit();
  }
  auto s = Searcher::open(path_);
  EXPECT_EQ(s->article_count(), 4u);
  EXPECT_EQ(ids(search("replaced")), (std::vector<std::string>{"a"}));
}

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

Article with_quotes() {
  Article a = article("g7", "G7 countries slam Chinese firms",
                      {"German Foreign Minister Annalena Baerbock said her country could not "
                       "accept it.",
                       "“If China openly pursues an ever closer partnership with Russia, we "
                       "cannot accept this,” she said.",
                       "Instead, Baerbock called on China “to make use of its influence on "
                       "Putin”.",
                       "“A conflict when prolonged tends to deteriorate,” Wang said."},
                      "2024-04-19");
  a.quotes = {
      {"If China openly pursues an ever closer partnership with Russia, we cannot accept this",
       "Annalena Baerbock", "she", "said", 1, "full", ""},
      {"to make use of its influence on Putin", "Annalena Baerbock", "Baerbock", "called on", 2,
       "partial", ""},
      {"A conflict when prolonged tends to deteriorate", "Wang Yi", "Wang", "said", 3, "full", ""},
  };
  return a;
}

class QuoteSearchTest : public SearcherTest {
 protected:
  void SetUp() override {
    SearcherTest::SetUp();
    indexer::Writer w(path_);
    w.write(with_quotes());
    w.commit();
  }
  SearchResponse quotes(const std::string& q) {
    auto s = Searcher::open(path_);
    SearchRequest r;
    r.query = q;
    r.mode = Mode::quotes;
    return s->search(r);
  }
  static std::vector<std::string> speakers(const SearchResponse& r) {
    std::vector<std::string> out;
    for (const Hit& h : r.hits) {
      EXPECT_EQ(h.quotes.size(), 1u);
      if (!h.quotes.empty()) out.push_back(h.quotes[0].speaker);
    }
    return out;
  }
};

TEST_F(QuoteSearchTest, SpeakerAndContextWords) {
  auto r = quotes("speaker:baerbock china");
  ASSERT_TRUE(r.status.ok()) << r.status.to_string();
  // The second quote does not say "China" itself; its sentence does.
  EXPECT_EQ(speakers(r), (std::vector<std::string>{"Annalena Baerbock", "Annalena Baerbock"}));
  EXPECT_EQ(r.hits[0].id, "g7");
  EXPECT_EQ(r.hits[0].headline, "G7 countries slam Chinese firms");
  EXPECT_EQ(r.hits[0].date, "2024-04-19");
}

TEST_F(QuoteSearchTest, QuoteFieldAndExactSpeaker) {
  EXPECT_EQ(speakers(quotes("quote:china")), (std::vector<std::string>{"Annalena Baerbock"}));
  EXPECT_EQ(speakers(quotes("speaker:=\"Wang Yi\"")), (std::vector<std::string>{"Wang Yi"}));
  EXPECT_TRUE(quotes("speaker:=Wang").hits.empty());
  EXPECT_EQ(speakers(quotes("conflict date:2024-04")), (std::vector<std::string>{"Wang Yi"}));
  auto hit = quotes("quote:conflict").hits.at(0);
  EXPECT_EQ(hit.quotes[0].id, "g7#q3");
  ASSERT_EQ(hit.quotes[0].highlights.size(), 1u);
  EXPECT_EQ(hit.quotes[0].highlights[0].begin, 2u);
}

TEST_F(QuoteSearchTest, ArticleHitsCarryTheirMatchingQuotes) {
  auto r = search("deteriorate");
  ASSERT_EQ(r.hits.size(), 1u);
  ASSERT_EQ(r.hits[0].quotes.size(), 1u);
  EXPECT_EQ(r.hits[0].quotes[0].speaker, "Wang Yi");
}

TEST_F(QuoteSearchTest, ReindexingReplacesTheQuotes) {
  {
    indexer::Writer w(path_);
    Article a = with_quotes();
    a.quotes.pop_back();
    w.write(a);
    w.commit();
  }
  EXPECT_TRUE(quotes("speaker:wang").hits.empty());
  EXPECT_EQ(quotes("speaker:baerbock").hits.size(), 2u);
  EXPECT_EQ(Searcher::open(path_)->article_count(), 5u);  // quotes are not articles
}

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

class FacetTest : public SearcherTest {
 protected:
  void SetUp() override {
    SearcherTest::SetUp();
    indexer::Writer w(path_);
    for (int i = 0; i < 12; ++i) {
      Article a = article("f" + std::to_string(i), "Summit news " + std::to_string(i),
                          {"Leaders met at the summit."}, i < 8 ? "2024-04-19" : "2023-01-02");
      a.source = i % 3 == 0 ? "Daily Ledger" : "Harbour Post";
      a.entities.push_back({"Antony Blinken", "person", {}});
      if (i % 2 == 0) a.entities.push_back({"Wang Yi", "person", {}});
      // More people than a document's facet slots hold: the extra ones are
      // searchable but not counted.
      for (int k = 0; k < 10 && i == 0; ++k)
        a.entities.push_back({"Person " + std::to_string(k), "person", {}});
      w.write(a);
    }
    w.commit();
  }
  SearchResponse faceted(const std::string& q, std::vector<std::string> facets) {
    auto s = Searcher::open(path_);
    SearchRequest r;
    r.query = q;
    r.limit = 1;
    r.facets = std::move(facets);
    return s->search(r);
  }
};

TEST_F(FacetTest, CountTheWholeMatchNotThePage) {
  auto r = faceted("summit", {"person", "source", "year"});
  ASSERT_TRUE(r.status.ok()) << r.status.to_string();
  ASSERT_EQ(r.hits.size(), 1u);
  ASSERT_EQ(r.facets.size(), 3u);
  EXPECT_EQ(r.facets[0].field, "person");
  ASSERT_GE(r.facets[0].values.size(), 2u);
  EXPECT_EQ(r.facets[0].values[0].value, "Antony Blinken");
  EXPECT_EQ(r.facets[0].values[0].count, 12u);
  EXPECT_EQ(r.facets[0].values[1].value, "Wang Yi");
  EXPECT_EQ(r.facets[0].values[1].count, 6u);
  EXPECT_EQ(r.facets[1].values[0].value, "Harbour Post");
  EXPECT_EQ(r.facets[1].values[0].count, 8u);
  EXPECT_EQ(r.facets[2].values[0].value, "2024");
  EXPECT_EQ(r.facets[2].values[0].count, 8u);
  // Filters narrow the counts too.
  auto narrowed = faceted("summit date:2023", {"year"});
  ASSERT_EQ(narrowed.facets[0].values.size(), 1u);
  EXPECT_EQ(narrowed.facets[0].values[0].count, 4u);
}

TEST_F(FacetTest, SizeAndSlotsBound) {
  auto s = Searcher::open(path_);
  SearchRequest r;
  r.query = "summit";
  r.facets = {"person"};
  r.facet_size = 100;
  auto resp = s->search(r);
  // f0 has 12 people; 8 fit its facet slots, and Person 6..9 are dropped.
  EXPECT_EQ(resp.facets[0].values.size(), 8u);
  r.facet_size = 0;
  EXPECT_EQ(s->search(r).status.code(), StatusCode::invalid_argument);
  r.facet_size = 10;
  r.facets = {"headline"};
  auto bad = s->search(r);
  EXPECT_EQ(bad.status.code(), StatusCode::invalid_argument);
  EXPECT_NE(bad.status.message().find("unknown facet 'headline'"), std::string::npos);
}

// Each facet is a pass over the whole match: one named a thousand times (a
// web request's facets=person,person,...) took seconds and hundreds of
// megabytes. Each may be asked for once, under any of its names.
TEST_F(FacetTest, EachFacetOnce) {
  auto s = Searcher::open(path_);
  SearchRequest r;
  r.query = "summit";
  r.facets = std::vector<std::string>(1000, "person");
  auto bad = s->search(r);
  EXPECT_EQ(bad.status.code(), StatusCode::invalid_argument);
  EXPECT_EQ(bad.status.message(), "the facet 'person' is asked for twice; ask for each once");
  EXPECT_LT(bad.elapsed_ms, 100.0);
  r.facets = {"org", "organisation"};
  EXPECT_EQ(s->search(r).status.code(), StatusCode::invalid_argument);
  r.facets = {"person", "org", "year"};
  EXPECT_TRUE(s->search(r).status.ok());
}

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

// Three outlets' copies of one agency story (one cluster) beside the
// fixture's articles; two copies carry the same quote.
class CopiesTest : public SearcherTest {
 protected:
  void SetUp() override {
    SearcherTest::SetUp();
    indexer::Writer w(path_);
    const std::vector<std::string> sources = {"Meridian Press Agency", "Dunmarrow Chronicle",
                                              "Harbour Post"};
    for (std::size_t i = 0; i < sources.size(); ++i) {
      Article a = article("copy" + std::to_string(i), "Wind farm approved off Dunmarrow",
                          {"Ministers approved the Skerry Bank wind farm on Tuesday.",
                           "“Now we will see whether that promise is kept,” said Aileen Corrie."},
                          "2025-05-06");
      a.source = sources[i];
      a.cluster = "00000000000000aa";
      if (i < 2)
        a.quotes = {{"Now we will see whether that promise is kept", "Aileen Corrie", "Corrie",
                     "said", 1, "full", ""},
                    {"The wind farm is approved", "Aileen Corrie", "Corrie", "said", 0, "full", ""}};
      if (i == 1) a.quotes.pop_back();
      w.write(a);
    }
    Article other = article("other", "Wind farm refused in the hills",
                            {"Planners refused a wind farm on Tuesday."}, "2025-05-07");
    other.cluster = "00000000000000bb";
    w.write(other);
    w.commit();
  }
  SearchResponse run(const std::string& q, bool collapse, Mode mode = Mode::articles,
                     std::vector<std::string> facets = {}) {
    auto s = Searcher::open(path_);
    SearchRequest r;
    r.query = q;
    r.collapse = collapse;
    r.mode = mode;
    r.facets = std::move(facets);
    return s->search(r);
  }
};

TEST_F(CopiesTest, CopiesFoldIntoOneHitThatCountsThem) {
  auto r = run("wind farm", true);
  ASSERT_TRUE(r.status.ok()) << r.status.to_string();
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.estimated_total, 2u);
  const Hit& story = r.hits[0].cluster == "00000000000000aa" ? r.hits[0] : r.hits[1];
  const Hit& other = &story == &r.hits[0] ? r.hits[1] : r.hits[0];
  EXPECT_EQ(story.copies, 2u);
  EXPECT_EQ(other.copies, 0u);
  EXPECT_EQ(other.cluster, "00000000000000bb");
}

TEST_F(CopiesTest, CopiesCountOnlyThoseThatMatch) {
  auto r = run("wind farm source:chronicle", true);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].copies, 0u);
}

TEST_F(CopiesTest, ExactCountsAreOfStoriesWhenCollapsing) {
  auto s = Searcher::open(path_);
  SearchRequest r;
  r.query = "wind farm";
  r.limit = 0;
  r.count_exactly = true;
  for (const bool collapse : {true, false}) {
    r.collapse = collapse;
    SearchRequest listing = r;
    listing.limit = 100;
    listing.count_exactly = false;
    EXPECT_EQ(s->search(r).estimated_total, s->search(listing).hits.size()) << collapse;
  }
}

// A page of one over many matches: the page's match stops early, and the
// total is estimated, not counted as it goes. 60 stories about harbours,
// every third carried by three outlets (one cluster), beside the fixture.
TEST_F(CopiesTest, EstimatesHoldPastAPageOfOne) {
  {
    indexer::Writer w(path_);
    for (int story = 0; story < 60; ++story) {
      const int outlets = story % 3 == 0 ? 3 : 1;
      for (int copy = 0; copy < outlets; ++copy) {
        Article a = article("harbour" + std::to_string(story) + "-" + std::to_string(copy),
                            "Harbour works, part " + std::to_string(story),
                            {"The harbour board met about dredging on day " +
                                 std::to_string(story) + (copy > 0 ? ", an outlet said." : "."),
                             "“Quays first,” said Ann Reid. “Then cranes,” said Bo Lund."},
                            "2025-06-01");
        if (outlets > 1) a.cluster = "harbour-story-" + std::to_string(story);
        // Quote documents that the query does not match: Xapian's own
        // estimate takes a word's documents to be articles only in the
        // proportion articles are of the index (here a third).
        a.quotes = {{"Quays first", "Ann Reid", "Reid", "said", 1, "full", ""},
                    {"Then cranes", "Bo Lund", "Lund", "said", 1, "full", ""}};
        w.write(a);
      }
    }
    w.commit();
  }
  auto s = Searcher::open(path_);
  ASSERT_TRUE(s);
  for (const bool collapse : {true, false}) {
    for (const std::size_t offset : {0u, 5u, 39u}) {
      SearchRequest r;
      r.query = "harbour dredging";
      r.collapse = collapse;
      r.offset = offset;
      r.limit = 1;
      const SearchResponse page = s->search(r);
      ASSERT_TRUE(page.status.ok()) << page.status.to_string();
      r.count_exactly = true;
      const std::size_t exact = s->search(r).estimated_total;
      EXPECT_EQ(exact, collapse ? 60u : 100u);
      EXPECT_GE(page.estimated_total, offset + page.hits.size()) << collapse << " " << offset;
      EXPECT_LE(page.estimated_total, exact * 3 / 2) << collapse << " " << offset;
      EXPECT_GE(page.estimated_total * 3 / 2, exact) << collapse << " " << offset;
    }
  }
  // Quotes are estimated among quotes, with a share of their own.
  SearchRequest q;
  q.query = "promise";
  q.mode = Mode::quotes;
  q.limit = 1;
  const SearchResponse quotes = s->search(q);
  ASSERT_TRUE(quotes.status.ok());
  EXPECT_EQ(quotes.estimated_total, 1u);  // two copies of one quote: one hit
}

TEST_F(CopiesTest, NoCollapseListsEveryCopy) {
  auto r = run("wind farm", false);
  ASSERT_EQ(r.hits.size(), 4u);
  EXPECT_EQ(r.estimated_total, 4u);
  std::size_t in_cluster = 0;
  for (const Hit& h : r.hits) {
    EXPECT_EQ(h.copies, 0u);
    in_cluster += h.cluster == "00000000000000aa";
  }
  EXPECT_EQ(in_cluster, 3u);
}

TEST_F(CopiesTest, TheSameQuoteInTwoCopiesIsOneHit) {
  auto r = run("speaker:corrie", true, Mode::quotes);
  ASSERT_TRUE(r.status.ok()) << r.status.to_string();
  // The promise quote, in two copies, and the other quote, in one.
  ASSERT_EQ(r.hits.size(), 2u);
  std::size_t copies = 0;
  for (const Hit& h : r.hits) copies += h.copies;
  EXPECT_EQ(copies, 1u);
  // Without collapsing, a quote is still one hit, which lists its carriers.
  const SearchResponse listed = run("speaker:corrie", false, Mode::quotes);
  ASSERT_EQ(listed.hits.size(), 2u);
  std::size_t carriers = 0;
  for (const Hit& h : listed.hits) carriers += h.provenance.carriers.size();
  EXPECT_EQ(carriers, 3u);
}

TEST_F(CopiesTest, FacetsCountEveryCopy) {
  auto r = run("wind farm", true, Mode::articles, {"source"});
  ASSERT_EQ(r.facets.size(), 1u);
  EXPECT_EQ(r.facets[0].values.size(), 3u);  // the three outlets; "other" has no source
}

}  // namespace
}  // namespace newsarchive
