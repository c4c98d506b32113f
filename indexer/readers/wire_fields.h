// Small steps the wire-format readers (NITF, NewsML, NewsML-G2, ninjs,
// feeds, Ritzau) share when filling a RawArticle.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readers/raw_article.h"

namespace newsarchive::indexer {

// Sets `field` to `value` when the field is still empty.
void set_if_empty(std::string& field, std::string_view value);

// A byline without its leading "By " ("By JOHN DOE" -> "JOHN DOE").
std::string strip_by(std::string_view byline);

// Adds a byline name, a subject or an entity hint unless it is empty or
// already there (same text, and for hints the same type).
void add_byline(RawArticle& article, std::string_view name);
void add_subject(RawArticle& article, std::string_view subject);
void add_hint(RawArticle& article, std::string_view name, std::string_view type);

// The entity type a vocabulary term names ("cpnat:person", "organisation",
// "geoArea", "poi"...): "person", "organization", "place" or "" when it
// names none of them.
std::string entity_type_of(std::string_view term);

// The text of a short field that may hold HTML tags or character
// references (an RSS title, a Ritzau subtitle), on one line, with the
// references decoded.
std::string markup_text(std::string_view text);

// html_paragraphs, then the character references still left in the text
// decoded: feeds escape their HTML twice often enough that "&amp;amp;"
// arrives as "&amp;" once the HTML is parsed.
std::vector<std::string> escaped_html_paragraphs(std::string_view html);

// Where item `n` (1-based) of an input holding `count` items came from, for
// reports: "feed.xml[3]", or the input's name when it holds one item.
std::string item_origin(const std::string& input_name, std::size_t n, std::size_t count);

// The id of item `n` (1-based) of an input that holds `count` items: the
// item's own id when it has one, else the input's id, suffixed with the
// item number when there are several.
std::string item_id(std::string_view own, const std::string& input_id, std::size_t n,
                    std::size_t count);

}  // namespace newsarchive::indexer
