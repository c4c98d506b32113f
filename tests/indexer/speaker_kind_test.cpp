// judge_speaker: what kind of speaker an attribution names, and what a quote
// keeps of it.
#include "extract/speaker_kind.h"

#include <gtest/gtest.h>

#include "extract/quote_resources.h"
#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

JudgedSpeaker judge(const std::string& speaker, SpeakerKind kind) {
  Attribution a;
  a.speaker = speaker;
  a.mention = speaker;
  a.kind = kind;
  return judge_speaker(a, QuoteResources::defaults().roles);
}

void expect(const std::string& speaker, SpeakerKind kind, const std::string& kept,
            std::string_view judged) {
  const JudgedSpeaker j = judge(speaker, kind);
  EXPECT_EQ(j.speaker, kept) << speaker;
  EXPECT_EQ(j.kind, judged) << speaker;
}

TEST(SpeakerKind, NamesArePeopleOrOrganisations) {
  expect("Annalena Baerbock", SpeakerKind::kName, "Annalena Baerbock", kSpeakerPerson);
  expect("European Commission", SpeakerKind::kName, "European Commission", kSpeakerOrganisation);
  expect("IMF", SpeakerKind::kName, "IMF", kSpeakerOrganisation);
  // The person after an affiliation's possessive.
  expect("Deutsche Bank's Simon Champion", SpeakerKind::kName, "Simon Champion", kSpeakerPerson);
  // A courtesy title before a word of the role list: a surname.
  expect("Mr King", SpeakerKind::kGroup, "Mr King", kSpeakerPerson);
}

TEST(SpeakerKind, WhatOpensTheSentenceIsNotTheName) {
  expect("But Parry", SpeakerKind::kName, "Parry", kSpeakerPerson);
  expect("And Donald Trump", SpeakerKind::kName, "Donald Trump", kSpeakerPerson);
  expect("For Rick Dean", SpeakerKind::kName, "Rick Dean", kSpeakerPerson);
  expect("Nadal afterwards", SpeakerKind::kGroup, "Nadal", kSpeakerPerson);
  // Nothing left: no speaker.
  expect("On Thursday", SpeakerKind::kName, "", kSpeakerUnknown);
  expect("If", SpeakerKind::kName, "", kSpeakerUnknown);
  expect("already", SpeakerKind::kGroup, "", kSpeakerUnknown);
  expect("It", SpeakerKind::kName, "", kSpeakerUnknown);
}

TEST(SpeakerKind, RolesSpeakForWhomThePhraseNames) {
  expect("Microsoft spokesman", SpeakerKind::kGroup, "Microsoft", kSpeakerRole);
  expect("a Fifa spokeswoman", SpeakerKind::kGroup, "Fifa", kSpeakerRole);
  expect("spokesman", SpeakerKind::kGroup, "spokesman", kSpeakerRole);
  expect("the prime minister", SpeakerKind::kGroup, "prime minister", kSpeakerRole);
}

TEST(SpeakerKind, PluralRolesAndNamedDescriptionsAreGroups) {
  expect("analysts", SpeakerKind::kGroup, "analysts", kSpeakerGroup);
  expect("Senior US officials", SpeakerKind::kGroup, "Senior US officials", kSpeakerGroup);
  expect("G7 ministers", SpeakerKind::kGroup, "G7 ministers", kSpeakerGroup);
  expect("Anti-globalisation campaigners", SpeakerKind::kGroup, "Anti-globalisation campaigners",
         kSpeakerGroup);
}

TEST(SpeakerKind, FragmentsAreNotSpeakers) {
  for (const char* fragment :
       {"report", "global superstar status", "company", "he expects", "30-year-old", "Radio 1",
        "Archos AV400", "Marca's headline", "Mr Howard last week", "Kok report", "1997"}) {
    const JudgedSpeaker j = judge(fragment, SpeakerKind::kGroup);
    EXPECT_EQ(j.speaker, "") << fragment;
    EXPECT_EQ(j.kind, kSpeakerUnknown) << fragment;
  }
  Attribution none;
  EXPECT_EQ(judge_speaker(none, QuoteResources::defaults().roles).kind, kSpeakerUnknown);
}

TEST(SpeakerKind, RolesEndAPhrase) {
  const PhraseList& roles = QuoteResources::defaults().roles;
  EXPECT_TRUE(ends_with_role("the finance minister", roles));
  EXPECT_TRUE(ends_with_role("analysts", roles));
  EXPECT_TRUE(ends_with_role("spokesmen", roles));
  EXPECT_FALSE(ends_with_role("global superstar status", roles));
  EXPECT_FALSE(ends_with_role("", roles));
}

}  // namespace
}  // namespace newsarchive::indexer

namespace newsarchive::indexer {
namespace {

TEST(TextScan, SpaceSeparatedWords) {
  EXPECT_EQ(space_separated("a Microsoft  spokesman"),
            (std::vector<std::string_view>{"a", "Microsoft", "spokesman"}));
  EXPECT_TRUE(space_separated("").empty());
  EXPECT_TRUE(space_separated("   ").empty());
  EXPECT_EQ(space_separated(" G7 "), (std::vector<std::string_view>{"G7"}));
}

}  // namespace
}  // namespace newsarchive::indexer
