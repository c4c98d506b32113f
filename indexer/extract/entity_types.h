// The four entity types and their names in the Article model and in CoNLL.
#pragma once

#include <optional>
#include <string_view>

namespace newsarchive::indexer {

enum class EntityType : unsigned char { kPerson, kOrganization, kPlace, kMisc };

// "person", "organization", "place", "misc" (Entity::type).
constexpr std::string_view entity_type_name(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
    case EntityType::kMisc: return "misc";
  }
  return "misc";
}

// "PER", "ORG", "LOC", "MISC": the CoNLL-2003 tags.
constexpr std::string_view entity_type_tag(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PER";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kPlace: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

}  // namespace newsarchive::indexer
