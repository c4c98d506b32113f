#include "synonyms.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace newsarchive::query {
namespace {

namespace fs = std::filesystem;

std::string write_file(const std::string& name, const std::string& text) {
  const fs::path path = fs::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

TEST(Synonyms, LoadsGroupsAndSkipsComments) {
  const std::string path = write_file("newsarchive-synonyms-ok.txt",
                                      "# places\n"
                                      "UK, United Kingdom, Britain\n"
                                      "\n"
                                      "  EU ,European Union\n");
  Synonyms s;
  std::string error;
  ASSERT_TRUE(s.load(path, error)) << error;
  EXPECT_EQ(s.size(), 2u);
  EXPECT_EQ(s.longest_entry(), 2u);
  fs::remove(path);
}

TEST(Synonyms, NamesTheFileAndLineOfAMalformedGroup) {
  const std::string path = write_file("newsarchive-synonyms-bad.txt", "UK, Britain\nlonely\n");
  Synonyms s;
  std::string error;
  EXPECT_FALSE(s.load(path, error));
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("line 2"), std::string::npos) << error;
  fs::remove(path);
  EXPECT_FALSE(s.load("/nonexistent/synonyms.txt", error));
  EXPECT_NE(error.find("/nonexistent/synonyms.txt"), std::string::npos) << error;
}

TEST(Synonyms, MatchesTheLongestEntryAsIndexWordsAreAnalysed) {
  Synonyms s;
  s.add({"UK", "“United Kingdom”", "Britain"});
  s.add({"United Nations", "UN"});
  s.add({"only one"});  // fewer than two entries: ignored
  EXPECT_EQ(s.size(), 2u);
  auto m = s.match({"united", "kingdom", "trade"});
  ASSERT_NE(m.group, nullptr);
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(m.group->size(), 3u);
  EXPECT_EQ(s.match({"uk"}).length, 1u);
  EXPECT_EQ(s.match({"united", "nations"}).group->size(), 2u);
  EXPECT_EQ(s.match({"united"}).group, nullptr);
  EXPECT_EQ(s.match({}).group, nullptr);
}

}  // namespace
}  // namespace newsarchive::query
