#include "readers/wire_text_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/extractor.h"
#include "readers/formats.h"

namespace newsarchive::indexer {
namespace {

// An ANPA 1312 message written for this test: SYN SYN SOH, service line,
// priority/category line with the slug, STX, caret lines, tab-led body, ETX,
// trailer, EOT.
const std::string kAnpa =
    "\x16\x16\x01" "Q1234\x1f" "wire\n"
    "r a\x13\x11 BC-US--Harbor-Bridge     04-02 0410\n"
    "\x02^BC-US--Harbor-Bridge,410<\n"
    "^Old harbor bridge reopens after ``long'' repairs<\n"
    "^AP Photo NYAB101<\n"
    "^Eds: With AP Photo.<\n"
    "^Commuters return to the bridge after two years of work<\n"
    "^By ANN SMITH and BO LEE=\n"
    "^Associated Press=\n"
    "\t   PORTVILLE, Maine (AP) _ The old harbor bridge opened again on Monday.\n"
    " \n"
    "\t   ``It feels good to drive across,'' said one driver.\n"
    " \n"
    "\t   ___\n"
    "\t   \x03" "AP-WF-04-02-19 1402GMT<\n"
    "\x0c\x04";

TEST(AnpaReader, Message) {
  EXPECT_EQ(sniff_wire_text(kAnpa), WireFormat::kAnpa);
  const ReadResult r = read_anpa(Input{"story.tst", "story.tst", kAnpa, ""});
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].reason;
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "anpa");
  EXPECT_EQ(a.id, "story.tst");
  EXPECT_EQ(a.headline, "Old harbor bridge reopens after \xE2\x80\x9Clong\xE2\x80\x9D repairs");
  EXPECT_EQ(a.standfirst, "Commuters return to the bridge after two years of work");
  EXPECT_EQ(a.byline, (std::vector<std::string>{"ANN SMITH", "BO LEE"}));
  ASSERT_EQ(a.body.size(), 2u);
  EXPECT_EQ(a.body[0],
            "PORTVILLE, Maine (AP) \xE2\x80\x94 The old harbor bridge opened again on Monday.");
  EXPECT_EQ(a.body[1],
            "\xE2\x80\x9CIt feels good to drive across,\xE2\x80\x9D said one driver.");
  EXPECT_EQ(a.date, "2019-04-02");

  const Article e = extract(a);
  EXPECT_EQ(e.dateline, "PORTVILLE, Maine");
  EXPECT_EQ(e.source, "AP");
  EXPECT_EQ(e.date, "2019-04-02");
  ASSERT_FALSE(e.body.empty());
  EXPECT_EQ(e.body[0], "The old harbor bridge opened again on Monday.");
}

TEST(AnpaReader, TableAfterAgencyByline) {
  const std::string table =
      "\x16\x16\x01" "Q9\x1f-----\n"
      "r z\x13\x11 BC-BBO--Standings     05-17 0100\n"
      "\x02^BC-BBO--Standings<\n"
      "^League Standings=\n"
      "^By The Associated Press=\n"
      "^EAST DIVISION=\n"
      "\x08^;W;L;Pct\x10\n"
      "\x08Northtown\x1f 20\x1e 10\x1e .667\n"
      "\x03" "AP-WF-05-17-18 0100GMT<\n\x04";
  const ReadResult r = read_anpa(Input{"t.tst", "t.tst", table, ""});
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.headline, "League Standings");
  EXPECT_EQ(a.byline, (std::vector<std::string>{"The Associated Press"}));
  EXPECT_EQ(a.body,
            (std::vector<std::string>{"EAST DIVISION", ";W;L;Pct", "Northtown 20 10 .667"}));
}

// A heading byline that is only "By" once its control codes are blanked
// (a fuzzer's finding: it used to throw out_of_range).
TEST(AnpaReader, BylineOfControlCodesOnly) {
  const std::string message =
      "\x16\x16\x01" "Q9\x1f-----\n"
      "r z\x13\x11 BC-US--Slug     05-17 0100\n"
      "\x02^BC-US--Slug<\n"
      "^A headline<\n"
      "^By \x7f<\n"
      "\t   The body.\n"
      "\x03" "AP-WF-05-17-18 0100GMT<\n\x04";
  const ReadResult r = read_anpa(Input{"t.tst", "t.tst", message, ""});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "A headline");
  EXPECT_TRUE(r.articles[0].byline.empty());
}

