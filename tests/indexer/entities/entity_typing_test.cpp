#include "extract/entity_typing.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

// The typing of the first candidate in `text` whose text is `name`.
Typing type_of(const std::string& text, const std::string& name, bool sports = false) {
  static std::vector<std::string> keep;
  keep.push_back(text);
  const auto tokens = tokenize_for_entities(keep.back());
  ParagraphShape shape = paragraph_shape(tokens);
  shape.sports = sports;
  const EntityResources& res = EntityResources::defaults();
  for (const EntityCandidate& c : find_candidates(tokens, shape, res)) {
    std::string s;
    for (std::size_t i = c.first; i < c.last; ++i) s += (s.empty() ? "" : " ") + std::string(tokens[i].text);
    if (s == name) {
      Typing t = type_candidate(tokens, c, shape, TextRole::kText, res);
      if (sports) retype_for_sports(tokens, c, c.known ? c.known->canonical : s, res, t);
      return t;
    }
  }
  ADD_FAILURE() << "no candidate " << name << " in " << text;
  return {};
}

TEST(EntityTyping, Keywords) {
  EXPECT_EQ(type_of("shares in Acme Holdings fell", "Acme Holdings").type, EntityType::kOrganization);
  EXPECT_EQ(type_of("the National Bank of Poland said", "National Bank of Poland").type,
            EntityType::kOrganization);
  EXPECT_EQ(type_of("along the Yangtze River", "Yangtze River").type, EntityType::kPlace);
  EXPECT_EQ(type_of("before the Wimbledon Championships", "Wimbledon Championships").type,
            EntityType::kMisc);
}

// Titles, events and a party's members are not people, however much they
// look like names.
TEST(EntityTyping, NotPeople) {
  EXPECT_EQ(type_of("a role in The Aviator won praise", "The Aviator").type, EntityType::kMisc);
  EXPECT_EQ(type_of("the start of the Six Nations tournament", "Six Nations").type,
            EntityType::kMisc);
  EXPECT_EQ(type_of("tickets for Million Dollar Baby sold", "Million Dollar Baby").type,
            EntityType::kMisc);
  EXPECT_EQ(type_of("visitors to the Consumer Electronics Show saw", "Consumer Electronics Show").type,
            EntityType::kMisc);
  EXPECT_EQ(type_of("she starred in the film Vera Drake last year", "Vera Drake").type,
            EntityType::kMisc);
  EXPECT_EQ(type_of("a Golden Globe for best actress", "Golden Globe").type, EntityType::kMisc);
  EXPECT_EQ(type_of("a senior Liberal Democrat said", "Liberal Democrat").type,
            EntityType::kOrganization);
  EXPECT_EQ(type_of("the Lib Dem leader said", "Lib Dem").type, EntityType::kOrganization);
}

TEST(EntityTyping, PersonCues) {
  EXPECT_EQ(type_of("coach Bobby Robson said", "Bobby Robson").type, EntityType::kPerson);
  EXPECT_EQ(type_of("German Foreign Minister Annalena Baerbock said", "Annalena Baerbock").type,
            EntityType::kPerson);
  EXPECT_EQ(type_of("by J. Smith and others", "J. Smith").type, EntityType::kPerson);
  EXPECT_EQ(type_of("1. Donovan Bailey ( Canada ) 9.84", "Donovan Bailey").type, EntityType::kPerson);
}

TEST(EntityTyping, PlaceCues) {
  EXPECT_EQ(type_of("greets him in Capri, Italy, on Friday", "Capri").type, EntityType::kPlace);
  EXPECT_EQ(type_of("on the island of Zorbak", "Zorbak").type, EntityType::kPlace);
}

TEST(EntityTyping, DemonymsAreMiscMentionsOfPlaces) {
  const Typing t = type_of("Chinese firms support Russia", "Chinese");
  EXPECT_EQ(t.type, EntityType::kPlace);
  EXPECT_TRUE(t.demonym);
}

TEST(EntityTyping, SportsTeams) {
  EXPECT_EQ(type_of("Barcelona 3 2 1 0 5 2 7", "Barcelona", true).type, EntityType::kOrganization);
  EXPECT_EQ(type_of("Leeds beat Chelsea 2-1", "Leeds", true).type, EntityType::kOrganization);
  EXPECT_EQ(type_of("the match in Leeds", "Leeds", true).type, EntityType::kPlace);
  EXPECT_EQ(type_of("Japan beat Syria", "Japan", true).type, EntityType::kPlace);
}

TEST(EntityTyping, SportsReportDetection) {
  const auto a = tokenize_for_entities("SOCCER - JAPAN GET LUCKY WIN");
  const auto b = tokenize_for_entities("Parliament passed the budget");
  const EntityResources& res = EntityResources::defaults();
  EXPECT_TRUE(is_sports_report({&a}, res));
  EXPECT_FALSE(is_sports_report({&b}, res));
}

}  // namespace
}  // namespace newsarchive::indexer
