#include "readers/sgml_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/extractor.h"
#include "readers/formats.h"
#include "readers/reuters_codes.h"
#include "readers/sgml_entities.h"
#include "readers/sgml_scanner.h"
#include "readers/wrapped_paragraphs.h"

namespace newsarchive::indexer {
namespace {

ReadResult read(const std::string& bytes, const std::string& name = "feed.sgm") {
  return read_sgml(Input{name, name, bytes, ""});
}

// A Reuters-21578 record of the usual shape, written for this test.
const char* const kReutersRecord =
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
    "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" OLDID=\"100\" NEWID=\"7\">\n"
    "<DATE> 3-MAR-1987 09:12:44.10</DATE>\n"
    "<TOPICS><D>grain</D><D>wheat</D></TOPICS>\n"
    "<PLACES><D>usa</D><D>west-germany</D></PLACES>\n"
    "<PEOPLE><D>james-baker</D></PEOPLE>\n"
    "<ORGS><D>gatt</D></ORGS>\n"
    "<EXCHANGES></EXCHANGES>\n"
    "<COMPANIES></COMPANIES>\n"
    "<UNKNOWN> \n&#5;&#5;&#5;G\n&#22;&#22;&#1;f0001&#31;reute\n"
    "r f BC-GRAIN   03-03 0077</UNKNOWN>\n"
    "<TEXT>&#2;\n"
    "<TITLE>FARM GROUP ASKS FOR WHEAT &lt;SUBSIDY> REVIEW</TITLE>\n"
    "<AUTHOR>    By Jane Roe, Reuters</AUTHOR>\n"
    "<DATELINE>    KANSAS CITY, March 3 - </DATELINE><BODY>A farm group said on Tuesday\n"
    "that wheat subsidies should be reviewed &amp; cut.\n"
    "    The group's chairman said the review\n"
    "was overdue.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n";

TEST(SgmlReader, ReutersRecord) {
  const ReadResult r = read(kReutersRecord, "reut2-900.sgm");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].reason;
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.id, "reut2-900.sgm#7");
  EXPECT_EQ(a.origin, "reut2-900.sgm:line 2");
  EXPECT_EQ(a.format, "sgml");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.headline, "FARM GROUP ASKS FOR WHEAT <SUBSIDY> REVIEW");
  EXPECT_EQ(a.date, "3-MAR-1987 09:12:44.10");
  EXPECT_EQ(a.dateline, "KANSAS CITY");
  ASSERT_EQ(a.byline.size(), 1u);
  EXPECT_EQ(a.byline[0], "Jane Roe");
  ASSERT_EQ(a.body.size(), 2u);
  EXPECT_EQ(a.body[0],
            "A farm group said on Tuesday that wheat subsidies should be reviewed & cut.");
  EXPECT_EQ(a.body[1], "The group's chairman said the review was overdue.");
  EXPECT_TRUE(a.text.empty());
  EXPECT_EQ(a.subjects, (std::vector<std::string>{"grain", "wheat"}));
  ASSERT_EQ(a.entity_hints.size(), 4u);
  EXPECT_EQ(a.entity_hints[0].name, "United States");
  EXPECT_EQ(a.entity_hints[0].type, "place");
  EXPECT_EQ(a.entity_hints[1].name, "West Germany");
  EXPECT_EQ(a.entity_hints[2].name, "James Baker");
  EXPECT_EQ(a.entity_hints[2].type, "person");
  EXPECT_EQ(a.entity_hints[3].name, "GATT");
  EXPECT_EQ(a.entity_hints[3].type, "organization");
  EXPECT_TRUE(a.warnings.empty());

  const Article e = extract(a);
  EXPECT_EQ(e.date, "1987-03-03");
  EXPECT_FALSE(e.date_inferred);
  EXPECT_EQ(e.dateline, "KANSAS CITY");
  EXPECT_EQ(e.source, "Reuters");
}

TEST(SgmlReader, BriefsAndEmptyRecordsAreNotArticles) {
  const std::string brief =
      "<REUTERS NEWID=\"1\"><DATE>2-MAR-1987 10:00:00.00</DATE>\n"
      "<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>RATES STEADY\n</TITLE>Blah blah blah.\n&#3;\n\n"
      "</TEXT></REUTERS>\n"
      "<REUTERS NEWID=\"2\"><TEXT>&#2;\n<TITLE>NO BODY HERE</TITLE>\n&#3;</TEXT></REUTERS>\n";
  const ReadResult r = read(brief);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.articles.empty());
}

TEST(SgmlReader, ReutersUnprocessedRecordsAreNotArticles) {
  const std::string unproc =
      "<REUTERS NEWID=\"9\"><DATE> 4-MAR-1987 16:00:00.00</DATE>\n"
      "<TEXT TYPE=\"UNPROC\">&#2;\nWEEKLY CROP TABLE - MAR 4\n"
      " Wheat..........12.5 vs.....11.0\n Corn...........30.1 vs.....29.4\n"
      " Reuter\n&#3;</TEXT></REUTERS>\n";
  const ReadResult r = read(unproc);
  EXPECT_TRUE(r.articles.empty());
  EXPECT_TRUE(r.errors.empty());
}