// An IPTC 7901 message written for this test.
const std::string kIptc =
    "\x01" "abc123 4 i 120 xxxxb   nws 042\r\n"
    "\r\n"
    "Harbour/Transport/\r\n"
    "\x02" "1ST LEAD\r\n"
    "Harbour bridge in Portstadt opens again after repairs\r\n"
    "By Eva Muster, nws =\r\n"
    "\r\n"
    "   Portstadt (nws) - The harbour bridge reopened on Monday after\r\n"
    "two years of repairs, the city said.\r\n"
    "\r\n"
    "   Traffic was light in the morning.\r\n"
    "\r\n"
    "# nws notebook\r\n"
    "\r\n"
    "- Reporting by: Eva Muster\r\n"
    "\r\n"
    "nws em ab\r\n"
    "\x03" "021200 GMT Apr 02\r\n"
    "\x7f\x04";

TEST(Iptc7901Reader, Message) {
  EXPECT_EQ(sniff_wire_text(kIptc), WireFormat::kIptc7901);
  const ReadResult r = read_iptc7901(Input{"msg.txt", "msg.txt", kIptc, ""});
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].reason;
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "iptc7901");
  EXPECT_EQ(a.source, "nws");
  EXPECT_EQ(a.subjects, (std::vector<std::string>{"Harbour", "Transport"}));
  EXPECT_EQ(a.headline, "Harbour bridge in Portstadt opens again after repairs");
  EXPECT_EQ(a.byline, (std::vector<std::string>{"Eva Muster"}));
  EXPECT_EQ(a.body,
            (std::vector<std::string>{"Portstadt (nws) - The harbour bridge reopened on Monday "
                                      "after two years of repairs, the city said.",
                                      "Traffic was light in the morning."}));
  const Article e = extract(a);
  EXPECT_EQ(e.dateline, "Portstadt");
  EXPECT_EQ(e.body.front(),
            "The harbour bridge reopened on Monday after two years of repairs, the city said.");
}

TEST(Iptc7901Reader, ZczcAndSignOff) {
  const std::string telex =
      "ZCZC\nxyz001 3 i 50 nws 007\n\n"
      "Weather/\n"
      "Sunny spell ahead for the coast =\n\n"
      "Seestadt (nws) - Forecasters expect sun all week.\n\n"
      "nws kl\n"
      "NNNN\n";
  EXPECT_EQ(sniff_wire_text(telex), WireFormat::kIptc7901);
  const ReadResult r = read_iptc7901(Input{"t", "t", telex, ""});
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.headline, "Sunny spell ahead for the coast");
  EXPECT_EQ(a.subjects, (std::vector<std::string>{"Weather"}));
  EXPECT_EQ(a.body,
            (std::vector<std::string>{"Seestadt (nws) - Forecasters expect sun all week."}));
}

TEST(WireText, SeveralMessagesAndBrokenOnes) {
  const std::string two = kIptc + "\x01" "broken header without STX\n" + kIptc;
  const ReadResult r = read_iptc7901(Input{"feed", "feed", two, ""});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "feed#1");
  EXPECT_EQ(r.articles[1].id, "feed#2");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].reason, "wire message without STX");
}

TEST(WireText, Dispatch) {
  EXPECT_FALSE(sniff_wire_text("Headline\n\nBody text."));
  EXPECT_FALSE(sniff_wire_text("\x01 no body marker"));
  EXPECT_EQ(format_from_name("x.tst"), Format::anpa);
  EXPECT_EQ(parse_format("iptc"), Format::iptc7901);
  EXPECT_EQ(sniff_format(kAnpa), Format::anpa);
  // A .txt file that opens like IPTC 7901 is read as such.
  const ReadResult r = read_input(Input{"dpa.txt", "dpa.txt", kIptc, ""}, {});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].format, "iptc7901");
}

}  // namespace
}  // namespace newsarchive::indexer
