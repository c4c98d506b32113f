// Quotes and who said them: each attribution order, pronouns, roles, family
// names, groups, "according to", paragraphs, kinds and what is not a quote.
#include "extract/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

std::vector<Quote> quotes_of(std::vector<std::string> body) {
  Article a;
  a.headline = "A headline";
  a.body = std::move(body);
  return extract_quotes(a, QuoteResources::defaults());
}

Quote only(std::vector<std::string> body) {
  const std::vector<Quote> q = quotes_of(std::move(body));
  EXPECT_EQ(q.size(), 1u);
  return q.empty() ? Quote{} : q.front();
}

TEST(Quotes, QuoteThenSpeakerThenVerb) {
  const Quote q = only({"“We will not back down,” Jane Smith said on Monday."});
  EXPECT_EQ(q.text, "We will not back down");
  EXPECT_EQ(q.speaker, "Jane Smith");
  EXPECT_EQ(q.speaker_mention, "Jane Smith");
  EXPECT_EQ(q.cue, "said");
  EXPECT_EQ(q.paragraph, 0);
  EXPECT_EQ(q.kind, "full");
}

TEST(Quotes, ADashSignsAQuote) {
  const std::vector<Quote> q =
      quotes_of({"“The rents are too high for young families.” \u2015 Marta Ilves",
                 "“We were never asked.”\u2015 Tom Reyes. “Nobody listens to us.” \u2014 Ana Paz"});
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Marta Ilves");
  EXPECT_EQ(q[1].speaker, "Tom Reyes");
  EXPECT_EQ(q[2].speaker, "Ana Paz");
}