TEST(SgmlReader, UnmarkedTextIsPlainText) {
  const std::string trec =
      "<DOC><DOCNO>FT-1</DOCNO><TEXT>\nHarbour dues rise\n\nThe port raised its dues.\n\n"
      "Shippers objected.\n</TEXT></DOC>\n";
  const ReadResult r = read(trec);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(r.articles[0].body.empty());
  EXPECT_EQ(r.articles[0].text, "Harbour dues rise\n\nThe port raised its dues.\n\nShippers objected.");
}

TEST(SgmlReader, TrecRecords) {
  const std::string trec =
      "<DOC>\n<DOCNO> NWS-0001 </DOCNO>\n<FILEID>x y z</FILEID>\n"
      "<HEADLINE>Harbour bridge <P>reopens</P></HEADLINE>\n"
      "<DATE>April 2, 1991</DATE>\n<BYLINE>By Ann Smith and Bo Lee</BYLINE>\n"
      "<TEXT>\n<P>\nHARBOURTOWN, April 1 - The bridge\nreopened today.\n</P>\n"
      "<P>\nTraffic was light.\n</P>\n</TEXT>\n</DOC>\n"
      "<doc><docno>NWS-0002</docno><head>Second</head><text>\n"
      "First paragraph\nwrapped.\n\nSecond paragraph.\n</text></doc>\n";
  const ReadResult r = read(trec, "trec/nws01");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].reason;
  ASSERT_EQ(r.articles.size(), 2u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.id, "trec/nws01#NWS-0001");
  EXPECT_EQ(a.headline, "Harbour bridge reopens");
  EXPECT_EQ(a.date, "April 2, 1991");
  EXPECT_EQ(a.byline, (std::vector<std::string>{"Ann Smith", "Bo Lee"}));
  EXPECT_EQ(a.body, (std::vector<std::string>{"HARBOURTOWN, April 1 - The bridge reopened today.",
                                              "Traffic was light."}));
  EXPECT_TRUE(a.source.empty());
  const Article e = extract(a);
  EXPECT_EQ(e.dateline, "HARBOURTOWN");
  EXPECT_EQ(e.date, "1991-04-02");
  const RawArticle& b = r.articles[1];
  EXPECT_EQ(b.id, "trec/nws01#NWS-0002");
  EXPECT_EQ(b.headline, "Second");
  EXPECT_EQ(b.body,
            (std::vector<std::string>{"First paragraph wrapped.", "Second paragraph."}));
}

TEST(SgmlReader, BrokenRecordsAreErrorsAndTheOthersGoOn) {
  const std::string bad =
      "<DOC><DOCNO>A</DOCNO><TEXT>\nFine one.\n</TEXT></DOC>\n"
      "<DOC><DOCNO>B</DOCNO><TEXT>\n<BODY>never closed\n</TEXT></DOC>\n"
      "<DOC><DOCNO>C</DOCNO><TEXT\nbroken tag\n</DOC>\n"
      "<DOC><DOCNO>D</DOCNO><TEXT>\nAnother fine one.\n</TEXT></DOC>\n"
      "<DOC><DOCNO>E</DOCNO><TEXT>\nCut off at the end\n";
  const ReadResult r = read(bad);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "feed.sgm#A");
  EXPECT_EQ(r.articles[1].id, "feed.sgm#D");
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.errors[0].position, "line 5");
  EXPECT_NE(r.errors[0].reason.find("<BODY> not closed"), std::string::npos);
  EXPECT_EQ(r.errors[1].position, "line 7");
  EXPECT_NE(r.errors[1].reason.find("not closed by '>'"), std::string::npos);
  EXPECT_EQ(r.errors[2].position, "line 13");
  EXPECT_NE(r.errors[2].reason.find("end of the input"), std::string::npos);
}

TEST(SgmlReader, StrayEndTagIsAWarning) {
  const ReadResult r = read("<DOC><TEXT>\nText.</BODY>\n</TEXT></DOC>\n");
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.articles[0].warnings.size(), 1u);
  EXPECT_EQ(r.articles[0].warnings[0], "line 2: </BODY> without a start tag ignored");
  EXPECT_EQ(r.articles[0].id, "feed.sgm#1");
}

