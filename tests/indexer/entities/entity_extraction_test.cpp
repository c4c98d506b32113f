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

// The type an entity of this name was given, "" when none was found.
std::string type_of(const std::vector<Entity>& es, const std::string& name) {
  const Entity* e = find(es, name);
  return e == nullptr ? "" : e->type;
}

std::vector<Entity> entities_of(std::vector<std::string> body) {
  Article a;
  a.body = std::move(body);
  return extract_entities(a, EntityResources::defaults());
}

TEST(EntityExtraction, AndJoinsOneNameButNotTwoFirms) {
  const auto es = entities_of(
      {"Standard and Poor's Corp said it lowered the rating of Kelby Mills.",
       "The Food and Drug Administration and the Department of Trade and Industry met.",
       "Pellow Controls Inc and Garrick Corp agreed terms."});
  EXPECT_EQ(type_of(es, "Standard and Poor's Corp"), "organization");
  EXPECT_EQ(type_of(es, "Corp"), "");
  EXPECT_EQ(type_of(es, "Food and Drug Administration"), "organization");
  EXPECT_EQ(type_of(es, "Department of Trade and Industry"), "organization");
  EXPECT_EQ(type_of(es, "Pellow Controls Inc"), "organization");
  EXPECT_EQ(type_of(es, "Garrick Corp"), "organization");
}

TEST(EntityExtraction, KeywordsTitlesAndLettersAloneAreNoNames) {
  const auto es = entities_of(
      {"Chancellor of the Exchequer Nigel Lawson spoke to Bio-Technology General Corp on Monday.",
       "S and P said the General Election would not change the outlook.",
       "The Bank said it held 40 mln European Currency Units and Class A shares."});
  EXPECT_EQ(type_of(es, "Nigel Lawson"), "person");
  EXPECT_EQ(type_of(es, "Bio-Technology General Corp"), "organization");
  EXPECT_EQ(find(es, "P"), nullptr);
  EXPECT_EQ(find(es, "Bank"), nullptr);
  EXPECT_EQ(type_of(es, "General Election"), "misc");
  EXPECT_EQ(type_of(es, "Currency Units"), "");
  EXPECT_EQ(find(es, "Class A"), nullptr);
}

TEST(EntityExtraction, WordsAroundANameSayItIsAFirm) {
  const auto es = entities_of(
      {"Rosa Marin, an analyst with Pemberton Whitley, said prices would rise.",
       "The Veltro news agency reported the sale to Harlow & Penrose.",
       "The brokerage Tamsin Brae bought shares in Alder Gray Inc."});
  EXPECT_EQ(type_of(es, "Rosa Marin"), "person");
  EXPECT_EQ(type_of(es, "Pemberton Whitley"), "organization");
  EXPECT_EQ(type_of(es, "Veltro"), "organization");
  EXPECT_EQ(type_of(es, "Harlow & Penrose"), "organization");
  EXPECT_EQ(type_of(es, "Tamsin Brae"), "organization");
}

TEST(EntityExtraction, ShortFormsFollowTheFullName) {
  const auto es = entities_of(
      {"J.P. Hartwell and Co Inc arranged the loan for dissident Mei Lanfang.",
       "Hartwell said Mei's fees were paid. Morgan, the bank's chairman, agreed."});
  const Entity* firm = find(es, "J.P. Hartwell and Co Inc");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type, "organization");
  EXPECT_EQ(firm->mentions.size(), 2u);  // and "Hartwell"
  const Entity* mei = find(es, "Mei Lanfang");
  ASSERT_NE(mei, nullptr);
  EXPECT_EQ(mei->mentions.size(), 2u);  // and "Mei"
}

TEST(EntityExtraction, NationsStayPlacesInSportsReports) {
  const auto es = entities_of(
      {"England beat Scotland by two goals in the match at Wembley.",
       "Warwickshire 195, Surrey 429 for seven; the striker scored twice this season.",
       "He was born in Leeds, Yorkshire."});
  EXPECT_EQ(type_of(es, "England"), "place");
  EXPECT_EQ(type_of(es, "Scotland"), "place");
  EXPECT_EQ(type_of(es, "Warwickshire"), "organization");
  EXPECT_EQ(type_of(es, "Surrey"), "organization");
  EXPECT_EQ(type_of(es, "Yorkshire"), "place");
}

TEST(EntityExtraction, StateShortFormsInDatelinesAndText) {
  Article a;
  a.dateline = "BOSTON, Mass.";
  a.body = {"The company moved from Calif. to N.J. last year."};
  const auto es = extract_entities(a, EntityResources::defaults());
  EXPECT_EQ(type_of(es, "Massachusetts"), "place");
  EXPECT_EQ(type_of(es, "California"), "place");
  EXPECT_EQ(type_of(es, "New Jersey"), "place");
}

TEST(EntityExtraction, EmptyAndOddInputs) {
  EXPECT_TRUE(extract_entities(Article{}, EntityResources::defaults()).empty());
  Article a;
  a.body = {"\xff\xfe [ ] ( ) \xE2\x80\x9C", "A", "..."};
  EXPECT_NO_THROW(extract_entities(a, EntityResources::defaults()));
}

}  // namespace
}  // namespace newsarchive::indexer
