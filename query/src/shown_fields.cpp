#include "shown_fields.h"

#include <cstddef>
#include <string>

#include "newsarchive/utf8.h"

namespace newsarchive::query {

namespace {

// Deeper than anything to_json() writes (the article, its entities, their
// mentions and the strings in them): a deeper value is no stored article.
constexpr int kMaxDepth = 8;

// Strict JSON (RFC 8259, as nlohmann's parser reads it by default), one
// pass, decoding only the strings asked for. Every function returns false
// on anything it does not read as JSON or does not expect, and the reader
// is then abandoned.
class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  bool article(Article& a);

 private:
  void space() {
    while (i_ < s_.size() &&
           (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  bool take(char c) {
    space();
    if (i_ == s_.size() || s_[i_] != c) return false;
    ++i_;
    return true;
  }

  // A string, decoded into `out` if given (else only checked).
  bool string(std::string* out);
  bool hex4(unsigned& out);
  // An integer (to_json() writes no other numbers); into `out` if given,
  // which takes at most nine digits.
  bool number(int* out);
  bool literal(std::string_view word);
  // Any value, checked and dropped.
  bool skip(int depth);

  bool strings(std::vector<std::string>& out);
  bool boolean(bool& out);
  bool caption(Caption& c);
  bool quote(Quote& q);

  // An object: `known(key)` gives a key's bit (0 for a key not read), and
  // `member(bit)` reads or skips its value. A key read, given twice, is
  // refused: the JSON would then mean its last value.
  template <typename Known, typename Member>
  bool object(Known&& known, Member&& member);
  // An array: `element()` reads each element.
  template <typename Element>
  bool array(Element&& element);

  std::string_view s_;
  std::size_t i_ = 0;
};

bool Reader::hex4(unsigned& out) {
  if (s_.size() - i_ < 4) return false;
  out = 0;
  for (int k = 0; k < 4; ++k) {
    const char c = s_[i_++];
    unsigned digit;
    if (c >= '0' && c <= '9') digit = static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') digit = static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') digit = static_cast<unsigned>(c - 'A' + 10);
    else return false;
    out = out * 16 + digit;
  }
  return true;
}

bool Reader::string(std::string* out) {
  space();
  if (i_ == s_.size() || s_[i_] != '"') return false;
  ++i_;
  if (out) out->clear();
  for (;;) {
    const std::size_t run = i_;
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"' || c == '\\' || c < 0x20) break;
      ++i_;
    }
    if (out) out->append(s_.data() + run, i_ - run);
    if (i_ == s_.size()) return false;
    const char c = s_[i_++];
    if (c == '"') return true;
    if (c != '\\' || i_ == s_.size()) return false;  // a control character, or a cut
    char plain;
    switch (s_[i_++]) {
      case '"': plain = '"'; break;
      case '\\': plain = '\\'; break;
      case '/': plain = '/'; break;
      case 'b': plain = '\b'; break;
      case 'f': plain = '\f'; break;
      case 'n': plain = '\n'; break;
      case 'r': plain = '\r'; break;
      case 't': plain = '\t'; break;
      case 'u': {
        unsigned cp;
        if (!hex4(cp)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          // A high surrogate: a low one must follow, as \u.
          unsigned low;
          if (s_.size() - i_ < 2 || s_[i_] != '\\' || s_[i_ + 1] != 'u') return false;
          i_ += 2;
          if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          return false;
        }
        if (out) text::append_utf8(*out, static_cast<char32_t>(cp));
        continue;
      }
      default: return false;
    }
    if (out) *out += plain;
  }
}

bool Reader::number(int* out) {
  space();
  const std::size_t start = i_;
  const auto digit = [this] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
  const auto digits = [&] {
    if (!digit()) return false;
    while (digit()) ++i_;
    return true;
  };
  if (i_ < s_.size() && s_[i_] == '-') ++i_;
  const std::size_t first = i_;
  if (i_ < s_.size() && s_[i_] == '0') ++i_;
  else if (!digits()) return false;
  // A fraction or an exponent: valid JSON, but not what to_json() writes.
  if (i_ < s_.size() && (s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) return false;
  if (out == nullptr) return true;
  if (i_ - first > 9) return false;
  int value = 0;
  for (std::size_t k = first; k < i_; ++k) value = value * 10 + (s_[k] - '0');
  *out = s_[start] == '-' ? -value : value;
  return true;
}

bool Reader::literal(std::string_view word) {
  space();
  if (s_.substr(i_, word.size()) != word) return false;
  i_ += word.size();
  return true;
}

bool Reader::skip(int depth) {
  if (depth > kMaxDepth) return false;
  space();
  if (i_ == s_.size()) return false;
  switch (s_[i_]) {
    case '"': return string(nullptr);
    case '{':
      return object([](const std::string&) { return 0u; },
                    [&](unsigned) { return skip(depth + 1); });
    case '[': return array([&] { return skip(depth + 1); });
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default: return number(nullptr);
  }
}

template <typename Known, typename Member>
bool Reader::object(Known&& known, Member&& member) {
  if (!take('{')) return false;
  if (take('}')) return true;
  unsigned seen = 0;
  std::string key;
  do {
    if (!string(&key) || !take(':')) return false;
    const unsigned bit = known(key);
    if ((seen & bit) != 0) return false;
    seen |= bit;
    if (!member(bit)) return false;
  } while (take(','));
  return take('}');
}

template <typename Element>
bool Reader::array(Element&& element) {
  if (!take('[')) return false;
  if (take(']')) return true;
  do {
    if (!element()) return false;
  } while (take(','));
  return take(']');
}

bool Reader::strings(std::vector<std::string>& out) {
  out.clear();
  return array([&] { return string(&out.emplace_back()); });
}

bool Reader::boolean(bool& out) {
  if (literal("true")) {
    out = true;
    return true;
  }
  out = false;
  return literal("false");
}

bool Reader::caption(Caption& c) {
  return object(
      [](const std::string& key) {
        return key == "text" ? 1u : key == "credit" ? 2u : 0u;
      },
      [&](unsigned bit) {
        if (bit == 1) return string(&c.text);
        if (bit == 2) return string(&c.credit);
        return skip(3);  // alt_text, which a hit does not show
      });
}

bool Reader::quote(Quote& q) {
  static constexpr std::string_view kKeys[] = {"text", "speaker",   "speaker_mention",
                                               "cue",  "kind",      "paragraph",
                                               "speaker_kind"};
  return object(
      [](const std::string& key) {
        for (unsigned k = 0; k < std::size(kKeys); ++k)
          if (key == kKeys[k]) return 1u << k;
        return 0u;
      },
      [&](unsigned bit) {
        switch (bit) {
          case 1u << 0: return string(&q.text);
          case 1u << 1: return string(&q.speaker);
          case 1u << 2: return string(&q.speaker_mention);
          case 1u << 3: return string(&q.cue);
          case 1u << 4: return string(&q.kind);
          case 1u << 5: return number(&q.paragraph);
          case 1u << 6: return string(&q.speaker_kind);
          default: return skip(3);
        }
      });
}

// The string members of Article a hit shows.
struct StringField {
  std::string_view key;
  std::string Article::*member;
};
constexpr StringField kStrings[] = {
    {"id", &Article::id},         {"url", &Article::url},
    {"language", &Article::language}, {"headline", &Article::headline},
    {"standfirst", &Article::standfirst}, {"date", &Article::date},
    {"section", &Article::section}, {"source", &Article::source},
};
// Bits past those of kStrings, for the other members read.
constexpr unsigned kByline = 1u << 8, kBody = 1u << 9, kInferred = 1u << 10,
                   kCaptions = 1u << 11, kQuotes = 1u << 12;

bool Reader::article(Article& a) {
  a = Article{};
  const auto known = [](const std::string& key) -> unsigned {
    for (unsigned k = 0; k < std::size(kStrings); ++k)
      if (key == kStrings[k].key) return 1u << k;
    if (key == "byline") return kByline;
    if (key == "body") return kBody;
    if (key == "date_inferred") return kInferred;
    if (key == "captions") return kCaptions;
    if (key == "quotes") return kQuotes;
    return 0;
  };
  const auto member = [&](unsigned bit) {
    for (unsigned k = 0; k < std::size(kStrings); ++k)
      if (bit == 1u << k) return string(&(a.*kStrings[k].member));
    switch (bit) {
      case kByline: return strings(a.byline);
      case kBody: return strings(a.body);
      case kInferred: return boolean(a.date_inferred);
      case kCaptions: return array([&] { return caption(a.captions.emplace_back()); });
      case kQuotes: return array([&] { return quote(a.quotes.emplace_back()); });
      default: return skip(2);  // entities, subjects, warnings...
    }
  };
  if (!object(known, member)) return false;
  space();
  return i_ == s_.size();
}

}  // namespace

bool read_shown_fields(std::string_view json, Article& article) {
  // Bytes that are not UTF-8 fail from_json() anywhere in a string, and
  // are no JSON outside one.
  if (text::invalid_utf8_at(json) != std::string_view::npos) return false;
  return Reader(json).article(article);
}

}  // namespace newsarchive::query
