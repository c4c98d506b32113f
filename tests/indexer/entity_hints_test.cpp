#include "extract/entity_hints.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

Article article_with(std::vector<Entity> entities) {
  Article a;
  a.headline = "Volcker to testify on Monday";
  a.body = {"Paul Volcker, the Fed chairman, spoke in Tokyo.", "Volcker said rates would hold."};
  a.entities = std::move(entities);
  return a;
}

TEST(EntityHints, AHintRetypesTheEntityOfTheSameName) {
  Article a = article_with({{"Paul Volcker", "organization", {{"Paul Volcker", "body", 0}}}});
  apply_entity_hints({{"paul volcker", "person"}}, a);
  ASSERT_EQ(a.entities.size(), 1u);
  EXPECT_EQ(a.entities[0].type, "person");
}

TEST(EntityHints, ASurnameHintMatchesTheFullNameOfAPerson) {
  Article a = article_with({{"Paul Volcker", "person", {{"Paul Volcker", "body", 0}}}});
  apply_entity_hints({{"Volcker", "person"}}, a);
  ASSERT_EQ(a.entities.size(), 1u);
  EXPECT_EQ(a.entities[0].name, "Paul Volcker");
}

TEST(EntityHints, AnUnmatchedHintIsAddedWithItsMentions) {
  Article a = article_with({});
  apply_entity_hints({{"Tokyo", "place"}, {"Volcker", "person"}}, a);
  ASSERT_EQ(a.entities.size(), 2u);
  EXPECT_EQ(a.entities[0].name, "Tokyo");
  EXPECT_EQ(a.entities[0].type, "place");
  ASSERT_EQ(a.entities[0].mentions.size(), 1u);
  EXPECT_EQ(a.entities[0].mentions[0].field, "body");
  EXPECT_EQ(a.entities[0].mentions[0].paragraph, 0);
  // "Volcker" is written in the headline and both paragraphs.
  EXPECT_EQ(a.entities[1].mentions.size(), 3u);
}

TEST(EntityHints, AHintNotWrittenInTheTextHasAMetadataMention) {
  Article a = article_with({});
  apply_entity_hints({{"West Germany", "place"}, {"", "place"}, {"Bonn", "planet"}}, a);
  ASSERT_EQ(a.entities.size(), 1u);
  ASSERT_EQ(a.entities[0].mentions.size(), 1u);
  EXPECT_EQ(a.entities[0].mentions[0].field, "metadata");
}

TEST(EntityHints, WordsInsideLongerWordsAreNotMentions) {
  Article a = article_with({});
  apply_entity_hints({{"Tok", "place"}}, a);
  ASSERT_EQ(a.entities.size(), 1u);
  EXPECT_EQ(a.entities[0].mentions[0].field, "metadata");
}

}  // namespace
}  // namespace newsarchive::indexer
