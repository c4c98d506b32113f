#include "readers/feed_reader.h"

#include "newsarchive/ascii.h"

#include <libxml/tree.h>

#include <string_view>

#include "readers/markup_paragraphs.h"
#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
// Media RSS; feeds write it with and without the trailing slash.
constexpr std::string_view kMediaNs = "search.yahoo.com/mrss";

std::string_view ns_of(const xmlNode* node) {
  if (node == nullptr || node->ns == nullptr || node->ns->href == nullptr) return {};
  return reinterpret_cast<const char*>(node->ns->href);
}

bool is_feed_media(const xmlNode* node) { return ns_of(node).find(kMediaNs) != std::string_view::npos; }

// The first element child with this local name outside the Media RSS
// namespace (media:content and media:title share their local names with
// Atom's elements).
const xmlNode* own_child(const xmlNode* parent, std::string_view local) {
  for (const xmlNode* c : children(parent, local))
    if (!is_feed_media(c)) return c;
  return nullptr;
}

const xmlNode* media_child(const xmlNode* parent, std::string_view local) {
  for (const xmlNode* c : children(parent, local))
    if (is_feed_media(c)) return c;
  return nullptr;
}

// The paragraphs of an Atom text construct (title, summary, content), by
// its type: text (the default), html (escaped HTML) or xhtml (a div of
// XHTML inside the element). MIME types name the same three.
std::vector<std::string> atom_paragraphs(const xmlNode* node) {
  if (node == nullptr) return {};
  const std::string type = lower_ascii(collapse_space(attribute(node, "type")));
  if (type == "xhtml" || type.find("xhtml") != std::string::npos) return markup_paragraphs(node);
  if (type == "html" || type.find("html") != std::string::npos)
    return escaped_html_paragraphs(raw_text_of(node));
  return text_paragraphs(raw_text_of(node));
}

std::string atom_text(const xmlNode* node) {
  if (node == nullptr) return "";
  const std::string type = lower_ascii(collapse_space(attribute(node, "type")));
  if (type.find("html") != std::string::npos) {
    std::string out;
    for (const std::string& p : atom_paragraphs(node)) out += (out.empty() ? "" : " ") + p;
    return out;
  }
  return text_of(node);
}

// The name in an RSS author, which the standard makes an e-mail address
// with the name in brackets ("ann@example.com (Ann Lee)"); a bare address
// names no one.
std::string rss_author_name(std::string_view author) {
  const std::string s = collapse_space(author);
  const auto open = s.find('(');
  const auto close = s.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open &&
      s.substr(0, open).find('@') != std::string::npos)
    return collapse_space(std::string_view(s).substr(open + 1, close - open - 1));
  if (s.find('@') != std::string::npos && s.find(' ') == std::string::npos) return "";
  return s;
}

// `text` without a trailing ellipsis or "[…]" of the kind feeds end a
// shortened summary with.
std::string without_ellipsis(std::string text) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view tail : {"[\xE2\x80\xA6]", "[...]", "\xE2\x80\xA6", "...", " "}) {
      if (text.size() >= tail.size() && text.ends_with(tail)) {
        text.resize(text.size() - tail.size());
        changed = true;
      }
    }
  }
  return text;
}

// A summary is the standfirst when it is one paragraph of its own, not the
// opening of the body cut short.
bool is_standfirst(const std::vector<std::string>& summary, const std::vector<std::string>& body) {
  if (summary.size() != 1 || body.empty()) return false;
  const std::string s = without_ellipsis(summary[0]);
  if (s.empty()) return false;
  return !body.front().starts_with(s) && body.front() != summary[0];
}

// Captions from media:content and media:group elements, else from the
// item's own media:description and media:credit (which describe its
// enclosure or thumbnail).
void read_feed_media(const xmlNode* item, RawArticle& a) {
  for (const xmlNode* m : element_children(item)) {
    if (!is_feed_media(m) || (local_name(m) != "content" && local_name(m) != "group")) continue;
    Caption c;
    const xmlNode* description = descendant(m, "description");
    c.text = markup_text(raw_text_of(description));
    if (c.text.empty()) c.text = markup_text(raw_text_of(descendant(m, "title")));
    c.credit = text_of(descendant(m, "credit"));
    if (!c.text.empty()) a.captions.push_back(std::move(c));
  }
  if (!a.captions.empty()) return;
  Caption c;
  c.text = markup_text(raw_text_of(media_child(item, "description")));
  c.credit = text_of(media_child(item, "credit"));
  if (!c.text.empty()) a.captions.push_back(std::move(c));
}

// Sets the body from the full content and the summary: the content when
// there is any, with the summary as standfirst when it is one; else the
// summary.
void set_body(RawArticle& a, std::vector<std::string> content, std::vector<std::string> summary) {
  if (content.empty()) {
    a.body = std::move(summary);
    return;
  }
  if (is_standfirst(summary, content)) a.standfirst = summary[0];
  a.body = std::move(content);
}

std::string feed_item_id(const std::string& link, std::string_view own, const Input& input,
                         std::size_t n) {
  if (!link.empty()) return link;
  std::string id = collapse_space(own);
  if (!id.empty()) return id;
  return input.id + "#" + std::to_string(n);
}

