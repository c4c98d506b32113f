// HTML: one article per page, such as a news site serves it.
//
// Metadata comes from schema.org JSON-LD, OpenGraph and other <meta> tags,
// <html lang>, <title> and <h1> (html_metadata.h, html_hints.h); the body
// from the element that holds the page's article text (html_content.h);
// captions from its <figure>s (html_captions.h). When the page's text is
// less than half as long as its JSON-LD articleBody (a page whose scripts
// write the text), the articleBody is the body, a paragraph per line. The
// charset is chosen as html_charset.h says.
#pragma once

#include "readers/input.h"

namespace newsarchive::indexer {

// Never throws. Errors: empty or binary input; a page without article text
// and without a headline ("no article text found"). A page with a headline
// and no text is still an article. The article's url is the page's
// canonical URL, og:url or JSON-LD url (a relative one resolved against
// input.url), else input.url; its id is the url when there is one, else
// input.id.
ReadResult read_html(const Input& input);

}  // namespace newsarchive::indexer
