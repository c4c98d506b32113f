#include "readers/markup_depth.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "newsarchive/ascii.h"

namespace newsarchive::indexer {
namespace {

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-' || c == '.' || c == ':';
}

// HTML elements that never hold others, and those the parser holds once
// whatever the markup says (html, head, body): neither makes the tree
// deeper.
bool html_flat(std::string_view lower) {
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "html", "head", "body"};
  return std::find(std::begin(kFlat), std::end(kFlat), lower) != std::end(kFlat);
}

// Whether opening `opened` closes an open `top` whose end tag was left out,
// as an HTML parser does: a p ends the p before it, a td the td before it, a
// tr the cell and row before it, and so on.
bool implied_end(std::string_view opened, std::string_view top) {
  auto any = [](std::string_view x, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), x) != names.end();
  };
  if (opened == "p" || opened == "li" || opened == "option") return top == opened;
  if (any(opened, {"dt", "dd"})) return any(top, {"dt", "dd"});
  if (any(opened, {"td", "th"})) return any(top, {"td", "th"});
  if (opened == "tr") return any(top, {"td", "th", "tr"});
  if (any(opened, {"thead", "tbody", "tfoot"}))
    return any(top, {"td", "th", "tr", "thead", "tbody", "tfoot"});
  if (any(opened, {"rp", "rt"})) return any(top, {"rp", "rt"});
  return false;
}

// How far down the open elements an end tag is looked for: a stray end
// tag (one with no open element of its name near the top) is passed over,
// so that a run of them costs no more than this each.
constexpr std::size_t kEndTagSearch = 64;

// One past the '>' closing the tag that starts at `i`, stepping over quoted
// attribute values; npos if it never closes.
std::size_t tag_end(std::string_view s, std::size_t i) {
  char quote = 0;
  for (std::size_t k = i + 1; k < s.size(); ++k) {
    const char c = s[k];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return k + 1;
    }
  }
  return std::string_view::npos;
}

std::size_t skip_to(std::string_view s, std::size_t from, std::string_view end) {
  const std::size_t at = s.find(end, from);
  return at == std::string_view::npos ? s.size() : at + end.size();
}

// Where the end tag "</name" (any case) starts, from `from`; s.size() if
// it never comes.
std::size_t end_tag_at(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t at = s.find("</", from); at != std::string_view::npos;
       at = s.find("</", at + 2)) {
    if (lower_ascii(s.substr(at + 2, name.size())) == name) return at;
  }
  return s.size();
}

}  // namespace

std::optional<FlattenedMarkup> flatten_deep_markup(std::string_view s, int max_depth, bool html) {
  const int limit = std::max(1, std::min(max_depth, kMarkupParserDepth));
  // The tags to drop, as [begin, end) ranges, found in one pass.
  std::vector<std::pair<std::size_t, std::size_t>> drop;
  int depth = 0;
  // HTML: the open elements, innermost last, as the parser will see them
  // (end tags left out are implied; stray ones are passed over).
  std::vector<std::string> open;
  std::size_t i = s.find('<');
  while (i != std::string_view::npos && i < s.size()) {
    std::size_t next = i + 1;
    if (s.substr(i).starts_with("<!--")) {
      next = skip_to(s, i + 4, "-->");
    } else if (s.substr(i).starts_with("<![CDATA[")) {
      next = skip_to(s, i + 9, "]]>");
    } else if (s.substr(i).starts_with("<?") || s.substr(i).starts_with("<!")) {
      const std::size_t end = tag_end(s, i);
      next = end == std::string_view::npos ? s.size() : end;
    } else {
      const bool closing = i + 1 < s.size() && s[i + 1] == '/';
      std::size_t n = i + (closing ? 2 : 1);
      const std::size_t name_start = n;
      while (n < s.size() && name_char(s[n])) ++n;
      if (n > name_start) {
        const std::size_t end = tag_end(s, i);
        if (end == std::string_view::npos) break;
        next = end;
        const std::string name = lower_ascii(s.substr(name_start, n - name_start));
        const bool self_closing = !closing && end >= 2 && s[end - 2] == '/';
        const bool flat = self_closing || (html && html_flat(name));
        if (!flat && html) {
          if (closing) {
            std::size_t k = open.size();
            while (k > 0 && open.size() - k < kEndTagSearch && open[k - 1] != name) --k;
            if (k > 0 && open[k - 1] == name) {
              if (static_cast<int>(k) > limit) drop.emplace_back(i, end);
              open.resize(k - 1);
            }
          } else {
            while (!open.empty() && implied_end(name, open.back())) open.pop_back();
            open.push_back(name);
            if (static_cast<int>(open.size()) > limit) drop.emplace_back(i, end);
          }
        } else if (!flat) {
          if (closing) {
            if (depth > limit) drop.emplace_back(i, end);
            depth = std::max(0, depth - 1);
          } else {
            ++depth;
            if (depth > limit) drop.emplace_back(i, end);
          }
        }
        // Script and style hold text that looks like markup.
        if (html && !closing && !self_closing && (name == "script" || name == "style"))
          next = end_tag_at(s, end, name);
      }
    }
    i = s.find('<', std::max(next, i + 1));
  }
  if (drop.empty()) return std::nullopt;
  FlattenedMarkup out;
  out.first = drop.front().first;
  out.dropped = drop.size();
  out.bytes.reserve(s.size());
  std::size_t from = 0;
  for (const auto& [b, e] : drop) {
    out.bytes.append(s.substr(from, b - from));
    out.bytes += ' ';
    from = e;
  }
  out.bytes.append(s.substr(from));
  return out;
}

}  // namespace newsarchive::indexer
