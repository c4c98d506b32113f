#include "extract/entity_extraction.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

const Entity* find(const std::vector<Entity>& es, const std::string& name) {
  for (const Entity& e : es) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(EntityExtraction, CanonicalNamesAndAliases) {
  Article a;
  a.headline = "BLINKEN PRESSES CHINA";
  a.body = {"Foreign ministers from the Group of Seven (G7) met in Capri, Italy.",
            "US Secretary of State Antony Blinken spoke. British officials agreed.",
            "Blinken said the G7 would act."};
  const auto es = extract_entities(a, EntityResources::defaults());
  const Entity* blinken = find(es, "Antony Blinken");
  ASSERT_NE(blinken, nullptr);
  EXPECT_EQ(blinken->type, "person");
  EXPECT_EQ(blinken->mentions.size(), 3u);  // headline, body 1, body 2
  EXPECT_EQ(blinken->mentions.front().field, "headline");
  EXPECT_EQ(blinken->mentions.back().paragraph, 2);
  const Entity* g7 = find(es, "G7");
  ASSERT_NE(g7, nullptr);
  EXPECT_EQ(g7->type, "organization");
  EXPECT_EQ(g7->mentions.front().text, "Group of Seven");
  const Entity* uk = find(es, "United Kingdom");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(uk->mentions.front().text, "British");
  EXPECT_NE(find(es, "United States"), nullptr);
  EXPECT_NE(find(es, "Capri"), nullptr);
  EXPECT_EQ(find(es, "Foreign"), nullptr);
}

TEST(EntityExtraction, MentionOffsetsAndMentionTypes) {
  Article a;
  a.body = {"Chinese President Xi Jinping visited Paris."};
  const auto ms = find_entity_mentions(a, EntityResources::defaults());
  ASSERT_EQ(ms.size(), 3u);
  EXPECT_EQ(ms[0].text, "Chinese");
  EXPECT_EQ(ms[0].type, EntityType::kMisc);
  EXPECT_EQ(ms[0].entity_type, EntityType::kPlace);
  EXPECT_EQ(ms[0].canonical, "China");
  EXPECT_EQ(ms[1].canonical, "Xi Jinping");
  EXPECT_EQ(a.body[0].substr(ms[1].begin, ms[1].end - ms[1].begin), "Xi Jinping");
  EXPECT_EQ(ms[2].type, EntityType::kPlace);
}

TEST(EntityExtraction, CreditsAndSource) {
  Article a;
  a.captions.push_back({"Leaders meet", "", "Jane Roe/Pool via Reuters"});
  a.source = "Al Jazeera and news agencies";
  const auto es = extract_entities(a, EntityResources::defaults());
  ASSERT_NE(find(es, "Reuters"), nullptr);
  EXPECT_EQ(find(es, "Reuters")->type, "organization");
  ASSERT_NE(find(es, "Jane Roe"), nullptr);
  EXPECT_EQ(find(es, "Jane Roe")->type, "person");
  ASSERT_NE(find(es, "Al Jazeera"), nullptr);
}

TEST(EntityExtraction, ADatelineInCapitalsIsTheSamePlaceAsInTheText) {
  Article a;
  a.dateline = "CALVERA";
  a.body = {"Dockworkers in Calvera voted to end the strike."};
  a.captions = {{"Cranes at the port.", "", "Owen Hartley/Harbour Post"}};
  const auto es = extract_entities(a, EntityResources::defaults());
  const Entity* calvera = find(es, "Calvera");
  ASSERT_NE(calvera, nullptr);
  EXPECT_EQ(calvera->mentions.size(), 2u);
  EXPECT_EQ(find(es, "CALVERA"), nullptr);
  // A credit names the photographer, then after a slash the outlet.
  const Entity* outlet = find(es, "Harbour Post");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->type, "organization");
}

TEST(EntityExtraction, ASourceLineIsOneNameFromItsFirstWord) {
  Article a;
  a.body = {"The ferry will run all winter."};
  a.source = "Northern Wire Service";
  const auto es = extract_entities(a, EntityResources::defaults());
  const Entity* source = find(es, "Northern Wire Service");
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->type, "organization");
}

TEST(EntityExtraction, EmptyAndOddInputs) {
  EXPECT_TRUE(extract_entities(Article{}, EntityResources::defaults()).empty());
  Article a;
  a.body = {"\xff\xfe [ ] ( ) \xE2\x80\x9C", "A", "..."};
  EXPECT_NO_THROW(extract_entities(a, EntityResources::defaults()));
}

}  // namespace
}  // namespace newsarchive::indexer
