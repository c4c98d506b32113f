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
#include "readers/resource_limits.h"

namespace newsarchive::indexer {

struct JsonlOptions {
  std::map<std::string, std::string> key_map;  // lower-cased input key -> field
  // Limits::max_nesting_depth: values nested deeper are not looked into,
  // with a warning on the line's article.
  int max_nesting_depth = Limits{}.max_nesting_depth;
};

// Every line that is a JSON object with a headline or a body becomes a
// RawArticle; its id is the url, else the "id" key, else "<input id>:<line>".
// A line that is not valid JSON, not an object, or has neither headline nor
// body is an error naming its line (and column), and the others go on.
// Blank lines are skipped. Line numbers count from input.first_line.
//
// Each line is decoded on its own (decode_line): valid UTF-8 is kept as it
// is; a line with bytes that are not is read as Windows-1252, with a
// warning naming its line and column; a line holding a NUL byte is an
// error for that line alone. A file that opens with the signature of a
// binary format (binary_magic) is one error. A JSON array, or one object
// written over several lines, is read as one document and decoded as a
// whole, unless the line after the first is a whole object (JSON Lines
// after a broken first line) or the input is a later block of a file read
// a block at a time. Arrays and objects nested deeper than
// max_nesting_depth are pruned before parsing (prune_deep_json), with a
// warning.
ReadResult read_jsonl(const Input& input, const JsonlOptions& options = {});

// The fields a --map option may name, and all of them, comma-separated,
// for its help.
bool is_mappable_field(const std::string& field);
std::string mappable_field_names();

// Reads "KEY=FIELD" (newsindex --map) into options.key_map, the key
// lower-cased. "" when it is one, else why not.
std::string add_key_mapping(JsonlOptions& options, const std::string& key_equals_field);

}  // namespace newsarchive::indexer
