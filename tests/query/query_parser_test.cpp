#include "query_parser.h"

#include <gtest/gtest.h>

namespace newsarchive::query {
namespace {

struct Row {
  const char* input;
  const char* understood;
};

// {query, the query as understood}. Regression rows say what they cover.
const Row kRows[] = {
    {"putin", "putin"},
    {"Putin XI", "AND(putin, xi)"},
    {"\"ad sales\"", "\"ad sales\""},
    {"headline:\"ad sales\"", "headline:\"ad sales\""},
    {"title:sales", "headline:sales"},
    {"a OR b c", "OR(a, AND(b, c))"},
    {"(a OR b) c", "AND((OR(a, b)), c)"},
    {"a AND b", "AND(a, b)"},
    {"china NOT russia", "AND(china, NOT russia)"},
    {"china -russia", "AND(china, NOT russia)"},
    {"+china", "china"},
    {"caption:(capri OR rome)", "(OR(caption:capri, caption:rome))"},
    {"date:2024", "date:2024-01-01..2024-12-31"},
    {"date:2024-02", "date:2024-02-01..2024-02-29"},
    {"date:2024-04-01..2024-04-30 china", "AND(date:2024-04-01..2024-04-30, china)"},
    {"date:..2024-05", "date:..2024-05-31"},
    {"date:2023..", "date:2023-01-01.."},
    {"source:=\"Al Jazeera\"", "source:=\"Al Jazeera\""},
    {"language:de", "language:=de"},
    {"dual-use", "\"dual use\""},
    {"“new era”", "\"new era\""},              // typographic quotes
    {"Russia’s", "russia's"},                  // typographic apostrophe
    {"wirt*", "wirt*"},
    {"中国经济", "\"中国 经济\""},               // CJK run split into words
    {"putin ,", "putin"},                      // punctuation-only word ignored
    {"e-mail-2024", "\"e mail 2024\""},
    {"NOT war", "NOT war"},
    {" * ", "*"},                              // every document
    {"quotekey:9f37b7e16ea8ccf3", "quotekey:=9f37b7e16ea8ccf3"},
};

TEST(QueryParser, UnderstandsEachForm) {
  QueryParser parser({"en"}, true);
  for (const Row& row : kRows) {
    ParsedQuery q = parser.parse(row.input);
    ASSERT_TRUE(q.ok) << row.input << ": " << q.error.message;
    EXPECT_EQ(q.description, row.understood) << row.input;
  }
}

TEST(QueryParser, AStarAloneMatchesEverything) {
  QueryParser parser({"en"}, true);
  EXPECT_EQ(parser.parse("*").query.get_description(), Xapian::Query::MatchAll.get_description());
  EXPECT_TRUE(parser.parse("*").everything);
  EXPECT_FALSE(parser.parse("* china").everything);
  // Not beside other words, nor quoted.
  EXPECT_NE(parser.parse("* china").query.get_description(),
            Xapian::Query::MatchAll.get_description());
  EXPECT_FALSE(parser.parse("\"*\"").ok);
}

TEST(QueryParser, AnyModeJoinsWithOr) {
  QueryParser parser({"en"}, false);
  EXPECT_EQ(parser.parse("a b").description, "OR(a, b)");
  // A filter still filters, and an explicit AND still requires.
  auto q = parser.parse("a b date:2024");
  EXPECT_EQ(q.description, "OR(a, b, date:2024-01-01..2024-12-31)");
  EXPECT_NE(q.query.get_description().find("FILTER"), std::string::npos);
  EXPECT_NE(parser.parse("a AND b c").query.get_description().find("AND_MAYBE"),
            std::string::npos);
}

TEST(QueryParser, BuildsXapianTermsFromTheSchema) {
  QueryParser parser({"en"}, true);
  const std::string d = parser.parse("headline:\"ad sales\"").query.get_description();
  EXPECT_NE(d.find("Sad PHRASE 2 Ssales"), std::string::npos) << d;
  // A word searches the article's whole text (the body's terms hold the
  // headline's words) and the byline, not the headline's own terms.
  const std::string w = parser.parse("sales").query.get_description();
  EXPECT_NE(w.find("Zsale"), std::string::npos) << w;   // whole-text stem
  EXPECT_EQ(w.find("ZSsale"), std::string::npos) << w;  // headline stem
  EXPECT_NE(w.find("Asales"), std::string::npos) << w;  // byline
  // A phrase searches each field under its prefix, the headline weighted.
  const std::string p = parser.parse("\"ad sales\"").query.get_description();
  EXPECT_NE(p.find("Sad PHRASE 2 Ssales"), std::string::npos) << p;
  EXPECT_NE(p.find("ad PHRASE 2 sales"), std::string::npos) << p;
  EXPECT_NE(p.find("2 * "), std::string::npos) << p;  // headline weight
  const std::string r = parser.parse("date:2024-04").query.get_description();
  EXPECT_NE(r.find("VALUE_RANGE 0 20240401 20240430"), std::string::npos) << r;
}

// A quote's words are in its article's body: an unfielded word counts them
// once there, while in quote documents (whose body is only the text around
// the quote) it searches the quote field.
TEST(QueryParser, QuoteFieldSearchedUnfieldedOnlyInQuoteDocuments) {
  const std::string articles =
      QueryParser({"en"}, true, Documents::articles).parse("sales").query.get_description();
  EXPECT_EQ(articles.find("ZXQsale"), std::string::npos) << articles;
  EXPECT_NE(articles.find("Zsale"), std::string::npos) << articles;
  const std::string quotes =
      QueryParser({"en"}, true, Documents::quotes).parse("sales").query.get_description();
  EXPECT_NE(quotes.find("ZXQsale"), std::string::npos) << quotes;
  // Named, the field is searched in articles too.
  const std::string fielded =
      QueryParser({"en"}, true, Documents::articles).parse("quote:sales").query.get_description();
  EXPECT_NE(fielded.find("ZXQsale"), std::string::npos) << fielded;
}

TEST(QueryParser, SynonymsSearchTheirWholeGroup) {
  Synonyms synonyms;
  synonyms.add({"UK", "United Kingdom", "Britain"});
  QueryParser parser({"en"}, true, Documents::articles, &synonyms);
  // A run of words that is an entry is read as one, and the rest as usual.
  auto q = parser.parse("United Kingdom exports");
  ASSERT_TRUE(q.ok) << q.error.message;
  EXPECT_EQ(q.description, "AND(SYNONYMS(uk, \"united kingdom\", britain), exports)");
  const std::string d = q.query.get_description();
  EXPECT_NE(d.find("SYNONYM"), std::string::npos) << d;
  EXPECT_NE(d.find("united PHRASE 2 kingdom"), std::string::npos) << d;
  EXPECT_NE(d.find("Zbritain"), std::string::npos) << d;
  EXPECT_EQ(parser.parse("uk").description, "SYNONYMS(uk, \"united kingdom\", britain)");
  // Within a field: that field only, and a fielded word stands alone.
  EXPECT_EQ(parser.parse("headline:britain").description,
            "headline:SYNONYMS(uk, \"united kingdom\", britain)");
  EXPECT_EQ(parser.parse("headline:united kingdom").description,
            "AND(headline:united, kingdom)");
  // Quoted text means those words exactly.
  EXPECT_EQ(parser.parse("\"united kingdom\"").description, "\"united kingdom\"");
  EXPECT_EQ(QueryParser({"en"}, true).parse("uk").description, "uk");
}

TEST(QueryParser, EntitySearchesPeopleOrganisationsAndPlaces) {
  QueryParser parser({"en"}, true);
  const std::string d = parser.parse("entity:\"Acme Corp\"").query.get_description();
  for (const char* phrase : {"XEacme PHRASE 2 XEcorp", "XPacme PHRASE 2 XPcorp",
                             "XOacme PHRASE 2 XOcorp", "XPLacme PHRASE 2 XPLcorp"})
    EXPECT_NE(d.find(phrase), std::string::npos) << phrase << " in " << d;
  const std::string f = parser.parse("entity:=Paris").query.get_description();
  for (const char* term : {"XENTparis", "XPERparis", "XORGparis", "XPLCparis"})
    EXPECT_NE(f.find(term), std::string::npos) << term << " in " << f;
  EXPECT_EQ(parser.parse("entity:=Paris").description, "entity:=Paris");
}

TEST(QueryParser, StemsInEveryIndexedLanguage) {
  QueryParser parser({"en", "de", "zh"}, true);
  const std::string d = parser.parse("body:regierungen").query.get_description();
  EXPECT_NE(d.find("SYNONYM"), std::string::npos) << d;
  EXPECT_NE(d.find("Zregier"), std::string::npos) << d;       // German stem
  EXPECT_NE(d.find("Zregierungen"), std::string::npos) << d;  // no stemmer (zh)
}

TEST(QueryParser, CollectsHighlightTerms) {
  QueryParser parser({"en"}, true);
  auto q = parser.parse("headline:\"Ad Sales\" profit -loss");
  EXPECT_EQ(q.highlight_terms, (std::vector<std::string>{"ad", "loss", "profit", "sales"}));
}

struct ErrorRow {
  const char* input;
  std::size_t position;
  const char* message_part;
};

const ErrorRow kErrors[] = {
    {"", 0, "empty"},
    {"   ", 0, "empty"},
    {"(a OR b", 0, "not closed"},
    {"a)", 1, "no matching '('"},
    {"a AND", 2, "both sides"},
    {"AND a", 0, "both sides"},
    {"a OR", 2, "after it"},
    {"\"ad sales", 0, "no closing quote"},
    {"nosuch:word", 0, "unknown field 'nosuch:'"},
    {"date:2024-13", 5, "not a date"},
    {"date:2024-02-30", 5, "not a date"},
    {"date:2025..2024", 5, "ends before it starts"},
    {"china NOT", 6, "exclude"},
    {"headline:)", 0, "needs a word"},
    {",", 0, "no words"},
};

TEST(QueryParser, ReportsErrorsWithPositions) {
  QueryParser parser({"en"}, true);
  for (const ErrorRow& row : kErrors) {
    ParsedQuery q = parser.parse(row.input);
    ASSERT_FALSE(q.ok) << row.input;
    EXPECT_EQ(q.error.position, row.position) << row.input << ": " << q.error.message;
    EXPECT_NE(q.error.message.find(row.message_part), std::string::npos)
        << row.input << ": " << q.error.message;
  }
}

TEST(QueryParser, ColonsThatAreNotFieldsAreWords) {
  QueryParser parser({"en"}, true);
  EXPECT_TRUE(parser.parse("12:30").ok);
  EXPECT_TRUE(parser.parse("http://example.com").ok);
  EXPECT_TRUE(parser.parse("note: this").ok);  // space after the colon
}

}  // namespace
}  // namespace newsarchive::query
