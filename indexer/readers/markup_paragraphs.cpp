#include "readers/markup_paragraphs.h"

#include "newsarchive/ascii.h"
#include "newsarchive/sentences.h"

#include <libxml/tree.h>
#include <algorithm>
#include <array>
#include <utility>

#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

constexpr std::array<std::string_view, 21> kSkipped = {
    "head",  "script", "style", "noscript", "template", "header", "nav",
    "footer", "aside", "figure", "figcaption", "img", "media", "iframe",
    "object", "embed", "video", "audio", "svg", "form", "button"};

constexpr std::array<std::string_view, 40> kBlocks = {
    "p",       "div",     "h1",      "h2",      "h3",      "h4",      "h5",   "h6",
    "li",      "ul",      "ol",      "dl",      "dt",      "dd",      "blockquote",
    "bq",      "pre",     "tr",      "table",   "tbody",   "thead",   "tfoot",
    "section", "article", "main",    "body",    "html",    "address", "center",
    "hl1",     "hl2",     "block",   "note",    "fieldset", "hr",     "caption",
    "body.content", "body.end", "nitf-table", "title"};

constexpr std::array<std::string_view, 2> kCells = {"td", "th"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}


// Whether a line ends a sentence (or a heading-like label) rather than
// breaking one: ". ! ? … : ;" before any closing quotes or brackets.
bool ends_sentence_or_label(std::string_view line) {
  const std::string_view bare = without_closers(line);
  return ends_as_sentence(line) || bare.ends_with(':') || bare.ends_with(';');
}

class Walker {
 public:
  std::vector<std::string> take() {
    flush();
    return std::move(out_);
  }

  void walk(const xmlNode* parent) {
    for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content != nullptr) append_text(reinterpret_cast<const char*>(n->content));
        continue;
      }
      if (n->type != XML_ELEMENT_NODE) continue;
      const std::string name = lower_ascii(local_name(n));
      if (in(kSkipped, name)) continue;
      if (name == "br") {
        current_ += '\n';
      } else if (in(kBlocks, name)) {
        flush();
        const bool was_pre = pre_;
        pre_ = pre_ || name == "pre";
        walk(n);
        pre_ = was_pre;
        flush();
      } else if (in(kCells, name)) {
        current_ += ' ';
        walk(n);
        current_ += ' ';
      } else {
        walk(n);
      }
    }
  }

 private:
  // Source line breaks are kept as '\r' until the block is complete (see
  // source_breaks); in <pre> they are line breaks.
  void append_text(std::string_view s) {
    for (char c : s) {
      if (c == '\n') current_ += pre_ ? '\n' : '\r';
      else current_ += is_ascii_space(c) ? ' ' : c;
    }
  }

  // Source line breaks in a block mean nothing in HTML, unless the block
  // holds text laid out as wire copy: lines hard-wrapped at the margin and
  // each paragraph opening on an indented line (or after a blank one). Such
  // a block is split at its paragraph openings; otherwise its line breaks
  // are spaces. A block pretty-printed with every line indented is not
  // wire copy.
  static void source_breaks(std::string& s) {
    std::size_t indented = 0, flush_left = 0;
    auto indent_at = [&s](std::size_t j) {
      std::size_t width = 0;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) width += s[j++] == '\t' ? 2 : 1;
      return std::pair{width, j};
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] != '\r') continue;
      const auto [width, j] = indent_at(i + 1);
      if (j >= s.size() || s[j] == '\r' || s[j] == '\n') continue;
      if (width >= 2) ++indented;
      else ++flush_left;
    }
    const bool wire = indented >= 2 && flush_left >= 1;
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] != '\r') {
        out += s[i];
        continue;
      }
      const auto [width, j] = indent_at(i + 1);
      const bool opens = wire && (width >= 2 || (j < s.size() && s[j] == '\r'));
      out += opens ? "\n\n" : " ";
    }
    s = std::move(out);
  }

  // The block gathered so far: its lines (split at <br>) grouped at empty
  // lines; a group's lines stay apart when each ends a sentence, else they
  // are one paragraph.
  void flush() {
    source_breaks(current_);
    std::vector<std::string> group;
    auto close_group = [this, &group] {
      const bool apart =
          group.size() > 1 && std::all_of(group.begin(), group.end() - 1,
                                          [](const std::string& l) { return ends_sentence_or_label(l); });
      if (apart) {
        for (std::string& l : group) out_.push_back(std::move(l));
      } else if (!group.empty()) {
        std::string joined;
        for (const std::string& l : group) {
          if (!joined.empty()) joined += ' ';
          joined += l;
        }
        out_.push_back(std::move(joined));
      }
      group.clear();
    };
    std::size_t start = 0;
    while (start <= current_.size()) {
      std::size_t end = current_.find('\n', start);
      if (end == std::string::npos) end = current_.size();
      std::string line = collapse_space(std::string_view(current_).substr(start, end - start));
      if (line.empty()) close_group();
      else group.push_back(std::move(line));
      start = end + 1;
    }
    close_group();
    current_.clear();
  }

  std::vector<std::string> out_;
  std::string current_;
  bool pre_ = false;
};

}  // namespace

std::vector<std::string> markup_paragraphs(const xmlNode* container) {
  if (container == nullptr) return {};
  Walker w;
  w.walk(container);
  return w.take();
}

std::vector<std::string> html_paragraphs(std::string_view html) {
  if (html.find('<') == std::string_view::npos) return text_paragraphs(html);
  const XmlDoc doc = parse_html(html);
  if (!doc) return {};
  Walker w;
  w.walk(reinterpret_cast<const xmlNode*>(doc.get()));
  return w.take();
}

std::vector<std::string> text_paragraphs(std::string_view text) {
  std::vector<std::string> lines;
  // Blank lines count only between lines of text, not at the ends.
  bool blank_lines = false;
  bool seen_text = false;
  bool pending_blank = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = collapse_space(text.substr(start, end - start));
    if (line.empty()) {
      pending_blank = seen_text;
    } else {
      blank_lines = blank_lines || pending_blank;
      seen_text = true;
    }
    lines.push_back(std::move(line));
    start = end + 1;
  }
  std::vector<std::string> out;
  std::string current;
  for (std::string& line : lines) {
    if (!blank_lines) {
      if (!line.empty()) out.push_back(std::move(line));
      continue;
    }
    if (line.empty()) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty()) current += ' ';
      current += line;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace newsarchive::indexer
