// What a query may make the parser spend (QueryLimits), and the hostile
// queries each limit answers: every one an error naming the limit, its
// value and the position, never a crash or a long wait.
#include <gtest/gtest.h>
#include <pthread.h>

#include <string>

#include "query_parser.h"

namespace newsarchive::query {
namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// "w0 w1 w2 ..." : n distinct words.
std::string words(std::size_t n, const std::string& separator = " ") {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? separator : "") + "w" + std::to_string(i);
  return out;
}

void expect_error(const ParsedQuery& q, std::size_t position, const std::string& part) {
  ASSERT_FALSE(q.ok);
  EXPECT_EQ(q.error.position, position) << q.error.message;
  EXPECT_NE(q.error.message.find(part), std::string::npos) << q.error.message;
}

// Issue 16: 6,000 nested brackets overflowed the stack.
TEST(QueryLimits, NestingIsBoundedNotRecursedWithoutEnd) {
  const QueryParser parser({"en"}, true);
  const std::size_t limit = QueryLimits{}.max_depth;
  EXPECT_TRUE(parser.parse(repeat("(", limit) + "a" + repeat(")", limit)).ok);
  expect_error(parser.parse(repeat("(", limit + 1) + "a" + repeat(")", limit + 1)), limit,
               "over the limit of " + std::to_string(limit) + " nested brackets");
  // Far past it, and in the other forms brackets take.
  QueryLimits big;
  big.max_bytes = 1'000'000;
  const QueryParser lenient({"en"}, true, Documents::articles, nullptr, big);
  expect_error(lenient.parse(repeat("(", 100'000) + "a" + repeat(")", 100'000)), limit,
               "nested brackets");
  expect_error(lenient.parse(repeat("headline:(", 50'000) + "a" + repeat(")", 50'000)),
               limit * 10 + 9, "nested brackets");
  expect_error(lenient.parse(repeat("NOT (", 50'000) + "a" + repeat(")", 50'000)),
               limit * 5 + 4, "nested brackets");
  expect_error(lenient.parse(repeat("(", 100'000)), limit, "nested brackets");
}

// The deepest nesting a caller may allow fits a small thread's stack
// (512 kB; glibc gives threads 8 MB), sanitizers and all.
TEST(QueryLimits, TheDeepestNestingAllowedFitsASmallStack) {
  QueryLimits deepest;
  deepest.max_depth = kMaxQueryDepth;
  deepest.max_terms = kMaxQueryDepth + 1;
  const std::string query =
      repeat("(a OR ", kMaxQueryDepth) + "b" + repeat(")", kMaxQueryDepth);
  struct Job {
    QueryLimits limits;
    std::string query;
    ParsedQuery parsed;
  } job{deepest, query, {}};
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, 512 * 1024), 0);
  pthread_t thread;
  ASSERT_EQ(pthread_create(
                &thread, &attr,
                [](void* arg) -> void* {
                  auto* j = static_cast<Job*>(arg);
                  const QueryParser parser({"en"}, true, Documents::articles, nullptr, j->limits);
                  j->parsed = parser.parse(j->query);
                  return nullptr;
                },
                &job),
            0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  EXPECT_TRUE(job.parsed.ok) << job.parsed.error.message;
}

TEST(QueryLimits, LengthInBytes) {
  const QueryParser parser({"en"}, true);
  const std::size_t limit = QueryLimits{}.max_bytes;
  EXPECT_EQ(limit, 4096u);  // the web backend's, and README's, figure
  // Exactly the limit: long words (few terms), padded with spaces.
  std::string longest;
  while (longest.size() + 61 <= limit) longest += repeat("a", 60) + " ";
  longest += repeat(" ", limit - longest.size());
  ASSERT_EQ(longest.size(), limit);
  const ParsedQuery at_limit = parser.parse(longest);
  EXPECT_TRUE(at_limit.ok) << at_limit.error.message;
  expect_error(parser.parse(repeat("a ", limit)), limit,
               "the query is " + std::to_string(2 * limit) +
                   " bytes long, over the limit of 4096 bytes");
  QueryLimits small;
  small.max_bytes = 10;
  expect_error(QueryParser({"en"}, true, Documents::articles, nullptr, small).parse("port strike"),
               10, "over the limit of 10 bytes");
}

TEST(QueryLimits, TermsCountWordsPhraseWordsWildcardsAndFilterValues) {
  QueryLimits limits;
  limits.max_terms = 4;
  const QueryParser parser({"en"}, false, Documents::articles, nullptr, limits);
  EXPECT_TRUE(parser.parse("a b c d").ok);
  expect_error(parser.parse("a b c d e"), 8,
               "'e' at position 8 takes the query past the limit of 4 terms");
  EXPECT_TRUE(parser.parse("\"a b c\" d").ok);
  expect_error(parser.parse("\"a b c\" d*  e"), 12, "limit of 4 terms");
  expect_error(parser.parse("a \"b c d e\""), 2, "limit of 4 terms");
  expect_error(parser.parse("a b c d date:2024"), 13, "'2024' at position 13 takes the query past");
  expect_error(parser.parse("a b c dual-use"), 6, "limit of 4 terms");
  // Punctuation searches nothing and counts nothing.
  EXPECT_TRUE(parser.parse("a , b ; c - d").ok);
  // The default, in the --any queries that took seconds.
  const QueryParser any({"en"}, false);
  const std::size_t most = QueryLimits{}.max_terms;
  EXPECT_TRUE(any.parse(words(most)).ok);
  EXPECT_FALSE(any.parse(words(most + 1)).ok);
  EXPECT_FALSE(any.parse(words(most + 1, " OR ")).ok);
}

TEST(QueryLimits, SynonymRunsCountTheirWords) {
  Synonyms synonyms;
  synonyms.add({"UK", "United Kingdom", "Britain"});
  QueryLimits limits;
  limits.max_terms = 3;
  const QueryParser parser({"en"}, true, Documents::articles, &synonyms, limits);
  EXPECT_TRUE(parser.parse("united kingdom exports").ok);
  expect_error(parser.parse("a b united kingdom"), 4, "limit of 3 terms");
}

TEST(QueryLimits, Wildcards) {
  const QueryParser parser({"en"}, true);
  const std::size_t limit = QueryLimits{}.max_wildcards;
  EXPECT_TRUE(parser.parse(words(limit) + "*").ok);  // only the last is a wildcard
  std::string many;
  for (std::size_t i = 0; i <= limit; ++i) many += "w" + std::to_string(i) + "* ";
  const std::size_t last = many.rfind('w');
  expect_error(parser.parse(many), last,
               "is wildcard " + std::to_string(limit + 1) + " of the query, over the limit of " +
                   std::to_string(limit) + " wildcards");
  // Each expands to at most max_wildcard_expansion index words: 20 words
  // begin with "auto" here, in one document each.
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 20; ++i) {
    Xapian::Document doc;
    doc.add_term("auto" + std::to_string(100 + i));
    db.add_document(doc);
  }
  QueryLimits narrow;
  narrow.max_wildcard_expansion = 7;
  const ParsedQuery q =
      QueryParser({"en"}, true, Documents::articles, nullptr, narrow).parse("body:auto*");
  ASSERT_TRUE(q.ok) << q.error.message;
  Xapian::Enquire enquire(db);
  enquire.set_query(q.query);
  EXPECT_EQ(enquire.get_mset(0, 100).size(), 7u);
}

// A chain of ORs is one OP_OR, not a query a thousand deep for Xapian to
// walk, and is described as before.
TEST(QueryLimits, OrChainsAreFlat) {
  const QueryParser parser({"en"}, true);
  const ParsedQuery q = parser.parse("body:a OR body:b OR body:c OR body:d");
  ASSERT_TRUE(q.ok) << q.error.message;
  EXPECT_EQ(q.description, "OR(OR(OR(body:a, body:b), body:c), body:d)");
  EXPECT_EQ(q.query.get_type(), Xapian::Query::OP_OR);
  EXPECT_EQ(q.query.get_num_subqueries(), 4u);
  EXPECT_EQ(parser.parse("a OR , OR b").description, "OR(a, b)");
}

// Issue 16: "NOT NOT strike" said NOT needed something after it.
TEST(QueryLimits, ASecondSignIsNamedWithBoth) {
  const QueryParser parser({"en"}, true);
  expect_error(parser.parse("NOT NOT strike"), 4,
               "NOT at position 4 follows NOT at position 0: put one NOT, - or + before a word "
               "or group");
  expect_error(parser.parse("port -NOT strike"), 6, "NOT at position 6 follows - at position 5");
  expect_error(parser.parse("NOT -strike"), 4, "- at position 4 follows NOT at position 0");
  expect_error(parser.parse("+NOT strike"), 1, "NOT at position 1 follows + at position 0");
  expect_error(parser.parse("port NOT"), 5, "needs something to exclude after it");
  // Brackets make a double negative say what it means.
  const ParsedQuery q = parser.parse("NOT (NOT strike)");
  ASSERT_TRUE(q.ok) << q.error.message;
  EXPECT_EQ(q.description, "NOT (NOT strike)");
}

}  // namespace
}  // namespace newsarchive::query
