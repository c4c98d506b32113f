// The seed article read, extracted and its entities found, against the sets
// a careful human editor made (../shared/seed/g7-china-russia.expected.json):
// every expected canonical name with its type, nothing else but the "may"
// names, and the editor's aliases among each entity's mentions.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "extract/entity_extraction.h"
#include "extract/extractor.h"
#include "readers/plain_text_reader.h"
#include "../seed_files.h"

namespace newsarchive::indexer {
namespace {

using seed::kSeedDir;
using seed::read_file;

class SeedEntities : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string bytes, json;
    if (!read_file(kSeedDir + "g7-china-russia.txt", bytes) ||
        !read_file(kSeedDir + "g7-china-russia.expected.json", json)) {
      GTEST_SKIP() << "seed files not found in " << kSeedDir;
    }
    expected_ = nlohmann::json::parse(json);
    const ReadResult r = read_plain_text({"g7-china-russia.txt", "g7-china-russia.txt", bytes, ""});
    ASSERT_EQ(r.articles.size(), 1u);
    article_ = extract(r.articles[0]);
    entities_ = extract_entities(article_, EntityResources::defaults());
  }

  const Entity* find(const std::string& name) const {
    for (const Entity& e : entities_) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }

  nlohmann::json expected_;
  Article article_;
  std::vector<Entity> entities_;
};

TEST_F(SeedEntities, EveryExpectedNameWithItsType) {
  for (const char* type : {"person", "organization", "place"}) {
    for (const auto& name : expected_["entities"][type]) {
      const Entity* e = find(name.get<std::string>());
      ASSERT_NE(e, nullptr) << "missing " << type << " " << name;
      EXPECT_EQ(e->type, type) << name;
    }
  }
}

TEST_F(SeedEntities, NothingUnexpected) {
  std::set<std::string> allowed;
  for (const auto& [type, names] : expected_["entities"].items()) {
    for (const auto& n : names) allowed.insert(n.get<std::string>());
  }
  for (const Entity& e : entities_) {
    EXPECT_TRUE(allowed.count(e.name)) << "unexpected " << e.type << " '" << e.name << "' ("
                                       << e.mentions.size() << " mentions, first '"
                                       << e.mentions.front().text << "' in "
                                       << e.mentions.front().field << ")";
  }
}

TEST_F(SeedEntities, AliasesAreMentionsOfTheCanonicalName) {
  for (const auto& [name, aliases] : expected_["aliases"].items()) {
    const Entity* e = find(name);
    ASSERT_NE(e, nullptr) << name;
    for (const auto& alias : aliases) {
      bool seen = false;
      for (const Mention& m : e->mentions) seen = seen || m.text == alias.get<std::string>();
      EXPECT_TRUE(seen) << name << " has no mention '" << alias << "'";
    }
  }
}

TEST_F(SeedEntities, MentionsSayWhereTheyAre) {
  const Entity* blinken = find("Antony Blinken");
  ASSERT_NE(blinken, nullptr);
  std::set<std::string> fields;
  for (const Mention& m : blinken->mentions) {
    fields.insert(m.field);
    if (m.field == "body") {
      ASSERT_GE(m.paragraph, 0);
      ASSERT_LT(m.paragraph, static_cast<int>(article_.body.size()));
      EXPECT_NE(article_.body[m.paragraph].find(m.text), std::string::npos) << m.text;
    }
  }
  EXPECT_TRUE(fields.count("caption"));
  EXPECT_TRUE(fields.count("body"));
  const Entity* reuters = find("Reuters");
  ASSERT_NE(reuters, nullptr);
  EXPECT_EQ(reuters->mentions.front().field, "caption");
  const Entity* jazeera = find("Al Jazeera");
  ASSERT_NE(jazeera, nullptr);
  EXPECT_EQ(jazeera->mentions.front().field, "source");
}

}  // namespace
}  // namespace newsarchive::indexer
