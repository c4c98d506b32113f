#include "newsarchive/schema.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

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
  std::set<int> slots = {kSignatureSlot};
  for (const Field& f : fields()) {
    if (f.value_slot != kNoSlot) {
      EXPECT_TRUE(slots.insert(f.value_slot).second) << f.name;
    }
    if (f.has(kFacet)) {
      ASSERT_NE(f.facet_slot, kNoSlot) << f.name;
      ASSERT_GE(f.facet_slots, 1) << f.name;
      for (int i = 0; i < f.facet_slots; ++i) {
        EXPECT_TRUE(slots.insert(f.facet_slot + i).second) << f.name << " facet slot " << i;
      }
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

}  // namespace
}  // namespace newsarchive::schema