TEST(Quotes, ATitleStandingAsAParagraphIsASubheading) {
  const std::vector<Quote> q = quotes_of(
      {"“The plan will not survive the winter,” said Ed Rendell.", "‘Trouble in the Valley.’",
       "The vote comes next week."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ed Rendell");
}

TEST(Quotes, ANicknameInsideANameIsNoQuote) {
  const std::vector<Quote> q = quotes_of(
      {"“The count is not over,” state delegate Marcia “Cia” Torrens told the crowd.",
       "Fans of Earvin “Magic” Okafor chanted his name; critics called Okafor “an empty "
       "suit,” Dana Ruiz said."});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The count is not over");
  EXPECT_EQ(q[0].speaker, "Torrens");
  // Lower-case words between two names are still said.
  EXPECT_EQ(q[1].text, "an empty suit");
}

TEST(Quotes, AnAdverbOpeningTheSentenceIsNoSpeaker) {
  const std::vector<Quote> q = quotes_of(
      {"Ironically, the council's policy of “managed decline” made the district thrive."});
  for (const Quote& x : q) EXPECT_NE(x.speaker, "Ironically") << x.text;
}

TEST(Quotes, QuoteThenVerbThenSpeaker) {
  const Quote q = only({"“It is over,” said Ed Rendell, a former governor."});
  EXPECT_EQ(q.speaker, "Ed Rendell");
}

TEST(Quotes, QuoteThenVerbThenRoleThenName) {
  const Quote q = only({"“It is over,” said the company's managing director, Rosa Vilaseca."});
  EXPECT_EQ(q.speaker, "Rosa Vilaseca");
  // A role with a clause after the comma keeps the role.
  const Quote r = only({"“It is over,” said the company's director, who Rosa Vilaseca hired."});
  EXPECT_NE(r.speaker, "Rosa Vilaseca");
}

TEST(Quotes, SpeakerThenVerbThenQuote) {
  const Quote q = only({"Baerbock called on China “to make use of its influence”."});
  EXPECT_EQ(q.speaker, "Baerbock");
  EXPECT_EQ(q.cue, "called on");
  EXPECT_EQ(q.kind, "partial");
}

TEST(Quotes, SpeakerColonQuote) {
  const Quote q = only({"Jane Smith: “We will not back down.”"});
  EXPECT_EQ(q.speaker, "Jane Smith");
  EXPECT_EQ(q.cue, ":");
}

TEST(Quotes, AccordingTo) {
  const Quote q = only({"The plan is “dead on arrival”, according to Senator Tom Jones."});
  EXPECT_EQ(q.speaker, "Tom Jones");
  EXPECT_EQ(q.cue, "according to");
}

TEST(Quotes, RolesAreSplitAndSurnamesResolved) {
  const std::vector<Quote> q = quotes_of({
      "German Foreign Minister Annalena Baerbock said “we cannot accept this”.",
      "“This is a turning point,” Baerbock said."});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Annalena Baerbock");
  EXPECT_EQ(q[1].speaker, "Annalena Baerbock");
  EXPECT_EQ(q[1].speaker_mention, "Baerbock");
}

TEST(Quotes, FamilyNameFirst) {
  const std::vector<Quote> q = quotes_of({
      "Chinese Foreign Minister Wang Yi spoke in Beijing.",
      "“A conflict when prolonged tends to escalate,” Wang said."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wang Yi");
}

TEST(Quotes, PronounsFromTheLastSpeaker) {
  const std::vector<Quote> q = quotes_of({
      "Foreign Minister Annalena Baerbock said her country would not accept it.",
      "“We cannot accept this,” she said after the meeting."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Annalena Baerbock");
  EXPECT_EQ(q[0].speaker_mention, "she");
}

TEST(Quotes, TheyGoesToAGroup) {
  const std::vector<Quote> q = quotes_of({
      "The G7 ministers said transfers were helping Russia.",
      "“This is enabling Russia to rebuild,” they said."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "G7 ministers");
}

TEST(Quotes, GroupsAreKept) {
  const Quote q = only({"Senior US officials said China was helping Russia undertake “its most "
                        "ambitious defence expansion”."});
  EXPECT_EQ(q.speaker, "Senior US officials");
}

TEST(Quotes, TheNextOrPreviousSentenceAttributes) {
  const std::vector<Quote> q = quotes_of({
      "“We lost.” “It hurts,” Jane Smith said.",
      "“It is over,” Tom Jones said. “We go home now.”"});
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Jane Smith");
  EXPECT_EQ(q[1].speaker, "Jane Smith");
  EXPECT_EQ(q[3].speaker, "Tom Jones");
}

TEST(Quotes, AColonParagraphAttributesTheNextOne) {
  const std::vector<Quote> q = quotes_of({
      "Jane Smith, the mayor, said:",
      "“We will rebuild every house that the flood took from us.”"});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jane Smith");
  EXPECT_EQ(q[0].paragraph, 1);
}

TEST(Quotes, AQuoteOverParagraphsIsOne) {
  const std::vector<Quote> q = quotes_of({
      "“We will fight on the beaches,” Winston Churchill said. “We will fight on the landing grounds.",
      "“We shall never surrender.”"});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "We will fight on the landing grounds. We shall never surrender.");
  EXPECT_EQ(q[1].paragraph, 0);
  EXPECT_EQ(q[1].speaker, "Winston Churchill");
}

TEST(Quotes, ScareQuotesAndTitlesAreNotQuotes) {
  EXPECT_TRUE(quotes_of({"The so-called “peace plan” was shelved."}).empty());
  EXPECT_TRUE(quotes_of({"She appeared on “Meet the Press” on Sunday."}).empty());
  EXPECT_TRUE(quotes_of({"The “new era” began."}).empty());
}

TEST(Quotes, Kinds) {
  EXPECT_STREQ(quote_kind("We see China sharing machine tools.", false), "full");
  EXPECT_STREQ(quote_kind("This is enabling Russia to rebuild,", false), "full");
  EXPECT_STREQ(quote_kind("to advance its military production", false), "partial");
  EXPECT_STREQ(quote_kind("no limits partnership", false), "partial");
  EXPECT_STREQ(quote_kind("we cannot accept this", true), "full");
}

TEST(Quotes, StrayMarksLeaveTheRestAlone) {
  const std::vector<Quote> q = quotes_of({
      "Putin and Xi announced a “no limits partnership” and a “new era” or cooperation”.",
      "“A conflict tends to escalate,” Wang Yi said."});
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "A conflict tends to escalate");
  EXPECT_EQ(q.back().paragraph, 1);
}


// Rules of the keep/drop filter (quotes.cpp keep()).

TEST(QuotesFilter, MarkupAttributeValueIsNotAQuote) {
  EXPECT_TRUE(quotes_of({"<tweet id=\"12345\" user=\"someone\">Hello there</tweet>"}).empty());
}

TEST(QuotesFilter, HeadlineQuotesAreKeptAndGivenToTheNamesBeforeSays) {
  Article a;
  a.headline = "Trade Deal Is “A Disaster For Workers,” Lindsey Graham Says";
  a.body = {"The senator spoke on Monday."};
  const std::vector<Quote> q = extract_quotes(a, QuoteResources::defaults());
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "A Disaster For Workers");
  EXPECT_EQ(q[0].speaker, "Lindsey Graham");
}

TEST(QuotesFilter, TitleCaseInTheBodyIsATitle) {
  EXPECT_TRUE(quotes_of({"He was a guest on CNN's “State of the Union” this week."}).empty());
}

TEST(QuotesFilter, TitleCaseStandingAsASentenceIsKept) {
  EXPECT_EQ(quotes_of({"The crowd fell silent. “It's Our Time.” The band played on."}).size(), 1u);
}

TEST(QuotesFilter, TitleCaseAfterChantedOrCalledIsKept) {
  EXPECT_EQ(quotes_of({"Supporters of the senator chanted “Lock Her Up” outside."}).size(), 1u);
  EXPECT_EQ(quotes_of({"Trump called him “Lyin' Ted” at the rally."}).size(), 1u);
}

TEST(QuotesFilter, TitleCaseAfterACallingVerbAndItsObjectIsKept) {
  // "called the winner “X”": the verb governs the quote across its object.
  EXPECT_EQ(quotes_of({"Reports say Trump called the pageant winner “Miss Piggy” in 1996."}).size(),
            1u);
  EXPECT_EQ(quotes_of({"The band leader took the stage, singing “Our Time Has Come.”"}).size(), 1u);
}

TEST(QuotesFilter, ShortWordsInLowerCaseAreNotTitleCase) {
  // Speech that happens to capitalise its long words is not a title.
  const std::vector<Quote> q = quotes_of({"“Absolutely not,” he said of the rumour."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Absolutely not");
}

TEST(QuotesFilter, UnattributedShortStretchWithoutReportingIsDropped) {
  EXPECT_TRUE(quotes_of({"The vote on the “border bill” comes next week."}).empty());
  EXPECT_TRUE(quotes_of({"The plan was a “wholly new approach” to the budget."}).empty());
}

TEST(QuotesFilter, UnattributedStretchOfFourWordsOrMoreIsKept) {
  EXPECT_EQ(quotes_of({"The plan was a “wholly new approach to budgets” after all."}).size(), 1u);
}

TEST(QuotesFilter, LoneWordNeedsAReportingSentence) {
  EXPECT_TRUE(quotes_of({"The market had a “wild” week."}).empty());
  EXPECT_EQ(quotes_of({"The memo described the week as “wild” and the market as volatile."}).size(),
            1u);
}

TEST(QuotesFilter, ATermGivenAsSomeonesWordingIsKept) {
  EXPECT_EQ(quotes_of({"Cruz has slammed the president for not using the term “radical Islam.”"})
                .size(),
            1u);
  EXPECT_EQ(quotes_of({"He dubbed his rival “the little senator” during the debate."}).size(), 1u);
}

TEST(QuotesFilter, AMediaTitleAfterANamingWordIsDropped) {
  EXPECT_TRUE(quotes_of({"Her new book “Stronger Together” is on sale now."}).empty());
}

TEST(QuotesPronouns, SheSkipsAnEarlierSpeakerWhoIsAMan) {
  const std::vector<Quote> q = quotes_of({
      "“The road has been closed for a month,” said Leon Abara, a haulier.",
      "Mrs Halvorsen, who runs the village shop, has lost half her trade.",
      "“Nobody stops here any more,” she said."});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Leon Abara");
  EXPECT_EQ(q[1].speaker, "Halvorsen");
  EXPECT_EQ(q[1].speaker_mention, "she");
}

TEST(QuotesPronouns, APersonJustIntroducedTakesThePronoun) {
  const std::vector<Quote> q = quotes_of({
      "“Flour costs twice what it did,” said Tomasa Reyes, who sells bread at the market.",
      "Rosa Iturbe, who runs the bakery on the square, is thinking of closing.",
      "“We cannot pass the price on to our customers,” she said."});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Tomasa Reyes");
  EXPECT_EQ(q[1].speaker, "Rosa Iturbe");
}

TEST(QuotesPronouns, HeGoesToAPersonNotToAnOrganisation) {
  const std::vector<Quote> q = quotes_of({
      "Delays are growing, according to the Harbour Board of Ostmark, which said fees would rise.",
      "The union's regional secretary, Piet Vandamme, spoke to workers at the gate. He said: "
      "“We will stay out until the plan is withdrawn.”"});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Piet Vandamme");
}

TEST(QuotesPronouns, APersonIntroducedWithAnAppositionTakesThePronoun) {
  const std::vector<Quote> q = quotes_of({
      "“The plan is final,” said Maria Lund.",
      "Kit Ferreby, the harbour master, rejected the plan. “We were never asked,” he said."});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Kit Ferreby");
}

TEST(QuotesPronouns, GenderLearntFromTitlesAndPronouns) {
  // "Ms" makes Okafor a woman; "his" after Brandt alone makes Brandt a man.
  const std::vector<Quote> q = quotes_of({
      "Ms Okafor chaired the hearing.",
      "Brandt defended his record in office.",
      "“I have nothing to apologise for,” she said."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Okafor");
}

TEST(QuotesPronouns, UnsureKeepsTheLatestSpeaker) {
  // Nothing tells the gender of either person: the latest speaker keeps it,
  // and a person named only as an object is no candidate.
  const std::vector<Quote> q = quotes_of({
      "“The deal is done,” said Sam Keller.",
      "The plan was criticised by Alex Morrow.",
      "“We will build it this year,” he said."});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Sam Keller");
  // A speaker whose gender conflicts is still chosen when nobody fits.
  const std::vector<Quote> r = quotes_of({
      "“It is finished,” said Maria Lund.",
      "“We start again tomorrow,” he said."});
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].speaker, "Maria Lund");
}

TEST(QuotesAffiliation, SpeakerBeforeOfTheInstitution) {
  const Quote q = only({"“Yields will fall by a third,” said Dr Omar Velesko of the Crop "
                        "Research Institute for Arid Lands."});
  EXPECT_EQ(q.speaker, "Omar Velesko");
  const Quote r = only({"“Yields will fall,” said Ilse Marten, of the Tarsana Institute."});
  EXPECT_EQ(r.speaker, "Ilse Marten");
  const Quote s = only({"Ilse Marten of the Tarsana Institute said “yields will fall”."});
  EXPECT_EQ(s.speaker, "Ilse Marten");
  // A role before "of" is not cut: the name follows the whole title.
  const Quote t = only({"“It is over,” said Secretary of State Antony Blinken."});
  EXPECT_EQ(t.speaker, "Antony Blinken");
}

TEST(QuotesTitles, CivicTitlesAndUndottedCourtesyTitlesAreDropped) {
  EXPECT_EQ(only({"“The budget is balanced,” said Councillor Devan Prasad."}).speaker,
            "Devan Prasad");
  EXPECT_EQ(only({"“The budget is balanced,” said Dr Yuki Tanabe."}).speaker, "Yuki Tanabe");
  EXPECT_EQ(only({"Alderman Ruth Oyelaran said “the ward deserves better”."}).speaker,
            "Ruth Oyelaran");
  EXPECT_EQ(only({"“We will appeal,” Mr Haddad said."}).speaker, "Haddad");
}

// Issue 16, finding 4: forty thousand attributed quotes in one paragraph.
// Each quote used to look at every token and every cue of the paragraph
// (half a minute at -O1, minutes under the sanitizers); now what a quote
// asks of its sentence and the cues is indexed once.
TEST(Quotes, ManyQuotesInOneParagraphAreAllAttributed) {
  const int n = 40000;
  Article a;
  a.headline = "Harbour";
  std::string p;
  for (int i = 0; i < n; ++i) p += "\"We will rebuild the harbour,\" Smith said. ";
  a.body.push_back(p);
  const std::vector<Quote> quotes = extract_quotes(a, QuoteResources::defaults());
  ASSERT_EQ(quotes.size(), static_cast<std::size_t>(n));
  for (const Quote& q : quotes) {
    ASSERT_EQ(q.text, "We will rebuild the harbour");
    ASSERT_EQ(q.speaker, "Smith");
  }
}

}  // namespace
}  // namespace newsarchive::indexer
