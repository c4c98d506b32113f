#include "writer/document_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dedupe/fingerprint.h"
#include "dedupe/stored_fingerprint.h"
#include "newsarchive/article_json.h"
#include "newsarchive/schema.h"

namespace newsarchive::indexer {
namespace {

std::vector<std::string> terms(const Xapian::Document& d) {
  std::vector<std::string> out;
  for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) out.push_back(*t);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& t) {
  return std::find(v.begin(), v.end(), t) != v.end();
}

Article sample() {
  Article a;
  a.id = "world/capri.txt";
  a.url = "https://news.example.com/capri?x=1";
  a.format = "text";
  a.language = "en";
  a.headline = "Ad sales boost profit";
  a.standfirst = "Ministers say so.";
  a.date = "2024-04-19";
  a.source = "Al Jazeera";
  a.body = {"Russia’s defence industry.", "Second paragraph."};
  a.captions.push_back({"Blinken greets Cameron in Capri", "Two men shake hands", "Pool via Reuters"});
  return a;
}

TEST(DocumentBuilder, TextFieldsGetPrefixedWordsAndStems) {
  DocumentBuilder b;
  auto t = terms(b.build(sample()));
  EXPECT_TRUE(has(t, "Ssales"));
  EXPECT_TRUE(has(t, "ZSsale"));
  EXPECT_TRUE(has(t, "russia's"));     // body: no prefix
  EXPECT_TRUE(has(t, "Zrussia"));
  EXPECT_TRUE(has(t, "XSFministers"));
  EXPECT_TRUE(has(t, "XCAPcapri"));
  EXPECT_TRUE(has(t, "XCAPhands"));    // alt text is searchable as caption
  EXPECT_TRUE(has(t, "XCRreuters"));
  EXPECT_TRUE(has(t, "XSRCjazeera"));
}

TEST(DocumentBuilder, QuoteDocumentsAndQuoteTermsAreForSpeechOnly) {
  Article a = sample();
  a.quotes.push_back({"We will not back down", "Jane Roe", "Roe", "said", 0, "full", "person"});
  a.quotes.push_back({"halfway house", "", "", "", 1, "partial", "unknown"});
  a.quotes.push_back({"boost", "Ad", "Ad", std::string(kHeadlineSubjectCue), -1, "partial",
                      "person"});
  DocumentBuilder b;
  const PreparedArticle p = b.prepare(a);
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quote_words.front().words, 5u);
  const auto t = terms(p.doc);
  EXPECT_TRUE(has(t, "XQback"));
  EXPECT_FALSE(has(t, "XQhalfway"));
  EXPECT_FALSE(has(t, "XQboost"));
  EXPECT_FALSE(has(t, "XSPKad"));
}

TEST(DocumentBuilder, FiltersAndValues) {
  DocumentBuilder b;
  auto d = b.build(sample());
  auto t = terms(d);
  EXPECT_TRUE(has(t, "Qworld/capri.txt"));
  EXPECT_TRUE(has(t, "Uhttps://news.example.com/capri?x=1"));
  EXPECT_TRUE(has(t, "Hnews.example.com"));
  EXPECT_TRUE(has(t, "D20240419"));
  EXPECT_TRUE(has(t, "M202404"));
  EXPECT_TRUE(has(t, "Y2024"));
  EXPECT_TRUE(has(t, "Len"));
  EXPECT_TRUE(has(t, "XSal jazeera"));
  EXPECT_TRUE(has(t, "XCREDpool via reuters"));
  EXPECT_TRUE(has(t, "XTarticle"));
  EXPECT_EQ(d.get_value(0), "20240419");
  EXPECT_EQ(d.get_value(1), "Al Jazeera");
}

TEST(DocumentBuilder, ParagraphsArePositionallyApart) {
  DocumentBuilder b;
  auto d = b.build(sample());
  // "industry" ends paragraph 1 and "second" starts paragraph 2: a phrase
  // "industry second" must not match, so their positions are far apart.
  auto position = [&d](const std::string& term) {
    auto t = d.termlist_begin();
    t.skip_to(term);
    EXPECT_EQ(*t, term);
    return *t.positionlist_begin();
  };
  auto last = position("industry");
  auto first = position("second");
  EXPECT_GT(first - last, 50u);
}

