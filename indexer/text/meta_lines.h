// Lines around an article that say something about it rather than being
// part of it: "Source: Al Jazeera", "Published: 3 March 2025", "By Jane Doe".
// Each test looks at one trimmed line; none looks at its neighbours.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/date.h"

namespace newsarchive::indexer {

// "Source: X", "Source : X", "Sources: X", "来源：X", "Quelle: X",
// "Fuente: X" -> X. Only short lines (a publisher name, not a paragraph).
std::optional<std::string_view> source_line(std::string_view line);

// A publication line -> its date: "Published: 3 March 2025", "Updated 14:32
// GMT, Tuesday 4 February 2025", "Posted on 2025-03-03", "Veröffentlicht am
// 3. März 2025", or a date alone on its line with at most a weekday and a
// time ("Tuesday 4 February 2025 14:32 GMT", "2025-03-03").
std::optional<Date> publication_line(std::string_view line);

// "By Jane Doe and John Roe" -> {"Jane Doe", "John Roe"}; empty if the line
// is not a byline. Only short lines whose words after "By" are capitalised.
std::vector<std::string> byline_line(std::string_view line);

}  // namespace newsarchive::indexer
