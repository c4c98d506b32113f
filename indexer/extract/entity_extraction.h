// People, organisations, places and misc entities of an Article, one Entity
// per canonical name, every mention kept (Article::entities).
//
// Reads the headline, the dateline, standfirst, captions (text, alt text,
// credit), body paragraphs and the Source: line; mentions say which (field
// "headline", "dateline", "standfirst", "caption", "body" or "source") and
// the paragraph (the caption's or body paragraph's index; -1 for the
// others). Works in two
// passes over the article: candidates typed by their own cues first
// (entity_typing.h), then what is still unsure typed and named by what the
// article says elsewhere (entity_aliases.h). No trained model: rules and the
// gazetteers of entity_resources.h.
//
// Thread-safe for distinct articles sharing one EntityResources.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/entity_resources.h"
#include "extract/entity_types.h"
#include "newsarchive/article.h"

namespace newsarchive::indexer {

// One mention with its position, for scorers and for callers that need
// offsets.
struct EntityMention {
  std::string field;     // as Mention::field
  int paragraph = -1;    // as Mention::paragraph
  std::size_t begin = 0; // bytes into that paragraph's text
  std::size_t end = 0;
  std::string text;      // as written (editorial brackets dropped)
  EntityType type = EntityType::kMisc;         // of the mention: "Chinese" is misc
  std::string canonical;                        // "China"
  EntityType entity_type = EntityType::kMisc;  // of the entity: China is a place
};

// Every mention in text order by field. Never throws but std::bad_alloc.
std::vector<EntityMention> find_entity_mentions(const Article& article,
                                                const EntityResources& res);

// Groups mentions by canonical name; an entity takes the type most of its
// mentions give it. Entities in order of first mention.
std::vector<Entity> group_entity_mentions(const std::vector<EntityMention>& mentions);

// find + group. Never throws: on any failure (memory) returns what it has,
// possibly nothing.
std::vector<Entity> extract_entities(const Article& article, const EntityResources& res) noexcept;

}  // namespace newsarchive::indexer
