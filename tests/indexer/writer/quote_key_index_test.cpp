#include "writer/quote_key_index.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include "../dedupe/stories.h"
#include "dedupe/cluster_key.h"
#include "newsarchive/schema.h"
#include "writer/document_builder.h"

namespace newsarchive::indexer {
namespace {

constexpr const char* kWhole =
    "The river has given this town its living for three hundred years and we are not going "
    "to stand by while it is turned into a drain";
constexpr const char* kTrimmed =
    "we are not going to stand by while it is turned into a drain";

Xapian::WritableDatabase in_memory() {
  return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

// An article holding one quote, as newsindex writes it: its documents, its
// cluster and its quotes' keys.
std::vector<QuoteKey> write(Xapian::WritableDatabase& db, QuoteKeyIndex& index,
                            const std::string& id, const std::string& quote) {
  Article a = stories::article(id, "Headline of " + id,
                               {"Residents gathered by the water. \u201c" + quote +
                                    ",\u201d said Mara Quill, who leads the campaign."});
  a.quotes.push_back(Quote{quote, "Mara Quill", "Mara Quill", "said", 0, "full", "person"});
  DocumentBuilder builder;
  PreparedArticle p = builder.prepare(a);
  DocumentBuilder::set_cluster(p, format_cluster_key(db.get_doccount() + 1));
  const std::vector<QuoteKey> keys = index.assign(p.quote_words, p.quote_speakers, "cluster-of-" + id);
  DocumentBuilder::set_quote_keys(p, keys);
  db.replace_document(DocumentBuilder::id_term(p.id), p.doc);
  for (std::size_t i = 0; i < p.quotes.size(); ++i)
    db.replace_document(DocumentBuilder::id_term(DocumentBuilder::quote_id(p.id, i)), p.quotes[i]);
  db.commit();
  return keys;
}

QuoteKey one(QuoteKeyIndex& index, const char* quote, const std::string& cluster,
             const std::string& speaker = "") {
  return index.assign({quote_words(quote)}, {speaker}, cluster).at(0);
}

TEST(QuoteKeyIndex, AFounderKeysItsQuoteByItsWords) {
  QuoteKeyIndex index;
  const QuoteKey first = one(index, kWhole, "c1");
  EXPECT_TRUE(first.founder);
  EXPECT_TRUE(parse_cluster_key(first.key).has_value()) << first.key;
  QuoteKeyIndex again;
  EXPECT_EQ(one(again, kWhole, "c2").key, first.key);
}

TEST(QuoteKeyIndex, ATrimmedQuoteJoinsItsFounder) {
  QuoteKeyIndex index;
  const QuoteKey whole = one(index, kWhole, "c1");
  const QuoteKey trimmed = one(index, kTrimmed, "c2");
  EXPECT_EQ(trimmed.key, whole.key);
  EXPECT_FALSE(trimmed.founder);
  EXPECT_EQ(index.joined(), 1u);
  // The other way round too: the whole quote after its trimmed form.
  QuoteKeyIndex other;
  const QuoteKey t = one(other, kTrimmed, "c1");
  EXPECT_EQ(one(other, kWhole, "c2").key, t.key);
}

TEST(QuoteKeyIndex, ShortQuotesShareKeysOnlyWithinAStory) {
  QuoteKeyIndex index;
  const QuoteKey a = one(index, "an absolute disgrace", "story-one");
  EXPECT_FALSE(a.founder);
  EXPECT_EQ(one(index, "an absolute disgrace", "story-one").key, a.key);
  EXPECT_NE(one(index, "an absolute disgrace", "story-two").key, a.key);
  // The same words twice in one article are two quotes; the second is the
  // second of a copy.
  const QuoteWords w = quote_words("top secret");
  const std::vector<QuoteKey> twice = index.assign({w, w}, {"", ""}, "story-one");
  EXPECT_NE(twice[0].key, twice[1].key);
  EXPECT_EQ(index.assign({w, w}, {"", ""}, "story-one")[1].key, twice[1].key);
}

TEST(QuoteKeyIndex, MediumQuotesOfOtherSpeakersAreNotOne) {
  Xapian::WritableDatabase db = in_memory();
  QuoteKeyIndex index{Xapian::Database(db), 1};
  const char* medium = "he knows exactly how to get it done for us";
  const QuoteKey allen = one(index, medium, "c1", "Tim Allen");
  EXPECT_TRUE(allen.founder);
  EXPECT_NE(one(index, medium, "c2", "Hillary Clinton").key, allen.key);
  EXPECT_EQ(one(index, medium, "c3", "Allen").key, allen.key);
}

TEST(QuoteKeyIndex, ALaterRunFindsTheFounderInTheDatabase) {
  Xapian::WritableDatabase db = in_memory();
  QuoteKeyIndex first{Xapian::Database(db)};
  const std::vector<QuoteKey> founded = write(db, first, "a.txt", kWhole);
  ASSERT_EQ(founded.size(), 1u);
  EXPECT_TRUE(founded[0].founder);
  // Only the founder holds shingle terms.
  EXPECT_GT(db.allterms_begin(std::string(schema::kQuoteShinglePrefix)) !=
                db.allterms_end(std::string(schema::kQuoteShinglePrefix)),
            0);

  QuoteKeyIndex later{Xapian::Database(db)};
  const std::vector<QuoteKey> joined = write(db, later, "b.txt", kTrimmed);
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].key, founded[0].key);
  EXPECT_FALSE(joined[0].founder);

  // Both quote documents and both articles hold the key's term.
  const std::string term =
      schema::filter_term(schema::field(schema::FieldId::quotekey), founded[0].key);
  EXPECT_EQ(db.get_termfreq(term), 4u);
}

TEST(QuoteKeyIndex, AnArticleIndexedAgainKeepsItsFounderTerms) {
  Xapian::WritableDatabase db = in_memory();
  QuoteKeyIndex first{Xapian::Database(db)};
  const std::vector<QuoteKey> founded = write(db, first, "a.txt", kWhole);
  // A later run indexes the same article again: its quote finds its own
  // key, founds it again, and the replaced document's shingle terms live on.
  QuoteKeyIndex again{Xapian::Database(db)};
  const std::vector<QuoteKey> replaced = write(db, again, "a.txt", kWhole);
  EXPECT_EQ(replaced.at(0).key, founded.at(0).key);
  EXPECT_TRUE(replaced.at(0).founder);
  QuoteKeyIndex later{Xapian::Database(db)};
  EXPECT_EQ(write(db, later, "b.txt", kTrimmed).at(0).key, founded.at(0).key);
}

TEST(QuoteKeyIndex, TheDatabaseRemembersWhatTheWindowForgot) {
  Xapian::WritableDatabase db = in_memory();
  QuoteKeyIndex index{Xapian::Database(db), 1};
  const std::vector<QuoteKey> founded = write(db, index, "a.txt", kWhole);
  write(db, index, "b.txt", "a wholly different statement about the budget for the schools next year");
  EXPECT_EQ(write(db, index, "c.txt", kTrimmed).at(0).key, founded.at(0).key);
}

}  // namespace
}  // namespace newsarchive::indexer
