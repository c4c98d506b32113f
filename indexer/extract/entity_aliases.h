// What one article has said about its names so far, to type and name the
// mentions that say little by themselves: "Blinken" after "Antony Blinken",
// "Wang" after "Wang Yi" (family name first), "CLINTON" in a headline in
// capitals, "G7" after "Group of Seven (G7)", "EU" after "European Union".
//
// Person names resolve through names.h's NameBook (shared with quote
// attribution). Not thread-safe; one per article.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entity_tokens.h"
#include "extract/entity_typing.h"
#include "extract/names.h"

namespace newsarchive::indexer {

struct KnownName {
  EntityType type = EntityType::kMisc;
  Certainty certainty = Certainty::kNone;
  std::string canonical;
};

class EntityMemory {
 public:
  // Records a name as written with its type and canonical name; a surer
  // typing replaces a less sure one. Multi-word person names register their
  // short forms; organisation names their initials ("European Union" -> EU).
  void learn(std::string_view text, const Typing& typing, std::string_view canonical);
  // "Group of Seven (G7)": the short form names the same entity.
  void define_acronym(std::string_view acronym, const KnownName& full);

  // What the article said about `text` (compared ASCII case-insensitively),
  // nullptr if nothing.
  const KnownName* recall(std::string_view text) const;
  // The longest run of tokens[i, end) the article named, 0 if none.
  std::size_t longest_known(const std::vector<EntityToken>& tokens, std::size_t i,
                            std::size_t end) const;
  // The full person name a short form stands for, or the text unchanged.
  std::string person_name(std::string_view text) const { return people_.resolve(text); }

 private:
  void remember(std::string key, const KnownName& k);

  std::unordered_map<std::string, KnownName> by_text_;  // lower-cased text
  NameBook people_;
};

}  // namespace newsarchive::indexer
