// Datelines: the place (and often the date and agency) that opens a news
// story: "LONDON, March 3, 2025 —", "BERLIN, 3 March 2025 (Reuters) -",
// "CAPRI, Italy (AP) —", "BERLIN (NWS) —".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/date.h"

namespace newsarchive::indexer {

struct Dateline {
  std::string place;         // "LONDON", "CAPRI, Italy"
  std::optional<Date> date;  // when the dateline gives a full date
  std::string agency;        // "Reuters", from the brackets, or ""
  std::size_t text_start = 0;  // where the story proper starts in the paragraph
};

// The dateline opening `paragraph`, or nullopt. The place must start with a
// word in capitals ("LONDON"), or be in capitalised words before an agency in
// brackets ("Berlin (dpa)"), and the dateline must end in a dash (—, –, - or
// --) within the paragraph's first 120 bytes.
std::optional<Dateline> parse_dateline(std::string_view paragraph);

}  // namespace newsarchive::indexer
