#include "readers/jsonl_reader.h"

#include "newsarchive/ascii.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "readers/decode.h"
#include "readers/json_depth.h"

namespace newsarchive::indexer {
namespace {

using nlohmann::json;

// A string from a value: itself, the first string of an array, or the
// "name"/"title"/"text" of an object.
// Arrays are looked into this deep for a string, no deeper: the recursion
// stays bounded whatever the input nests.
constexpr int kMaxStringDepth = 8;

std::string as_string(const json& v, int depth = 0) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  if (v.is_array() && depth < kMaxStringDepth) {
    for (const auto& e : v) {
      std::string s = as_string(e, depth + 1);
      if (!s.empty()) return s;
    }
  }
  if (v.is_object()) {
    for (const char* key : {"name", "title", "text", "value", "@value"}) {
      auto it = v.find(key);
      if (it != v.end() && it->is_string()) return it->get<std::string>();
    }
  }
  return "";
}

std::vector<std::string> as_strings(const json& v) {
  std::vector<std::string> out;
  if (v.is_array()) {
    for (const auto& e : v) {
      std::string s = as_string(e);
      if (!s.empty()) out.push_back(std::move(s));
    }
  } else if (std::string s = as_string(v); !s.empty()) {
    out.push_back(std::move(s));
  }
  return out;
}

// A body string's paragraphs: split on blank lines, or on single line
// breaks when there are no blank lines.
std::vector<std::string> paragraphs(const std::string& text) {
  const bool blank_lines = text.find("\n\n") != std::string::npos;
  std::vector<std::string> out;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    const bool empty = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (empty || !blank_lines) {
      if (!empty) current.append(line);
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty()) current += ' ';
      current.append(line);
    }
    start = end + 1;
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

void set_json_subjects(RawArticle& a, const json& v) {
  // "keywords": "ports, strikes" is a list too.
  a.subjects.clear();
  for (const std::string& s : as_strings(v)) {
    std::size_t start = 0;
    for (std::size_t comma; (comma = s.find(',', start)) != std::string::npos; start = comma + 1)
      a.subjects.push_back(s.substr(start, comma - start));
    a.subjects.push_back(s.substr(start));
  }
}

void set_json_body(RawArticle& a, const json& v) {
  if (v.is_array()) a.body = as_strings(v);
  else a.body = paragraphs(as_string(v));
}

void set_json_captions(RawArticle& a, const json& v) {
  if (!v.is_array()) return;
  for (const auto& c : v) {
    if (c.is_string()) {
      a.captions.push_back({c.get<std::string>(), "", ""});
    } else if (c.is_object()) {
      Caption cap;
      for (const auto& [key, value] : c.items()) {
        const std::string k = lower_ascii(key);
        if (k == "text" || k == "caption") cap.text = as_string(value);
        else if (k == "alt_text" || k == "alt") cap.alt_text = as_string(value);
        else if (k == "credit") cap.credit = as_string(value);
      }
      if (!cap.text.empty() || !cap.alt_text.empty()) a.captions.push_back(std::move(cap));
    }
  }
}

// The fields a record fills: each with the keys read as it by default
// (besides its own name) and how a value sets it. The one list --map's
// targets, its help and the default aliases come from.
struct InputField {
  std::string_view name;
  std::vector<std::string_view> aliases;
  void (*set)(RawArticle&, const json&);
};

const std::vector<InputField>& input_fields() {
  static const std::vector<InputField> kFields = {
      {"id", {"guid", "doc_id", "docid"}, [](RawArticle& a, const json& v) { a.id = as_string(v); }},
      {"url", {"link", "uri", "canonical_url"},
       [](RawArticle& a, const json& v) { a.url = as_string(v); }},
      {"headline", {"title", "headline_text"},
       [](RawArticle& a, const json& v) { a.headline = as_string(v); }},
      {"standfirst", {"description", "summary", "lead", "subtitle", "abstract", "dek"},
       [](RawArticle& a, const json& v) { a.standfirst = as_string(v); }},
      {"byline", {"author", "authors", "by", "creator"},
       [](RawArticle& a, const json& v) { a.byline = as_strings(v); }},
      {"date",
       {"published", "published_at", "publication_date", "pubdate", "date_published",
        "datepublished", "created_at", "time"},
       [](RawArticle& a, const json& v) { a.date = as_string(v); }},
      {"body", {"text", "content", "article", "article_text", "body_text", "maintext"}, set_json_body},
      {"source", {"publisher", "site_name", "outlet", "agency"},
       [](RawArticle& a, const json& v) { a.source = as_string(v); }},
      {"section", {"category", "categories", "topic"},
       [](RawArticle& a, const json& v) { a.section = as_string(v); }},
      {"language", {"lang", "locale"},
       [](RawArticle& a, const json& v) { a.language = as_string(v); }},
      {"subjects", {"subject", "keywords", "tags", "topics"}, set_json_subjects},
      {"dateline", {}, [](RawArticle& a, const json& v) { a.dateline = as_string(v); }},
      {"captions", {}, set_json_captions},
  };
  return kFields;
}

const InputField* input_field(std::string_view name) {
  for (const InputField& f : input_fields())
    if (f.name == name) return &f;
  return nullptr;
}

// A lower-cased key -> the field it is read as by default.
const std::map<std::string, const InputField*, std::less<>>& default_aliases() {
  static const auto kAliases = [] {
    std::map<std::string, const InputField*, std::less<>> m;
    for (const InputField& f : input_fields()) {
      m[std::string(f.name)] = &f;
      for (std::string_view a : f.aliases) m[std::string(a)] = &f;
    }
    return m;
  }();
  return kAliases;
}

void set_field(RawArticle& a, std::string_view field, const json& v) {
  if (const InputField* f = input_field(field)) f->set(a, v);
}

// "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
// -> the column and the reason, without the library's prefix.
void describe_parse_error(const std::string& what, std::string& column, std::string& reason) {
  reason = what;
  if (auto close = reason.find("] "); close != std::string::npos) reason.erase(0, close + 2);
  if (auto col = what.find("column "); col != std::string::npos) {
    std::size_t end = col + 7;
    while (end < what.size() && what[end] >= '0' && what[end] <= '9') ++end;
    column = what.substr(col + 7, end - col - 7);
  }
  if (auto colon = reason.find(": "); colon != std::string::npos) reason.erase(0, colon + 2);
}

// What a JSON exception other than a syntax error says, without its
// "[json.exception...]" tag: "number overflow parsing '1e999'".
std::string exception_reason(const json::exception& e) {
  std::string reason = e.what();
  if (auto close = reason.find("] "); close != std::string::npos) reason.erase(0, close + 2);
  return reason;
}

}  // namespace

