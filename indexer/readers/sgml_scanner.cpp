#include "readers/sgml_scanner.h"

#include "newsarchive/ascii.h"

#include <algorithm>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// A start tag's attributes never run this long; past it, the '<' was text.
constexpr std::size_t kMaxTagBytes = 4096;

// The end of the tag whose name ends at `from`: the offset just past its
// '>', or npos when a '<', the end of the input or kMaxTagBytes come first
// (quotes in attribute values are honoured; a line end or '<' inside one
// ends the search). Unlike markup_depth's tag_end, a '<' that never closes
// is text here, as SGML archives write "a < b".
std::size_t bounded_tag_end(std::string_view s, std::size_t from) {
  char quote = 0;
  const std::size_t limit = std::min(s.size(), from + kMaxTagBytes);
  for (std::size_t i = from; i < limit; ++i) {
    const char c = s[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      else if (c == '\n' || c == '<') return std::string_view::npos;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    } else if (c == '<') {
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

}  // namespace

bool is_markup_name_char(char c) {
  return is_ascii_alpha(c) || is_ascii_digit(c) || c == '_' || c == '-' || c == '.' || c == ':';
}

void SgmlScanner::advance_to(std::size_t end) {
  for (std::size_t i = pos_; i < end; ++i) {
    if (input_[i] == '\n') ++line_;
  }
  pos_ = end;
}

bool SgmlScanner::next(SgmlToken& token) {
  if (pos_ >= input_.size()) return false;
  token = SgmlToken{};
  token.offset = pos_;
  token.line = line_;
  const std::string_view s = input_;
  const std::size_t at = pos_;
  std::size_t end = std::string_view::npos;

  if (s[at] == '<' && at + 1 < s.size()) {
    const char c = s[at + 1];
    if (s.substr(at, 4) == "<!--") {
      const std::size_t close = s.find("-->", at + 4);
      end = close == std::string_view::npos ? s.size() : close + 3;
      token.kind = SgmlToken::Kind::kMarkup;
    } else if (c == '!' || c == '?') {
      const std::size_t close = s.find('>', at + 2);
      end = close == std::string_view::npos ? s.size() : close + 1;
      token.kind = SgmlToken::Kind::kMarkup;
    } else if (is_ascii_alpha(c) || (c == '/' && at + 2 < s.size() && is_ascii_alpha(s[at + 2]))) {
      const bool closing = c == '/';
      std::size_t name_end = at + (closing ? 2 : 1);
      while (name_end < s.size() && is_markup_name_char(s[name_end])) ++name_end;
      token.name = s.substr(at + (closing ? 2 : 1), name_end - at - (closing ? 2 : 1));
      const bool name_ends_well = name_end == s.size() || is_ascii_space(s[name_end]) ||
                                  s[name_end] == '>' || s[name_end] == '<' ||
                                  (!closing && s[name_end] == '/');
      const std::size_t close = name_ends_well ? bounded_tag_end(s, name_end) : std::string_view::npos;
      if (close != std::string_view::npos) {
        end = close;
        token.kind = closing ? SgmlToken::Kind::kEndTag : SgmlToken::Kind::kStartTag;
        if (!closing) {
          std::string_view attributes = s.substr(name_end, close - 1 - name_end);
          if (!attributes.empty() && attributes.back() == '/') attributes.remove_suffix(1);
          token.attributes = attributes;
        }
      } else if (name_ends_well) {
        // "<BODY" with no '>': broken where the next '<' (or the end) starts.
        const std::size_t next_lt = s.find('<', name_end);
        end = next_lt == std::string_view::npos ? s.size() : next_lt;
        token.kind = SgmlToken::Kind::kBrokenTag;
      }
    }
  }
  if (end == std::string_view::npos) {
    // Text runs to the next '<' after this byte.
    const std::size_t next_lt = s.find('<', at + 1);
    end = next_lt == std::string_view::npos ? s.size() : next_lt;
    token.kind = SgmlToken::Kind::kText;
    token.name = {};
  }
  token.raw = s.substr(at, end - at);
  advance_to(end);
  return true;
}

std::optional<std::string> sgml_attribute(std::string_view attributes, std::string_view name) {
  std::size_t i = 0;
  const std::string_view s = attributes;
  while (i < s.size()) {
    while (i < s.size() && !is_markup_name_char(s[i])) ++i;
    const std::size_t name_start = i;
    while (i < s.size() && is_markup_name_char(s[i])) ++i;
    const std::string_view attribute = s.substr(name_start, i - name_start);
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') {
      if (!attribute.empty() && iequals(attribute, name)) return std::string(attribute);
      continue;
    }
    ++i;
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    std::string_view value;
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
      const char quote = s[i];
      const std::size_t close = s.find(quote, i + 1);
      const std::size_t value_end = close == std::string_view::npos ? s.size() : close;
      value = s.substr(i + 1, value_end - i - 1);
      i = value_end + 1;
    } else {
      const std::size_t value_start = i;
      while (i < s.size() && !is_ascii_space(s[i])) ++i;
      value = s.substr(value_start, i - value_start);
    }
    if (iequals(attribute, name)) return std::string(value);
  }
  return std::nullopt;
}

}  // namespace newsarchive::indexer
