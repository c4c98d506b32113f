#include "dedupe/fingerprint.h"

#include <gtest/gtest.h>

#include "dedupe/stored_fingerprint.h"
#include "newsarchive/text.h"
#include "stories.h"

namespace newsarchive::indexer {
namespace {

TEST(Fingerprint, HasOneValuePerHashAndIsRepeatable) {
  const Fingerprint a = fingerprint(stories::wire());
  ASSERT_EQ(a.size(), kHashes);
  EXPECT_EQ(fingerprint(stories::wire()), a);
}

TEST(Fingerprint, ComesOutTheSameOnEveryMachineAndRun) {
  // Signatures stored by one run are compared with the next run's: a change
  // to the hashing must come with a new schema version.
  const Fingerprint a = text_fingerprint({"one two three four five six seven eight nine ten eleven "
                                     "twelve thirteen fourteen fifteen"});
  ASSERT_EQ(a.size(), kHashes);
  EXPECT_EQ(band_term(band_hashes(a)[0]), "XMB83d5597cca");
}

TEST(Fingerprint, IdenticalTextsAreFullySimilar) {
  const Fingerprint a = fingerprint(stories::wire());
  Article copy = stories::wire();
  copy.id = "elsewhere/bridge.txt";
  EXPECT_DOUBLE_EQ(similarity(a, fingerprint(copy)), 1.0);
  EXPECT_EQ(band_hashes(a), band_hashes(fingerprint(copy)));
}

TEST(Fingerprint, CaseAndTypographicMarksDoNotMatter) {
  const Fingerprint a = text_fingerprint({"The council's director said the bridge would stay shut "
                                     "until a survey had been completed next month"});
  const Fingerprint b = text_fingerprint({"THE COUNCIL’S DIRECTOR SAID THE BRIDGE WOULD STAY SHUT "
                                     "UNTIL A SURVEY HAD BEEN COMPLETED NEXT MONTH"});
  EXPECT_EQ(a, b);
}

TEST(Fingerprint, ALightlyEditedCopyIsSimilar) {
  const double s = similarity(fingerprint(stories::wire()), fingerprint(stories::paper_copy()));
  EXPECT_GE(s, 0.6);
  EXPECT_LT(s, 1.0);
}

TEST(Fingerprint, AnotherStoryOnTheSameSubjectIsNot) {
  EXPECT_LT(similarity(fingerprint(stories::wire()), fingerprint(stories::follow_up())), 0.2);
}

TEST(Fingerprint, WordOrderMatters) {
  EXPECT_LT(similarity(text_fingerprint({"one two three four five six seven eight nine ten eleven "
                                    "twelve thirteen fourteen"}),
                       text_fingerprint({"fourteen thirteen twelve eleven ten nine eight seven six "
                                    "five four three two one"})),
            0.2);
}

TEST(Fingerprint, OnlyTheLeadCounts) {
  // What an outlet cuts or adds past the first kMaxWords words does not
  // make its copy less similar.
  Article full = stories::wire();
  for (int i = 0; i < 2; ++i)
    for (const std::string& p : stories::follow_up().body) full.body.push_back(p);
  std::size_t words = text::tokenize(full.headline).size();
  for (const std::string& p : full.body) words += text::tokenize(p).size();
  ASSERT_GT(words, kMaxWords + 40);
  Article trimmed = full;
  trimmed.body.pop_back();
  trimmed.body.push_back("A paragraph of the outlet's own, past the lead.");
  EXPECT_EQ(fingerprint(trimmed), fingerprint(full));
}

TEST(Fingerprint, ShortTextsGetNone) {
  EXPECT_TRUE(text_fingerprint({"Markets closed higher."}).empty());
  EXPECT_TRUE(fingerprint(stories::article("a", "Brief", {"Shares rose on Monday."})).empty());
  EXPECT_TRUE(fingerprint(Article{}).empty());
  EXPECT_DOUBLE_EQ(similarity(Fingerprint{}, Fingerprint{}), 0.0);
}

TEST(StoredFingerprint, SignatureRoundTrips) {
  const Fingerprint a = fingerprint(stories::wire());
  const std::string value = encode_signature(a);
  EXPECT_EQ(value.size(), kHashes * 4);
  EXPECT_EQ(decode_signature(value), a);
  EXPECT_TRUE(decode_signature("too short").empty());
  EXPECT_TRUE(decode_signature("").empty());
}

}  // namespace
}  // namespace newsarchive::indexer
