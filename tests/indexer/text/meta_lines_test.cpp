#include "text/meta_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

TEST(MetaLinesTest, SourceLines) {
  EXPECT_EQ(source_line("Source: Al Jazeera and news agencies"), "Al Jazeera and news agencies");
  EXPECT_EQ(source_line("Source : Reuters"), "Reuters");
  EXPECT_EQ(source_line("SOURCES: AFP, dpa"), "AFP, dpa");
  EXPECT_EQ(source_line("\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE"),
            "\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE");  // 来源：新华社
  EXPECT_EQ(source_line("Quelle: dpa"), "dpa");
  EXPECT_EQ(source_line("Source: NATO."), "NATO");
  EXPECT_FALSE(source_line("Sources say the minister will resign."));
  EXPECT_FALSE(source_line("Source:"));
  EXPECT_FALSE(source_line(
      "Source: one two three four five six seven eight nine ten eleven twelve thirteen "
      "fourteen fifteen sixteen"));
}

std::string pub(std::string_view line) {
  const auto d = publication_line(line);
  return d ? d->iso() : "";
}

TEST(MetaLinesTest, PublicationLines) {
  EXPECT_EQ(pub("Published: 3 March 2025"), "2025-03-03");
  EXPECT_EQ(pub("Updated 14:32 GMT, Tuesday 4 February 2025"), "2025-02-04");
  EXPECT_EQ(pub("Posted on 2025-03-03"), "2025-03-03");
  EXPECT_EQ(pub("Last updated: April 19, 2024 at 10:15 am"), "2024-04-19");
  EXPECT_EQ(pub("Veröffentlicht am 3. März 2025"), "2025-03-03");
  EXPECT_EQ(pub("Publié le 19 avril 2024 à 10h15"), "2024-04-19");
  EXPECT_EQ(pub("2025-03-03"), "2025-03-03");
  EXPECT_EQ(pub("Tuesday 4 February 2025 14:32 GMT"), "2025-02-04");
  EXPECT_EQ(pub("Fri 19 Apr 2024 10.00 BST"), "2024-04-19");
  EXPECT_EQ(pub("Stand: 17.01.2024, 18:42 Uhr"), "2024-01-17");
  EXPECT_EQ(pub("\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x9A" "2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "8\xE6\x97\xA5 10:30"),
            "2024-05-08");  // 发布时间：2024年5月8日 10:30
  // Numeric dates with slashes: day first outside English, else only when
  // unambiguous.
  EXPECT_EQ(pub("Publi\xC3\xA9 le 12/07/2024 \xC3\xA0 17h30"), "2024-07-12");
  EXPECT_EQ(pub("Published: 04/19/2024"), "2024-04-19");
  EXPECT_EQ(pub("Published: 19/04/2024"), "2024-04-19");
  EXPECT_EQ(pub("Published: 04/07/2024"), "");
}

TEST(MetaLinesTest, SentencesWithDatesAreNotPublicationLines) {
  EXPECT_EQ(pub("The meeting ended on April 19, 2024."), "");
  EXPECT_EQ(pub("Published"), "");
  EXPECT_EQ(pub("Published in March, the report was widely read."), "");
  EXPECT_EQ(pub("Elections on 3 March 2025 in Germany"), "");
}

TEST(MetaLinesTest, Bylines) {
  EXPECT_EQ(byline_line("By Jane Doe"), (std::vector<std::string>{"Jane Doe"}));
  EXPECT_EQ(byline_line("By Jane Doe and John Roe"),
            (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(byline_line("By Jane Doe, Political Correspondent"),
            (std::vector<std::string>{"Jane Doe"}));
  EXPECT_EQ(byline_line("Von Hans-Peter Müller"), (std::vector<std::string>{"Hans-Peter Müller"}));
  EXPECT_TRUE(byline_line("By Friday the talks had collapsed.").empty());
  EXPECT_TRUE(byline_line("By the end of the year").empty());
  EXPECT_TRUE(byline_line("Bypass road opens").empty());
  // A connector last (a fuzzer's finding: it used to throw out_of_range).
  EXPECT_EQ(byline_line("By Jane Doe and"), (std::vector<std::string>{"Jane Doe"}));
  EXPECT_EQ(byline_line("By Jane Doe &"), (std::vector<std::string>{"Jane Doe"}));
}

}  // namespace
}  // namespace newsarchive::indexer
