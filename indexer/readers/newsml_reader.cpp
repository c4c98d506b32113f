#include "readers/newsml_reader.h"

#include "newsarchive/ascii.h"

#include <libxml/tree.h>
#include <algorithm>

#include "readers/markup_paragraphs.h"
#include "readers/nitf_reader.h"
#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

// What reading one NewsItem found besides the article's fields.
struct ItemState {
  std::vector<std::string> media;  // media types of content items, lowercased
  bool text_by_reference = false;  // a text item whose content is elsewhere
  std::string credit_line;
  std::string date_line;
  std::string city;
  std::string slug;
  std::string date_line_date;
};

// The paragraphs a DataContent holds: NITF, XHTML elements, escaped HTML
// or plain text.
std::vector<std::string> data_paragraphs(const xmlNode* data, RawArticle& a) {
  if (const xmlNode* nitf = descendant(data, "nitf")) {
    const std::size_t before = a.body.size();
    read_nitf_element(nitf, a);
    std::vector<std::string> added(a.body.begin() + static_cast<std::ptrdiff_t>(before),
                                   a.body.end());
    a.body.resize(before);
    return added;
  }
  if (!element_children(data).empty()) return markup_paragraphs(data);
  const std::string raw = raw_text_of(data);
  return raw.find('<') != std::string::npos ? html_paragraphs(raw) : text_paragraphs(raw);
}

// The name a Topic gives in the article's language, else in English, else
// the first one.
std::string topic_name(const xmlNode* topic, const std::string& language) {
  std::string english, first;
  for (const xmlNode* d : children(topic, "Description")) {
    if (lower_ascii(attribute(d, "Variant")) != "name") continue;
    const std::string lang = lower_ascii(attribute(d, "lang"));
    const std::string name = text_of(d);
    if (name.empty()) continue;
    if (!language.empty() && lang.rfind(lower_ascii(language.substr(0, 2)), 0) == 0) return name;
    if (english.empty() && lang.rfind("en", 0) == 0) english = name;
    if (first.empty()) first = name;
  }
  return english.empty() ? first : english;
}

void read_news_lines(const xmlNode* lines, RawArticle& a, ItemState& st) {
  set_if_empty(a.headline, text_of(child(lines, "HeadLine")));
  set_if_empty(a.standfirst, text_of(child(lines, "SubHeadLine")));
  if (a.byline.empty())
    for (const xmlNode* b : children(lines, "ByLine")) add_byline(a, text_of(b));
  set_if_empty(st.date_line, text_of(child(lines, "DateLine")));
  set_if_empty(st.credit_line, text_of(child(lines, "CreditLine")));
  set_if_empty(st.slug, text_of(child(lines, "SlugLine")));
}

void read_descriptive(const xmlNode* meta, RawArticle& a, ItemState& st) {
  set_if_empty(a.language, attribute(child(meta, "Language"), "FormalName"));
  set_if_empty(st.date_line_date, text_of(child(meta, "DateLineDate")));
  for (const xmlNode* p : children(meta, "Property"))
    if (lower_ascii(attribute(p, "FormalName")) == "keyword") add_subject(a, attribute(p, "Value"));
  for (const xmlNode* loc : children(meta, "Location")) {
    for (const xmlNode* p : children(loc, "Property")) {
      if (lower_ascii(attribute(p, "FormalName")) != "city") continue;
      const std::string city = collapse_space(attribute(p, "Value"));
      add_hint(a, city, "place");
      set_if_empty(st.city, city);
    }
  }
}

void read_topic_set(const xmlNode* set, RawArticle& a) {
  for (const xmlNode* topic : children(set, "Topic")) {
    const std::string name = topic_name(topic, a.language);
    const std::string type =
        entity_type_of(attribute(child(topic, "TopicType"), "FormalName"));
    if (!type.empty()) add_hint(a, name, type);
    else add_subject(a, name);
  }
}

