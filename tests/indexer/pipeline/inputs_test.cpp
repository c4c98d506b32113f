#include "pipeline/inputs.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
  for (const auto& i : all_inputs(list)) ids.push_back(i.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"archive/a/1.txt", "archive/a/notes",
                                           "archive/b/2.txt"}));
  EXPECT_EQ(list.count, 3u);
  EXPECT_EQ(list.skipped, 3u);  // two READMEs and the picture
  EXPECT_TRUE(list.problems.empty());
}

TEST_F(InputsTest, WalksInTheOrderOfSortedPaths) {
  // Depth first, each directory's entries by name: the order of sorting the
  // whole paths, whichever order the directory lists them in.
  write("b/z.txt", "x");
  write("b-c/1.txt", "x");
  write("b/a/9.txt", "x");
  write("a.txt", "x");
  write("ab/1.txt", "x");
  InputList list = list_inputs({root_.string()});
  std::vector<fs::path> paths;
  for (const auto& i : all_inputs(list)) paths.emplace_back(i.path);
  ASSERT_EQ(paths.size(), list.count);
  std::vector<fs::path> sorted = paths;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(paths, sorted);
  EXPECT_EQ(list.count, 8u);
  std::uint64_t bytes = 0;
  for (const auto& p : paths) bytes += fs::file_size(p);
  EXPECT_EQ(list.bytes, bytes);
}

TEST_F(InputsTest, IdsDoNotDependOnHowThePathWasTyped) {
  auto a = list_inputs({root_.string()});
  auto b = list_inputs({(root_ / "a" / ".." ).string() + "/."});
  ASSERT_FALSE(all_inputs(a).empty());
  EXPECT_EQ(all_inputs(a).front().id, "archive/a/1.txt");
  ASSERT_FALSE(all_inputs(b).empty());
  EXPECT_EQ(all_inputs(b).front().id, "archive/a/1.txt");
}

TEST_F(InputsTest, FilesAndMissingPaths) {
  auto list = list_inputs({(root_ / "a" / "1.txt").string(), (root_ / "gone.txt").string()});
  const auto inputs = all_inputs(list);
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].id, "1.txt");
  ASSERT_EQ(list.problems.size(), 1u);
  EXPECT_NE(list.problems[0].second.find("no such file"), std::string::npos);
}

TEST_F(InputsTest, LoadReportsAFileRemovedSinceTheWalk) {
  const auto inputs = all_inputs(list_inputs({root_.string()}));
  fs::remove(root_ / "a" / "1.txt");
  Input input;
  std::string reason;
  EXPECT_FALSE(load_input(inputs[0], input, reason));
  EXPECT_NE(reason.find("No such file"), std::string::npos) << reason;
  EXPECT_TRUE(load_input(inputs[1], input, reason));
  EXPECT_EQ(input.bytes, "Headline\n\nBody.\n");
}

TEST_F(InputsTest, SymbolicLinksAreFollowedInsideTheTreeOnly) {
  const fs::path outside = root_.parent_path() / "outside.txt";
  std::ofstream(outside) << "Secret\n\nNot part of the archive.\n";
  fs::create_symlink(outside, root_ / "a" / "leak.txt");
  fs::create_symlink(root_ / "b" / "2.txt", root_ / "a" / "same.txt");
  fs::create_symlink(root_ / "b", root_ / "a" / "loop");
  fs::create_symlink(root_ / "gone.txt", root_ / "a" / "dangling.txt");
  ASSERT_EQ(::mkfifo((root_ / "a" / "pipe.txt").c_str(), 0600), 0);
  InputList list = list_inputs({root_.string()});
  std::vector<std::string> ids;
  for (const auto& i : all_inputs(list)) ids.push_back(i.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"archive/a/1.txt", "archive/a/notes",
                                           "archive/a/same.txt", "archive/b/2.txt"}));
  std::vector<std::string> named;
  for (const auto& [path, reason] : list.passed_over)
    named.push_back(fs::path(path).filename().string() + "|" + reason);
  EXPECT_EQ(named, (std::vector<std::string>{
                       "dangling.txt|a symbolic link that leads nowhere: not read",
                       "leak.txt|a symbolic link to " + outside.string() + ", outside " +
                           root_.string() + ": not read",
                       "loop|a symbolic link to a directory: not followed",
                       "pipe.txt|a FIFO, not a regular file: not read"}));
  EXPECT_EQ(list.skipped, 3u + 4u);
  EXPECT_TRUE(list.problems.empty());

  // Named on the command line, a link is read wherever it leads.
  auto named_list = list_inputs({(root_ / "a" / "leak.txt").string()});
  EXPECT_EQ(all_inputs(named_list).size(), 1u);
}

}  // namespace
}  // namespace newsarchive::indexer
