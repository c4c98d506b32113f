#include "newsarchive/article_json.h"

#include <nlohmann/json.hpp>

namespace newsarchive {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

template <typename J>
std::string get_string(const J& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->template get<std::string>() : std::string();
}

template <typename J>
int get_int(const J& j, const char* key, int fallback) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->template get<int>() : fallback;
}

template <typename J>
std::vector<std::string> get_strings(const J& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.template get<std::string>());
  return out;
}

template <typename J, typename F>
void for_each_object(const J& j, const char* key, F&& f) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return;
  for (const auto& v : *it)
    if (v.is_object()) f(v);
}

}  // namespace

std::string to_json(const Article& a) {
  ordered_json j;
  j["id"] = a.id;
  j["url"] = a.url;
  j["format"] = a.format;
  j["language"] = a.language;
  j["headline"] = a.headline;
  j["standfirst"] = a.standfirst;
  j["byline"] = a.byline;
  j["date"] = a.date;
  j["date_inferred"] = a.date_inferred;
  j["dateline"] = a.dateline;
  j["section"] = a.section;
  j["source"] = a.source;
  j["subjects"] = a.subjects;
  j["body"] = a.body;
  j["captions"] = ordered_json::array();
  for (const Caption& c : a.captions)
    j["captions"].push_back({{"text", c.text}, {"alt_text", c.alt_text}, {"credit", c.credit}});
  j["quotes"] = ordered_json::array();
  for (const Quote& q : a.quotes)
    j["quotes"].push_back({{"text", q.text},
                           {"speaker", q.speaker},
                           {"speaker_mention", q.speaker_mention},
                           {"cue", q.cue},
                           {"paragraph", q.paragraph},
                           {"kind", q.kind}});
  j["entities"] = ordered_json::array();
  for (const Entity& e : a.entities) {
    ordered_json mentions = ordered_json::array();
    for (const Mention& m : e.mentions)
      mentions.push_back({{"text", m.text}, {"field", m.field}, {"paragraph", m.paragraph}});
    j["entities"].push_back({{"name", e.name}, {"type", e.type}, {"mentions", mentions}});
  }
  j["warnings"] = a.warnings;
  j["cluster"] = a.cluster;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool from_json(std::string_view text, Article& a, std::string* error) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) {
    if (error) *error = "not a JSON object";
    return false;
  }
  a = Article{};
  a.id = get_string(j, "id");
  a.url = get_string(j, "url");
  a.format = get_string(j, "format");
  a.language = get_string(j, "language");
  a.headline = get_string(j, "headline");
  a.standfirst = get_string(j, "standfirst");
  a.byline = get_strings(j, "byline");
  a.date = get_string(j, "date");
  auto inferred = j.find("date_inferred");
  a.date_inferred = inferred != j.end() && inferred->is_boolean() && inferred->get<bool>();
  a.dateline = get_string(j, "dateline");
  a.section = get_string(j, "section");
  a.source = get_string(j, "source");
  a.subjects = get_strings(j, "subjects");
  a.body = get_strings(j, "body");
  for_each_object(j, "captions", [&](const json& c) {
    a.captions.push_back({get_string(c, "text"), get_string(c, "alt_text"),
                          get_string(c, "credit")});
  });
  for_each_object(j, "quotes", [&](const json& q) {
    a.quotes.push_back({get_string(q, "text"), get_string(q, "speaker"),
                        get_string(q, "speaker_mention"), get_string(q, "cue"),
                        get_int(q, "paragraph", -1), get_string(q, "kind")});
  });
  for_each_object(j, "entities", [&](const json& e) {
    Entity entity{get_string(e, "name"), get_string(e, "type"), {}};
    for_each_object(e, "mentions", [&](const json& m) {
      entity.mentions.push_back(
          {get_string(m, "text"), get_string(m, "field"), get_int(m, "paragraph", -1)});
    });
    a.entities.push_back(std::move(entity));
  });
  a.warnings = get_strings(j, "warnings");
  a.cluster = get_string(j, "cluster");
  return true;
}

}  // namespace newsarchive
