#include "extract/entity_hints.h"

#include <algorithm>

#include "text/text_scan.h"
#include "newsarchive/ascii.h"

namespace newsarchive::indexer {
namespace {

std::string fold(std::string_view s) { return lower_ascii(trim(s)); }

bool known_type(const std::string& type) {
  return type == "person" || type == "organization" || type == "place" || type == "misc";
}

// Whether `longer` is `shorter` with words before it: a full name and
// the surname alone.
bool extends(const std::string& longer, const std::string& shorter) {
  if (shorter.empty() || longer.size() <= shorter.size()) return false;
  return longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0 &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Mentions of `name` as a whole word sequence in one field's paragraphs.
void find_mentions(const std::string& name, const std::vector<std::string>& paragraphs,
                   const char* field, bool numbered, std::vector<Mention>& out) {
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string& p = paragraphs[i];
    for (std::size_t at = p.find(name); at != std::string::npos; at = p.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      if ((at > 0 && is_word_byte(p[at - 1])) || (end < p.size() && is_word_byte(p[end])))
        continue;
      out.push_back({name, field, numbered ? static_cast<int>(i) : -1});
    }
  }
}

}  // namespace

void apply_entity_hints(const std::vector<EntityHint>& hints, Article& article) {
  for (const EntityHint& hint : hints) {
    const std::string name(trim(hint.name));
    if (name.empty() || !known_type(hint.type)) continue;
    const std::string key = fold(name);
    auto match = std::find_if(article.entities.begin(), article.entities.end(),
                              [&](const Entity& e) { return fold(e.name) == key; });
    if (match == article.entities.end() && hint.type == "person")
      match = std::find_if(article.entities.begin(), article.entities.end(), [&](const Entity& e) {
        const std::string other = fold(e.name);
        return e.type == "person" && (extends(other, key) || extends(key, other));
      });
    if (match != article.entities.end()) {
      match->type = hint.type;
      continue;
    }
    Entity e{name, hint.type, {}};
    find_mentions(name, {article.headline}, "headline", false, e.mentions);
    find_mentions(name, {article.standfirst}, "standfirst", false, e.mentions);
    std::vector<std::string> captions;
    for (const Caption& c : article.captions) captions.push_back(c.text);
    find_mentions(name, captions, "caption", true, e.mentions);
    find_mentions(name, article.body, "body", true, e.mentions);
    if (e.mentions.empty()) e.mentions.push_back({name, "metadata", -1});
    article.entities.push_back(std::move(e));
  }
}

}  // namespace newsarchive::indexer
