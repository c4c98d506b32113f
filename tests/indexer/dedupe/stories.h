// Invented stories for the near-duplicate tests: an agency item, the copy a
// regional paper ran, and another story on the same subject.
#pragma once

#include <string>
#include <vector>

#include "newsarchive/article.h"

namespace newsarchive::indexer::stories {

inline Article article(std::string id, std::string headline, std::vector<std::string> body) {
  Article a;
  a.id = std::move(id);
  a.headline = std::move(headline);
  a.body = std::move(body);
  return a;
}

// The agency's item.
inline Article wire() {
  return article(
      "wire/bridge.txt", "Engineers close Pellham river bridge after cracks found in main span",
      {"PELLHAM (NWS) — Engineers closed the Old Mill bridge over the river Tane on Wednesday "
       "after an inspection found cracks in two of the steel girders that carry its main span, "
       "cutting the shortest road link between the town and its railway station.",
       "The county council said the bridge, which carries about 14,000 vehicles a day, would "
       "stay shut to all traffic, including pedestrians, until a detailed survey had been "
       "completed. Diversions add up to six miles to some journeys.",
       "\"We cannot take any risk with a structure that people cross every day,\" said Helen "
       "Marsh, the council's director of highways. \"The cracks are not large, but they are in "
       "the wrong place.\"",
       "The bridge was built in 1962 and strengthened in 1994. A routine inspection last "
       "spring rated its condition as fair and recommended repainting but no structural work.",
       "Local businesses said the closure would hit trade on the east bank, where many shops "
       "depend on commuters walking to the station. A temporary ferry for pedestrians is "
       "being considered, the council said.",
       "Bus operators said services 12 and 14 would run on longer routes from Thursday, with "
       "delays of up to twenty minutes expected at peak times.",
       "The council said it expected the survey to take about three weeks and could not yet say "
       "whether the bridge would need to be repaired or replaced."});
}

// The regional paper's copy: its own headline, the agency's dateline
// dropped, a sentence of its own in the first paragraph, the bus paragraph
// replaced by a line of its own.
inline Article paper_copy() {
  Article a = wire();
  a.id = "paper/bridge-closed.txt";
  a.headline = "Old Mill bridge shut indefinitely as cracks discovered";
  std::string& lead = a.body.front();
  lead.erase(0, lead.find("Engineers"));
  lead += " Queues built up on the ring road within an hour.";
  a.body.at(5) = "Readers can find the diversion routes on our website.";
  return a;
}

// A later story about the same bridge, in other words.
inline Article follow_up() {
  return article(
      "wire/bridge-ferry.txt", "Pellham ferry to carry walkers while bridge stays shut",
      {"PELLHAM (NWS) — A pedestrian ferry will start crossing the river Tane on Monday while "
       "the Old Mill bridge remains closed, the county council said on Friday.",
       "The boat, hired from a marina downstream, will run every fifteen minutes from 6am to "
       "10pm between landing stages near the railway station and the market square. Crossings "
       "will be free.",
       "Helen Marsh, the council's director of highways, said engineers had finished cutting "
       "samples from the damaged girders and sent them to a laboratory for tests.",
       "\"People have been patient, and the ferry is the least we can do while we find out how "
       "serious this is,\" she said.",
       "Traders on the east bank welcomed the ferry but asked for help with lost income. The "
       "chamber of commerce said footfall had fallen by a third since the bridge closed.",
       "The bridge, built in 1962, normally carries about 14,000 vehicles a day."});
}

}  // namespace newsarchive::indexer::stories
