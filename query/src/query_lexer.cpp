#include "query_lexer.h"

#include "newsarchive/ascii.h"

#include "newsarchive/schema.h"

namespace newsarchive::query {
namespace {

// Opening quote marks and the marks that may close them.
bool opening_quote(std::string_view s, std::size_t i, std::size_t& length) {
  static constexpr std::string_view kMarks[] = {"\"", "\xE2\x80\x9C" /* “ */,
                                                "\xE2\x80\x9E" /* „ */, "\xC2\xAB" /* « */,
                                                "\xE2\x80\x9D" /* ” */};
  for (std::string_view m : kMarks)
    if (s.substr(i, m.size()) == m) {
      length = m.size();
      return true;
    }
  return false;
}

bool closing_quote(std::string_view s, std::size_t i, std::size_t& length) {
  static constexpr std::string_view kMarks[] = {"\"", "\xE2\x80\x9D" /* ” */,
                                                "\xE2\x80\x9C" /* “ */, "\xC2\xBB" /* » */};
  for (std::string_view m : kMarks)
    if (s.substr(i, m.size()) == m) {
      length = m.size();
      return true;
    }
  return false;
}


bool is_field_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

class Lexer {
 public:
  explicit Lexer(std::string_view input) : s_(input) {}

  // Returns false with `error` set on a lexical error.
  bool run(std::vector<Token>& out, ParseError& error) {
    std::size_t i = 0;
    while (true) {
      while (i < s_.size() && is_ascii_space(s_[i])) ++i;
      if (i >= s_.size()) break;
      const std::size_t start = i;
      std::size_t qlen = 0;
      const char c = s_[i];
      if (c == '(') {
        out.push_back({Tok::lparen, "(", i++});
      } else if (c == ')') {
        out.push_back({Tok::rparen, ")", i++});
      } else if (opening_quote(s_, i, qlen)) {
        i += qlen;
        const std::size_t body = i;
        std::size_t clen = 0;
        while (i < s_.size() && !closing_quote(s_, i, clen)) ++i;
        if (i >= s_.size()) {
          error = {start, std::string(s_.substr(start)),
                   "the phrase starting at position " + std::to_string(start) +
                       " has no closing quote"};
          return false;
        }
        out.push_back({Tok::phrase, std::string(s_.substr(body, i - body)), start});
        i += clen;
      } else if ((c == '+' || c == '-') && i + 1 < s_.size() && !is_ascii_space(s_[i + 1]) &&
                 (out.empty() || prev_ends_token(start))) {
        out.push_back({c == '+' ? Tok::plus : Tok::minus, std::string(1, c), i++});
      } else {
        // A field name: letters then ':' with no space, and something after.
        std::size_t j = i;
        while (j < s_.size() && is_field_name_char(s_[j])) ++j;
        // ("http://..." is a word, not a field called http.)
        if (j > i && j + 1 < s_.size() && s_[j] == ':' && !is_ascii_space(s_[j + 1]) &&
            s_.substr(j + 1, 2) != "//") {
          const std::string name(s_.substr(i, j - i));
          const schema::Field* f = schema::find_field(name);
          if (f == nullptr) {
            error = {i, name + ":", "unknown field '" + name + ":' at position " +
                                        std::to_string(i) + "; the fields are " +
                                        schema::field_list()};
            return false;
          }
          Token t{Tok::field, std::string(f->name), i};
          i = j + 1;
          if (s_[i] == '=') {
            t.exact = true;
            ++i;
          }
          out.push_back(std::move(t));
          continue;
        }
        // A word runs to a space, a bracket or a quote mark.
        while (i < s_.size() && !is_ascii_space(s_[i]) && s_[i] != '(' && s_[i] != ')' &&
               !opening_quote(s_, i, qlen))
          ++i;
        std::string word(s_.substr(start, i - start));
        Tok kind = Tok::word;
        if (word == "AND") kind = Tok::op_and;
        else if (word == "OR") kind = Tok::op_or;
        else if (word == "NOT") kind = Tok::op_not;
        out.push_back({kind, std::move(word), start});
      }
    }
    out.push_back({Tok::end, "", s_.size()});
    return true;
  }

 private:
  // '+' and '-' are operators only at the start of a term, not inside one.
  bool prev_ends_token(std::size_t i) const {
    return i == 0 || is_ascii_space(s_[i - 1]) || s_[i - 1] == '(';
  }
  std::string_view s_;
};


}  // namespace

bool lex(std::string_view input, std::vector<Token>& out, ParseError& error) {
  return Lexer(input).run(out, error);
}

}  // namespace newsarchive::query
