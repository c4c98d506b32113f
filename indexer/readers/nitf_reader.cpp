#include "readers/nitf_reader.h"

#include <libxml/tree.h>

#include <algorithm>
#include <string_view>

#include "readers/markup_paragraphs.h"
#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

// The length of the separator `s` ends with (or, with `front`, starts
// with), else 0: ",", ";", ":", "/", "|", a hyphen or an en or em dash, as
// left over once a title is taken out of a byline or a date out of a
// dateline.
std::size_t separator_at(std::string_view s, bool front) {
  for (std::string_view sep : {",", ";", ":", "/", "|", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (front ? s.starts_with(sep) : s.ends_with(sep)) return sep.size();
  }
  return 0;
}

// `text` with its spaces collapsed and separators trimmed from both ends.
std::string trim_separators(std::string_view text) {
  std::string s = collapse_space(text);
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (const std::size_t n = separator_at(s, false); n > 0) {
      s = collapse_space(std::string_view(s).substr(0, s.size() - n));
      changed = true;
    }
    if (const std::size_t n = separator_at(s, true); n > 0) {
      s = collapse_space(std::string_view(s).substr(n));
      changed = true;
    }
  }
  return s;
}

// A byline's text without its <byttl> (the writer's title), and without
// the punctuation that set the title off ("By Ann Lee, <byttl>…</byttl>").
// Text nodes keep their own spacing, so "<person>Ann Lee</person>, " stays
// "Ann Lee," rather than "Ann Lee ,".
std::string byline_text(const xmlNode* byline) {
  std::string text;
  for (const xmlNode* n = byline->children; n != nullptr; n = n->next) {
    if (is_element(n, "byttl")) {
      text += ' ';
      continue;
    }
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) text += reinterpret_cast<const char*>(n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
      text += raw_text_of(n);
    }
  }
  return trim_separators(text);
}

// A date from a NITF `norm` attribute. The standard writes ISO 8601 basic
// form, and a date alone ("20250417") is made "2025-04-17": the attribute
// says it is a date, which eight digits in free text do not.
std::string norm_date(const xmlNode* node, std::string_view attr) {
  const std::string v = collapse_space(attribute(node, attr));
  if (v.size() == 8 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2);
  return v;
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

void read_nitf_media(const xmlNode* body_content, RawArticle& a) {
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
    set_if_empty(a.date, norm_date(child(docdata, "date.issue"), "norm"));
    set_if_empty(a.date, norm_date(child(docdata, "date.release"), "norm"));
    for (const xmlNode* key_list : children(docdata, "key-list"))
      for (const xmlNode* k : children(key_list, "keyword")) add_subject(a, attribute(k, "key"));
  }
  for (const xmlNode* pubdata : children(head, "pubdata")) {
    set_if_empty(a.source, attribute(pubdata, "name"));
    set_if_empty(a.date, norm_date(pubdata, "date.publication"));
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
    // The place: its location, else its text less the story.date and the
    // comma before it.
    std::string place = text_of(child(dateline, "location"));
    if (place.empty())
      for (const xmlNode* n = dateline->children; n != nullptr; n = n->next)
        if (!is_element(n, "story.date") && n->type != XML_COMMENT_NODE)
          place = collapse_space(place + " " + text_of(n));
    set_if_empty(a.dateline, trim_separators(place));
  }
  // The document's issue and publication dates come before the dateline's
  // story.date, which may give the day of the events only.
  read_head(head, a);
  if (const xmlNode* dateline = child(body_head, "dateline"))
    set_if_empty(a.date, norm_date(child(dateline, "story.date"), "norm"));
  if (a.source.empty()) set_if_empty(a.source, text_of(child(body_head, "distributor")));

  if (content != nullptr) {
    for (std::string& p : markup_paragraphs(content)) a.body.push_back(std::move(p));
    read_nitf_media(content, a);
  }
  if (body != nullptr) gather_hints(body, a);

  std::string lang = xml_lang(content != nullptr ? content : nitf);
  if (lang.empty()) lang = attribute(nitf, "lang");
  if (lang.empty()) lang = attribute(body, "lang");
  set_if_empty(a.language, lang);
}

ReadResult read_nitf(const Input& input) {
  ReadResult result;
  const XmlDoc doc = parse_xml_input(input.bytes, result.errors);
  if (!doc) return result;
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