TEST(DocumentBuilder, StoresTheArticle) {
  DocumentBuilder b;
  Article back;
  ASSERT_TRUE(from_json(b.build(sample()).get_data(), back));
  EXPECT_EQ(back.headline, "Ad sales boost profit");
  EXPECT_EQ(back.captions.at(0).credit, "Pool via Reuters");
}

TEST(DocumentBuilder, StemsFollowTheArticleLanguage) {
  DocumentBuilder b;
  Article a = sample();
  a.id = "politics/ticket.txt";
  a.language = "de";
  a.body = {"Die Regierungen verhandeln."};
  auto t = terms(b.build(a));
  EXPECT_TRUE(has(t, "regierungen"));
  EXPECT_TRUE(has(t, "Zregier"));
}

TEST(DocumentBuilder, LongIdsStayWithinXapianLimits) {
  DocumentBuilder b;
  Article a;
  a.id = "https://example.com/" + std::string(400, 'x');
  EXPECT_LE(DocumentBuilder::id_term(a.id).size(), 245u);
  Article other = a;
  other.id.back() = 'y';
  EXPECT_NE(DocumentBuilder::id_term(a.id), DocumentBuilder::id_term(other.id));
}

}  // namespace
}  // namespace newsarchive::indexer

namespace newsarchive::indexer {
namespace {

TEST(DocumentBuilder, QuoteDocumentsIndexTheQuoteAndTheSentencesAroundIt) {
  Article a = sample();
  std::string para = "Far away words about herons. ";
  for (int i = 0; i < 20; ++i) para += "Filler sentence number " + std::to_string(i) + ". ";
  para += "The minister spoke about China. \xE2\x80\x9CWe cannot accept this,\xE2\x80\x9D she said. ";
  para += "Later words about otters.";
  a.body = {"First.", para};
  a.quotes = {{"We cannot accept this", "Annalena Baerbock", "she", "said", 1, "full", ""}};
  DocumentBuilder b;
  auto t = terms(b.build_quote(a, 0));
  EXPECT_TRUE(has(t, "XQaccept"));
  EXPECT_TRUE(has(t, "XSPbaerbock"));
  EXPECT_TRUE(has(t, "XSPKannalena baerbock"));
  EXPECT_TRUE(has(t, "Zchina"));      // the sentence before the quote, as stems
  EXPECT_TRUE(has(t, "Zminist"));
  EXPECT_FALSE(has(t, "china"));      // and only as stems
  EXPECT_TRUE(has(t, "ZXQaccept"));   // the quote's words, in its quote field
  EXPECT_FALSE(has(t, "Zaccept"));    // and not again as context
  EXPECT_TRUE(has(t, "Zsaid"));       // the rest of the quote's sentence
  EXPECT_FALSE(has(t, "Zheron"));     // not the whole paragraph
  EXPECT_FALSE(has(t, "Zotter"));
  EXPECT_FALSE(has(t, "ZXSPbaerbock"));  // names are not stemmed
  EXPECT_FALSE(has(t, "Sad"));        // the article's headline is not indexed
  EXPECT_TRUE(has(t, "XTquote"));
  EXPECT_TRUE(has(t, "XARTworld/capri.txt"));
  EXPECT_TRUE(has(t, "Qworld/capri.txt#q1"));
}

}  // namespace
}  // namespace newsarchive::indexer

