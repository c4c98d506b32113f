#include "writer/cluster_index.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include "dedupe/cluster_key.h"
#include "../dedupe/stories.h"
#include "writer/document_builder.h"

namespace newsarchive::indexer {
namespace {

// An article with an unrelated text of its own, to fill the window.
Article filler(int n) {
  std::vector<std::string> body;
  for (int p = 0; p < 4; ++p) {
    std::string paragraph;
    for (int w = 0; w < 30; ++w)
      paragraph += "w" + std::to_string(n) + "x" + std::to_string(p * 30 + w) + " ";
    body.push_back(paragraph);
  }
  return stories::article("filler/" + std::to_string(n), "Filler " + std::to_string(n), body);
}

std::string assign(ClusterIndex& index, const Article& a) {
  return index.assign(a.id, fingerprint(a));
}

// Indexes the article as newsindex would, with its cluster and fingerprint;
// returns the cluster key.
std::string write(Xapian::WritableDatabase& db, ClusterIndex& index, Article a) {
  a.minhash = fingerprint(a);
  a.cluster = index.assign(a.id, a.minhash);
  DocumentBuilder builder;
  db.replace_document(DocumentBuilder::id_term(a.id), builder.build(a));
  return a.cluster;
}

Xapian::WritableDatabase in_memory() {
  return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

TEST(ClusterIndex, KeysAreHexAndDerivedFromTheFirstArticle) {
  ClusterIndex index;
  const std::string key = assign(index, stories::wire());
  EXPECT_TRUE(parse_cluster_key(key).has_value()) << key;
  ClusterIndex again;
  EXPECT_EQ(assign(again, stories::wire()), key);
  EXPECT_EQ(index.copies(), 0u);
}

TEST(ClusterIndex, IdenticalTextsCluster) {
  ClusterIndex index;
  Article copy = stories::wire();
  copy.id = "other/bridge.txt";
  EXPECT_EQ(assign(index, copy), assign(index, stories::wire()));
  EXPECT_EQ(index.copies(), 1u);
}

TEST(ClusterIndex, ALightlyEditedCopyClusters) {
  ClusterIndex index;
  const std::string key = assign(index, stories::wire());
  EXPECT_EQ(assign(index, stories::paper_copy()), key);
}

TEST(ClusterIndex, AnotherStoryOnTheSameSubjectDoesNot) {
  ClusterIndex index;
  const std::string key = assign(index, stories::wire());
  EXPECT_NE(assign(index, stories::follow_up()), key);
  EXPECT_EQ(index.copies(), 0u);
}

TEST(ClusterIndex, ShortTextsNeverCluster) {
  ClusterIndex index;
  const Article a = stories::article("a", "Brief", {"Shares rose on Monday."});
  Article b = a;
  b.id = "b";
  EXPECT_NE(assign(index, a), assign(index, b));
  EXPECT_EQ(index.copies(), 0u);
}

TEST(ClusterIndex, IndexingTheSameIdAgainIsNotACopy) {
  ClusterIndex index;
  const std::string key = assign(index, stories::wire());
  EXPECT_EQ(assign(index, stories::wire()), key);
  EXPECT_EQ(index.copies(), 0u);
  // Its real copies still join it.
  EXPECT_EQ(assign(index, stories::paper_copy()), key);
}

TEST(ClusterIndex, ACopyIndexedAgainFindsItsStoryAgain) {
  ClusterIndex index;
  const std::string key = assign(index, stories::wire());
  EXPECT_EQ(assign(index, stories::paper_copy()), key);
  EXPECT_EQ(assign(index, stories::paper_copy()), key);
  EXPECT_EQ(index.copies(), 2u);
}

TEST(ClusterIndex, TheWindowForgetsTheOldest) {
  ClusterIndex index(std::nullopt, 3);
  const std::string key = assign(index, stories::wire());
  for (int i = 0; i < 3; ++i) assign(index, filler(i));
  EXPECT_NE(assign(index, stories::paper_copy()), key);
}

TEST(ClusterIndex, TheDatabaseRemembersWhatTheWindowForgot) {
  Xapian::WritableDatabase db = in_memory();
  ClusterIndex index{Xapian::Database(db), 3};
  const std::string key = write(db, index, stories::wire());
  for (int i = 0; i < 3; ++i) write(db, index, filler(i));
  EXPECT_EQ(write(db, index, stories::paper_copy()), key);
  EXPECT_NE(write(db, index, stories::follow_up()), key);
  EXPECT_EQ(index.copies(), 1u);
}

TEST(ClusterIndex, ALaterRunFindsCopiesInTheDatabase) {
  Xapian::WritableDatabase db = in_memory();
  ClusterIndex first;
  const std::string key = write(db, first, stories::wire());
  ClusterIndex later{Xapian::Database(db)};
  EXPECT_EQ(assign(later, stories::paper_copy()), key);
  EXPECT_EQ(later.copies(), 1u);
}

TEST(ClusterIndex, AReplacedArticleIsNotACopyOfItsStoredSelf) {
  Xapian::WritableDatabase db = in_memory();
  ClusterIndex first;
  write(db, first, stories::wire());
  ClusterIndex later{Xapian::Database(db)};
  const std::string key = assign(later, stories::wire());
  EXPECT_EQ(later.copies(), 0u);
  // The same key as before all the same: it is derived from the article.
  ClusterIndex fresh;
  EXPECT_EQ(key, assign(fresh, stories::wire()));
}

TEST(ClusterIndex, ACopyIndexedAgainInALaterRunKeepsItsCluster) {
  Xapian::WritableDatabase db = in_memory();
  ClusterIndex first;
  const std::string key = write(db, first, stories::wire());
  EXPECT_EQ(write(db, first, stories::paper_copy()), key);
  ClusterIndex later{Xapian::Database(db)};
  EXPECT_EQ(write(db, later, stories::paper_copy()), key);
  EXPECT_EQ(write(db, later, stories::wire()), key);
  EXPECT_EQ(later.copies(), 1u);
}

TEST(ClusterIndex, FindsEarlierArticlesInAnyShard) {
  Xapian::WritableDatabase one = in_memory(), two = in_memory();
  ClusterIndex first;
  write(one, first, filler(1));
  const std::string key = write(two, first, stories::wire());
  Xapian::Database shards(one);
  shards.add_database(two);
  ClusterIndex later(shards);
  EXPECT_EQ(assign(later, stories::paper_copy()), key);
}

}  // namespace
}  // namespace newsarchive::indexer
