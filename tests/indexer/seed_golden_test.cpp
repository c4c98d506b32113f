// The seed article read and extracted, against what a careful human editor
// extracted (../shared/seed/g7-china-russia.expected.json): structure, and
// every quote the editor did not mark "may" with its speaker. Entities are
// checked elsewhere.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <vector>
#include <string>

#include "extract/extractor.h"
#include "text/text_scan.h"
#include "readers/plain_text_reader.h"
#include "seed_files.h"

namespace newsarchive::indexer {
namespace {

using seed::kSeedDir;
using seed::read_file;

std::string t(std::string_view s) { return std::string(trim(s)); }

// The editor's comparison: trimmed, without a trailing , or . inside the quote.
std::string quote_text(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == '.')) s = trim(s.substr(0, s.size() - 1));
  return std::string(s);
}

std::vector<std::string> lower_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : std::string(s) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      cur += lower_ascii(c);
    } else if (!cur.empty()) {
      if (cur != "the") out.push_back(cur);
      cur.clear();
    }
  }
  return out;
}

// Names compare exactly; groups ("G7 foreign ministers" for "the G7
// ministers") leniently: every word of the shorter phrase is in the longer.
bool same_speaker(const std::string& got, const std::string& expected, bool group) {
  if (!group) return got == expected;
  std::vector<std::string> a = lower_words(got), b = lower_words(expected);
  if (a.empty() || b.empty()) return false;
  if (a.size() > b.size()) std::swap(a, b);
  for (const std::string& w : a) {
    if (std::find(b.begin(), b.end(), w) == b.end()) return false;
  }
  return true;
}

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
    const ReadResult r = read_plain_text({"g7-china-russia.txt", "g7-china-russia.txt", bytes, ""});
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

TEST_F(SeedGoldenTest, FindsTheQuotesAndWhoSaidThem) {
  const Article a = extract_bytes(text_);
  std::size_t checked = 0;
  for (const auto& want : expected_["quotes"]) {
    if (want.value("may", false)) continue;
    ++checked;
    const std::string text = quote_text(want["text"].get<std::string>());
    const std::string speaker = want["speaker"].get<std::string>();
    // The editor's groups ("G7 foreign ministers", "senior US officials")
    // start in lower case or run past two words; the seed's names do not.
    const bool group = !std::isupper(static_cast<unsigned char>(speaker[0])) ||
                       lower_words(speaker).size() > 2;
    const Quote* found = nullptr;
    for (const Quote& q : a.quotes) {
      if (quote_text(q.text) == text) found = &q;
    }
    ASSERT_NE(found, nullptr) << "quote not found: " << text;
    EXPECT_TRUE(same_speaker(found->speaker, speaker, group))
        << "for \"" << text << "\": speaker \"" << found->speaker << "\", expected \"" << speaker << "\"";
    EXPECT_EQ(found->kind, want["kind"].get<std::string>()) << text;
    EXPECT_FALSE(found->speaker_mention.empty()) << text;
    EXPECT_FALSE(found->cue.empty()) << text;
  }
  EXPECT_EQ(checked, 10u);
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
  ASSERT_EQ(windows.quotes.size(), plain.quotes.size());
  for (std::size_t i = 0; i < plain.quotes.size(); ++i) {
    EXPECT_EQ(windows.quotes[i].text, plain.quotes[i].text);
    EXPECT_EQ(windows.quotes[i].speaker, plain.quotes[i].speaker);
  }
}

}  // namespace
}  // namespace newsarchive::indexer