bool is_mappable_field(const std::string& field) { return input_field(field) != nullptr; }

std::string add_key_mapping(JsonlOptions& options, const std::string& key_equals_field) {
  const auto eq = key_equals_field.find('=');
  const std::string field = eq == std::string::npos ? "" : key_equals_field.substr(eq + 1);
  if (eq == 0 || eq == std::string::npos || !is_mappable_field(field))
    return "--map takes KEY=FIELD with a field among " + mappable_field_names() + ", not '" +
           key_equals_field + "'";
  options.key_map[lower_ascii(key_equals_field.substr(0, eq))] = field;
  return "";
}

std::string mappable_field_names() {
  std::string names;
  for (const InputField& f : input_fields()) (names += names.empty() ? "" : ", ") += f.name;
  return names;
}

namespace {

// One object -> one RawArticle, or an error reason.
bool article_from(const json& j, const JsonlOptions& options, RawArticle& a,
                  std::string& reason) {
  if (!j.is_object()) {
    reason = "not a JSON object";
    return false;
  }
  a.format = "jsonl";
  for (const auto& [key, value] : j.items()) {
    const std::string k = lower_ascii(key);
    auto mapped = options.key_map.find(k);
    if (mapped != options.key_map.end()) {
      set_field(a, mapped->second, value);
      continue;
    }
    auto alias = default_aliases().find(k);
    // A field the user mapped a key to ignores its default aliases.
    if (alias != default_aliases().end()) {
      const InputField& field = *alias->second;
      const bool taken = std::any_of(options.key_map.begin(), options.key_map.end(),
                                     [&](const auto& m) { return m.second == field.name; });
      if (!taken) field.set(a, value);
    }
  }
  if (a.headline.empty() && a.body.empty()) {
    reason = "no headline and no body (see --map for other keys)";
    return false;
  }
  return true;
}

// Where an article came from, and its id: its URL, else the id it gives,
// else `fallback` (the input's id and its place in the input).
void identify(RawArticle& a, std::string origin, std::string fallback) {
  a.origin = std::move(origin);
  if (!a.url.empty()) a.id = a.url;
  else if (a.id.empty()) a.id = std::move(fallback);
}

// The warning for a document read with its deepest values pruned.
std::string too_deep_warning(const PrunedJson& pruned, const JsonlOptions& options) {
  return "byte " + std::to_string(pruned.first) + ": JSON nested deeper than " +
         std::to_string(options.max_nesting_depth) + " levels; what lies deeper was not read";
}

// A file holding one JSON array of articles rather than one per line.
void read_array(const Input& input, const std::string& text, const JsonlOptions& options,
                ReadResult& result) {
  const std::optional<PrunedJson> pruned = prune_deep_json(text, options.max_nesting_depth);
  json all;
  try {
    all = json::parse(pruned ? pruned->text : text);
  } catch (const json::parse_error& e) {
    std::string column, reason;
    describe_parse_error(e.what(), column, reason);
    const bool placed = !pruned || e.byte <= pruned->first;
    result.errors.push_back({placed ? "byte " + std::to_string(e.byte) : "", "invalid JSON: " + reason});
    return;
  } catch (const json::exception& e) {
    // Valid syntax the parser still cannot hold, such as a number past a
    // double's range (1e999).
    result.errors.push_back({"", "invalid JSON: " + exception_reason(e)});
    return;
  }
  std::size_t n = 0;
  for (const json& item : all) {
    ++n;
    RawArticle a;
    std::string reason;
    if (!article_from(item, options, a, reason)) {
      result.errors.push_back({"item " + std::to_string(n), reason});
      continue;
    }
    if (pruned) a.warnings.push_back(too_deep_warning(*pruned, options));
    identify(a, input.name + "[" + std::to_string(n) + "]", input.id + ":" + std::to_string(n));
    result.articles.push_back(std::move(a));
  }
}

}  // namespace