TEST(SgmlReader, Latin1RecordIsRepairedWithAWarning) {
  const std::string latin1 =
      "<DOC><DOCNO>A</DOCNO><TEXT>\nPlain.\n</TEXT></DOC>\n"
      "<DOC><DOCNO>B</DOCNO><HEAD>Caf\xE9</HEAD><TEXT>\n"
      "Cr\xE8me br\xFBl\xE9" "e.\n</TEXT></DOC>\n";
  const ReadResult r = read(latin1);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.articles[0].warnings.empty());
  EXPECT_EQ(r.articles[1].headline, "Caf\xC3\xA9");
  EXPECT_EQ(r.articles[1].body[0], "Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e.");
  ASSERT_EQ(r.articles[1].warnings.size(), 1u);
  EXPECT_EQ(r.articles[1].warnings[0], "line 4: not valid UTF-8; read as Windows-1252");
}

TEST(SgmlReader, Sniffing) {
  EXPECT_TRUE(looks_like_sgml_collection("\n<DOC>\n<DOCNO>1</DOCNO>"));
  EXPECT_TRUE(looks_like_sgml_collection("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS X=1>"));
  EXPECT_TRUE(looks_like_sgml_collection("<!-- note -->\n<doc>"));
  EXPECT_FALSE(looks_like_sgml_collection("<html><body>"));
  EXPECT_FALSE(looks_like_sgml_collection("Headline\n<DOC>"));
  EXPECT_EQ(sniff_format("\n<DOC>\n"), Format::sgml);
  EXPECT_EQ(format_from_name("reut2-000.sgm"), Format::sgml);
  EXPECT_EQ(parse_format("trec"), Format::sgml);
  const ReadResult r =
      read_input(Input{"nws02", "nws02", "<DOC><HEAD>H</HEAD><TEXT>T.</TEXT></DOC>", ""}, {});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].format, "sgml");
}

TEST(SgmlEntities, Decoding) {
  EXPECT_EQ(decode_sgml_entities("a &lt;b&gt; &amp; &quot;c&quot;"), "a <b> & \"c\"");
  EXPECT_EQ(decode_sgml_entities("&#2;x&#3;&#127;&#22;"), " x   ");
  EXPECT_EQ(decode_sgml_entities("&#233;&#xE9;&#X20AC;"), "\xC3\xA9\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(decode_sgml_entities("AT&T; R&D &unknown; &#xZZ; &"), "AT&T; R&D &unknown; &#xZZ; &");
  EXPECT_EQ(decode_sgml_entities("&#55296;&#99999999;"), "  ");
}

TEST(SgmlScanner, Tokens) {
  SgmlScanner s("<A x=\"1 > 2\" y=z>t<!-- c -->\n</a> < b <B");
  SgmlToken t;
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.kind, SgmlToken::Kind::kStartTag);
  EXPECT_EQ(t.name, "A");
  EXPECT_EQ(sgml_attribute(t.attributes, "X"), "1 > 2");
  EXPECT_EQ(sgml_attribute(t.attributes, "y"), "z");
  EXPECT_FALSE(sgml_attribute(t.attributes, "w").has_value());
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.kind, SgmlToken::Kind::kText);
  EXPECT_EQ(t.raw, "t");
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.kind, SgmlToken::Kind::kMarkup);
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.kind, SgmlToken::Kind::kText);
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.kind, SgmlToken::Kind::kEndTag);
  EXPECT_EQ(t.line, 2u);
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.raw, " ");
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.kind, SgmlToken::Kind::kText);
  EXPECT_EQ(t.raw, "< b ");
  ASSERT_TRUE(s.next(t));
  EXPECT_EQ(t.kind, SgmlToken::Kind::kBrokenTag);
  EXPECT_EQ(t.name, "B");
  EXPECT_FALSE(s.next(t));
}

TEST(WrappedParagraphs, IndentationAndBlankLines) {
  EXPECT_EQ(wrapped_paragraphs("One\nline.\n    Two\n  \nThree\r\nend."),
            (std::vector<std::string>{"One line.", "Two", "Three end."}));
  // Indented throughout: the indentation says nothing.
  EXPECT_EQ(wrapped_paragraphs("   a\n   b\n\n   c"),
            (std::vector<std::string>{"a b", "c"}));
  EXPECT_EQ(collapse_space("  a \n\t b  "), "a b");
}

TEST(ReutersCodes, Names) {
  EXPECT_EQ(reuters_place_name("el-salvador"), "El Salvador");
  EXPECT_EQ(reuters_place_name("uk"), "United Kingdom");
  EXPECT_EQ(reuters_place_name("ussr"), "Soviet Union");
  EXPECT_EQ(reuters_person_name("reagan"), "Reagan");
  EXPECT_EQ(reuters_person_name("de-la-madrid"), "De la Madrid");
  EXPECT_EQ(reuters_person_name("o-kennedy"), "O'Kennedy");
  EXPECT_EQ(reuters_person_name("perez-de-cuellar"), "Perez de Cuellar");
  EXPECT_EQ(reuters_organization_name("opec"), "OPEC");
  EXPECT_EQ(reuters_organization_name("worldbank"), "World Bank");
}

}  // namespace
}  // namespace newsarchive::indexer
