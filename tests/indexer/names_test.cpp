// names: roles split from names, groups, pronouns, aliases in an article.
#include "extract/names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/quote_resources.h"

namespace newsarchive::indexer {
namespace {

std::vector<std::string_view> split(const std::string& s, std::vector<std::string>& store) {
  store.clear();
  std::string cur;
  for (char c : s + " ") {
    if (c == ' ') {
      if (!cur.empty()) store.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return {store.begin(), store.end()};
}

SpeakerPhrase analyse(const std::string& s) {
  static std::vector<std::string> store;
  return analyse_speaker_phrase(split(s, store), QuoteResources::defaults().roles);
}

TEST(Names, RolesAndTitlesAreSplitFromNames) {
  EXPECT_EQ(analyse("German Foreign Minister Annalena Baerbock").name, "Annalena Baerbock");
  EXPECT_EQ(analyse("US Secretary of State Antony Blinken").name, "Antony Blinken");
  EXPECT_EQ(analyse("chairman and chief executive Richard Parsons").name, "Richard Parsons");
  EXPECT_EQ(analyse("former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell").name,
            "Ed Rendell");
  EXPECT_EQ(analyse("Chinese Foreign Minister Wang Yi").kind, SpeakerKind::kName);
}

TEST(Names, GroupsKeepTheirPhrase) {
  const SpeakerPhrase g = analyse("the G7 ministers");
  EXPECT_EQ(g.kind, SpeakerKind::kGroup);
  EXPECT_EQ(g.name, "G7 ministers");
  EXPECT_EQ(g.mention, "the G7 ministers");
  EXPECT_EQ(analyse("Senior US officials").name, "Senior US officials");
  EXPECT_EQ(analyse("the company").name, "company");
}

TEST(Names, Pronouns) {
  EXPECT_EQ(analyse("she").kind, SpeakerKind::kPronoun);
  EXPECT_EQ(analyse("They").kind, SpeakerKind::kPronoun);
  EXPECT_TRUE(is_pronoun("it"));
  EXPECT_FALSE(is_pronoun("Ito"));
}

TEST(Names, PossessivesAreDropped) {
  EXPECT_EQ(strip_possessive("Trump’s"), "Trump");
  EXPECT_EQ(strip_possessive("Trump's"), "Trump");
  EXPECT_EQ(strip_possessive("Jones"), "Jones");
}

TEST(NameBook, ShortFormsResolveToTheFullName) {
  NameBook book;
  book.add("Antony Blinken");
  book.add("Wang Yi");
  book.add("Hillary Clinton");
  book.add("Bill Clinton");
  book.add("Blinken");  // one word: ignored
  EXPECT_EQ(book.resolve("Blinken"), "Antony Blinken");
  EXPECT_EQ(book.resolve("Wang"), "Wang Yi");          // family name first
  EXPECT_EQ(book.resolve("Clinton"), "Bill Clinton");  // the latest
  EXPECT_EQ(book.resolve("Putin"), "Putin");           // unknown: unchanged
  EXPECT_EQ(book.resolve("Xi Jinping"), "Xi Jinping");
  EXPECT_TRUE(book.knows("Wang"));
  EXPECT_FALSE(book.knows("Putin"));
}

// Issue 16, finding 4: an article naming thirty thousand people. Each
// lookup used to read every name registered before it.
TEST(NameBook, ManyNamesStayCheap) {
  const int n = 30000;
  NameBook book;
  for (int i = 0; i < n; ++i) book.add("Anna Surname" + std::to_string(i));
  for (int i = 0; i < n; ++i) {
    const std::string family = "Surname" + std::to_string(i);
    ASSERT_EQ(book.resolve(family), "Anna " + family);
    ASSERT_TRUE(book.knows(family));
  }
  EXPECT_EQ(book.resolve("Anna"), "Anna Surname" + std::to_string(n - 1));
  EXPECT_EQ(book.candidates("Anna").size(), NameBook::kMaxCandidates);
}

}  // namespace
}  // namespace newsarchive::indexer
