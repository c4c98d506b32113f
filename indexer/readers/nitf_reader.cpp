#include "readers/nitf_reader.h"

#include <libxml/tree.h>

#include "readers/markup_paragraphs.h"
#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

// A byline's text without its <byttl> (the writer's title).
std::string byline_text(const xmlNode* byline) {
  std::string text;
  for (const xmlNode* n = byline->children; n != nullptr; n = n->next) {
    if (is_element(n, "byttl")) continue;
    const std::string part = text_of(n);
    if (part.empty()) continue;
    if (!text.empty()) text += ' ';
    text += part;
  }
  return collapse_space(text);
}

// Inline entity markup anywhere below `node`, bylines excepted (they name
// the writer, not someone in the story).
void gather_hints(const xmlNode* node, RawArticle& a) {
  for (const xmlNode* n = node->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = local_name(n);
    if (name == "byline" || name == "media") continue;
    if (name == "person") {
      add_hint(a, text_of(n), "person");
    } else if (name == "org") {
      add_hint(a, text_of(n), "organization");
    } else if (name == "location") {
      // A location is one place as a whole, its city or country parts
      // included.
      add_hint(a, text_of(n), "place");
    } else if (name == "city" || name == "country" || name == "region" || name == "state") {
      add_hint(a, text_of(n), "place");
    } else if (name == "event") {
      add_hint(a, text_of(n), "misc");
    } else {
      gather_hints(n, a);
    }
  }
}

void read_media(const xmlNode* body_content, RawArticle& a) {
  for (const xmlNode* media : descendants(body_content, "media")) {
    Caption c;
    c.text = text_of(child(media, "media-caption"));
    c.credit = text_of(child(media, "media-producer"));
    if (const xmlNode* ref = child(media, "media-reference"))
      c.alt_text = collapse_space(attribute(ref, "alternate-text"));
    if (!c.text.empty() || !c.alt_text.empty()) a.captions.push_back(std::move(c));
  }
}

void read_head(const xmlNode* head, RawArticle& a) {
  if (head == nullptr) return;
  const xmlNode* docdata = child(head, "docdata");
  if (docdata != nullptr) {
    set_if_empty(a.id, attribute(child(docdata, "doc-id"), "id-string"));
    set_if_empty(a.date, attribute(child(docdata, "date.issue"), "norm"));
    set_if_empty(a.date, attribute(child(docdata, "date.release"), "norm"));
    for (const xmlNode* key_list : children(docdata, "key-list"))
      for (const xmlNode* k : children(key_list, "keyword")) add_subject(a, attribute(k, "key"));
  }
  for (const xmlNode* pubdata : children(head, "pubdata")) {
    set_if_empty(a.source, attribute(pubdata, "name"));
    set_if_empty(a.date, attribute(pubdata, "date.publication"));
  }
  if (docdata != nullptr) set_if_empty(a.source, attribute(child(docdata, "doc.copyright"), "holder"));
  for (const xmlNode* tobject : children(head, "tobject")) {
    for (const xmlNode* s : children(tobject, "tobject.subject")) {
      // The most specific name the subject gives.
      std::string name = attribute(s, "tobject.subject.detail");
      if (name.empty()) name = attribute(s, "tobject.subject.matter");
      if (name.empty()) name = attribute(s, "tobject.subject.type");
      add_subject(a, name);
    }
  }
}

}  // namespace

void read_nitf_element(const xmlNode* nitf, RawArticle& a) {
  const xmlNode* head = child(nitf, "head");
  const xmlNode* body = child(nitf, "body");
  const xmlNode* body_head = child(body, "body.head");
  const xmlNode* content = child(body, "body.content");

  if (const xmlNode* hedline = child(body_head, "hedline")) {
    const std::string hl1 = text_of(child(hedline, "hl1"));
    set_if_empty(a.headline, hl1);
    for (const xmlNode* hl2 : children(hedline, "hl2")) {
      const std::string sub = text_of(hl2);
      if (sub != a.headline) set_if_empty(a.standfirst, sub);
    }
  }
  set_if_empty(a.headline, text_of(child(head, "title")));
  if (const std::string abstract = text_of(child(body_head, "abstract")); abstract != a.headline)
    set_if_empty(a.standfirst, abstract);
  if (a.byline.empty())
    for (const xmlNode* byline : children(body_head, "byline")) add_byline(a, byline_text(byline));
  if (const xmlNode* dateline = child(body_head, "dateline")) {
    // The place: its location, else its text less the story.date.
    std::string place = text_of(child(dateline, "location"));
    if (place.empty())
      for (const xmlNode* n = dateline->children; n != nullptr; n = n->next)
        if (!is_element(n, "story.date") && n->type != XML_COMMENT_NODE)
          place = collapse_space(place + " " + text_of(n));
    set_if_empty(a.dateline, place);
    set_if_empty(a.date, attribute(child(dateline, "story.date"), "norm"));
  }
  read_head(head, a);
  if (a.source.empty()) set_if_empty(a.source, text_of(child(body_head, "distributor")));

  if (content != nullptr) {
    for (std::string& p : markup_paragraphs(content)) a.body.push_back(std::move(p));
    read_media(content, a);
  }
  if (body != nullptr) gather_hints(body, a);

  std::string lang = xml_lang(content != nullptr ? content : nitf);
  if (lang.empty()) lang = attribute(nitf, "lang");
  if (lang.empty()) lang = attribute(body, "lang");
  set_if_empty(a.language, lang);
}

ReadResult read_nitf(const Input& input) {
  ReadResult result;
  std::string error;
  const XmlDoc doc = parse_xml(input.bytes, error);
  if (!doc) {
    result.errors.push_back({"", error});
    return result;
  }
  const xmlNode* root = root_element(doc);
  if (!is_element(root, "nitf")) {
    result.errors.push_back(
        {"", "not NITF: the root element is <" + std::string(local_name(root)) + ">"});
    return result;
  }
  RawArticle a;
  a.format = "nitf";
  a.origin = input.name;
  a.url = input.url;
  read_nitf_element(root, a);
  a.id = item_id(a.id, input.id, 1, 1);
  if (a.headline.empty()) a.warnings.push_back("the document states no headline");
  if (a.headline.empty() && a.body.empty()) {
    result.errors.push_back({"", "NITF document with no headline and no body text"});
    return result;
  }
  result.articles.push_back(std::move(a));
  return result;
}

}  // namespace newsarchive::indexer
