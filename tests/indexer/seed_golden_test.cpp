// The seed article read and extracted, against what a careful human editor
// extracted (../shared/seed/g7-china-russia.expected.json). Quotes and
// entities are checked elsewhere.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "extract/extractor.h"
#include "extract/text_scan.h"
#include "readers/plain_text_reader.h"

namespace newsarchive::indexer {
namespace {

const std::string kSeedDir = std::string(NEWSARCHIVE_SHARED_DIR) + "/seed/";

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

std::string t(std::string_view s) { return std::string(trim(s)); }

class SeedGoldenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!read_file(kSeedDir + "g7-china-russia.txt", text_) ||
        !read_file(kSeedDir + "g7-china-russia.expected.json", expected_text_)) {
      GTEST_SKIP() << "seed not found in " << kSeedDir;
    }
    expected_ = nlohmann::json::parse(expected_text_);
  }

  Article extract_bytes(const std::string& bytes) {
    const ReadResult r = read_plain_text({"g7-china-russia.txt", "g7-china-russia.txt", bytes});
    EXPECT_TRUE(r.errors.empty());
    if (r.articles.size() != 1) {
      ADD_FAILURE() << "expected one article";
      return {};
    }
    return extract(r.articles[0]);
  }

  void check(const Article& a) {
    EXPECT_EQ(t(a.headline), t(expected_["headline"].get<std::string>()));
    EXPECT_EQ(t(a.standfirst), t(expected_["standfirst"].get<std::string>()));
    const auto& captions = expected_["captions"];
    ASSERT_EQ(a.captions.size(), captions.size());
    for (std::size_t i = 0; i < captions.size(); ++i) {
      EXPECT_EQ(t(a.captions[i].alt_text), t(captions[i]["alt_text"].get<std::string>()));
      EXPECT_EQ(t(a.captions[i].text), t(captions[i]["text"].get<std::string>()));
      EXPECT_EQ(t(a.captions[i].credit), t(captions[i]["credit"].get<std::string>()));
    }
    EXPECT_EQ(t(a.source), t(expected_["source"].get<std::string>()));
    EXPECT_EQ(a.body.size(), expected_["body_paragraphs"].get<std::size_t>());
    EXPECT_EQ(a.date, expected_["date"].get<std::string>());
    EXPECT_TRUE(a.date_inferred);
    EXPECT_EQ(a.dateline, "");
    EXPECT_EQ(a.format, "text");
    EXPECT_EQ(a.language, "en");
    for (const std::string& paragraph : a.body) {
      const std::string p = t(paragraph);
      for (const auto& item : expected_["boilerplate_removed"]) {
        const std::string b = t(item.get<std::string>());
        EXPECT_FALSE(p.starts_with(b)) << "boilerplate left in the body: " << p;
      }
    }
    // The body runs from the first paragraph after the photo to the last
    // before the Source: line.
    ASSERT_FALSE(a.body.empty());
    EXPECT_TRUE(a.body.front().starts_with("Foreign ministers from the Group of Seven"));
    EXPECT_TRUE(a.body.back().starts_with("Officials added that China"));
  }

  std::string text_;
  std::string expected_text_;
  nlohmann::json expected_;
};

TEST_F(SeedGoldenTest, MatchesTheEditor) {
  const Article a = extract_bytes(text_);
  check(a);
  bool inferred_warning = false;
  for (const std::string& w : a.warnings) inferred_warning |= w == "date inferred from the text";
  EXPECT_TRUE(inferred_warning);
}

TEST_F(SeedGoldenTest, CrLfAndByteOrderMarkChangeNothing) {
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : text_) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Article plain = extract_bytes(text_);
  const Article windows = extract_bytes(crlf);
  check(windows);
  EXPECT_EQ(windows.headline, plain.headline);
  EXPECT_EQ(windows.standfirst, plain.standfirst);
  EXPECT_EQ(windows.body, plain.body);
  EXPECT_EQ(windows.warnings, plain.warnings);
}

}  // namespace
}  // namespace newsarchive::indexer
