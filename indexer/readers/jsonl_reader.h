// JSON Lines: one article per line, as a JSON object.
//
// Keys are those of `newsindex --extract` (id, url, language, headline,
// standfirst, byline, date, dateline, section, source, body, captions), and
// common aliases of them:
//   headline    title, headline_text
//   standfirst  description, summary, lead, subtitle, abstract
//   byline      author, authors, by, creator (a string or an array)
//   date        published, published_at, publication_date, pubdate,
//               date_published, datePublished, created_at, time
//   body        text, content, article, article_text, body_text (a string,
//               whose blank lines split paragraphs, or an array of them)
//   url         link, uri
//   source      publisher, site_name, outlet, agency
//   section     category, categories (first), topic
//   language    lang, locale
//   subjects    subject, keywords, tags, topics (a string or an array)
// A key mapping (--map KEY=FIELD) adds or overrides aliases. Keys are
// matched without regard to case; nested objects ("source": {"name": ...})
// give their "name" or "title" string.
#pragma once

#include <map>
#include <string>

#include "readers/input.h"

namespace newsarchive::indexer {

struct JsonlOptions {
  std::map<std::string, std::string> key_map;  // lower-cased input key -> field
};

// Every line that is a JSON object with a headline or a body becomes a
// RawArticle; its id is the url, else the "id" key, else "<input id>:<line>".
// A line that is not valid JSON, not an object, or has neither headline nor
// body is an error naming its line (and column), and the others go on.
// Blank lines are skipped.
ReadResult read_jsonl(const Input& input, const JsonlOptions& options = {});

// The fields a --map option may name.
bool is_mappable_field(const std::string& field);

}  // namespace newsarchive::indexer