namespace {

// Whether the line after the first of `bytes` is a whole JSON object, as
// in JSON Lines; in a pretty-printed array it is part of one.
bool next_line_is_object(std::string_view bytes) {
  const auto eol = bytes.find('\n');
  if (eol == std::string_view::npos) return false;
  std::string_view rest = bytes.substr(eol + 1);
  const auto start = rest.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || rest[start] != '{') return false;
  rest.remove_prefix(start);
  const std::string_view line = rest.substr(0, rest.find('\n'));
  return json::accept(line);
}

// A pretty-printed .json file (one object over several lines) or a JSON
// array: the whole input is one document, decoded as one. True if it was
// one of those.
bool read_whole_document(const Input& input, std::string_view bytes, const JsonlOptions& options,
                         ReadResult& result) {
  // A block of a file read a block at a time is lines: the file's first
  // line said so.
  if (input.first_line > 1) return false;
  const auto first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  if (bytes[first] == '{') {
    const std::size_t eol = bytes.find('\n', first);
    if (eol == std::string_view::npos || json::accept(bytes.substr(first, eol - first))) return false;
  } else if (bytes[first] != '[') {
    return false;
  }
  Decoded decoded = decode_text(bytes);
  if (!decoded.ok) {
    result.errors.push_back(decoded.error);
    return true;
  }
  const std::string& text = decoded.text;
  if (bytes[first] == '[') {
    // A broken or stray first line, then an object a line: JSON Lines.
    if (next_line_is_object(bytes.substr(first)) && !json::accept(text)) return false;
    read_array(input, text, options, result);
    return true;
  }
  if (!json::accept(text)) return false;  // lines after all: each reported
  const std::optional<PrunedJson> pruned = prune_deep_json(text, options.max_nesting_depth);
  json whole;
  try {
    whole = json::parse(pruned ? pruned->text : text);
  } catch (const json::exception& e) {
    result.errors.push_back({"", "invalid JSON: " + exception_reason(e)});
    return true;
  }
  RawArticle a;
  std::string reason;
  if (!article_from(whole, options, a, reason)) {
    result.errors.push_back({"", reason});
    return true;
  }
  identify(a, input.name, input.id);
  a.warnings = decoded.warnings;
  if (pruned) a.warnings.push_back(too_deep_warning(*pruned, options));
  result.articles.push_back(std::move(a));
  return true;
}

}  // namespace

