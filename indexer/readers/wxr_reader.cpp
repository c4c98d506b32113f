#include "readers/wxr_reader.h"

#include <libxml/tree.h>

#include "readers/markup_paragraphs.h"
#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

// WordPress stores post content with blank lines between paragraphs and
// adds the <p> tags only when it shows the post: each blank-line chunk is
// read as HTML of its own.
std::vector<std::string> post_paragraphs(const std::string& content) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find("\n\n", start);
    if (end == std::string::npos) end = content.size();
    for (std::string& p : html_paragraphs(std::string_view(content).substr(start, end - start)))
      out.push_back(std::move(p));
    start = end + 2;
  }
  return out;
}

}  // namespace

ReadResult read_wxr(const Input& input) {
  ReadResult result;
  const XmlDoc doc = parse_xml_input(input.bytes, result.errors);
  if (!doc) return result;
  const xmlNode* channel = child(root_element(doc), "channel");
  if (channel == nullptr) {
    result.errors.push_back({"", "RSS without a channel"});
    return result;
  }
  const std::string site = text_of(child(channel, "title"));
  const std::string language = text_of(child(channel, "language"));
  const std::vector<xmlNode*> items = children(channel, "item");
  if (items.empty()) result.errors.push_back({"", "WordPress export with no items"});
  std::size_t n = 0;
  for (const xmlNode* item : items) {
    ++n;
    const std::string position = "item " + std::to_string(n);
    const std::string type = text_of(child(item, "post_type"));
    if (!type.empty() && type != "post" && type != "page") {
      result.errors.push_back({position, "WordPress " + type + ", not a post"});
      continue;
    }
    RawArticle a;
    a.format = "wxr";
    a.headline = text_of(child(item, "title"));
    // content:encoded and excerpt:encoded share the local name "encoded".
    for (const xmlNode* e : children(item, "encoded")) {
      const bool excerpt = e->ns != nullptr && e->ns->href != nullptr &&
                           std::string_view(reinterpret_cast<const char*>(e->ns->href))
                                   .find("excerpt") != std::string_view::npos;
      if (excerpt) {
        const std::vector<std::string> p = post_paragraphs(raw_text_of(e));
        if (!p.empty()) a.standfirst = p.front();
      } else if (a.body.empty()) {
        a.body = post_paragraphs(raw_text_of(e));
      }
    }
    add_byline(a, text_of(child(item, "creator")));
    a.date = text_of(child(item, "pubDate"));
    set_if_empty(a.date, text_of(child(item, "post_date_gmt")));
    for (const xmlNode* c : children(item, "category")) add_subject(a, text_of(c));
    a.url = text_of(child(item, "link"));
    a.source = site;
    a.language = language;
    if (a.body.empty()) {
      result.errors.push_back({position, "post with no content"});
      continue;
    }
    a.origin = item_origin(input.name, n, items.size());
    a.id = item_id(text_of(child(item, "guid")), input.id, n, items.size());
    if (a.headline.empty()) a.warnings.push_back("the item states no headline");
    result.articles.push_back(std::move(a));
  }
  return result;
}

}  // namespace newsarchive::indexer
