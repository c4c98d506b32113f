// Names for the category codes Reuters-21578 documents carry in <PLACES>,
// <PEOPLE>, <ORGS> and <EXCHANGES> (lower case, words joined by hyphens:
// "west-germany", "james-baker", "opec", "nyse").
#pragma once

#include <string>
#include <string_view>

namespace newsarchive::indexer {

// A place code as the place's name, in the form the entity gazetteer knows:
// "west-germany" -> "West Germany", "usa" -> "United States".
std::string reuters_place_name(std::string_view code);

// A person code as a name: "james-baker" -> "James Baker", "reagan" ->
// "Reagan", "de-clercq" -> "De Clercq", "o-kennedy" -> "O'Kennedy".
std::string reuters_person_name(std::string_view code);

// An organisation or exchange code as a name: its acronym in capitals
// ("opec" -> "OPEC"), or the full name where the code is not an acronym
// or is one shared by several bodies ("worldbank", "ico-coffee").
std::string reuters_organization_name(std::string_view code);

}  // namespace newsarchive::indexer
