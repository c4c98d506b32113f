#include "newsarchive/article_json.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string_view>

#include "newsarchive/utf8.h"

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

namespace {

// Compact JSON written straight into a string: the same bytes as
// nlohmann's dump() gives, several times faster, since every indexed
// article's document stores its JSON.
class JsonWriter {
 public:
  std::string out;

  void key(const char* k) {
    separate();
    out += '"';
    out += k;
    out += "\":";
    after_key_ = true;  // the value follows without a comma
  }
  void value(std::string_view s) {
    separate();
    string(s);
  }
  void value(bool b) {
    separate();
    out += b ? "true" : "false";
  }
  void value(int n) {
    separate();
    out += std::to_string(n);
  }
  void value(const std::vector<std::string>& v) {
    begin('[');
    for (const auto& s : v) value(std::string_view(s));
    end(']');
  }
  void begin(char c) {
    separate();
    out += c;
    first_ = true;
  }
  void end(char c) {
    out += c;
    first_ = false;
  }

 private:
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) out += ',';
    first_ = false;
  }

  void string(std::string_view s) {
    if (text::invalid_utf8_at(s) != std::string_view::npos) {
      // nlohmann decides what invalid bytes become (U+FFFD).
      out += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
      return;
    }
    out += '"';
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += ch;
          }
      }
    }
    out += '"';
  }

  bool first_ = true, after_key_ = false;
};

}  // namespace

std::string to_json(const Article& a, JsonDetail detail) {
  JsonWriter w;
  w.out.reserve(256 + a.headline.size() + [&] {
    std::size_t n = 0;
    for (const auto& p : a.body) n += p.size() + 4;
    return n;
  }());
  w.begin('{');
  w.key("id"); w.value(std::string_view(a.id));
  w.key("url"); w.value(std::string_view(a.url));
  w.key("format"); w.value(std::string_view(a.format));
  w.key("language"); w.value(std::string_view(a.language));
  w.key("headline"); w.value(std::string_view(a.headline));
  w.key("standfirst"); w.value(std::string_view(a.standfirst));
  w.key("byline"); w.value(a.byline);
  w.key("date"); w.value(std::string_view(a.date));
  w.key("date_inferred"); w.value(a.date_inferred);
  w.key("dateline"); w.value(std::string_view(a.dateline));
  w.key("section"); w.value(std::string_view(a.section));
  w.key("source"); w.value(std::string_view(a.source));
  w.key("subjects"); w.value(a.subjects);
  w.key("body"); w.value(a.body);
  w.key("captions");
  w.begin('[');
  for (const Caption& c : a.captions) {
    w.begin('{');
    w.key("text"); w.value(std::string_view(c.text));
    w.key("alt_text"); w.value(std::string_view(c.alt_text));
    w.key("credit"); w.value(std::string_view(c.credit));
    w.end('}');
  }
  w.end(']');
  w.key("quotes");
  w.begin('[');
  for (const Quote& q : a.quotes) {
    w.begin('{');
    w.key("text"); w.value(std::string_view(q.text));
    w.key("speaker"); w.value(std::string_view(q.speaker));
    w.key("speaker_mention"); w.value(std::string_view(q.speaker_mention));
    w.key("cue"); w.value(std::string_view(q.cue));
    w.key("paragraph"); w.value(q.paragraph);
    w.key("kind"); w.value(std::string_view(q.kind));
    w.end('}');
  }
  w.end(']');
  w.key("entities");
  w.begin('[');
  for (const Entity& e : a.entities) {
    w.begin('{');
    w.key("name"); w.value(std::string_view(e.name));
    w.key("type"); w.value(std::string_view(e.type));
    if (detail == JsonDetail::full) {
      w.key("mentions");
      w.begin('[');
      for (const Mention& m : e.mentions) {
        w.begin('{');
        w.key("text"); w.value(std::string_view(m.text));
        w.key("field"); w.value(std::string_view(m.field));
        w.key("paragraph"); w.value(m.paragraph);
        w.end('}');
      }
      w.end(']');
    }
    w.end('}');
  }
  w.end(']');
  w.key("warnings"); w.value(a.warnings);
  // A stored document keeps its cluster in its value slot (schema.h).
  if (detail == JsonDetail::full) {
    w.key("cluster"); w.value(std::string_view(a.cluster));
  }
  w.end('}');
  return std::move(w.out);
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
