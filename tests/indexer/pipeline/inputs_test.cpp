#include "pipeline/inputs.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

class InputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("newsarchive-inputs-" + std::to_string(::getpid())) /
            "archive";
    fs::remove_all(root_.parent_path());
    for (const char* f : {"b/2.txt", "a/1.txt", "a/notes", "README.md", "b/README.TXT",
                          ".hidden/x.txt", "a/.secret.txt", "a/picture.jpg"})
      write(f, "Headline\n\nBody.\n");
  }
  void TearDown() override { fs::remove_all(root_.parent_path()); }
  void write(const std::string& rel, const std::string& content) {
    fs::create_directories((root_ / rel).parent_path());
    std::ofstream(root_ / rel) << content;
  }
  fs::path root_;
};

TEST_F(InputsTest, WalksSortedAndSkipsWhatIsNotAnArticle) {
  InputList list = list_inputs({root_.string() + "/"});
  std::vector<std::string> ids;
  for (const auto& i : list.inputs) ids.push_back(i.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"archive/a/1.txt", "archive/a/notes",
                                           "archive/b/2.txt"}));
  EXPECT_EQ(list.skipped, 3u);  // two READMEs and the picture
  EXPECT_TRUE(list.problems.empty());
}

TEST_F(InputsTest, IdsDoNotDependOnHowThePathWasTyped) {
  auto a = list_inputs({root_.string()});
  auto b = list_inputs({(root_ / "a" / ".." ).string() + "/."});
  ASSERT_FALSE(a.inputs.empty());
  EXPECT_EQ(a.inputs.front().id, "archive/a/1.txt");
  ASSERT_FALSE(b.inputs.empty());
  EXPECT_EQ(b.inputs.front().id, "archive/a/1.txt");
}

TEST_F(InputsTest, FilesAndMissingPaths) {
  auto list = list_inputs({(root_ / "a" / "1.txt").string(), (root_ / "gone.txt").string()});
  ASSERT_EQ(list.inputs.size(), 1u);
  EXPECT_EQ(list.inputs[0].id, "1.txt");
  ASSERT_EQ(list.problems.size(), 1u);
  EXPECT_NE(list.problems[0].second.find("no such file"), std::string::npos);
}

TEST_F(InputsTest, LoadReportsAFileRemovedSinceTheWalk) {
  auto list = list_inputs({root_.string()});
  fs::remove(root_ / "a" / "1.txt");
  Input input;
  std::string reason;
  EXPECT_FALSE(load_input(list.inputs[0], input, reason));
  EXPECT_NE(reason.find("No such file"), std::string::npos) << reason;
  EXPECT_TRUE(load_input(list.inputs[1], input, reason));
  EXPECT_EQ(input.bytes, "Headline\n\nBody.\n");
}

}  // namespace
}  // namespace newsarchive::indexer
