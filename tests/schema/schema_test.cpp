#include "newsarchive/schema.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::schema {
namespace {

TEST(Schema, EveryFieldIdHasOneRow) {
  std::set<FieldId> seen;
  for (const Field& f : fields()) EXPECT_TRUE(seen.insert(f.id).second) << f.name;
  EXPECT_EQ(&field(FieldId::headline), find_field("headline"));
}

TEST(Schema, UserNamesAreUniqueAndCaseInsensitive) {
  std::map<std::string_view, std::string_view> owner;
  for (const Field& f : fields())
    for (std::string_view n : f.names) {
      auto [it, inserted] = owner.emplace(n, f.name);
      EXPECT_TRUE(inserted) << n << " is used by " << it->second << " and " << f.name;
    }
  ASSERT_NE(find_field("Title"), nullptr);
  EXPECT_EQ(find_field("Title")->id, FieldId::headline);
  EXPECT_EQ(find_field("nosuchfield"), nullptr);
}

TEST(Schema, PrefixesAreDistinctAndFollowOmega) {
  std::set<std::string_view> prefixes;
  for (const Field& f : fields()) {
    if (f.has(kText) && !f.text_prefix.empty()) {
      EXPECT_TRUE(prefixes.insert(f.text_prefix).second) << f.text_prefix;
    }
    if (f.has(kFilter)) {
      EXPECT_TRUE(prefixes.insert(f.filter_prefix).second) << f.filter_prefix;
    }
  }
  EXPECT_TRUE(prefixes.insert(kBandPrefix).second) << kBandPrefix;
  EXPECT_EQ(field(FieldId::id).filter_prefix, "Q");
  EXPECT_EQ(field(FieldId::headline).text_prefix, "S");
  EXPECT_EQ(field(FieldId::language).filter_prefix, "L");
  // The stem prefix must not start any field prefix, or stems would be
  // mistaken for field terms.
  for (std::string_view p : prefixes) EXPECT_NE(p.front(), kStemPrefix.front()) << p;
}

TEST(Schema, ValueSlotsAreDistinct) {
  std::set<int> slots = {kSignatureSlot, kOrderSlot};
  for (const Field& f : fields()) {
    if (f.value_slot != kNoSlot) {
      EXPECT_TRUE(slots.insert(f.value_slot).second) << f.name;
    }
    if (f.has(kFacet)) {
      ASSERT_NE(f.facet_slot, kNoSlot) << f.name;
      EXPECT_TRUE(f.facet_values == 1 || f.facet_values == kMaxFacetValues) << f.name;
      EXPECT_TRUE(slots.insert(f.facet_slot).second) << f.name << " facet slot";
    }
  }
}

TEST(Schema, FieldsCoverFieldsOfTheirKind) {
  const Field& entity = field(FieldId::entity);
  EXPECT_EQ(entity.covers.size(), 3u);
  for (FieldId id : entity.covers) {
    const Field& covered = field(id);
    EXPECT_TRUE(covered.covers.empty()) << covered.name;
    // Searched together, as text and as exact values alike.
    EXPECT_EQ(covered.flags & (kText | kFilter | kName), entity.flags & (kText | kFilter | kName))
        << covered.name;
  }
}

TEST(Schema, HeadlineWeighsMoreThanBody) {
  EXPECT_GT(field(FieldId::headline).weight, field(FieldId::body).weight);
  EXPECT_TRUE(field(FieldId::body).has(kDefaultSearch));
  EXPECT_EQ(field(FieldId::body).text_prefix, "");
}

TEST(Schema, FacetValuesJoinSortedDistinctAndBounded) {
  EXPECT_EQ(join_facet_values({}, kMaxFacetValues), "");
  EXPECT_EQ(join_facet_values({"Reuters"}, 1), "Reuters");
  const std::string sep(1, kFacetSeparator);
  EXPECT_EQ(join_facet_values({"Ruto", "Biden", "Ruto", ""}, kMaxFacetValues),
            "Biden" + sep + "Ruto");
  // The first `most` distinct values are kept, then sorted.
  EXPECT_EQ(join_facet_values({"c", "c", "b", "a"}, 2), "b" + sep + "c");
  // A value cannot smuggle in a separator.
  EXPECT_EQ(join_facet_values({"a" + sep + "b"}, 1), "a b");
}

TEST(Schema, OrderKeyIsDateThenAHashOfTheId) {
  const std::string key = order_key("20240619", "g7.txt");
  ASSERT_EQ(key.size(), kOrderKeySize);
  // 20240619 = 0x0134D8EB, big-endian.
  EXPECT_EQ(key.substr(0, 4), std::string("\x01\x34\xD8\xEB", 4));
  // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c: the hash is fixed, not the
  // standard library's, so the order is the same everywhere.
  EXPECT_EQ(order_key("20240619", "a").substr(4), std::string("\xaf\x63\xdc\x4c\x86\x01\xec\x8c", 8));
  // Dates order the keys, whatever the ids; ids of one day give distinct keys.
  EXPECT_LT(order_key("20240618", "zzz"), order_key("20240619", "a"));
  EXPECT_LT(order_key("19991231", "b"), order_key("20000101", "a"));
  EXPECT_NE(order_key("20240619", "a"), order_key("20240619", "b"));
  // Undated documents (or a date that is not eight digits) sort as the oldest.
  EXPECT_EQ(order_key("", "x").substr(0, 4), std::string(4, '\0'));
  EXPECT_EQ(order_key("2024-6-1", "x").substr(0, 4), std::string(4, '\0'));
  EXPECT_LT(order_key("", "zzz"), order_key("19870101", "a"));
  // A quote's key is its article's, then the quote's number.
  EXPECT_EQ(order_key("20240619", "a", 2), order_key("20240619", "a") + std::string("\0\x02", 2));
  EXPECT_LT(order_key("20240619", "a", 2), order_key("20240619", "a", 10));
}

TEST(Schema, FacetValuesSplitBack) {
  const std::string sep(1, kFacetSeparator);
  EXPECT_TRUE(split_facet_values("").empty());
  EXPECT_EQ(split_facet_values("Reuters"), std::vector<std::string_view>{"Reuters"});
  const std::string joined = join_facet_values({"Xi Jinping", "Joe Biden", "Olaf Scholz"}, 8);
  EXPECT_EQ(split_facet_values(joined),
            (std::vector<std::string_view>{"Joe Biden", "Olaf Scholz", "Xi Jinping"}));
  EXPECT_EQ(split_facet_values(sep + "a" + sep + sep + "b" + sep),
            (std::vector<std::string_view>{"a", "b"}));
}

}  // namespace
}  // namespace newsarchive::schema
