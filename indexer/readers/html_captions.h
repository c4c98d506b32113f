// Photo captions of an HTML page: <figure> elements with their
// <figcaption>, the <img> alt text and the credit.
//
// The credit is the text of an element inside the caption whose class or
// id says credit, copyright, source, attribution or photographer, else a
// trailing "Photo: X" / "Photograph: X" / "Credit: X" / "Image: X" part,
// else a trailing parenthesised agency "(Getty Images)". A bracketed
// "[credit]" is left to the extractor.
#pragma once

#include <vector>

#include "newsarchive/article.h"
#include "readers/html_dom.h"

namespace newsarchive::indexer::html {

// The captions of the figures inside `region` (the whole page when null),
// in document order; figures with neither caption nor alt text are left out.
std::vector<Caption> read_captions(const xmlNode* region);

// Splits a trailing credit off caption text, as described above; false
// when the text has none.
bool split_caption_credit(const std::string& caption, std::string& text, std::string& credit);

}  // namespace newsarchive::indexer::html
