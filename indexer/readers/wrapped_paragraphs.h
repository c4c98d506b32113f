// Paragraphs of text wrapped into lines, as wire services send it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/text_scan.h"  // collapse_space, split_lines

namespace newsarchive::indexer {

// The paragraphs of `text`: a blank line ends one, and so does a line that
// starts with white space when the text's other lines do not (Reuters and
// IPTC 7901 copy indents the first line of each paragraph; text indented
// throughout says nothing by it). The lines of a paragraph are joined with
// a space and runs of white space become one space. "\r\n" and "\r" end
// lines too. Empty paragraphs are left out.
std::vector<std::string> wrapped_paragraphs(std::string_view text);

}  // namespace newsarchive::indexer