ReadResult read_jsonl(const Input& input, const JsonlOptions& options) {
  ReadResult result;
  // A file in a binary format is one error, not one per line; binary bytes
  // in a line cost that line.
  if (auto binary = input.first_line == 1 ? binary_magic(input.bytes) : std::nullopt) {
    result.errors.push_back(*binary);
    return result;
  }
  std::string_view bytes = input.bytes;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    result.errors.push_back({"", "empty input"});
    return result;
  }
  if (read_whole_document(input, bytes, options, result)) return result;

  // One article a line, each line decoded, repaired or refused on its own,
  // so that one bad line costs only itself.
  std::size_t start = 0;
  std::uint64_t line_no = input.first_line - 1;
  while (start < bytes.size()) {
    ++line_no;
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view raw = bytes.substr(start, end - start);
    start = end + 1;
    if (raw.ends_with('\r')) raw.remove_suffix(1);
    if (raw.find_first_not_of(" \t\r\f\v") == std::string_view::npos) continue;

    const std::string position = "line " + std::to_string(line_no);
    const DecodedLine line = decode_line(raw);
    if (line.nul_at != std::string_view::npos) {
      result.errors.push_back({position + ", column " + std::to_string(line.nul_at + 1),
                               "binary data (a NUL byte) in the line; line skipped"});
      continue;
    }
    // Values nested too deep are pruned before parsing; a syntax error
    // past the first pruned byte is named without its column, which would
    // count the pruned text.
    const std::optional<PrunedJson> pruned =
        prune_deep_json(line.text, options.max_nesting_depth);
    json j;
    try {
      j = json::parse(pruned ? pruned->text : line.text);
    } catch (const json::parse_error& e) {
      std::string column, reason;
      describe_parse_error(e.what(), column, reason);
      if (pruned && e.byte > pruned->first) column.clear();
      result.errors.push_back(
          {column.empty() ? position : position + ", column " + column, "invalid JSON: " + reason});
      continue;
    } catch (const json::exception& e) {
      result.errors.push_back({position, "invalid JSON: " + exception_reason(e)});
      continue;
    }
    RawArticle a;
    std::string reason;
    if (!article_from(j, options, a, reason)) {
      result.errors.push_back({position, reason});
      continue;
    }
    identify(a, input.name + ":" + std::to_string(line_no),
             input.id + ":" + std::to_string(line_no));
    if (pruned) {
      a.warnings.push_back("line " + std::to_string(line_no) + ": JSON nested deeper than " +
                           std::to_string(options.max_nesting_depth) +
                           " levels; what lies deeper was not read");
    }
    if (line.invalid_at != std::string_view::npos) {
      a.warnings.push_back("line " + std::to_string(line_no) + ", column " +
                           std::to_string(line.invalid_at + 1) +
                           ": not valid UTF-8; its bytes that are not read as Windows-1252");
    }
    if (line.control_at != std::string_view::npos) {
      a.warnings.push_back("line " + std::to_string(line_no) + ", column " +
                           std::to_string(line.control_at + 1) +
                           ": control characters replaced by spaces");
    }
    result.articles.push_back(std::move(a));
  }
  return result;
}

}  // namespace newsarchive::indexer
