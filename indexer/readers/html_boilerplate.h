// Which parts of an HTML page are never article text: scripts and forms,
// navigation, page headers and footers, share bars, comments, related
// links, newsletter and cookie boxes, advertising, hidden elements.
//
// Judged from the element alone (its tag, role, class and id words, hidden
// state); how much text and how many links a block holds is judged by the
// content selection (html_content.h).
#pragma once

#include "readers/html_dom.h"

namespace newsarchive::indexer::html {

// Tags whose content is never article body (script, style, iframe, svg,
// button, ruby annotations, ...). Figures are among them: their captions
// are read apart.
bool is_non_content_tag(std::string_view tag);

// Hidden by the hidden attribute, aria-hidden="true" or an inline style of
// display:none or visibility:hidden.
bool is_hidden(const xmlNode* element);

enum class Boilerplate {
  none,
  weak,    // page furniture (navigation, advertising, share bars, related
           // links, ...) by its role or class/id words, unless it turns out
           // to hold most of the page's text
  strong,  // reader comments, whatever text they hold
  article_header,  // a <header> inside <article> or <main>: the article's
                   // own, whose prose (a lead) is article text and whose
                   // short lines (kicker, byline, date) are not
};

// How an element's tag (nav, aside, header, footer, form, menu, noscript), role,
// class and id words mark it. <html> and <body>
// are never judged by their class words.
Boilerplate boilerplate_kind(const xmlNode* element);

// Whether the element is the page's declared article body (<article>,
// itemprop="articleBody", role="main" or <main>): never dropped by its
// class words.
bool is_declared_content(const xmlNode* element);

}  // namespace newsarchive::indexer::html
