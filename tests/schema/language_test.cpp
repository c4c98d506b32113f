#include "newsarchive/language.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(DetectLanguage, LatinScriptByFunctionWords) {
  EXPECT_EQ(detect_language("The minister said that the talks in Capri were a success for the "
                            "group and its partners."),
            "en");
  EXPECT_EQ(detect_language("Die Regierung hat am Montag mitgeteilt, dass die Verhandlungen mit "
                            "den Gewerkschaften nicht auf eine Einigung zusteuern."),
            "de");
  EXPECT_EQ(detect_language("Le gouvernement a annoncé que les négociations avec les syndicats "
                            "sont dans une impasse pour la deuxième semaine."),
            "fr");
}

TEST(DetectLanguage, ScriptDecides) {
  EXPECT_EQ(detect_language("中国政府周五宣布新的经济刺激计划。"), "zh");
  EXPECT_EQ(detect_language("日本政府は経済対策を発表した。"), "ja");
  EXPECT_EQ(detect_language("Правительство объявило о новых мерах."), "ru");
}

TEST(DetectLanguage, FallbackWhenUnclear) {
  EXPECT_EQ(detect_language("", "en"), "en");
  EXPECT_EQ(detect_language("12345 !!!", "de"), "de");
}

TEST(NormaliseLanguageTag, KnownForms) {
  EXPECT_EQ(normalise_language_tag("en-GB"), "en");
  EXPECT_EQ(normalise_language_tag("DE"), "de");
  EXPECT_EQ(normalise_language_tag("fre"), "fr");
  EXPECT_EQ(normalise_language_tag("English"), "en");
  EXPECT_EQ(normalise_language_tag("klingon"), "");
}

}  // namespace
}  // namespace newsarchive
