#include "extract/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "extract/entity_resources.h"

namespace newsarchive::indexer {
namespace {

TEST(Gazetteer, NamesAliasesCountriesAndDemonyms) {
  Gazetteer g;
  g.add_names("# comment\nUnited Kingdom|UK|Britain\nCapri > Italy\n", EntityType::kPlace);
  g.add_demonyms("British|Briton = United Kingdom\n");
  const GazetteerEntry* uk = g.find("Britain");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(uk->canonical, "United Kingdom");
  EXPECT_EQ(uk->type, EntityType::kPlace);
  const GazetteerEntry* british = g.find("British");
  ASSERT_NE(british, nullptr);
  EXPECT_TRUE(british->demonym);
  EXPECT_EQ(british->canonical, "United Kingdom");
  EXPECT_EQ(g.country_of("Capri"), "Italy");
}

TEST(Gazetteer, CaseRule) {
  Gazetteer g;
  g.add_names("United States|US\n", EntityType::kPlace);
  EXPECT_NE(g.find("US"), nullptr);
  EXPECT_NE(g.find("UNITED STATES"), nullptr);  // a headline in capitals
  EXPECT_EQ(g.find("us"), nullptr);             // the pronoun
  EXPECT_EQ(g.find("united States"), nullptr);
}

TEST(Gazetteer, LongestMatchInTokens) {
  Gazetteer g;
  g.add_names("New York\nNew York Stock Exchange\n", EntityType::kOrganization);
  const auto t = tokenize_for_entities("the New York Stock Exchange fell");
  const Gazetteer::Match m = g.longest_match(t, 1, t.size());
  EXPECT_EQ(m.tokens, 4u);
  EXPECT_EQ(g.longest_match(t, 0, t.size()).tokens, 0u);
}

TEST(EntityResources, DefaultsHoldIcuCountriesInSeveralLanguages) {
  const Gazetteer& g = EntityResources::defaults().gazetteer;
  for (const char* name : {"France", "Frankreich", "Allemagne", "Deutschland", "Japon"}) {
    const GazetteerEntry* e = g.find(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::kPlace) << name;
  }
  EXPECT_EQ(g.find("Deutschland")->canonical, "Germany");
  EXPECT_EQ(g.find("U.S.")->canonical, "United States");
  EXPECT_TRUE(g.is_country("Germany"));
  EXPECT_EQ(g.country_of("Beijing"), "China");
  EXPECT_EQ(g.find("G7")->type, EntityType::kOrganization);
}

TEST(EntityResources, UserFilesExtendTheDefaults) {
  EntityResources r;
  EXPECT_EQ(r.add_text("places.txt", "Ruritania|Ruritanie\n"), "");
  EXPECT_NE(r.gazetteer.find("Ruritanie"), nullptr);
  EXPECT_NE(r.add_text("nonsense.txt", "x"), "");
  EntityResources loaded;
  EXPECT_NE(EntityResources::load({"/nonexistent/dir"}, loaded), "");
}

TEST(EntityResources, DirectoriesExtendOrReplaceLists) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("newsarchive-gazetteer-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "places.txt") << "Ruritania|Ruritanie\n";
  std::ofstream(dir / "organizations.txt") << "# replace\nAcme Widgets|Acme\n";
  std::ofstream(dir / "notes.md") << "not a gazetteer\n";
  EntityResources r;
  const std::string problems = EntityResources::load({dir.string()}, r);
  fs::remove_all(dir);
  EXPECT_NE(problems.find("notes.md"), std::string::npos) << problems;
  // Extended: the user's place and the built-in ones.
  EXPECT_NE(r.gazetteer.find("Ruritanie"), nullptr);
  EXPECT_NE(r.gazetteer.find("Deutschland"), nullptr);
  // Replaced: the user's organisation, and none of the built-in ones.
  ASSERT_NE(r.gazetteer.find("Acme"), nullptr);
  EXPECT_EQ(r.gazetteer.find("Acme")->canonical, "Acme Widgets");
  const GazetteerEntry* un = r.gazetteer.find("United Nations");
  EXPECT_TRUE(un == nullptr || un->type != EntityType::kOrganization);
  const GazetteerEntry* builtin = EntityResources::defaults().gazetteer.find("United Nations");
  ASSERT_NE(builtin, nullptr);
  EXPECT_EQ(builtin->type, EntityType::kOrganization);
}

}  // namespace
}  // namespace newsarchive::indexer
