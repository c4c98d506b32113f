#include "newsarchive/text.h"

#include <gtest/gtest.h>

namespace newsarchive::text {
namespace {

std::vector<std::string> terms(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s)) out.push_back(t.term);
  return out;
}

TEST(Normalise, FoldsCaseAndTypographicMarks) {
  EXPECT_EQ(normalise("Russia’s"), "russia's");
  EXPECT_EQ(normalise("RUSSIA'S"), "russia's");
  EXPECT_EQ(normalise("“Quoted” – text"), "\"quoted\" - text");
  EXPECT_EQ(normalise("Straße"), "strasse");
  EXPECT_EQ(normalise("ＡＢＣ"), "abc");  // fullwidth letters, NFKC
  EXPECT_EQ(normalise("Ｒｕｓｓｉａ’ｓ"), "russia's");
}

TEST(Normalise, ComposesAccents) {
  // "é" as e + combining acute and as one code point normalise alike.
  EXPECT_EQ(normalise("Re\xCC\x81publique"), normalise("République"));
  EXPECT_EQ(normalise("République"), "république");
}

TEST(FoldPunctuation, KeepsCase) {
  EXPECT_EQ(fold_punctuation("Russia’s “new era” — over"), "Russia's \"new era\" - over");
}

TEST(Tokenize, SplitsWordsAndKeepsOffsets) {
  const std::string text = "G7 countries slam Chinese firms’ support.";
  auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].term, "g7");
  EXPECT_EQ(tokens[4].term, "firms");
  EXPECT_EQ(text.substr(tokens[5].begin, tokens[5].end - tokens[5].begin), "support");
}

TEST(Tokenize, ApostrophesStayInsideWords) {
  EXPECT_EQ(terms("Russia’s war"), (std::vector<std::string>{"russia's", "war"}));
  EXPECT_EQ(terms("Russia's war"), (std::vector<std::string>{"russia's", "war"}));
}

TEST(Tokenize, HyphensAndNumbers) {
  EXPECT_EQ(terms("dual-use items cost $1.13bn"),
            (std::vector<std::string>{"dual", "use", "items", "cost", "1.13bn"}));
}

TEST(Tokenize, SegmentsChineseIntoWords) {
  auto t = terms("中国经济增长放缓");
  // ICU's dictionary splits the run into several words, not one term and not
  // single characters only.
  EXPECT_GT(t.size(), 1u);
  EXPECT_LT(t.size(), 8u);
  EXPECT_NE(std::find(t.begin(), t.end(), "经济"), t.end());
}

TEST(Tokenize, SegmentsJapanese) {
  auto t = terms("日本政府は経済対策を発表した");
  EXPECT_NE(std::find(t.begin(), t.end(), "政府"), t.end());
}

TEST(Tokenize, SkipsOverlongWords) {
  EXPECT_TRUE(terms(std::string(200, 'a')).empty());
}

TEST(Tokenize, InvalidUtf8DoesNotCrash) {
  auto t = terms("abc \xff\xfe def");
  EXPECT_NE(std::find(t.begin(), t.end(), "def"), t.end());
}

TEST(UnspacedScript, KnowsCjkAndThai) {
  EXPECT_TRUE(is_unspaced_script(U'中'));
  EXPECT_TRUE(is_unspaced_script(U'の'));
  EXPECT_TRUE(is_unspaced_script(U'ไ'));
  EXPECT_FALSE(is_unspaced_script(U'a'));
  EXPECT_FALSE(is_unspaced_script(U'é'));
}

}  // namespace
}  // namespace newsarchive::text
