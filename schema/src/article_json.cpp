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
  // --extract writes every key, so that its readers see one shape; a
  // stored document leaves out the empty ones, which from_json() reads back
  // as empty. Most articles have no url, standfirst, byline, section,
  // subjects or captions, and those keys were a tenth of their data.
  const bool all = detail == JsonDetail::full;
  auto text = [&](const char* k, const std::string& v) {
    if (all || !v.empty()) {
      w.key(k);
      w.value(std::string_view(v));
    }
  };
  auto list = [&](const char* k, const std::vector<std::string>& v) {
    if (all || !v.empty()) {
      w.key(k);
      w.value(v);
    }
  };
  w.begin('{');
  w.key("id"); w.value(std::string_view(a.id));
  text("url", a.url);
  text("format", a.format);
  text("language", a.language);
  text("headline", a.headline);
  text("standfirst", a.standfirst);
  list("byline", a.byline);
  text("date", a.date);
  if (all || a.date_inferred) {
    w.key("date_inferred");
    w.value(a.date_inferred);
  }
  text("dateline", a.dateline);
  text("section", a.section);
  text("source", a.source);
  list("subjects", a.subjects);
  list("body", a.body);
  // An array of objects, each written by `write`.
  auto objects = [&](const char* k, const auto& items, auto&& write) {
    if (!all && items.empty()) return;
    w.key(k);
    w.begin('[');
    for (const auto& item : items) {
      w.begin('{');
      write(item);
      w.end('}');
    }
    w.end(']');
  };
  objects("captions", a.captions, [&](const Caption& c) {
    text("text", c.text);
    text("alt_text", c.alt_text);
    text("credit", c.credit);
  });
  objects("quotes", a.quotes, [&](const Quote& q) {
    text("text", q.text);
    text("speaker", q.speaker);
    text("speaker_mention", q.speaker_mention);
    text("speaker_kind", q.speaker_kind);
    text("cue", q.cue);
    if (all || q.paragraph >= 0) {
      w.key("paragraph");
      w.value(q.paragraph);
    }
    text("kind", q.kind);
  });
  objects("entities", a.entities, [&](const Entity& e) {
    w.key("name"); w.value(std::string_view(e.name));
    w.key("type"); w.value(std::string_view(e.type));
    if (all)
      objects("mentions", e.mentions, [&](const Mention& m) {
        text("text", m.text);
        text("field", m.field);
        w.key("paragraph");
        w.value(m.paragraph);
      });
  });
  list("warnings", a.warnings);
  // A stored document keeps its cluster in its value slot (schema.h).
  if (all) {
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
                        get_int(q, "paragraph", -1), get_string(q, "kind"),
                        get_string(q, "speaker_kind")});
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