namespace newsarchive::indexer {
namespace {

Article clustered() {
  Article a = sample();
  a.body = {"Engineers closed the Old Mill bridge over the river on Wednesday after an "
            "inspection found cracks in two of its steel girders."};
  a.quotes = {{"The cracks are in the wrong place", "Helen Marsh", "she", "said", 0, "full", ""},
              {"We take no risk", "Helen Marsh", "she", "said", 0, "full", ""}};
  a.cluster = "00112233445566ff";
  a.minhash = fingerprint(a);
  return a;
}

TEST(DocumentBuilder, ArticlesKeepTheirClusterAndFingerprint) {
  const Article a = clustered();
  ASSERT_EQ(a.minhash.size(), kHashes);
  DocumentBuilder b;
  const Xapian::Document d = b.build(a);
  const auto t = terms(d);
  const int slot = schema::field(schema::FieldId::cluster).value_slot;
  EXPECT_EQ(d.get_value(static_cast<Xapian::valueno>(slot)), "00112233445566ff");
  EXPECT_TRUE(has(t, "XCL00112233445566ff"));
  EXPECT_EQ(decode_signature(d.get_value(schema::kSignatureSlot)), a.minhash);
  for (const std::uint64_t band : band_hashes(a.minhash)) EXPECT_TRUE(has(t, band_term(band)));
}

TEST(DocumentBuilder, ArticlesWithoutAFingerprintHaveNoBands) {
  Article a = clustered();
  a.minhash.clear();
  DocumentBuilder b;
  const Xapian::Document d = b.build(a);
  EXPECT_EQ(d.get_value(schema::kSignatureSlot), "");
  for (const std::string& term : terms(d))
    EXPECT_NE(term.rfind(schema::kBandPrefix, 0), 0u) << term;
}

TEST(DocumentBuilder, QuotesCarryTheirArticlesClusterAndTheirQuoteKeys) {
  const Article a = clustered();
  DocumentBuilder b;
  PreparedArticle p = b.prepare(a);
  ASSERT_GE(p.quotes.size(), 2u);
  DocumentBuilder::set_cluster(p, a.cluster);
  const auto cluster_slot =
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::cluster).value_slot);
  EXPECT_EQ(p.quotes[0].get_value(cluster_slot), a.cluster);
  std::vector<QuoteKey> keys(p.quotes.size(), QuoteKey{"00000000000000aa", false});
  keys[0] = QuoteKey{"00000000000000bb", true};
  DocumentBuilder::set_quote_keys(p, keys);
  const schema::Field& f = schema::field(schema::FieldId::quotekey);
  EXPECT_EQ(p.quotes[0].get_value(static_cast<Xapian::valueno>(f.value_slot)), "00000000000000bb");
  EXPECT_EQ(p.quotes[1].get_value(static_cast<Xapian::valueno>(f.facet_slot)), "00000000000000aa");
  auto terms = [](const Xapian::Document& d, const std::string& prefix) {
    std::vector<std::string> out;
    for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t)
      if ((*t).rfind(prefix, 0) == 0) out.push_back(*t);
    return out;
  };
  // The article holds each distinct key once; the founder its shingles.
  EXPECT_EQ(terms(p.doc, std::string(f.filter_prefix)),
            (std::vector<std::string>{"XQK00000000000000aa", "XQK00000000000000bb"}));
  const std::string shingle(schema::kQuoteShinglePrefix);
  EXPECT_EQ(terms(p.quotes[0], shingle).size(), p.quote_words[0].shingles.size());
  EXPECT_TRUE(terms(p.quotes[1], shingle).empty());
  // No signature or bands on quote documents.
  EXPECT_EQ(p.quotes[0].get_value(schema::kSignatureSlot), "");
}

TEST(DocumentBuilder, ArticlesAndQuotesCarryTheirOrderKey) {
  Article a = clustered();
  a.date = "2024-06-19";
  DocumentBuilder b;
  EXPECT_EQ(b.build(a).get_value(schema::kOrderSlot), schema::order_key("20240619", a.id));
  EXPECT_EQ(b.build_quote(a, 1).get_value(schema::kOrderSlot),
            schema::order_key("20240619", a.id, 2));
  a.date.clear();
  EXPECT_EQ(b.build(a).get_value(schema::kOrderSlot), schema::order_key("", a.id));
}

}  // namespace
}  // namespace newsarchive::indexer
