#include "readers/newsml_g2_reader.h"

#include "newsarchive/ascii.h"

#include <libxml/tree.h>
#include <algorithm>
#include <array>

#include "readers/markup_paragraphs.h"
#include "readers/nitf_reader.h"
#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

bool contains_any(const std::string& s, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&s](std::string_view w) { return s.find(w) != std::string::npos; });
}

// The part of a qcode after its scheme ("ninat:text" -> "text").
std::string code_of(std::string_view qcode) {
  const auto colon = qcode.rfind(':');
  return lower_ascii(colon == std::string_view::npos ? qcode : qcode.substr(colon + 1));
}

// The parts of an item the reader looks at; null when absent.
struct ItemParts {
  const xmlNode* item = nullptr;
  const xmlNode* item_meta = nullptr;
  const xmlNode* content_meta = nullptr;
  const xmlNode* content_set = nullptr;
  const xmlNode* rights = nullptr;
};

// The name of a concept (subject, provider, located...): a name with no
// role or a display/full one, in the article's language if there is one,
// else the `literal` attribute.
std::string concept_name(const xmlNode* concept_node, const std::string& language) {
  if (concept_node == nullptr) return "";
  std::string best, fallback;
  const std::string want = lower_ascii(language.substr(0, std::min<std::size_t>(2, language.size())));
  for (const xmlNode* n : children(concept_node, "name")) {
    const std::string role = lower_ascii(attribute(n, "role"));
    const std::string text = text_of(n);
    if (text.empty()) continue;
    if (!role.empty() && !contains_any(role, {"display", "full"})) {
      if (fallback.empty()) fallback = text;
      continue;
    }
    const std::string lang = lower_ascii(xml_lang(n));
    if (!want.empty() && lang.rfind(want, 0) == 0) return text;
    if (best.empty()) best = text;
  }
  if (!best.empty()) return best;
  if (!fallback.empty()) return fallback;
  return collapse_space(attribute(concept_node, "literal"));
}

void read_headlines(const xmlNode* meta, RawArticle& a) {
  std::vector<const xmlNode*> mains, subs;
  for (const xmlNode* h : children(meta, "headline")) {
    const std::string role = lower_ascii(attribute(h, "role"));
    if (contains_any(role, {"sub", "summary", "short", "teaser", "kicker"})) subs.push_back(h);
    else mains.push_back(h);
  }
  for (const xmlNode* h : mains) set_if_empty(a.headline, text_of(h));
  for (const xmlNode* h : subs)
    if (const std::string t = text_of(h); t != a.headline) set_if_empty(a.standfirst, t);
  for (const xmlNode* d : children(meta, "description")) {
    const std::string role = lower_ascii(attribute(d, "role"));
    if (!contains_any(role, {"summary", "abstract", "intro", "teaser", "lead", "sub"})) continue;
    if (const std::string t = text_of(d); t != a.headline) set_if_empty(a.standfirst, t);
  }
}

void read_subjects(const xmlNode* meta, RawArticle& a) {
  for (const xmlNode* s : children(meta, "subject")) {
    const std::string name = concept_name(s, a.language);
    if (name.empty()) continue;
    add_subject(a, name);
    add_hint(a, name, entity_type_of(attribute(s, "type")));
  }
  for (const xmlNode* k : children(meta, "keyword")) add_subject(a, text_of(k));
}

void read_content_meta(const xmlNode* meta, RawArticle& a, std::string& slug) {
  if (meta == nullptr) return;
  set_if_empty(a.language, attribute(child(meta, "language"), "tag"));
  read_headlines(meta, a);
  set_if_empty(slug, text_of(child(meta, "slugline")));
  for (const xmlNode* by : children(meta, "by")) add_byline(a, text_of(by));
  const std::string located = concept_name(child(meta, "located"), a.language);
  add_hint(a, located, "place");
  set_if_empty(a.dateline, located);
  set_if_empty(a.dateline, text_of(child(meta, "dateline")));
  set_if_empty(a.date, text_of(child(meta, "contentCreated")));
  read_subjects(meta, a);
}

// The body from the contentSet: inlineXML first, else the longest
// inlineData.
void read_content_set(const xmlNode* set, RawArticle& a) {
  if (set == nullptr) return;
  for (const xmlNode* inline_xml : children(set, "inlineXML")) {
    const std::vector<xmlNode*> elements = element_children(inline_xml);
    std::vector<std::string> paragraphs;
    if (elements.size() == 1 && is_element(elements[0], "nitf")) {
      const std::size_t before = a.body.size();
      read_nitf_element(elements[0], a);
      if (a.body.size() > before) return;
      continue;
    }
    if (elements.size() == 1 && is_element(elements[0], "html")) {
      const xmlNode* body = child(elements[0], "body");
      paragraphs = markup_paragraphs(body != nullptr ? body : elements[0]);
    } else {
      paragraphs = markup_paragraphs(inline_xml);
    }
    if (!paragraphs.empty()) {
      for (std::string& p : paragraphs) a.body.push_back(std::move(p));
      return;
    }
  }
  const xmlNode* longest = nullptr;
  std::size_t longest_size = 0;
  for (const xmlNode* data : children(set, "inlineData")) {
    const std::size_t size = raw_text_of(data).size();
    if (size > longest_size) {
      longest = data;
      longest_size = size;
    }
  }
  if (longest == nullptr) return;
  const std::string raw = raw_text_of(longest);
  const std::string type = lower_ascii(attribute(longest, "contenttype"));
  // Some senders label HTML as text/plain: text opening with a tag and
  // closing one is read as HTML too.
  const std::string trimmed = collapse_space(raw);
  const bool markup = type.find("html") != std::string::npos ||
                      (trimmed.starts_with('<') && trimmed.find("</") != std::string::npos);
  a.body = markup ? html_paragraphs(raw) : text_paragraphs(raw);
}

