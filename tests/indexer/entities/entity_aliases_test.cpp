#include "extract/entity_aliases.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

const Typing kPersonCue{EntityType::kPerson, Certainty::kCue, false};
const Typing kOrgKnown{EntityType::kOrganization, Certainty::kKnown, false};

TEST(EntityMemory, ShortFormsOfPeople) {
  EntityMemory m;
  m.learn("Antony Blinken", kPersonCue, "Antony Blinken");
  m.learn("Wang Yi", kPersonCue, "Wang Yi");
  EXPECT_EQ(m.person_name("Blinken"), "Antony Blinken");
  EXPECT_EQ(m.person_name("Wang"), "Wang Yi");  // family name first
  const KnownName* k = m.recall("BLINKEN");     // a headline in capitals
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->type, EntityType::kPerson);
  EXPECT_EQ(k->canonical, "Antony Blinken");
}

TEST(EntityMemory, InitialsAndDefinedAcronyms) {
  EntityMemory m;
  m.learn("European Central Bank", kOrgKnown, "European Central Bank");
  const KnownName* ecb = m.recall("ECB");
  ASSERT_NE(ecb, nullptr);
  EXPECT_EQ(ecb->canonical, "European Central Bank");
  m.define_acronym("NRA", {EntityType::kOrganization, Certainty::kKnown, "National Rifle Association"});
  EXPECT_EQ(m.recall("NRA")->canonical, "National Rifle Association");
}

TEST(EntityMemory, SurerTypingWins) {
  EntityMemory m;
  m.learn("Jordan", {EntityType::kPerson, Certainty::kGuess, false}, "Jordan");
  m.learn("Jordan", {EntityType::kPlace, Certainty::kKnown, false}, "Jordan");
  EXPECT_EQ(m.recall("Jordan")->type, EntityType::kPlace);
  const auto t = tokenize_for_entities("JORDAN SAYS");
  EXPECT_EQ(m.longest_known(t, 0, t.size()), 1u);
}

}  // namespace
}  // namespace newsarchive::indexer