void read_component(const xmlNode* comp, RawArticle& a, ItemState& st) {
  if (const xmlNode* lines = child(comp, "NewsLines")) read_news_lines(lines, a, st);
  if (const xmlNode* admin = child(comp, "AdministrativeMetadata")) {
    for (const char* who : {"Provider", "Source", "Creator"})
      if (const xmlNode* party = child(child(admin, who), "Party"))
        set_if_empty(a.source, attribute(party, "FormalName"));
  }
  for (const xmlNode* set : children(comp, "TopicSet")) read_topic_set(set, a);
  if (const xmlNode* meta = child(comp, "DescriptiveMetadata")) read_descriptive(meta, a, st);

  const bool caption = lower_ascii(attribute(child(comp, "Role"), "FormalName")).find("caption") !=
                       std::string::npos;
  for (const xmlNode* item : children(comp, "ContentItem")) {
    const std::string media = lower_ascii(attribute(child(item, "MediaType"), "FormalName"));
    if (!media.empty()) st.media.push_back(media);
    if (media != "text" && !(media.empty() && child(item, "DataContent") != nullptr)) continue;
    const xmlNode* data = child(item, "DataContent");
    if (data == nullptr) {
      st.text_by_reference = st.text_by_reference || !attribute(item, "Href").empty();
      continue;
    }
    std::vector<std::string> paragraphs = data_paragraphs(data, a);
    if (caption) {
      std::string text;
      for (const std::string& p : paragraphs) text += (text.empty() ? "" : " ") + p;
      if (!text.empty()) a.captions.push_back({text, "", ""});
    } else {
      for (std::string& p : paragraphs) a.body.push_back(std::move(p));
    }
  }
  for (const xmlNode* sub : children(comp, "NewsComponent")) read_component(sub, a, st);
}

// Why an item gave no article, from what it holds.
std::string newsml_no_text_reason(const ItemState& st) {
  if (st.text_by_reference) return "text held outside the file (ContentItem Href only)";
  std::vector<std::string> kinds;
  for (const std::string& m : st.media)
    if (m != "text" && std::find(kinds.begin(), kinds.end(), m) == kinds.end())
      kinds.push_back(m);
  if (kinds.empty()) return "NewsML item with no text";
  std::string list;
  for (const std::string& k : kinds) list += (list.empty() ? "" : "/") + k;
  return list + " item, no text";
}

}  // namespace

ReadResult read_newsml(const Input& input) {
  ReadResult result;
  const XmlDoc doc = parse_xml_input(input.bytes, result.errors);
  if (!doc) return result;
  const xmlNode* root = root_element(doc);
  std::vector<xmlNode*> items;
  if (is_element(root, "NewsML")) items = children(root, "NewsItem");
  else if (is_element(root, "NewsItem")) items.push_back(const_cast<xmlNode*>(root));
  else {
    result.errors.push_back(
        {"", "not NewsML: the root element is <" + std::string(local_name(root)) + ">"});
    return result;
  }
  if (items.empty()) {
    result.errors.push_back({"", "NewsML envelope with no NewsItem"});
    return result;
  }
  const std::string sent = text_of(child(child(root, "NewsEnvelope"), "DateAndTime"));
  std::size_t n = 0;
  for (const xmlNode* item : items) {
    ++n;
    const std::string position = "item " + std::to_string(n);
    RawArticle a;
    ItemState st;
    a.format = "newsml";
    a.url = input.url;
    a.origin = item_origin(input.name, n, items.size());
    if (const xmlNode* comp = child(item, "NewsComponent")) read_component(comp, a, st);
    set_if_empty(a.language, xml_lang(item));
    const xmlNode* ident = child(item, "Identification");
    a.id = item_id(text_of(descendant(ident, "PublicIdentifier")), input.id, n, items.size());
    const xmlNode* mgmt = child(item, "NewsManagement");
    std::string date = st.date_line_date;
    set_if_empty(date, text_of(child(mgmt, "FirstCreated")));
    set_if_empty(date, text_of(child(mgmt, "ThisRevisionCreated")));
    set_if_empty(date, sent);
    // The item's own metadata comes before what NITF inside it states.
    if (!date.empty()) a.date = date;
    if (!st.city.empty()) a.dateline = st.city;
    set_if_empty(a.dateline, st.date_line);
    set_if_empty(a.source, st.credit_line);
    set_if_empty(a.headline, st.slug);
    if (a.body.empty()) {
      result.errors.push_back({position, newsml_no_text_reason(st)});
      continue;
    }
    if (a.headline.empty()) a.warnings.push_back("the item states no headline");
    result.articles.push_back(std::move(a));
  }
  return result;
}

}  // namespace newsarchive::indexer