// Why an item with no body is not an article.
std::string g2_no_text_reason(std::string_view element, const std::string& item_class,
                           const ItemParts& parts) {
  if (element == "packageItem" || item_class == "composite")
    return "package item (a list of other items), no text";
  if (element != "newsItem" && element != "contentSet" && element != "contentMeta")
    return std::string(element) + ", not a news item";
  if (!item_class.empty() && item_class != "text") return item_class + " item, no text";
  if (child(parts.content_set, "remoteContent") != nullptr)
    return "text item whose content is held elsewhere (remoteContent only)";
  return "text item with no body text";
}

RawArticle read_item(const ItemParts& parts, std::string& slug) {
  RawArticle a;
  a.format = "newsml-g2";
  read_content_meta(parts.content_meta, a, slug);
  set_if_empty(a.language, xml_lang(parts.item));
  if (parts.item_meta != nullptr) {
    set_if_empty(a.date, text_of(child(parts.item_meta, "firstCreated")));
    set_if_empty(a.date, text_of(child(parts.item_meta, "versionCreated")));
    set_if_empty(a.source, concept_name(child(parts.item_meta, "provider"), a.language));
  }
  set_if_empty(a.source, concept_name(child(parts.rights, "copyrightHolder"), a.language));
  set_if_empty(a.source, text_of(child(parts.content_meta, "creditline")));
  read_content_set(parts.content_set, a);
  set_if_empty(a.headline, slug);
  return a;
}

constexpr std::array<std::string_view, 6> kItems = {"newsItem",    "packageItem",
                                                    "conceptItem", "knowledgeItem",
                                                    "planningItem", "catalogItem"};

bool is_item(const xmlNode* n) {
  return n != nullptr && n->type == XML_ELEMENT_NODE &&
         std::find(kItems.begin(), kItems.end(), local_name(n)) != kItems.end();
}

}  // namespace

ReadResult read_newsml_g2(const Input& input) {
  ReadResult result;
  const XmlDoc doc = parse_xml_input(input.bytes, result.errors);
  if (!doc) return result;
  xmlNode* root = root_element(doc);
  std::vector<xmlNode*> items;
  const std::string_view root_name = local_name(root);
  if (root_name == "newsMessage") {
    for (xmlNode* set : children(root, "itemSet"))
      for (xmlNode* n : element_children(set))
        if (is_item(n)) items.push_back(n);
  } else if (is_item(root) || root_name == "contentSet" || root_name == "contentMeta") {
    items.push_back(root);
  } else {
    result.errors.push_back(
        {"", "not NewsML-G2: the root element is <" + std::string(root_name) + ">"});
    return result;
  }
  if (items.empty()) {
    result.errors.push_back({"", "NewsML-G2 message with no items"});
    return result;
  }
  std::size_t n = 0;
  for (const xmlNode* item : items) {
    ++n;
    const std::string_view element = local_name(item);
    ItemParts parts;
    parts.item = item;
    if (element == "contentSet") {
      parts.content_set = item;
    } else if (element == "contentMeta") {
      parts.content_meta = item;
    } else {
      parts.item_meta = child(item, "itemMeta");
      parts.content_meta = child(item, "contentMeta");
      parts.content_set = child(item, "contentSet");
      parts.rights = child(item, "rightsInfo");
    }
    const std::string guid = attribute(item, "guid");
    const std::string position =
        "item " + std::to_string(n) + (guid.empty() ? "" : " (" + collapse_space(guid) + ")");
    const std::string item_class = code_of(attribute(child(parts.item_meta, "itemClass"), "qcode"));
    const bool text_item = element == "newsItem" || element == "contentSet" ||
                           element == "contentMeta";
    RawArticle a;
    std::string slug;
    if (text_item) a = read_item(parts, slug);
    if (a.body.empty()) {
      result.errors.push_back({position, g2_no_text_reason(element, item_class, parts)});
      continue;
    }
    a.origin = item_origin(input.name, n, items.size());
    a.url = input.url;
    a.id = item_id(guid, input.id, n, items.size());
    if (a.headline.empty()) a.warnings.push_back("the item states no headline");
    result.articles.push_back(std::move(a));
  }
  return result;
}

}  // namespace newsarchive::indexer