void read_rss(const xmlNode* root, const Input& input, ReadResult& result) {
  const xmlNode* channel = child(root, "channel");
  if (channel == nullptr) {
    result.errors.push_back({"", "RSS without a channel"});
    return;
  }
  const std::string source = markup_text(text_of(own_child(channel, "title")));
  const std::string language = text_of(child(channel, "language"));
  const std::vector<xmlNode*> items = children(channel, "item");
  if (items.empty()) result.errors.push_back({"", "RSS feed with no items"});
  std::size_t n = 0;
  for (const xmlNode* item : items) {
    ++n;
    RawArticle a;
    a.format = "rss";
    a.headline = markup_text(raw_text_of(own_child(item, "title")));
    // content:encoded; the first if there are several.
    std::vector<std::string> content;
    for (const xmlNode* e : children(item, "encoded")) {
      content = escaped_html_paragraphs(raw_text_of(e));
      if (!content.empty()) break;
    }
    set_body(a, std::move(content),
             escaped_html_paragraphs(raw_text_of(own_child(item, "description"))));
    for (const xmlNode* c : children(item, "creator")) add_byline(a, text_of(c));
    if (a.byline.empty())
      for (const xmlNode* c : children(item, "author")) add_byline(a, rss_author_name(text_of(c)));
    a.date = text_of(child(item, "pubDate"));
    set_if_empty(a.date, text_of(child(item, "date")));
    for (const xmlNode* c : children(item, "category")) add_subject(a, markup_text(text_of(c)));
    // The item's own <link>, else an atom:link to the page.
    std::string link;
    for (const xmlNode* l : children(item, "link")) {
      if (ns_of(l) != kAtomNs) link = text_of(l);
      if (!link.empty()) break;
    }
    for (const xmlNode* l : children(item, "link")) {
      if (!link.empty()) break;
      const std::string rel = collapse_space(attribute(l, "rel"));
      if (ns_of(l) == kAtomNs && (rel.empty() || rel == "alternate"))
        link = collapse_space(attribute(l, "href"));
    }
    read_feed_media(item, a);
    a.url = link;
    a.source = source;
    a.language = text_of(child(item, "language"));
    set_if_empty(a.language, language);
    const std::string position = "item " + std::to_string(n);
    if (a.body.empty()) {
      result.errors.push_back({position, position + " has no text: no content and no description"});
      continue;
    }
    a.origin = item_origin(input.name, n, items.size());
    a.id = feed_item_id(link, text_of(child(item, "guid")), input, n);
    if (a.headline.empty()) a.warnings.push_back("the item states no headline");
    result.articles.push_back(std::move(a));
  }
}

// An Atom entry's page: its link with rel="alternate" (or no rel), else
// its first link.
std::string atom_link(const xmlNode* entry) {
  std::string first;
  for (const xmlNode* l : children(entry, "link")) {
    const std::string href = collapse_space(attribute(l, "href"));
    const std::string rel = collapse_space(attribute(l, "rel"));
    if (href.empty()) continue;
    if (rel.empty() || rel == "alternate") return href;
    if (first.empty()) first = href;
  }
  return first;
}

void read_atom(const xmlNode* root, const Input& input, ReadResult& result) {
  const std::string source = atom_text(own_child(root, "title"));
  const std::vector<xmlNode*> entries = children(root, "entry");
  if (entries.empty()) result.errors.push_back({"", "Atom feed with no entries"});
  std::size_t n = 0;
  for (const xmlNode* entry : entries) {
    ++n;
    RawArticle a;
    a.format = "atom";
    a.headline = atom_text(own_child(entry, "title"));
    set_body(a, atom_paragraphs(own_child(entry, "content")),
             atom_paragraphs(own_child(entry, "summary")));
    for (const xmlNode* author : children(entry, "author"))
      add_byline(a, text_of(child(author, "name")));
    a.date = text_of(child(entry, "published"));
    set_if_empty(a.date, text_of(child(entry, "updated")));
    for (const xmlNode* c : children(entry, "category")) {
      std::string label = attribute(c, "label");
      if (collapse_space(label).empty()) label = attribute(c, "term");
      add_subject(a, label);
    }
    read_feed_media(entry, a);
    const std::string link = atom_link(entry);
    a.url = link;
    a.source = source;
    a.language = xml_lang(entry);
    const std::string position = "entry " + std::to_string(n);
    if (a.body.empty()) {
      result.errors.push_back({position, position + " has no text: no content and no summary"});
      continue;
    }
    a.origin = item_origin(input.name, n, entries.size());
    a.id = feed_item_id(link, text_of(own_child(entry, "id")), input, n);
    if (a.headline.empty()) a.warnings.push_back("the entry states no headline");
    result.articles.push_back(std::move(a));
  }
}

}  // namespace

ReadResult read_feed(const Input& input) {
  ReadResult result;
  const XmlDoc doc = parse_xml_input(input.bytes, result.errors);
  if (!doc) return result;
  const xmlNode* root = root_element(doc);
  if (is_element(root, "rss")) {
    read_rss(root, input, result);
  } else if (is_element(root, "feed")) {
    read_atom(root, input, result);
  } else {
    result.errors.push_back({"", "not an RSS or Atom feed: the root element is <" +
                                     std::string(local_name(root)) + ">"});
  }
  return result;
}

}  // namespace newsarchive::indexer
