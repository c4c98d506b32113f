#include "newsarchive/text.h"
#include "newsarchive/utf8.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace newsarchive::text {
namespace {

std::vector<std::string> terms(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s)) out.push_back(t.term);
  return out;
}

TEST(Utf8, ValidSequencesAndWhereTheFirstInvalidByteIs) {
  constexpr auto npos = std::string_view::npos;
  EXPECT_EQ(invalid_utf8_at(""), npos);
  EXPECT_EQ(invalid_utf8_at("plain"), npos);
  EXPECT_EQ(invalid_utf8_at("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"), npos);
  EXPECT_EQ(invalid_utf8_at("ab\x80"), 2u);                // stray continuation byte
  EXPECT_EQ(invalid_utf8_at("ab\xE2\x82"), 2u);            // cut short at the end
  EXPECT_EQ(invalid_utf8_at("\xE2\x82x"), 0u);             // cut short by a letter
  EXPECT_EQ(invalid_utf8_at("a\xC0\xAF"), 1u);             // overlong '/'
  EXPECT_EQ(invalid_utf8_at("a\xE0\x80\xAF"), 1u);         // overlong, three bytes
  EXPECT_EQ(invalid_utf8_at("a\xF0\x80\x80\xAF"), 1u);     // overlong, four bytes
  EXPECT_EQ(invalid_utf8_at("a\xED\xA0\x80"), 1u);         // a surrogate
  EXPECT_EQ(invalid_utf8_at("a\xF4\x90\x80\x80"), 1u);     // past U+10FFFF
  EXPECT_EQ(invalid_utf8_at("a\xF5\x80\x80\x80"), 1u);
  EXPECT_EQ(utf8_sequence_length("\xF4\x8F\xBF\xBF", 0), 4u);  // U+10FFFF itself
  EXPECT_EQ(utf8_sequence_length("\xED\x9F\xBF", 0), 3u);      // U+D7FF, before the surrogates
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

namespace newsarchive::text {
namespace {

// The ASCII scanner must cut and normalise exactly as ICU does.
void expect_same_as_icu(std::string_view text) {
  std::vector<Token> fast, icu;
  tokenize(text, fast);
  tokenize_with_icu(text, icu);
  ASSERT_EQ(fast.size(), icu.size()) << text;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    EXPECT_EQ(fast[i].term, icu[i].term) << text;
    EXPECT_EQ(fast[i].begin, icu[i].begin) << text;
    EXPECT_EQ(fast[i].end, icu[i].end) << text;
  }
}

TEST(AsciiTokenizer, CutsLikeIcuAtTheEdges) {
  for (const char* text : {
           "", " ", "U.S. officials", "e.g., this", "don't 'quote' it'", "rock'n'roll",
           "3.5 per cent, 1,000,000 and 1;2 or 1,a", "v.2 and 2.v and a.2", "snake_case __init__ _",
           "http://example.com/path?q=1&r=2", "user@example.org", "10:30 a:b", "1990s 90's",
           "end.", "...dots...", "a..b", "a.'b", "x'", "'x", "tab\tsep\nnew line\r\n",
           "#hashtag @handle $5.99 50% (brackets) [x] {y}", "A-B-C co-operate", "__", "a_", "_1",
           "\"double\" quotes", "ALL CAPS Headline", "x.y.z.", "1.2.3", "1,2,3,", "0x1F"}) {
    expect_same_as_icu(text);
  }
  // Every printable ASCII character between, before and after letters and
  // digits, alone and doubled.
  for (char c = ' '; c <= '~'; ++c) {
    const std::string x(1, c);
    for (const std::string& text : {"a" + x + "b", "1" + x + "2", "a" + x + "2", "1" + x + "b",
                                    x, x + x, "a" + x, x + "a", "1" + x, x + "1", "a" + x + x + "b"})
      expect_same_as_icu(text);
  }
}

TEST(AsciiTokenizer, CutsLikeIcuOnEverySampleArticle) {
  std::size_t paragraphs = 0;
  auto compare_file = [&](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && std::all_of(line.begin(), line.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        expect_same_as_icu(line);
        ++paragraphs;
      }
    }
  };
  std::vector<std::filesystem::path> dirs{std::filesystem::path(NEWSARCHIVE_SOURCE_DIR) / "sample_corpus"};
  // The BBC corpus too, where it is present: 2,225 articles of real copy.
  const auto bbc = std::filesystem::path(NEWSARCHIVE_SHARED_DIR) / "corpora" / "bbc-news";
  if (std::filesystem::exists(bbc)) dirs.push_back(bbc);
  for (const auto& dir : dirs)
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
      if (e.is_regular_file()) compare_file(e.path());
  EXPECT_GT(paragraphs, 200u);
  std::printf("ASCII tokenizer matched ICU on %zu paragraphs\n", paragraphs);
}

}  // namespace
}  // namespace newsarchive::text
