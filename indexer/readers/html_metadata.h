// What an HTML page says about its article outside the article's text:
// schema.org JSON-LD, OpenGraph and other <meta> tags, <html lang>, <title>
// and <link rel=canonical>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readers/html_dom.h"

namespace newsarchive::indexer::html {

// Each field is "" (or empty) when the page does not say.
struct PageMetadata {
  std::string headline;      // JSON-LD headline, else og:title and the like
  std::string title;         // <title>, as written
  std::string description;   // JSON-LD description, else og:/meta description
  std::vector<std::string> authors;  // names, never profile URLs
  std::string date;          // date published, as written
  std::string section;
  std::string source;        // site or publisher name
  std::string language;
  std::string url;           // canonical link, else og:url, else JSON-LD url
  std::vector<std::string> keywords;
  std::string article_body;  // JSON-LD articleBody, as written
};

PageMetadata read_metadata(xmlNode* root);

// The fields of the page's schema.org article object (NewsArticle, Article,
// ReportageNewsArticle, BlogPosting, ...), found in any <script
// type="application/ld+json">, inside @graph and arrays too. Fields it
// does not state are left as they are.
void read_json_ld(xmlNode* root, PageMetadata& out);

// Whether a value that should name someone is a link instead: an absolute
// ("https://…"), scheme-relative ("//…") or root-relative ("/author/…") URL.
bool looks_like_url(std::string_view s);

}  // namespace newsarchive::indexer::html
