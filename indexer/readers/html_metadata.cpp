#include "readers/html_metadata.h"

#include <map>

namespace newsarchive::indexer::html {
namespace {

struct MetaTags {
  std::map<std::string, std::vector<std::string>> values;  // lower-cased key -> contents

  const std::string& first(std::initializer_list<const char*> keys) const {
    static const std::string kNone;
    for (const char* k : keys) {
      auto it = values.find(k);
      if (it != values.end() && !it->second.empty()) return it->second.front();
    }
    return kNone;
  }
  std::vector<std::string> all(const char* key) const {
    auto it = values.find(key);
    return it == values.end() ? std::vector<std::string>{} : it->second;
  }
};

void walk_meta(xmlNode* node, MetaTags& meta, PageMetadata& out) {
  for (xmlNode* c = node->children; c; c = c->next) {
    if (!is_element(c)) continue;
    const std::string_view t = tag(c);
    if (t == "meta") {
      const std::string content = collapse_space(attr(c, "content"));
      if (content.empty()) continue;
      for (const char* key : {"property", "name", "itemprop"}) {
        const std::string k = lower_ascii(attr(c, key));
        if (!k.empty()) meta.values[k].push_back(content);
      }
    } else if (t == "link") {
      const std::string rel = lower_ascii(attr(c, "rel"));
      if (rel == "canonical" && out.url.empty()) out.url = collapse_space(attr(c, "href"));
    } else if (t == "title") {
      if (out.title.empty()) out.title = visible_text(c);
    } else if (t != "script" && t != "style" && t != "svg") {
      walk_meta(c, meta, out);
    }
  }
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find_first_of(",;", start);
    if (end == std::string::npos) end = s.size();
    std::string k = collapse_space(s.substr(start, end - start));
    if (!k.empty()) out.push_back(std::move(k));
    start = end + 1;
  }
  return out;
}

}  // namespace

PageMetadata read_metadata(xmlNode* root) {
  PageMetadata out;
  if (!root) return out;
  MetaTags meta;
  walk_meta(root, meta, out);
  // <link rel=canonical> wins over og:url, which wins over JSON-LD's url.
  if (out.url.empty()) out.url = meta.first({"og:url"});
  out.language = collapse_space(attr(root, "lang"));
  if (out.language.empty()) out.language = collapse_space(attr(root, "xml:lang"));
  read_json_ld(root, out);

  auto fill = [](std::string& field, const std::string& value) {
    if (field.empty()) field = value;
  };
  fill(out.headline, meta.first({"og:title", "twitter:title", "citation_title", "dc.title",
                                 "parsely-title", "sailthru.title", "headline"}));
  fill(out.description, meta.first({"og:description", "description", "twitter:description",
                                    "dc.description", "sailthru.description"}));
  fill(out.date, meta.first({"article:published_time", "datepublished", "citation_publication_date",
                             "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date",
                             "pubdate", "publishdate", "date", "og:published_time"}));
  fill(out.section, meta.first({"article:section", "parsely-section", "section"}));
  fill(out.source, meta.first({"og:site_name", "application-name", "publisher", "dc.publisher"}));
  fill(out.language, meta.first({"og:locale", "content-language", "dc.language", "language"}));
  if (out.authors.empty()) {
    for (const char* key : {"author", "article:author", "citation_author", "dc.creator",
                            "parsely-author", "sailthru.author", "byl"}) {
      for (const std::string& v : meta.all(key))
        if (!looks_like_url(v)) out.authors.push_back(v);
      if (!out.authors.empty()) break;
    }
  }
  if (out.keywords.empty()) {
    // One tag a meta element, or (as some sites write it) all of them in one.
    for (const std::string& v : meta.all("article:tag"))
      for (std::string& k : split_list(v)) out.keywords.push_back(std::move(k));
    if (out.keywords.empty())
      out.keywords = split_list(meta.first({"news_keywords", "keywords", "parsely-tags", "sailthru.tags"}));
  }
  return out;
}

bool looks_like_url(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") || s.starts_with('/');
}

}  // namespace newsarchive::indexer::html
